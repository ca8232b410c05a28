// The speaker's own details, set once here: the cover, the closing slide, every PDF's metadata and
// the handouts' QR code read them. Leave a field empty and nothing is shown for it.
// For a single build, TALK_SPEAKER, TALK_EVENT, TALK_DATE and TALK_URL override them.
// PUBLISH_NOTES decides whether the notes are published as prose on the reading version (/read).
import process from 'node:process'

export interface TalkDetails {
  /** Who gives the talk, e.g. "Ada Lovelace". */
  speaker: string
  /** Where, e.g. "PyCon DE 2026". */
  event: string
  /** When, as you want it printed, e.g. "3 December 2026". */
  date: string
  /** The public address of the published deck, e.g. "https://example.org/fine-tuning/". */
  url: string
}

const DETAILS: TalkDetails = {
  speaker: '',
  event: '',
  date: '',
  url: '',
}

export function talkDetails(env: Record<string, string | undefined> = process.env): TalkDetails {
  return {
    speaker: env.TALK_SPEAKER ?? DETAILS.speaker,
    event: env.TALK_EVENT ?? DETAILS.event,
    date: env.TALK_DATE ?? DETAILS.date,
    url: env.TALK_URL ?? DETAILS.url,
  }
}

/**
 * Publish the speaker notes on the reading version (/read) of every site, as prose. This talk's
 * notes are written to be read. Set it to false and no note reaches the audience's site: the
 * reading version then shows the slides alone. For one build, TALK_PUBLISH_NOTES=false overrides it.
 */
const PUBLISH_NOTES = true

export function publishNotes(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.TALK_PUBLISH_NOTES
  return value === undefined || value === '' ? PUBLISH_NOTES : !/^(?:false|0|no|off)$/i.test(value)
}
