// Our own held-out mail, batches of 16 written by someone who never saw the reader's code and
// scored once before any change made for them: `heldout` 105/124 fields (84.7%, one wrong start
// time), `heldout2` 65/103 (63.1%, one wrong start time), `heldout3` 55/109 (50.5%, none),
// `heldout4` 67/109 (61.5%, none), `heldout5` 66/103 (64.1%, one wrong start time), `heldout6`
// 87/102 (85.3%, none), `heldout7` 92/109 (84.4%, none), `heldout8` 110/124 (88.7%, none),
// `heldout9` 96/124 (77.4%, one wrong start time), `heldout10` 103/124 (83.1%, none), `heldout11`
// 101/124 (81.5%, two wrong start times: one an hour off, one the right instant in the wrong
// zone), `heldout12` 108/124 (87.1%, none), `heldout13` 100/119 (84.0%, one time stated where
// the mail left its zone to ask), `heldout14` 92/119 (77.3%, two wrong start times: a welcome
// dinner the evening before read as the start, a moved slot read as the old one), `heldout15`
// 84/119 (70.6%, three: an Australian's "EST", Pensacola's Central time, a time whose zone the
// user's note doubted), `heldout16` 101/119 (84.9%, one: a time an agency with offices in three
// zones left open, stated in the user's zone), `heldout17` 101/119 (84.9%, none; the reader at
// the session's start scored it 98/119 with one), `heldout18` 76/119 (63.9%, none; four of its mails
// in Portuguese, Polish, Russian and Japanese alone; 73/119 at the session's start), `heldout19`
// 107/119 (89.9%, none; ordinary US, Canadian and UK mail) and `heldout20` 100/119 (84.0%, none;
// ordinary mail from India, Australia, New Zealand, Ireland, Singapore and Europe), both the same
// with the reader at their session's start, and `heldout21` 100/119 (84.0%, one: an Irish
// onsite's "IST (Irish Standard Time, GMT+01:00)" read as India's; written after that session's
// first fixes, 97/119 at its start) and `heldout22` 104/119 (87.4%, none; written near that
// session's end, and the same with the reader at its start), then `heldout23` 103/119 (86.6%,
// none; ordinary US, Canadian and UK mail) and `heldout24` 112/119 (94.1%, none; ordinary mail
// from India, Australia, New Zealand, Ireland, Singapore and the Gulf), both written at once and
// the same with the reader at their session's start; `heldout26` 98/119 (82.4%, none; ordinary
// mail from India, Australia, New Zealand, Ireland, Singapore and the Gulf, written after that
// session's first fixes and the same with the reader at its start) and `heldout25` 105/119
// (88.2%, none; ordinary US, Canadian and UK mail, written at the same time; the same at the
// session's start); `heldout27` 88/126 (69.8%, two wrong start times: a Derby postcode read as
// Derby in Western Australia, and Manila's "PST" as Pacific; ordinary US, Canadian and UK mail
// with four hard ones) and `heldout28` 103/119 (86.6%, one: Brisbane's AEST in January placed at
// the right instant in Sydney's zone; employers outside the English-speaking world writing in
// English), written at once and the same with the reader at their session's start; `heldout29`
// 101/119 (84.9%, one: "10:00 AM local time" at a Chattanooga plant read on the Nashville
// recruiter's clock; ordinary US, Canadian and UK mail) and `heldout30` 94/119 (79.0%, two: a Lima
// reschedule quoted under a Spanish "escribió:" line, the old date joined to the new time, and a
// Perth schedule's right instant on the user's clock), written after that session's fixes and
// the same with the reader at its start; `heldout31` 97/119 (81.5%, two: a council's table whose
// "Arrival time" cell was read as the start, and a time with no zone stated on a Salt Lake City
// recruiter's clock while the interviewer sits in Austin; ordinary US, Canadian and UK mail) and
// `heldout32` 88/119 (73.9%, one: a Bologna reschedule whose invitation, quoted under an Italian
// Outlook header, gave the old day; employers outside the English-speaking world), written at
// once and the same with the reader at their session's start; then, written after that session's
// first fixes, `heldout33` 98/119 on arrival (82.4%, none; 97/119 with one at the session's
// start: a table's arrival time; ordinary US, Canadian and UK mail) and `heldout34` 98/119
// (82.4%, one: "Tuesday, 16th" read as the coming Tuesday; 100/119 at the session's start, the
// clocks read since then having made a time to join by a rival; the rest of the
// English-speaking world); the next session's `heldout35` 91/119 (76.5%, four: "6:00 PM Eastern"
// stated on a Sydney reader's clock, a moved slot stated at another meeting's "until 2pm",
// Fort St. John's all-year Mountain time read as Pacific, Norfolk Island as Sydney; ordinary mail
// from North America, the UK and Australia) and `heldout36` 81/93 (87.1%, none; a week of
// replies and commands as much as confirmations), the same with the reader at that session's
// start; after that session's first fixes, `heldout37` 78/119 (65.5%, none: ordinary mail again,
// whose threads and towns the list lacks left times unread; 77/119 at the session's start) and
// `heldout38` 103/119 (86.6%, none; employers in India, Asia, Africa and Europe writing English);
// then, after that session's second round of fixes, `heldout39` 106/112 (94.6%, none; ordinary
// mail as heldout37; 105/112 at the session's start) and `heldout40` 65/93 (69.9%, none; a week
// of replies and commands, the same at the session's start); the next session's `heldout41`
// 104/119 (87.4%, none; ordinary mail, the same at the session's start) and `heldout42` 71/86
// (82.6%, two: a "(CST)" settled as New York's clock by Cuba's "CST" under a vendor's New York
// footer, a reporting time read as the start of a Word table whose cells had become lines; a week
// of replies and commands, the same at the session's start); after that session's first fixes,
// `heldout43` 102/119 (85.7%, two: a note's "X but Y??" between an invitation's 11:30 and its
// description's "10:30am CST", stated; a Toronto recruiter's "site time" at a Central-time mine,
// on Toronto's clock; ordinary mail, 101/119 at the session's start) and `heldout44` 89/119
// (74.8%, two: a note's "Now Sat 10.30 instead of 12 noon" read as a correction to noon; a
// "Tuesday at 3" whose clock the note asks, "Is this 3 his or mine??", stated; employers in India,
// Asia, Africa and Europe writing English, the same at the session's start); after that
// session's second fixes and a review's, `heldout45` 104/119 (87.4%, one: a Mountain-time onsite
// whose address had an aside in brackets, stated on the Omaha recruiter's Central time; ordinary
// mail) and `heldout46` 73/93 (78.5%, two: "9:00 a.m. his time" for a caller at a Mountain-time
// yard, stated on the Bismarck writer's clock; a note's news of another application taken as a
// correction; a week of replies and commands), both the same at the session's start. The next
// session asked its writers for ordinary mail at its real frequency, not puzzles: `heldout47`
// 115/123 (93.5%, none; North America and the rest of the English-speaking world) and `heldout48`
// 85/92 (92.4%, none; a week of replies and commands), the same at the session's start; after its
// first fixes, `heldout49` 113/123 (91.9%, one: a Wellington "10am NZT (8am your time)" whose
// "NZT" was unread, stated on the Sydney reader's clock; 112/123 at the session's start) and
// `heldout50` 91/98 (92.9%, none; a week of replies and commands; the same at the session's
// start). The session after, in the same brief: `heldout51` 96/117 (82.1%, none; threads in
// Outlook's Windows-1252, which Node decoded wrong) and `heldout52` 93/105 (88.6%, none; a week of
// replies and commands), both the same at the session's start. The next: `heldout53` 99/111
// (89.2%, one: "Thursday at 4" in a reply to an offer of "next week", read as this week's) and
// `heldout54` 95/104 (91.3%, none; mail from phones and calendars), the same at the session's
// start; then `heldout55` 105/111 (94.6%, none; an ordinary week) and `heldout56` 74/79 (93.7%,
// one: "rescheduled to Monday, 26th April at the same time" read as the slot it left; a week of
// replies and commands), both the same at the session's start; and last `heldout57` 109/111
// (98.2%, none; 106/111 at the session's start) and `heldout58` 104/118 (88.1%, two: "7.30pm on
// Wednesday 17th your time" placed on the New Zealand writer's clock, and a Bahrain time labelled
// in the reader's zone; the same at the session's start). Then `heldout59` 101/111 (91.0%, none;
// an ordinary week) and `heldout60` 105/118 (89.0%, one: "1pm Thursday is fine" in the user's own
// forwarded reply, read as the nearest Thursday, not the "Thursday 22nd" it answered; mail through
// agencies, assistants and coordinators), both the same at the session's start; then `heldout61`
// 101/111 (91.0%, none; an ordinary week; 102 with the reader of its arrival) and `heldout62`
// 105/118 (89.0%, none; healthcare, schools, the public sector, trades and retail); last
// `heldout63` 102/111 (91.9%, one: a note's "moved to 11.30" not read, so the mail's 11:00 was
// stated; an ordinary week; 105 with the reader of its arrival) and `heldout64` 114/118 (96.6%,
// none; tech, finance, consulting and creative work), the same at the session's start; and, as
// the session's last estimate, `heldout65` 100/111 (90.1%, none; 98/111 and one wrong start at the
// session's start) and `heldout66` 108/111 (97.3%, one: a site's "First shift runs 6:00 AM" over
// the labelled "Time: 9:00 AM"; the same at the session's start), both ordinary weeks. Then
// `heldout67` 96/111 (86.5%, none; an ordinary week) and `heldout68` 88/111 (79.3%, one: a note's
// "it's 11.30 now, not 11" unread, so the mail's 11:00 was stated; smaller, less formal
// employers), and last `heldout69` 98/111 (88.3%, none; an ordinary week) and `heldout70` 89/111
// (80.2%, one: "Tuesday at 1:30 is great" read as the nearest Tuesday, not the "Tuesday the 24th"
// the candidate had asked for; threads whose details are spread out), all four the same at the
// session's start. Then `heldout71` 91/111 (82.0%, one: a note's "pushed it to 11, not 10" unread,
// so the mail's 10:00 was stated; an ordinary week) and `heldout72` 109/111 (98.2%, none; mail
// across borders and time zones), both read by the session's starting reader; then `heldout73`
// 91/111 (82.0%, none; an ordinary week) and `heldout74` 80/111 (72.1%, none; early careers:
// graduate schemes, apprenticeships, assessment centres, campus drives) by the same reader, where
// the reader of their arrival read heldout74 81/111 with one wrong start (that session's own table
// rule took a placement cell's roster of students' slots for one itinerary; mended). Then
// `heldout75` 100/111 (90.1%, none; an ordinary week) and `heldout76` 78/111 (70.3%, one: a 13:45
// brief with time to prepare taken for a 14:30 panel's start; senior hiring through search firms
// and executive assistants), the same by the session's starting reader; then `heldout77` 99/111
// (89.2%, none; an ordinary week) and `heldout78` 98/111 (88.3%, one: "Wednesday 19th May, not
// Tuesday. Same time (10:30am)" gave the clock to the Tuesday; a week heavy in moves and
// corrections), the same by the session's starting reader; and `heldout79` 100/111 (90.1%, none;
// an ordinary week) and `heldout80` 72/78 (92.3%, none; a week of employer replies and commands),
// the same by the session's starting reader. Then `heldout81` 90/111 (81.1%, none; an ordinary
// week) and `heldout82` 101/104 (97.1%, none; mail from calendars and phones), the same by the
// session's starting reader; and `heldout83` 100/111 (90.1%, none; an ordinary week) and
// `heldout84` 84/111 (75.7%, none; threads whose details are spread out and informal), the same by
// the session's starting reader; and `heldout85` 105/111 (94.6%, none; an ordinary week; 104 by the
// session's starting reader) and `heldout86` 108/118 (91.5%, none; mail through agencies,
// coordinators and assistants; 106 by the session's starting reader); and `heldout87` 107/118
// (90.7%, none; an ordinary week) and `heldout88` 91/118 (77.1%, one: "the usual 5 - 15:00 here"
// read as a range from 5, placed at 17:00; mail across borders and zones), both read by the
// session's starting reader, the reader of their arrival; and `heldout89` 113/118 (95.8%, none; an
// ordinary week), the same by the session's starting reader; and `heldout90` 96/111 (86.5%, none;
// an ordinary week) and `heldout91` 94/118 (79.7%, one: a bilingual Tokyo invitation's right
// instant stated on the user's "8:00 AM EST" line, its "2027年3月9日 22:00〜23:00（日本時間 JST）"
// unread; mail across borders and zones), both by the session's starting reader, the reader of
// their arrival; and `heldout92` 99/118 (83.9%, two: a Darwin invitation's right instant stated on
// Adelaide's clock, and a slides deadline two days before an assessment day with no time read as
// its start; an ordinary week) and `heldout93` 99/111 (89.2%, one: "arrive at 11.15 for an 11.30
// start" stated as 11:15; a week of changes and answers), the same by the session's starting
// reader and by main on arrival; and `heldout94` 113/118 (95.8%, none; an ordinary week) and
// `heldout95` 102/118 (86.4%, two: "Tuesday in week 12 (23/3)" read as the coming Tuesday, and
// "14:00 GMT (Dakar time)" placed on London's summer clock; mail across borders and zones), by
// main on arrival; and `heldout96` 110/118 (93.2%, none; an ordinary week) and `heldout97` 88/111
// (79.3%, two right instants on another clock than the one they were told on: a Seoul
// "2027.03.18 (목) 오전 10:00 KST" unread, so its New York restatement won, and a Manila invitation
// in "Singapore Standard Time" where the mail says "6:00 PM – 6:45 PM Central Time"; mail across
// borders and zones), by main on arrival; then, after that session's first fixes, `heldout98`
// 106/111 (95.5%, none; an ordinary week) and `heldout99` 100/111 (90.1%, one right instant on
// the user's clock: "Thursday, March 18 – 9:00 to 10:00 AM Central Time" lost its start after the
// dash; a week of changes and answers), by main on arrival; and `heldout100` 102/111 (91.9%,
// none; an ordinary week) and `heldout101` 94/118 (79.7%, none; mail across borders and zones),
// by main on arrival (76697e3); then `heldout102` 106/118 (89.8%, none; an ordinary week) and
// `heldout103` 104/111 (93.7%, none; a week of changes and answers), by main on arrival (95f8b08,
// after that session's first fixes); and `heldout104` 92/118 (78.0%, none; an ordinary week) and
// `heldout105` 103/118 (87.3%, two: a Costa Rican "9:00 a.m. CST" placed on Chicago's summer
// clock, and "11:00 AM East Africa Time … = 1:30 PM India Standard Time" told on the user's clock;
// mail across borders and zones), by main on arrival (a3ad957); then `heldout106` 108/118 (91.5%,
// none; an ordinary week) and `heldout107` 101/111 (91.0%, none; a week of changes and answers), by
// main on arrival (04ee8be, after that session's first fixes); and `heldout108` 108/118 (91.5%,
// none; an ordinary week) and `heldout109` 109/118 (92.4%, none; mail across borders and zones), by
// main on arrival (14227c4, after its second fixes); then `heldout110` 112/118 (94.9%, none; an
// ordinary week) and `heldout111` 95/111 (85.6%, none; a week of changes and answers), by main on
// arrival (764bd0d); `heldout112` 106/118 (89.8%, one: "9:00 a.m. hora de Colombia – same as
// Eastern, so 9:00 a.m. for you" after the US changed its clocks, stated on the reader's clock, an
// hour early; mail across borders and zones) and `heldout113` 102/118 (86.4%, none; an ordinary
// week), by main on arrival (0e316dd, after that session's first fixes); and `heldout114` 98/111
// (88.3%, none; a week of changes and answers) and `heldout115` 96/111 (86.5%, two: a Warsaw move
// that stated the slot it left, and a Hong Kong slot told at the right instant on Hong Kong's clock
// where the mail pairs New York's first; mail across borders and zones), by main on arrival
// (1cbc14e, after its second fixes); then `heldout116` 112/118 (94.9%, none; an ordinary week) and
// `heldout117` 100/111 (90.1%, none; a week of changes and answers), by main on arrival (34e6101);
// and `heldout118` 103/118 (87.3%, one: a Sydney move across Australia's clock change told at the
// right instant on the user's clock; mail across borders and zones) and `heldout119` 91/118 (77.1%,
// none; an ordinary week), by main on arrival (2a72894, after that session's first fixes); then
// `heldout120` 107/118 (90.7%, none; an ordinary week) and `heldout121` 105/111 (94.6%, none; a
// week of changes and answers), by main on arrival (e6c31d5); and `heldout122` 89/118 (75.4%,
// none; mail across borders and zones) and `heldout123` 105/118 (89.0%, none; an ordinary week), by
// main on arrival (8ea98f5, after that session's first fixes); and `heldout124` 94/111 (84.7%, none;
// a week of changes and answers) and `heldout125` 105/118 (89.0%, none; an ordinary week), by main
// on arrival (2746b48, after its second fixes); then `heldout126` 112/124 (90.3%, none; an ordinary
// week) and `heldout127` 70/85 (82.4%, none; a week of changes and answers), by main on arrival
// (3585a00, at the next session's start); and `heldout128` 115/131 (87.8%, none; mail across
// borders and zones) and `heldout129` 114/124 (91.9%, none; an ordinary week), written in that
// session and scored by main on arrival (f3d063e, the reader as at its start); then `heldout130`
// 71/85 (83.5%, none; a week of changes and answers) and `heldout131` 116/124 (93.5%, none; an
// ordinary week), by main on arrival (4ce1bed, after that session's first fixes); and `heldout132`
// 116/131 (88.5%, one: a London recruiter's "9:00 am her time" of a Toronto manager, stated on the
// London office's clock; mail across borders and zones) and `heldout133` 120/124 (96.8%, one: a
// GoodTime schedule in the reader's IST whose "the team will be joining from Vilnius, where it will
// be 10:00–12:30" was stated on IST; an ordinary week), by main on arrival (6645522, after that
// session's second fixes). `heldout134` 73/85 (85.9%, none; a week of changes and answers) and
// `heldout135` 116/124 (93.5%, none; an ordinary week), by main on arrival (779fe96, the reader as at
// the next session's start); and `heldout136` 115/131 (87.8%, none wrong, one the right instant on
// another clock: "9:30 AM your time (Central) – that is 8:00 PM IST here" stated on IST; mail across
// borders and zones) and `heldout137` 110/124 (88.7%, none; an ordinary week), by main on arrival
// (c83c705 and decf0a6, the reader still as at that start); `heldout138` 69/85 (81.2%, none; a week
// of changes and answers) and `heldout139` 110/124 (88.7%, none; an ordinary week), by main on
// arrival (9a568a9, after that session's first fixes); `heldout141` 76/85 (89.4%, none; a week of
// changes and answers), `heldout142` 118/124 (95.2%, none; an ordinary week) and `heldout144`
// 114/124 (91.9%, none; an ordinary week), by main on arrival (228ff9c, the reader as at the next
// session's start); `heldout140` 101/131 (77.1%, three: a New Zealand "tomorrow at 10am our time"
// counted from the forward header's New York date, a Santiago "10:00" told on Chicago's clock, a
// note's "moved to Thursday 14th, same time" left on Wednesday; and two right instants on another
// clock; mail across borders and zones), by main on arrival (76b62df), and `heldout143` 117/131
// (89.3%, one: a Dartmouth, Nova Scotia itinerary told on New York's clock; and one right instant on
// another clock; mail across borders and zones), by main on arrival (228ff9c); both landed with the
// mends of their wrong starts. `heldout145` 74/85 (87.1%, one: a note's "Pushed back an hour - 3pm
// now" read as a range from an hour after the mail was sent; a week of changes and answers) and
// `heldout146` 116/131 (88.5%, one: an itinerary's "8:45 AM Sign in at reception" taken as the
// start; mail across borders and zones), by main on arrival (cd45103, after that session's first
// fixes); both landed with their mends. `heldout147` 113/124 (91.1%, none; an ordinary week) and
// `heldout148` 116/131 (88.5%, none; mail across borders and zones), by main on arrival (a46bb6f,
// after that session's second fixes). `heldout149` 68/85 (80.0%, none; a week of changes and
// answers) and `heldout150` 116/124 (93.5%, none; an ordinary week), by main on arrival (982d9db,
// after the next session's first fixes); `heldout151` 125/131 (95.4%, one: a Yukon interview's
// "9:00 a.m. Yukon time (MST, UTC−7)", unread, told on London's clock from the mail's "5:00 p.m.
// your time", the right instant on another clock; mail across borders and zones, landed with its
// mend) and `heldout152` 77/85 (90.6%, none; a week of changes and answers), by main on arrival
// (8f15634, after that session's third fixes); `heldout153` 115/124 (92.7%, none; an ordinary
// week) and `heldout154` 123/131 (93.9%, one: a Denver recruiter's schedule under "Thursday, April
// 20, 2028 - India Standard Time" told on Denver's clock, from the restatement for the interviewers
// after it; mail across borders and zones, landed with its mend), by main on arrival (869fe10,
// after that session's fourth fixes); `heldout155` 72/85 (84.7%, none; a week of changes and
// answers), by main on arrival (8c4466c, after its fifth fixes).
// Like the shared corpus's s21–s60 they estimate unseen mail:
// no wrong start time, and floors that only rise.
// Fixes for what they showed must be general, with fixtures of their own in ../mail; a batch that
// guided fixes is no longer blind, so the newest one is the estimate.
import { beforeAll, describe, expect, it } from 'vitest';
import { isWrongStart, type MessageResult, readFolder, summarize } from '../../../local/eval.ts';
import { fixturePath } from '../../support/fixtures.ts';

const BATCHES = [
  { folder: 'heldout', floor: 0.97 },
  { folder: 'heldout2', floor: 0.98 },
  { folder: 'heldout3', floor: 0.94 },
  { folder: 'heldout4', floor: 0.98 },
  { folder: 'heldout5', floor: 0.97 },
  { folder: 'heldout6', floor: 0.98 },
  { folder: 'heldout7', floor: 0.97 },
  { folder: 'heldout8', floor: 0.98 },
  { folder: 'heldout9', floor: 0.95 },
  { folder: 'heldout10', floor: 0.95 },
  { folder: 'heldout11', floor: 0.95 },
  { folder: 'heldout12', floor: 0.95 },
  { folder: 'heldout13', floor: 0.97 },
  { folder: 'heldout14', floor: 0.95 },
  { folder: 'heldout15', floor: 0.99 },
  { folder: 'heldout16', floor: 0.95 },
  { folder: 'heldout17', floor: 0.98 },
  { folder: 'heldout18', floor: 0.89 },
  { folder: 'heldout19', floor: 0.95 },
  { folder: 'heldout20', floor: 0.98 },
  { folder: 'heldout21', floor: 0.96 },
  { folder: 'heldout22', floor: 0.95 },
  { folder: 'heldout23', floor: 0.97 },
  { folder: 'heldout24', floor: 0.96 },
  { folder: 'heldout25', floor: 0.97 },
  { folder: 'heldout26', floor: 0.95 },
  { folder: 'heldout27', floor: 0.92 },
  { folder: 'heldout28', floor: 0.97 },
  { folder: 'heldout29', floor: 0.92 },
  { folder: 'heldout30', floor: 0.845 },
  { folder: 'heldout31', floor: 0.97 },
  { folder: 'heldout32', floor: 0.89 },
  { folder: 'heldout33', floor: 0.85 },
  { folder: 'heldout34', floor: 0.95 },
  { folder: 'heldout35', floor: 0.87 },
  { folder: 'heldout36', floor: 0.98 },
  { folder: 'heldout37', floor: 0.9 },
  { folder: 'heldout38', floor: 0.94 },
  { folder: 'heldout39', floor: 0.95 },
  { folder: 'heldout40', floor: 0.94 },
  { folder: 'heldout41', floor: 0.89 },
  { folder: 'heldout42', floor: 0.98 },
  { folder: 'heldout43', floor: 0.9 },
  { folder: 'heldout44', floor: 0.83 },
  { folder: 'heldout45', floor: 0.94 },
  { folder: 'heldout46', floor: 0.88 },
  { folder: 'heldout47', floor: 0.99 },
  { folder: 'heldout48', floor: 0.97 },
  { folder: 'heldout49', floor: 0.93 },
  { folder: 'heldout50', floor: 0.97 },
  { folder: 'heldout51', floor: 0.99 },
  { folder: 'heldout52', floor: 0.98 },
  { folder: 'heldout53', floor: 0.99 },
  { folder: 'heldout54', floor: 0.99 },
  { folder: 'heldout55', floor: 0.98 },
  { folder: 'heldout56', floor: 0.99 },
  { folder: 'heldout57', floor: 0.99 },
  { folder: 'heldout58', floor: 0.99 },
  { folder: 'heldout59', floor: 0.99 },
  { folder: 'heldout60', floor: 0.95 },
  { folder: 'heldout61', floor: 0.98 },
  { folder: 'heldout62', floor: 0.95 },
  { folder: 'heldout63', floor: 0.99 },
  { folder: 'heldout64', floor: 0.98 },
  { folder: 'heldout65', floor: 0.99 },
  { folder: 'heldout66', floor: 0.99 },
  { folder: 'heldout67', floor: 0.93 },
  { folder: 'heldout68', floor: 0.97 },
  { folder: 'heldout69', floor: 0.95 },
  { folder: 'heldout70', floor: 0.87 },
  { folder: 'heldout71', floor: 0.95 },
  { folder: 'heldout72', floor: 0.99 },
  { folder: 'heldout73', floor: 0.9 },
  { folder: 'heldout74', floor: 0.89 },
  { folder: 'heldout75', floor: 0.97 },
  { folder: 'heldout76', floor: 0.85 },
  { folder: 'heldout77', floor: 0.91 },
  { folder: 'heldout78', floor: 0.97 },
  { folder: 'heldout79', floor: 0.97 },
  { folder: 'heldout80', floor: 0.97 },
  { folder: 'heldout81', floor: 0.96 },
  { folder: 'heldout82', floor: 0.98 },
  { folder: 'heldout83', floor: 0.94 },
  { folder: 'heldout84', floor: 0.84 },
  { folder: 'heldout85', floor: 0.96 },
  { folder: 'heldout86', floor: 0.92 },
  { folder: 'heldout87', floor: 0.98 },
  { folder: 'heldout88', floor: 0.89 },
  { folder: 'heldout89', floor: 0.96 },
  { folder: 'heldout90', floor: 0.9 },
  { folder: 'heldout91', floor: 0.9 },
  { folder: 'heldout92', floor: 0.86 },
  { folder: 'heldout93', floor: 0.91 },
  { folder: 'heldout94', floor: 0.99 },
  { folder: 'heldout95', floor: 0.9 },
  { folder: 'heldout96', floor: 0.97 },
  { folder: 'heldout97', floor: 0.92 },
  { folder: 'heldout98', floor: 0.99 },
  { folder: 'heldout99', floor: 0.96 },
  { folder: 'heldout100', floor: 0.99 },
  { folder: 'heldout101', floor: 0.96 },
  { folder: 'heldout102', floor: 0.98 },
  { folder: 'heldout103', floor: 0.98 },
  { folder: 'heldout104', floor: 0.98 },
  { folder: 'heldout105', floor: 0.99 },
  { folder: 'heldout106', floor: 0.96 },
  { folder: 'heldout107', floor: 0.95 },
  { folder: 'heldout108', floor: 0.91 },
  { folder: 'heldout109', floor: 0.94 },
  { folder: 'heldout110', floor: 0.99 },
  { folder: 'heldout111', floor: 0.92 },
  { folder: 'heldout112', floor: 0.95 },
  { folder: 'heldout113', floor: 0.94 },
  { folder: 'heldout114', floor: 0.9 },
  { folder: 'heldout115', floor: 0.93 },
  { folder: 'heldout116', floor: 0.98 },
  { folder: 'heldout117', floor: 0.99 },
  { folder: 'heldout118', floor: 0.92 },
  { folder: 'heldout119', floor: 0.86 },
  { folder: 'heldout120', floor: 0.96 },
  { folder: 'heldout121', floor: 0.96 },
  { folder: 'heldout122', floor: 0.89 },
  { folder: 'heldout123', floor: 0.92 },
  { folder: 'heldout124', floor: 0.85 },
  { folder: 'heldout125', floor: 0.88 },
  { folder: 'heldout126', floor: 0.95 },
  { folder: 'heldout127', floor: 0.95 },
  { folder: 'heldout128', floor: 0.97 },
  { folder: 'heldout129', floor: 0.96 },
  { folder: 'heldout130', floor: 0.91 },
  { folder: 'heldout131', floor: 0.94 },
  { folder: 'heldout132', floor: 0.9 },
  { folder: 'heldout133', floor: 0.97 },
  { folder: 'heldout134', floor: 0.97 },
  { folder: 'heldout135', floor: 0.98 },
  { folder: 'heldout136', floor: 0.96 },
  { folder: 'heldout137', floor: 0.93 },
  { folder: 'heldout138', floor: 0.83 },
  { folder: 'heldout139', floor: 0.95 },
  { folder: 'heldout141', floor: 0.89 },
  { folder: 'heldout142', floor: 0.95 },
  { folder: 'heldout144', floor: 0.91 },
  { folder: 'heldout140', floor: 0.87 },
  { folder: 'heldout143', floor: 0.93 },
  { folder: 'heldout145', floor: 0.89 },
  { folder: 'heldout146', floor: 0.91 },
  { folder: 'heldout147', floor: 0.94 },
  { folder: 'heldout148', floor: 0.89 },
  { folder: 'heldout149', floor: 0.8 },
  { folder: 'heldout150', floor: 0.93 },
  { folder: 'heldout151', floor: 0.97 },
  { folder: 'heldout152', floor: 0.9 },
  { folder: 'heldout153', floor: 0.92 },
  { folder: 'heldout154', floor: 0.96 },
  { folder: 'heldout155', floor: 0.84 },
];

describe.each(BATCHES)('held-out mail in $folder', ({ folder, floor }) => {
  let messages: MessageResult[] = [];
  beforeAll(async () => {
    messages = await readFolder(fixturePath(folder));
  });

  it('reads all 16', () => {
    expect(messages).toHaveLength(16);
  });

  it('states no wrong start time', () => {
    const wrong = messages.flatMap(({ file, checks }) =>
      checks.filter(isWrongStart).map((c) => `${file}: stated ${c.actual}, is ${c.expected}`),
    );
    expect(wrong).toEqual([]);
  });

  it(`keeps at least ${(floor * 100).toFixed(0)}% of fields`, () => {
    const scores = Object.values(summarize(messages).fields);
    const correct = scores.reduce((sum, s) => sum + s.correct, 0);
    const total = scores.reduce((sum, s) => sum + s.total, 0);
    console.info(
      `${folder}: ${correct}/${total} fields (${((100 * correct) / total).toFixed(1)}%)`,
    );
    expect(correct / total).toBeGreaterThanOrEqual(floor);
  });
});
