// The dashboard's words in the Studio's two languages (each user picks English or Spanish in the Studio's menu).
import {defineLocaleResourceBundle} from 'sanity'

export const DASHBOARD_NAMESPACE = 'readers-dashboard'

const english = {
  heading: 'Readers and subscribers',
  intro: 'What is read (page views counted without cookies or tracking, bots left out) and who follows what by email. No address and no reader is ever shown here.',
  'key.label': 'Statistics key (ALERTS_STATS_TOKEN)',
  'key.show': 'Show',
  'error.key': 'The key is not right.',
  'error.other': 'The numbers could not be read ({{status}}).',
  'summary.views': 'Page views, last 30 days: {{total}} (English {{en}}, Spanish {{es}})',
  'summary.subscribers': 'Confirmed subscribers: {{total}} (English {{en}}, Spanish {{es}})',
  'news7.heading': 'Most read items, last 7 days',
  'news30.heading': 'Most read items, last 30 days',
  'countries.heading': 'Countries',
  'topics.heading': 'Topics',
  'referrers.heading': 'Where readers came from, last 30 days',
  'column.item': 'Item',
  'column.views': 'Views',
  'column.name': 'Name',
  'column.pageViews': 'Page views (30 days)',
  'column.subscribersEn': 'Subscribers, English',
  'column.subscribersEs': 'Subscribers, Spanish',
  'column.site': 'Site',
  'referrer.none': 'No referring site (typed, bookmarked, an app, or a page of this site)',
  empty: 'Nothing counted yet.',
}

export const dashboardEnglish = defineLocaleResourceBundle({locale: 'en-US', namespace: DASHBOARD_NAMESPACE, resources: english})

export const dashboardSpanish = defineLocaleResourceBundle({
  locale: 'es-ES',
  namespace: DASHBOARD_NAMESPACE,
  resources: {
    heading: 'Lectores y suscriptores',
    intro: 'Qué se lee (visitas contadas sin cookies ni rastreo, sin bots) y quién sigue qué por correo. Aquí nunca se muestra una dirección ni un lector.',
    'key.label': 'Clave de estadísticas (ALERTS_STATS_TOKEN)',
    'key.show': 'Mostrar',
    'error.key': 'La clave no es correcta.',
    'error.other': 'No se pudieron leer las cifras ({{status}}).',
    'summary.views': 'Visitas, últimos 30 días: {{total}} (inglés {{en}}, español {{es}})',
    'summary.subscribers': 'Suscriptores confirmados: {{total}} (inglés {{en}}, español {{es}})',
    'news7.heading': 'Noticias más leídas, últimos 7 días',
    'news30.heading': 'Noticias más leídas, últimos 30 días',
    'countries.heading': 'Países',
    'topics.heading': 'Temas',
    'referrers.heading': 'De dónde llegaron los lectores, últimos 30 días',
    'column.item': 'Noticia',
    'column.views': 'Visitas',
    'column.name': 'Nombre',
    'column.pageViews': 'Visitas a la página (30 días)',
    'column.subscribersEn': 'Suscriptores, inglés',
    'column.subscribersEs': 'Suscriptores, español',
    'column.site': 'Sitio',
    'referrer.none': 'Sin sitio de origen (escrita, marcador, una app o una página de este sitio)',
    empty: 'Aún no se ha contado nada.',
  } satisfies Record<keyof typeof english, string>,
})
