// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydialogs.h"

#include "core/money.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

// A box for a few lines, one item a line, about lines tall.
QPlainTextEdit *linesEdit(const QString &objectName, const QString &placeholder, int lines,
                          QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * lines + 2 * edit->frameWidth() + 8);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return edit;
}

QString lines(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}

// Each line once, in order, without blank ones.
QStringList withAdded(const QString &text, const QStringList &more)
{
    QStringList out;
    for (const QString &line : text.split(u'\n') + more) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out.append(t);
    }
    return out;
}

QLabel *readOnlyText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The plan a call followed, as lines to read: the objective, each question, each objection.
QString planText(const Engagement &call)
{
    QStringList parts;
    if (!call.objective.isEmpty())
        parts.append(PlanActivityDialog::tr("Objective: %1").arg(call.objective));
    const QStringList questions = call.questions.split(u'\n', Qt::SkipEmptyParts);
    if (!questions.isEmpty())
        parts.append(PlanActivityDialog::tr("Questions to ask:") + QStringLiteral("\n• ") +
                     questions.join(QStringLiteral("\n• ")));
    const QStringList objections = call.objectionsExpected.split(u'\n', Qt::SkipEmptyParts);
    if (!objections.isEmpty())
        parts.append(PlanActivityDialog::tr("Objections expected:") + QStringLiteral("\n• ") +
                     objections.join(QStringLiteral("\n• ")));
    return parts.join(QStringLiteral("\n"));
}

} // namespace

PlanActivityDialog::PlanActivityDialog(const QString &dealTitle, const Stage *stage,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plan Activity"));
    if (stage) {
        m_templateQuestions = stage->callQuestions;
        m_templateObjections = stage->callObjections;
    }
    auto *form = new QFormLayout;
    if (!dealTitle.isEmpty())
        form->addRow(tr("Opportunity:"), readOnlyText(dealTitle, this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    for (EngagementKind kind : {EngagementKind::Call, EngagementKind::Meeting, EngagementKind::Task,
                                EngagementKind::Email})
        m_kind->addItem(engagementKindName(kind), int(kind));
    form->addRow(tr("&Type:"), m_kind);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("activitySubject"));
    m_subject->setPlaceholderText(tr("What it is about, e.g. Follow-up call"));
    form->addRow(tr("&Subject:"), m_subject);
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("activityDue"));
    m_due->setCalendarPopup(true);
    // The person's own date and time, without seconds nobody plans by.
    const QLocale locale = displayLocale();
    m_due->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + u' ' +
                            locale.timeFormat(QLocale::ShortFormat));
    // Tomorrow at ten: the usual next step.
    m_due->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    form->addRow(tr("&Due:"), m_due);
    m_duration = new QSpinBox(this);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("&Length:"), m_duration);

    // The call plan, written before the call.
    m_plan = new QGroupBox(tr("Call plan"), this);
    m_plan->setObjectName(QStringLiteral("callPlan"));
    auto *planForm = new QFormLayout(m_plan);
    planForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_objective = new QLineEdit(m_plan);
    m_objective->setObjectName(QStringLiteral("planObjective"));
    m_objective->setPlaceholderText(tr("What the call should achieve, e.g. agree on a pilot"));
    planForm->addRow(tr("&Objective:"), m_objective);
    m_questions = linesEdit(QStringLiteral("planQuestions"), tr("One question a line"), 4, m_plan);
    planForm->addRow(tr("&Questions to ask:"), m_questions);
    m_objections =
        linesEdit(QStringLiteral("planObjections"), tr("One objection a line"), 3, m_plan);
    planForm->addRow(tr("Ob&jections expected:"), m_objections);
    m_template = new QPushButton(tr("Use the Stage's &Template"), m_plan);
    m_template->setObjectName(QStringLiteral("useCallTemplate"));
    const bool hasTemplate = !m_templateQuestions.isEmpty() || !m_templateObjections.isEmpty();
    m_template->setEnabled(hasTemplate);
    m_template->setToolTip(hasTemplate
                               ? tr("Adds the questions and objections typical of the stage "
                                    "\"%1\".")
                                     .arg(stage->name)
                               : tr("The deal's stage has no call template; an admin writes "
                                    "one in the process editor."));
    connect(m_template, &QPushButton::clicked, this, &PlanActivityDialog::useTemplate);
    planForm->addRow(QString(), m_template);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(m_subject, &QLineEdit::textChanged, this,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanActivityDialog::followKind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    followKind();
}

void PlanActivityDialog::followKind()
{
    const auto kind = EngagementKind(m_kind->currentData().toInt());
    // Only calls and meetings are planned and debriefed.
    m_plan->setVisible(kind == EngagementKind::Call || kind == EngagementKind::Meeting);
    adjustSize();
}

void PlanActivityDialog::setActivity(const Engagement &activity)
{
    m_base = activity;
    setWindowTitle(tr("Edit Activity"));
    m_kind->setCurrentIndex(m_kind->findData(int(activity.kind)));
    m_subject->setText(activity.subject);
    if (activity.dueAt)
        m_due->setDateTime(QDateTime::fromSecsSinceEpoch(activity.dueAt).toLocalTime());
    m_duration->setValue(activity.durationMinutes);
    m_objective->setText(activity.objective);
    m_questions->setPlainText(activity.questions);
    m_objections->setPlainText(activity.objectionsExpected);
}

void PlanActivityDialog::useTemplate()
{
    m_questions->setPlainText(
        withAdded(m_questions->toPlainText(), m_templateQuestions).join(u'\n'));
    m_objections->setPlainText(
        withAdded(m_objections->toPlainText(), m_templateObjections).join(u'\n'));
}

Engagement PlanActivityDialog::activity() const
{
    Engagement e = m_base;
    e.kind = EngagementKind(m_kind->currentData().toInt());
    e.subject = m_subject->text().trimmed();
    e.dueAt = m_due->dateTime().toSecsSinceEpoch();
    e.durationMinutes = m_duration->value();
    const bool planned = e.kind == EngagementKind::Call || e.kind == EngagementKind::Meeting;
    e.objective = planned ? m_objective->text().trimmed() : QString();
    e.questions = planned ? withAdded(m_questions->toPlainText(), {}).join(u'\n') : QString();
    e.objectionsExpected =
        planned ? withAdded(m_objections->toPlainText(), {}).join(u'\n') : QString();
    return e;
}

DebriefDialog::DebriefDialog(const Engagement &call, const std::optional<Debrief> &before,
                             const QList<User> &reviewers, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Debrief: %1").arg(call.subject));
    auto *layout = new QVBoxLayout(this);
    const QString plan = planText(call);
    if (!plan.isEmpty()) {
        auto *planBox = new QGroupBox(tr("The plan"), this);
        auto *planLayout = new QVBoxLayout(planBox);
        auto *planLabel = readOnlyText(plan, planBox);
        planLabel->setObjectName(QStringLiteral("debriefPlan"));
        planLayout->addWidget(planLabel);
        layout->addWidget(planBox);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outcome = new QLineEdit(call.outcome, this);
    m_outcome->setObjectName(QStringLiteral("debriefOutcome"));
    m_outcome->setPlaceholderText(tr("What came of it, e.g. pilot agreed for March"));
    form->addRow(tr("O&utcome:"), m_outcome);
    m_wentWell = linesEdit(QStringLiteral("debriefWentWell"), QString(), 2, this);
    form->addRow(tr("What went &well:"), m_wentWell);
    m_improve = linesEdit(QStringLiteral("debriefImprove"), QString(), 2, this);
    form->addRow(tr("What to &improve:"), m_improve);
    m_notAsked = linesEdit(QStringLiteral("debriefNotAsked"),
                           tr("The planned questions that were not asked"), 2, this);
    form->addRow(tr("&Questions not asked:"), m_notAsked);
    m_unresolved = linesEdit(QStringLiteral("debriefUnresolved"),
                             tr("One a line; each stays on the deal until resolved"), 2, this);
    form->addRow(tr("Objections left &unresolved:"), m_unresolved);
    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(QStringLiteral("debriefReviewer"));
    m_reviewer->addItem(tr("Nobody for now"), qint64(0));
    for (const User &u : reviewers)
        m_reviewer->addItem(tr("%1 (%2)").arg(u.name, userRoleName(u.role)), u.id);
    form->addRow(tr("Ask for a &review:"), m_reviewer);
    if (before) {
        m_wentWell->setPlainText(before->wentWell);
        m_improve->setPlainText(before->improve);
        m_notAsked->setPlainText(before->notAsked);
        if (const int at = m_reviewer->findData(before->reviewerId); at > 0)
            m_reviewer->setCurrentIndex(at);
    }
    layout->addLayout(form, 1);
    auto *hint = new QLabel(tr("Write at least one of what went well, what to improve, a question "
                               "not asked or an objection left open."),
                            this);
    hint->setObjectName(QStringLiteral("debriefHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Not now: the call stays in the panel, "no debrief yet", to debrief later.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    const auto followText = [this, save, hint] {
        // Something to learn from: the store refuses an empty debrief.
        const bool written = !lines(m_wentWell).isEmpty() || !lines(m_improve).isEmpty() ||
                             !lines(m_notAsked).isEmpty() || !lines(m_unresolved).isEmpty();
        save->setEnabled(written);
        hint->setVisible(!written);
    };
    for (QPlainTextEdit *edit : {m_wentWell, m_improve, m_notAsked, m_unresolved})
        connect(edit, &QPlainTextEdit::textChanged, this, followText);
    followText();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

Debrief DebriefDialog::debrief() const
{
    Debrief d;
    d.wentWell = lines(m_wentWell);
    d.improve = lines(m_improve);
    d.notAsked = lines(m_notAsked);
    return d;
}

QString DebriefDialog::outcome() const
{
    return m_outcome->text().trimmed();
}

QStringList DebriefDialog::unresolved() const
{
    return withAdded(m_unresolved->toPlainText(), {});
}

qint64 DebriefDialog::reviewerId() const
{
    return m_reviewer->currentData().toLongLong();
}

ReviewDialog::ReviewDialog(const Engagement &call, const Debrief &debrief,
                           const QString &authorName, const QString &dealTitle, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review the Debrief: %1").arg(call.subject));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale = displayLocale();
    const QString when = formatDateTime(
        QDateTime::fromSecsSinceEpoch(call.doneAt ? call.doneAt : call.dueAt), locale);
    auto *about =
        readOnlyText(dealTitle.isEmpty()
                         ? tr("%1 by %2, %3").arg(engagementKindName(call.kind), authorName, when)
                         : tr("%1 by %2 on \"%3\", %4")
                               .arg(engagementKindName(call.kind), authorName, dealTitle, when),
                     this);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString plan = planText(call);
    const QString none = tr("(nothing written)");
    const auto row = [&](const QString &label, const QString &text, const char *name) {
        auto *value = readOnlyText(text.isEmpty() ? none : text, this);
        value->setObjectName(QLatin1StringView(name));
        form->addRow(label, value);
    };
    if (!plan.isEmpty())
        row(tr("The plan:"), plan, "reviewPlan");
    if (!call.outcome.isEmpty())
        row(tr("Outcome:"), call.outcome, "reviewOutcome");
    row(tr("What went well:"), debrief.wentWell, "reviewWentWell");
    row(tr("What to improve:"), debrief.improve, "reviewImprove");
    if (!debrief.notAsked.isEmpty())
        row(tr("Questions not asked:"), debrief.notAsked, "reviewNotAsked");
    layout->addLayout(form);
    m_feedback = linesEdit(QStringLiteral("reviewFeedback"),
                           tr("What to keep doing, what to try on the next call"), 4, this);
    auto *feedbackLabel = new QLabel(tr("Your &feedback:"), this);
    feedbackLabel->setBuddy(m_feedback);
    layout->addWidget(feedbackLabel);
    layout->addWidget(m_feedback, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = buttons->addButton(tr("&Send Feedback"), QDialogButtonBox::AcceptRole);
    send->setEnabled(false);
    connect(m_feedback, &QPlainTextEdit::textChanged, this,
            [this, send] { send->setEnabled(!lines(m_feedback).isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString ReviewDialog::feedback() const
{
    return lines(m_feedback);
}

} // namespace Stageboard
