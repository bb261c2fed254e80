// The Studio, loaded only where it is rendered (Sanity mode), so local mode's /studio never downloads Sanity's bundle.
'use client'

import dynamic from 'next/dynamic'

export const Studio = dynamic(() => import('./studio-app').then((module) => module.StudioApp))
