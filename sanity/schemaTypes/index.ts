// The content model: the single source of truth for the Studio, TypeGen and dataset checks.
import {contactType} from './contact'
import {countryType} from './country'
import {newsItemType} from './news-item'
import {siteSettingsType} from './site-settings'
import {tagType} from './tag'

export const schemaTypes = [newsItemType, countryType, tagType, contactType, siteSettingsType]
