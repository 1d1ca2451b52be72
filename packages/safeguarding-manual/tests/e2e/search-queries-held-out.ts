// The held-out queries: the measure of search on questions nobody tuned it for. Written once,
// before any change to ranking, synonyms or keywords was made against the tuning queries
// (search-queries.ts), from sources independent of the chapters' keywords: situations as
// families and practitioners describe them, the information pages' wording, the glossary's
// other names and abbreviations, and the chapter titles of another partnership's hosted manual.
//
// Only `npm run search-quality` and the browser test that holds the figure
// (search-held-out.spec.ts) read this file; the ranking code and its tests never do
// (eslint.config.js refuses any other import of it). Do not change ranking, synonyms or
// keywords to make one of these queries pass: add the class of query it stands for to the
// tuning queries instead, and fix the class (CONTRIBUTING.md, "Search quality").
import type { ExpectedFirst } from './search-queries.ts';

/** Situations as a worried family member, a young person or a practitioner puts them. */
const SITUATIONS: ExpectedFirst[] = [
  ["my neighbour's kids are left home alone all the time", 'neglect'],
  ['my daughter has an older boyfriend who buys her presents', 'child-sexual-exploitation'],
  ['girl picked up by men in cars after school', 'child-sexual-exploitation'],
  ['son carrying a knife and hanging around with a gang', 'gangs-and-youth-violence'],
  ['teenager sent to other towns to deliver drugs', 'child-criminal-exploitation'],
  ['baby with a broken arm who cannot crawl yet', 'bruising-in-non-mobile-babies'],
  ['pupil taken off the school register', 'children-missing-education'],
  ['mother is very depressed and cannot look after the kids', 'parental-mental-health'],
  ['young carer looking after a mum with schizophrenia', 'parental-mental-health'],
  ['dad takes heroin', 'parental-substance-misuse'],
  ['mum passed out drunk while looking after the baby', 'parental-substance-misuse'],
  ['parents argue and dad hits mum', 'domestic-abuse'],
  ['young person talking about ending their life', 'self-harm-and-suicidal-behaviour'],
  ['mother keeps taking her child to doctors with symptoms nobody can find', 'fabricated-or-induced-illness'],
  ['family planning to have their daughter cut on holiday', 'female-genital-mutilation'],
  ['17 year old being forced to marry her cousin', 'forced-marriage'],
  ['child brought into the country and made to work', 'trafficking-and-modern-slavery'],
  ['boy arrived on a lorry with no parents', 'unaccompanied-migrant-children'],
  ['child watching extremist videos online', 'radicalisation'],
  ['stranger messaging my child on a game', 'online-abuse'],
  ['five year old showing sexual behaviour towards his younger sister', 'harmful-sexual-behaviour'],
  ['complaint that a nursery worker hurt a toddler', 'allegations-against-people-who-work-with-children'],
  ['12 year old living with a neighbour while mum works abroad', 'private-fostering'],
  ['disabled child who cannot speak showing signs of abuse', 'safeguarding-disabled-children'],
  ['pregnant 15 year old who hid it from everyone', 'concealed-and-denied-pregnancy'],
  ['expecting a baby and her older children were removed', 'pre-birth-safeguarding'],
  ['toddler who is not growing properly', 'faltering-growth'],
  ["dog bit a child's face", 'dangerous-dogs'],
  ["my child's dad is in prison and wants to see him", 'children-visiting-prisons'],
  ['family moved to a different area during the child protection plan', 'children-moving-across-boundaries'],
  ["family won't open the door to the social worker", 'uncooperative-and-hostile-families'],
  ['parent threatening staff during home visits', 'uncooperative-and-hostile-families'],
  ["adult says they were abused as a child in a children's home", 'non-recent-abuse-allegations'],
  ['what happens when a baby dies unexpectedly', 'responding-to-child-death'],
  ["counselling for staff after a child's death", 'supporting-staff-after-a-child-death'],
  ['review of a case where a child was seriously hurt', 'child-safeguarding-practice-reviews'],
  ['panel that looks at every child death', 'child-death-review'],
  ['what to put in a referral', 'completing-a-referral'],
  ['police and social care deciding together whether to investigate', 'strategy-discussions'],
  ['social worker and police officer visiting together', 'joint-enquiries-with-police'],
  ['when is a child protection conference held', 'initial-child-protection-conferences'],
  ['who sits in the core group', 'core-groups-and-the-lead-social-worker'],
  ['is it ok to tell the GP without asking the parents', 'information-sharing'],
  ['escalating a concern when another agency will not act', 'resolving-professional-disagreements'],
  ['reporting my manager for covering up abuse', 'whistleblowing'],
  ['DBS checks for new volunteers', 'safer-recruitment'],
  ['child going to conference with an advocate', 'childrens-participation-in-conferences'],
  ['wider family making a plan for the children', 'family-group-conferences'],
  ['boy being called names and pushed every day at school', 'bullying'],
  ['parents with a low IQ struggling to care for a baby', 'parents-with-learning-disabilities'],
  ["adult social care and children's services working together for the whole family", 'think-family-protocol'],
  ['does this family meet the criteria for social care', 'thresholds-for-access-to-services'],
  ['family needs some support but not social care', 'early-help-assessment'],
  ['deadlines for each stage of child protection', 'timescales-at-a-glance'],
  ['doctor examining a child for signs of abuse', 'child-protection-medical-examinations'],
  ['video recorded interview with a child victim', 'achieving-best-evidence'],
  ['what does each agency have to do to keep children safe', 'agency-roles-and-responsibilities'],
  ['who runs the safeguarding partnership', 'partnership-arrangements'],
  ['Children Act 1989 and Working Together', 'legislation-and-national-guidance'],
  ['child tells her teacher she is being hurt at home', 'responding-to-abuse-and-neglect'],
  ['family threaten daughter for dishonouring them with her boyfriend', 'honour-based-abuse'],
  ['child disappeared from foster placement overnight', 'children-missing-from-home-or-care'],
];

/** The wording of the information pages for families and young people. */
const INFORMATION_PAGES: ExpectedFirst[] = [
  ['will my child be taken away from me', 'information/child-protection-enquiries'],
  ['social worker wants to talk to my child on their own', 'information/child-protection-enquiries'],
  ['can I report a worry without giving my name', 'information/worried-about-a-child'],
  ['who can I talk to if someone is hurting me', 'information/for-young-people'],
  ["I'm worried about a friend", 'information/for-young-people'],
  ['concern about a colleague who works with children', 'allegations-against-people-who-work-with-children'],
];

/** The glossary's other names and abbreviations, each with the chapter its entry names. */
const GLOSSARY_NAMES: ExpectedFirst[] = [
  ['initial conference', 'initial-child-protection-conferences'],
  ['RCPC', 'child-protection-review-conferences'],
  ['MARAC', 'domestic-abuse'],
  ['IDVA', 'domestic-abuse'],
  ['NRM referral', 'trafficking-and-modern-slavery'],
  ['SUDI', 'responding-to-child-death'],
  ['CDRM', 'child-death-review'],
  ['FGC', 'family-group-conferences'],
  ['CME', 'children-missing-education'],
  ['MARF', 'completing-a-referral'],
  ['team around the family', 'early-help-assessment'],
  ['CCE', 'child-criminal-exploitation'],
  ['joint agency response', 'responding-to-child-death'],
];

/** Chapter titles as another partnership's hosted manual words them (../shared/seeds/). */
const HOSTED_MANUAL_TITLES: ExpectedFirst[] = [
  ['failure to thrive', 'faltering-growth'],
  ['children of drug and alcohol misusing parents', 'parental-substance-misuse'],
  ['parent has a mental health problem', 'parental-mental-health'],
  ['e-safety: children exposed to abuse through the digital media', 'online-abuse'],
  ['paediatric safeguarding medicals', 'child-protection-medical-examinations'],
  ['concealment and denial of pregnancy', 'concealed-and-denied-pregnancy'],
  ['support for staff following the death of a child', 'supporting-staff-after-a-child-death'],
  ['appeals by parents against child protection conference decisions', 'conference-complaints'],
  ['resolving practitioner disagreements', 'resolving-professional-disagreements'],
  ['children vulnerable to violent extremism', 'radicalisation'],
  ['historical abuse allegations', 'non-recent-abuse-allegations'],
  ['safeguarding trafficked children', 'trafficking-and-modern-slavery'],
  ['children and families who go missing', 'children-missing-from-home-or-care'],
  ['child death overview panel procedures', 'child-death-review'],
  ['recording that a child is the subject of a child protection plan', 'recording-child-protection-plans'],
  ['community paediatric service and strategy discussions', 'paediatric-assessment-in-section-47-enquiries'],
];

/** Every held-out query, with the page it must find first. */
export const HELD_OUT_QUERIES: readonly ExpectedFirst[] = [...SITUATIONS, ...INFORMATION_PAGES, ...GLOSSARY_NAMES, ...HOSTED_MANUAL_TITLES];
