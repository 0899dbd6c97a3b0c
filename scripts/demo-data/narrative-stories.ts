// The prose of each quarter's quality assurance narrative: what the audits found, what children and families said,
// and what happens next, in the plain words of a council's QA report. narrative.ts sets it among the quarter's numbers.

export interface Quote {
  text: string;
  who: string;
}

export interface Story {
  headline: string;
  strengths: string[];
  improve: string[];
  feedback: string;
  quotes: Quote[];
  next: string[];
}

/** One story for each quarter, in order. */
export const STORIES: readonly Story[] = [
  {
    headline: 'Most audited cases still require improvement to be good; plans and chronologies are the main weaknesses.',
    strengths: [
      'Children were seen regularly, and alone where appropriate, and their wishes and feelings were recorded in most files.',
      'Schools and health visitors attended core groups, and their views were recorded.',
    ],
    improve: [
      'Plans are not specific enough: actions often have no timescale or named person.',
      'Chronologies were missing or out of date in more than half of the files audited.',
      'The themed audit of children with disabilities found assessments that had not been updated for more than a year.',
    ],
    feedback: 'The Participation Officer spoke to nine children and young people whose child protection plans had ended in the last two months.',
    quotes: [
      { text: 'She always came when she said she would and she explained things.', who: 'boy aged 11, child protection plan ended' },
      { text: 'I had three social workers this year. I had to tell my story again every time.', who: 'girl aged 14, child in need' },
    ],
    next: [
      'Audit training for all team managers, run by the Principal Social Worker, from January.',
      'A new plan template with specific, time-limited actions, tested first in two child protection teams.',
    ],
  },
  {
    headline: 'A dip sample of re-referrals found that most families came back because of domestic abuse.',
    strengths: [
      'Management oversight at the point of allocation was clear in most front door audits.',
      'Visits to children in care were on time, and children\'s views were shared at their reviews.',
    ],
    improve: [
      'The re-referrals dip sample found that the first episode had often closed without a safety plan where there was domestic abuse.',
      'Chronologies remain weak; few were updated after significant events.',
    ],
    feedback: 'Fourteen parents and carers gave feedback by telephone after their child\'s assessment ended.',
    quotes: [
      { text: 'The social worker was honest with us from the start, even when it was hard to hear.', who: 'parent, assessment ended' },
      { text: 'Nobody told me what happened after the meeting.', who: 'young person aged 15, child in need' },
    ],
    next: [
      'Share the re-referral findings with the Domestic Abuse Partnership and agree safety planning before a case closes.',
      'Extend the audit pool to service managers and heads of service.',
    ],
  },
  {
    headline: 'Vacancies in the Assessment Team from May delayed assessments, and audits found management oversight without clear actions.',
    strengths: [
      'Audits of children in care found stable placements and warm relationships with carers.',
      'Independent reviewing officers knew the children well, and review records were written to the child.',
    ],
    improve: [
      'Some audited assessments took more than 60 working days because of vacancies in the Assessment Team.',
      'Management oversight was recorded but did not always set actions or timescales.',
    ],
    feedback: 'The Children in Care Council met the Director of Children\'s Services in May.',
    quotes: [
      { text: 'My carer is like my real family now. I want to stay here.', who: 'young person aged 13, in care' },
      { text: 'I don\'t like it when my review is at school. Everyone knows where I\'m going.', who: 'girl aged 12, in care' },
    ],
    next: [
      'Reviews to be held outside school hours unless the child chooses otherwise.',
      'Team managers to record a clear next action and timescale in every supervision note.',
    ],
  },
  {
    headline: 'Fewer audits were completed while managers covered the assessment backlog; the health assessments dip sample found late requests.',
    strengths: [
      'Observed child protection conferences were chaired well, and parents were helped to take part.',
      'Once a request reached health, most children had their initial health assessment promptly.',
    ],
    improve: [
      'Fewer audits were completed because managers were covering the assessment backlog.',
      'Requests for initial health assessments were late when children entered care in an emergency or out of hours.',
      'Plans for children in need drifted where the case had passed between agency workers.',
    ],
    feedback: 'Six families gave feedback after observed child protection conferences.',
    quotes: [
      { text: 'I understood the plan because they wrote it in normal words.', who: 'parent, initial child protection conference' },
      { text: 'It was a lot of people in one room. I didn\'t want to talk.', who: 'boy aged 10, child protection plan' },
    ],
    next: [
      'Ask for an automatic notification to the health team when a child enters care.',
      'Offer every child a meeting with the conference chair before their conference.',
    ],
  },
  {
    headline: 'Assessment timeliness was at its lowest point, and audits found late assessments thin on analysis.',
    strengths: [
      'Practice week in November reached more than 400 staff, and families shared their experience at two events.',
      'Recent work on audited cases was consistently better than older work on the same file.',
    ],
    improve: [
      'Late assessments were often thin on analysis and did not say what life was like for the child.',
      'Chronologies and plans remain the weakest parts of case files.',
    ],
    feedback: 'Young people from the care leavers\' forum told us about pathway planning.',
    quotes: [
      { text: 'My PA texts me back the same day. That matters.', who: 'care leaver aged 19' },
      { text: 'I only saw my pathway plan when I asked for it.', who: 'care leaver aged 18' },
    ],
    next: [
      'Weekly tracking of every assessment past 35 working days, with team manager sign-off.',
      'Chronology guidance and a short training session for all social workers.',
    ],
  },
  {
    headline: 'Moderators agreed with most grades; a dip sample found some assessments were started where advice would have been enough.',
    strengths: [
      'Auditors are applying the standard more consistently, and most moderated grades were agreed.',
      'In the no further action dip sample, fathers were spoken to and their views recorded in most cases.',
    ],
    improve: [
      'Some assessments ending in no further action were started where advice and signposting would have been enough.',
      'Where moderation changed a grade it was usually lowered, because the difference made for the child was not evidenced.',
    ],
    feedback: 'Twelve children completed the Three Houses tool with their social worker.',
    quotes: [
      { text: 'My worries are smaller now. Mum is not shouting any more.', who: 'girl aged 8, child in need' },
      { text: 'I want to see my dad more. I told them but nothing happened.', who: 'boy aged 9, child protection plan' },
    ],
    next: [
      'The domestic abuse practice hub started in March to strengthen safety planning before cases close.',
      'A ceiling of 35% for assessments ending with no further action from April.',
      'A new audit tool that grades ten practice domains, from April.',
    ],
  },
  {
    headline: 'In the first quarter of the new audit tool, the voice of the child is a clear strength and plans and chronologies are not.',
    strengths: [
      'Seven agency social workers became permanent, and audits found fewer changes of worker.',
      'Children\'s own words were quoted in most assessments.',
    ],
    improve: [
      'The themed audit of second child protection plans found the first plan often ended before change had lasted.',
      'Supervision records did not always show challenge when actions were missed.',
    ],
    feedback: 'Parents were asked about their experience of child protection through a short survey.',
    quotes: [
      { text: 'For the first time someone asked me what I thought would help.', who: 'parent, child protection plan' },
      { text: 'I still don\'t know why our case was opened again.', who: 'parent, second child protection plan' },
    ],
    next: [
      'A multi-agency check of the support in place before a child protection plan ends.',
      'Plan-writing workshops for social workers and child protection chairs.',
      'Domain results to be fed back to each team every month.',
    ],
  },
  {
    headline: 'Good support for unaccompanied children; strategy discussions were timely, but life story work was often missing.',
    strengths: [
      'Unaccompanied children had good support with education and health, and interpreters were used at every visit.',
      'Strategy discussions in the dip sample were timely and well attended by the police and health.',
    ],
    improve: [
      'Life story work was missing for most of the children in care audited.',
      'The reason for starting a section 47 enquiry was not always recorded.',
    ],
    feedback: 'Young people who came to the UK alone told us about their first months in care, with help from interpreters.',
    quotes: [
      { text: 'They helped me find a college and a mosque near my house.', who: 'young man aged 17, unaccompanied asylum-seeking child' },
      { text: 'I waited a long time for my age assessment. Nobody explained why.', who: 'young man aged 16, unaccompanied asylum-seeking child' },
    ],
    next: [
      'Life story work training for social workers in the children in care teams.',
      'A prompt in the strategy discussion form to record why a section 47 enquiry is needed.',
    ],
  },
  {
    headline: 'The case-file audit target was met for the first time, with the voice of the child clearly recorded in most cases.',
    strengths: [
      'The voice of the child was clearly recorded in most audited cases, often in the child\'s own words.',
      'Multi-agency working remains strong, especially with schools.',
    ],
    improve: [
      'Management oversight was graded good or better in only about a third of audited cases.',
      'The planned dip sample of return home interviews was cancelled because of auditor capacity.',
    ],
    feedback: 'Children\'s comments were gathered through the Mind of My Own app.',
    quotes: [
      { text: 'My social worker is kind and she listens. She does what she says.', who: 'girl aged 10, in care' },
      { text: 'I don\'t like it when they write about me and I can\'t read it.', who: 'boy aged 13, child in need' },
    ],
    next: [
      'Case records to be written to the child in all children in care teams.',
      'Reflective supervision to be the focus of the management audit pool.',
    ],
  },
  {
    headline: 'Pre-birth assessments started early and involved fathers; most families stepped down had a named early help worker.',
    strengths: [
      'Pre-birth assessments started early in pregnancy and involved midwives and fathers.',
      'Most families stepped down to early help met their family worker before the social care case closed.',
    ],
    improve: [
      'Chronologies are better for new cases, but older cases still have gaps.',
      'Step-down plans did not always say what would happen if worries returned.',
    ],
    feedback: 'Families stepped down to early help were asked about the move.',
    quotes: [
      { text: 'We met the family worker before the social worker left, so it didn\'t feel like starting again.', who: 'parent, stepped down to early help' },
      { text: 'Early help was better. They came when my son was at home.', who: 'parent, early help' },
    ],
    next: [
      'Step-down plans to say what the family should do if worries return.',
      'The target for audits graded good or better rises to 65% from April.',
    ],
  },
  {
    headline: 'Children placed out of borough were visited on time, but case-file audit grades are below the new 65% target.',
    strengths: [
      'Children placed out of borough were visited on time, and most had stable school places.',
      'Multi-agency working remains a clear strength in audits.',
    ],
    improve: [
      'Children placed out of borough waited longer for emotional wellbeing support.',
      'Plans for brothers and sisters to see each other were not always recorded.',
    ],
    feedback: 'Children in care completed the annual Your Life, Your Care survey.',
    quotes: [
      { text: 'I like my school and my foster family. I just miss my brother.', who: 'girl aged 11, in care out of borough' },
      { text: 'I have had the same social worker for two years. She knows me.', who: 'boy aged 14, in care' },
    ],
    next: [
      'Contact plans for brothers and sisters to be checked at every review.',
      'Agree with the Integrated Care Board how children placed out of borough get emotional wellbeing support.',
    ],
  },
  {
    headline: 'Return home interviews were offered to every missing child audited; pathway plans were written with young people.',
    strengths: [
      'Every child in the themed audit of missing episodes was offered a return home interview.',
      'Pathway plans were written with the young person and reflected their goals.',
    ],
    improve: [
      'Information from return home interviews was not always used to update the child\'s plan.',
      'Pathway plans for young people not in education, employment or training had few concrete actions.',
    ],
    feedback: 'Care leavers gave feedback at the summer care leavers\' event.',
    quotes: [
      { text: 'My PA helped me get my provisional licence and open a bank account.', who: 'care leaver aged 18' },
      { text: 'I want more help to find a job, not just a list of websites.', who: 'care leaver aged 20' },
    ],
    next: [
      'Return home interview findings to be discussed in supervision within five working days.',
      'Pathway plans for young people not in education, employment or training to name a next step and a date.',
    ],
  },
  {
    headline: 'The 65% target for case-file audits graded good or better was met; child protection visits slipped in December.',
    strengths: [
      'Personal advisers were in regular touch with care leavers, and most young people audited lived in suitable homes.',
      'Observed practice was strong, with social workers confident in direct work with children.',
    ],
    improve: [
      'Visits were missed in one child protection team in December because of sickness, and records did not always say whether the child was seen alone.',
      'Plans for children in need still too often list services rather than the changes needed for the child.',
    ],
    feedback: 'Children on child protection plans were asked about their social worker\'s visits.',
    quotes: [
      { text: 'When my social worker was off, someone new came and didn\'t know me.', who: 'girl aged 12, child protection plan' },
      { text: 'He plays football with me and then we talk. That\'s the best bit.', who: 'boy aged 8, child protection plan' },
    ],
    next: [
      'The service manager reviews child protection visits weekly until performance is back above target.',
      'A cover rota so that a known worker visits when the allocated social worker is absent.',
    ],
  },
];
