// Daily digests at 07:00 and weekly ones on Monday at 07:00 in the office time zone, each holding the items of the day or week before.
import type {Queryable} from '@/lib/db/database'
import {FOLLOWS} from './items'

export type DigestKind = 'daily' | 'weekly'

export const DIGEST_HOUR = 7

export type DigestWindow = {kind: DigestKind; start: Date; end: Date; key: string}

type LocalParts = {year: number; month: number; day: number; hour: number; minute: number; weekday: number}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short', hourCycle: 'h23'})
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  }
}

/** The instant a wall-clock time in a zone stands for (the zone's offset found, then checked once for a change of offset). */
export function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wanted = Date.UTC(year, month - 1, day, hour)
  let guess = wanted
  for (let step = 0; step < 2; step++) {
    const seen = localParts(new Date(guess), timeZone)
    const shownAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute)
    guess += wanted - shownAsUtc
  }
  return new Date(guess)
}

/** A calendar day `days` after the given one (plain dates, no zone). */
function addDays(year: number, month: number, day: number, days: number): [number, number, number] {
  const date = new Date(Date.UTC(year, month - 1, day + days))
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

/**
 * The latest digest due at `now`: daily, the local day before the last 07:00; weekly, the Monday-to-Sunday week
 * before the last Monday 07:00. Its key names the window, so each one is queued once per subscriber.
 */
export function digestWindow(kind: DigestKind, now: Date, timeZone: string): DigestWindow {
  const local = localParts(now, timeZone)
  let [year, month, day] = [local.year, local.month, local.day]
  const beforeSendTime = local.hour < DIGEST_HOUR
  if (kind === 'daily') {
    if (beforeSendTime) [year, month, day] = addDays(year, month, day, -1)
  } else {
    // Days back to the last Monday whose 07:00 has passed.
    const sinceMonday = (local.weekday + 6) % 7
    const back = sinceMonday === 0 && beforeSendTime ? 7 : sinceMonday
    ;[year, month, day] = addDays(year, month, day, -back)
  }
  const end = zonedTime(year, month, day, 0, timeZone)
  const [startYear, startMonth, startDay] = addDays(year, month, day, kind === 'daily' ? -1 : -7)
  const start = zonedTime(startYear, startMonth, startDay, 0, timeZone)
  return {kind, start, end, key: `${start.toISOString()}/${end.toISOString()}`}
}

/** The window a digest's key names. */
export function windowOfKey(key: string): {start: Date; end: Date} | null {
  const [start, end] = key.split('/').map((part) => new Date(part))
  return start && end && !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) ? {start, end} : null
}

/**
 * Queues the digests due at `now` for subscribers who follow at least one item of the window (none when nothing is
 * new); a digest already queued is not queued again. Returns how many were queued.
 */
export async function enqueueDigests(db: Queryable, now: Date, timeZone: string): Promise<number> {
  let queued = 0
  for (const kind of ['daily', 'weekly'] as const) {
    const window = digestWindow(kind, now, timeZone)
    const {rowCount} = await db.query(
      `INSERT INTO alert_outbox (kind, subscriber_id, key)
       SELECT $1, s.id, $2 FROM alert_subscribers s
       WHERE s.frequency = $1 AND s.confirmed_at < $4
         AND EXISTS (SELECT 1 FROM alert_items i WHERE NOT i.withdrawn AND i.published_at >= $3 AND i.published_at < $4 AND ${FOLLOWS})
       ON CONFLICT DO NOTHING`,
      [kind, window.key, window.start.toISOString(), window.end.toISOString()],
    )
    queued += rowCount
  }
  return queued
}
