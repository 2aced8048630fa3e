import type { InterviewCreateInput } from '../../../shared/evidence';
import { INTERVIEW_SPECS, INTERVIEW_TEAM, infoSheetVersion, type InterviewSpec } from './interview-specs';
import { TOPIC_TEXT, type Topic } from './interview-text';
import { between, dateBetween, pick, sample, type Random } from './random';

/**
 * Interview inputs for the demo: the base interviews of interview-specs.ts, then (for
 * --scale N) N-1 more rounds of the same people-types with other dates and other sentences.
 * Each input comes with where each sentence sits in the notes, so that passages can be coded
 * on exact offsets.
 */

export interface SentenceSpan {
  topic: Topic;
  start: number;
  end: number;
}

export interface GeneratedInterview {
  /** The spec's key for the base round (cited by findings); null for the extra rounds. */
  key: string | null;
  spec: InterviewSpec;
  input: InterviewCreateInput;
  sentences: SentenceSpan[];
}

const PROJECT_START = '2019-07-01';
const PROJECT_END = '2021-06-30';

class NotesWriter {
  text = '';
  readonly sentences: SentenceSpan[] = [];

  line(value: string): void {
    this.text += `${value}\n`;
  }

  sentence(topic: Topic, value: string, separator: string): void {
    const start = this.text.length;
    this.text += value;
    this.sentences.push({ topic, start, end: this.text.length });
    this.text += separator;
  }
}

function sentencesOf(random: Random, topic: Topic, language: 'en' | 'th', count: number): string[] {
  return sample(random, TOPIC_TEXT[topic][language], count);
}

/** A role line, then one paragraph per topic: two sentences, in Thai, English or both. */
export function writeNotes(spec: InterviewSpec, topics: readonly Topic[], random: Random): NotesWriter {
  const notes = new NotesWriter();
  const roleLine =
    spec.notesIn === 'en'
      ? `Role: ${spec.role.en}`
      : spec.notesIn === 'th'
        ? `บทบาท: ${spec.role.th}`
        : `บทบาท / Role: ${spec.role.th} / ${spec.role.en}`;
  notes.line(roleLine);
  for (const topic of topics) {
    const { heading } = TOPIC_TEXT[topic];
    notes.line('');
    if (spec.notesIn === 'both') {
      notes.line(`${heading.th} / ${heading.en}`);
      const [thai] = sentencesOf(random, topic, 'th', 1);
      const [english] = sentencesOf(random, topic, 'en', 1);
      if (thai) notes.sentence(topic, thai, '\n');
      if (english) notes.sentence(topic, english, '\n');
    } else {
      const language = spec.notesIn;
      notes.line(language === 'th' ? heading.th : heading.en);
      // Thai runs sentences together with a space; English with a space after the full stop.
      for (const sentence of sentencesOf(random, topic, language, 2)) notes.sentence(topic, sentence, ' ');
      notes.text = `${notes.text.trimEnd()}\n`;
    }
  }
  return notes;
}

function interpreterFor(spec: InterviewSpec): InterviewCreateInput['interpreter'] {
  const needed = spec.language === 'my' || spec.language === 'km' || spec.language === 'lo';
  return needed ? { used: true, language: spec.language } : { used: false, language: null };
}

function inputFor(spec: InterviewSpec, when: string, notes: string, random: Random, variant: number): InterviewCreateInput {
  const migrant = spec.category === 'migrant';
  const month = when.slice(0, 7);
  // Extra rounds keep the category's kind of consent but not the one-off withdrawal.
  const consent = {
    ...spec.consent,
    withdrawnAt: variant === 0 ? spec.consent.withdrawnAt : null,
    permittedUse: variant === 0 ? spec.consent.permittedUse : pick(random, ['quote', 'paraphrase', 'paraphrase'] as const),
    infoSheetVersion: infoSheetVersion(month),
  };
  return {
    category: spec.category,
    agencyCode: spec.agencyCode,
    location: spec.location,
    month,
    interviewDate: migrant ? null : when,
    interviewers: sample(random, INTERVIEW_TEAM, 2),
    interpreter: interpreterFor(spec),
    language: spec.language,
    consent,
    notes,
    sensitivity: spec.sensitivity,
    reliability: spec.reliability,
  };
}

const EXTRA_TOPICS: Record<InterviewSpec['category'], readonly Topic[]> = {
  official: ['checkpoint', 'training', 'statistics', 'cooperation', 'covid', 'integrity', 'biometrics'],
  focus_group: ['checkpoint', 'training', 'cooperation', 'covid', 'journey'],
  stakeholder: ['cooperation', 'labour', 'treatment', 'statistics'],
  migrant: ['journey', 'brokers', 'treatment', 'labour', 'covid'],
};

function generateOne(spec: InterviewSpec, random: Random, variant: number): GeneratedInterview {
  let topics: Topic[] = [...spec.topics];
  let when = spec.when;
  if (variant > 0) {
    // Another interview of the same kind: a different day, and one more topic now and then.
    const extra = pick(random, EXTRA_TOPICS[spec.category]);
    if (!topics.includes(extra) && random() < 0.5) topics = [...topics, extra];
    if (topics.length > 2 && random() < 0.3) topics.splice(between(random, 0, topics.length - 1), 1);
    const day = dateBetween(random, PROJECT_START, PROJECT_END);
    when = spec.category === 'migrant' ? day.slice(0, 7) : day;
  }
  const notes = writeNotes(spec, topics, random);
  return {
    key: variant === 0 ? spec.key : null,
    spec,
    input: inputFor(spec, when, notes.text.trimEnd(), random, variant),
    sentences: notes.sentences,
  };
}

/** All the demo's interviews, base round first: `scale` rounds of the base specs. */
export function* generateInterviews(random: Random, scale: number): Generator<GeneratedInterview> {
  for (let variant = 0; variant < scale; variant += 1) {
    for (const spec of INTERVIEW_SPECS) yield generateOne(spec, random, variant);
  }
}

export function interviewCount(scale: number): number {
  return INTERVIEW_SPECS.length * scale;
}
