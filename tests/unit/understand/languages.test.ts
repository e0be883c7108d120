// Dates, times and labels written in another language around English prose, rewritten to the
// English the reader knows; English text, and words that only look alike, left as they are.
import { describe, expect, it } from 'vitest';
import { inEnglishWords } from '../../../functions/core/understand/languages.ts';

describe('inEnglishWords', () => {
  it.each([
    ['Data: terça-feira, 10/11/2026', 'Date: Tuesday, 10/11/2026'],
    ['🕑 Horário: 14h às 15h30', '🕑 Time: 14:00 to 15:30'],
    ['Fecha: miércoles 4 de marzo de 2027', 'Date: Wednesday 4 March 2027'],
    ['Hora: de 10h a 11h', 'Time: de 10:00 to 11:00'],
    ['Datum: Dienstag, 10. November 2026, 14 Uhr', 'Date: Tuesday, 10 November 2026, 14:00'],
    ['le mardi 3 mars à 9h30', 'le Tuesday 3 March à 09:30'],
    ['Participantes:\n- Ana Lima', 'With:\n- Ana Lima'],
    ['Avec : Élodie Marchand, cheffe de projet', 'With : Élodie Marchand, cheffe de projet'],
    ['Con: Lucía Ortega', 'With: Lucía Ortega'],
    ['Incontrerà:\n- Paola Greco', 'With:\n- Paola Greco'],
    ['Durata prevista: 45 minuti', 'Duration: 45 minutes'],
    ['Lieu : 12 rue de la Paix', 'Location : 12 rue de la Paix'],
    // When the employer will decide, as those languages say it.
    [
      'Nous vous communiquerons notre décision d’ici le vendredi 24 septembre.',
      'Nous vous communiquerons notre decision by Friday 24 September.',
    ],
    [
      'Sie erhalten unsere Rückmeldung spätestens bis zum Freitag, 12. November.',
      'Sie erhalten unsere decision by Friday, 12 November.',
    ],
    [
      'Te daremos una respuesta antes del viernes 19 de noviembre.',
      'Te daremos una decision by Friday 19 November.',
    ],
  ])('%j', (text, english) => {
    expect(inEnglishWords(text)).toBe(english);
  });

  it.each([
    'Our Santo Domingo office, 3 floors up',
    'We will reply within 24h or 12h at most',
    'Friday 5 March at 2pm ET',
    'Data: we will talk about your data pipelines',
    'The 15:30 Uhr train',
    'Plan about 2 h for the exercise',
    'It lasts 1h30; the exact start time will follow.',
    'We have you booked as 2h of pairing',
    'Allow 1h 30 for the case study',
    'The call runs from 9h to noon at the earliest',
    'Tuesday 3 November: it lasts 1h30 in all',
  ])('leaves %j as it is', (text) => {
    expect(inEnglishWords(text)).toBe(text);
  });
});
