// Sentence pools for the fictional session notes. Placeholders: {A} {B} (partners), {N} (client),
// {topic}, {concern}, {affect}. Varied on purpose so the demo does not read like one template.
import type { Concern, Enemy } from "./rows";
import type { Phase } from "./story";

export const LEVEL_NAMES = ["", "clichés", "facts", "opinions", "hopes and dreams", "feelings", "fears, faults and failures", "legitimate needs"] as const;

export const COUPLE_TOPICS = [
  "household chores", "money and a recent large purchase", "time with in-laws", "phones in bed",
  "parenting decisions", "long work hours", "holiday plans", "sex and who initiates", "the move to a new house",
  "a friend's wedding weekend", "weekend plans", "caring for an aging parent",
] as const;

export const COUPLE_SUBJECTIVE: Record<Phase, string[]> = {
  intake: [
    "{A} and {B} presented for an initial conjoint session describing frequent arguments about {topic} and feeling distant.",
    "{A} and {B} came in after {B} said they were 'done trying'; both said they want to understand why conversations about {topic} go wrong.",
  ],
  early: [
    "{A} reported the week was 'fine' but described two arguments about {topic}.",
    "{B} said they feel more like roommates than partners; {A} agreed and talked mostly about schedules.",
    "Both described a tense week around {topic}; {A} said conversations end with someone leaving the room.",
    "{A} said things were 'good' and changed the subject when {B} brought up {topic}.",
  ],
  working: [
    "{A} reported using the daily check-in on four of seven days; {B} said it felt awkward but helpful.",
    "Couple described a disagreement about {topic} that they paused and came back to later in the day.",
    "{B} reported feeling more listened to; {A} said they still worry about {topic}.",
    "{A} and {B} each described what they think the other wants from them around {topic}.",
  ],
  progress: [
    "{A} described feeling closer this week and said {B}'s apology about {topic} 'landed'.",
    "Both reported a good week; they kept their planned date night and talked about hopes for next year.",
    "{B} said they could tell {A} what they need when stressed, which has not happened before.",
    "{A} shared a fear of going back to how things were, and {B} responded with reassurance rather than defending.",
  ],
  setback: [
    "{B} reported a major argument about {topic}; {A} said old hurts 'came flooding back'.",
    "Couple arrived after several days of silence following a fight about {topic}. {A} said 'nothing has changed'.",
    "{A} felt dismissed and listed past grievances; {B} became defensive and withdrew.",
  ],
  termination: ["{A} and {B} reviewed the course of therapy and the changes they want to keep."],
};

export const COUPLE_OBJECTIVE = [
  "Both partners arrived on time. {A} sat turned toward {B}; {B} made limited eye contact early on.",
  "{A} tearful when describing {topic}; {B} listened without interrupting after prompting.",
  "Affect congruent with content for both. Escalation mid-session, settled after a short break.",
  "Session held by telehealth from home; good connection, both engaged.",
  "{B} interrupted often at first and used the speaker-listener structure once cued.",
  "Both calm and engaged; warmth and humour noted between them.",
];

export const CONCERN_PHRASES: Partial<Record<Concern, string[]>> = {
  DEPRESSION: ["low mood most days and trouble getting out of bed", "less interest in things they used to enjoy", "poor sleep and feeling flat"],
  ANXIETY: ["constant worry about work and health", "panic symptoms before meetings", "trouble switching off at night"],
  GRIEF: ["waves of grief since their mother's death", "guilt and numbness after losing a brother", "an anniversary reaction around the loss"],
  TRAUMA: ["intrusive memories of a car accident", "nightmares and hypervigilance linked to past abuse", "avoiding reminders of a frightening event"],
  LIFE_TRANSITIONS: ["stress after a layoff", "adjusting to a divorce", "isolation after moving for a new job", "the strain of becoming a new parent"],
  LOW_SELF_WORTH: ["harsh self-criticism", "difficulty saying no to others", "feeling like a fraud at work"],
  RELATIONSHIP: ["ongoing conflict with their partner", "uncertainty about staying in their relationship", "repeating patterns in dating"],
  SUBSTANCE_USE: ["drinking more to cope with stress", "cravings in early recovery", "cannabis use that is affecting work"],
  CHILD_ADOLESCENT: ["stomach aches and avoidance before school", "conflict with parents over grades and phone use", "friendship stress at school"],
  SEXUAL_CONCERNS: ["anxiety about sex and intimacy"],
};

export const INDIVIDUAL_SUBJECTIVE: Record<Phase, string[]> = {
  intake: ["{N} presented for an intake assessment reporting {concern}.", "{N} was referred by their primary care provider for {concern}."],
  early: [
    "{N} said the week was 'okay' and talked mostly about work and errands.",
    "{N} described {concern} and said it has been 'the same as usual'.",
    "{N} shared the facts of the week and was slow to talk about how they felt.",
  ],
  working: [
    "{N} practised last session's skill on most days and noticed {concern} eased somewhat.",
    "{N} described a difficult conversation with a family member and their reaction to it.",
    "{N} said mornings are still hard but they kept two planned activities.",
    "{N} reflected on what has helped with {concern} in the past and gave their own view of what keeps it going.",
  ],
  progress: [
    "{N} reported a noticeably better week and could name sadness without pushing it away.",
    "{N} shared a fear of 'falling back' and talked about what they want for the coming year.",
    "{N} described asking a friend for support directly, which felt new.",
  ],
  setback: [
    "{N} reported a hard week with {concern} returning in force.",
    "{N} said the week 'fell apart' after a conflict at home; {concern} is back.",
  ],
  termination: ["{N} reviewed progress since intake and reports {concern} is now rare and manageable."],
};

export const RISK_SUBJECTIVE =
  "{N} disclosed passive thoughts of not wanting to wake up over the past week; denies plan, intent or access to means.";

export const INDIVIDUAL_OBJECTIVE = [
  "Alert and oriented, casually dressed; affect {affect}; speech normal in rate and volume.",
  "Good eye contact and engaged throughout; affect {affect}.",
  "Joined by telehealth on a lunch break; engaged, affect {affect}.",
  "Fidgeting early in session, settled with grounding; affect {affect}.",
];

export const ENEMY_WORDS: Record<Enemy, string> = {
  RESENTMENT: "resentment (unaddressed hurt showing up as criticism, defensiveness and withdrawal)",
  DISHONESTY: "dishonesty (minimising and withholding, which keeps trust low)",
  SELFISHNESS: "selfishness (own needs put ahead of the partner's)",
  ENTITLEMENT: "entitlement (expecting attention or sex without asking)",
};
export const INTENSITY_WORDS = ["noted", "mild", "clear", "strong"] as const;

export const COUPLE_INTERVENTIONS = [
  "Speaker-listener technique", "Soft start-up coaching", "De-escalation and time-out plan", "EFT cycle mapping",
  "Repair attempt practice", "Love maps exercise", "Reflective listening", "Validation of underlying emotions",
  "Pursue-distance cycle psychoeducation", "Appreciation exercise", "Enactment of a vulnerable request",
];
export const INFIDELITY_INTERVENTIONS = ["Transparency agreement review", "Trust-rebuilding timeline", "Structured questions about the affair"];
export const INDIVIDUAL_INTERVENTIONS = [
  "CBT thought record", "Behavioural activation planning", "Grounding skills", "Motivational interviewing",
  "Self-compassion exercise", "Values clarification", "Psychoeducation on sleep", "Cognitive restructuring",
];
export const CONCERN_INTERVENTIONS: Partial<Record<Concern, string[]>> = {
  GRIEF: ["Grief processing: continuing bonds"], TRAUMA: ["Cognitive processing therapy", "Window of tolerance work"],
  SUBSTANCE_USE: ["Relapse prevention planning", "Urge surfing"], ANXIETY: ["Exposure hierarchy", "Diaphragmatic breathing"],
  CHILD_ADOLESCENT: ["Parent consultation", "Coping card for school mornings"],
};

export const COUPLE_HOMEWORK = [
  "Daily 10-minute stress-reducing conversation", "One soft start-up per day about a small issue",
  "Write three appreciations for each other", "Plan and keep a weekly date night", "Notice and name one repair attempt each day",
  "Each write what they need when stressed and swap lists", "Practise the time-out plan when flooded",
];
export const INDIVIDUAL_HOMEWORK = [
  "Thought record twice this week", "Schedule three valued activities", "Five minutes of grounding each morning",
  "Write a compassionate letter to yourself", "Track sleep and caffeine", "Reach out to one friend",
];

export const PRIVATE_NOTES = [
  "Noticed my own frustration when {X} kept interrupting; bring to peer consultation.",
  "Hypothesis: the withdrawal protects against shame from family of origin. Not ready to share this yet.",
  "Possible undisclosed history; go slowly and revisit when trust is stronger.",
  "Countertransference: reminded me of my own divorce. Watch for over-identifying.",
  "{X} hinted at something they did not want said in front of the partner. Clarify the secrets policy next time.",
  "Gut sense the presenting concern is not the real one. Keep curious.",
];

export const ADDENDA = [
  "Correction: the session started at ten past the hour, not on the hour; duration unchanged.",
  "Late entry: client called the next day to confirm the homework plan and the next appointment.",
  "Correction: the homework assigned was the daily check-in, not the appreciation exercise.",
  "Coordination of care: release of information signed; summary faxed to primary care provider.",
  "Clarification: risk was reassessed at the end of session; no change from the assessment above.",
  "Late entry: client emailed that they will be travelling; next session moved to telehealth.",
];
