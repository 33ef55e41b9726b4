# Lotsen – العربية

app-name = Lotsen
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-audit = سجل التدقيق
nav-users = المستخدمون
nav-unit = إعدادات الوحدة
nav-units = الوحدات
nav-account = حسابي
nav-logout = تسجيل الخروج
language-switch-label = اختر اللغة
save = حفظ
search = بحث
clear-filters = مسح عوامل التصفية
back-to-users = العودة إلى المستخدمين

role-coordinator = منسق
role-manager = مدير الوحدة
role-analyst = محلل
role-admin = مسؤول النظام
status-active = نشط
status-disabled = موقوف

form-has-errors = يوجد ما يحتاج إلى تصحيح
error-prefix = خطأ:
error-required = يُرجى تعبئة هذا الحقل.
error-username = يجب أن يتكون اسم المستخدم من 3 إلى 64 حرفًا: أحرف لاتينية صغيرة a–z، أو أرقام، أو نقطة، أو شرطة سفلية، أو شرطة، وأن يبدأ بحرف.
error-username-taken = اسم المستخدم هذا محجوز مسبقًا. يُرجى اختيار اسم آخر.
error-display-name = يجب ألا يزيد الاسم على 100 حرف.
error-password-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل. من السهل تذكّر جملة من عدة كلمات.
error-password-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-current-password = كلمة المرور الحالية غير صحيحة.
error-role = يُرجى اختيار دور من القائمة.
error-own-role = لا يمكنك إزالة دور مسؤول النظام الخاص بك. اطلب ذلك من مسؤول نظام آخر.
error-disable-self = لا يمكنك إيقاف حسابك الخاص.
error-unit-name = يجب ألا يزيد اسم الوحدة على 120 حرفًا.
error-color = أدخل اللون بالصيغة #rrggbb، مثلًا #1a5c8e.
error-color-contrast = اللون فاتح جدًا: يجب ألا تقل نسبة التباين بينه وبين النص الأبيض عن 4.5:1.
error-font-scale = أدخل عددًا صحيحًا بين 90 و150.
error-date = أدخل التاريخ بالصيغة YYYY-MM-DD.
error-date-order = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
error-logo-type = يجب أن يكون الشعار صورة بصيغة PNG أو JPEG أو WebP.
error-logo-size = يجب ألا يزيد حجم الشعار على 256 كيلوبايت.

field-username = اسم المستخدم
field-password = كلمة المرور
field-display-name = الاسم
field-role = الدور
field-status = الحالة
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-confirm-password = أعد إدخال كلمة المرور الجديدة
field-initial-password = كلمة المرور الأولى
field-unit-name = اسم الوحدة
field-admin-display-name = اسم مسؤول النظام
field-admin-username = اسم المستخدم لمسؤول النظام
field-primary-color = اللون الرئيسي
field-font-scale = حجم النص (بالنسبة المئوية)
field-logo = الشعار
hint-username = أحرف لاتينية صغيرة، أو أرقام، أو نقطة، أو شرطة، مثلًا anna.berg.
hint-password = 12 حرفًا على الأقل. يُفضَّل استخدام جملة من عدة كلمات.
hint-reset-password = سيُسجَّل خروج الزميل من جميع الأجهزة، ثم يسجّل الدخول بكلمة المرور الجديدة.
hint-unit-name = مثلًا «المشورة والدعم، المركز».
hint-primary-color = بالصيغة #rrggbb. يجب أن يكون النص الأبيض مقروءًا على هذا اللون.
hint-font-scale = القيمة 100 هي الحجم الافتراضي للمتصفح؛ والقيم المسموح بها من 90 إلى 150.
hint-logo = PNG أو JPEG أو WebP، بحد أقصى 256 كيلوبايت.

error-page-home = الانتقال إلى الصفحة الرئيسية
error-page-reference = الرقم المرجعي للدعم الفني: { $id }
error-page-400 = تعذّرت قراءة الطلب
error-page-400-help = كان في الطلب شيء غير صحيح. ارجع وحاول مرة أخرى.
error-page-403 = ليست لديك صلاحية الوصول إلى هذه الصفحة
error-page-403-help = هذه الصفحة مخصصة لدور آخر. اسأل مسؤول النظام إذا كنت بحاجة إلى الوصول إليها.
error-page-404 = الصفحة غير موجودة
error-page-404-help = ربما يوجد خطأ إملائي في العنوان، أو ربما حُذفت الصفحة.
error-page-405 = لا يمكن تنفيذ هذا الإجراء بهذه الطريقة
error-page-405-help = لا تقبل الصفحة هذا النوع من الطلبات.
error-page-413 = ما أرسلته كبير جدًا
error-page-413-help = جرّب ملفًا أصغر أو نصًا أقصر.
error-page-429 = محاولات كثيرة جدًا
error-page-429-help = انتظر قليلًا ثم حاول مرة أخرى.
error-page-500 = حدث خطأ من جانبنا
error-page-500-help = تم تسجيل الخطأ. حاول مرة أخرى بعد قليل؛ وإذا استمر الخطأ، فتواصل مع الدعم الفني واذكر الرقم المرجعي أدناه.
error-page-503 = الخدمة غير متاحة حاليًا
error-page-503-help = قاعدة البيانات لا تستجيب. حاول مرة أخرى بعد قليل.
error-page-csrf = انتهت صلاحية النموذج
error-page-csrf-help = تعذّر إرسال النموذج لأسباب أمنية. أعد تحميل الصفحة وحاول مرة أخرى.

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = نسيت كلمة المرور؟ اطلب من مسؤول النظام في وحدتك تعيين كلمة مرور جديدة.
login-error-missing = أدخل اسم المستخدم وكلمة المرور.
login-error-invalid = اسم المستخدم أو كلمة المرور غير صحيحة.
login-error-throttled = محاولات فاشلة كثيرة جدًا. انتظر { $wait } ثم حاول مرة أخرى.
login-wait-seconds = { $count ->
    [zero] { $count } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
login-wait-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
login-error-busy = يسجّل كثيرون الدخول في هذه اللحظة. حاول مرة أخرى بعد بضع ثوانٍ.

home-title = الرئيسية
home-greeting = مرحبًا { $name }!
home-unit = وحدتك: { $unit }.
home-role = دورك: { $role }.
home-audit-text = اطّلع على من فعل ماذا ومتى، وأجرِ عمليات تحقق عشوائية.
home-users-text = أضف زملاء، وغيّر الأدوار، وأوقف الحسابات.
home-unit-text = الاسم واللون وحجم النص والشعار.
home-account-text = غيّر كلمة المرور الخاصة بك.

password-title = تغيير كلمة المرور
password-submit = تغيير كلمة المرور
password-saved = تم تغيير كلمة المرور، وتم تسجيل خروجك من أجهزتك الأخرى وإلغاء مفاتيح API الخاصة بك؛ أنشئ مفاتيح جديدة ضمن مفاتيح API للأنظمة التي تحتاج إليها.

setup-title = ابدأ استخدام Lotsen
setup-intro = أنشئ الوحدة وحساب مسؤول النظام الخاص بك. يعمل الرابط مرة واحدة فقط.
setup-submit = إنشاء وتسجيل الدخول

admin-users-title = المستخدمون
admin-users-new = مستخدم جديد
admin-users-create = إنشاء المستخدم
admin-users-caption = { $count ->
    [zero] لا يوجد مستخدمون في الوحدة
    [one] مستخدم واحد في الوحدة
    [two] مستخدمان في الوحدة
    [few] { $count } مستخدمين في الوحدة
    [many] { $count } مستخدمًا في الوحدة
   *[other] { $count } مستخدم في الوحدة
}
admin-users-done-created = تم إنشاء المستخدم.
admin-users-done-saved = تم حفظ التغييرات.
admin-users-done-disabled = تم إيقاف الحساب وإنهاء جميع جلسات الدخول الخاصة به.
admin-users-done-enabled = أصبح الحساب نشطًا مرة أخرى.
admin-users-done-password = تم تعيين كلمة المرور، وتم تسجيل خروج الزميل من جميع الأجهزة وإلغاء مفاتيح API الخاصة به.
admin-users-tokens = مفاتيح API في الوحدة
admin-tokens-title = مفاتيح API في الوحدة
admin-tokens-intro = مفاتيح أنشأها زملاؤك لأنظمة أخرى. يصلح المفتاح لواجهة API فقط، ولا يصلح أبدًا لتسجيل الدخول إلى الصفحات. ألغِ المفتاح الذي لم تعد هناك حاجة إليه أو الذي ربما وصل إلى الأيدي الخطأ؛ فيتوقف عن العمل فورًا. تُلغى المفاتيح أيضًا عند تغيير كلمة مرور صاحبها.
admin-tokens-none = لم ينشئ أحد في الوحدة أي مفتاح API.
admin-tokens-caption = { $count ->
    [zero] لا توجد مفاتيح API
    [one] مفتاح API واحد
    [two] مفتاحا API
    [few] { $count } مفاتيح API
    [many] { $count } مفتاحًا API
   *[other] { $count } مفتاح API
}
admin-tokens-owner = المالك
admin-tokens-created = تاريخ الإنشاء
admin-tokens-last-used = آخر استخدام
admin-tokens-never = لم يُستخدم قط
admin-tokens-revoke-named = إلغاء المفتاح { $name }
admin-tokens-done-revoked = تم إلغاء المفتاح ويتوقف عن العمل فورًا.
admin-user-reset-password = تعيين كلمة مرور جديدة
admin-user-access = الوصول
admin-user-disable = إيقاف الحساب
admin-user-disable-help = لا يمكن تسجيل الدخول بحساب موقوف، وتُنهى جلسات الدخول الجارية فورًا. ويبقى السجل التاريخي محفوظًا.
admin-user-enable = إعادة تفعيل الحساب

admin-unit-title = إعدادات الوحدة
admin-unit-saved = تم حفظ الإعدادات.
admin-unit-logo = الشعار
admin-unit-logo-current = الشعار الحالي
admin-unit-logo-upload = رفع الشعار
admin-unit-logo-remove = حذف الشعار
admin-unit-logo-saved = تم تحديث الشعار.

admin-units-title = الوحدات
admin-units-new = وحدة جديدة
admin-units-new-help = تحصل كل وحدة جديدة على أول مسؤول نظام خاص بها، يتولى بعد ذلك إدارة مستخدميها وإعداداتها.
admin-units-create = إنشاء الوحدة
admin-units-created = تم إنشاء الوحدة ومسؤول النظام الخاص بها.

audit-title = سجل التدقيق
audit-intro = جميع عمليات تسجيل الدخول والتغييرات والاطلاع على البيانات الشخصية في وحدتك. لا يمكن تعديل السجل لاحقًا.
audit-caption = الأحداث، الأحدث أولًا
audit-empty = لا توجد أحداث تطابق عامل التصفية.
audit-any-action = جميع الأحداث
field-audit-user = اسم المستخدم
field-audit-action = الحدث
field-audit-record-type = نوع السجل
field-audit-record-id = معرّف السجل
field-from-date = من تاريخ
field-to-date = حتى تاريخ
field-from-month = من شهر
field-to-month = حتى شهر (ضمنًا)
hint-report-month = YYYY-MM، مثلًا 2026-03.
audit-col-time = الوقت
audit-col-user = المستخدم
audit-col-action = الحدث
audit-col-record = السجل
audit-col-detail = التفاصيل
audit-col-ip = عنوان IP
pager-label = الصفحات
pager-newest = الأحدث
pager-older = أحداث أقدم
audit-action-login-success = تسجيل الدخول
audit-action-login-failure = محاولة دخول فاشلة
audit-action-login-throttled = حظر تسجيل الدخول مؤقتًا
audit-action-logout = تسجيل الخروج
audit-action-setup-complete = اكتمال الإعداد
audit-action-user-create = إنشاء مستخدم
audit-action-user-update = تعديل مستخدم
audit-action-user-disable = إيقاف حساب
audit-action-user-enable = تفعيل حساب
audit-action-user-password = تغيير كلمة المرور
audit-action-user-password-reset = إعادة تعيين كلمة المرور
audit-action-user-two-factor-off = إيقاف التحقق بخطوتين
audit-action-user-two-factor-on = تفعيل التحقق بخطوتين
audit-action-user-two-factor-recovery-codes = رموز احتياطية جديدة
audit-action-user-two-factor-reset = إعادة تعيين التحقق بخطوتين
audit-action-unit-create = إنشاء وحدة
audit-action-unit-update = تعديل وحدة
audit-action-unit-logo = تغيير الشعار

# أسماء الحقول في ملخص الأخطاء
field-current = كلمة المرور الحالية
field-new = كلمة المرور الجديدة
field-confirm = تكرار كلمة المرور
field-name = اسم الوحدة
field-admin-password = كلمة المرور الأولى
field-from = من تاريخ
field-to = إلى تاريخ
field-disable = صلاحية الدخول

audit-actor-cli = سطر الأوامر
audit-record-session = تسجيل الدخول
audit-record-user = مستخدم
audit-record-unit = وحدة

# سجل الحالات
nav-cases = الحالات
home-cases-text = ابحث في حالات الوحدة وصفِّها واعمل عليها.
home-follow-ups = متابعاتي
home-no-follow-ups = لا توجد متابعات بانتظارك.
yes = نعم
no = لا
choose = اختر …
any = الكل
back-to-case = العودة إلى الحالة
back-to-cases = العودة إلى الحالات

case-new-title = تسجيل حالة
case-new-intro = لا تُكتب أسماء هنا. الحالة مجهولة الهوية؛ ولا تُضاف بيانات التواصل إلا إذا رغب الشخص في أن يُعاد الاتصال به.
case-new-referral = الإحالة (اختياري)
case-new-more = بيانات إضافية (اختياري)
case-new-submit = تسجيل
case-title = الحالة رقم { $id }
case-edit-title = تعديل الحالة رقم { $id }
case-edit = تعديل البيانات
case-summary = البيانات
case-figures = الأرقام
case-status-open = مفتوحة
case-status-closed = مغلقة
case-contacts = الاتصالات
case-no-contacts = لا توجد اتصالات بعد.
case-add-contact = إضافة اتصال
case-referrals = الإحالات
case-no-referrals = لا توجد إحالة بعد.
case-add-referral = إضافة إحالة
case-follow-ups = المتابعات
case-no-follow-ups = لا توجد متابعة مخطط لها.
case-add-follow-up = التخطيط لمتابعة
case-close = إغلاق الحالة
case-reopen = إعادة فتح الحالة
case-reopen-help = يمكن إعادة فتح حالة مغلقة، مثلًا إذا تواصل الشخص من جديد بشأن المسألة نفسها. ويُسجَّل ذلك في السجل.
case-done-created = تم تسجيل الحالة.
case-done-saved = تم حفظ التغييرات.
case-done-contact = تمت إضافة الاتصال.
case-done-referral = تمت إضافة الإحالة.
case-done-referral-updated = تم تحديث الإحالة.
case-done-follow-up = تم التخطيط للمتابعة.
case-done-follow-up-done = تم تسجيل المتابعة.
case-done-closed = تم إغلاق الحالة.
case-done-reopened = تمت إعادة فتح الحالة.
case-done-forgotten = تم حذف بيانات التواصل. وتبقى الحالة والإحصاءات محفوظة.

field-case = الحالة
field-channel = وسيلة التواصل الأولى
field-age-group = الفئة العمرية (للشخص الذي تخصه الحالة)
field-category = مجال المشكلة الرئيسي
field-secondary = مجالات مشكلات أخرى
field-minutes = الدقائق
field-mode = طريقة التواصل
field-residency = هل الشخص مسجَّل سكانيًا في البلدية؟
field-returning = شخص سبق له التواصل
field-first-contact-on = أول تواصل
field-referring-org = الجهة المُحيلة
field-previous-case = حالة سابقة
field-coordinator = المنسق المسؤول
field-closed-on = تاريخ الإغلاق
field-outcome = النتيجة
field-date = التاريخ
field-note = ملاحظة
field-author = بواسطة
field-destination = الجهة المُحال إليها
field-referral-kind = نوع الدعم
field-consent = يوافق الشخص على تقديم بياناته إلى الجهة المستقبِلة
field-info-shared = تم تقديم البيانات إلى الجهة المستقبِلة
field-established-on = تاريخ بدء الدعم
field-plan-follow-up = التخطيط لمتابعة
field-follow-up-on = تاريخ المتابعة
field-follow-up-outcome = هل حصل الشخص على الدعم المناسب؟
field-forget-identity = حذف بيانات التواصل الآن
field-sort = الترتيب
field-ref-destination = الجهة المُحال إليها
field-ref-kind = نوع الدعم
field-contact-on = التاريخ
field-contact-mode = طريقة التواصل
field-contact-minutes = الدقائق
field-contact-note = ملاحظة
field-referral-destination = الجهة المُحال إليها
field-referral-on = التاريخ
field-referral-follow-up-on = تاريخ المتابعة
field-follow-up-due-on = تاريخ المتابعة
field-close-outcome = النتيجة
field-close-on = تاريخ الإغلاق
field-close-follow-up-on = تاريخ المتابعة
hint-consent = مطلوبة قبل تقديم أي بيانات عن الشخص إلى جهة أخرى.
hint-referring-org = مثلًا المدرسة التي أرشدت الشخص إلينا. دون ذكر أسماء أشخاص.
hint-previous-case = رقم الحالة، إذا سبق للشخص أن تواصل معنا.
hint-no-names = لا تكتب أسماء أو أي بيانات أخرى قد تكشف هوية أحد.
hint-established-on = املأ هذا الحقل عندما يبدأ الدعم فعليًا.
hint-forget-identity = يُنصح بذلك: لا حاجة إلى هذه البيانات بعد إغلاق الحالة.

residency-yes = نعم، تم التحقق
residency-no = لا
residency-not_applicable = لا ينطبق
figure-contacts = الاتصالات
figure-minutes = مجموع الدقائق
figure-days-to-meeting = عدد الأيام حتى أول لقاء
figure-days-to-support = عدد الأيام حتى بدء الدعم

referral-status-suggested = مقترحة
referral-status-resident_will_contact = سيتواصل الشخص بنفسه
referral-status-contact_made = تم التواصل
referral-status-support_established = بدأ الدعم
referral-status-declined = رفض الشخص
referral-status-not_reached = تعذّر الوصول
referral-consent-given = توجد موافقة
referral-consent-missing = لا توجد موافقة
referral-info-shared = تم تقديم البيانات
referral-update = تحديث الإحالة

follow-up-outcome-yes = نعم
follow-up-outcome-partly = جزئيًا
follow-up-outcome-no = لا
follow-up-outcome-not_reached = تعذّر الوصول إلى الشخص
follow-up-overdue = متأخرة
follow-up-today = اليوم
follow-up-record = تسجيل

cases-title = الحالات
cases-any-status = الكل
cases-mine = حالاتي فقط
cases-mine-short = حالتك
cases-overdue = متابعة متأخرة
cases-count = { $count ->
    [zero] لا توجد حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالة
   *[other] { $count } حالة
}
sort-newest = الأحدث أولًا
sort-oldest = الأقدم أولًا
pager-first = الصفحة الأولى
pager-next = الصفحة التالية

identity-title = بيانات التواصل
identity-view = عرض البيانات
identity-view-help = تُعرض البيانات عندما تختار رؤيتها، ويُسجَّل عندها في السجل أنك اطّلعت عليها.
identity-kept = بيانات التواصل محفوظة لإمكانية معاودة الاتصال بالشخص.
identity-show = عرض بيانات التواصل (يُسجَّل في السجل)
identity-not-yours = لا يمكن الاطلاع عليها إلا للمنسق المسؤول ومدير الوحدة.
identity-none = الحالة مجهولة الهوية. لا توجد بيانات تواصل محفوظة.
identity-add = حفظ بيانات التواصل لمعاودة الاتصال
identity-saved = تم حفظ بيانات التواصل بشكل مشفّر.
identity-logged = يُسجَّل في السجل كل اطلاع على هذه البيانات. احفظ فقط ما يلزم للوصول إلى الشخص.
identity-forget = حذف بيانات التواصل
identity-forget-help = تبقى الحالة وإحصاءاتها محفوظة؛ ولا تُحذف إلا بيانات التواصل.
field-person-name = الاسم
field-phone = الهاتف
field-email = البريد الإلكتروني
field-language = اللغة المفضلة
field-contact-time = أنسب وقت للوصول إلى الشخص
field-reason = سبب حفظ البيانات
hint-reason = مثلًا «معاودة الاتصال بشأن طلب السكن».

error-choose = يُرجى اختيار أحد الخيارات من القائمة.
error-minutes-range = أدخل عدد الدقائق عددًا صحيحًا بين 1 و960.
error-date-future = لا يمكن أن يكون التاريخ في المستقبل.
error-due-date = اختر تاريخًا يبدأ من اليوم ولا يتجاوز سنتين من الآن.
error-note-long = يجب ألا تزيد الملاحظة على 1000 حرف.
error-text = النص طويل جدًا أو يحتوي على أحرف غير مسموح بها.
error-consent-required = يلزم الحصول على موافقة الشخص قبل تقديم بياناته إلى الجهة المستقبِلة.
error-established-date = أدخل تاريخ بدء الدعم.
error-established-before = لا يمكن أن يكون الدعم قد بدأ قبل الإحالة.
error-case-number = لا توجد حالة بهذا الرقم في الوحدة.
error-case-closed = الحالة مغلقة. أعد فتحها للمتابعة.
error-case-already-closed = الحالة مغلقة بالفعل.
error-before-first-contact = لا يمكن أن يكون التاريخ قبل أول تواصل.
error-follow-up-done = تمت المتابعة أو أُلغيت بالفعل.
error-phone = أدخل رقم هاتف يتكون من 5 إلى 15 رقمًا.
error-email = أدخل عنوان بريد إلكتروني مثل name@example.com.
error-reach = أدخل رقم هاتف أو عنوان بريد إلكتروني لإمكانية الوصول إلى الشخص.
error-label = يجب ألا يزيد الاسم على 120 حرفًا.
error-age-bound = أدخل الأعمار أعدادًا صحيحة بين 0 و120، على ألا يقل الحد الأعلى عن الحد الأدنى.

audit-record-case = حالة
audit-action-case-create = تسجيل حالة
audit-action-case-update = تعديل حالة
audit-action-case-close = إغلاق حالة
audit-action-case-reopen = إعادة فتح حالة
audit-action-contact-create = إضافة اتصال
audit-action-referral-create = إضافة إحالة
audit-action-referral-update = تحديث إحالة
audit-action-follow-up-create = التخطيط لمتابعة
audit-action-follow-up-complete = تسجيل متابعة
audit-action-identity-view = عرض بيانات التواصل
audit-action-identity-create = حفظ بيانات التواصل
audit-action-identity-update = تعديل بيانات التواصل
audit-action-identity-forget = حذف بيانات التواصل

mode-from-channel = نفس وسيلة التواصل الأولى
cases-filter = تصفية الحالات

# القوائم
nav-lists = القوائم
home-lists-text = وسائل التواصل الأولى، والفئات العمرية، ومجالات المشكلات، والإحالات، والنتائج.
lists-title = قوائم الوحدة
lists-intro = الخيارات التي يمكن اختيارها في الحالات. يمكن إيقاف استخدام البند المستخدَم، لكن لا يمكن حذفه أبدًا، حتى تحتفظ به الحالات القديمة والإحصاءات.
lists-active = { $count ->
    [zero] لا توجد بنود قيد الاستخدام
    [one] بند واحد قيد الاستخدام
    [two] بندان قيد الاستخدام
    [few] { $count } بنود قيد الاستخدام
    [many] { $count } بندًا قيد الاستخدام
   *[other] { $count } بند قيد الاستخدام
}
lists-retired = { $count ->
    [zero] لا توجد بنود خارج الاستخدام
    [one] بند واحد خارج الاستخدام
    [two] بندان خارج الاستخدام
    [few] { $count } بنود خارج الاستخدام
    [many] { $count } بندًا خارج الاستخدام
   *[other] { $count } بند خارج الاستخدام
}
lists-entries = بنود القائمة
lists-extra = تفاصيل إضافية
lists-add = إضافة بند
back-to-lists = العودة إلى القوائم
back-to-list = العودة إلى { $list }
list-kind-channel = وسائل التواصل الأولى
list-kind-age_group = الفئات العمرية
list-kind-category = مجالات المشكلات
list-kind-contact_mode = طرق التواصل
list-kind-referral_destination = جهات الإحالة
list-kind-referral_kind = أنواع الدعم
list-kind-closing_outcome = نتائج الإغلاق
list-kind-activity_type = أنواع التواصل والتعاون
list-kind-family_area = مجالات تقييم وضع الأسرة
list-kind-landlord = المؤجّرون (السكن أولًا)
list-in-use = قيد الاستخدام
list-retired = خارج الاستخدام
list-use = الاستخدام
list-retire = إيقاف الاستخدام
list-retire-help = لن يظهر البند بعد الآن عند تسجيل حالات جديدة. وتحتفظ به الحالات المسجَّل فيها من قبل، ويبقى ضمن الإحصاءات.
list-restore = إعادة الاستخدام
list-restore-help = هذا البند خارج الاستخدام. أعد استخدامه لتتمكن من اختياره في الحالات الجديدة.
list-counts-as-meeting = يُحتسب لقاءً
list-done-added = تمت إضافة البند.
list-done-saved = تم حفظ التغييرات.
list-done-retired = تم إيقاف استخدام البند.
list-done-restored = أصبح البند قيد الاستخدام مرة أخرى.
group-municipal = البلدية
group-region = المنطقة
group-ngo = منظمة غير ربحية
group-other = جهة أخرى
field-label-sv = الاسم بالسويدية
field-label-en = الاسم بالإنجليزية
field-label-ar = الاسم بالعربية
field-group = المجموعة
field-age-min = من عمر
field-age-max = حتى عمر (ضمنًا)
field-counts-as-meeting = يُحتسب لقاءً
field-ksi-code = رمز KSI
hint-label-translation = إذا تُرك الحقل فارغًا، يُعرض الاسم السويدي.
hint-age-max = اتركه فارغًا للفئة العمرية الأكبر.
hint-counts-as-meeting = يُستخدم في حساب «عدد الأيام حتى أول لقاء».
hint-ksi-code = اختياري. تصنيف التدخلات الصادر عن المجلس الوطني للصحة والرعاية الاجتماعية (Socialstyrelsen)، لإجراء المقارنات بين البلديات.
error-ksi = أدخل رمز KSI بأحرف أو أرقام أو نقطة أو شرطة، بحد أقصى 20 حرفًا.
audit-record-list_entry = بند قائمة
audit-action-list-create = إضافة بند قائمة
audit-action-list-update = تعديل بند قائمة
audit-action-list-retire = إيقاف استخدام بند قائمة
audit-action-list-restore = إعادة استخدام بند قائمة
admin-unit-records = التوثيق
documentation-mode-anonymous = تحتفظ الوحدة بسجل مجهول الهوية: لا تتضمن الحالات أي هوية، بل إحصاءات فقط. ويشترط ذلك أن تكون اللجنة الاجتماعية قد قررت الإعفاء من واجب التوثيق (قانون الخدمات الاجتماعية، SFS 2025:400).
documentation-mode-documented = تقوم الوحدة بالتوثيق: تُسجَّل الهوية وملاحظات مؤرَّخة في الملف عن كل تواصل.
admin-unit-records-help = اختر طريقة احتفاظ الوحدة بسجلها وأدخل قرار اللجنة. يتطلب عدم الكشف عن الهوية قرارًا بالإعفاء: في الوضع المجهول لكل الحالات، وفي وضع التوثيق للزوار الذين يحصلون على المشورة فقط.
admin-unit-records-missing = قرار اللجنة (رقم القيد والتاريخ) غير مُدخَل للحالات المجهولة الهوية التي تستخدمها الوحدة.
admin-unit-records-saved = تم حفظ إعداد التوثيق.
field-decision-ref = قرار اللجنة، رقم القيد
hint-decision-ref = مثلًا «SN 2025/123».
error-reserve-number = يتكون الرقم الاحتياطي من 1 إلى 20 حرفًا (A–Z و0–9 والشرطة) ويحتوي على حرف واحد على الأقل.
error-pnr-check = رقم التحقق غير صحيح.
error-pnr-future = تاريخ الميلاد الوارد في الرقم في المستقبل.
error-pnr-date = التاريخ الوارد في الرقم غير موجود.
error-pnr-format = اكتب الرقم بصيغة YYYYMMDD-NNNN أو YYMMDD-NNNN.
error-decision-needed = يتطلب عدم الكشف عن الهوية قرار اللجنة: أدخل رقم القيد وتاريخ القرار.
admin-unit-records-new-cases = يسري التغيير على الحالات المسجلة من الآن فصاعدًا. تحتفظ الحالات الموجودة بالوضع الذي سُجّلت به.
hint-decided-on = اليوم الذي اتخذت فيه اللجنة القرار، بصيغة YYYY-MM-DD.
field-decided-on = تاريخ القرار
hint-anonymous-walk-ins = يسري في وضع التوثيق فقط، وفقط إذا نصّ قرار اللجنة على ذلك.
field-anonymous-walk-ins = يجوز تسجيل الزوار الذين يحصلون على المشورة فقط دون ذكر الهوية («مشورة فقط، مجهول الهوية»)
records-mode-documented = توثيق (البيانات الشخصية وملاحظات الملف)
records-mode-anonymous = سجل مجهول الهوية (قررت اللجنة الإعفاء)
field-records-mode = طريقة التوثيق في الوحدة
audit-action-unit-records = تعديل قرار التوثيق

# الاستيراد
import-title = استيراد الإحصاءات السابقة
import-intro = استورد الحالات من جدول بيانات (CSV أو XLSX)، بحيث يكون لكل حالة صف واحد. ابدأ بتشغيل تجريبي: فهو يعرض كل خطأ مع الصف والعمود دون حفظ أي شيء. ويمكن استيراد الملف نفسه مرة أخرى دون أن يتكرر أي شيء.
import-example = تنزيل ملف نموذجي يحتوي على جميع الأعمدة
import-run = استيراد ملف
import-submit = استيراد
import-result-title = نتيجة الملف { $file }
import-saved = { $count ->
    [zero] لم تُستورد أي حالة.
    [one] تم استيراد حالة واحدة.
    [two] تم استيراد حالتين.
    [few] تم استيراد { $count } حالات.
    [many] تم استيراد { $count } حالة.
   *[other] تم استيراد { $count } حالة.
}
import-dry-run-ok = { $count ->
    [zero] نجح التشغيل التجريبي: لا توجد حالات يمكن استيرادها. لم يُحفظ أي شيء بعد.
    [one] نجح التشغيل التجريبي: يمكن استيراد حالة واحدة. لم يُحفظ أي شيء بعد.
    [two] نجح التشغيل التجريبي: يمكن استيراد حالتين. لم يُحفظ أي شيء بعد.
    [few] نجح التشغيل التجريبي: يمكن استيراد { $count } حالات. لم يُحفظ أي شيء بعد.
    [many] نجح التشغيل التجريبي: يمكن استيراد { $count } حالة. لم يُحفظ أي شيء بعد.
   *[other] نجح التشغيل التجريبي: يمكن استيراد { $count } حالة. لم يُحفظ أي شيء بعد.
}
import-already = { $count ->
    [zero] لم يكن أي صف مستوردًا من قبل.
    [one] تم تخطي صف واحد لأنه مستورد من قبل.
    [two] تم تخطي صفين لأنهما مستوردان من قبل.
    [few] تم تخطي { $count } صفوف لأنها مستوردة من قبل.
    [many] تم تخطي { $count } صفًا لأنها مستوردة من قبل.
   *[other] تم تخطي { $count } صف لأنها مستوردة من قبل.
}
import-nothing-new = لم يحتوِ الملف على أي حالات جديدة.
import-problems = { $count ->
    [zero] لا توجد أخطاء في الملف
    [one] خطأ واحد في الملف
    [two] خطآن في الملف
    [few] { $count } أخطاء في الملف
    [many] { $count } خطأً في الملف
   *[other] { $count } خطأ في الملف
}
import-nothing-saved = لم يُحفظ أي شيء. صحّح الملف (أو القوائم) وحاول مرة أخرى.
import-problems-caption = الأخطاء حسب الصف والعمود
import-row = الصف
import-column = العمود
import-value = القيمة
import-problem = الخطأ
field-file = الملف
field-dry-run = تشغيل تجريبي – التحقق من الملف دون حفظ
hint-import-file = CSV (بترميز UTF-8، مفصول بفواصل أو بفواصل منقوطة) أو XLSX، بحد أقصى 32 ميغابايت. الأعمدة موضّحة في الملف النموذجي.
hint-import-coordinator = تُسجَّل الحالات باسم هذا المنسق.
error-import-size = حجم الملف أكبر من 32 ميغابايت.
import-error-unreadable = تعذّرت قراءة الملف بصيغة CSV أو XLSX.
import-error-encoding = الملف غير محفوظ بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وحاول مرة أخرى.
import-error-empty = الملف فارغ.
import-error-too-many = يحتوي الملف على أكثر من 200000 صف. قسّمه إلى عدة ملفات.
import-error-format = يقرأ Lotsen ملفات CSV وXLSX. احفظ الورقة بصيغة XLSX أو ”CSV UTF-8“ ثم حاول مرة أخرى.
import-error-dimensions = الورقة أكبر مما يقرأه Lotsen: 200000 صف و200 عمود على الأكثر. احذف الصفوف والأعمدة الفارغة في أطراف الورقة، أو قسّم الملف.
import-error-cells = يحتوي الملف على خلايا أكثر مما يقرأه Lotsen (4 ملايين خلية على الأكثر). قسّم الملف.
import-error-unpacked = يتجاوز حجم الملف بعد فك ضغطه 64 ميغابايت. احفظ الورقة المراد استيرادها فقط، دون صور، ثم حاول مرة أخرى.
import-error-unknown-column = عمود غير معروف.
import-error-missing-column = العمود غير موجود.
import-error-id = أدخل معرّفًا لا يزيد على 100 حرف.
import-error-duplicate-id = المعرّف نفسه موجود في صف سابق من الملف.
import-error-date = أدخل التاريخ بالصيغة YYYY-MM-DD.
import-error-unknown-value = هذه القيمة غير موجودة في قائمة الوحدة.
import-error-yes-no = أدخل نعم أو لا (yes أو no).
import-error-residency = أدخل نعم أو لا أو لا ينطبق (yes أو no أو not applicable).
import-error-contacts = أدخل عدد الاتصالات عددًا صحيحًا بين 1 و200.
import-error-minutes = أدخل عدد الدقائق عددًا صحيحًا بين 0 و100000.
import-error-referral-pair = أدخل الجهة المُحال إليها ونوع الدعم معًا، أو اترك كليهما فارغًا.
import-error-outcome-needed = تحتاج الحالة المغلقة إلى نتيجة.
nav-import = الاستيراد
audit-action-case-import = استيراد حالات

# مفاتيح API
tokens-title = مفاتيح API
tokens-intro = يتيح مفتاح API لنظام آخر (مثل أداة الإحصاءات في البلدية) قراءة الحالات وتسجيلها نيابةً عنك، بدورك وضمن وحدتك. خصّص لكل نظام مفتاحًا خاصًا به، وألغِ المفتاح عندما لا تعود هناك حاجة إليه.
tokens-created = تم إنشاء المفتاح. انسخه الآن – فلن يُعرض إلا هذه المرة فقط.
tokens-created-at = أُنشئ في { $when }
tokens-last-used = آخر استخدام في { $when }
tokens-revoked = مُلغى
tokens-revoke = إلغاء
tokens-new = مفتاح جديد
tokens-create = إنشاء مفتاح
tokens-docs = واجهة API موضّحة في مستند OpenAPI:
field-token-name = الغرض من استخدام المفتاح
hint-token-name = مثلًا «تصدير الإحصاءات» أو «نظام إدارة الحالات».
error-limit = أدخل حجم صفحة بين 1 و200.
audit-action-token-create = إنشاء مفتاح API
audit-action-token-revoke = إلغاء مفتاح API
cases-count-more = أكثر من { $count } حالة

# الاستقبال المفتوح (Drop-in)
nav-dropin = الاستقبال المفتوح
home-dropin-text = مواعيد الاستقبال المفتوح، والجلسات الملغاة، وسجل الزيارات.
dropin-title = الاستقبال المفتوح (Drop-in)
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $weekday } { $day } { $month }
dropin-repeat-weekly = كل أسبوع
dropin-repeat-biweekly = كل أسبوعين
dropin-repeat-monthly = مرة واحدة في الشهر
dropin-repeat-once = جلسة إضافية (لا تتكرر)
dropin-nth-1 = الأول
dropin-nth-2 = الثاني
dropin-nth-3 = الثالث
dropin-nth-4 = الرابع
dropin-nth--1 = الأخير
dropin-rule-weekly = كل يوم { $days }
dropin-rule-biweekly = كل أسبوعين يوم { $days }
dropin-rule-monthly = يوم { $days } { $nth } من كل شهر
dropin-rule-from = ابتداءً من { $date }
dropin-rule-until = حتى { $date } (ضمنًا)
dropin-rule-count = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
dropin-status-scheduled = كالمعتاد
dropin-status-cancelled = ملغاة
dropin-status-moved = نُقلت
dropin-moved-from = بدلًا من { $when }
dropin-done-venue = تم حفظ المكان.
dropin-done-created = تم حفظ المواعيد.
dropin-done-saved = تم حفظ التغيير، وستُحدَّث اشتراكات التقويم.
dropin-done-ended = تم إنهاء السلسلة.
dropin-done-cancelled = تم إلغاء الجلسة. ويظهر ذلك الآن على الصفحة العامة وفي التقويم.
dropin-done-moved = تم نقل الجلسة.
dropin-done-restored = ستُعقد الجلسة كما هو مخطط لها.
dropin-done-logged = تم تسجيل الزيارة.
dropin-public-link = الصفحة العامة التي تعرض المواعيد
dropin-public-page = الصفحة العامة
dropin-series-new = مواعيد جديدة للاستقبال المفتوح
dropin-extra-new = جلسة إضافية
dropin-venue-new = مكان جديد
dropin-venue-edit = تعديل المكان
dropin-today = الاستقبال المفتوح اليوم
dropin-today-none = لا توجد مواعيد للاستقبال المفتوح اليوم.
dropin-recent = الأسابيع الأربعة الماضية
dropin-recent-none = لم تكن هناك جلسات في الأسابيع الأربعة الماضية.
dropin-col-when = الجلسة
dropin-col-visitors = الزوار
dropin-not-logged = لم تُسجَّل
dropin-coming = الأسابيع الأربعة القادمة
dropin-series = المواعيد المتكررة
dropin-series-none = لا توجد مواعيد للاستقبال المفتوح بعد.
dropin-series-ended = منتهية
dropin-venues = الأماكن
dropin-venues-none = لا توجد أماكن بعد. أضف مكانًا أولًا، مثل المكتبة.
dropin-back = العودة إلى الاستقبال المفتوح
dropin-back-series = العودة إلى المواعيد
dropin-series-help = المواعيد بالتوقيت السويدي، ولا تتغير عند الانتقال إلى التوقيت الصيفي أو الشتوي. وتكون الجلسة الأولى في أول يوم من أيام الأسبوع المختارة ابتداءً من تاريخ البدء.
dropin-series-no-venues = لا يوجد مكان يمكن اختياره بعد.
dropin-series-create = حفظ المواعيد
dropin-series-title = مواعيد الاستقبال المفتوح
dropin-series-sessions = الجلسات
dropin-series-edit = تعديل المواعيد
dropin-series-edit-help = يسري التعديل على السلسلة كلها. إذا أردت إلغاء جلسة واحدة أو نقلها، فاختر الجلسة من القائمة أعلاه.
dropin-series-end = إنهاء السلسلة
dropin-series-end-help = تبقى الجلسات حتى اليوم الأخير (ضمنًا)؛ أما الجلسات التي بعده فتُحذف من الصفحة ومن التقويم.
dropin-series-end-button = إنهاء السلسلة
dropin-restore = تراجع: ستُعقد الجلسة كما هو مخطط لها
dropin-log = كيف جرت الجلسة؟
dropin-log-saved = { $count ->
    [zero] تم التسجيل: لم يحضر أي زائر.
    [one] تم التسجيل: زائر واحد.
    [two] تم التسجيل: زائران.
    [few] تم التسجيل: { $count } زوار.
    [many] تم التسجيل: { $count } زائرًا.
   *[other] تم التسجيل: { $count } زائر.
}
dropin-log-save = حفظ الزيارة
dropin-register-case = تسجيل حالة من هذه الجلسة
dropin-cancel = إلغاء الجلسة
dropin-cancel-button = إلغاء الجلسة
dropin-move = نقل الجلسة
dropin-move-button = نقل
dropin-stats-title = إحصاءات الاستقبال المفتوح
dropin-stats-show = عرض
dropin-stats-caption = الاستقبال المفتوح حسب المكان، { $from } – { $to }
dropin-stats-held = المنعقدة
dropin-stats-cancelled = الملغاة
dropin-stats-logged = المسجَّل زوارها
dropin-stats-visitors = الزوار
dropin-stats-per-session = الزوار لكل جلسة
dropin-stats-empty = جلسات بلا زوار
dropin-stats-cases = الحالات التي بدأت هنا
dropin-stats-help = تُحتسب الجلسة منعقدة إذا كانت قد بدأت ولم تُلغَ. وتُحتسب الحالة للمكان الذي سُجِّل فيه أول تواصل.
suppressed-help = { $count ->
    [zero] لا تُعرض الأعداد الأقل من { $count }، حتى لا يمكن التعرّف على أي شخص.
    [one] لا تُعرض الأعداد الأقل من { $count }، حتى لا يمكن التعرّف على أي شخص.
    [two] لا تُعرض الأعداد الأقل من { $count }، حتى لا يمكن التعرّف على أي شخص.
    [few] لا تُعرض الأعداد الأقل من { $count }، حتى لا يمكن التعرّف على أي شخص.
    [many] لا تُعرض الأعداد الأقل من { $count }، حتى لا يمكن التعرّف على أي شخص.
   *[other] لا تُعرض الأعداد الأقل من { $count }، حتى لا يمكن التعرّف على أي شخص.
}
total = المجموع
dropin-public-title = مواعيد الاستقبال المفتوح (Drop-in)
dropin-public-unit-title = مواعيد الاستقبال المفتوح – { $unit }
dropin-public-venue-title = الاستقبال المفتوح في { $venue }
dropin-public-intro = { $count ->
    [one] يمكنك الحضور إلينا دون حجز موعد مسبق، والحصول على المشورة والدعم والمساعدة في الوصول إلى الجهة المناسبة. فيما يلي المواعيد خلال الأسبوع القادم.
    [two] يمكنك الحضور إلينا دون حجز موعد مسبق، والحصول على المشورة والدعم والمساعدة في الوصول إلى الجهة المناسبة. فيما يلي المواعيد خلال الأسبوعين القادمين.
    [few] يمكنك الحضور إلينا دون حجز موعد مسبق، والحصول على المشورة والدعم والمساعدة في الوصول إلى الجهة المناسبة. فيما يلي المواعيد للأسابيع القادمة ({ $count } أسابيع).
    [many] يمكنك الحضور إلينا دون حجز موعد مسبق، والحصول على المشورة والدعم والمساعدة في الوصول إلى الجهة المناسبة. فيما يلي المواعيد للأسابيع القادمة ({ $count } أسبوعًا).
   *[other] يمكنك الحضور إلينا دون حجز موعد مسبق، والحصول على المشورة والدعم والمساعدة في الوصول إلى الجهة المناسبة. فيما يلي المواعيد للأسابيع القادمة ({ $count } أسبوع).
}
dropin-public-none = لا توجد مواعيد للاستقبال المفتوح حاليًا.
dropin-public-no-sessions = لا توجد جلسات خلال هذه الفترة.
dropin-public-map = عرض على الخريطة
dropin-public-more-weeks = { $count ->
    [one] عرض أسبوع واحد
    [two] عرض أسبوعين
    [few] عرض { $count } أسابيع
    [many] عرض { $count } أسبوعًا
   *[other] عرض { $count } أسبوع
}
dropin-public-share = احفظ المواعيد
dropin-public-qr-alt = رمز QR للرابط { $url }
dropin-public-subscribe = أضف المواعيد إلى تقويمك
dropin-public-subscribe-help = يتحدّث تقويمك تلقائيًا عند إلغاء جلسة أو نقلها.
dropin-public-print-help = اطبع هذه الصفحة للحصول على ملصق بحجم A4 مع رمز QR.
dropin-feed-name = الاستقبال المفتوح – { $name }
dropin-feed-summary = الاستقبال المفتوح: { $venue }
field-venue = المكان
field-venue-name = اسم المكان
field-room = الغرفة
field-address = العنوان
field-coordinates = إحداثيات الخريطة
field-accessibility = إمكانية الوصول
field-partners = الشركاء الحاضرون في المكان
field-description-sv = الوصف (بالسويدية)
field-description-en = الوصف (بالإنجليزية)
field-description-ar = الوصف (بالعربية)
field-repeat = التكرار
field-weekdays = أيام الأسبوع
field-week-of-month = أي أسبوع من الشهر
field-start-date = تاريخ البدء
field-start-time = وقت البدء
field-end-time = وقت الانتهاء
field-until = اليوم الأخير
field-count = عدد الجلسات
field-staff = الحاضرون عادةً
field-staff-present = من كان حاضرًا
field-last-day = اليوم الأخير
field-visitors = عدد الزوار
field-cancel-reason = السبب
field-move-reason = السبب (يظهر للجميع)
hint-room = مثلًا «الغرفة الخضراء».
hint-coordinates = خط العرض وخط الطول، مثلًا 59.3326, 18.0649. اختياري.
hint-accessibility = مثلًا «مدخل بلا درجات، حلقة سمعية».
hint-partners = الجهات التي تشارك في الجلسات، مثل شركة الإسكان أو إحدى الجمعيات.
hint-description = يظهر على الصفحة العامة. اكتب بلغة بسيطة.
hint-week-of-month = فقط للمواعيد التي تتكرر مرة واحدة في الشهر.
hint-start-date = تكون الجلسة الأولى في أول يوم من أيام الأسبوع المختارة ابتداءً من هذا التاريخ.
hint-until = اختياري. اتركه فارغًا إذا كانت المواعيد مستمرة حتى إشعار آخر.
hint-count = اختياري، بدلًا من اليوم الأخير.
hint-visitors = عدد السكان الذين حضروا. الرقم 0 إجابة صحيحة.
hint-cancel-reason = يظهر للجميع، مثلًا «بسبب عاصفة ثلجية». لا تكتب أي أسماء.
hint-venue = املأ هذا الحقل إذا قابلت الشخص في الاستقبال المفتوح.
no-venue = ليس في الاستقبال المفتوح
error-time = أدخل الوقت بصيغة مثل 12:30.
error-id = أدخل رقم معرّف.
error-too-long = النص طويل جدًا. اختصره وحاول مرة أخرى.
error-dropin-repeat = اختر كم مرة تتكرر المواعيد.
error-dropin-weekday = اختر أيام الأسبوع من القائمة.
error-dropin-weekday-missing = اختر يومًا واحدًا على الأقل من أيام الأسبوع.
error-dropin-week-of-month = اختر أي أسبوع من الشهر.
error-dropin-until-before-start = لا يمكن أن يكون اليوم الأخير قبل تاريخ البدء. اختر يومًا أخيرًا لاحقًا.
error-dropin-count = أدخل عددًا بين 1 و520.
error-dropin-until-and-count = أدخل إما اليوم الأخير وإما عدد الجلسات، وليس كليهما.
error-dropin-end-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.
error-dropin-too-long = لا يمكن أن تزيد مدة الجلسة على 12 ساعة. اختر وقت انتهاء أبكر.
error-dropin-no-occurrence = لا تنتج عن هذه الاختيارات أي جلسة. تحقّق من تاريخ البدء وأيام الأسبوع واليوم الأخير.
error-dropin-rule = تعذّرت قراءة المواعيد. تحقّق من الحقول وحاول مرة أخرى.
error-dropin-reason = اكتب سبب إلغاء الجلسة؛ فهو يظهر للسكان.
error-dropin-visitors = أدخل عدد الزوار عددًا صحيحًا، 0 أو أكثر.
error-dropin-coordinates = اكتب خط العرض وخط الطول مع فاصلة بينهما، مثلًا 59.3326, 18.0649.
error-dropin-venue = اختر أحد أماكن الوحدة.
error-dropin-once-no-end = الجلسة الإضافية ليست ضمن سلسلة يمكن إنهاؤها. ألغِ الجلسة بدلًا من ذلك.
error-dropin-log-cancelled = لا يمكن تسجيل زوار لجلسة ملغاة. تراجع عن الإلغاء أولًا.
error-dropin-log-future = لم تبدأ الجلسة بعد. سجّل الزيارة بعد بدئها.
error-dropin-no-such-session = هذه الجلسة غير موجودة
error-dropin-range-order = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
error-dropin-range-long = اختر فترة أقصر.
audit-action-venue-create = إنشاء مكان
audit-action-venue-update = تعديل مكان
audit-action-dropin-series-create = إنشاء مواعيد استقبال مفتوح
audit-action-dropin-series-update = تعديل مواعيد استقبال مفتوح
audit-action-dropin-series-end = إنهاء سلسلة استقبال مفتوح
audit-action-dropin-cancel = إلغاء جلسة استقبال مفتوح
audit-action-dropin-move = نقل جلسة استقبال مفتوح
audit-action-dropin-restore = استعادة جلسة استقبال مفتوح
audit-action-dropin-visit = تسجيل زيارة استقبال مفتوح
error-dropin-range-far = اختر تواريخ لا تتجاوز خمس سنوات إلى الوراء وثلاث سنوات إلى الأمام.
error-control-chars = يحتوي النص على أحرف غير مسموح بها.
dropin-moved-to = نُقلت إلى { $venue }، { $when }
dropin-done-split = تبقى الجلسات السابقة كما كانت. تسري المواعيد الجديدة اعتبارًا من اليوم كسلسلة مستقلة.
audit-action-dropin-series-split = تغيير مواعيد الاستقبال المفتوح اعتبارًا من اليوم
error-dropin-move-far = يمكن نقل الجلسة 60 يومًا على الأكثر. وإلا فأضف جلسة إضافية.

## Surveys
nav-surveys = الاستبيانات
survey-answer-green = راضٍ
survey-answer-yellow = أقل رضا
survey-answer-red = غير راضٍ
survey-intro = أجب عن الأسئلة باختيار ما يناسبك أكثر. أنت مجهول الهوية: لا نحفظ اسمك ولا عنوانك ولا أي شيء عن هاتفك.
survey-question-n = السؤال { $n }
survey-free-text-label = ملاحظات أخرى
survey-free-text-hint = اختياري، 1000 حرف على الأكثر.
survey-send = أرسل إجاباتي
survey-privacy = نحفظ الإجابات واللغة والأسبوع الذي أجبت فيه فقط. لا يمكن ربط الإجابات بك أو بأي ملف.
survey-error-choose = اختر إحدى الإجابات.
survey-error-expired = بقيت الصفحة مفتوحة وقتًا طويلًا. اختياراتك ما زالت موجودة: أرسلها مرة أخرى من فضلك.
survey-error-resend = تعذّر استلام إجاباتك. اختياراتك ما زالت موجودة: أرسلها مرة أخرى من فضلك.
survey-error-free-text-long = اكتب 1000 حرف على الأكثر.
survey-error-locales = اختر لغة واحدة على الأقل.
survey-error-no-questions = اكتب سؤالًا واحدًا على الأقل.
survey-error-too-many-questions = يمكن أن يضم الاستبيان 10 أسئلة على الأكثر.
survey-error-goal = أدخل الهدف عددًا صحيحًا من 0 إلى 100.
survey-thanks-title = شكرًا على إجاباتك!
survey-thanks-text = إجاباتك تساعدنا على التحسّن.
survey-thanks-close = يمكنك إغلاق هذه الصفحة الآن.
survey-kiosk-next-hint = يمكن للشخص التالي أن يجيب الآن. ستبدأ الصفحة من جديد تلقائيًا بعد لحظات.
survey-kiosk-next = الشخص التالي
survey-kiosk-idle = هل ما زلت هنا؟ ستُمسح الإجابات قريبًا ليتمكن الشخص التالي من الإجابة.
survey-kiosk-stay = ما زلت هنا
survey-closed = هذا الاستبيان مغلق
survey-invitation-used = هذا الرابط استُخدم من قبل أو انتهت صلاحيته
survey-gone-text = شكرًا لرغبتك في الإجابة. إذا كانت لديك أسئلة فيمكنك التواصل مع منسقي المشورة والدعم.
survey-list-title = الاستبيانات
survey-list-intro = استبيان السكان عند المغادرة واستبيانات الشركاء. الإجابات مجهولة الهوية ولا تُعرض إلا كأعداد، ولا تُعرض أبدًا إذا كانت أقل من الحد.
survey-new = استبيان جديد
survey-edit = تعديل الاستبيان
survey-back = العودة إلى الاستبيانات
survey-back-to-case = العودة إلى الملف
survey-results = النتائج
survey-card = بطاقة برمز QR
survey-link = الرابط
survey-locales-label = اللغات
survey-locales-hint = يُعرض الاستبيان باللغات المختارة. كل نص مطلوب بكل لغة مختارة.
survey-questions-label = الأسئلة
survey-questions-hint = اترك السطر فارغًا لحذف السؤال. للإجابة دائمًا ثلاثة خيارات: راضٍ، أقل رضا، غير راضٍ.
survey-question-text = السؤال
survey-version-label = الإصدار
survey-version-n = الإصدار { $n }
survey-closed-badge = مغلق
survey-title-label = العنوان
survey-goal-label = الهدف لنسبة الراضين (بالمئة)
survey-goal-hint = اختياري. مثلًا 70 إذا كان يجب أن يجيب 70 % على الأقل بأنهم راضون.
survey-free-text-prompt-label = سؤال بنص حر
survey-free-text-on = اطلب نصًا حرًا (اختياري لمن يجيب)
survey-active = الاستبيان مفتوح للإجابات
survey-daily-cap-label = الحد الأقصى للإجابات في اليوم
survey-daily-cap-hint = يحمي الاستبيان من أن يُملأ آليًا. لا تُقبل الإجابات التي تتجاوز الحد حتى اليوم التالي. عدد من 1 إلى 100000.
survey-full-today = شكرًا لك! تلقّى الاستبيان اليوم أقصى عدد من الإجابات. يُرجى الإجابة غدًا بدلًا من ذلك.
error-survey-daily-cap = أدخل عددًا صحيحًا من 1 إلى 100000.
survey-edit-answered = لهذا الاستبيان إجابات. تغيير أي نص ينشئ إصدارًا جديدًا، وتبقى الإجابات السابقة مرتبطة بالإصدار الذي أجابت عنه. الأهداف والفتح والإغلاق لا تغيّر الإصدار.
survey-done-saved = تم حفظ الاستبيان.
survey-done-version = تم حفظ الاستبيان كإصدار جديد.
survey-done-created = تم إنشاء الاستبيان.
survey-card-intro = اطبع البطاقة وضعها على الطاولة في وقت الاستقبال المفتوح. رمز QR يقود إلى الاستبيان.
survey-qr-alt = رمز QR للرابط { $url }
survey-kiosk-title = جهاز لوحي في مكان اللقاء
survey-kiosk-intro = افتح الرابط على الجهاز اللوحي. بعد كل إجابة يبدأ الاستبيان من جديد للشخص التالي، ويُمسح تلقائيًا بعد فترة دون نشاط. تُحسب الإجابات عبر رابط مكان اللقاء لذلك المكان.
survey-no-venue = دون مكان لقاء
survey-invitation-title = رابط الاستبيان
survey-invitation-intro = { $count ->
    [one] أرسل الرابط إلى المقيم، مثلًا في رسالة نصية. يعمل مرة واحدة ويبقى صالحًا ليوم واحد.
   *[other] أرسل الرابط إلى المقيم، مثلًا في رسالة نصية. يعمل مرة واحدة ويبقى صالحًا لمدة { $count } يومًا.
}
survey-invitation-once = يظهر الرابط الآن فقط. لا يمكن ربط الإجابة بالملف أو بالرابط.
survey-invite = أعطِ المقيم رابطًا إلى الاستبيان
survey-results-intro = { $count ->
   *[other] الأعداد الأقل من { $count } تظهر على شكل ‎<{ $count }‎، وكذلك الأعداد التي قد تكشفها.
}
survey-year = السنة
survey-split = التقسيم حسب
survey-split-month = الشهر
survey-split-quarter = ربع السنة
survey-split-half = نصف السنة
survey-split-year = السنة
survey-show = عرض
survey-period = الفترة
survey-period-all = منذ البداية
survey-period-half = النصف { $n } من عام { $year }
survey-period-quarter = الربع { $n } من عام { $year }
survey-period-heading = التوزيع والنص الحر: { $period }
survey-answers = الإجابات
survey-responses = عدد المجيبين
survey-share-green = نسبة الراضين
survey-goal-col = الهدف
survey-goal-is = (الهدف { $goal } %)
survey-goal-met = تحقق
survey-goal-not-met = لم يتحقق
survey-hidden = ‎<{ $n }‎
survey-by-venue = حسب مكان اللقاء
survey-by-language = حسب اللغة
survey-by-version = حسب الإصدار
survey-free-text-heading = النص الحر
survey-free-text-none-asked = { $count ->
   *[other] هذا الاستبيان لا يطلب نصًا حرًا.
}
survey-free-text-not-for-role = { $count ->
   *[other] يظهر النص الحر للمنسقين والمديرين والمسؤولين.
}
survey-free-text-too-few = { $count ->
   *[other] يظهر النص الحر فقط للفترات التي فيها { $count } مجيبين على الأقل.
}
survey-free-text-empty = { $count ->
   *[other] لا يوجد نص حر في هذه الفترة.
}
audit-action-survey-create = تم إنشاء استبيان
audit-action-survey-update = تم تعديل استبيان
audit-action-survey-invitation-create = تم إنشاء رابط استبيان
audit-action-survey-invitation-send = تم إرسال رابط استبيان

## Contact form ("Contact us") and the intake list
dropin-contact-link = لا تستطيع الحضور؟ اطلب منا أن نتواصل معك.
inquiry-title = تواصل معنا
inquiry-intro = هل تريد أن يتواصل معك أحد منسقي المشورة والدعم؟ اترك رقم هاتف أو عنوان بريد إلكتروني وسنتواصل معك في أقرب وقت ممكن. الخدمة مجانية.
inquiry-leave-empty = اترك هذا الحقل فارغًا
inquiry-reach-legend = كيف يمكننا الوصول إليك؟
inquiry-reach-hint = املأ واحدًا منهما على الأقل.
inquiry-phone = رقم الهاتف
inquiry-email = عنوان البريد الإلكتروني
inquiry-name = بماذا نناديك؟ (اختياري)
inquiry-name-hint = يكفي الاسم الأول. لا تحتاج إلى إعطاء رقمك الشخصي.
inquiry-language = بأي لغة تريد أن نتحدث؟
inquiry-time = متى يناسبك أن نتواصل معك؟ (اختياري)
inquiry-time-hint = مثلًا: "أيام الأسبوع بعد الساعة الثالثة عصرًا".
inquiry-category = بماذا يتعلق الأمر؟ (اختياري)
inquiry-age-group = مَن يخص الأمر؟ (اختياري)
inquiry-choose = اختر إن أردت
inquiry-message = رسالة (اختياري)
inquiry-message-hint = اكتب باختصار ما تحتاج المساعدة فيه، بحد أقصى 2000 حرف. لا تكتب هنا الرقم الشخصي أو تفاصيل حساسة؛ يمكنك أن تخبرنا بها عندما نتحدث.
inquiry-partner-legend = هل تملأ النموذج نيابةً عن شخص آخر؟
inquiry-on-behalf = أملأ هذا النموذج نيابةً عن شخص آخر، مثلًا بصفتي معلمًا أو مرشدًا مدرسيًا أو قريبًا
inquiry-on-behalf-hint = اكتب في هذه الحالة رقم هاتف الشخص أو بريده الإلكتروني في الأعلى، واسمك ومؤسستك هنا.
inquiry-partner-name = اسمك
inquiry-partner-org = مؤسستك أو مكان عملك
inquiry-consent = الشخص يعلم أنني أرسل هذا ويريد أن يتم التواصل معه
inquiry-storage-title = كيف نتعامل مع بياناتك
inquiry-storage = تُحفَظ بياناتك مشفّرة، ولا يستطيع قراءتها إلا منسقو المشورة والدعم ومديرهم. بعد أن نتواصل معك تُنقَل إلى ملفك أو تُحذَف. وإذا لم يتعامل معها أحد خلال { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } تُحذَف تلقائيًا. لا نحفظ عنوان IP الخاص بك ولا نستخدم ملفات تعريف الارتباط.
inquiry-send = إرسال
inquiry-feedback-link = هل تفضّل أن تترك ملاحظة دون أن نتواصل معك؟
inquiry-request-link = هل تفضّل أن نتواصل معك؟
inquiry-feedback-title = اترك ملاحظة
inquiry-feedback-intro = أخبرنا بما كان جيدًا أو بما يمكننا تحسينه. أنت مجهول الهوية، ولا يمكننا الرد عليك هنا.
inquiry-feedback-message = ملاحظتك
inquiry-feedback-hint = بحد أقصى 2000 حرف. لا تكتب اسمك أو معلومات أخرى عنك إذا أردت أن تبقى مجهول الهوية.
inquiry-feedback-storage = تُحفَظ ملاحظتك مشفّرة، مع التاريخ دون الساعة، وتُحذَف بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. لا نحفظ عنوان IP الخاص بك ولا نستخدم ملفات تعريف الارتباط.
inquiry-thanks-title = شكرًا لك! لقد استلمنا رسالتك
inquiry-thanks-request = سيتواصل معك أحد منسقي المشورة والدعم في أقرب وقت ممكن.
inquiry-thanks-urgent = هل الأمر مستعجل أو طارئ؟ اتصل بالرقم 112. وإذا كنت تحتاج إلى التحدث مع أحد اليوم، يمكنك أيضًا الحضور في أحد أوقات الاستقبال المفتوح.
inquiry-thanks-feedback = شكرًا لملاحظتك. فهي تساعدنا على التحسّن.
inquiry-dropin-link = اطّلع على أوقات الاستقبال المفتوح
inquiry-error-expired = بقي النموذج مفتوحًا مدة طويلة. تحقّق من بياناتك وأرسله مرة أخرى.
inquiry-error-busy = وصلتنا رسائل كثيرة من اتصالك خلال وقت قصير. انتظر دقيقة ثم أرسل مرة أخرى؛ ما كتبته ما زال موجودًا.
inquiry-error-resend = تعذّر استلام النموذج. تحقّق من بياناتك وأرسله مرة أخرى.
inquiry-case-reason = طلب أن يتم التواصل معه (نموذج التواصل)
error-inquiry-consent = ضع علامة لتأكيد أن الشخص يعلم ويريد أن يتم التواصل معه.
error-inquiry-reach = أدخل رقم هاتف أو عنوان بريد إلكتروني حتى نتمكن من الوصول إليك.
error-message-long = النص طويل جدًا. اكتب 2000 حرف على الأكثر.
home-requests-waiting = { $count ->
    [one] طلب واحد من نموذج التواصل بانتظار الرد
    [two] طلبان من نموذج التواصل بانتظار الرد
    [few] { $count } طلبات من نموذج التواصل بانتظار الرد
    [many] { $count } طلبًا من نموذج التواصل بانتظار الرد
   *[other] { $count } طلب من نموذج التواصل بانتظار الرد
}
nav-intake = الطلبات
intake-title = الطلبات الواردة من نموذج التواصل
intake-intro = أشخاص يريدون أن يتم التواصل معهم، الأطول انتظارًا أولًا. حوّل الطلب إلى حالة أو أغلقه؛ تنتقل البيانات مع الحالة أو تُحذَف. الطلب الذي لا يتعامل معه أحد يُحذَف بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
intake-public-link = عنوان نموذج التواصل
intake-feedback-link = عنوان الملاحظات المجهولة
intake-feedback-count = { $count ->
    [0] الملاحظات
   *[other] الملاحظات ({ $count } جديدة)
}
intake-open-count = { $count ->
    [0] لا توجد طلبات مفتوحة
    [one] طلب مفتوح واحد
    [two] طلبان مفتوحان
    [few] { $count } طلبات مفتوحة
    [many] { $count } طلبًا مفتوحًا
   *[other] { $count } طلب مفتوح
}
intake-none = تم التعامل مع جميع الطلبات.
intake-received = تاريخ الاستلام
intake-about = الموضوع
intake-age-group = الفئة العمرية
intake-form-language = لغة النموذج
intake-actions = الإجراءات
intake-via-partner = عبر جهة شريكة
intake-make-case = تحويل إلى حالة
intake-open = عرض البيانات
intake-open-help = لا تُعرض بيانات الطلب إلا عندما تختار فتحها، وتُسجَّل كل مرة تُعرض فيها في السجل.
intake-request-n = الطلب { $id }
intake-handled-title = ما تم التعامل معه خلال آخر 30 يومًا
intake-outcome = النتيجة
intake-became-case = تحوّل إلى الحالة رقم { $case }
intake-status-open = مفتوح
intake-status-case = تحوّل إلى حالة
intake-status-closed = أُغلق دون فتح حالة
intake-status-expired = حُذف بعد انتهاء المهلة
intake-show-title = الطلب { $id }
intake-back = العودة إلى الطلبات
intake-close = إغلاق دون فتح حالة
intake-close-help = تُحذَف البيانات فورًا. لا يُحفَظ إلا أن الطلب كان موجودًا وسبب إغلاقه.
intake-close-reason = لماذا يُغلق؟
intake-reason-handled = تم التعامل معه دون فتح حالة (مثلًا سؤال بسيط)
intake-reason-not_reachable = تعذّر الوصول إلى الشخص
intake-reason-duplicate = تكرار لطلب آخر
intake-reason-spam = رسالة غير مرغوب فيها أو ليست طلبًا حقيقيًا
intake-already = تم التعامل مع الطلب بالفعل، من قِبلك أو من قِبل زميل.
intake-closed = أُغلق الطلب وحُذفت بياناته.
intake-marked-read = تم وضع علامة "مقروءة" على الملاحظة.
intake-sent-by = المُرسِل
intake-feedback-title = الملاحظات
intake-feedback-intro = ملاحظات مجهولة الهوية من نموذج التواصل، الأحدث أولًا. يُحذَف النص بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
intake-feedback-none = لا توجد ملاحظات حاليًا.
intake-new = جديدة
intake-mark-read = وضع علامة "مقروءة"
identity-message = رسالة من نموذج التواصل
case-from-inquiry = من نموذج التواصل
case-from-inquiry-help = عند الحفظ يصبح الطلب حالة وتنتقل معه بيانات التواصل مشفّرة. يُسجَّل هذا العرض في سجل التدقيق.
admin-unit-privacy = الخصوصية والحذف الدوري
admin-unit-privacy-help = تُخفى الأعداد الصغيرة في الإحصاءات ونتائج الاستبيانات. يُحذَف النص الحر في الاستبيانات والملاحظات المجهولة والطلبات التي لم يُرَد عليها بعد المدة التي تحددها.
admin-unit-privacy-saved = تم حفظ إعدادات الخصوصية والحذف الدوري.
field-suppression-threshold = أصغر عدد يُعرَض
hint-suppression-threshold = الأعداد الأقل من هذا تُعرَض كـ "<5" (أو العدد الذي تختاره). بين 3 و50، وعادةً 5.
field-survey-text-days = عدد أيام حفظ النص الحر والملاحظات
hint-survey-text-days = بين 30 و3650 يومًا.
field-inquiry-days = عدد أيام حفظ الطلب الذي لم يُرَد عليه
hint-inquiry-days = بين 7 و365 يومًا. يظهر في نص نموذج التواصل.
error-threshold = أدخل عددًا صحيحًا بين 3 و50.
error-text-days = أدخل عدد أيام بين 30 و3650.
error-inquiry-days = أدخل عدد أيام بين 7 و365.
audit-action-inquiry-view = عُرض طلب
audit-action-inquiry-close = أُغلق طلب
audit-action-inquiry-case = تحوّل طلب إلى حالة
audit-action-inquiry-expire = حُذفت طلبات دوريًا
audit-action-feedback-view = قُرئت ملاحظات
audit-action-feedback-read = وُضعت علامة "مقروءة" على ملاحظة
audit-action-unit-privacy = تم تغيير إعدادات الخصوصية

## Outreach and collaboration ("samverkan")
nav-outreach = التواصل والتعاون
outreach-title = التواصل المجتمعي والتعاون
outreach-intro = الشبكات واجتماعات أولياء الأمور والاجتماعات المدرسية والفعاليات والزيارات التعريفية. اكتب ما حدث، ولا تذكر أبدًا هوية أي شخص.
outreach-new-title = نشاط جديد
outreach-edit-title = تعديل النشاط
outreach-back = العودة إلى التواصل والتعاون
outreach-form-intro = املأ النموذج مباشرة بعد النشاط، ويمكنك ذلك من هاتفك. يكفي للإحصاءات عدد الأشخاص الذين تم الوصول إليهم وعدد الدقائق.
outreach-created = تم حفظ النشاط.
outreach-saved = تم حفظ التعديل.
outreach-filter = عرض
outreach-all-types = جميع الأنواع
outreach-totals = المجموع لهذا الاختيار
outreach-total-activities = الأنشطة
outreach-total-reached = عدد الأشخاص الذين تم الوصول إليهم
outreach-total-hours = الساعات
outreach-by-type = حسب نوع النشاط
outreach-activities = الأنشطة
outreach-log = الأنشطة، الأحدث أولًا
outreach-none = لا توجد أنشطة في هذا الاختيار.
outreach-shown = { $n ->
    [few] تُعرض آخر { $n } أنشطة؛ والمجاميع تشملها كلها.
    [many] تُعرض آخر { $n } نشاطًا؛ والمجاميع تشملها كلها.
   *[other] تُعرض آخر { $n } نشاط؛ والمجاميع تشملها كلها.
}
outreach-edit = تعديل
field-activity-type = نوع النشاط
field-activity-on = التاريخ
field-reached = عدد الأشخاص الذين تم الوصول إليهم
hint-reached = يكفي عدد تقريبي، مثلًا 25 من أولياء الأمور.
field-activity-minutes = الدقائق
hint-activity-minutes = اختياري. مدة النشاط، 960 دقيقة على الأكثر.
field-partners-present = الجهات الشريكة
hint-partners-present = مؤسسات، مثلًا "مدرسة رينكيبي، الخدمات الاجتماعية". لا تذكر أسماء أفراد.
field-coordinators-present = المنسقون المشاركون
field-activity-note = ملاحظة
hint-activity-note = 500 حرف على الأكثر. لا أسماء ولا معلومات يمكن أن تدل على شخص بعينه.
error-outreach-reached = أدخل عددًا صحيحًا من 0 إلى 100000.
error-outreach-minutes = أدخل الدقائق عددًا صحيحًا من 0 إلى 960.
audit-action-outreach-create = تم تسجيل نشاط تواصل
audit-action-outreach-update = تم تعديل نشاط تواصل
audit-action-person-create = تم تسجيل شخص
audit-action-person-update = تم تعديل البيانات الشخصية
audit-action-person-view = تم عرض البيانات الشخصية

## School concern reports ("orosanmälningar")
concern-nav = بلاغات القلق من المدارس
home-concern-text = بلاغات القلق لكل شهر حسب النتيجة، مُدخلة يدويًا أو مقروءة من ملف.
home-outreach-text = الشبكات واجتماعات أولياء الأمور وأشكال التعاون الأخرى، مع عدد الأشخاص الذين تم الوصول إليهم.
concern-title = بلاغات القلق من المدارس { $year }
concern-intro = عدد بلاغات القلق الواردة من المدارس لكل شهر وحسب النتيجة، وفق بيانات الخدمات الاجتماعية. يستخدمها تقرير الأثر.
concern-years = سنوات أخرى
concern-year-link = عرض { $year }
concern-caption = بلاغات القلق لكل شهر { $year }
concern-outcome = النتيجة
concern-outcome-no_investigation = لم يؤدِّ إلى تحقيق
concern-outcome-investigation = أدّى إلى فتح تحقيق
concern-outcome-ongoing = أُلحق بتحقيق جارٍ
concern-total = المجموع
concern-month = الشهر
concern-dash = "–" تعني أن الشهر لم يُدخَل بعد.
concern-enter = إدخال الأرقام
concern-enter-help = الحقل الفارغ يعني "لم يُدخَل". اكتب 0 لشهر لم ترد فيه بلاغات.
concern-enter-caption = العدد لكل شهر ونتيجة { $year }
concern-saved = تم حفظ الأرقام.
concern-import = القراءة من ملف
concern-import-help = ملف CSV أو XLSX يحتوي على عمود الشهر (YYYY-MM) وعدد لكل نتيجة. الأشهر الموجودة في الملف تحلّ محل ما كان مسجلًا؛ ولا يُحفَظ شيء إذا كان في الملف أي خطأ.
concern-import-example = تنزيل ملف نموذجي
concern-import-file = الملف
concern-import-dry-run = التحقق فقط دون حفظ
concern-import-run = قراءة الملف
concern-import-saved = { $count ->
    [one] تمت قراءة شهر واحد.
    [two] تمت قراءة شهرين.
    [few] تمت قراءة { $count } أشهر.
   *[other] تمت قراءة { $count } شهرًا.
}
concern-import-ready = { $count ->
    [one] الملف صحيح: يمكن قراءة شهر واحد.
    [two] الملف صحيح: يمكن قراءة شهرين.
    [few] الملف صحيح: يمكن قراءة { $count } أشهر.
   *[other] الملف صحيح: يمكن قراءة { $count } شهرًا.
}
error-concern-count = أدخل عددًا صحيحًا من 0 إلى 100000، أو اترك الحقل فارغًا.
error-concern-month = أدخل الشهر بالصيغة YYYY-MM، مثلًا 2023-01.
error-concern-month-twice = هذا الشهر موجود بالفعل في صف سابق.
audit-action-concern-update = تم إدخال بلاغات القلق
audit-action-concern-import = تمت قراءة بلاغات القلق من ملف

## The manager's inputs to the effect report
inputs-title = مُدخلات تقرير الأثر
home-inputs-text = التكاليف والنسب التقديرية والأهداف، مع تواريخها.
inputs-intro = يحسب تقرير الأثر بهذه القيم ويطبعها بجانب كل نتيجة. لا تُعدَّل القيمة أبدًا: أضف قيمة جديدة مع التاريخ الذي تسري منه. ويمكن حذف القيمة الخاطئة؛ فتبقى ظاهرة مشطوبة ولا تُحتسب.
inputs-add = إضافة قيمة
inputs-add-button = إضافة
inputs-none = لا توجد قيمة بعد. لذلك لا يعرض التقرير ما يُحسب منها.
inputs-period = تسري
inputs-added-by = أضافها
inputs-removed = محذوفة
inputs-current = سارية اليوم
inputs-remove = حذف
input-added = تمت إضافة القيمة.
input-removed = حُذفت القيمة ولم تعد تُحتسب.
input-from = من { $date }
input-kind-unit_cost = تكلفة الوحدة لفترة ما
input-kind-unit_cost-help = الموظفون والمدير والمقر والمعدات خلال الفترة، بالكرونة. تكلفة الحالة الواحدة = التكلفة ÷ عدد الحالات في الفترة.
input-kind-investigation_cost = متوسط تكلفة التحقيق
input-kind-investigation_cost-help = ما يكلّفه التحقيق بشأن طفل للخدمات الاجتماعية في المتوسط، بالكرونة.
input-kind-school_avoided_share = نسبة حالات المدارس التي كانت ستصبح تحقيقًا لولا ذلك
input-kind-school_avoided_share-help = النسبة التقديرية من الحالات الواردة عبر المدرسة التي أمكن فيها تجنّب التحقيق، بالنسبة المئوية.
input-kind-concern_reach_share = نسبة بلاغات القلق المراد الوصول إليها مبكرًا
input-kind-concern_reach_share-help = نسبة بلاغات القلق التي أدّت إلى تحقيق والتي تسعى الوحدة إلى الوصول إليها قبل الحاجة إلى بلاغ، بالنسبة المئوية.
input-kind-applications_goal = الهدف: طلبات المساعدة بين جميع التواصلات
input-kind-applications_goal-help = الهدف لنسبة طلبات المساعدة بين جميع الإحالات، بالنسبة المئوية.
field-kind = لأي شيء هذه القيمة؟
field-value = القيمة
hint-input-value = بالكرونة للتكاليف (مثلًا 800000)، وبالنسبة المئوية للنسب والأهداف (مثلًا 50 أو 12.5).
field-valid-from = تسري من
field-valid-to = حتى
hint-valid-to = لتكلفة الوحدة فقط: آخر يوم في الفترة.
hint-input-note = اختياري: مصدر القيمة، مثلًا "ميزانية 2023" أو "قرار اللجنة ⁦2023-02-14⁩".
error-input-amount = أدخل مبلغًا بالكرونة الكاملة، مثلًا 800000.
error-input-percent = أدخل نسبة مئوية من 0 إلى 100، بمنزلة عشرية واحدة على الأكثر.
error-input-period = لا يمكن أن يكون تاريخ النهاية قبل تاريخ البداية.
audit-action-report-input-create = أُضيف مُدخل لتقرير الأثر
audit-action-report-input-remove = حُذف مُدخل من تقرير الأثر
error-concern-year = لم يكن النموذج لسنة صالحة. اختر السنة وأدخل الأرقام مرة أخرى.
error-concern-too-many = يحتوي الملف على أكثر من 2000 صف.
error-input-overlap = توجد بالفعل تكلفة للأيام نفسها. احذفها أولًا إذا كانت خاطئة.

## Effect report
nav-report = تقرير الأثر
report-title = تقرير الأثر
report-compared-with = مقارنةً بالفترة السابقة: { $period }
report-period-dates = { $from } – { $to }
field-period = الفترة
report-period-help = اختر فترة، أو اختر «فترة مخصصة» وأدخل الأشهر. يغطي التقرير دائمًا أشهرًا كاملة حتى الشهر الماضي ضمنًا. وتُعرض بجانبها الفترة السابقة من النوع نفسه.
report-show = عرض
report-preset-this-year = هذا العام، أشهر كاملة
report-preset-month = الشهر الماضي
report-preset-quarter = الربع الماضي
report-preset-half-year = نصف السنة الماضي
report-preset-year = العام الماضي
report-preset-since-start = منذ البداية
report-preset-custom = فترة مخصصة
report-suppression = الأعداد الأقل من { $n } تظهر على شكل «<{ $n }»، وأحيانًا يُخفى عدد إضافي حتى لا يمكن استنتاج العدد المخفي من المجموع.
report-links-help = انقر على أي رقم لعرض الحالات التي يستند إليها.
report-contents = المحتويات
report-chart-of = رسم بياني: { $title }
report-chart-table-below = الأرقام نفسها موجودة في الجدول أسفل الرسم البياني.
report-show-cases = عرض الحالات
report-section-cases = الحالات
report-section-referrals = الإحالات
report-section-effort = الجهد المبذول وأوقات الانتظار
report-section-dropin = الاستقبال المفتوح
report-section-outreach = التواصل والتعاون
report-section-surveys = استبيانات المغادرة
report-section-concern = بلاغات القلق من المدارس
report-section-money = التكلفة والتوفير
report-empty-surveys = لا توجد إجابات على الاستبيانات خلال الفترة.
report-empty-concern = لم تُدخَل أي بلاغات قلق لأشهر هذه الفترة.
report-col-period = الفترة الحالية
report-col-previous = الفترة السابقة
report-col-change = التغيّر
report-col-value = القيمة
report-col-formula = طريقة الحساب
report-total = المجموع
report-previous-total = الفترة السابقة، المجموع
report-minutes = الدقائق
report-too-few = الإجابات أقل من أن يُستخلص منها حكم
report-goal-status = هل تحقق الهدف؟
report-handled = الحالات خلال الفترة
report-closed = منها حالات مغلقة
report-returning = منها حالات لسكان سبق لهم التواصل
report-advice-only = منها مشورة فقط
report-contacts-1-2 = 1–2 اتصال
report-contacts-3-5 = 3–5 اتصالات
report-contacts-6- = 6 اتصالات أو أكثر
report-time-lt-1h = أقل من ساعة واحدة
report-time-1-3h = 1–3 ساعات
report-time-gt-3h = أكثر من 3 ساعات
report-referrals-all = جميع الإحالات
report-state-established = بدأ الدعم
report-state-pending = بانتظار الدعم
report-state-ended = رُفضت أو تعذّر الوصول
report-follow-ups-all = جميع المتابعات
report-table-cases = نظرة عامة
report-table-channels = وسائل التواصل الأولى
report-table-age-groups = الفئات العمرية
report-table-categories = مجال المشكلة الرئيسي
report-table-secondary-categories = مجالات المشكلات الأخرى
report-table-outcomes = الحالات المغلقة حسب النتيجة
report-table-contacts = الحالات المغلقة حسب عدد الاتصالات
report-table-time = الحالات المغلقة حسب الوقت الإجمالي
report-table-referral-groups = الإحالات حسب الجهة المسؤولة
report-table-referral-destinations = الإحالات حسب الجهة المستقبِلة
report-table-referral-kinds = الإحالات حسب نوع الدعم
report-table-referral-states = الإحالات حسب الوضع
report-table-applications = طلبات المساعدة حسب الإدارة
report-table-follow-ups = المتابعات: هل حصل المقيم على الدعم المناسب؟
report-table-waiting-times = أوقات الانتظار
report-table-dropin = الاستقبال المفتوح حسب المكان
report-table-outreach = التواصل والتعاون حسب نوع النشاط
report-table-survey = الاستبيان: { $name }
report-table-concern-reports = بلاغات القلق لكل شهر
report-table-cost-and-savings = تكلفة الحالة الواحدة والتوفير التقديري
report-table-inputs = المُدخلات السارية على الفترة
report-first-col-cases = الحالات
report-first-col-channels = وسيلة التواصل الأولى
report-first-col-age-groups = الفئة العمرية
report-first-col-categories = مجال المشكلة
report-first-col-secondary-categories = مجال المشكلة
report-first-col-outcomes = النتيجة
report-first-col-contacts = عدد الاتصالات
report-first-col-time = الوقت الإجمالي
report-first-col-referral-groups = الجهة المسؤولة
report-first-col-referral-destinations = الجهة المستقبِلة
report-first-col-referral-kinds = نوع الدعم
report-first-col-referral-states = الوضع
report-first-col-applications = الإدارة
report-first-col-follow-ups = الإجابة عند المتابعة
report-first-col-waiting-times = الأيام
report-first-col-dropin = المكان
report-first-col-survey = السؤال
report-first-col-money = البند
report-note-cases = تُحتسب الحالة ضمن الفترة إذا كان أول تواصل فيها في موعد أقصاه آخر يوم من الفترة، ولم تُغلق قبل أول يوم من الفترة.
report-note-channels = تُحتسب كل حالة مرة واحدة، حسب وسيلة التواصل التي وردت عبرها.
report-note-age-groups = العمر هو عمر الشخص الذي تخصه الحالة: إذا سأل أحد الوالدين عن طفله، تُسجَّل الحالة على الطفل.
report-note-categories = الأكبر أولًا. لكل حالة مجال مشكلة رئيسي واحد.
report-note-secondary-categories = قد يكون للحالة عدة مجالات مشكلات أخرى، لذا قد يتجاوز المجموع عدد الحالات.
report-note-outcomes = الحالات التي أُغلقت خلال الفترة.
report-note-contacts = الحالات التي أُغلقت خلال الفترة، مع احتساب جميع اتصالاتها.
report-note-time = الحالات التي أُغلقت خلال الفترة، حسب مجموع وقت جميع اتصالاتها.
report-note-referral-groups = الإحالات التي تمت خلال الفترة في حالات الفترة؛ وتُحتسب الحالة مرة واحدة لكل جهة مستقبِلة ونوع دعم ووضع.
report-note-referral-destinations = كل جهة مسؤولة تليها الجهات المستقبِلة التابعة لها.
report-note-referral-kinds = دعم دون قرار بالمساعدة، وطلب المساعدة، وأنواع أخرى.
report-note-referral-states = بدأ الدعم: الدعم قائم فعلًا. بانتظار الدعم: مقترحة، أو سيتواصل المقيم بنفسه، أو تم التواصل.
report-note-applications = الإحالات من نوع طلب المساعدة، حسب الإدارة.
report-note-follow-ups = الحالات التي أُجريت متابعتها خلال الفترة، حسب الإجابة.
report-note-waiting-times = تشمل الحالات التي كان أول تواصل فيها خلال الفترة. الوسيط والمئين التسعون محسوبان بطريقة أقرب رتبة؛ ويُخفيان عندما تكون الحالات قليلة جدًا.
report-note-surveys = تُحتسب الإجابات حسب الأسبوع الذي قُدِّمت فيه. ويخص الهدف نسبة الراضين (الأخضر).
report-note-money = جميع المبالغ والنسب مُدخلات أدخلها مدير الوحدة، وتظهر بجانب النتيجة. ويتم التقريب مرة واحدة، في النهاية.
report-note-inputs = تُوزَّع تكلفة الوحدة حسب عدد الأيام الواقعة ضمن الفترة. وتسري القيم الأخرى من تاريخها حتى تُضاف قيمة جديدة؛ وتُستخدم القيمة التي كانت سارية في آخر يوم من الفترة.
report-note-school-cases = حالات الفترة التي كانت وسيلة التواصل الأولى فيها المدرسة.
report-wait-n = الحالات التي جرى فيها لقاء أول
report-wait-median = عدد الأيام حتى أول لقاء، الوسيط
report-wait-p90 = عدد الأيام حتى أول لقاء، المئين التسعون
report-support-n = الحالات التي بدأ فيها الدعم
report-support-median = عدد الأيام حتى بدء الدعم، الوسيط
report-support-p90 = عدد الأيام حتى بدء الدعم، المئين التسعون
report-unit-cost = تكلفة الوحدة للفترة
report-cost-per-case = تكلفة الحالة الواحدة
report-school-cases = الحالات الواردة عبر المدرسة
report-school-saving = التوفير التقديري، حالات المدارس
report-led-to-investigation = بلاغات القلق التي أدّت إلى تحقيق
report-concern-saving = التوفير المحتمل، بلاغات القلق التي يُوصَل إليها مبكرًا
report-applications-share = طلبات المساعدة بين جميع الإحالات
report-applications-vs-goal = الهدف { $goal }: { $status }
report-input-missing = المُدخل غير موجود: أضفه في صفحة مُدخلات تقرير الأثر.
report-hidden-cases = عدد الحالات أصغر من أن يُعرض، لذا لا يُعرض أيضًا ما يُحسب منه.
report-no-concern = لم تُدخَل بلاغات قلق لهذه الفترة.
report-formula-cost-part = { $amount } للفترة { $from } – { $to } × { $days_in }/{ $days } يوم = { $counted }
report-formula-cost-per-case = { $cost } ÷ { $cases } حالة = { $result }
report-formula-saving = ({ $investigation } − { $per_case_cost }) × { $count } × { $share } = { $per_case } × { $avoided } = { $total }
report-cases-behind = الحالات التي يستند إليها الرقم «{ $figure }» في تقرير الأثر للفترة { $from } – { $to }.
report-back = العودة إلى التقرير
report-all-cases = عرض جميع الحالات
error-report-figure = رابط التقرير غير مكتمل. افتح الرقم من التقرير مرة أخرى.
error-report-order = لا يمكن أن يكون تاريخ النهاية قبل تاريخ البداية.
error-report-long = لا يمكن أن يغطي التقرير أكثر من 25 عامًا.
error-report-month = أدخل الشهر بصيغة YYYY-MM، مثلًا 2026-03.
error-report-incomplete = يغطي التقرير أشهرًا كاملة: اختر الشهر الماضي كحد أقصى.
field-figure = الرقم في التقرير
report-exports = تنزيل التقرير
report-export-csv = ملفات CSV (مضغوطة zip)
report-export-xlsx = مصنف Excel ‏(XLSX)
report-export-pdf = ملف PDF لوثيقة اللجنة
report-export-unit = الوحدة
report-export-period = الفترة
report-export-threshold = أصغر عدد يُعرض
report-export-made = تاريخ الإعداد
report-export-bad-period = الفترة غير صالحة. اختر الفترة في صفحة التقرير ثم نزّل التقرير مرة أخرى.
audit-action-report-export = نُزِّل تقرير الأثر
report-closed-total = الحالات المغلقة
home-goals = الأهداف ومسارها
home-goals-none = لم تُحدَّد أهداف بعد. حدِّد أهداف أسئلة الاستبيان في صفحة الاستبيانات، وهدف الطلبات في مُدخلات تقرير الأثر.
home-goal = الهدف لـ
home-trend = الاتجاه
home-report-link = افتح تقرير الأثر
report-trend-up = صعودًا منذ الربع السابق
report-trend-down = هبوطًا منذ الربع السابق
report-trend-same = دون تغيير منذ الربع السابق
report-trend-unknown = الإجابات أقل من أن يظهر اتجاه
report-no-referrals = لا توجد إحالات خلال الفترة.

## Other units' reports side by side
admin-unit-readers = قرّاء التقرير في وحدات أخرى
admin-unit-readers-help = يمكن السماح لمدير أو محلل في وحدة أخرى بقراءة تقرير الأثر الخاص بهذه الوحدة، الأرقام فقط وليس الحالات أبدًا، مثل مدير لعدة وحدات يريد رؤيتها جنبًا إلى جنب.
admin-unit-readers-link = إدارة قرّاء التقرير
admin-readers-title = قرّاء التقرير في وحدات أخرى
admin-readers-help = يحق للأشخاص المذكورين هنا قراءة تقرير الأثر الخاص بالوحدة بجانب تقرير وحدتهم: الأرقام نفسها التي يراها مديروكم، مع إخفاء الأعداد الصغيرة وفق الحد الذي حددتموه، ولكن دون روابط إلى الحالات ودون بيانات شخصية. لا يمكن إضافة إلا المديرين والمحللين في وحدات أخرى. يُسجَّل كل تغيير.
admin-readers-none = لا يحق لأحد في وحدة أخرى قراءة التقرير.
admin-readers-caption = { $count ->
    [zero] لا يوجد قرّاء للتقرير في وحدات أخرى
    [one] قارئ واحد للتقرير في وحدة أخرى
    [two] قارئان للتقرير في وحدات أخرى
    [few] { $count } قرّاء للتقرير في وحدات أخرى
    [many] { $count } قارئًا للتقرير في وحدات أخرى
   *[other] { $count } قارئ للتقرير في وحدات أخرى
}
admin-readers-home-unit = وحدته
admin-readers-since = يحق له القراءة منذ
admin-readers-actions = إجراءات
admin-readers-remove = إزالة
admin-readers-add = إضافة قارئ للتقرير
admin-readers-add-button = السماح بالقراءة
admin-readers-back = العودة إلى إعدادات الوحدة
admin-readers-added = أُضيف قارئ التقرير.
admin-readers-removed = أُزيل حق القراءة.
hint-reader-username = اسم المستخدم لمدير أو محلل في وحدة أخرى.
error-reader-unknown = لا يوجد مستخدم بهذا الاسم.
error-reader-own-unit = ينتمي المستخدم إلى هذه الوحدة ويقرأ التقرير أصلًا بحسب دوره.
error-reader-role = لا يمكن السماح بقراءة تقرير وحدة أخرى إلا للمديرين والمحللين.
error-reader-disabled = الحساب موقوف.
report-units-title = الوحدات
report-units-own = { $unit } فقط
report-units-all = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] الوحدتان جنبًا إلى جنب
    [few] جميع الوحدات الـ{ $count } جنبًا إلى جنب
    [many] جميع الوحدات الـ{ $count } جنبًا إلى جنب
   *[other] جميع الوحدات الـ{ $count } جنبًا إلى جنب
}
report-units-help = تظهر الوحدات جنبًا إلى جنب، وكل منها محسوبة كما في تقريرها الخاص. تُخفى الأعداد الصغيرة وفق الحد الخاص بكل وحدة («<5» تعني أقل من 5). لا تؤدي الأرقام إلى الحالات؛ افتح تقرير وحدتك لذلك.
report-units-threshold = الحد الخاص بكل وحدة
report-compare-column = كل عمود هو «{ $column }» في تقرير الوحدة الخاص.

## Support directory: import and export
directory-import-title = دليل الدعم: الاستيراد والتنزيل
home-directory-text = الخدمات التي تحيلون الناس إليها: أضفها وعدّلها وتحقق منها وشاركها بشكل مفتوح.
directory-import-intro = استورد دليل البلدية لخدمات الدعم بصيغة Open Referral HSDS 3.0: ملف JSON (كائن واحد أو قائمة أو صفحة من واجهة HSDS أو الصيغة الجدولية بصيغة JSON) أو الحزمة الجدولية كملف zip يضم ملف CSV لكل كائن. يعرض التشغيل التجريبي كل خطأ حسب السجل والحقل ولا يحفظ شيئًا. أما الاستيراد الفعلي فيحفظ كل شيء أو لا شيء؛ وتُحدَّث السجلات ذات المعرّف نفسه، لذا لا يغيّر استيراد الملف نفسه مرتين أي شيء.
directory-export-zip = تنزيل الدليل كحزمة CSV (zip)
directory-export-json = تنزيل الدليل بصيغة JSON
directory-api = واجهة HSDS المفتوحة للدليل
hint-directory-file = ملف ‎.json أو ‎.zip، بحد أقصى 32 ميغابايت.
directory-form-json = HSDS JSON
directory-form-tabular-json = الصيغة الجدولية لـ HSDS بصيغة JSON
directory-form-csv-zip = الحزمة الجدولية لـ HSDS (ملفات CSV في zip)
directory-import-saved = تم استيراد الدليل.
directory-import-empty = لا يحتوي الملف على أي سجلات.
directory-import-dry-run-ok = يمكن استيراد الملف. لم يُحفظ شيء بعد: ألغِ تحديد التشغيل التجريبي واستورد مرة أخرى.
directory-import-errors = { $count ->
    [zero] لا توجد أخطاء
    [one] خطأ واحد يمنع الاستيراد
    [two] خطآن يمنعان الاستيراد
    [few] { $count } أخطاء تمنع الاستيراد
    [many] { $count } خطأً يمنع الاستيراد
   *[other] { $count } خطأ يمنع الاستيراد
}
directory-tally-saved = السجلات حسب الكائن
directory-tally-would = السجلات حسب الكائن، وما سيفعله الاستيراد
directory-object = الكائن
directory-records = السجلات
directory-created = جديدة
directory-updated = معدّلة
directory-unchanged = دون تغيير
directory-record = السجل (المعرّف)
directory-where = الموضع في الملف
directory-errors-caption = { $count ->
    [zero] لا توجد أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
directory-warnings-caption = { $count ->
    [zero] لا توجد تحذيرات
    [one] تحذير واحد (يُستورد رغم ذلك)
    [two] تحذيران (يُستوردان رغم ذلك)
    [few] { $count } تحذيرات (تُستورد رغم ذلك)
    [many] { $count } تحذيرًا (تُستورد رغم ذلك)
   *[other] { $count } تحذير (تُستورد رغم ذلك)
}

## Hitta stöd (public directory search)
support-title = ابحث عن الدعم
support-intro = ابحث في خدمات الدعم المتوفرة في البلدية: الجهات الحكومية والإقليم والجمعيات وغيرها. اكتب ما تحتاج المساعدة فيه، بالسويدية إن أمكن، مثل «ekonomi» (المال) أو «skulder» (الديون) أو «boende» (السكن).
support-field-q = بماذا تحتاج المساعدة؟
support-hint-q = كلمة واحدة أو أكثر. تنجح الكتابة أيضًا بدون الأحرف å وä وö.
support-field-category = المجال
support-all-categories = جميع المجالات
support-search = بحث
support-found = { $count ->
    [zero] لم يُعثر على أي خدمة
    [one] عُثر على خدمة واحدة
    [two] عُثر على خدمتين
    [few] عُثر على { $count } خدمات
    [many] عُثر على { $count } خدمة
   *[other] عُثر على { $count } خدمة
}
support-all = { $count ->
    [zero] لا توجد خدمات في الدليل
    [one] خدمة واحدة في الدليل
    [two] خدمتان في الدليل
    [few] { $count } خدمات في الدليل
    [many] { $count } خدمة في الدليل
   *[other] { $count } خدمة في الدليل
}
support-none = لا توجد خدمة تطابق بحثك. جرّب كلمة أخرى، أو تواصل معنا وسنساعدك.
support-closed = مغلق مؤقتًا.
support-who = لمن هذا الدعم
support-how = كيف تحصل على الدعم
support-phone = الهاتف
support-email = البريد الإلكتروني
support-web = الموقع الإلكتروني
support-where = المكان
support-access = إمكانية الوصول
support-hours = أوقات العمل
support-languages = اللغات
support-cost = التكلفة
support-free = مجانًا
support-fee = قد تُفرض رسوم
support-pages = الصفحات
support-prev = الصفحة السابقة
support-next = الصفحة التالية
support-page-of = الصفحة { $page } من { $pages }
support-field-language = اللغة
support-any-language = كل اللغات
support-field-cost = التكلفة
support-any-cost = برسوم أو بدون رسوم
support-cost-free = مجاناً
support-cost-fee = برسوم
support-field-place = المكان
support-any-place = البلدية كلها
support-more = المزيد عن { $name }
support-back = العودة إلى «ابحث عن دعم»
support-print = اطبع هذه الصفحة أو احفظها: إنها مصممة لتناسب الورق.
directory-language-sv = السويدية
directory-language-en = الإنجليزية
directory-language-ar = العربية

## اقتراحات من دليل الدعم في الملف
suggest-title = اقتراحات من دليل الدعم
suggest-hint = خدمات تناسب مجالات المشكلة في هذا الملف. تظهر أولاً الخدمات المفتوحة الآن والمتاحة بلغة الشخص.
suggest-none = لا توجد في الدليل خدمة مصنفة بمجالات المشكلة في هذا الملف. اختر جهة من القائمة أدناه.
suggest-use-list = لا شيء من هذه الاقتراحات: اختر جهة من القائمة أدناه
suggest-language = لغة الشخص
suggest-language-any = كل اللغات
suggest-show = عرض الاقتراحات
suggest-open-now = مفتوح الآن حتى { $closes }
suggest-opens-today = يفتح اليوم الساعة { $time }
suggest-opens = يفتح يوم { $day } الساعة { $time }
suggest-hours-unknown = لا توجد مواعيد عمل
suggest-internal = للموظفين فقط
hint-referral-destination = قائمة الجهات التي يحيل إليها فريقك. كل جهة هي خدمة في دليل الدعم.
field-referral-service = اقتراح من دليل الدعم
error-referral-both = اختر إما اقتراحاً أو جهة من القائمة، وليس الاثنين معاً.

## دليل الدعم للموظفين
directory-title = دليل الدعم
directory-intro = كل الخدمات التي تحيلون الناس إليها. تظهر الخدمات العامة في «ابحث عن دعم» وفي واجهة HSDS المفتوحة، أما الداخلية فتظهر لوحدتكم فقط، هنا وفي الاقتراحات داخل الملفات. تعدّلون ما تديره وحدتكم؛ أما الخدمات العامة للوحدات الأخرى فيمكنكم قراءتها والإحالة إليها.
directory-new-service = خدمة جديدة
directory-stale = { $count ->
    [one] خدمة واحدة لم يتم التحقق منها منذ 12 شهراً.
   *[other] { $count } خدمات لم يتم التحقق منها منذ 12 شهراً.
}
directory-field-q = ابحث عن خدمة أو منظمة
directory-field-show = عرض
directory-show-current = كل الخدمات الحالية
directory-show-unverified = لم يتم التحقق منها منذ 12 شهراً
directory-show-internal = داخلية (غير منشورة)
directory-show-retired = متوقفة
directory-search = بحث
directory-services = { $count ->
    [one] خدمة واحدة
   *[other] { $count } خدمات
}
directory-col-service = الخدمة
directory-col-organization = المنظمة
directory-col-status = الحالة
directory-col-verified = آخر تحقق
directory-retired = متوقفة
directory-other-unit = تديره وحدة أخرى
directory-visibility-public = عامة: تظهر في «ابحث عن دعم» وفي الواجهة المفتوحة
directory-visibility-internal = داخلية
directory-never-verified = لم يتم التحقق منها أبداً
directory-mark-verified = تم التحقق اليوم
directory-public-view = كيف يرى السكان الدليل
directory-done-created = تمت إضافة الخدمة.
directory-done-saved = تم حفظ التغييرات.
directory-done-retired = تم إيقاف الخدمة. الإحالات السابقة إليها محفوظة.
directory-done-restored = الخدمة نشطة من جديد.
directory-done-verified = تم تسجيل الخدمة على أنها تم التحقق منها اليوم.
directory-status-active = نشطة
directory-status-temporarily-closed = مغلقة مؤقتاً
directory-status-inactive = غير نشطة حالياً
directory-status-defunct = متوقفة
directory-back = العودة إلى دليل الدعم
directory-is-retired = هذه الخدمة متوقفة. لا تظهر في البحث أو الاقتراحات، لكن الإحالات السابقة إليها محفوظة.
directory-is-internal = هذه الخدمة داخلية. أكمل طريقة الحصول على الدعم ومكانه، واجعلها عامة بعد التحقق من المعلومات.
directory-verified-on = آخر تحقق { $date }
directory-section-service = الخدمة
directory-section-text = ماذا تقدم ولمن
directory-section-reach = اللغات والتواصل
directory-section-where = أين ومتى
directory-section-translations = بالإنجليزية والعربية
directory-section-organization = المنظمة
directory-section-contact = التواصل
field-o-name = اسم المنظمة
field-o-visibility = من يرى المنظمة
field-o-description = الوصف
field-o-phone = الهاتف
field-o-email = البريد الإلكتروني
field-o-website = الموقع الإلكتروني
field-o-group = مجموعة المنظمة في الإحصاءات
hint-o-group = تُستخدم عندما تصبح إحدى خدمات المنظمة خياراً جديداً في قائمة الجهات التي يُحال إليها السكان، لإحصاءات الإحالات.
directory-organization-intro = ما تغيّره هنا ينطبق على جميع خدمات المنظمة، في «ابحث عن الدعم» وفي واجهة البرمجة المفتوحة.
directory-organization-save = حفظ المنظمة
directory-organization-saved = تم حفظ المنظمة.
directory-organization-services = { $count ->
    [one] خدمة واحدة
   *[other] { $count } خدمات
}
directory-organization-no-services = ليس للمنظمة أي خدمات في الدليل.
directory-organization-open = صفحة المنظمة
directory-organization-new = منظمة جديدة (اكتب اسمها أدناه)
directory-cost-free = مجانية
directory-cost-fee = برسوم
directory-cost-unknown = غير معروف
directory-save = حفظ التغييرات
directory-create = إضافة الخدمة
directory-retire = إيقاف الخدمة
directory-retire-hint = الخدمة المتوقفة تختفي من البحث والاقتراحات. الإحالات التي تمت إليها تبقى في الملفات والإحصاءات.
directory-restore = تفعيل الخدمة من جديد
directory-restore-hint = تصبح الخدمة نشطة ويمكن العثور عليها واقتراحها من جديد.
field-s-name = اسم الخدمة
field-s-organization = المنظمة
hint-s-organization = اختر منظمة موجودة، أو اختر «جديدة» واكتب اسمها في الحقل التالي.
field-s-new-organization = اسم المنظمة الجديدة
field-s-group = مجموعة المنظمة في الإحصاءات
hint-s-group = للمنظمة الجديدة فقط: البلدية أو الإقليم أو منظمة غير ربحية أو غير ذلك.
field-s-status = الحالة
field-s-visibility = من يرى الخدمة
field-s-categories = مجالات المشكلة التي تساعد فيها الخدمة
field-s-description = الوصف
field-s-application-process = كيف تحصل على الدعم
hint-s-application-process = مثلاً: اتصل، تعال في أوقات العمل، قدّم طلباً إلكترونياً، تحتاج إلى إحالة.
field-s-eligibility-description = لمن هذا الدعم
hint-s-eligibility-description = مثلاً: مسجل في البلدية، من 16 إلى 25 سنة، الآباء والأمهات.
field-s-minimum-age = أدنى عمر
field-s-maximum-age = أعلى عمر
field-s-cost = التكلفة على الشخص
field-s-fees-description = عن الرسوم
field-s-alert = رسالة للزوار
hint-s-alert = تظهر أولاً، مثلاً عند الإغلاق المؤقت.
field-s-languages = اللغات التي تقدم بها الخدمة
field-s-other-languages = لغات أخرى
hint-s-other-languages = رموز اللغات حسب ISO 639 مفصولة بفواصل: so, fa, ti.
field-s-phone = الهاتف
field-s-email = البريد الإلكتروني
hint-s-email = صندوق بريد مشترك، وليس عنوان شخص.
field-s-url = الموقع الإلكتروني
field-s-place = المكان
field-s-address = عنوان الشارع
field-s-postal-code = الرمز البريدي
field-s-city = المدينة
field-s-county = المحافظة (län)
hint-s-county = مثلاً Skåne län. يطلبها المعيار عند إدخال العنوان.
field-s-accessibility = إمكانية الوصول إلى المكان
hint-s-accessibility = كيفية الدخول والتنقل: درجات، منحدر، مصعد، حلقة سمعية، مرحاض مهيأ لذوي الإعاقة. تتعلق بالمكان، لذا اكتب اسمه أو عنوانه.
error-accessibility-place = اكتب اسم المكان أو عنوانه، لكي ترتبط معلومات الوصول بمكان.
field-s-days = أيام العمل
field-s-opens-at = يفتح
field-s-closes-at = يغلق
field-s-days-2 = أيام العمل، السطر 2
field-s-opens-at-2 = يفتح، السطر 2
field-s-closes-at-2 = يغلق، السطر 2
field-s-days-3 = أيام العمل، السطر 3
field-s-opens-at-3 = يفتح، السطر 3
field-s-closes-at-3 = يغلق، السطر 3
hint-s-hours = هل تختلف الأوقات من يوم لآخر؟ املأ سطراً آخر، مثلاً الاثنين ⁦09:00–12:00⁩ والخميس ⁦13:00–16:00⁩. لا تُحفظ الأسطر الفارغة.
hint-s-translations = إذا تُرك النص فارغاً يظهر النص السويدي.
field-s-name-en = الاسم بالإنجليزية
field-s-description-en = الوصف بالإنجليزية
field-s-application-process-en = كيف تحصل على الدعم، بالإنجليزية
field-s-name-ar = الاسم بالعربية
field-s-description-ar = الوصف بالعربية
field-s-application-process-ar = كيف تحصل على الدعم، بالعربية
field-s-verified = تم التحقق من المعلومات اليوم
hint-s-verified = ضع علامة بعد التأكد من المعلومات مع المنظمة. يظهر التاريخ كآخر تحقق.
error-days = اختر يوماً واحداً على الأقل عند إدخال الأوقات.
error-closes-before = يجب أن يكون وقت الإغلاق بعد وقت الفتح.
error-url = اكتب عنواناً إلكترونياً كاملاً يبدأ بـ https://.
error-postal-code = اكتب الرمز البريدي بخمسة أرقام، مثلاً 222 21.
error-language-code = اكتب رموز اللغات بحرفين أو ثلاثة، مثلاً so, fa.
error-organization = اختر منظمة أو اكتب اسم منظمة جديدة.
error-organization-both = اختر منظمة موجودة أو اكتب منظمة جديدة، وليس الاثنين معاً.

## The resident of a documented case
person-title = البيانات الشخصية في الملف
person-added = تم تسجيل الشخص وربطه بالحالة.
person-found = كان الشخص مسجلًا من قبل وتم ربطه الآن بالحالة. تسري البيانات المسجلة سابقًا.
person-view = عرض الشخص
person-view-help = يُعرض الشخص المعني بالحالة عندما تختار ذلك، ويُسجَّل حينها في السجل أنك اطلعت عليه.
person-help = أدخل الرقم الشخصي أو رقم التنسيق أو الرقم الاحتياطي. إذا كان الشخص مسجلًا في سجل الوحدة تُربط الحالة به، وإلا يُسجَّل شخص جديد بالبيانات أدناه.
person-unit-anonymous = تحتفظ الوحدة بسجل مجهول الهوية: لا تُسجَّل بيانات شخصية في حالاتها.
person-case-closed = الحالة مغلقة. لم يعد من الممكن ربط شخص بها.
person-earlier = حالات الشخص الأخرى
person-earlier-none = ليس للشخص حالات أخرى.
person-reserve = رقم احتياطي
person-support = الشخص الداعم
person-shown-link = البيانات الشخصية
person-case-documented = هذه الحالة موثقة: الشخص المعني بها مسجل في الملف.
person-case-missing = تقوم الوحدة بالتوثيق، لكن لم يُربط أي شخص بهذه الحالة بعد.
field-person-number = الرقم الشخصي أو رقم التنسيق
hint-person-number = YYYYMMDD-NNNN. إذا لم يكن لدى الشخص أي منهما، حدّد خانة الرقم الاحتياطي وأدخل الرقم الاحتياطي للوحدة.
field-reserve-number = هذا رقم احتياطي
hint-reserve-number = من 1 إلى 20 حرفًا، وحرف واحد على الأقل، مثلًا «RES-2026-7».
field-interpreter = يحتاج إلى مترجم
hint-support-person = شخص اختاره الشخص بنفسه ليرافقه. اتركه فارغًا إذا لم يوجد أحد.
field-support-name = اسم الشخص الداعم
field-support-relation = صلته بالشخص
field-support-reach = كيفية التواصل مع الشخص الداعم
error-unit-anonymous = تحتفظ الوحدة بسجل مجهول الهوية ولا تسجّل أشخاصًا.
error-person-linked = هناك شخص مرتبط بهذه الحالة بالفعل.
error-person-number-taken = لدى شخص آخر في السجل هذا الرقم بالفعل.

## The journal of a documented case
journal-title = ملاحظات الملف
journal-logged = يُسجَّل في السجل كل عرض لملاحظات الملف.
journal-print = طباعة ملاحظات الملف
journal-back = العودة إلى ملاحظات الملف
journal-notes = الملاحظات
journal-empty = لا توجد ملاحظات بعد.
journal-not-documented = هذه الحالة غير موثقة: لا يرتبط بها أي شخص، ولذلك ليست لها ملاحظات ملف.
journal-signed-label = موقّعة
journal-unsigned-label = غير موقّعة بعد (تُوقَّع تلقائيًا بعد يوم)
journal-corrects = تصحّح الملاحظة
journal-corrected = صُحّحت بالملاحظة
journal-change = تعديل الملاحظة
journal-sign = توقيع
journal-correct = تصحيح الملاحظة
journal-new = ملاحظة جديدة
journal-new-help = اكتب ما حدث وما تقرر، بنص عادي. يمكن لكاتب الملاحظة تعديلها حتى توقيعها؛ بعد ذلك تُصحَّح بملاحظة جديدة ويبقى الأصل.
journal-write = حفظ الملاحظة
journal-written = تم حفظ الملاحظة.
journal-changed = تم تعديل الملاحظة.
journal-signed = تم توقيع الملاحظة.
field-journal-on = التاريخ الذي تخصه الملاحظة
field-journal-text = الملاحظة
field-journal-correction = التصحيح
hint-journal-text = 10000 حرف كحد أقصى.
error-journal-not-documented = هذه الحالة غير موثقة وليست لها ملاحظات ملف.
error-journal-correct = لا يمكن تصحيح إلا ملاحظة موقّعة في الحالة نفسها.
error-journal-signed = الملاحظة موقّعة ولم يعد من الممكن تعديلها؛ صحّحها بملاحظة جديدة.
audit-action-journal-create = تمت كتابة ملاحظة ملف
audit-action-journal-sign = تم توقيع ملاحظة ملف
audit-action-journal-update = تم تعديل ملاحظة ملف
audit-action-journal-view = تم عرض ملاحظات الملف
error-journal-note-long = يجب ألا تتجاوز ملاحظة الملف 10000 حرف.
admin-unit-retention-link = إتلاف السجلات وبيانات الاتصال
retention-title = الإتلاف
retention-back = العودة إلى إعدادات الوحدة
retention-saved = حُفظت قواعد الإتلاف. تسري ابتداءً من التشغيل التالي.
retention-help = يُتلف السجل الموثَّق بعد خمس سنوات من آخر تدوين فيه، ويجب أن يتم الإتلاف قبل نهاية السنة التالية (قانون الخدمات الاجتماعية، الفصل 12، المادة 2). تبقى الأرقام في تقرير الأثر: تُحفظ الحالة دون الشخص والسجل اليومي والملاحظات.
field-retention-years = عدد السنوات بعد آخر تدوين قبل إتلاف السجل
hint-retention-years = خمس سنوات على الأقل كما يقتضي القانون، وخمسون سنة على الأكثر.
field-keep-sample-days = الاحتفاظ بسجلات الأشخاص المولودين في اليوم 5 أو 15 أو 25 من الشهر (عيّنة بحثية)
hint-keep-sample-days = تُستثنى من الإتلاف سجلات الأشخاص المولودين في هذه الأيام لأغراض البحث.
field-callback-days = عدد الأيام بعد إغلاق الحالة قبل حذف بيانات الاتصال للرد
hint-callback-days = يسري على الحالات المجهولة الهوية. بين 1 و3650 يومًا؛ 90 يومًا ما لم يُقرَّر غير ذلك.
retention-due-title = ما سيُتلف لو جرى الإتلاف اليوم، { $date }
retention-due-help = معاينة فقط: لا يتغير هنا شيء. يجري الإتلاف كل ليلة على الخادم وبالأمر lotsen purge.
retention-last-run = آخر تشغيل: { $time }.
retention-never-run = لم يجرِ الإتلاف بعد.
retention-due-records = { $records ->
    [one] سجل واحد
   *[other] { $records } سجلات
} ({ $cases ->
    [one] حالة واحدة
   *[other] { $cases } حالات
})
retention-due-callbacks = { $count ->
    [one] بيانات الاتصال في حالة مجهولة الهوية مغلقة واحدة
   *[other] بيانات الاتصال في { $count } حالات مجهولة الهوية مغلقة
}
retention-due-kept = { $count ->
    [one] يُحتفظ بسجل واحد انقضت مدته (عيّنة بحثية أو مُعلَّم بعدم الإتلاف أبدًا)
   *[other] يُحتفظ بـ { $count } سجلات انقضت مدتها (عيّنة بحثية أو مُعلَّمة بعدم الإتلاف أبدًا)
}
retention-anonymous-unit = تحتفظ الوحدة بسجل مجهول الهوية. لا تُتلف إلا بيانات الاتصال للرد.
retention-due-caption = السجلات التي ستُتلف
retention-col-cases = الحالات
retention-col-last-entry = آخر تدوين
retention-col-cull-by = يُتلف في موعد أقصاه
retention-more = تعرض القائمة أول 200 سجل.
retention-how = يُكتب كل تشغيل في سجل التدقيق مع الأعداد وأرقام الحالات في صورة مشفّرة.
error-retention-minimum = يقتضي القانون الاحتفاظ بالسجل خمس سنوات على الأقل بعد آخر تدوين.
error-retention-years = أدخل عددًا من السنوات بين 5 و50.
error-callback-days = أدخل عددًا من الأيام بين 1 و3650.
error-keep-not-documented = لا يمكن تعليم إلا حالة موثَّقة لم تُتلف بعد.
keep-title = إتلاف الحالة
keep-saved = حُفظ التعليم.
keep-culled = أُتلف السجل في { $date }. تبقى الحالة في الإحصاءات دون بيانات شخصية أو سجل يومي.
keep-not-documented = الحالة غير موثَّقة؛ فلا تُتلف بوصفها سجلًا.
keep-flagged = لا يُتلف أبدًا:
keep-rule = يُتلف السجل وفق قواعد الوحدة، بعد خمس سنوات من آخر تدوين ما لم يُقرَّر غير ذلك.
keep-link = تعليم السجل بعدم الإتلاف أبدًا
field-keep-reason = سبب عدم إتلاف السجل أبدًا
hint-keep-reason = مثلًا وثائق تتعلق بالأبوة أو التبني أو إيداع طفل. 500 حرف على الأكثر.
keep-save = حفظ التعليم
keep-clear = إزالة التعليم
audit-action-case-keep = حالة مُعلَّمة بعدم الإتلاف أبدًا
audit-action-retention-cull = سجلات أُتلفت
audit-action-retention-run = جرى الإتلاف
audit-action-unit-retention = تغيّرت قواعد الإتلاف
case-new-documented = تحتفظ الوحدة بسجل موثَّق: بعد التسجيل تُدخل الشخص الذي تخصه الحالة، وإذا كانت لدى الشخص حالات سابقة تُعلَّم الحالة تلقائيًا بأنها حالة عائدة.
field-advice-only = نصيحة فقط، دون ذكر الهوية
hint-advice-only = يحصل الزائر على النصيحة فقط ويبقى مجهول الهوية. لا تُوثَّق الحالة وتُحتسب في الإحصاءات فقط.
person-case-created = سُجِّلت الحالة. أدخل الآن الشخص الذي تخصه.
records-request-title = طلب الاطلاع على الوثائق
records-request-help = عندما يطلب شخص الاطلاع على وثائقه، تُعدّ سجله الكامل في الوحدة: الحالات والاتصالات والإحالات والموافقات وملاحظات السجل اليومي. وقبل تسليمه تحجب البيانات المتعلقة بأشخاص آخرين.
records-open = فتح السجل للحجب
records-logged = يُكتب في سجل التدقيق فتحُ السجل وإعدادُ الوثيقة.
records-no-person = لا يوجد شخص مرتبط بالحالة، فلا يوجد سجل لتسليمه.
records-review-help = ضع علامة على الملاحظات التي تتعلق بأكملها بأشخاص آخرين، واكتب الأسماء أو الكلمات التي يجب حجبها أينما وردت. ما يُحجب لا يرد في ملف PDF.
records-no-passages = لا توجد ملاحظات في الحالة.
records-mask-passage = حجب الملاحظة كلها
field-mask = الملاحظات المراد حجبها
field-mask-phrases = الكلمات والأسماء المراد حجبها
hint-mask-phrases = واحد في كل سطر، مثل اسم جار أو قريب. 50 سطرًا على الأكثر.
field-records-lang = لغة الوثيقة
field-phrases = الكلمات والأسماء المراد حجبها
field-lang = لغة الوثيقة
records-make = إعداد ملف PDF
records-title = مستخرج من السجل
records-masked = [محجوب]
records-masking-note = حيث ترد كلمة [محجوب] حُذفت بيانات عن أشخاص آخرين وفق قانون علنية الوثائق والسرية.
records-made = تاريخ الإعداد
records-closed = أُغلقت
records-case = الحالة { $id }
records-contact = اتصال
records-note = ملاحظة في السجل اليومي
records-referral = إحالة
records-consent-yes = بموافقة
records-consent-no = دون موافقة
records-follow-up = متابعة
records-follow-up-open = لم تُنجز بعد
records-corrected = صُحّحت بملاحظة لاحقة.
records-unsigned = غير موقَّعة
error-mask-phrase = يجب أن يتراوح طول كل سطر بين حرفين و200 حرف.
error-mask-phrases-many = لا يمكن حجب أكثر من 50 كلمة أو اسمًا في طلب واحد.
audit-action-records-request = وثائق أُعدّت للتسليم
log-review-link = مراجعة السجل لهذا الشهر
audit-export = تصدير النتائج بصيغة CSV
log-review-title = مراجعة السجل
log-review-back = العودة إلى سجل التدقيق
log-review-help = يراجع مدير كل شهر عيّنة عشوائية من المرات التي اطّلع فيها أحد على بيانات شخصية، وما يلفت النظر: حالات لا يكون المطّلع مسؤولًا عنها، واطّلاعات كثيرة في وقت قصير، واطّلاعات خارج أوقات العمل (7–18 في أيام العمل). علِّم كل اطّلاع بأنه رُوجع مع تعليق، ثم وقِّع الشهر.
field-month = الشهر
log-review-show = عرض
log-review-start = بدء مراجعة { $month }
log-review-month-open = لم ينتهِ الشهر بعد. يُراجَع الشهر بعد انتهائه.
log-review-signed-title = الشهر موقَّع
log-review-signed-line = وقّعه { $name } في { $time }.
log-review-progress = بقي { $left } من { $all } اطّلاعات للمراجعة.
log-review-export = تصدير مراجعة الشهر بصيغة CSV
log-review-empty = لم يطّلع أحد على بيانات شخصية خلال الشهر.
log-review-marked-line = راجعه { $name } في { $time }:
field-log-comment = تعليق
hint-log-comment = مثلًا ما الذي تعلّق به الاطّلاع وأنه كان جزءًا من العمل. 1000 حرف على الأكثر.
log-review-mark = تعليم بأنه رُوجع
field-log-summary = ملخص مراجعة الشهر
hint-log-summary = ما أظهرته المراجعة وما يجب متابعته. 1000 حرف على الأكثر.
log-review-sign = توقيع مراجعة الشهر
log-review-started = بدأت المراجعة.
log-review-marked = عُلِّم الاطّلاع بأنه رُوجع.
log-review-signed = وُقِّعت مراجعة الشهر.
log-review-signed-by = وقّعه
log-review-not-signed = غير موقَّعة
log-col-time = الوقت
log-col-user = المستخدم
log-col-action = الحدث
log-col-record = السجل
log-col-findings = السبب
log-col-reviewed-by = راجعه
log-col-reviewed-at = تاريخ المراجعة
log-col-comment = التعليق
log-finding-sample = عيّنة عشوائية
log-finding-not-responsible = غير مسؤول عن الحالة
log-finding-burst = اطّلاعات كثيرة في وقت قصير
log-finding-after-hours = خارج أوقات العمل
field-comment = تعليق
field-summary = الملخص
error-month = أدخل الشهر بصيغة YYYY-MM.
error-log-month-open = لم ينتهِ الشهر بعد.
error-log-comment = 1000 حرف على الأكثر.
error-log-unmarked = يجب مراجعة كل الاطّلاعات قبل توقيع الشهر.
error-log-signed = الشهر موقَّع بالفعل ولا يمكن تغييره.
audit-action-log-review-start = بدأت مراجعة السجل
audit-action-log-review-mark = رُوجع اطّلاع في مراجعة السجل
audit-action-log-review-sign = وُقِّعت مراجعة السجل
audit-action-audit-export = صُدِّر سجل التدقيق
audit-record-person = شخص
audit-record-log_review = مراجعة السجل
audit-record-job = مهمة مجدولة
extended-title = التواصل المستمر
extended-help = الدعم المطمئن: عند إغلاق الملف يمكن للمقيم أن يختار الإبقاء على شخص تواصل وطريقة التواصل، مثلاً مكالمة كل أسبوع أو لقاء كل شهر. التواصل طوعي ويستمر حتى يرغب المقيم في إنهائه.
extended-agreement = الاتفاق
field-ext-contact = شخص التواصل
hint-ext-contact = الموظف الذي اختاره المقيم.
field-ext-form = الطريقة
field-ext-every = بفاصل قدره
hint-ext-every = 1 يعني كل أسبوع أو كل شهر، و2 كل أسبوعين أو كل شهرين (6 على الأكثر).
field-ext-per = أسابيع أو أشهر
field-ext-starts-on = يبدأ في
hint-ext-starts-on = في يوم إغلاق الملف على أقرب تقدير، وبعد ثلاثة أشهر على الأكثر.
extended-kept = فترات تم فيها التواصل
extended-missed = فترات بلا تواصل
extended-due-by = يجب التواصل قبل نهاية { $date }
extended-next-from = التواصل التالي ابتداءً من { $date }
extended-periods = الفترات (الأحدث من أصل { $count })
extended-period = الفترة
extended-period-state = التواصل
extended-state-kept = تم التواصل
extended-state-missed = فائتة
extended-state-open = جارية
extended-state-ended = انتهى قبل التواصل
extended-check-ins = مرات التواصل
extended-no-check-ins = لم يُسجَّل أي تواصل بعد.
extended-log = تسجيل تواصل
field-ext-held-on = التاريخ
field-ext-outcome = كيف جرى التواصل؟
field-ext-check-form = الطريقة
extended-log-button = سجّل التواصل
extended-journal-hint = ما تحدثتم عنه يُكتب في ملاحظات الملف.
extended-end-title = إنهاء التواصل المستمر
extended-end-help = يمكن للمقيم إنهاء التواصل في أي وقت. بعد الإنهاء لا يُسجَّل أي تواصل آخر.
field-ext-ended-on = انتهى في
field-ext-end-reason = السبب
extended-end-button = أنهِ التواصل
extended-new = عرض التواصل المستمر
extended-needs-resident = يتطلب التواصل المستمر ملفاً موثقاً سُجِّل فيه المقيم تحت البيانات الشخصية.
extended-open-case = الملف ما زال مفتوحاً. يبدأ التواصل المستمر عادةً عند إغلاق الملف.
extended-create = احفظ الاتفاق
extended-past = اتفاقات سابقة
extended-kept-of = { $kept ->
    [zero] لا توجد فترات تم فيها التواصل
    [one] فترة واحدة تم فيها التواصل
    [two] فترتان تم فيهما التواصل
    [few] { $kept } فترات تم فيها التواصل
   *[other] { $kept } فترة تم فيها التواصل
}
extended-form-call = مكالمة هاتفية
extended-form-meeting = لقاء
extended-form-sms = رسالة نصية
extended-form-video = مكالمة فيديو
extended-per-week = أسابيع
extended-per-month = أشهر
extended-every-week = { $n ->
    [1] كل أسبوع
    [2] كل أسبوعين
   *[other] كل { $n } أسابيع
}
extended-every-month = { $n ->
    [1] كل شهر
    [2] كل شهرين
   *[other] كل { $n } أشهر
}
extended-outcome-held = تم التواصل
extended-outcome-not_reached = تعذّر الوصول إلى المقيم
extended-outcome-cancelled = ألغى المقيم هذه المرة
extended-end-wish = رغب المقيم في الإنهاء
extended-end-back_to_support = حصل المقيم على دعم جديد
extended-end-no_contact = لا تواصل منذ مدة طويلة
extended-end-moved = انتقل المقيم
extended-end-other = سبب آخر
extended-offer = تم إغلاق الملف. املأ التواصل المستمر الذي اختاره المقيم.
extended-created = تم حفظ الاتفاق.
extended-checked = تم تسجيل التواصل.
extended-ended = انتهى التواصل المستمر.
error-extended-every = أدخل عدداً صحيحاً من 1 إلى 6.
error-extended-start-early = لا يمكن البدء قبل إغلاق الملف.
error-extended-start-late = يمكن البدء بعد ثلاثة أشهر على الأكثر.
error-extended-before-start = التاريخ يسبق بداية الاتفاق.
error-extended-no-resident = سجّل المقيم أولاً تحت البيانات الشخصية.
error-extended-running = للملف تواصل مستمر جارٍ بالفعل.
error-extended-not-running = لا يوجد تواصل مستمر جارٍ للتسجيل فيه.
home-extended = تواصلي المستمر
extended-missed-count = { $count ->
    [one] فترة واحدة فائتة
    [two] فترتان فائتتان
    [few] { $count } فترات فائتة
   *[other] { $count } فترة فائتة
}
extended-last-held = آخر تواصل { $date }
field-close-extended = يرغب المقيم في التواصل المستمر (الدعم المطمئن)
hint-close-extended = بعد الإغلاق تملأ من سيتولى التواصل وكيف.
audit-action-extended-create = تم الاتفاق على تواصل مستمر
audit-action-extended-check-in = تم تسجيل تواصل ضمن التواصل المستمر
audit-action-extended-end = انتهى التواصل المستمر
persons-title = البحث عن شخص
persons-back = العودة إلى الحالات
persons-help = ابحث عن شخص في سجل الوحدة برقم الهوية الشخصي أو رقم التنسيق أو الرقم الاحتياطي أو بالاسم. يشمل البحث أشخاص الوحدة فقط، وتُظهر كل نتيجة حالات الشخص. يجد المنسق الأشخاص المسؤول عن حالاتهم أو الذين يتولى التواصل المستمر معهم، ويجد المدير الجميع.
persons-logged = يُسجَّل البحث ومن أظهرهم في سجل المراجعة.
field-persons-q = الرقم أو الاسم
hint-persons-q = مثلاً 19811218-9876 أو أمينة حسن.
persons-search = ابحث
persons-found = { $count ->
    [0] لم يُعثر على أي شخص
    [one] تم العثور على شخص واحد
    [two] تم العثور على شخصين
    [few] تم العثور على { $count } أشخاص
   *[other] تم العثور على { $count } شخصاً
}
persons-no-cases = ليس لدى الشخص أي حالات متبقية.
person-change = تعديل البيانات
person-change-help = لا يتغير رقم الهوية أو الرقم الاحتياطي. يُسجَّل التعديل في سجل المراجعة مع البيانات التي تغيّرت.
person-changed = تم تعديل البيانات.
error-extended-start-old = يمكن أن يبدأ قبل سنة على الأكثر.
error-extended-before-check-in = هناك تواصل مسجَّل بعد هذا التاريخ.
field-q = الرقم أو الاسم
error-persons-short = اكتب حرفين على الأقل.

## Family coordination
nav-families = الأسر
family-list-title = تنسيق شؤون الأسرة
family-list-help = المنسقون المتعاونون: أسر لديها أطفال وتتواصل كثيرًا مع الجهات الرسمية والمدرسة والإقليم. يعمل المنسقون في أزواج، بموافقة أولياء الأمور، وهم مستقلون عن الجهات الرسمية.
family-new = أسرة جديدة
family-back = العودة إلى الأسر
family-label = الأسرة { $id }
family-expiring = موافقات ستنتهي قريبًا
family-consent-ends = الموافقة سارية حتى
family-active = الأسر الجارية
family-none-active = لا توجد أسر جارية.
family-waiting = قائمة الانتظار
family-none-waiting = لا توجد أسرة في الانتظار.
family-waiting-others = { $count ->
    [one] أسرة أخرى تنتظر زوجًا من المنسقين.
    [two] أسرتان أخريان تنتظران زوجًا من المنسقين.
    [few] { $count } أسر أخرى تنتظر زوجًا من المنسقين.
    [many] { $count } أسرة أخرى تنتظر زوجًا من المنسقين.
   *[other] { $count } أسرة أخرى تنتظر زوجًا من المنسقين.
}
family-closed-list = الأسر المنتهية
family-col-family = الأسرة
family-col-pair = زوج المنسقين
family-col-started = بدأت
family-col-listed = سُجّلت
family-col-waited = مدة الانتظار
family-col-closed = انتهت
family-col-caseload = الأسر
family-col-change = تغيير
family-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
family-pairs = أزواج المنسقين
family-no-pairs = لا توجد أزواج منسقين بعد. يشكّل المدير الأزواج.
family-caseload = { $active } من { $capacity }
family-pair-full = ممتلئ
family-pair-retired = متوقف
family-pair-retire = إيقاف
family-pair-new = زوج منسقين جديد
family-pair-create = تشكيل الزوج
family-pair-saved = تم حفظ زوج المنسقين.
family-pair-option = { $pair } ({ $active } من { $capacity } أسر)
field-pair-first = المنسق الأول
field-pair-second = المنسق الثاني
field-pair-capacity = عدد الأسر التي يستطيع الزوج متابعتها
hint-pair-capacity = المعتاد نحو 20 أسرة لكل زوج.
family-new-help = أدخل أولياء أمور الأسرة وأطفالها. إذا كان الشخص مسجلًا من قبل بالرقم نفسه تُستخدم البيانات المحفوظة. بدون زوج منسقين تُوضع الأسرة في قائمة الانتظار.
family-row-g1 = ولي الأمر 1
family-row-g2 = ولي الأمر 2
family-row-c1 = الطفل 1
family-row-c2 = الطفل 2
family-row-c3 = الطفل 3
family-row-c4 = الطفل 4
field-g1-name = ولي الأمر 1: الاسم
field-g1-number = ولي الأمر 1: الرقم الشخصي
field-g2-name = ولي الأمر 2: الاسم
field-g2-number = ولي الأمر 2: الرقم الشخصي
field-c1-name = الطفل 1: الاسم
field-c1-number = الطفل 1: الرقم الشخصي
field-c2-name = الطفل 2: الاسم
field-c2-number = الطفل 2: الرقم الشخصي
field-c3-name = الطفل 3: الاسم
field-c3-number = الطفل 3: الرقم الشخصي
field-c4-name = الطفل 4: الاسم
field-c4-number = الطفل 4: الرقم الشخصي
hint-member-number = الرقم الشخصي أو رقم التنسيق، مثلًا 20150312-1234.
field-member-reserve = رقم احتياطي (ليس لدى الشخص رقم شخصي)
field-member-custody = لديه الحضانة
hint-member-custody = يجب أن يوافق كل ولي أمر لديه الحضانة قبل التواصل مع أي جهة.
field-family-language = لغة الأسرة
hint-family-language = تُكتب الخطة وما تحتفظ به الأسرة بهذه اللغة.
field-start-pair = زوج المنسقين
hint-start-pair = تظهر فقط الأزواج التي لديها متسع.
family-to-waiting = لا أحد بعد: إلى قائمة الانتظار
field-start-on = تاريخ البدء
family-create = حفظ الأسرة
family-created = تم حفظ الأسرة.
family-status-waiting = في الانتظار
family-status-active = جارية
family-status-closed = منتهية
family-members = الأسرة
family-guardian = ولي الأمر
family-custody = لديه الحضانة
family-child = طفل
family-age = { $years ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
family-no-pair = لا أحد بعد (قائمة الانتظار)
family-consents = الموافقات
family-consents-help = لا يجوز للمنسقين التواصل إلا مع الجهات التي وافق عليها كل ولي أمر لديه الحضانة. يمكن سحب الموافقة في أي وقت، فلا تعود سارية من اليوم نفسه.
family-in-force = يجوز التواصل اليوم مع:
family-in-force-none = لا جهة.
family-col-actors = الجهات
family-col-valid = السريان
family-consent-in_force = سارية
family-consent-expiring = تنتهي قريبًا
family-consent-expired = منتهية
family-consent-withdrawn = مسحوبة
family-withdraw = سحب
family-consent-new = موافقة جديدة
field-consent-guardian = ولي الأمر الموافق
field-consent-actors = الجهات التي يجوز التواصل معها
field-consent-org = جهة أخرى من دليل الدعم
hint-consent-org = اختياري. أضف جهات أخرى بموافقة جديدة.
family-org-none = لا جهة أخرى
field-consent-given-on = تاريخ إعطاء الموافقة
field-consent-expires-on = الموافقة سارية حتى
hint-consent-expires-on = ثلاث سنوات على الأكثر بعد إعطائها.
family-consent-save = حفظ الموافقة
family-consent-saved = تم حفظ الموافقة.
family-withdrawn-notice = تم سحب الموافقة اعتبارًا من اليوم.
family-contacts = التواصل مع الجهات
family-no-contacts = لا يوجد تواصل بعد.
family-contact-new = تواصل جديد
field-contact-actor = الجهة
hint-contact-actor = لا يقبل النظام التواصل إلا إذا وافق عليه كل ولي أمر لديه الحضانة، في يوم التواصل واليوم أيضًا.
field-contact-kind = نوع التواصل
field-contact-held-on = التاريخ
family-contact-save = حفظ التواصل
family-contact-saved = تم حفظ التواصل.
family-consent-missing-from = لا توجد موافقة سارية من: { $names }
family-contact-meeting = اجتماع مع الأسرة
family-contact-call = مكالمة أو رسالة
family-contact-shared = تم تقديم معلومات
family-actor-school = المدرسة
family-actor-social_services = الخدمات الاجتماعية
family-actor-health_care = الرعاية الصحية في الإقليم
family-actor-employment_service = مكتب العمل
family-actor-social_insurance = صندوق التأمينات الاجتماعية
family-actor-org-gone = جهة محذوفة ({ $id })
family-start = البدء مع زوج منسقين
family-no-room = لا يوجد زوج منسقين لديه متسع الآن.
family-start-button = بدء
family-started = أصبح للأسرة زوج منسقين.
family-close = إنهاء
field-family-close-on = تاريخ الإنهاء
field-family-close-outcome = كيف سارت الأمور
family-close-button = إنهاء متابعة الأسرة
family-closed = انتهت متابعة الأسرة.
family-outcome-goals_met = تحققت الأهداف
family-outcome-partly_met = تحققت الأهداف جزئيًا
family-outcome-family_ended = اختارت الأسرة الإنهاء
family-outcome-moved = انتقلت الأسرة
family-outcome-handed_over = تولّى دعم آخر المتابعة
family-outcome-other = غير ذلك
error-family-pair-same = اختر منسقَين مختلفَين.
error-family-pair-holds = لا يزال لدى الزوج أسر. انقلها أو أنهِها أولًا.
error-family-capacity = أدخل عددًا بين 1 و60.
error-family-no-guardian = أدخل ولي أمر واحدًا على الأقل.
error-family-no-child = يجب أن يكون في الأسرة طفل واحد على الأقل.
error-family-pair-full = لا يتسع الزوج لمزيد من الأسر.
error-family-twice = الشخص نفسه مذكور مرتين في الأسرة.
error-family-closed = انتهت متابعة الأسرة.
error-family-consent-not-in-force = الموافقة مسحوبة من قبل.
error-family-no-consent = لا توجد موافقة سارية لهذه الجهة. لم يُحفظ التواصل.
error-family-no-custody = لا يوجد ولي أمر لديه الحضانة، فلا أحد يستطيع الموافقة.
error-family-before-listed = التاريخ قبل تسجيل الأسرة.
error-family-not-waiting = الأسرة لم تعد في الانتظار.
error-consent-expiry-before = يجب أن يكون تاريخ الانتهاء بعد يوم إعطاء الموافقة.
error-consent-expiry-far = تسري الموافقة ثلاث سنوات على الأكثر.
error-consent-expired = تاريخ الانتهاء قد مضى.
error-consent-actors = اختر جهة واحدة على الأقل.
error-consent-too-many = 30 جهة على الأكثر في موافقة واحدة.
error-programme-documented = تتطلب البرامج أن تحتفظ الوحدة بسجلات موثّقة.
field-programmes = البرامج
hint-programmes = دعم طويل الأمد تقدمه الوحدة إلى جانب الملفات. يتطلب التوثيق.
field-family-coordination = تنسيق شؤون الأسرة (المنسقون المتعاونون)
field-housing-first = السكن أولًا
family-plan-link = تقييم الوضع والخطة
family-plan-title = تقييم الوضع والخطة، الأسرة { $id }
family-back-to = العودة إلى الأسرة { $id }
family-child-focus = احتياجات الأطفال في المقام الأول: { $names }
family-progress = التقدم في كل مجال
family-no-mapping = لا يوجد تقييم بعد. أجرِ التقييم الأول في أول لقاء مع الأسرة.
family-mappings-count = { $count ->
    [zero] لا توجد تقييمات.
    [one] تقييم واحد.
    [two] تقييمان، ويُقارَن الأول بالأحدث.
    [few] { $count } تقييمات، ويُقارَن الأول بالأحدث.
    [many] { $count } تقييمًا، ويُقارَن الأول بالأحدث.
   *[other] { $count } تقييم، ويُقارَن الأول بالأحدث.
}
family-progress-chart = الوضع الحالي في التقييم الأول والأحدث، والوضع المرغوب، لكل مجال (مقياس من 1 إلى 5)
family-legend-first = نقطة رمادية: التقييم الأول
family-legend-latest = نقطة ملوّنة: التقييم الأحدث
family-legend-desired = معيّن: الوضع المرغوب
family-progress-table = الأرقام نفسها في جدول
family-col-area = المجال
family-col-first = الأول
family-col-latest = الأحدث
family-col-desired = المرغوب
family-col-progress = التغيّر
family-map-first = التقييم الأول
family-map-again = تقييم جديد
family-map-help = حدّد لكل مجال كيف يسير الآن وكيف تريد الأسرة أن يسير، مع وضع احتياجات الطفل في المقام الأول. اترك المجال فارغًا إذا لم يكن معنيًا هذه المرة.
family-score-1 = لا يسير إطلاقًا
family-score-2 = يسير بشكل سيئ
family-score-3 = يسير جزئيًا
family-score-4 = يسير بشكل جيد إلى حد ما
family-score-5 = يسير بشكل جيد
field-map-on = تاريخ التقييم
field-map-now = الوضع الحالي
field-map-goal = الوضع المرغوب
family-map-skip = غير مشمول هذه المرة
family-map-save = حفظ التقييم
family-mapped = تم حفظ التقييم.
family-plan = الخطة
family-plan-pdf = طباعة الخطة (ملف PDF بلغة الأسرة)
family-no-goals = لا توجد أهداف بعد.
family-no-actions = لا توجد إجراءات بعد.
family-due = موعد الإنجاز
family-overdue = متأخر
field-action-status = الحالة
family-action-planned = مخطط له
family-action-ongoing = جارٍ
family-action-done = منجز
family-action-dropped = أُلغي
family-goal-new = هدف جديد
field-goal-area = المجال
field-goal-text = الهدف
hint-goal-text = اكتب الهدف كما تعبّر عنه الأسرة، 300 حرف على الأكثر.
family-goal-save = حفظ الهدف
family-goal-saved = تم حفظ الهدف.
family-action-new = إجراء جديد
field-action-goal = الهدف
field-action-text = ما الذي يجب فعله
field-action-responsible = المسؤول
hint-action-responsible = الأسرة أو المنسقون أو إحدى الجهات.
field-action-due-on = موعد الإنجاز
family-action-save = حفظ الإجراء
family-action-saved = تم حفظ الإجراء.
family-action-status-saved = تم حفظ الحالة.
family-responsible-family = الأسرة
family-responsible-coordinators = المنسقون
error-family-score = اختر قيمة من 1 إلى 5.
error-family-map-empty = املأ مجالًا واحدًا على الأقل.
error-family-responsible = اختر المسؤول.
error-family-action-gone = هذا الإجراء غير موجود في خطة هذه الأسرة.
family-pdf-title = خطة الأسرة (الأسرة { $id })
family-pdf-printed = تاريخ الطباعة
family-pdf-note = هذه الخطة ملك للأسرة. المنسقون ملزمون بالسرية ولا يتواصلون إلا مع الجهات التي وافقتم عليها. يمكنكم سحب موافقتكم في أي وقت.
report-section-programmes = الدعم طويل الأمد
report-col-measure = المقياس
report-table-continued = التواصل المستمر (trygghetsbistånd)
report-continued-chose = اختاروا التواصل المستمر
report-continued-running = جارٍ في نهاية الفترة
report-continued-ended = انتهى
report-continued-median = المدة، الوسيط بالأيام (لما انتهى)
report-continued-kept = فترات تم فيها التواصل
report-continued-missed = فترات دون تواصل
report-continued-came-back = عادوا بملف جديد
report-continued-note = يُحتسب الاتفاق مختارًا في يوم بدئه. وتُحتسب الفترة عندما تنقضي ضمن فترة التقرير. عادوا: فُتح للمقيم ملف جديد خلال الفترة بعد بدء التواصل المستمر.
report-table-families = تنسيق شؤون الأسرة
report-families-active = أسر لديها زوج منسقين في نهاية الفترة
report-families-started = بدأت
report-families-wait = مدة الانتظار حتى البدء، الوسيط بالأيام
report-families-waiting = في قائمة الانتظار في نهاية الفترة
report-families-contacts = التواصل مع الجهات
report-families-closed = انتهت
report-families-note = مجموع الأسر المنتهية حسب النتيجة يساوي عدد الأسر المنتهية؛ وتُخفى الأعداد الصغيرة أيضًا حيث يمكن استنتاجها بطريقة أخرى.
report-table-family-areas = تقدّم الأسر في كل مجال
report-family-areas-mapped = قُيّمت مرتين على الأقل
report-family-areas-better = أفضل
report-family-areas-same = دون تغيير
report-family-areas-worse = أسوأ
report-family-areas-note = يُقارَن الوضع الحالي في التقييم الأول للأسرة بالتقييم الأحدث حتى نهاية الفترة.
nav-housing = السكن أولًا
housing-title = السكن أولًا
housing-help = السكن أولًا: السكن الخاص حق وليس مكافأة. الدعم طويل الأمد وعملي وقريب من المؤجّر، دون شروط ودون تاريخ انتهاء.
housing-enrolled = المشاركون
housing-none = لا يوجد مشاركون بعد.
housing-label = المشارك { $id }
housing-status-active = عقد الإيجار سارٍ
housing-status-warned = إنذار من المؤجّر
housing-status-terminated = أُنهي عقد الإيجار
housing-status-moved_on = انتقل إلى سكن خاص آخر
housing-since = منذ
housing-no-home = لم يُسجَّل سكن بعد.
housing-others = { $count ->
    [zero] لا يوجد مشاركون آخرون.
    [one] مشارك آخر مسؤول عنه موظف آخر.
    [two] مشاركان آخران مسؤول عنهما موظف آخر.
    [few] { $count } مشاركين آخرين مسؤول عنهم موظف آخر.
    [many] { $count } مشاركًا آخر مسؤول عنهم موظف آخر.
   *[other] { $count } مشارك آخر مسؤول عنهم موظف آخر.
}
housing-enrol = مشارك جديد
field-hf-name = الاسم
field-hf-number = الرقم الشخصي
field-hf-coordinator = المسؤول
field-hf-enrolled-on = تاريخ البدء
housing-enrol-button = حفظ المشارك
housing-created = تم حفظ المشارك.
housing-back = العودة إلى السكن أولًا
housing-home = السكن
field-tenancy-status = عقد الإيجار
field-home-landlord = المؤجّر
hint-home-landlord = من قائمة المؤجّرين لدى الوحدة أو من دليل الدعم.
field-home-address = العنوان
field-home-start = بداية عقد الإيجار
housing-held = استمر السكن
housing-months = { $count ->
    [zero] أقل من شهر
    [one] شهرًا واحدًا
    [two] شهرين
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
housing-home-new = تسجيل السكن
housing-home-change = تغيير السكن
housing-home-save = حفظ السكن
housing-home-saved = تم حفظ السكن.
housing-status-change = وضع جديد لعقد الإيجار
field-tenancy-since = اعتبارًا من
housing-status-save = حفظ الوضع
housing-status-saved = تم حفظ الوضع.
housing-log = التواصل والدعم
housing-log-help = التواصل مع المؤجّر والدعم العملي، دون شروط. ما قيل يُكتب في السجل.
housing-log-empty = لم يُسجَّل شيء بعد.
housing-log-landlord = المؤجّر
housing-log-support = الدعم
housing-landlord-new = تواصل مع المؤجّر
field-ll-topic = بخصوص
field-ll-on = التاريخ
housing-support-new = دعم عملي
field-sup-kind = نوع الدعم
field-sup-on = التاريخ
housing-log-save = حفظ
housing-logged = تم الحفظ.
housing-topic-rent = الإيجار
housing-topic-disturbance = إزعاج
housing-topic-repairs = إصلاحات
housing-topic-tenancy = عقد الإيجار
housing-topic-other = غير ذلك
housing-support-bank_account = حساب مصرفي وخصم تلقائي للإيجار
housing-support-rent_paid = دُفع الإيجار
housing-support-house_rules = غرفة الغسيل وقواعد السكن
housing-support-health_care = التواصل مع الرعاية الصحية
housing-support-talk = حديث تحفيزي
housing-support-other = دعم آخر
error-housing-enrolled = الشخص مشارك بالفعل.
error-housing-no-home = سجّل السكن أولًا.
error-housing-before-start = التاريخ قبل بداية عقد الإيجار.
error-housing-before-enrolment = التاريخ قبل بدء مشاركة الشخص.
report-table-housing = السكن أولًا
report-housing-enrolled = المشاركون في نهاية الفترة
report-housing-new = مشاركون جدد
report-housing-held = عقود إيجار بلغت { $months } شهرًا / المستمر منها
report-housing-col-held = المستمر منها
report-housing-landlord = التواصل مع المؤجّرين
report-housing-support = مرات الدعم العملي
report-housing-note = يُعدّ عقد الإيجار مستمرًا ما لم يُنهَ قبل بلوغ هذا العدد من الأشهر؛ والانتقال إلى سكن خاص آخر يُعدّ استمرارًا.

## Daily use: finding a case, correcting what was registered, why a resident came back

cases-search = البحث عن حالة
hint-cases-search = رقم الحالة، أو المعرّف المستورد (مثل ⁦2023-017⁩)، أو الجهة المحيلة، أو كلمات من ملاحظة اتصال.
error-search-too-long = يجب ألا يتجاوز البحث 200 حرف.
cases-show = عرض الحالات
cases-export-csv = CSV
cases-export-xlsx = Excel ‏(XLSX)
cases-export = تنزيل القائمة
cases-export-bad-filter = لا يمكن استخدام عامل التصفية. ارجع إلى قائمة الحالات وصحّحه.
cases-export-too-many = يطابق البحث أكثر من { $max } حالة. ضيّق النطاق بعوامل التصفية ثم نزّل القائمة مرة أخرى.
field-venue-met = مكان اللقاء
field-referred-to = أُحيل إلى
field-referral-state = وضع الإحالة
field-next-follow-up = المتابعة التالية
field-external-id = المعرّف المستورد
field-actions = إجراءات
field-returning-reason = لماذا عاد الساكن؟
hint-returning-reason = املأ هذا الحقل إذا كانت للساكن حالة لديكم من قبل. عندها تُحتسب الحالة حالةً عائدة.
returning-reason-none = ليس عائداً / غير محدد
returning-reason-not_satisfied = لم يكن راضياً عن الدعم واحتاج إلى إعادة نظر
returning-reason-something_else = احتاج إلى شيء آخر
returning-reason-new_problem = مشكلة جديدة
returning-reason-not_given = السبب غير محدد
report-table-returning = السكان العائدون حسب السبب
report-first-col-returning = سبب عودة الساكن
report-note-returning = الحالات التي عولجت خلال الفترة وسُجّلت حالاتٍ عائدة. "السبب غير محدد" يشمل الحالات المسجلة قبل أن يُسأل عن السبب، أو المستوردة من دونه.
contact-correct = تصحيح
contact-correct-title = تصحيح اتصال
contact-registered-by = سجّله { $name }.
contact-correct-closed = الحالة مغلقة. أعد فتحها لتصحيح الاتصالات أو حذفها.
contact-correct-audit = يُسجَّل التغيير في السجل، ويُحفظ فيه الاتصال كما كان.
contact-correct-save = حفظ التصحيح
contact-remove-title = حذف الاتصال
contact-remove-intro = لا تحذف إلا اتصالاً سُجّل خطأً، مثلاً في حالة غير صحيحة. يُحفظ الاتصال المحذوف في السجل.
field-contact-remove-confirm = سُجّل الاتصال خطأً
contact-remove = حذف الاتصال
error-confirm-remove = ضع علامة لتأكيد أن الاتصال سُجّل خطأً.
error-last-contact = لكل حالة اتصال واحد على الأقل. صحّح هذا الاتصال بدلاً من حذفه.
case-done-contact-saved = تم تصحيح الاتصال.
case-done-contact-removed = تم حذف الاتصال.
follow-up-change = نقل أو إلغاء
follow-up-change-title = تغيير متابعة
follow-up-change-done = تمت المتابعة أو أُلغيت بالفعل ولا يمكن تغييرها.
field-assigned-to = من يقوم بها
follow-up-move-title = نقل أو تسليم لزميل
follow-up-move = حفظ
follow-up-cancel-title = إلغاء المتابعة
field-follow-up-cancel-reason = لماذا لن تتم؟
follow-up-cancel = إلغاء
follow-up-cancel-not_needed = لم تعد ضرورية
follow-up-cancel-resident_declined = لا يريد الساكن أن يُتصل به
follow-up-cancel-done_otherwise = تمت المتابعة في اتصال آخر
follow-up-cancel-case_moved = انتقلت الحالة إلى جهة أخرى
follow-up-cancelled-not_needed = أُلغيت: لم تعد ضرورية
follow-up-cancelled-resident_declined = أُلغيت: لا يريد الساكن أن يُتصل به
follow-up-cancelled-done_otherwise = أُلغيت: تمت المتابعة في اتصال آخر
follow-up-cancelled-case_moved = أُلغيت: انتقلت الحالة إلى جهة أخرى
case-done-follow-up-moved = تم تغيير المتابعة.
case-done-follow-up-cancelled = تم إلغاء المتابعة.
audit-action-case-export = تنزيل قائمة الحالات
audit-action-contact-update = تصحيح اتصال
audit-action-contact-remove = حذف اتصال
audit-action-follow-up-move = نقل متابعة
audit-action-follow-up-cancel = إلغاء متابعة
audit-action-inquiry-claim = تولّي طلب
nav-menu = القائمة
nav-directory = دليل الدعم
nav-report-inputs = بيانات التقرير
nav-concern-reports = بلاغات القلق
nav-guide = مساعدة
intake-claimed-by = يتولاه
intake-unclaimed = لا أحد بعد
intake-claim = تولَّ
intake-take-over = تولَّ بدلاً منه
intake-release = تخلَّ عنه
intake-claimed = لقد توليت الطلب. يرى زملاؤك أنك ستعاود الاتصال.
intake-released = تم التخلي عن الطلب وهو ينتظر من يتولاه.
home-requests-taken-by = يتولاها { $name }
home-requests-not-taken = لم يتولها أحد
home-requests-n = { $count ->
    [one] طلب واحد
   *[other] { $count } طلبات
}
home-requests-oldest = { $count ->
    [0] وصل أقدمها اليوم
    [one] انتظر أقدمها يوماً واحداً
   *[other] انتظر أقدمها { $count } أيام
}
field-activity-planned = مخطط له، لم يُنفَّذ بعد
hint-activity-planned = احجز نشاطاً في المستقبل، مثل اجتماع أولياء الأمور في الفصل الدراسي القادم. لا يُحتسب إلا بعد أن تسجّله منفَّذاً وتدخل عدد من وصلتم إليهم.
outreach-planned = الأنشطة المخطط لها
outreach-passed = مضى اليوم المحدد
outreach-mark-held = تسجيله منفَّذاً
field-hint-sv = الشرح (بالسويدية)
field-hint-en = الشرح (بالإنجليزية)
field-hint-ar = الشرح (بالعربية)
hint-entry-hint = يظهر حيث تُختار القيمة، مثلاً ما يميّز خيارين متقاربين. 300 حرف على الأكثر.
error-hint-long = يجب ألا يتجاوز الشرح 300 حرف.
entry-hints-summary = ماذا تعني الخيارات؟
guide-title = مساعدة
guide-heading = كيف تعمل بصفتك { $role }
guide-intro-own = أهم خطوات عملك في Lotsen. تأخذك الروابط إلى الصفحة المناسبة.
guide-intro-other = هكذا يبدو العمل لزميل في هذا الدور.
guide-go = الانتقال إلى الصفحة
guide-other-roles = أدوار أخرى
guide-coordinator-register = تسجيل حالة
guide-coordinator-register-text = سجّل كل ساكن تقدّم له المشورة أو الدعم، ويفضَّل أثناء اللقاء. التسجيل السريع يكفي: وسيلة التواصل والفئة العمرية والمجال والوقت. لا تكتب الأسماء أبداً في الملاحظات.
guide-coordinator-find = البحث عن حالة
guide-coordinator-find-text = ابحث برقم الحالة أو المعرّف المستورد أو الجهة المحيلة أو كلمات من ملاحظة. صفِّ النتائج حسب المنسق المسؤول أو المكان أو وضع الإحالة، مثل كل من ينتظر الطب النفسي.
guide-coordinator-correct = تصحيح الأخطاء
guide-coordinator-correct-text = يُصحَّح الاتصال ذو التاريخ أو الوقت الخاطئ من صفحة الحالة عبر رابط "تصحيح". ويمكن نقل المتابعة أو تسليمها لزميل أو إلغاؤها مع ذكر السبب. يُسجَّل كل شيء.
guide-coordinator-follow-up = المتابعة
guide-coordinator-follow-up-text = تعرض صفحة البداية متابعاتك والمتأخر منها. اسأل إن كان الساكن قد حصل على الدعم المناسب وسجّل الجواب؛ فهو يدخل في تقرير الأثر.
guide-coordinator-intake = طلبات نموذج التواصل
guide-coordinator-intake-text = تولَّ الطلب ليرى زملاؤك من سيعاود الاتصال. حوّله إلى حالة أو أغلقه؛ عندها تُحذف بياناته فوراً.
guide-coordinator-dropin = الحضور المفتوح
guide-coordinator-dropin-text = اطّلع على مواعيد الحضور المفتوح اليوم، وألغِ جلسة أو انقلها، وعُدّ الزوار.
guide-coordinator-outreach = التعاون والتواصل
guide-coordinator-outreach-text = سجّل لقاءات الشبكات واجتماعات أولياء الأمور وزيارات التعريف. احجز الأنشطة القادمة بصفتها مخططاً لها، ثم سجّلها منفَّذة بعد ذلك.
guide-manager-cases = الحالات
guide-manager-cases-text = ترى جميع حالات الوحدة. صفِّها حسب المنسق المسؤول لتوزيع العمل، ونزّل القائمة عندما تحتاجها في جدول بيانات.
guide-manager-report = تقرير الأثر
guide-manager-report-text = اختر فترة وقارنها بالفترة السابقة. تُخفى الأعداد الصغيرة تلقائياً. انقر على رقم لترى الحالات التي وراءه.
guide-manager-inputs = بيانات التقرير
guide-manager-inputs-text = أدخل التكاليف والبيانات الأخرى التي تستند إليها حسابات التقرير للتكاليف والوفورات.
guide-manager-concerns = بلاغات القلق
guide-manager-concerns-text = أدخل بلاغات القلق من المدارس لكل سنة، ليتمكن التقرير من إظهار التطور.
guide-manager-audit = مراجعة السجل
guide-manager-audit-text = راجع سجل الشهر: من فتح البيانات المحددة للهوية ولماذا. وقّع عندما تنتهي.
guide-analyst-report = تقرير الأثر
guide-analyst-report-text = ترى الأرقام المجمّعة فقط، ولا ترى الحالات الفردية أبداً. تُخفى الأعداد الصغيرة كي لا يمكن استنتاج أي منها.
guide-analyst-export = التصدير
guide-analyst-export-text = نزّل التقرير بصيغة CSV أو Excel أو PDF لمزيد من التحليل أو لتقديمه إلى اللجنة.
guide-analyst-surveys = الاستبيانات
guide-analyst-surveys-text = اطّلع على إجابات استبيان المغادرة واستبيان الشركاء، مجمّعة لكل سؤال.
guide-admin-users = المستخدمون
guide-admin-users-text = أنشئ الحسابات وامنح الدور المناسب وعطّل حسابات من غادروا. إذا نسي أحدهم كلمة المرور، تعيّن له كلمة مرور مؤقتة جديدة.
guide-admin-lists = القوائم
guide-admin-lists-text = عدّل وسائل التواصل والمجالات والجهات المحال إليها والنتائج. اكتب شرحاً حيث يسهل الخلط بين خيارين؛ يظهر الشرح حيث يتم الاختيار.
guide-admin-unit = إعدادات الوحدة
guide-admin-unit-text = الاسم والشعار والألوان وحدّ الأعداد الصغيرة ومدة حفظ البيانات.
guide-admin-import = الاستيراد
guide-admin-import-text = استورد الحالات من جدول بيانات، مثلاً من الفترة السابقة لبدء استخدام Lotsen.
guide-admin-dropin = أماكن الحضور المفتوح
guide-admin-dropin-text = أضف الأماكن ومواعيد الحضور المفتوح المتكررة؛ تظهر للسكان وفي خلاصة التقويم.

## Public pages for residents: the start page, a unit's page, the privacy notice and the accessibility statement

public-start-title = المشورة والدعم
public-start-intro = نقدّم لك هنا المشورة والمساعدة في العثور على الدعم المناسب لدى البلدية والإقليم والجمعيات. لست بحاجة إلى معرفة الجهة التي تتوجه إليها – سنكتشف ذلك معاً.
public-unit-voluntary = الأمر طوعي. أنت من يقرر ما تريد أن تخبرنا به.
public-unit-free = الخدمة مجانية.
public-unit-confidential = نلتزم بواجب السرية. يمكنك أن تبقى مجهول الهوية.
public-unit-not-investigation = هذا ليس تحقيقاً ولا قراراً بشأن مساعدة. نحن نستمع ونقدّم المشورة ونساعدك في الخطوة التالية.
public-start-units = خدماتنا
public-start-more = المزيد لك
public-start-dropin = مواعيد الحضور المفتوح: تعال دون حجز
public-start-support = ابحث عن الدعم: لدى البلدية والإقليم والجمعيات
public-start-staff = تسجيل الدخول للموظفين
public-unit-lead = نقدّم المشورة والدعم ونساعدك في العثور على المساعدة المناسبة، لدينا أو في مكان آخر.
public-unit-who-h = من يمكنه الحصول على المساعدة؟
public-unit-who = كل من يسكن في البلدية أو يقيم فيها، من جميع الأعمار، وكل من يريد مشورة بشأن شخص آخر، مثل طفل أو أحد الوالدين أو جار.
public-unit-about-h = من نحن
public-unit-reach-h = كيف تتواصل معنا
public-unit-phone = الهاتف:
public-unit-email = البريد الإلكتروني:
public-unit-address = العنوان:
public-unit-dropin = مواعيد الحضور المفتوح، دون حجز
public-unit-contact = اكتب إلينا وسنتواصل معك
public-unit-support-person-h = يمكنك إحضار شخص معك
public-unit-support-person = يحق لك أن تُحضر شخصاً داعماً إلى لقاءاتنا، مثل صديق أو قريب أو شخص من جمعية. أخبرنا إن كنت بحاجة إلى مترجم؛ فذلك مجاني.
public-unit-data-h = ماذا يحدث لبياناتك؟
public-unit-data-documented = ندوّن أهم ما تخبرنا به، حتى لا تضطر إلى إعادة كل شيء من جديد. البيانات محمية بالسرية ولا يطّلع عليها إلا من يعمل على حالتك.
public-unit-data-anonymous = لا ندوّن اسمك. لا نسجّل إلا ما لا يكشف هويتك، مثل ما احتجت إلى المساعدة فيه، لكي نتمكن من إحصاء عدد من نساعدهم. إذا أردت أن نعاود الاتصال بك، نحتفظ برقمك إلى أن نتحدث.
public-privacy-link = كيف نتعامل مع البيانات الشخصية
public-accessibility-link = بيان إمكانية الوصول
public-index-intro = اختر الخدمة.
public-back-to-unit = العودة إلى { $unit }
privacy-title = كيف نتعامل مع بياناتك الشخصية
privacy-lead = نوضح هنا ما البيانات التي تحتفظ بها { $unit } عنك، ولماذا، ولأي مدة، وما حقوقك.
privacy-controller-h = من المسؤول عن بياناتك؟
privacy-controller = المسؤول عن البيانات الشخصية هو { $controller }.
privacy-controller-unknown = المسؤول عن البيانات الشخصية هو اللجنة البلدية التي تتبع لها { $unit }.
privacy-reach = يمكنك التواصل معنا عبر:
privacy-dpo-h = مسؤول حماية البيانات
privacy-dpo = مسؤول حماية البيانات في البلدية: { $dpo }.
privacy-dpo-unknown = لدى البلدية مسؤول لحماية البيانات. اسألنا وسنساعدك في الوصول إليه.
privacy-what-h = ما البيانات التي نحتفظ بها؟
privacy-what-documented = نحتفظ بسجل للدعم الذي تحصل عليه: اسمك ورقمك الشخصي، وما تخبرنا به مما يحتاجه الدعم، والجهات التي أحلناك إليها. تُحفظ بيانات هويتك مشفّرة، وتُسجَّل كل مرة يطّلع فيها أحد عليها.
privacy-what-anonymous = لا نحتفظ بهويتك. ما ندوّنه (مثل الفئة العمرية وما احتجت إلى المساعدة فيه والجهة التي أحلناك إليها) لا يكشف هويتك، ولا يُستخدم إلا لمتابعة عملنا.
privacy-what-callback = إذا أردت أن نعاود الاتصال بك، نحتفظ باسمك ورقم هاتفك مشفّرين حتى إغلاق الحالة. لا يطّلع عليهما إلا من يتولى حالتك والمدير، وتُسجَّل كل قراءة.
privacy-why-h = لماذا؟
privacy-why-support = لنقدّم لك المشورة والدعم ونساعدك في الوصول إلى المساعدة المناسبة.
privacy-why-follow-up = لنتابع أنك حصلت على الدعم الذي احتجت إليه.
privacy-why-statistics = لإعداد إحصاءات عن عملنا لا يمكن فيها التعرّف على أي شخص. لا تُعرض أبداً الأعداد الأقل من { $threshold }.
privacy-basis-h = بأي حق؟
privacy-basis = نعالج البيانات لأداء مهمة تخدم المصلحة العامة وفي إطار ممارسة السلطة العامة (اللائحة العامة لحماية البيانات، المادة 6.1 هـ)، ونعالج البيانات المتعلقة بالصحة والظروف الاجتماعية لتقديم الدعم الاجتماعي (المادة 9.2 ح)، وفقاً لقانون الخدمات الاجتماعية (2025:400).
privacy-secrecy = البيانات محمية بالسرية وفقاً لقانون العلنية والسرية (الفصل 26). لا نشارك أي شيء مع آخرين إلا بموافقتك، أو إذا اقتضى القانون ذلك.
privacy-keep-h = إلى متى؟
privacy-keep-record = { $count ->
    [one] يُحفظ السجل لمدة سنة واحدة بعد آخر تدوين ثم يُتلف.
   *[other] يُحفظ السجل لمدة { $count } سنوات بعد آخر تدوين ثم يُتلف.
}
privacy-keep-callback = { $count ->
    [one] يُحذف الاسم ورقم الهاتف المخصصان لمعاودة الاتصال بعد يوم واحد من إغلاق الحالة.
   *[other] يُحذف الاسم ورقم الهاتف المخصصان لمعاودة الاتصال بعد { $count } يوماً من إغلاق الحالة.
}
privacy-keep-request = { $count ->
    [one] يُحذف ما تكتبه في نموذج التواصل بعد أن نتواصل معك، وفي موعد أقصاه يوم واحد.
   *[other] يُحذف ما تكتبه في نموذج التواصل بعد أن نتواصل معك، وفي موعد أقصاه { $count } يوماً.
}
privacy-keep-survey = { $count ->
    [one] يُحذف النص الحر في الاستبيانات بعد يوم واحد.
   *[other] يُحذف النص الحر في الاستبيانات بعد { $count } يوماً.
}
privacy-keep-statistics = تُحفظ الإحصاءات التي لا تتضمن بيانات عن هويتك.
privacy-rights-h = حقوقك
privacy-rights-intro = تواصل معنا إذا أردت استخدام حقوقك. يحق لك:
privacy-right-access = أن تعرف ما البيانات التي نحتفظ بها عنك وأن تحصل على نسخة منها،
privacy-right-rectify = أن تُصحَّح الأخطاء،
privacy-right-erase = أن تُحذف البيانات عندما لا يعود مسموحاً لنا أو ضرورياً أن نحتفظ بها،
privacy-right-restrict = أن تطلب منا أن نكتفي مؤقتاً بحفظ البيانات دون استخدامها،
privacy-right-object = أن تعترض على معالجتنا للبيانات.
privacy-complain-site = www.imy.se
privacy-complain-h = الشكاوى
privacy-complain = إذا رأيت أننا نعالج بياناتك بطريقة خاطئة، يمكنك التوجه إلى هيئة حماية الخصوصية السويدية (IMY).
a11y-title = بيان إمكانية الوصول
a11y-lead = { $owner } مسؤولة عن هذه الصفحات. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامها، حتى باستخدام قارئ الشاشة أو التكبير أو لوحة المفاتيح وحدها.
a11y-status-h = ما مدى سهولة الوصول إلى الصفحات؟
a11y-status-full = تتوافق الصفحات توافقاً كاملاً مع القانون السويدي لإمكانية الوصول إلى الخدمات العامة الرقمية.
a11y-status-partial = تتوافق الصفحات جزئياً مع القانون السويدي لإمكانية الوصول إلى الخدمات العامة الرقمية، بسبب أوجه القصور الموضحة أدناه.
a11y-issues-h = ما لا يعمل بعد
a11y-tested-h = كيف اختبرنا الصفحات
a11y-tested = تتبع الصفحات معيار WCAG 2.1 على المستوى AA. نختبرها آلياً باستخدام axe-core في متصفح Chromium، باللغتين السويدية والعربية وعلى شاشة هاتف بعرض 360 بكسل، ونتصفحها بلوحة المفاتيح. تعمل الصفحات دون JavaScript وهي متوفرة بالسويدية والسويدية المبسطة والإنجليزية والعربية.
a11y-reviewed = رُوجع هذا البيان آخر مرة في { $date }.
a11y-feedback-h = أخبرنا إذا لم يعمل شيء ما
a11y-feedback = هل تواجه صعوبات في الوصول، أو تحتاج إلى المحتوى بصيغة أخرى؟ تواصل معنا:
a11y-enforcement-site = www.digg.se/tdosanmalan
a11y-enforcement-h = الرقابة
a11y-enforcement = تتولى الوكالة السويدية للإدارة الرقمية (Digg) الرقابة على القانون. إذا لم تكن راضياً عن طريقة تعاملنا مع ملاحظاتك، يمكنك تقديم بلاغ إلى Digg:
admin-unit-public-link = الصفحة العامة والبيانات الشخصية وإمكانية الوصول
admin-public-title = الصفحة العامة للسكان
admin-public-back = العودة إلى إعدادات الوحدة
admin-public-intro = ما تكتبه هنا يظهر في الصفحة العامة للوحدة وفي صفحتي البيانات الشخصية وإمكانية الوصول. اكتب نصاً عادياً؛ عناوين المواقع والبريد الإلكتروني تصبح روابط تلقائياً.
admin-public-see = عرض الصفحة العامة
admin-public-saved = تم حفظ الصفحة العامة.
admin-public-about-legend = عن الخدمة، بكلماتكم
field-about-sv = بالسويدية
field-about-en = بالإنجليزية
field-about-ar = بالعربية
hint-about = ماذا تفعلون، ولمن، وكيف يمكن الوصول إليكم. السطر الفارغ يبدأ فقرة جديدة. 2000 حرف على الأكثر.
admin-public-reach-legend = كيف يمكن الوصول إليكم
admin-public-privacy-legend = البيانات الشخصية
field-controller = المسؤول عن البيانات الشخصية
hint-controller = اللجنة والبلدية، مثل Socialnämnden i Lunds kommun.
field-dpo = مسؤول حماية البيانات
hint-dpo = كيفية الوصول إلى مسؤول حماية البيانات، مثل عنوان بريد إلكتروني.
admin-public-a11y-legend = إمكانية الوصول
field-accessibility-contact = أين يُبلَّغ عن صعوبات الوصول
field-accessibility-issues = أوجه القصور المعروفة
hint-accessibility-issues = اتركه فارغاً إن لم تكن تعرف أي قصور.
field-reviewed-on = تاريخ آخر مراجعة
error-public-text-long = يجب ألا يتجاوز النص 2000 حرف.
error-public-line-long = يجب ألا يتجاوز الحقل 200 حرف.
error-public-html = اكتب نصاً عادياً دون وسوم HTML. عناوين المواقع تصبح روابط تلقائياً.
audit-action-unit-public = تغيير الصفحة العامة

## Following one's own case with a code and PIN

public-follow-link = تابع حالتك باستخدام الرمز ورقم PIN
follow-title = تابع حالتك
follow-intro = اكتب الرمز ورقم PIN اللذين أعطاك إياهما منسقك. سترى عندها كيف تسير حالتك ويمكنك أن تكتب إلينا.
field-follow-code = رمز الحالة
hint-follow-code = ثمانية أحرف، مثل K7MQ-2XPA.
field-follow-pin = رقم PIN
hint-follow-pin = ستة أرقام.
follow-sign-in = اعرض حالتي
follow-no-code = ليس لديك رمز؟ اطلبه من منسقك في المرة القادمة التي تتواصلان فيها.
follow-case-title = حالتك
follow-sent = شكراً! لقد تلقينا رسالتك.
follow-open = جارية
follow-closed = مغلقة
follow-since = أول تواصل
follow-coordinator = منسقك
follow-next = الخطوة التالية
follow-next-on = سنتواصل معك في موعد أقصاه { $date }.
follow-next-none = لا شيء محدد الآن. اكتب إلينا إذا كان لديك أي سؤال.
follow-referrals = الجهات التي أحلناك إليها
follow-no-referrals = لا توجد إحالة بعد.
follow-referral-suggested = مقترحة
follow-referral-pending = تم التواصل، في انتظار الدعم
follow-referral-established = بدأ الدعم
follow-referral-ended = انتهت
follow-write = اكتب إلينا
field-follow-message = رسالتك
hint-follow-message = 1000 حرف على الأكثر. لا تكتب الأرقام الشخصية.
field-follow-close = أريد إغلاق الحالة
follow-send = إرسال
follow-sign-out = تسجيل الخروج
follow-slip-title = تابع حالتك
follow-slip-once = لا يظهر رقم PIN إلا الآن. اطبع الورقة أو انسخ الرمزين للساكن قبل أن تغادر هذه الصفحة.
follow-slip-how = اذهب إلى العنوان أدناه واكتب الرمز ورقم PIN. سترى هناك كيف تسير حالتك ويمكنك أن تكتب إلينا.
follow-slip-until = الرمز صالح حتى { $date }.
follow-messages-title = رسائل من الساكن
follow-messages-none = لا توجد رسائل.
follow-message-new = جديدة
follow-message-close = يريد إغلاق الحالة
follow-staff-title = الساكن يتابع الحالة
follow-staff-intro = أعطِ الساكن رمزاً ورقم PIN، ليتمكن من رؤية سير الحالة والكتابة إليكم. الرمز الجديد يُبطل الرمز القديم.
follow-messages-read = { $count ->
    [one] اقرأ الرسالة
   *[other] اقرأ { $count } رسائل
}
follow-messages-unread = { $count ->
    [one] واحدة جديدة
   *[other] { $count } جديدة
}
follow-close-asked = يريد الساكن إغلاق الحالة.
follow-code-created = أُنشئ في { $date }
follow-code-used = آخر استخدام في { $date }
follow-code-until = صالح حتى { $date }
follow-revoke = إيقاف الرمز
follow-code-stopped = لم يعد صالحاً
follow-give-code = أعطِ الساكن رمزاً
case-done-follow-revoked = تم إيقاف الرمز.
error-follow-code = اكتب الرمز كما هو مكتوب على الورقة: ثمانية أحرف.
error-follow-pin = رقم PIN مكوّن من ستة أرقام.
error-follow-unknown = الرمز غير صالح. ربما كُتب خطأً أو أُوقف أو انتهت صلاحيته. اطلب رمزاً جديداً من منسقك.
error-follow-locked = أُدخل رقم PIN خاطئ مرات كثيرة. انتظر قليلاً ثم حاول مرة أخرى.
error-follow-pin-wrong = رقم PIN خاطئ. بعد خمس محاولات سيتعيّن عليك الانتظار قليلاً.
error-follow-message-long = يجب ألا تتجاوز الرسالة 1000 حرف.
audit-action-case-follow-create = إنشاء رمز للساكن
audit-action-case-follow-revoke = إيقاف رمز الساكن
audit-action-case-messages-view = قراءة رسائل الساكن
audit-action-follow-sign-in = دخول الساكن بالرمز
audit-action-follow-sign-in-failure = رقم PIN خاطئ من ساكن
audit-action-follow-view = اطّلاع الساكن على حالته
audit-action-follow-message = رسالة من الساكن

## رواية القصة مرة واحدة، والإحالات بين الوحدات
intake-note-title = ملخّص خاص بالساكن
intake-note-help = ملخّص قصير سمعه الساكن أو قرأه ووافق عليه. يمكن أن يُرفق بالإحالة إذا وافق الساكن، حتى لا تضطر الجهة المستقبِلة إلى السؤال عن كل شيء من جديد.
intake-note-agreed-on = وافق عليه الساكن في { $date }
intake-note-none = لم يُكتب ملخّص بعد.
intake-note-write = كتابة ملخّص
intake-note-change = تعديل الملخّص
intake-note-save = حفظ الملخّص
field-intake-note = الملخّص
hint-intake-note = 1000 حرف على الأكثر. اكتب فقط ما يريد الساكن أن يعرفه الآخرون.
field-intake-note-agreed = سمع الساكن الملخّص أو قرأه ويوافق عليه
error-intake-note-long = يجب ألا يزيد الملخّص على 1000 حرف.
error-intake-note-agreed = يجب أن يوافق الساكن على الملخّص قبل حفظه.
case-done-intake-note = تم حفظ الملخّص.
case-done-referral-sent = أُرسلت الإحالة إلى الوحدة الأخرى.
transfer-send-link = الإرسال إلى وحدة أخرى في Lotsen
transfer-sent = أُرسلت إلى { $unit }
transfer-heads-up = تنبيه مسبق إلى { $unit }
transfer-state-sent = بانتظار الرد
transfer-state-accepted = مقبولة
transfer-state-returned = أُعيدت
transfer-state-noted = قُرئ
transfer-state-expired = لم يُردّ عليها في الوقت المحدد
transfer-consent = الموافقة { $date }
transfer-shared-contact = تمت مشاركة بيانات الاتصال
transfer-shared-note = تمت مشاركة الملخّص
return-reason-not_our_remit = لا يدخل ضمن مهمتنا
return-reason-resident_declined = رفض الساكن
return-reason-already_known = الساكن على تواصل معنا بالفعل
return-reason-not_reached = لم نتمكن من الوصول إلى الساكن
return-reason-other = سبب آخر
transfer-title = إرسال الإحالة إلى وحدة أخرى
transfer-referral = إحالة إلى { $destination }
transfer-intro = قد تتبع الوحدات لجاناً مختلفة، وعندها تسري السرية بينها. بموافقة الساكن تصل الإحالة إلى قائمة الطلبات الواردة لدى الوحدة الأخرى، مع ما وافق الساكن على مشاركته. ومن دون موافقة لا يمكنك إلا إرسال تنبيه مسبق مجهول الهوية بأن ساكناً قد يتواصل معهم.
transfer-no-units = لا توجد حالياً وحدة أخرى تستقبل الإحالات.
field-to-unit = إلى الوحدة
hint-to-unit = تظهر فقط الوحدات التي تستقبل الإحالات.
field-transfer-kind = ما يُرسل
transfer-kind-referral = الإحالة، بموافقة الساكن
transfer-kind-heads_up = تنبيه مسبق مجهول الهوية فقط (دون موافقة)
transfer-consent-legend = موافقة الساكن
transfer-consent-help = املأ تاريخ موافقة الساكن وما يجوز إرفاقه بالإحالة. لا يُرسل شيء من ذلك مع التنبيه المسبق.
field-consent-on = تاريخ الموافقة
field-share-contact = يجوز إرفاق الاسم وبيانات الاتصال
hint-share-contact = حتى تتمكن الوحدة الأخرى من التواصل مع الساكن.
field-share-note = يجوز إرفاق الملخّص
hint-share-note = حتى لا يضطر الساكن إلى رواية كل شيء من جديد.
transfer-no-note = لا يوجد في الحالة ملخّص لإرفاقه.
transfer-send = إرسال
error-referral-unit = هذه الوحدة لا تستقبل الإحالات. اختر وحدة أخرى.
error-referral-no-consent = من دون موافقة لا يجوز إرفاق أي شيء عن الساكن. اختر الإحالة بالموافقة أو أزل علامات الاختيار.
error-referral-no-contact = لا توجد في الحالة بيانات اتصال يجوز لك مشاركتها.
error-referral-no-note = لا يوجد في الحالة ملخّص.
error-referral-sent = أُرسلت الإحالة من قبل وهي بانتظار الرد أو قُبلت.
field-takes-referrals = تستقبل الوحدة إحالات من وحدات أخرى في Lotsen
hint-takes-referrals = عندها تصل الإحالات المصحوبة بموافقة الساكن والتنبيهات المسبقة المجهولة إلى قائمة الطلبات الواردة لدى الوحدة.
intake-from-unit = إحالة من { $unit }
intake-notices-title = تنبيهات مسبقة من وحدات أخرى
intake-notices-help = أخبرت وحدة أخرى أحد السكان عنكم، وقد يتواصل معكم. لا يذكر التنبيه شيئاً عن هويته.
intake-notice-from = من { $unit }
intake-notice-read = وضع علامة مقروء
intake-returned = أُعيدت الإحالة. ترى الوحدة الأخرى السبب.
intake-noted = وُضعت على التنبيه علامة مقروء.
intake-referred-title = إحالة من { $unit }
intake-referred-consent = وافق الساكن في { $date }.
intake-referred-no-contact = لم يوافق الساكن على مشاركة بيانات الاتصال. سيتواصل الساكن بنفسه.
intake-referred-no-note = لم يُرفق ملخّص.
intake-accept = قبول الإحالة وتسجيل حالة
intake-return = إعادة الإحالة
intake-return-help = تُمحى بيانات الإحالة. ترى الوحدة الأخرى أن الإحالة أُعيدت وسبب ذلك.
intake-return-reason = السبب
audit-action-referral-send = إرسال إحالة إلى وحدة أخرى
audit-action-referral-heads-up = إرسال تنبيه مسبق إلى وحدة أخرى
audit-action-referral-accept = قبول إحالة من وحدة أخرى
audit-action-referral-return = إعادة إحالة من وحدة أخرى
audit-action-referral-answer = ردّت وحدة أخرى على إحالة
audit-action-intake-note-save = حفظ الملخّص
admin-unit-referrals = الإحالات من وحدات أخرى
admin-unit-referrals-help = يمكن للوحدات الأخرى في Lotsen إرسال إحالات إلى هنا بموافقة الساكن، أو تنبيه مسبق مجهول الهوية دون موافقة. وتصل إلى قائمة الطلبات الواردة لدى الوحدة.
admin-unit-referrals-saved = تم حفظ إعداد الإحالات.
audit-action-unit-referrals = تغيير إعداد الإحالات
follow-referral-sent = أُرسلت إلى { $unit } بموافقتك
follow-transfer-sent = لم يردّوا بعد
follow-transfer-accepted = قبلوها
follow-transfer-returned = أعادوها
follow-transfer-noted = اطّلعوا عليها
follow-transfer-expired = لم يردّوا
letter-link = خطاب الإحالة
letter-title = إحالة
letter-from = من
letter-coordinator = الشخص المسؤول عن التواصل
letter-to = إلى
letter-consent = وافق الساكن على الإحالة في { $date }.
letter-no-consent = لم تُسجَّل أي موافقة. لا يجوز أن يتضمن الخطاب أي شيء عن الساكن.
letter-resident = الساكن
letter-consent-help = سجّل تاريخ موافقة الساكن وما يجوز أن يتضمنه الخطاب. لا تُدرج بيانات الاتصال والملخّص في الخطاب إلا إذا وافق الساكن على ذلك.
letter-consent-save = تسجيل الموافقة
letter-print-hint = اطبع الخطاب باستخدام أمر الطباعة في المتصفح. لا تظهر النماذج على الورق.
audit-action-referral-consent = تسجيل الموافقة على إحالة
audit-action-referral-letter = عرض خطاب إحالة يتضمن بيانات الاتصال
transfer-state-withdrawn = سُحبت (سُحبت الموافقة)
follow-transfer-withdrawn = سحبتَ موافقتك
audit-action-referral-withdraw = سحب إحالة إلى وحدة أخرى
intake-note-hidden = يوجد ملخّص. يظهر للمنسّق المسؤول عن الحالة وللمديرين.

## Two-step verification (a code from an authenticator app, and recovery codes)
field-code = الرمز
hint-code-or-recovery = ستة أرقام من التطبيق، أو أحد رموزك الاحتياطية.
hint-app-code = الأرقام الستة التي يعرضها التطبيق الآن.
error-two-factor-code-shape = اكتب ستة أرقام من التطبيق أو رمزًا احتياطيًا (عشرة أحرف).
error-two-factor-app-code-shape = اكتب الأرقام الستة التي يعرضها التطبيق.
error-two-factor-code-wrong = الرمز غير صحيح. يصلح الرمز لمدة 30 ثانية ولمرة واحدة فقط؛ انتظر الرمز التالي وحاول مرة أخرى.
error-two-factor-required = يجب أن يكون لدى المسؤولين تحقق بخطوتين. يمكنك نقله إلى هاتف جديد، لكن لا يمكنك إيقافه.
error-two-factor-wait = رموز خاطئة كثيرة. انتظر قليلًا وحاول مرة أخرى.
login-error-code-attempts = رموز خاطئة كثيرة. سجّل الدخول مرة أخرى بكلمة المرور.
two-factor-title = التحقق بخطوتين
two-factor-on = مفعّل
two-factor-off = غير مفعّل
two-factor-intro = مع التحقق بخطوتين تسجّل الدخول بكلمة المرور وبرمز من تطبيق على هاتفك، مثل Microsoft Authenticator أو Google Authenticator أو FreeOTP. ومن يحصل على كلمة مرورك لا يستطيع الدخول رغم ذلك.
two-factor-status-on = التحقق بخطوتين مفعّل.
two-factor-status-off = التحقق بخطوتين غير مفعّل.
two-factor-codes-left = { $count ->
    [0] لم يبقَ لديك أي رمز احتياطي. أنشئ رموزًا جديدة أدناه.
    [zero] لم يبقَ لديك أي رمز احتياطي. أنشئ رموزًا جديدة أدناه.
    [one] بقي لديك رمز احتياطي واحد.
    [two] بقي لديك رمزان احتياطيان.
    [few] بقي لديك { $count } رموز احتياطية.
    [many] بقي لديك { $count } رمزًا احتياطيًا.
   *[other] بقي لديك { $count } رمز احتياطي.
}
two-factor-new-codes-title = رموز احتياطية جديدة
two-factor-new-codes-help = تتوقف رموزك الاحتياطية القديمة عن العمل وتحصل على عشرة رموز جديدة.
two-factor-new-codes-submit = إنشاء رموز احتياطية جديدة
two-factor-move-title = هاتف أو تطبيق جديد
two-factor-move-help = تُعدّ التطبيق الجديد مباشرة. ويبقى التطبيق القديم يعمل حتى يعطي التطبيق الجديد أول رمز له.
two-factor-move-submit = إعداد تطبيق جديد
two-factor-required-admin = بصفتك مسؤولًا يجب أن يكون لديك تحقق بخطوتين عند تسجيل الدخول بكلمة المرور.
two-factor-off-title = إيقاف التحقق بخطوتين
two-factor-off-submit = إيقاف
two-factor-turn-on = تفعيل التحقق بخطوتين
two-factor-done-off = تم إيقاف التحقق بخطوتين.
two-factor-done-recovery = سجّلت الدخول برمز احتياطي، ولا يمكن استخدامه مرة أخرى.
two-factor-code-title = أدخل رمزك
two-factor-code-intro = افتح تطبيق التحقق بخطوتين على هاتفك واكتب الرمز الذي يعرضه لـ Lotsen. إذا لم يكن هاتفك معك يمكنك استخدام رمز احتياطي.
two-factor-code-submit = تسجيل الدخول
two-factor-start-over = ابدأ من جديد باسم المستخدم وكلمة المرور
two-factor-setup-title = إعداد التحقق بخطوتين
two-factor-setup-required = يسجّل المسؤولون الدخول بكلمة المرور وبرمز من تطبيق. أعدّ التطبيق الآن؛ يستغرق ذلك دقيقتين تقريبًا.
two-factor-setup-step-app = ثبّت على هاتفك تطبيقًا للتحقق بخطوتين إن لم يكن لديك واحد، مثل Microsoft Authenticator أو Google Authenticator أو FreeOTP.
two-factor-setup-step-scan = أضف حسابًا في التطبيق بمسح رمز QR.
two-factor-setup-key = لا يمكنك المسح؟ اكتب هذا المفتاح في التطبيق:
two-factor-setup-step-code = اكتب الرمز الذي يعرضه التطبيق.
two-factor-setup-submit = تفعيل
two-factor-qr-label = رمز QR لتطبيق التحقق بخطوتين
two-factor-codes-title = رموزك الاحتياطية
two-factor-codes-intro = التحقق بخطوتين مفعّل. إذا لم يكن هاتفك معك يمكنك تسجيل الدخول بأحد هذه الرموز بدلًا من ذلك. يصلح كل رمز لمرة واحدة.
two-factor-codes-keep = اطبع هذه الصفحة أو انسخ الرموز، واحفظها في مكان لا يصل إليه أحد غيرك. لن تُعرض إلا الآن.
two-factor-codes-continue = لقد حفظت الرموز
admin-user-two-factor-reset = إعادة تعيين التحقق بخطوتين
admin-user-two-factor-reset-help = هل فقد زميلك هاتفه ورموزه الاحتياطية؟ أعد التعيين، فيُسجَّل خروجه من جميع الأجهزة ويُعدّ تطبيقًا جديدًا. ويجب على المسؤول أن يفعل ذلك عند تسجيل الدخول التالي.
admin-users-done-two-factor = تمت إعادة تعيين التحقق بخطوتين وتسجيل خروج الزميل من جميع الأجهزة.

## Messages out (e-mail)
field-recipient = البريد الإلكتروني
hint-recipient = يُرسل الرابط مرة واحدة، ولا يُحفظ العنوان بعد إرسال الرسالة.
field-message-language = لغة الرسالة
error-recipient = اكتب عنوان بريد إلكتروني، مثل name@example.com.
error-recipient-channel-off = لا يمكن لهذا النظام الإرسال إلى هناك. أعطِ الرابط أو رمز QR مباشرة بدلًا من ذلك.
error-invitation-spent = تم استخدام الرابط من قبل أو انتهت صلاحيته. أنشئ رابطًا جديدًا.
survey-send-title = أرسل الرابط
survey-send-submit = أرسل الرابط
survey-send-done = سيُرسل الرابط خلال دقيقة تقريبًا.
survey-send-off = الإرسال بالبريد الإلكتروني أو الرسائل القصيرة غير مُعدّ في هذا النظام. أعطِ الرابط أو رمز QR مباشرة.
outbox-survey-subject = ما رأيك في زيارتك لنا؟
outbox-survey-greeting = مرحبًا،
outbox-survey-ask = شكرًا لزيارتك لنا. نودّ أن نعرف رأيك لكي نتحسّن. يستغرق ذلك دقيقتين تقريبًا وإجاباتك مجهولة الهوية.
outbox-survey-link = أجب هنا: { $link }
outbox-survey-valid = { $count ->
    [zero] الرابط صالح لمدة { $count } يوم ويمكن استخدامه مرة واحدة.
    [one] الرابط صالح لمدة يوم واحد ويمكن استخدامه مرة واحدة.
    [two] الرابط صالح لمدة يومين ويمكن استخدامه مرة واحدة.
    [few] الرابط صالح لمدة { $count } أيام ويمكن استخدامه مرة واحدة.
    [many] الرابط صالح لمدة { $count } يومًا ويمكن استخدامه مرة واحدة.
   *[other] الرابط صالح لمدة { $count } يوم ويمكن استخدامه مرة واحدة.
}
outbox-survey-sms = شكرًا لزيارتك { $unit }! ما رأيك؟ أجب دون ذكر اسمك هنا: { $link } (الرابط صالح لمدة { $days } يومًا)
field-recipient-any = البريد الإلكتروني أو رقم الجوال
error-recipient-any = اكتب عنوان بريد إلكتروني (name@example.com) أو رقم جوال (070-123 45 67).
