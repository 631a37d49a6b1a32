-- The first release's database, for the upgrade test (coop.khidma.platform.persistence.UpgradeIT).
-- Made once by coop.khidma.support.ReleaseDump (see its javadoc for the command): a fresh MariaDB migrated by
-- the application's own Flyway configuration up to V7, the last migration of the first release (commit eeb7b39:
-- V1-V5 and V7), then src/test/resources/upgrade/release-1-seed.sql loaded, then dumped with server-config/backup.sh.
-- Do not edit by hand: the test restores it with server-config/restore.sh and migrates it to the current version.
/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19-11.4.5-MariaDB, for linux-systemd (x86_64)
--
-- Host: 127.0.0.1    Database: khidma
-- ------------------------------------------------------
-- Server version	11.4.5-MariaDB

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;

--
-- Table structure for table `agenda_item`
--

DROP TABLE IF EXISTS `agenda_item`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `agenda_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `request_id` bigint(20) NOT NULL,
  `request_reference` varchar(20) NOT NULL,
  `handed_over_on` date NOT NULL,
  `handed_over_by` varchar(60) NOT NULL,
  `handed_over_at` datetime(6) NOT NULL,
  `floor_working_days` int(11) NOT NULL,
  `ceiling_working_days` int(11) NOT NULL,
  `decision` varchar(20) DEFAULT NULL,
  `reason_ar` varchar(2000) DEFAULT NULL,
  `reason_en` varchar(2000) DEFAULT NULL,
  `decided_by` varchar(60) DEFAULT NULL,
  `decided_at` datetime(6) DEFAULT NULL,
  `deferrals` int(11) NOT NULL DEFAULT 0,
  `floor_override_reason` varchar(2000) DEFAULT NULL,
  `floor_overridden_by` varchar(60) DEFAULT NULL,
  `floor_overridden_at` datetime(6) DEFAULT NULL,
  `reminded_at` datetime(6) DEFAULT NULL,
  `overdue_escalated_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_agenda_item_request` (`request_id`),
  KEY `ix_agenda_item_open` (`decision`,`handed_over_on`),
  KEY `ix_agenda_item_scheduler` (`reminded_at`,`overdue_escalated_at`),
  CONSTRAINT `fk_agenda_item_request` FOREIGN KEY (`request_id`) REFERENCES `service_request` (`id`),
  CONSTRAINT `ck_agenda_item_decision` CHECK (`decision` is null or `decision` in ('ACCEPT','REJECT','DEFER')),
  CONSTRAINT `ck_agenda_item_reasons` CHECK (`decision` is null or `decision` <> 'REJECT' or `reason_ar` is not null and `reason_en` is not null),
  CONSTRAINT `ck_agenda_item_window` CHECK (`floor_working_days` >= 0 and `floor_working_days` <= `ceiling_working_days`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `agenda_item`
--

LOCK TABLES `agenda_item` WRITE;
/*!40000 ALTER TABLE `agenda_item` DISABLE KEYS */;
INSERT INTO `agenda_item` VALUES
(1,1,'2026-000001','2026-10-07','noura','2026-10-07 08:00:00.000000',10,14,'ACCEPT',NULL,NULL,'lajna','2026-10-22 09:00:00.000000',0,NULL,NULL,NULL,NULL,NULL,1),
(2,2,'2026-000002','2026-10-08','noura','2026-10-08 08:00:00.000000',10,14,'ACCEPT',NULL,NULL,'lajna','2026-10-22 09:05:00.000000',0,NULL,NULL,NULL,NULL,NULL,1),
(3,3,'2026-000003','2026-10-08','fahad','2026-10-08 09:00:00.000000',10,14,'ACCEPT',NULL,NULL,'lajna','2026-10-22 09:10:00.000000',1,NULL,NULL,NULL,'2026-10-21 06:00:00.000000',NULL,2),
(4,4,'2026-000004','2026-10-13','noura','2026-10-13 07:30:00.000000',10,14,'ACCEPT',NULL,NULL,'lajna','2026-10-28 07:00:00.000000',0,'اجتماع استثنائي للجنة','admin','2026-10-26 06:00:00.000000',NULL,NULL,2),
(5,9,'2026-000009','2026-11-11','noura','2026-11-11 09:00:00.000000',10,14,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,NULL,NULL,2),
(6,11,'2026-000011','2026-10-22','noura','2026-10-22 07:00:00.000000',10,14,'REJECT','لم يستوف شرط الحد الأدنى من الأسهم','The minimum number of shares was not met','lajna','2026-11-12 08:00:00.000000',0,NULL,NULL,NULL,'2026-11-09 06:00:00.000000',NULL,2);
/*!40000 ALTER TABLE `agenda_item` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `agenda_pause`
--

DROP TABLE IF EXISTS `agenda_pause`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `agenda_pause` (
  `agenda_item_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `paused_from` date NOT NULL,
  `paused_to` date DEFAULT NULL,
  `reason` varchar(500) NOT NULL,
  `paused_by` varchar(60) NOT NULL,
  PRIMARY KEY (`agenda_item_id`,`position`),
  CONSTRAINT `fk_agenda_pause_item` FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ck_agenda_pause_order` CHECK (`paused_to` is null or `paused_to` >= `paused_from`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `agenda_pause`
--

LOCK TABLES `agenda_pause` WRITE;
/*!40000 ALTER TABLE `agenda_pause` DISABLE KEYS */;
INSERT INTO `agenda_pause` VALUES
(3,0,'2026-10-12','2026-10-13','بانتظار صورة الهوية','lajna'),
(5,0,'2026-11-16','2026-11-19','بانتظار عرض سعر من العضو','lajna');
/*!40000 ALTER TABLE `agenda_pause` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `api_idempotency`
--

DROP TABLE IF EXISTS `api_idempotency`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `api_idempotency` (
  `idempotency_key` varchar(100) NOT NULL,
  `fingerprint` char(64) NOT NULL,
  `status` int(11) NOT NULL,
  `location` varchar(200) DEFAULT NULL,
  `body` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`idempotency_key`),
  KEY `ix_api_idempotency_created` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `api_idempotency`
--

LOCK TABLES `api_idempotency` WRITE;
/*!40000 ALTER TABLE `api_idempotency` DISABLE KEYS */;
INSERT INTO `api_idempotency` VALUES
('5f0c6a2e-2b1d-4c1e-9a57-0e2b7c8d9f10','b5d4c2a1e0f9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3928170f6e5d4c3b2a190',201,'v1/requests/2026-000004','{\"reference\":\"2026-000004\",\"submittedAt\":\"2026-10-12T07:05:00Z\"}','2026-10-12 07:05:00.000000');
/*!40000 ALTER TABLE `api_idempotency` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `article`
--

DROP TABLE IF EXISTS `article`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `article` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(40) NOT NULL,
  `category` varchar(20) NOT NULL,
  `position` int(11) NOT NULL,
  `title_ar` varchar(200) NOT NULL,
  `title_en` varchar(200) NOT NULL,
  `body_ar` text NOT NULL,
  `body_en` text NOT NULL,
  `audience` varchar(10) NOT NULL,
  `published` tinyint(1) NOT NULL,
  `updated_by` varchar(60) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_article_code` (`code`),
  KEY `ix_article_listing` (`category`,`position`),
  CONSTRAINT `ck_article_category` CHECK (`category` in ('BYLAWS','POLICY_GUIDE','FAQ')),
  CONSTRAINT `ck_article_audience` CHECK (`audience` in ('PUBLIC','STAFF'))
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `article`
--

LOCK TABLES `article` WRITE;
/*!40000 ALTER TABLE `article` DISABLE KEYS */;
INSERT INTO `article` VALUES
(1,'BYLAWS_ROLE','BYLAWS',1,'اللائحة الأساسية للجمعية','The association\'s basic bylaws','اللائحة الأساسية هي النظام الذي تأسست عليه الجمعية التعاونية السياحية بنجران، وهي المرجع الأول في كل ما يخص العضوية: من يحق له الانضمام، وحقوق العضو وواجباته، وعمل الجمعية العمومية ومجلس الإدارة.\n\nوهي أول أداة يعتمد عليها موظف علاقات المساهمين في التواصل معك، إلى جانب دليل سياسة الدعم للأعضاء ونموذج طلب خدمة عضو.\n\nعند تقديم طلب العضوية يوقّع المتقدم إقرارًا بالاطلاع على اللائحة الأساسية والالتزام بها، لذلك ننصحك بقراءتها قبل التقديم.\n\nالنص الكامل للائحة متاح في مقر الجمعية، ويسعد موظف علاقات المساهمين بتزويدك بنسخة منها والإجابة عن أسئلتك حولها.','The basic bylaws are the statute on which the Tourism Cooperative Association in Najran was founded. They are the first reference for everything about membership: who may join, the rights and duties of members, and how the General Assembly and the Board of Directors work.\n\nThey are the first tool the shareholder-relations employee relies on when dealing with you, together with the member-support policy guide and the member service request form.\n\nWhen applying for membership, the applicant signs an acknowledgement of having read the bylaws and agreeing to abide by them, so we advise you to read them before applying.\n\nThe full text of the bylaws is available at the association\'s office; the shareholder-relations employee will gladly give you a copy and answer your questions about it.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(2,'BYLAWS_RIGHTS','BYLAWS',2,'حقوق الجمعية وجميع الأطراف','The rights of the association and of every party','تضع الجمعية السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف: أعضاء الجمعية العمومية والداعمين والمتطوعين وغيرهم، بما يكفل حقوق الجمعية وكافة هذه الأطراف.\n\nوتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق المتعاقدين وواجباتهم وطريقة أدائها، وتبعات التقصير في الأداء، وحدود المسؤولية، وطريقة تسوية الخلافات التي قد تنشأ عن تنفيذ هذه العقود والخدمات، بشكل يكفل حماية الأطراف ذات العلاقة بالجمعية.\n\nالجمعية العمومية هي مجموع أعضاء الجمعية، ومجلس الإدارة هو الذي يعتمد السياسات، ومنها سياسة تنظيم العلاقة مع أعضاء الجمعية العمومية وتقديم الخدمات.','The association sets the policies and procedures that govern its relationship with every party — the members of the General Assembly, supporters, volunteers and others — so as to guarantee the rights of the association and of all these parties.\n\nLabour regulations and contracts are the primary source for the rights and duties of the contracting parties and how they are performed, the consequences of failing to perform, the limits of liability, and how disputes arising from these contracts and services are settled, in a way that protects everyone related to the association.\n\nThe General Assembly is the body of all the association\'s members; the Board of Directors approves the policies, among them the policy for the relationship with General Assembly members and the provision of services.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(3,'GUIDE_OBJECTIVES','POLICY_GUIDE',1,'أهداف خدمة الأعضاء','What member service aims for','الهدف العام: تقديم خدمة متميزة لأعضاء الجمعية العمومية بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم، ومواصلة التطوير والتحسين بالتعاون مع كافة الجهات، والوصول إلى الأعضاء بأسهل الطرق.\n\nالأهداف التفصيلية:\n- تقدير حاجة الأعضاء بتسهيل الإجراءات، وحصولهم على كافة الخدمات المطلوبة دون عناء ومشقة.\n- تقديم الخدمات المتكاملة بأحدث الأساليب الإلكترونية.\n- تقديم المعلومات والإجابات بما يتناسب مع تساؤلات الأعضاء واستفساراتهم من خلال عدة قنوات.\n- قياس رضا الأعضاء وسيلةً لرفع جودة الخدمة والتحسين المستمر لإجراءات تقديمها وأداء مقدمها.\n- زيادة ثقة الأعضاء وانتمائهم للجمعية بتبني أفضل المعايير والممارسات في خدمتهم.\n\nويتحقق ذلك عن طريق نشر ثقافة تقييم الخدمة بين الأعضاء وتشجيعهم عليها، فتقييم جودة الخدمة حق من حقوق العضو، وهو أداة للتقويم والتطوير لا للعقاب والتشهير؛ وعن طريق ابتكار مفاهيم وتقنيات إدارية ترتقي بالخدمات وتزيل معوقات جودتها، بالتطوير والتحسين المستمر وتلمّس آراء المستفيدين.','General objective: provide distinguished service to General Assembly members — with mastery, speed and high quality — to complete their transactions and follow up their requirements and suggestions; keep developing and improving in cooperation with all parties; and reach members by the easiest means.\n\nDetailed objectives:\n- Assess members\' needs by simplifying procedures, so that members obtain every service they need without trouble or hardship.\n- Provide integrated services using the latest electronic means.\n- Give information and answers that fit members\' questions and inquiries, through several channels.\n- Measure member satisfaction as a means of raising service quality and continuously improving how the service is provided and how its provider performs.\n- Increase members\' trust in, and sense of belonging to, the association by adopting the best standards and practices in serving them.\n\nThis is achieved by spreading a culture of service evaluation among members and encouraging it — evaluating the quality of service is a member\'s right, a tool for assessment and development, not for punishment or public shaming — and by inventing administrative concepts and techniques that raise the level of services and remove the obstacles to their quality, through continuous development and improvement and by seeking out the beneficiaries\' opinions.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(4,'GUIDE_CHANNELS','POLICY_GUIDE',2,'قنوات التواصل مع الجمعية','How to reach the association','تتواصل الجمعية مع أعضائها عبر القنوات التالية، فاختر أيسرها لك:\n- المقابلة الشخصية في مقر الجمعية.\n- الاتصالات الهاتفية.\n- وسائل التواصل الاجتماعي.\n- الخطابات.\n- خدمات طلب المساعدة.\n- خدمة التطوع.\n- الموقع الإلكتروني للجمعية.\n\nأرقام الهاتف وحسابات الجمعية معروضة في مقرها وعلى موقعها الإلكتروني، وهذا الجهاز في المقر إحدى هذه الوسائل: تستطيع منه طرح سؤال، وتقديم طلب، ومتابعة طلبك، وتقييم الخدمة، والتسجيل متطوعًا.','The association keeps in touch with its members through these channels; choose the easiest for you:\n- An in-person meeting at the association\'s office.\n- Phone calls.\n- Social media.\n- Letters.\n- Help-request services.\n- The volunteering service.\n- The association\'s website.\n\nThe association\'s phone numbers and accounts are displayed at its office and on its website. This kiosk at the office is one of these means: here you can ask a question, file a request, follow up your request, rate the service and sign up as a volunteer.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(5,'GUIDE_STEPS','POLICY_GUIDE',3,'كيف نتعامل مع طلبك: خمس خطوات','How we deal with your request: five steps','يتم التعامل مع الأعضاء على مختلف المستويات لإنهاء معاملاتهم على النحو التالي:\n- أولًا: نستقبلك بلباقة واحترام، ونجيب عن جميع استفساراتك، ونعطيك الوقت الكافي.\n- ثانيًا: نتأكد من أنك قدّمت كافة المعلومات المطلوبة، ويطابق الموظف البيانات ويتأكد من صحتها وقت التقديم.\n- ثالثًا: إذا لم تتضح لك الإجراءات، يحيلك الموظف إلى الجهة الأعلى للإجابة عن تساؤلاتك وإيضاح الجوانب التنظيمية.\n- رابعًا: نوضح لك أن طلبك سيُرفع إلى لجنة البحث لدراسته والرد عليك بقبوله أو رفضه خلال مدة لا تقل عن أسبوعين.\n- خامسًا: نستكمل إجراءات التسجيل عند اكتمال المتطلبات.','Members are dealt with, at every level, to complete their transactions as follows:\n- First: we receive you courteously and respectfully, answer all your inquiries and give you enough time.\n- Second: we make sure you have provided all the required information; the employee matches the data and confirms it is valid at the time of submission.\n- Third: if the procedures are unclear to you, the employee refers you to the higher authority to answer your questions and explain the organisational aspects.\n- Fourth: we explain that your request will be raised to the research committee, which studies it and replies with its acceptance or rejection within a period of not less than two weeks.\n- Fifth: we complete the registration procedures once the requirements are complete.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(6,'GUIDE_COMMITTEE','POLICY_GUIDE',4,'لجنة البحث ومدة دراسة الطلب','The research committee and how long it takes','ترفع الجمعية طلب العضوية وطلبات الدعم إلى لجنة البحث بعد التحقق من اكتمالها، فتدرس اللجنة الطلب وترد بقبوله أو رفضه خلال مدة لا تقل عن أسبوعين.\n\nتُحسب المدة بأيام العمل من الأحد إلى الخميس، ولا تُحسب فيها العطلات الرسمية ومنها عيدا الفطر والأضحى، وإذا احتاجت اللجنة منك مستندًا أو معلومة توقفت المدة حتى تستكملها.\n\nيبيّن لك إيصال الطلب التاريخ المتوقع للقرار بالتقويمين الهجري والميلادي، ونبلغك بالقرار برسالة، وإذا رُفض الطلب ذكرنا لك الأسباب.','Once a membership application or a support request is verified as complete, the association raises it to the research committee, which studies it and replies with its acceptance or rejection within a period of not less than two weeks.\n\nThe period is counted in working days, Sunday to Thursday; official holidays, among them Eid al-Fitr and Eid al-Adha, do not count, and if the committee needs a document or a piece of information from you, the clock stops until you provide it.\n\nYour receipt shows the expected decision date in the Hijri and Gregorian calendars. We tell you the decision in a message, and if the request is declined we tell you the reasons.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(7,'GUIDE_RATING','POLICY_GUIDE',5,'تقييم الخدمة حق لك','Rating the service is your right','تقييم جودة الخدمة حق من حقوق العضو، وتعتمد عليه الجمعية لقياس رضا الأعضاء ورفع جودة الخدمة وتحسين إجراءاتها باستمرار.\n\nالتقييم أداة للتقويم والتطوير لا للعقاب والتشهير: لا نحفظ مع تقييمك اسمك ولا اسم الموظف الذي خدمك، ولا تُعرض النتائج إلا مجمّعة.\n\nإذا أردت ردًّا على ملاحظتك فاترك اسمك ورقم جوالك، ونحفظهما منفصلين عن التقييم نفسه. والاقتراحات التي نأخذ بها ننشرها على شاشة الترحيب تحت عنوان «قلتم، وفعلنا».','Rating the quality of service is a member\'s right; the association relies on it to measure member satisfaction, raise the quality of service and keep improving its procedures.\n\nA rating is a tool for assessment and development, not for punishment or public shaming: we store neither your name nor the name of the employee who served you with it, and results are only ever shown in aggregate.\n\nIf you would like a reply to your comment, leave your name and mobile number; we keep them apart from the rating itself. The suggestions we adopt are shown on the welcome screen under \"You said, we did\".','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(8,'GUIDE_TOOLS','POLICY_GUIDE',6,'أدوات موظف علاقات المساهمين','The shareholder-relations employee\'s tools','الأدوات المتاحة لموظف علاقات المساهمين للتواصل مع الأعضاء:\n- اللائحة الأساسية للجمعية.\n- دليل سياسة الدعم للأعضاء.\n- نموذج طلب خدمة عضو.\n\nعند عدم وضوح الإجراءات للعضو يحيله الموظف إلى الجهة الأعلى: المشرف، ثم المدير التنفيذي، ثم مجلس الإدارة، ولكل مستوى مدة للرد، وإذا انقضت دون رد ارتفعت الإحالة تلقائيًا إلى المستوى التالي.','The tools available to the shareholder-relations employee for communicating with members:\n- The association\'s basic bylaws.\n- The member-support policy guide.\n- The member service request form.\n\nWhen the procedures are unclear to a member, the employee refers them to the higher authority: the supervisor, then the executive director, then the Board of Directors. Each level has a time to answer; when it passes unanswered, the referral climbs to the next level by itself.','STAFF',1,'system','2026-11-25 11:55:09.553629',0),
(9,'FAQ_APPLY','FAQ',1,'كيف أتقدم بطلب عضوية في الجمعية؟','How do I apply for membership?','تستطيع التقديم من هذا الجهاز باختيار «طلب عضوية»، أو لدى موظف علاقات المساهمين في مقر الجمعية.\n\nيتحقق الموظف من اكتمال بياناتك ومستنداتك ويطابقها وقت التقديم، ثم يُرفع الطلب إلى لجنة البحث، وتستلم إيصالًا برقم مرجعي تتابع به طلبك.','You can apply from this kiosk by choosing \"Membership application\", or with the shareholder-relations employee at the association\'s office.\n\nThe employee checks that your information and documents are complete and matches them at the time of submission; the request then goes to the research committee, and you receive a receipt with a reference number to follow it up.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(10,'FAQ_DOCUMENTS','FAQ',2,'ما المستندات والمعلومات التي أحضرها لطلب العضوية؟','What should I bring for a membership application?','أحضر معك ما يلي:\n- صورة الهوية الوطنية أو الإقامة سارية المفعول.\n- اسمك الكامل كما في الهوية بالعربية والإنجليزية.\n- رقم جوالك ومدينة إقامتك.\n- عدد الأسهم التي تطلبها، وإيصال سداد قيمتها.\n- إقرارًا موقّعًا بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها.\n\nويمكنك أيضًا إضافة بريدك الإلكتروني ووثيقة العنوان الوطني. اكتمال هذه المتطلبات من البداية يختصر الوقت، فالموظف يطابقها ويتأكد من صحتها وقت التقديم.','Please bring:\n- A copy of your valid national ID or iqama.\n- Your full name as in the ID, in Arabic and in Latin letters.\n- Your mobile number and city of residence.\n- The number of shares you are requesting, and the receipt of payment for them.\n- A signed acknowledgement that you have read the association\'s bylaws and will abide by them.\n\nYou may also add your e-mail address and your national address certificate. Having everything ready from the start saves time: the employee matches the documents and confirms they are valid at the time of submission.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(11,'FAQ_DURATION','FAQ',3,'كم تستغرق لجنة البحث لدراسة طلبي؟','How long does the research committee take?','تدرس لجنة البحث الطلب وترد بقبوله أو رفضه خلال مدة لا تقل عن أسبوعين، تُحسب بأيام العمل دون العطلات الرسمية.\n\nيبيّن لك إيصال الطلب التاريخ المتوقع للقرار بالتقويمين الهجري والميلادي، ونبلغك بالقرار برسالة.','The research committee studies the request and replies with its acceptance or rejection within a period of not less than two weeks, counted in working days without official holidays.\n\nYour receipt shows the expected decision date in the Hijri and Gregorian calendars, and we tell you the decision in a message.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(12,'FAQ_FOLLOW_UP','FAQ',4,'كيف أتابع طلبي بعد تقديمه؟','How do I follow up my request?','اختر «متابعة طلب» في هذا الجهاز، وأدخل الرقم المرجعي المكتوب على الإيصال ورقم الجوال الذي سجلته مع الطلب، فتظهر لك مرحلة الطلب والتاريخ المتوقع وما ينقصه إن وُجد.\n\nويمكنك أيضًا السؤال عنه لدى موظف علاقات المساهمين في المقر أو عبر الهاتف.','Choose \"Track a request\" on this kiosk and enter the reference on your receipt and the mobile number you gave with the request: you will see the request\'s stage, the expected date and anything still missing.\n\nYou can also ask about it with the shareholder-relations employee at the office or by phone.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(13,'FAQ_MISSING','FAQ',5,'ماذا يحدث إذا كان طلبي ناقصًا؟','What happens if something is missing from my request?','يتأكد الموظف وقت التقديم من أنك قدّمت كافة المعلومات المطلوبة، وإذا نقص مستند أو معلومة أخبرك بما ينقص وسببه، وأُعيد الطلب إليك لاستكماله.\n\nيظهر لك ما ينقص طلبك عند متابعته من هذا الجهاز، وعند استكماله يواصل الطلب طريقه من حيث توقف.','At the time of submission the employee makes sure you have provided all the required information. If a document or a piece of information is missing, they tell you what and why, and the request is returned to you to complete.\n\nWhat is missing shows when you follow the request up on this kiosk; once you complete it, the request carries on from where it stopped.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(14,'FAQ_UNCLEAR','FAQ',6,'الإجراءات غير واضحة لي، فمن أسأل؟','The procedures are unclear to me. Whom do I ask?','اسأل موظف علاقات المساهمين أولًا، فمن واجبه الإجابة عن جميع استفساراتك.\n\nوإذا بقيت الإجراءات غير واضحة لك، فعلى الموظف إحالتك إلى الجهة الأعلى للإجابة عن تساؤلاتك وإيضاح الجوانب التنظيمية، ويظهر لك عند متابعة طلبك المستوى الذي يتولاه.','Ask the shareholder-relations employee first: answering all your inquiries is their duty.\n\nIf the procedures are still unclear to you, the employee must refer you to the higher authority to answer your questions and explain the organisational aspects; when you follow your request up, you see which level is handling it.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(15,'FAQ_CHANNELS','FAQ',7,'كيف أتواصل مع الجمعية؟','How can I contact the association?','عبر المقابلة الشخصية في المقر، والاتصالات الهاتفية، ووسائل التواصل الاجتماعي، والخطابات، وخدمات طلب المساعدة، وخدمة التطوع، والموقع الإلكتروني للجمعية.\n\nأرقام الهاتف وحسابات الجمعية معروضة في مقرها وعلى موقعها الإلكتروني، ويمكنك أيضًا طرح سؤالك من هذا الجهاز وسنرد عليك.','In person at the office, by phone, on social media, by letter, through the help-request services, through the volunteering service, and on the association\'s website.\n\nThe phone numbers and accounts are displayed at the office and on the website. You can also ask your question on this kiosk and we will answer you.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(16,'FAQ_ASK','FAQ',8,'كيف أطرح سؤالًا أو استفسارًا؟','How do I ask a question?','اختر «اطرح سؤالاً» في هذا الجهاز، واكتب اسمك ورقم جوالك وسؤالك، فتحصل على رقم مرجعي ويتواصل معك موظف علاقات المساهمين للإجابة.\n\nويمكنك كذلك السؤال مباشرة لدى الموظف في المقر أو عبر الهاتف.','Choose \"Ask a question\" on this kiosk and type your name, your mobile number and your question: you get a reference number, and a shareholder-relations employee contacts you with the answer.\n\nYou can also ask the employee directly at the office or by phone.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(17,'FAQ_RATE','FAQ',9,'كيف أقيّم الخدمة التي تلقيتها؟','How do I rate the service I received?','اختر «قيّم الخدمة» في هذا الجهاز، ثم اختر الوجه الذي يعبّر عن رضاك من واحد إلى خمسة، واكتب ملاحظة أو اقتراحًا إن شئت.\n\nتقييمك مجهول الهوية: لا نحفظ معه اسمك ولا اسم الموظف، وهو أداة للتطوير لا للعقاب. وإذا أردت ردًّا فاترك اسمك ورقم جوالك.','Choose \"Rate the service\" on this kiosk, pick the face that shows how satisfied you are, from one to five, and add a comment or a suggestion if you like.\n\nYour rating is anonymous: we store neither your name nor the employee\'s with it, and it is a tool for improvement, not for punishment. If you would like a reply, leave your name and mobile number.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(18,'FAQ_SUGGESTION','FAQ',10,'ماذا يحدث لاقتراحي؟','What happens to my suggestion?','تصل اقتراحاتك إلى الجمعية فتدرسها، ثم تأخذ بها أو تعتذر عنها مع بيان السبب.\n\nما نأخذ به من اقتراحات ننشره على شاشة الترحيب في هذا الجهاز تحت عنوان «قلتم، وفعلنا»، فالتحسين المستمر يقوم على تلمّس آراء المستفيدين.','Your suggestions reach the association, which studies them and then adopts them or explains why not.\n\nThe suggestions we adopt are shown on this kiosk\'s welcome screen under \"You said, we did\": continuous improvement rests on seeking out the opinions of the people we serve.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(19,'FAQ_VOLUNTEER','FAQ',11,'كيف أتطوع مع الجمعية؟','How can I volunteer with the association?','خدمة التطوع إحدى قنوات التواصل مع الجمعية. اختر «سجّل متطوعًا» في هذا الجهاز، واكتب اسمك ورقم جوالك، واختر مهاراتك واهتماماتك والأيام والأوقات التي تناسبك.\n\nيراجع موظفو الجمعية طلبك ويتواصلون معك عند قبوله.','The volunteering service is one of the association\'s channels. Choose \"Volunteer\" on this kiosk, type your name and mobile number, and choose your skills, your interests and the days and times that suit you.\n\nThe association\'s staff review your sign-up and contact you once it is approved.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0),
(20,'FAQ_REGISTRATION','FAQ',12,'متى يكتمل تسجيلي عضوًا؟','When is my registration as a member complete?','بعد أن تقبل لجنة البحث طلبك، تُستكمل إجراءات التسجيل عند اكتمال المتطلبات، فتصبح عضوًا ويصدر لك رقم عضوية.\n\nنبلغك بذلك برسالة، ويمكنك متابعة المرحلة التي وصل إليها طلبك من هذا الجهاز.','Once the research committee accepts your application, the registration procedures are completed as soon as the requirements are complete: you become a member and receive a membership number.\n\nWe tell you in a message, and you can follow your request\'s stage on this kiosk.','PUBLIC',1,'system','2026-11-25 11:55:09.553629',0);
/*!40000 ALTER TABLE `article` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `audit_entry`
--

DROP TABLE IF EXISTS `audit_entry`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `audit_entry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `occurred_at` datetime(6) NOT NULL,
  `actor` varchar(60) NOT NULL,
  `subject_type` varchar(20) NOT NULL,
  `subject` varchar(80) NOT NULL,
  `action` varchar(40) NOT NULL,
  `state_before` varchar(40) DEFAULT NULL,
  `state_after` varchar(40) DEFAULT NULL,
  `detail` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_audit_entry_subject` (`subject`,`occurred_at`),
  KEY `ix_audit_entry_actor` (`actor`,`occurred_at`),
  KEY `ix_audit_entry_time` (`occurred_at`)
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `audit_entry`
--

LOCK TABLES `audit_entry` WRITE;
/*!40000 ALTER TABLE `audit_entry` DISABLE KEYS */;
INSERT INTO `audit_entry` VALUES
(1,'2026-10-04 07:00:00.000000','kiosk','REQUEST','2026-000001','submit',NULL,'SUBMITTED','channel KIOSK'),
(2,'2026-10-04 07:20:00.000000','noura','REQUEST','2026-000001','startIntake','SUBMITTED','IN_INTAKE',NULL),
(3,'2026-10-04 07:21:00.000000','noura','REQUEST','2026-000001','verifyItem','PENDING','VERIFIED','NATIONAL_ID MATCHED_REGISTRY'),
(4,'2026-10-07 08:00:00.000000','noura','REQUEST','2026-000001','handToCommittee','VERIFIED','WITH_COMMITTEE',NULL),
(5,'2026-10-22 09:00:00.000000','lajna','REQUEST','2026-000001','accept','WITH_COMMITTEE','ACCEPTED',NULL),
(6,'2026-10-26 09:30:00.000000','noura','MEMBER','NJT-2026-0001','completeRegistration','APPLICANT','ACTIVE','2026-000001'),
(7,'2026-11-02 10:30:00.000000','fahad','REQUEST','2026-000005','resolve','BEING_SERVED','RESOLVED',NULL),
(8,'2026-11-17 08:00:00.000000','fahad','REQUEST','2026-000008','returnToMember','IN_INTAKE','RETURNED','IBAN'),
(9,'2026-11-17 10:31:00.000000','system','ESCALATION','2026-000010/OFFICER','climb','OPEN','CLIMBED','SUPERVISOR'),
(10,'2026-11-12 08:00:00.000000','lajna','REQUEST','2026-000011','reject','WITH_COMMITTEE','REJECTED','لم يستوف شرط الحد الأدنى من الأسهم'),
(11,'2026-11-16 07:00:00.000000','lajna','AGENDA','2026-000009','pause',NULL,'PAUSED','بانتظار عرض سعر من العضو'),
(12,'2026-11-24 05:00:00.000000','kiosk','TICKET','A-001','take',NULL,'WAITING',NULL),
(13,'2026-11-24 05:10:00.000000','noura','TICKET','A-001','call','WAITING','CALLED','desk 1'),
(14,'2026-11-24 05:20:00.000000','noura','TICKET','A-001','served','CALLED','SERVED',NULL),
(15,'2026-11-20 07:00:00.000000','admin','SETTINGS','review','change','floor 10, ceiling 14, remind 3','floor 10, ceiling 14, remind 3','confirmed');
/*!40000 ALTER TABLE `audit_entry` ENABLE KEYS */;
UNLOCK TABLES;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb4 */ ;
/*!50003 SET character_set_results = utf8mb4 */ ;
/*!50003 SET collation_connection  = utf8mb4_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'IGNORE_SPACE,STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 */ /*!50003 TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: no UPDATE' */;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb4 */ ;
/*!50003 SET character_set_results = utf8mb4 */ ;
/*!50003 SET collation_connection  = utf8mb4_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'IGNORE_SPACE,STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 */ /*!50003 TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: no DELETE' */;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Table structure for table `escalation`
--

DROP TABLE IF EXISTS `escalation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `escalation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `request_id` bigint(20) NOT NULL,
  `request_reference` varchar(20) NOT NULL,
  `level_code` varchar(20) NOT NULL,
  `previous_id` bigint(20) DEFAULT NULL,
  `reason` varchar(2000) NOT NULL,
  `raised_by` varchar(60) NOT NULL,
  `raised_at` datetime(6) NOT NULL,
  `due_at` datetime(6) NOT NULL,
  `state` varchar(20) NOT NULL,
  `answer` varchar(2000) DEFAULT NULL,
  `answered_by` varchar(60) DEFAULT NULL,
  `answered_at` datetime(6) DEFAULT NULL,
  `climbed_at` datetime(6) DEFAULT NULL,
  `flagged_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_escalation_previous` (`previous_id`),
  KEY `ix_escalation_due` (`state`,`due_at`),
  KEY `ix_escalation_request` (`request_id`,`state`),
  KEY `ix_escalation_level` (`level_code`,`state`),
  KEY `ix_escalation_flag` (`state`,`flagged_at`,`due_at`),
  CONSTRAINT `fk_escalation_level` FOREIGN KEY (`level_code`) REFERENCES `escalation_level` (`code`),
  CONSTRAINT `fk_escalation_previous` FOREIGN KEY (`previous_id`) REFERENCES `escalation` (`id`),
  CONSTRAINT `fk_escalation_request` FOREIGN KEY (`request_id`) REFERENCES `service_request` (`id`),
  CONSTRAINT `ck_escalation_state` CHECK (`state` in ('OPEN','ANSWERED','CLIMBED')),
  CONSTRAINT `ck_escalation_answer` CHECK (`state` <> 'ANSWERED' or `answer` is not null and `answered_by` is not null)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `escalation`
--

LOCK TABLES `escalation` WRITE;
/*!40000 ALTER TABLE `escalation` DISABLE KEYS */;
INSERT INTO `escalation` VALUES
(1,5,'2026-000005','OFFICER',NULL,'الاستفسار عن موعد الجمعية يحتاج تأكيدًا من الإدارة','fahad','2026-11-02 09:30:00.000000','2026-11-04 09:30:00.000000','ANSWERED','الموعد المعتمد في الأسبوع الثاني من ديسمبر','noura','2026-11-02 10:20:00.000000',NULL,NULL,1),
(2,10,'2026-000010','OFFICER',NULL,'شكوى تأخر تحتاج قرارًا من المشرف','fahad','2026-11-15 10:30:00.000000','2026-11-17 10:30:00.000000','CLIMBED',NULL,NULL,NULL,'2026-11-17 10:31:00.000000',NULL,1),
(3,10,'2026-000010','SUPERVISOR',2,'شكوى تأخر تحتاج قرارًا من المشرف','system','2026-11-17 10:31:00.000000','2026-11-20 10:31:00.000000','OPEN',NULL,NULL,NULL,NULL,NULL,0);
/*!40000 ALTER TABLE `escalation` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `escalation_level`
--

DROP TABLE IF EXISTS `escalation_level`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `escalation_level` (
  `code` varchar(20) NOT NULL,
  `position` int(11) NOT NULL,
  `response_minutes` bigint(20) NOT NULL,
  `answering_role` varchar(20) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`code`),
  UNIQUE KEY `uq_escalation_level_position` (`position`),
  CONSTRAINT `ck_escalation_level_time` CHECK (`response_minutes` > 0),
  CONSTRAINT `ck_escalation_level_role` CHECK (`answering_role` in ('STAFF','SUPERVISOR','DIRECTOR','COMMITTEE','ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `escalation_level`
--

LOCK TABLES `escalation_level` WRITE;
/*!40000 ALTER TABLE `escalation_level` DISABLE KEYS */;
INSERT INTO `escalation_level` VALUES
('BOARD',4,14400,'DIRECTOR',0),
('DIRECTOR',3,7200,'DIRECTOR',0),
('OFFICER',1,2880,'STAFF',0),
('SUPERVISOR',2,4320,'SUPERVISOR',0);
/*!40000 ALTER TABLE `escalation_level` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `flyway_schema_history`
--

DROP TABLE IF EXISTS `flyway_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `flyway_schema_history` (
  `installed_rank` int(11) NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int(11) DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `execution_time` int(11) NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`),
  KEY `flyway_schema_history_s_idx` (`success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `flyway_schema_history`
--

LOCK TABLES `flyway_schema_history` WRITE;
/*!40000 ALTER TABLE `flyway_schema_history` DISABLE KEYS */;
INSERT INTO `flyway_schema_history` VALUES
(1,'1','walking skeleton','SQL','V1__walking_skeleton.sql',320441988,'khidma','2026-11-25 11:55:07',133,1),
(2,'2','workflow','SQL','V2__workflow.sql',722564134,'khidma','2026-11-25 11:55:08',635,1),
(3,'3','scheduler lease','SQL','V3__scheduler_lease.sql',657110160,'khidma','2026-11-25 11:55:08',250,1),
(4,'4','reception','SQL','V4__reception.sql',-1665423012,'khidma','2026-11-25 11:55:09',82,1),
(5,'5','knowledge satisfaction volunteering','SQL','V5__knowledge_satisfaction_volunteering.sql',884677341,'khidma','2026-11-25 11:55:09',444,1),
(6,'7','api idempotency','SQL','V7__api_idempotency.sql',761105912,'khidma','2026-11-25 11:55:09',65,1);
/*!40000 ALTER TABLE `flyway_schema_history` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `holiday`
--

DROP TABLE IF EXISTS `holiday`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `holiday` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `holiday_date` date NOT NULL,
  `name_ar` varchar(120) NOT NULL,
  `name_en` varchar(120) NOT NULL,
  `source` varchar(20) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_holiday_date` (`holiday_date`),
  CONSTRAINT `ck_holiday_source` CHECK (`source` in ('OFFICIAL','ADMIN'))
) ENGINE=InnoDB AUTO_INCREMENT=69 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `holiday`
--

LOCK TABLES `holiday` WRITE;
/*!40000 ALTER TABLE `holiday` DISABLE KEYS */;
INSERT INTO `holiday` VALUES
(1,'2025-02-22','يوم التأسيس','Founding Day','OFFICIAL',0),
(2,'2025-03-29','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(3,'2025-03-30','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(4,'2025-03-31','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(5,'2025-04-01','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(6,'2025-06-05','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(7,'2025-06-06','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(8,'2025-06-07','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(9,'2025-06-08','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(10,'2025-06-09','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(11,'2025-09-23','اليوم الوطني','National Day','OFFICIAL',0),
(12,'2026-02-22','يوم التأسيس','Founding Day','OFFICIAL',0),
(13,'2026-03-18','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(14,'2026-03-19','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(15,'2026-03-20','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(16,'2026-03-21','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(17,'2026-03-22','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(18,'2026-05-26','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(19,'2026-05-27','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(20,'2026-05-28','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(21,'2026-05-29','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(22,'2026-05-30','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(23,'2026-09-23','اليوم الوطني','National Day','OFFICIAL',0),
(24,'2027-02-22','يوم التأسيس','Founding Day','OFFICIAL',0),
(25,'2027-03-08','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(26,'2027-03-09','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(27,'2027-03-10','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(28,'2027-03-11','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(29,'2027-05-15','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(30,'2027-05-16','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(31,'2027-05-17','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(32,'2027-05-18','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(33,'2027-05-19','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(34,'2027-09-23','اليوم الوطني','National Day','OFFICIAL',0),
(35,'2028-02-22','يوم التأسيس','Founding Day','OFFICIAL',0),
(36,'2028-02-25','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(37,'2028-02-26','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(38,'2028-02-27','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(39,'2028-02-28','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(40,'2028-05-04','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(41,'2028-05-05','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(42,'2028-05-06','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(43,'2028-05-07','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(44,'2028-05-08','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(45,'2028-09-23','اليوم الوطني','National Day','OFFICIAL',0),
(46,'2029-02-13','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(47,'2029-02-14','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(48,'2029-02-15','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(49,'2029-02-16','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(50,'2029-02-22','يوم التأسيس','Founding Day','OFFICIAL',0),
(51,'2029-04-23','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(52,'2029-04-24','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(53,'2029-04-25','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(54,'2029-04-26','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(55,'2029-04-27','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(56,'2029-09-23','اليوم الوطني','National Day','OFFICIAL',0),
(57,'2030-02-02','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(58,'2030-02-03','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(59,'2030-02-04','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(60,'2030-02-05','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(61,'2030-02-06','إجازة عيد الفطر','Eid al-Fitr holiday','OFFICIAL',0),
(62,'2030-02-22','يوم التأسيس','Founding Day','OFFICIAL',0),
(63,'2030-04-12','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(64,'2030-04-13','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(65,'2030-04-14','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(66,'2030-04-15','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(67,'2030-04-16','إجازة عيد الأضحى','Eid al-Adha holiday','OFFICIAL',0),
(68,'2030-09-23','اليوم الوطني','National Day','OFFICIAL',0);
/*!40000 ALTER TABLE `holiday` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `member`
--

DROP TABLE IF EXISTS `member`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `member` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `national_id` varchar(10) NOT NULL,
  `name_ar` varchar(120) NOT NULL,
  `name_latin` varchar(120) NOT NULL,
  `mobile` varchar(13) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `city` varchar(60) NOT NULL,
  `shares` int(11) NOT NULL,
  `status` varchar(20) NOT NULL,
  `membership_number` varchar(20) DEFAULT NULL,
  `applied_at` datetime(6) NOT NULL,
  `activated_at` datetime(6) DEFAULT NULL,
  `status_reason` varchar(500) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_member_national_id` (`national_id`),
  UNIQUE KEY `uq_member_membership_number` (`membership_number`),
  KEY `ix_member_status` (`status`,`name_ar`),
  CONSTRAINT `ck_member_shares` CHECK (`shares` >= 1),
  CONSTRAINT `ck_member_status` CHECK (`status` in ('APPLICANT','ACTIVE','SUSPENDED','WITHDRAWN')),
  CONSTRAINT `ck_member_number` CHECK (`status` = 'APPLICANT' or `membership_number` is not null or `status` = 'WITHDRAWN' and `activated_at` is null)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `member`
--

LOCK TABLES `member` WRITE;
/*!40000 ALTER TABLE `member` DISABLE KEYS */;
INSERT INTO `member` VALUES
(1,'1012345672','سعيد بن علي القحطاني','Saeed Ali Alqahtani','+966501234567','saeed@example.com','نجران',10,'ACTIVE','NJT-2026-0001','2026-10-04 07:00:00.000000','2026-10-26 09:30:00.000000',NULL,1),
(2,'1023456781','هند بنت صالح آل مهري','Hind Saleh Al Mahri','+966551112233',NULL,'شرورة',25,'ACTIVE','NJT-2026-0002','2026-10-05 08:15:00.000000','2026-10-27 10:00:00.000000',NULL,1),
(3,'1034567899','مانع بن حمد الصيعري','Mane Hamad Alsaiari','+966533334444','mane@example.org','نجران',4,'WITHDRAWN','NJT-2026-0003','2026-10-06 06:40:00.000000','2026-10-28 11:20:00.000000','انسحاب بطلب العضو',3),
(4,'1045678909','ريم بنت ناصر اليامي','Reem Nasser Alyami','+966566667777',NULL,'حبونا',12,'ACTIVE','NJT-2026-0004','2026-10-12 07:05:00.000000','2026-11-09 08:45:00.000000',NULL,1);
/*!40000 ALTER TABLE `member` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `message`
--

DROP TABLE IF EXISTS `message`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `message` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `request_reference` varchar(20) NOT NULL,
  `recipient_mobile` varchar(13) DEFAULT NULL,
  `recipient_email` varchar(254) DEFAULT NULL,
  `channel` varchar(20) NOT NULL,
  `kind` varchar(30) NOT NULL,
  `subject_ar` varchar(200) NOT NULL,
  `body_ar` varchar(4000) NOT NULL,
  `subject_en` varchar(200) NOT NULL,
  `body_en` varchar(4000) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  `state` varchar(20) NOT NULL,
  `attempts` int(11) NOT NULL DEFAULT 0,
  `last_error` varchar(500) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_message_outbox` (`state`,`channel`,`created_at`),
  KEY `ix_message_request` (`request_reference`,`created_at`),
  CONSTRAINT `ck_message_channel` CHECK (`channel` in ('LETTER','EMAIL','SMS')),
  CONSTRAINT `ck_message_state` CHECK (`state` in ('PENDING','SENT','FAILED'))
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `message`
--

LOCK TABLES `message` WRITE;
/*!40000 ALTER TABLE `message` DISABLE KEYS */;
INSERT INTO `message` VALUES
(1,'2026-000001','+966501234567',NULL,'SMS','ACKNOWLEDGEMENT','استلام طلبكم','استلمنا طلبكم رقم 2026-000001','Request received','We received your request 2026-000001','2026-10-04 07:00:00.000000','2026-10-04 07:01:00.000000','SENT',1,NULL,1),
(2,'2026-000001',NULL,'saeed@example.com','EMAIL','DECISION','قرار لجنة البحث','قبلت اللجنة طلب عضويتكم','The committee decided','The committee accepted your application','2026-10-22 09:00:00.000000',NULL,'FAILED',5,'no mail session mail/khidma',5),
(3,'2026-000008',NULL,NULL,'LETTER','MISSING_ITEMS','نواقص طلبكم','ينقص طلبكم: رقم الحساب البنكي (الآيبان)','Missing items','Your request lacks: Bank account (IBAN)','2026-11-17 08:00:00.000000',NULL,'PENDING',0,NULL,0),
(4,'2026-000009','+966566667777',NULL,'SMS','UNDER_REVIEW','طلبكم لدى اللجنة','طلبكم لدى لجنة البحث، والقرار المتوقع قبل 1 ديسمبر','With the committee','Your request is with the research committee; decision expected by 1 December','2026-11-11 09:00:00.000000',NULL,'PENDING',2,'gateway timeout',2),
(5,'2026-000005','+966544445555',NULL,'SMS','ANSWER','الرد على استفساركم','في الأسبوع الثاني من ديسمبر','Answer to your inquiry','In the second week of December','2026-11-02 10:30:00.000000','2026-11-02 10:31:00.000000','SENT',1,NULL,1);
/*!40000 ALTER TABLE `message` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `queue_ticket`
--

DROP TABLE IF EXISTS `queue_ticket`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `queue_ticket` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `service` varchar(20) NOT NULL,
  `service_day` date NOT NULL,
  `number` int(11) NOT NULL,
  `channel` varchar(20) NOT NULL,
  `status` varchar(10) NOT NULL,
  `desk` varchar(40) DEFAULT NULL,
  `called_by` varchar(60) DEFAULT NULL,
  `taken_at` datetime(6) NOT NULL,
  `called_at` datetime(6) DEFAULT NULL,
  `closed_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_queue_ticket_number` (`service`,`service_day`,`number`),
  KEY `ix_queue_ticket_day_status` (`service_day`,`service`,`status`),
  KEY `ix_queue_ticket_closed` (`service`,`status`,`closed_at`),
  CONSTRAINT `ck_queue_ticket_service` CHECK (`service` in ('MEMBER_SERVICES','MEMBERSHIP','INQUIRIES')),
  CONSTRAINT `ck_queue_ticket_status` CHECK (`status` in ('WAITING','CALLED','SERVED','NO_SHOW'))
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `queue_ticket`
--

LOCK TABLES `queue_ticket` WRITE;
/*!40000 ALTER TABLE `queue_ticket` DISABLE KEYS */;
INSERT INTO `queue_ticket` VALUES
(1,'MEMBER_SERVICES','2026-11-24',1,'KIOSK','SERVED','desk 1','noura','2026-11-24 05:00:00.000000','2026-11-24 05:10:00.000000','2026-11-24 05:20:00.000000',2),
(2,'MEMBER_SERVICES','2026-11-24',2,'KIOSK','NO_SHOW','desk 1','noura','2026-11-24 05:05:00.000000','2026-11-24 05:21:00.000000','2026-11-24 05:26:00.000000',2),
(3,'MEMBER_SERVICES','2026-11-24',3,'KIOSK','WAITING',NULL,NULL,'2026-11-24 05:30:00.000000',NULL,NULL,0),
(4,'MEMBERSHIP','2026-11-24',1,'KIOSK','SERVED','desk 2','fahad','2026-11-24 06:00:00.000000','2026-11-24 06:02:00.000000','2026-11-24 06:30:00.000000',2),
(5,'MEMBERSHIP','2026-11-24',2,'KIOSK','CALLED','desk 2','fahad','2026-11-24 06:10:00.000000','2026-11-24 06:31:00.000000',NULL,1),
(6,'INQUIRIES','2026-11-25',1,'KIOSK','WAITING',NULL,NULL,'2026-11-25 05:00:00.000000',NULL,NULL,0);
/*!40000 ALTER TABLE `queue_ticket` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `rating`
--

DROP TABLE IF EXISTS `rating`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `rating` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `service` varchar(30) NOT NULL,
  `channel` varchar(20) NOT NULL,
  `score` tinyint(4) NOT NULL,
  `comment` varchar(1000) DEFAULT NULL,
  `rated_on` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_rating_day` (`rated_on`,`service`,`channel`),
  CONSTRAINT `ck_rating_score` CHECK (`score` between 1 and 5)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `rating`
--

LOCK TABLES `rating` WRITE;
/*!40000 ALTER TABLE `rating` DISABLE KEYS */;
INSERT INTO `rating` VALUES
(1,'RECEPTION','KIOSK',5,'استقبال راقٍ','2026-11-24'),
(2,'RECEPTION','KIOSK',4,NULL,'2026-11-24'),
(3,'SUPPORT','KIOSK',2,'الانتظار طويل','2026-11-23');
/*!40000 ALTER TABLE `rating` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `reply_request`
--

DROP TABLE IF EXISTS `reply_request`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `reply_request` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(120) NOT NULL,
  `mobile` varchar(13) NOT NULL,
  `message` varchar(1000) NOT NULL,
  `suggestion_id` bigint(20) DEFAULT NULL,
  `requested_at` datetime(6) NOT NULL,
  `replied_by` varchar(60) DEFAULT NULL,
  `replied_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `fk_reply_request_suggestion` (`suggestion_id`),
  KEY `ix_reply_request_open` (`replied_at`,`requested_at`),
  CONSTRAINT `fk_reply_request_suggestion` FOREIGN KEY (`suggestion_id`) REFERENCES `suggestion` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `reply_request`
--

LOCK TABLES `reply_request` WRITE;
/*!40000 ALTER TABLE `reply_request` DISABLE KEYS */;
INSERT INTO `reply_request` VALUES
(1,'ناصر آل سدران','+966599990000','أرجو التواصل معي بخصوص المقاعد',1,'2026-11-01 08:00:00.000000','noura','2026-11-03 09:00:00.000000',1);
/*!40000 ALTER TABLE `reply_request` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `request_item`
--

DROP TABLE IF EXISTS `request_item`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `request_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `request_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `item_code` varchar(40) NOT NULL,
  `label_ar` varchar(200) NOT NULL,
  `label_en` varchar(200) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `mandatory` tinyint(1) NOT NULL,
  `state` varchar(20) NOT NULL,
  `note` varchar(500) DEFAULT NULL,
  `method` varchar(20) DEFAULT NULL,
  `verified_by` varchar(60) DEFAULT NULL,
  `verified_at` datetime(6) DEFAULT NULL,
  `missing_reason` varchar(500) DEFAULT NULL,
  `changed_by` varchar(60) DEFAULT NULL,
  `changed_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_request_item_code` (`request_id`,`item_code`),
  KEY `ix_request_item_position` (`request_id`,`position`),
  CONSTRAINT `fk_request_item_request` FOREIGN KEY (`request_id`) REFERENCES `service_request` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ck_request_item_state` CHECK (`state` in ('PENDING','PROVIDED','VERIFIED','MISSING')),
  CONSTRAINT `ck_request_item_verified` CHECK (`state` <> 'VERIFIED' or `method` is not null and `verified_by` is not null and `verified_at` is not null),
  CONSTRAINT `ck_request_item_method` CHECK (`method` is null or `method` in ('ORIGINAL_SEEN','MATCHED_REGISTRY','COPY_RECEIVED'))
) ENGINE=InnoDB AUTO_INCREMENT=64 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `request_item`
--

LOCK TABLES `request_item` WRITE;
/*!40000 ALTER TABLE `request_item` DISABLE KEYS */;
INSERT INTO `request_item` VALUES
(1,1,0,'NATIONAL_ID_COPY','صورة الهوية الوطنية أو الإقامة سارية المفعول','Copy of a valid national ID or iqama','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-04 07:20:00.000000',NULL,'noura','2026-10-04 07:20:00.000000'),
(2,1,1,'FULL_NAME','الاسم الكامل كما في الهوية (بالعربية والإنجليزية)','Full name as in the ID (in Arabic and Latin letters)','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-04 07:21:00.000000',NULL,'noura','2026-10-04 07:21:00.000000'),
(3,1,2,'MOBILE','رقم الجوال','Mobile number','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-04 07:22:00.000000',NULL,'noura','2026-10-04 07:22:00.000000'),
(4,1,3,'CITY','مدينة الإقامة','City of residence','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-04 07:23:00.000000',NULL,'noura','2026-10-04 07:23:00.000000'),
(5,1,4,'SHARES','عدد الأسهم المطلوبة','Number of shares requested','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-04 07:24:00.000000',NULL,'noura','2026-10-04 07:24:00.000000'),
(6,1,5,'SHARES_PAYMENT','إيصال سداد قيمة الأسهم','Receipt of payment for the shares','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-04 07:25:00.000000',NULL,'noura','2026-10-04 07:25:00.000000'),
(7,1,6,'BYLAWS_ACK','إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها','Signed acknowledgement of the association\'s bylaws','CONFIRMATION',1,'VERIFIED',NULL,'ORIGINAL_SEEN','noura','2026-10-04 07:26:00.000000',NULL,'noura','2026-10-04 07:26:00.000000'),
(8,1,7,'EMAIL','البريد الإلكتروني','E-mail address','FIELD',0,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-04 07:27:00.000000',NULL,'noura','2026-10-04 07:27:00.000000'),
(9,1,8,'NATIONAL_ADDRESS','وثيقة العنوان الوطني','National address certificate','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-04 07:28:00.000000',NULL,'noura','2026-10-04 07:28:00.000000'),
(10,2,0,'NATIONAL_ID_COPY','صورة الهوية الوطنية أو الإقامة سارية المفعول','Copy of a valid national ID or iqama','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-05 08:35:00.000000',NULL,'noura','2026-10-05 08:35:00.000000'),
(11,2,1,'FULL_NAME','الاسم الكامل كما في الهوية (بالعربية والإنجليزية)','Full name as in the ID (in Arabic and Latin letters)','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-05 08:36:00.000000',NULL,'noura','2026-10-05 08:36:00.000000'),
(12,2,2,'MOBILE','رقم الجوال','Mobile number','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-05 08:37:00.000000',NULL,'noura','2026-10-05 08:37:00.000000'),
(13,2,3,'CITY','مدينة الإقامة','City of residence','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-05 08:38:00.000000',NULL,'noura','2026-10-05 08:38:00.000000'),
(14,2,4,'SHARES','عدد الأسهم المطلوبة','Number of shares requested','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-05 08:39:00.000000',NULL,'noura','2026-10-05 08:39:00.000000'),
(15,2,5,'SHARES_PAYMENT','إيصال سداد قيمة الأسهم','Receipt of payment for the shares','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-05 08:40:00.000000',NULL,'noura','2026-10-05 08:40:00.000000'),
(16,2,6,'BYLAWS_ACK','إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها','Signed acknowledgement of the association\'s bylaws','CONFIRMATION',1,'VERIFIED',NULL,'ORIGINAL_SEEN','noura','2026-10-05 08:41:00.000000',NULL,'noura','2026-10-05 08:41:00.000000'),
(17,2,7,'EMAIL','البريد الإلكتروني','E-mail address','FIELD',0,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-05 08:42:00.000000',NULL,'noura','2026-10-05 08:42:00.000000'),
(18,2,8,'NATIONAL_ADDRESS','وثيقة العنوان الوطني','National address certificate','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-05 08:43:00.000000',NULL,'noura','2026-10-05 08:43:00.000000'),
(19,3,0,'NATIONAL_ID_COPY','صورة الهوية الوطنية أو الإقامة سارية المفعول','Copy of a valid national ID or iqama','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','fahad','2026-10-06 07:00:00.000000',NULL,'fahad','2026-10-06 07:00:00.000000'),
(20,3,1,'FULL_NAME','الاسم الكامل كما في الهوية (بالعربية والإنجليزية)','Full name as in the ID (in Arabic and Latin letters)','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-10-06 07:01:00.000000',NULL,'fahad','2026-10-06 07:01:00.000000'),
(21,3,2,'MOBILE','رقم الجوال','Mobile number','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-10-06 07:02:00.000000',NULL,'fahad','2026-10-06 07:02:00.000000'),
(22,3,3,'CITY','مدينة الإقامة','City of residence','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-10-06 07:03:00.000000',NULL,'fahad','2026-10-06 07:03:00.000000'),
(23,3,4,'SHARES','عدد الأسهم المطلوبة','Number of shares requested','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-10-06 07:04:00.000000',NULL,'fahad','2026-10-06 07:04:00.000000'),
(24,3,5,'SHARES_PAYMENT','إيصال سداد قيمة الأسهم','Receipt of payment for the shares','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','fahad','2026-10-06 07:05:00.000000',NULL,'fahad','2026-10-06 07:05:00.000000'),
(25,3,6,'BYLAWS_ACK','إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها','Signed acknowledgement of the association\'s bylaws','CONFIRMATION',1,'VERIFIED',NULL,'ORIGINAL_SEEN','fahad','2026-10-06 07:06:00.000000',NULL,'fahad','2026-10-06 07:06:00.000000'),
(26,3,7,'EMAIL','البريد الإلكتروني','E-mail address','FIELD',0,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-10-06 07:07:00.000000',NULL,'fahad','2026-10-06 07:07:00.000000'),
(27,3,8,'NATIONAL_ADDRESS','وثيقة العنوان الوطني','National address certificate','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','fahad','2026-10-06 07:08:00.000000',NULL,'fahad','2026-10-06 07:08:00.000000'),
(28,4,0,'NATIONAL_ID_COPY','صورة الهوية الوطنية أو الإقامة سارية المفعول','Copy of a valid national ID or iqama','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-12 07:25:00.000000',NULL,'noura','2026-10-12 07:25:00.000000'),
(29,4,1,'FULL_NAME','الاسم الكامل كما في الهوية (بالعربية والإنجليزية)','Full name as in the ID (in Arabic and Latin letters)','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-12 07:26:00.000000',NULL,'noura','2026-10-12 07:26:00.000000'),
(30,4,2,'MOBILE','رقم الجوال','Mobile number','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-12 07:27:00.000000',NULL,'noura','2026-10-12 07:27:00.000000'),
(31,4,3,'CITY','مدينة الإقامة','City of residence','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-12 07:28:00.000000',NULL,'noura','2026-10-12 07:28:00.000000'),
(32,4,4,'SHARES','عدد الأسهم المطلوبة','Number of shares requested','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-12 07:29:00.000000',NULL,'noura','2026-10-12 07:29:00.000000'),
(33,4,5,'SHARES_PAYMENT','إيصال سداد قيمة الأسهم','Receipt of payment for the shares','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-12 07:30:00.000000',NULL,'noura','2026-10-12 07:30:00.000000'),
(34,4,6,'BYLAWS_ACK','إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها','Signed acknowledgement of the association\'s bylaws','CONFIRMATION',1,'VERIFIED',NULL,'ORIGINAL_SEEN','noura','2026-10-12 07:31:00.000000',NULL,'noura','2026-10-12 07:31:00.000000'),
(35,4,7,'EMAIL','البريد الإلكتروني','E-mail address','FIELD',0,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-12 07:32:00.000000',NULL,'noura','2026-10-12 07:32:00.000000'),
(36,4,8,'NATIONAL_ADDRESS','وثيقة العنوان الوطني','National address certificate','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-12 07:33:00.000000',NULL,'noura','2026-10-12 07:33:00.000000'),
(37,5,0,'QUESTION','السؤال أو الاستفسار','The question','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-11-02 09:20:00.000000',NULL,'fahad','2026-11-02 09:20:00.000000'),
(38,6,0,'QUESTION','السؤال أو الاستفسار','The question','FIELD',1,'PROVIDED',NULL,NULL,NULL,NULL,NULL,'kiosk','2026-11-24 11:32:13.141516'),
(39,7,0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-11-18 06:50:00.000000',NULL,'noura','2026-11-18 06:50:00.000000'),
(40,7,1,'PURPOSE','الغرض من الشهادة أو الجهة الموجهة إليها','Purpose of the certificate or to whom it is addressed','FIELD',0,'PENDING',NULL,NULL,NULL,NULL,NULL,'noura','2026-11-18 06:51:00.000000'),
(41,8,0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1,'PENDING',NULL,NULL,NULL,NULL,NULL,'fahad','2026-11-16 07:20:00.000000'),
(42,8,1,'WITHDRAWAL_REQUEST','طلب انسحاب موقّع من العضو','Withdrawal request signed by the member','CONFIRMATION',1,'PENDING',NULL,NULL,NULL,NULL,NULL,'fahad','2026-11-16 07:21:00.000000'),
(43,8,2,'IBAN','رقم الحساب البنكي (الآيبان) لرد قيمة الأسهم','Bank account (IBAN) for refunding the shares','FIELD',1,'MISSING',NULL,NULL,NULL,NULL,'رقم الآيبان غير مكتوب في الخطاب','fahad','2026-11-16 07:22:00.000000'),
(44,8,3,'SHARE_CERTIFICATE','أصل شهادة الأسهم','Original share certificate','DOCUMENT',0,'PENDING',NULL,NULL,NULL,NULL,NULL,'fahad','2026-11-16 07:23:00.000000'),
(45,9,0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-11-10 08:20:00.000000',NULL,'noura','2026-11-10 08:20:00.000000'),
(46,9,1,'SUPPORT_DESCRIPTION','وصف الدعم المطلوب وسببه','Description of the support needed and why','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-11-10 08:21:00.000000',NULL,'noura','2026-11-10 08:21:00.000000'),
(47,9,2,'GUIDE_ACK','إقرار بالاطلاع على دليل سياسة الدعم للأعضاء','Acknowledgement of the member-support policy guide','CONFIRMATION',1,'VERIFIED',NULL,'ORIGINAL_SEEN','noura','2026-11-10 08:22:00.000000',NULL,'noura','2026-11-10 08:22:00.000000'),
(48,9,3,'SUPPORTING_DOCUMENTS','المستندات المؤيدة للطلب','Documents supporting the request','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-11-10 08:23:00.000000',NULL,'noura','2026-11-10 08:23:00.000000'),
(49,10,0,'COMPLAINT_TEXT','موضوع الشكوى وتفاصيلها','Subject and details of the complaint','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','fahad','2026-11-15 10:20:00.000000',NULL,'fahad','2026-11-15 10:20:00.000000'),
(50,10,1,'EVIDENCE','مستندات أو صور مؤيدة','Supporting documents or pictures','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','fahad','2026-11-15 10:21:00.000000',NULL,'fahad','2026-11-15 10:21:00.000000'),
(51,11,0,'NATIONAL_ID_COPY','صورة الهوية الوطنية أو الإقامة سارية المفعول','Copy of a valid national ID or iqama','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-20 07:20:00.000000',NULL,'noura','2026-10-20 07:20:00.000000'),
(52,11,1,'FULL_NAME','الاسم الكامل كما في الهوية (بالعربية والإنجليزية)','Full name as in the ID (in Arabic and Latin letters)','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-20 07:21:00.000000',NULL,'noura','2026-10-20 07:21:00.000000'),
(53,11,2,'MOBILE','رقم الجوال','Mobile number','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-20 07:22:00.000000',NULL,'noura','2026-10-20 07:22:00.000000'),
(54,11,3,'CITY','مدينة الإقامة','City of residence','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-20 07:23:00.000000',NULL,'noura','2026-10-20 07:23:00.000000'),
(55,11,4,'SHARES','عدد الأسهم المطلوبة','Number of shares requested','FIELD',1,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-20 07:24:00.000000',NULL,'noura','2026-10-20 07:24:00.000000'),
(56,11,5,'SHARES_PAYMENT','إيصال سداد قيمة الأسهم','Receipt of payment for the shares','DOCUMENT',1,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-20 07:25:00.000000',NULL,'noura','2026-10-20 07:25:00.000000'),
(57,11,6,'BYLAWS_ACK','إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها','Signed acknowledgement of the association\'s bylaws','CONFIRMATION',1,'VERIFIED',NULL,'ORIGINAL_SEEN','noura','2026-10-20 07:26:00.000000',NULL,'noura','2026-10-20 07:26:00.000000'),
(58,11,7,'EMAIL','البريد الإلكتروني','E-mail address','FIELD',0,'VERIFIED',NULL,'MATCHED_REGISTRY','noura','2026-10-20 07:27:00.000000',NULL,'noura','2026-10-20 07:27:00.000000'),
(59,11,8,'NATIONAL_ADDRESS','وثيقة العنوان الوطني','National address certificate','DOCUMENT',0,'VERIFIED',NULL,'COPY_RECEIVED','noura','2026-10-20 07:28:00.000000',NULL,'noura','2026-10-20 07:28:00.000000'),
(60,12,0,'SUGGESTION_TEXT','نص الاقتراح','The suggestion','FIELD',1,'PROVIDED',NULL,NULL,NULL,NULL,NULL,'website','2026-11-19 12:20:00.000000');
/*!40000 ALTER TABLE `request_item` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `request_type`
--

DROP TABLE IF EXISTS `request_type`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `request_type` (
  `code` varchar(40) NOT NULL,
  `name_ar` varchar(120) NOT NULL,
  `name_en` varchar(120) NOT NULL,
  `needs_committee` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `request_type`
--

LOCK TABLES `request_type` WRITE;
/*!40000 ALTER TABLE `request_type` DISABLE KEYS */;
INSERT INTO `request_type` VALUES
('CERTIFICATE','شهادة عضوية','Membership certificate',0,1,0),
('COMPLAINT','شكوى','Complaint',0,1,0),
('INQUIRY','استفسار','Inquiry',0,1,0),
('MEMBERSHIP_APPLICATION','طلب عضوية','Membership application',1,1,0),
('MEMBERSHIP_UPDATE','تحديث بيانات العضوية','Membership data update',0,1,0),
('SUGGESTION','اقتراح','Suggestion',0,1,0),
('SUPPORT','طلب دعم','Support request',1,1,0),
('WITHDRAWAL','انسحاب من العضوية','Withdrawal from membership',1,1,0);
/*!40000 ALTER TABLE `request_type` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `request_type_item`
--

DROP TABLE IF EXISTS `request_type_item`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `request_type_item` (
  `request_type_code` varchar(40) NOT NULL,
  `position` int(11) NOT NULL,
  `code` varchar(40) NOT NULL,
  `label_ar` varchar(200) NOT NULL,
  `label_en` varchar(200) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `mandatory` tinyint(1) NOT NULL,
  PRIMARY KEY (`request_type_code`,`position`),
  UNIQUE KEY `uq_request_type_item_code` (`request_type_code`,`code`),
  CONSTRAINT `fk_request_type_item_type` FOREIGN KEY (`request_type_code`) REFERENCES `request_type` (`code`) ON DELETE CASCADE,
  CONSTRAINT `ck_request_type_item_kind` CHECK (`kind` in ('FIELD','DOCUMENT','CONFIRMATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `request_type_item`
--

LOCK TABLES `request_type_item` WRITE;
/*!40000 ALTER TABLE `request_type_item` DISABLE KEYS */;
INSERT INTO `request_type_item` VALUES
('CERTIFICATE',0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1),
('CERTIFICATE',1,'PURPOSE','الغرض من الشهادة أو الجهة الموجهة إليها','Purpose of the certificate or to whom it is addressed','FIELD',0),
('COMPLAINT',0,'COMPLAINT_TEXT','موضوع الشكوى وتفاصيلها','Subject and details of the complaint','FIELD',1),
('COMPLAINT',1,'EVIDENCE','مستندات أو صور مؤيدة','Supporting documents or pictures','DOCUMENT',0),
('INQUIRY',0,'QUESTION','السؤال أو الاستفسار','The question','FIELD',1),
('MEMBERSHIP_APPLICATION',0,'NATIONAL_ID_COPY','صورة الهوية الوطنية أو الإقامة سارية المفعول','Copy of a valid national ID or iqama','DOCUMENT',1),
('MEMBERSHIP_APPLICATION',1,'FULL_NAME','الاسم الكامل كما في الهوية (بالعربية والإنجليزية)','Full name as in the ID (in Arabic and Latin letters)','FIELD',1),
('MEMBERSHIP_APPLICATION',2,'MOBILE','رقم الجوال','Mobile number','FIELD',1),
('MEMBERSHIP_APPLICATION',3,'CITY','مدينة الإقامة','City of residence','FIELD',1),
('MEMBERSHIP_APPLICATION',4,'SHARES','عدد الأسهم المطلوبة','Number of shares requested','FIELD',1),
('MEMBERSHIP_APPLICATION',5,'SHARES_PAYMENT','إيصال سداد قيمة الأسهم','Receipt of payment for the shares','DOCUMENT',1),
('MEMBERSHIP_APPLICATION',6,'BYLAWS_ACK','إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها','Signed acknowledgement of the association\'s bylaws','CONFIRMATION',1),
('MEMBERSHIP_APPLICATION',7,'EMAIL','البريد الإلكتروني','E-mail address','FIELD',0),
('MEMBERSHIP_APPLICATION',8,'NATIONAL_ADDRESS','وثيقة العنوان الوطني','National address certificate','DOCUMENT',0),
('MEMBERSHIP_UPDATE',0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1),
('MEMBERSHIP_UPDATE',1,'CHANGED_DATA','البيانات المطلوب تحديثها','The data to be updated','FIELD',1),
('MEMBERSHIP_UPDATE',2,'SUPPORTING_DOCUMENT','مستند مؤيد (مثل صورة الهوية الجديدة)','Supporting document (such as the new ID copy)','DOCUMENT',0),
('SUGGESTION',0,'SUGGESTION_TEXT','نص الاقتراح','The suggestion','FIELD',1),
('SUPPORT',0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1),
('SUPPORT',1,'SUPPORT_DESCRIPTION','وصف الدعم المطلوب وسببه','Description of the support needed and why','FIELD',1),
('SUPPORT',2,'GUIDE_ACK','إقرار بالاطلاع على دليل سياسة الدعم للأعضاء','Acknowledgement of the member-support policy guide','CONFIRMATION',1),
('SUPPORT',3,'SUPPORTING_DOCUMENTS','المستندات المؤيدة للطلب','Documents supporting the request','DOCUMENT',0),
('WITHDRAWAL',0,'MEMBER_IDENTITY','مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء','Membership number and national ID matched with the member register','FIELD',1),
('WITHDRAWAL',1,'WITHDRAWAL_REQUEST','طلب انسحاب موقّع من العضو','Withdrawal request signed by the member','CONFIRMATION',1),
('WITHDRAWAL',2,'IBAN','رقم الحساب البنكي (الآيبان) لرد قيمة الأسهم','Bank account (IBAN) for refunding the shares','FIELD',1),
('WITHDRAWAL',3,'SHARE_CERTIFICATE','أصل شهادة الأسهم','Original share certificate','DOCUMENT',0);
/*!40000 ALTER TABLE `request_type_item` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `review_settings`
--

DROP TABLE IF EXISTS `review_settings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `review_settings` (
  `id` bigint(20) NOT NULL,
  `floor_working_days` int(11) NOT NULL,
  `ceiling_working_days` int(11) NOT NULL,
  `reminder_working_days` int(11) NOT NULL,
  `changed_by` varchar(60) DEFAULT NULL,
  `changed_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `ck_review_settings_singleton` CHECK (`id` = 1),
  CONSTRAINT `ck_review_settings_window` CHECK (`floor_working_days` >= 0 and `floor_working_days` <= `ceiling_working_days` and `ceiling_working_days` <= 120 and `reminder_working_days` >= 0 and `reminder_working_days` <= `ceiling_working_days`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `review_settings`
--

LOCK TABLES `review_settings` WRITE;
/*!40000 ALTER TABLE `review_settings` DISABLE KEYS */;
INSERT INTO `review_settings` VALUES
(1,10,14,3,NULL,NULL,0);
/*!40000 ALTER TABLE `review_settings` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `scheduler_lease`
--

DROP TABLE IF EXISTS `scheduler_lease`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `scheduler_lease` (
  `name` varchar(40) NOT NULL,
  `last_slot` varchar(60) DEFAULT NULL,
  `last_owner` varchar(120) DEFAULT NULL,
  `last_started_at` datetime(6) DEFAULT NULL,
  `last_ended_at` datetime(6) DEFAULT NULL,
  `runs` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `scheduler_lease`
--

LOCK TABLES `scheduler_lease` WRITE;
/*!40000 ALTER TABLE `scheduler_lease` DISABLE KEYS */;
INSERT INTO `scheduler_lease` VALUES
('deadlines','2026-11-25T05:59:00Z','khidma-1/3fa85f64','2026-11-25 05:59:00.012000','2026-11-25 05:59:00.087000',30240);
/*!40000 ALTER TABLE `scheduler_lease` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sequence_counter`
--

DROP TABLE IF EXISTS `sequence_counter`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sequence_counter` (
  `name` varchar(40) NOT NULL,
  `period` int(11) NOT NULL,
  `last_value` bigint(20) NOT NULL,
  PRIMARY KEY (`name`,`period`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sequence_counter`
--

LOCK TABLES `sequence_counter` WRITE;
/*!40000 ALTER TABLE `sequence_counter` DISABLE KEYS */;
INSERT INTO `sequence_counter` VALUES
('member',2026,4),
('request',2026,12),
('ticket-A',20261124,3),
('ticket-B',20261124,2),
('ticket-C',20261125,1);
/*!40000 ALTER TABLE `sequence_counter` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `service_request`
--

DROP TABLE IF EXISTS `service_request`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `service_request` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `reference` varchar(20) NOT NULL,
  `type_code` varchar(40) NOT NULL,
  `channel` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL,
  `assignee` varchar(60) DEFAULT NULL,
  `requester_name` varchar(120) NOT NULL,
  `requester_mobile` varchar(13) NOT NULL,
  `member_id` bigint(20) DEFAULT NULL,
  `applicant_national_id` varchar(10) DEFAULT NULL,
  `applicant_name_ar` varchar(120) DEFAULT NULL,
  `applicant_name_latin` varchar(120) DEFAULT NULL,
  `applicant_city` varchar(60) DEFAULT NULL,
  `applicant_shares` int(11) DEFAULT NULL,
  `applicant_email` varchar(254) DEFAULT NULL,
  `details` varchar(2000) DEFAULT NULL,
  `submitted_by` varchar(60) NOT NULL DEFAULT 'kiosk',
  `submitted_at` datetime(6) NOT NULL,
  `status_changed_at` datetime(6) DEFAULT NULL,
  `closed_at` datetime(6) DEFAULT NULL,
  `outcome` varchar(2000) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_service_request_reference` (`reference`),
  KEY `ix_service_request_submitted` (`submitted_at`,`id`),
  KEY `ix_service_request_status` (`status`,`submitted_at`),
  KEY `fk_service_request_member` (`member_id`),
  KEY `ix_service_request_inbox_type` (`type_code`,`status`,`submitted_at`),
  KEY `ix_service_request_inbox_channel` (`channel`,`status`,`submitted_at`),
  KEY `ix_service_request_assignee` (`assignee`,`status`),
  KEY `ix_service_request_requester_mobile` (`requester_mobile`),
  KEY `ix_service_request_applicant` (`applicant_national_id`),
  CONSTRAINT `fk_service_request_member` FOREIGN KEY (`member_id`) REFERENCES `member` (`id`),
  CONSTRAINT `fk_service_request_type` FOREIGN KEY (`type_code`) REFERENCES `request_type` (`code`),
  CONSTRAINT `ck_service_request_status` CHECK (`status` in ('SUBMITTED','IN_INTAKE','RETURNED','VERIFIED','WITH_COMMITTEE','BEING_SERVED','ACCEPTED','REJECTED','RESOLVED','COMPLETED','WITHDRAWN')),
  CONSTRAINT `ck_service_request_channel` CHECK (`channel` in ('IN_PERSON','PHONE','SOCIAL_MEDIA','LETTER','HELP_REQUEST','VOLUNTEERING','WEBSITE','KIOSK'))
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `service_request`
--

LOCK TABLES `service_request` WRITE;
/*!40000 ALTER TABLE `service_request` DISABLE KEYS */;
INSERT INTO `service_request` VALUES
(1,'2026-000001','MEMBERSHIP_APPLICATION','KIOSK','COMPLETED','noura','سعيد بن علي القحطاني','+966501234567',1,'1012345672','سعيد بن علي القحطاني','Saeed Ali Alqahtani','نجران',10,'saeed@example.com',NULL,'kiosk','2026-10-04 07:00:00.000000','2026-10-26 09:30:00.000000','2026-10-26 09:30:00.000000','NJT-2026-0001',6),
(2,'2026-000002','MEMBERSHIP_APPLICATION','IN_PERSON','COMPLETED','noura','هند بنت صالح آل مهري','+966551112233',2,'1023456781','هند بنت صالح آل مهري','Hind Saleh Al Mahri','شرورة',25,NULL,NULL,'noura','2026-10-05 08:15:00.000000','2026-10-27 10:00:00.000000','2026-10-27 10:00:00.000000','NJT-2026-0002',6),
(3,'2026-000003','MEMBERSHIP_APPLICATION','KIOSK','COMPLETED','fahad','مانع بن حمد الصيعري','+966533334444',3,'1034567899','مانع بن حمد الصيعري','Mane Hamad Alsaiari','نجران',4,'mane@example.org',NULL,'kiosk','2026-10-06 06:40:00.000000','2026-10-28 11:20:00.000000','2026-10-28 11:20:00.000000','NJT-2026-0003',6),
(4,'2026-000004','MEMBERSHIP_APPLICATION','WEBSITE','COMPLETED','noura','ريم بنت ناصر اليامي','+966566667777',4,'1045678909','ريم بنت ناصر اليامي','Reem Nasser Alyami','حبونا',12,NULL,NULL,'website','2026-10-12 07:05:00.000000','2026-11-09 08:45:00.000000','2026-11-09 08:45:00.000000','NJT-2026-0004',6),
(5,'2026-000005','INQUIRY','KIOSK','RESOLVED','fahad','عبدالله آل عباس','+966544445555',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'متى موعد الجمعية العمومية القادمة؟','kiosk','2026-11-02 09:00:00.000000','2026-11-02 10:30:00.000000','2026-11-02 10:30:00.000000','في الأسبوع الثاني من ديسمبر، وسيصلكم خطاب الدعوة',2),
(6,'2026-000006','INQUIRY','KIOSK','SUBMITTED',NULL,'منى الحارثي','+966522223333',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'هل يمكن نقل الأسهم إلى أحد الورثة؟','kiosk','2026-11-24 11:12:13.141516','2026-11-24 11:12:13.141516',NULL,NULL,0),
(7,'2026-000007','CERTIFICATE','PHONE','IN_INTAKE','noura','سعيد بن علي القحطاني','+966501234567',1,NULL,NULL,NULL,NULL,NULL,NULL,'شهادة عضوية للبنك','noura','2026-11-18 06:30:00.000000','2026-11-18 06:35:00.000000',NULL,NULL,2),
(8,'2026-000008','WITHDRAWAL','LETTER','RETURNED','fahad','هند بنت صالح آل مهري','+966551112233',2,NULL,NULL,NULL,NULL,NULL,NULL,'أرغب في الانسحاب واسترداد قيمة الأسهم','fahad','2026-11-16 07:00:00.000000','2026-11-17 08:00:00.000000',NULL,NULL,3),
(9,'2026-000009','SUPPORT','IN_PERSON','WITH_COMMITTEE','noura','ريم بنت ناصر اليامي','+966566667777',4,NULL,NULL,NULL,NULL,NULL,NULL,'طلب دعم لتجهيز نزل تراثي','noura','2026-11-10 08:00:00.000000','2026-11-11 09:00:00.000000',NULL,NULL,5),
(10,'2026-000010','COMPLAINT','SOCIAL_MEDIA','VERIFIED','fahad','عبدالله آل عباس','+966544445555',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'تأخر الرد على طلبي السابق','fahad','2026-11-15 10:00:00.000000','2026-11-15 10:20:00.000000',NULL,NULL,3),
(11,'2026-000011','MEMBERSHIP_APPLICATION','KIOSK','REJECTED','noura','خالد المكرمي','+966577778888',NULL,'1056789017','خالد بن سالم المكرمي','Khalid Salem Almakrami','نجران',2,NULL,NULL,'kiosk','2026-10-20 07:00:00.000000','2026-11-12 08:00:00.000000','2026-11-12 08:00:00.000000',NULL,5),
(12,'2026-000012','SUGGESTION','WEBSITE','WITHDRAWN',NULL,'فاطمة آل قريع','+966588889999',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'اقتراح فتح مكتب في شرورة','website','2026-11-19 12:00:00.000000','2026-11-20 07:00:00.000000','2026-11-20 07:00:00.000000',NULL,1);
/*!40000 ALTER TABLE `service_request` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `staff_account`
--

DROP TABLE IF EXISTS `staff_account`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `staff_account` (
  `username` varchar(60) NOT NULL,
  `display_name` varchar(120) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `must_change_password` tinyint(1) NOT NULL DEFAULT 0,
  `last_login_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `staff_account`
--

LOCK TABLES `staff_account` WRITE;
/*!40000 ALTER TABLE `staff_account` DISABLE KEYS */;
INSERT INTO `staff_account` VALUES
('admin','مدير النظام','PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LWFkbWluLTAx:aGFzaC1vZi1hLWxvbmctc2VjcmV0LWFkbWluLTAxMjM0NTY3ODk=',1,0,'2026-11-20 06:02:11.000000',2),
('fahad','فهد اليامي','PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LWZhaGFkLTAz:aGFzaC1vZi1hLWxvbmctc2VjcmV0LWZhaGFkLTAxMjM0NTY3ODk=',1,0,'2026-11-21 07:10:30.000000',1),
('lajna','أمانة لجنة البحث','PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LWxham5hLTA1:aGFzaC1vZi1hLWxvbmctc2VjcmV0LWxham5hLTAxMjM0NTY3ODk=',1,1,NULL,0),
('mdir','محمد الصقور','PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LW1kaXItMDQ=:aGFzaC1vZi1hLWxvbmctc2VjcmV0LW1kaXItMDEyMzQ1Njc4OQ==',1,0,NULL,0),
('noura','نورة آل منصور','PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LW5vdXJhLTAy:aGFzaC1vZi1hLWxvbmctc2VjcmV0LW5vdXJhLTAxMjM0NTY3ODk=',1,0,'2026-11-22 05:45:00.000000',1),
('old.clerk','موظف سابق','PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LW9sZC0wNg==:aGFzaC1vZi1hLWxvbmctc2VjcmV0LW9sZC0wMTIzNDU2Nzg5',0,0,'2026-10-01 08:00:00.000000',3);
/*!40000 ALTER TABLE `staff_account` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `staff_role`
--

DROP TABLE IF EXISTS `staff_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `staff_role` (
  `username` varchar(60) NOT NULL,
  `role` varchar(20) NOT NULL,
  PRIMARY KEY (`username`,`role`),
  CONSTRAINT `fk_staff_role_account` FOREIGN KEY (`username`) REFERENCES `staff_account` (`username`) ON DELETE CASCADE,
  CONSTRAINT `ck_staff_role` CHECK (`role` in ('STAFF','SUPERVISOR','DIRECTOR','COMMITTEE','ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `staff_role`
--

LOCK TABLES `staff_role` WRITE;
/*!40000 ALTER TABLE `staff_role` DISABLE KEYS */;
INSERT INTO `staff_role` VALUES
('admin','ADMIN'),
('admin','STAFF'),
('fahad','STAFF'),
('fahad','SUPERVISOR'),
('lajna','COMMITTEE'),
('mdir','DIRECTOR'),
('noura','STAFF'),
('old.clerk','STAFF');
/*!40000 ALTER TABLE `staff_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `suggestion`
--

DROP TABLE IF EXISTS `suggestion`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `suggestion` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `service` varchar(30) NOT NULL,
  `text` varchar(1000) NOT NULL,
  `status` varchar(20) NOT NULL,
  `received_on` date NOT NULL,
  `summary_ar` varchar(300) DEFAULT NULL,
  `summary_en` varchar(300) DEFAULT NULL,
  `answer_ar` varchar(1000) DEFAULT NULL,
  `answer_en` varchar(1000) DEFAULT NULL,
  `decided_by` varchar(60) DEFAULT NULL,
  `decided_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_suggestion_status` (`status`,`decided_at`),
  CONSTRAINT `ck_suggestion_status` CHECK (`status` in ('RECEIVED','STUDYING','ADOPTED','DECLINED'))
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `suggestion`
--

LOCK TABLES `suggestion` WRITE;
/*!40000 ALTER TABLE `suggestion` DISABLE KEYS */;
INSERT INTO `suggestion` VALUES
(1,'RECEPTION','نقترح مقاعد أكثر في صالة الانتظار','ADOPTED','2026-11-01','مقاعد أكثر للانتظار','More seats in the waiting area','أضفنا ثمانية مقاعد','We added eight seats','admin','2026-11-08 07:00:00.000000',2),
(2,'MEMBERSHIP','إرسال رسالة عند اكتمال الطلب','RECEIVED','2026-11-23',NULL,NULL,NULL,NULL,NULL,NULL,0);
/*!40000 ALTER TABLE `suggestion` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `volunteer`
--

DROP TABLE IF EXISTS `volunteer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `volunteer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(120) NOT NULL,
  `mobile` varchar(13) NOT NULL,
  `consent_at` datetime(6) NOT NULL,
  `status` varchar(20) NOT NULL,
  `signed_up_at` datetime(6) NOT NULL,
  `decided_by` varchar(60) DEFAULT NULL,
  `decided_at` datetime(6) DEFAULT NULL,
  `decline_reason` varchar(1000) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_volunteer_status` (`status`,`signed_up_at`),
  CONSTRAINT `ck_volunteer_status` CHECK (`status` in ('PENDING','APPROVED','DECLINED'))
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `volunteer`
--

LOCK TABLES `volunteer` WRITE;
/*!40000 ALTER TABLE `volunteer` DISABLE KEYS */;
INSERT INTO `volunteer` VALUES
(1,'لمى آل مريح','+966511112222','2026-11-05 09:00:00.000000','APPROVED','2026-11-05 09:00:00.000000','fahad','2026-11-06 07:00:00.000000',NULL,1),
(2,'تركي الزبيدي','+966522221111','2026-11-21 10:00:00.000000','PENDING','2026-11-21 10:00:00.000000',NULL,NULL,NULL,0);
/*!40000 ALTER TABLE `volunteer` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `volunteer_day`
--

DROP TABLE IF EXISTS `volunteer_day`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `volunteer_day` (
  `volunteer_id` bigint(20) NOT NULL,
  `day_of_week` varchar(10) NOT NULL,
  PRIMARY KEY (`volunteer_id`,`day_of_week`),
  CONSTRAINT `fk_volunteer_day` FOREIGN KEY (`volunteer_id`) REFERENCES `volunteer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `volunteer_day`
--

LOCK TABLES `volunteer_day` WRITE;
/*!40000 ALTER TABLE `volunteer_day` DISABLE KEYS */;
INSERT INTO `volunteer_day` VALUES
(1,'FRIDAY'),
(1,'SATURDAY'),
(2,'THURSDAY');
/*!40000 ALTER TABLE `volunteer_day` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `volunteer_interest`
--

DROP TABLE IF EXISTS `volunteer_interest`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `volunteer_interest` (
  `volunteer_id` bigint(20) NOT NULL,
  `interest` varchar(30) NOT NULL,
  PRIMARY KEY (`volunteer_id`,`interest`),
  CONSTRAINT `fk_volunteer_interest` FOREIGN KEY (`volunteer_id`) REFERENCES `volunteer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `volunteer_interest`
--

LOCK TABLES `volunteer_interest` WRITE;
/*!40000 ALTER TABLE `volunteer_interest` DISABLE KEYS */;
INSERT INTO `volunteer_interest` VALUES
(1,'EVENTS_AND_FESTIVALS'),
(2,'VISITOR_RECEPTION');
/*!40000 ALTER TABLE `volunteer_interest` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `volunteer_skill`
--

DROP TABLE IF EXISTS `volunteer_skill`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `volunteer_skill` (
  `volunteer_id` bigint(20) NOT NULL,
  `skill` varchar(30) NOT NULL,
  PRIMARY KEY (`volunteer_id`,`skill`),
  CONSTRAINT `fk_volunteer_skill` FOREIGN KEY (`volunteer_id`) REFERENCES `volunteer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `volunteer_skill`
--

LOCK TABLES `volunteer_skill` WRITE;
/*!40000 ALTER TABLE `volunteer_skill` DISABLE KEYS */;
INSERT INTO `volunteer_skill` VALUES
(1,'PHOTOGRAPHY'),
(1,'TOUR_GUIDING'),
(2,'TRANSLATION');
/*!40000 ALTER TABLE `volunteer_skill` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `volunteer_time`
--

DROP TABLE IF EXISTS `volunteer_time`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `volunteer_time` (
  `volunteer_id` bigint(20) NOT NULL,
  `day_part` varchar(10) NOT NULL,
  PRIMARY KEY (`volunteer_id`,`day_part`),
  CONSTRAINT `fk_volunteer_time` FOREIGN KEY (`volunteer_id`) REFERENCES `volunteer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `volunteer_time`
--

LOCK TABLES `volunteer_time` WRITE;
/*!40000 ALTER TABLE `volunteer_time` DISABLE KEYS */;
INSERT INTO `volunteer_time` VALUES
(1,'MORNING'),
(2,'AFTERNOON');
/*!40000 ALTER TABLE `volunteer_time` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Dumping routines for database 'khidma'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*M!100616 SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY */;

-- Dump completed on 2026-11-25 11:55:10
