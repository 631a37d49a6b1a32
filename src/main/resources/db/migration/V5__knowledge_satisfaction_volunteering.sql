-- Khidma schema, version 5: the services a visitor uses on their own at the kiosk.
--   knowledge: articles (the bylaws' role, the member-support policy guide, answers to members' questions), Arabic and
--   English, public or staff-only, published or not; seeded from the board's policy.
--   satisfaction: anonymous ratings (no member, no staff, no device, only the day), suggestions with their public
--   answer ("you said, we did"), and — kept apart, with no link to any rating — the contact of a visitor who asked
--   for a reply.
--   volunteering: volunteers signed up on site, their skills, interests and availability, pending staff review.
-- Instants are UTC DATETIME(6); calendar days are DATE (Asia/Riyadh). utf8mb4 throughout.

-- ---- knowledge ------------------------------------------------------------------------------------------------

CREATE TABLE article (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    category    VARCHAR(20)  NOT NULL,
    position    INT          NOT NULL,
    title_ar    VARCHAR(200) NOT NULL,
    title_en    VARCHAR(200) NOT NULL,
    body_ar     TEXT         NOT NULL,
    body_en     TEXT         NOT NULL,
    audience    VARCHAR(10)  NOT NULL,
    published   BOOLEAN      NOT NULL,
    updated_by  VARCHAR(60)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_article_code UNIQUE (code),
    CONSTRAINT ck_article_category CHECK (category IN ('BYLAWS', 'POLICY_GUIDE', 'FAQ')),
    CONSTRAINT ck_article_audience CHECK (audience IN ('PUBLIC', 'STAFF')),
    INDEX ix_article_listing (category, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- satisfaction ---------------------------------------------------------------------------------------------

-- Deliberately no person, no staff member, no device and no time of day: a rating is a score for a service on a day.
CREATE TABLE rating (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service   VARCHAR(30)   NOT NULL,
    channel   VARCHAR(20)   NOT NULL,
    score     TINYINT       NOT NULL,
    comment   VARCHAR(1000) NULL,
    rated_on  DATE          NOT NULL,
    CONSTRAINT ck_rating_score CHECK (score BETWEEN 1 AND 5),
    INDEX ix_rating_day (rated_on, service, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE suggestion (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service     VARCHAR(30)   NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    received_on DATE          NOT NULL,
    summary_ar  VARCHAR(300)  NULL,
    summary_en  VARCHAR(300)  NULL,
    answer_ar   VARCHAR(1000) NULL,
    answer_en   VARCHAR(1000) NULL,
    decided_by  VARCHAR(60)   NULL,
    decided_at  DATETIME(6)   NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_suggestion_status CHECK (status IN ('RECEIVED', 'STUDYING', 'ADOPTED', 'DECLINED')),
    INDEX ix_suggestion_status (status, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only when the visitor asks for a reply; never linked to a rating.
CREATE TABLE reply_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    mobile        VARCHAR(13)   NOT NULL,
    message       VARCHAR(1000) NOT NULL,
    suggestion_id BIGINT        NULL,
    requested_at  DATETIME(6)   NOT NULL,
    replied_by    VARCHAR(60)   NULL,
    replied_at    DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_reply_request_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
    INDEX ix_reply_request_open (replied_at, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- volunteering ---------------------------------------------------------------------------------------------

CREATE TABLE volunteer (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(120)  NOT NULL,
    mobile         VARCHAR(13)   NOT NULL,
    consent_at     DATETIME(6)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    signed_up_at   DATETIME(6)   NOT NULL,
    decided_by     VARCHAR(60)   NULL,
    decided_at     DATETIME(6)   NULL,
    decline_reason VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_volunteer_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
    INDEX ix_volunteer_status (status, signed_up_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_skill (
    volunteer_id BIGINT      NOT NULL,
    skill        VARCHAR(30) NOT NULL,
    PRIMARY KEY (volunteer_id, skill),
    CONSTRAINT fk_volunteer_skill FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_interest (
    volunteer_id BIGINT      NOT NULL,
    interest     VARCHAR(30) NOT NULL,
    PRIMARY KEY (volunteer_id, interest),
    CONSTRAINT fk_volunteer_interest FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_day (
    volunteer_id BIGINT      NOT NULL,
    day_of_week  VARCHAR(10) NOT NULL,
    PRIMARY KEY (volunteer_id, day_of_week),
    CONSTRAINT fk_volunteer_day FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_time (
    volunteer_id BIGINT      NOT NULL,
    day_part     VARCHAR(10) NOT NULL,
    PRIMARY KEY (volunteer_id, day_part),
    CONSTRAINT fk_volunteer_time FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- seed: the knowledge base, drawn from the board's policy (the Arabic original governs) --------------------
-- Paragraphs are separated by a blank line; a line starting with "- " is a list item.

INSERT INTO article (code, category, position, title_ar, title_en, body_ar, body_en, audience, published, updated_by, updated_at) VALUES
('BYLAWS_ROLE', 'BYLAWS', 1,
 'اللائحة الأساسية للجمعية',
 'The association''s basic bylaws',
 'اللائحة الأساسية هي النظام الذي تأسست عليه الجمعية التعاونية السياحية بنجران، وهي المرجع الأول في كل ما يخص العضوية: من يحق له الانضمام، وحقوق العضو وواجباته، وعمل الجمعية العمومية ومجلس الإدارة.

وهي أول أداة يعتمد عليها موظف علاقات المساهمين في التواصل معك، إلى جانب دليل سياسة الدعم للأعضاء ونموذج طلب خدمة عضو.

عند تقديم طلب العضوية يوقّع المتقدم إقرارًا بالاطلاع على اللائحة الأساسية والالتزام بها، لذلك ننصحك بقراءتها قبل التقديم.

النص الكامل للائحة متاح في مقر الجمعية، ويسعد موظف علاقات المساهمين بتزويدك بنسخة منها والإجابة عن أسئلتك حولها.',
 'The basic bylaws are the statute on which the Tourism Cooperative Association in Najran was founded. They are the first reference for everything about membership: who may join, the rights and duties of members, and how the General Assembly and the Board of Directors work.

They are the first tool the shareholder-relations employee relies on when dealing with you, together with the member-support policy guide and the member service request form.

When applying for membership, the applicant signs an acknowledgement of having read the bylaws and agreeing to abide by them, so we advise you to read them before applying.

The full text of the bylaws is available at the association''s office; the shareholder-relations employee will gladly give you a copy and answer your questions about it.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('BYLAWS_RIGHTS', 'BYLAWS', 2,
 'حقوق الجمعية وجميع الأطراف',
 'The rights of the association and of every party',
 'تضع الجمعية السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف: أعضاء الجمعية العمومية والداعمين والمتطوعين وغيرهم، بما يكفل حقوق الجمعية وكافة هذه الأطراف.

وتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق المتعاقدين وواجباتهم وطريقة أدائها، وتبعات التقصير في الأداء، وحدود المسؤولية، وطريقة تسوية الخلافات التي قد تنشأ عن تنفيذ هذه العقود والخدمات، بشكل يكفل حماية الأطراف ذات العلاقة بالجمعية.

الجمعية العمومية هي مجموع أعضاء الجمعية، ومجلس الإدارة هو الذي يعتمد السياسات، ومنها سياسة تنظيم العلاقة مع أعضاء الجمعية العمومية وتقديم الخدمات.',
 'The association sets the policies and procedures that govern its relationship with every party — the members of the General Assembly, supporters, volunteers and others — so as to guarantee the rights of the association and of all these parties.

Labour regulations and contracts are the primary source for the rights and duties of the contracting parties and how they are performed, the consequences of failing to perform, the limits of liability, and how disputes arising from these contracts and services are settled, in a way that protects everyone related to the association.

The General Assembly is the body of all the association''s members; the Board of Directors approves the policies, among them the policy for the relationship with General Assembly members and the provision of services.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('GUIDE_OBJECTIVES', 'POLICY_GUIDE', 1,
 'أهداف خدمة الأعضاء',
 'What member service aims for',
 'الهدف العام: تقديم خدمة متميزة لأعضاء الجمعية العمومية بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم، ومواصلة التطوير والتحسين بالتعاون مع كافة الجهات، والوصول إلى الأعضاء بأسهل الطرق.

الأهداف التفصيلية:
- تقدير حاجة الأعضاء بتسهيل الإجراءات، وحصولهم على كافة الخدمات المطلوبة دون عناء ومشقة.
- تقديم الخدمات المتكاملة بأحدث الأساليب الإلكترونية.
- تقديم المعلومات والإجابات بما يتناسب مع تساؤلات الأعضاء واستفساراتهم من خلال عدة قنوات.
- قياس رضا الأعضاء وسيلةً لرفع جودة الخدمة والتحسين المستمر لإجراءات تقديمها وأداء مقدمها.
- زيادة ثقة الأعضاء وانتمائهم للجمعية بتبني أفضل المعايير والممارسات في خدمتهم.

ويتحقق ذلك عن طريق نشر ثقافة تقييم الخدمة بين الأعضاء وتشجيعهم عليها، فتقييم جودة الخدمة حق من حقوق العضو، وهو أداة للتقويم والتطوير لا للعقاب والتشهير؛ وعن طريق ابتكار مفاهيم وتقنيات إدارية ترتقي بالخدمات وتزيل معوقات جودتها، بالتطوير والتحسين المستمر وتلمّس آراء المستفيدين.',
 'General objective: provide distinguished service to General Assembly members — with mastery, speed and high quality — to complete their transactions and follow up their requirements and suggestions; keep developing and improving in cooperation with all parties; and reach members by the easiest means.

Detailed objectives:
- Assess members'' needs by simplifying procedures, so that members obtain every service they need without trouble or hardship.
- Provide integrated services using the latest electronic means.
- Give information and answers that fit members'' questions and inquiries, through several channels.
- Measure member satisfaction as a means of raising service quality and continuously improving how the service is provided and how its provider performs.
- Increase members'' trust in, and sense of belonging to, the association by adopting the best standards and practices in serving them.

This is achieved by spreading a culture of service evaluation among members and encouraging it — evaluating the quality of service is a member''s right, a tool for assessment and development, not for punishment or public shaming — and by inventing administrative concepts and techniques that raise the level of services and remove the obstacles to their quality, through continuous development and improvement and by seeking out the beneficiaries'' opinions.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('GUIDE_CHANNELS', 'POLICY_GUIDE', 2,
 'قنوات التواصل مع الجمعية',
 'How to reach the association',
 'تتواصل الجمعية مع أعضائها عبر القنوات التالية، فاختر أيسرها لك:
- المقابلة الشخصية في مقر الجمعية.
- الاتصالات الهاتفية.
- وسائل التواصل الاجتماعي.
- الخطابات.
- خدمات طلب المساعدة.
- خدمة التطوع.
- الموقع الإلكتروني للجمعية.

أرقام الهاتف وحسابات الجمعية معروضة في مقرها وعلى موقعها الإلكتروني، وهذا الجهاز في المقر إحدى هذه الوسائل: تستطيع منه طرح سؤال، وتقديم طلب، ومتابعة طلبك، وتقييم الخدمة، والتسجيل متطوعًا.',
 'The association keeps in touch with its members through these channels; choose the easiest for you:
- An in-person meeting at the association''s office.
- Phone calls.
- Social media.
- Letters.
- Help-request services.
- The volunteering service.
- The association''s website.

The association''s phone numbers and accounts are displayed at its office and on its website. This kiosk at the office is one of these means: here you can ask a question, file a request, follow up your request, rate the service and sign up as a volunteer.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('GUIDE_STEPS', 'POLICY_GUIDE', 3,
 'كيف نتعامل مع طلبك: خمس خطوات',
 'How we deal with your request: five steps',
 'يتم التعامل مع الأعضاء على مختلف المستويات لإنهاء معاملاتهم على النحو التالي:
- أولًا: نستقبلك بلباقة واحترام، ونجيب عن جميع استفساراتك، ونعطيك الوقت الكافي.
- ثانيًا: نتأكد من أنك قدّمت كافة المعلومات المطلوبة، ويطابق الموظف البيانات ويتأكد من صحتها وقت التقديم.
- ثالثًا: إذا لم تتضح لك الإجراءات، يحيلك الموظف إلى الجهة الأعلى للإجابة عن تساؤلاتك وإيضاح الجوانب التنظيمية.
- رابعًا: نوضح لك أن طلبك سيُرفع إلى لجنة البحث لدراسته والرد عليك بقبوله أو رفضه خلال مدة لا تقل عن أسبوعين.
- خامسًا: نستكمل إجراءات التسجيل عند اكتمال المتطلبات.',
 'Members are dealt with, at every level, to complete their transactions as follows:
- First: we receive you courteously and respectfully, answer all your inquiries and give you enough time.
- Second: we make sure you have provided all the required information; the employee matches the data and confirms it is valid at the time of submission.
- Third: if the procedures are unclear to you, the employee refers you to the higher authority to answer your questions and explain the organisational aspects.
- Fourth: we explain that your request will be raised to the research committee, which studies it and replies with its acceptance or rejection within a period of not less than two weeks.
- Fifth: we complete the registration procedures once the requirements are complete.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('GUIDE_COMMITTEE', 'POLICY_GUIDE', 4,
 'لجنة البحث ومدة دراسة الطلب',
 'The research committee and how long it takes',
 'ترفع الجمعية طلب العضوية وطلبات الدعم إلى لجنة البحث بعد التحقق من اكتمالها، فتدرس اللجنة الطلب وترد بقبوله أو رفضه خلال مدة لا تقل عن أسبوعين.

تُحسب المدة بأيام العمل من الأحد إلى الخميس، ولا تُحسب فيها العطلات الرسمية ومنها عيدا الفطر والأضحى، وإذا احتاجت اللجنة منك مستندًا أو معلومة توقفت المدة حتى تستكملها.

يبيّن لك إيصال الطلب التاريخ المتوقع للقرار بالتقويمين الهجري والميلادي، ونبلغك بالقرار برسالة، وإذا رُفض الطلب ذكرنا لك الأسباب.',
 'Once a membership application or a support request is verified as complete, the association raises it to the research committee, which studies it and replies with its acceptance or rejection within a period of not less than two weeks.

The period is counted in working days, Sunday to Thursday; official holidays, among them Eid al-Fitr and Eid al-Adha, do not count, and if the committee needs a document or a piece of information from you, the clock stops until you provide it.

Your receipt shows the expected decision date in the Hijri and Gregorian calendars. We tell you the decision in a message, and if the request is declined we tell you the reasons.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('GUIDE_RATING', 'POLICY_GUIDE', 5,
 'تقييم الخدمة حق لك',
 'Rating the service is your right',
 'تقييم جودة الخدمة حق من حقوق العضو، وتعتمد عليه الجمعية لقياس رضا الأعضاء ورفع جودة الخدمة وتحسين إجراءاتها باستمرار.

التقييم أداة للتقويم والتطوير لا للعقاب والتشهير: لا نحفظ مع تقييمك اسمك ولا اسم الموظف الذي خدمك، ولا تُعرض النتائج إلا مجمّعة.

إذا أردت ردًّا على ملاحظتك فاترك اسمك ورقم جوالك، ونحفظهما منفصلين عن التقييم نفسه. والاقتراحات التي نأخذ بها ننشرها على شاشة الترحيب تحت عنوان «قلتم، وفعلنا».',
 'Rating the quality of service is a member''s right; the association relies on it to measure member satisfaction, raise the quality of service and keep improving its procedures.

A rating is a tool for assessment and development, not for punishment or public shaming: we store neither your name nor the name of the employee who served you with it, and results are only ever shown in aggregate.

If you would like a reply to your comment, leave your name and mobile number; we keep them apart from the rating itself. The suggestions we adopt are shown on the welcome screen under "You said, we did".',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('GUIDE_TOOLS', 'POLICY_GUIDE', 6,
 'أدوات موظف علاقات المساهمين',
 'The shareholder-relations employee''s tools',
 'الأدوات المتاحة لموظف علاقات المساهمين للتواصل مع الأعضاء:
- اللائحة الأساسية للجمعية.
- دليل سياسة الدعم للأعضاء.
- نموذج طلب خدمة عضو.

عند عدم وضوح الإجراءات للعضو يحيله الموظف إلى الجهة الأعلى: المشرف، ثم المدير التنفيذي، ثم مجلس الإدارة، ولكل مستوى مدة للرد، وإذا انقضت دون رد ارتفعت الإحالة تلقائيًا إلى المستوى التالي.',
 'The tools available to the shareholder-relations employee for communicating with members:
- The association''s basic bylaws.
- The member-support policy guide.
- The member service request form.

When the procedures are unclear to a member, the employee refers them to the higher authority: the supervisor, then the executive director, then the Board of Directors. Each level has a time to answer; when it passes unanswered, the referral climbs to the next level by itself.',
 'STAFF', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_APPLY', 'FAQ', 1,
 'كيف أتقدم بطلب عضوية في الجمعية؟',
 'How do I apply for membership?',
 'تستطيع التقديم من هذا الجهاز باختيار «طلب عضوية»، أو لدى موظف علاقات المساهمين في مقر الجمعية.

يتحقق الموظف من اكتمال بياناتك ومستنداتك ويطابقها وقت التقديم، ثم يُرفع الطلب إلى لجنة البحث، وتستلم إيصالًا برقم مرجعي تتابع به طلبك.',
 'You can apply from this kiosk by choosing "Membership application", or with the shareholder-relations employee at the association''s office.

The employee checks that your information and documents are complete and matches them at the time of submission; the request then goes to the research committee, and you receive a receipt with a reference number to follow it up.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_DOCUMENTS', 'FAQ', 2,
 'ما المستندات والمعلومات التي أحضرها لطلب العضوية؟',
 'What should I bring for a membership application?',
 'أحضر معك ما يلي:
- صورة الهوية الوطنية أو الإقامة سارية المفعول.
- اسمك الكامل كما في الهوية بالعربية والإنجليزية.
- رقم جوالك ومدينة إقامتك.
- عدد الأسهم التي تطلبها، وإيصال سداد قيمتها.
- إقرارًا موقّعًا بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها.

ويمكنك أيضًا إضافة بريدك الإلكتروني ووثيقة العنوان الوطني. اكتمال هذه المتطلبات من البداية يختصر الوقت، فالموظف يطابقها ويتأكد من صحتها وقت التقديم.',
 'Please bring:
- A copy of your valid national ID or iqama.
- Your full name as in the ID, in Arabic and in Latin letters.
- Your mobile number and city of residence.
- The number of shares you are requesting, and the receipt of payment for them.
- A signed acknowledgement that you have read the association''s bylaws and will abide by them.

You may also add your e-mail address and your national address certificate. Having everything ready from the start saves time: the employee matches the documents and confirms they are valid at the time of submission.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_DURATION', 'FAQ', 3,
 'كم تستغرق لجنة البحث لدراسة طلبي؟',
 'How long does the research committee take?',
 'تدرس لجنة البحث الطلب وترد بقبوله أو رفضه خلال مدة لا تقل عن أسبوعين، تُحسب بأيام العمل دون العطلات الرسمية.

يبيّن لك إيصال الطلب التاريخ المتوقع للقرار بالتقويمين الهجري والميلادي، ونبلغك بالقرار برسالة.',
 'The research committee studies the request and replies with its acceptance or rejection within a period of not less than two weeks, counted in working days without official holidays.

Your receipt shows the expected decision date in the Hijri and Gregorian calendars, and we tell you the decision in a message.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_FOLLOW_UP', 'FAQ', 4,
 'كيف أتابع طلبي بعد تقديمه؟',
 'How do I follow up my request?',
 'اختر «متابعة طلب» في هذا الجهاز، وأدخل الرقم المرجعي المكتوب على الإيصال ورقم الجوال الذي سجلته مع الطلب، فتظهر لك مرحلة الطلب والتاريخ المتوقع وما ينقصه إن وُجد.

ويمكنك أيضًا السؤال عنه لدى موظف علاقات المساهمين في المقر أو عبر الهاتف.',
 'Choose "Track a request" on this kiosk and enter the reference on your receipt and the mobile number you gave with the request: you will see the request''s stage, the expected date and anything still missing.

You can also ask about it with the shareholder-relations employee at the office or by phone.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_MISSING', 'FAQ', 5,
 'ماذا يحدث إذا كان طلبي ناقصًا؟',
 'What happens if something is missing from my request?',
 'يتأكد الموظف وقت التقديم من أنك قدّمت كافة المعلومات المطلوبة، وإذا نقص مستند أو معلومة أخبرك بما ينقص وسببه، وأُعيد الطلب إليك لاستكماله.

يظهر لك ما ينقص طلبك عند متابعته من هذا الجهاز، وعند استكماله يواصل الطلب طريقه من حيث توقف.',
 'At the time of submission the employee makes sure you have provided all the required information. If a document or a piece of information is missing, they tell you what and why, and the request is returned to you to complete.

What is missing shows when you follow the request up on this kiosk; once you complete it, the request carries on from where it stopped.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_UNCLEAR', 'FAQ', 6,
 'الإجراءات غير واضحة لي، فمن أسأل؟',
 'The procedures are unclear to me. Whom do I ask?',
 'اسأل موظف علاقات المساهمين أولًا، فمن واجبه الإجابة عن جميع استفساراتك.

وإذا بقيت الإجراءات غير واضحة لك، فعلى الموظف إحالتك إلى الجهة الأعلى للإجابة عن تساؤلاتك وإيضاح الجوانب التنظيمية، ويظهر لك عند متابعة طلبك المستوى الذي يتولاه.',
 'Ask the shareholder-relations employee first: answering all your inquiries is their duty.

If the procedures are still unclear to you, the employee must refer you to the higher authority to answer your questions and explain the organisational aspects; when you follow your request up, you see which level is handling it.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_CHANNELS', 'FAQ', 7,
 'كيف أتواصل مع الجمعية؟',
 'How can I contact the association?',
 'عبر المقابلة الشخصية في المقر، والاتصالات الهاتفية، ووسائل التواصل الاجتماعي، والخطابات، وخدمات طلب المساعدة، وخدمة التطوع، والموقع الإلكتروني للجمعية.

أرقام الهاتف وحسابات الجمعية معروضة في مقرها وعلى موقعها الإلكتروني، ويمكنك أيضًا طرح سؤالك من هذا الجهاز وسنرد عليك.',
 'In person at the office, by phone, on social media, by letter, through the help-request services, through the volunteering service, and on the association''s website.

The phone numbers and accounts are displayed at the office and on the website. You can also ask your question on this kiosk and we will answer you.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_ASK', 'FAQ', 8,
 'كيف أطرح سؤالًا أو استفسارًا؟',
 'How do I ask a question?',
 'اختر «اطرح سؤالاً» في هذا الجهاز، واكتب اسمك ورقم جوالك وسؤالك، فتحصل على رقم مرجعي ويتواصل معك موظف علاقات المساهمين للإجابة.

ويمكنك كذلك السؤال مباشرة لدى الموظف في المقر أو عبر الهاتف.',
 'Choose "Ask a question" on this kiosk and type your name, your mobile number and your question: you get a reference number, and a shareholder-relations employee contacts you with the answer.

You can also ask the employee directly at the office or by phone.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_RATE', 'FAQ', 9,
 'كيف أقيّم الخدمة التي تلقيتها؟',
 'How do I rate the service I received?',
 'اختر «قيّم الخدمة» في هذا الجهاز، ثم اختر الوجه الذي يعبّر عن رضاك من واحد إلى خمسة، واكتب ملاحظة أو اقتراحًا إن شئت.

تقييمك مجهول الهوية: لا نحفظ معه اسمك ولا اسم الموظف، وهو أداة للتطوير لا للعقاب. وإذا أردت ردًّا فاترك اسمك ورقم جوالك.',
 'Choose "Rate the service" on this kiosk, pick the face that shows how satisfied you are, from one to five, and add a comment or a suggestion if you like.

Your rating is anonymous: we store neither your name nor the employee''s with it, and it is a tool for improvement, not for punishment. If you would like a reply, leave your name and mobile number.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_SUGGESTION', 'FAQ', 10,
 'ماذا يحدث لاقتراحي؟',
 'What happens to my suggestion?',
 'تصل اقتراحاتك إلى الجمعية فتدرسها، ثم تأخذ بها أو تعتذر عنها مع بيان السبب.

ما نأخذ به من اقتراحات ننشره على شاشة الترحيب في هذا الجهاز تحت عنوان «قلتم، وفعلنا»، فالتحسين المستمر يقوم على تلمّس آراء المستفيدين.',
 'Your suggestions reach the association, which studies them and then adopts them or explains why not.

The suggestions we adopt are shown on this kiosk''s welcome screen under "You said, we did": continuous improvement rests on seeking out the opinions of the people we serve.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_VOLUNTEER', 'FAQ', 11,
 'كيف أتطوع مع الجمعية؟',
 'How can I volunteer with the association?',
 'خدمة التطوع إحدى قنوات التواصل مع الجمعية. اختر «سجّل متطوعًا» في هذا الجهاز، واكتب اسمك ورقم جوالك، واختر مهاراتك واهتماماتك والأيام والأوقات التي تناسبك.

يراجع موظفو الجمعية طلبك ويتواصلون معك عند قبوله.',
 'The volunteering service is one of the association''s channels. Choose "Volunteer" on this kiosk, type your name and mobile number, and choose your skills, your interests and the days and times that suit you.

The association''s staff review your sign-up and contact you once it is approved.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6)),

('FAQ_REGISTRATION', 'FAQ', 12,
 'متى يكتمل تسجيلي عضوًا؟',
 'When is my registration as a member complete?',
 'بعد أن تقبل لجنة البحث طلبك، تُستكمل إجراءات التسجيل عند اكتمال المتطلبات، فتصبح عضوًا ويصدر لك رقم عضوية.

نبلغك بذلك برسالة، ويمكنك متابعة المرحلة التي وصل إليها طلبك من هذا الجهاز.',
 'Once the research committee accepts your application, the registration procedures are completed as soon as the requirements are complete: you become a member and receive a membership number.

We tell you in a message, and you can follow your request''s stage on this kiosk.',
 'PUBLIC', TRUE, 'system', UTC_TIMESTAMP(6));
