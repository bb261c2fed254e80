// The content model: the single source of truth for the Studio, TypeGen and dataset checks.
import {countryType} from './country'
import {newsItemType} from './news-item'
import {tagType} from './tag'

export const schemaTypes = [newsItemType, countryType, tagType]
