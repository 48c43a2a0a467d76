// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movedialogs.h"

#include "colors.h"
#include "services/boardservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stageboard {

GateRefusalDialog::GateRefusalDialog(BoardService &service, qint64 opportunityId, qint64 stageId,
                                     const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_opportunityId(opportunityId)
    , m_stageId(stageId)
{
    setWindowTitle(tr("Move Refused"));
    m_message = new QLabel(message.section(QLatin1Char('\n'), 0, 0), this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);

    // The unmet required criteria, each a box to tick when it is met now.
    const qint64 actor = service.currentUserId();
    const auto deal = service.opportunity(opportunityId);
    const auto gate = deal ? service.gateEngine().check(*deal, stageId) : Result<GateResult>();
    QStringList unmet;
    auto *criteria = new QWidget(this);
    criteria->setObjectName(QStringLiteral("unmetCriteria"));
    auto *criteriaLayout = new QVBoxLayout(criteria);
    criteriaLayout->setContentsMargins(12, 4, 0, 8);
    for (const ExitCriterion &c : gate ? gate->unmetRequired : QList<ExitCriterion>()) {
        if (!c.rule.isEmpty()) {
            // A criterion that checks itself is met by what it asks for, not by a tick.
            const QString missing = gate->missing.value(c.id);
            unmet.append(tr("%1 (%2)").arg(c.text, missing));
            auto *rule = new QLabel(
                tr("✗ %1 — %2; add it in the opportunity panel.").arg(c.text, missing), criteria);
            rule->setObjectName(QStringLiteral("unmetRule"));
            rule->setWordWrap(true);
            criteriaLayout->addWidget(rule);
            ++m_unmetRules;
            continue;
        }
        unmet.append(c.text);
        auto *box = new QCheckBox(c.text, criteria);
        box->setProperty("criterion", c.id);
        const auto refusal = service.gateEngine().signOffRefusal(actor, c, *deal);
        box->setEnabled(!refusal);
        if (refusal) {
            box->setText(tr("%1 — needs sign-off by %2").arg(c.text, c.signOff->role));
            box->setToolTip(*refusal);
        }
        connect(box, &QCheckBox::toggled, this, [this, id = c.id](bool met) { tick(id, met); });
        criteriaLayout->addWidget(box);
        m_boxes.append(box);
    }
    // The criteria as text too, for the screen reader and the tests that read them.
    auto *list = new QLabel(QStringLiteral("• ") + unmet.join(QStringLiteral("\n• ")), this);
    list->setObjectName(QStringLiteral("unmet"));
    list->setTextFormat(Qt::PlainText);
    list->hide();
    auto *hint = new QLabel(
        m_boxes.isEmpty() ? QString() : tr("Tick what is met now; Move tries again once all are."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(criteria);
    layout->addWidget(list);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    Colors::markAsError(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("O&pen Opportunity"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openOpportunity"));
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::OpenOpportunity;
        reject();
    });
    m_move = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("move"));
    connect(m_move, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::Move;
        accept();
    });
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (service.gateEngine().canOverride(actor)) {
        auto *overrideHint =
            new QLabel(tr("As a manager or admin you may move it anyway. Say why: the "
                          "reason and the unmet criteria are kept in the stage "
                          "history."),
                       this);
        overrideHint->setWordWrap(true);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("overrideReason"));
        m_reason->setAccessibleName(tr("Reason for the override"));
        m_reason->setPlaceholderText(tr("Reason for the override (required)"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(80);
        m_override = buttons->addButton(tr("&Override and Move"), QDialogButtonBox::AcceptRole);
        m_override->setObjectName(QStringLiteral("override"));
        m_override->setAutoDefault(false);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &GateRefusalDialog::updateButtons);
        connect(m_override, &QPushButton::clicked, this, [this] {
            m_outcome = Outcome::Override;
            accept();
        });
        layout->addWidget(overrideHint);
        layout->addWidget(m_reason);
    } else {
        // Not a dead end for a rep either: say who can let it through.
        auto *whoCan = new QLabel(tr("A manager or admin can move it past these criteria, "
                                     "giving a reason."),
                                  this);
        whoCan->setObjectName(QStringLiteral("whoCanOverride"));
        whoCan->setWordWrap(true);
        layout->addWidget(whoCan);
    }
    layout->addWidget(buttons);
    setMinimumWidth(500);
    updateButtons();
    // Typing goes where it is meant: the reason for a manager, the first box for others.
    if (m_reason)
        m_reason->setFocus();
    else if (auto first = std::find_if(m_boxes.cbegin(), m_boxes.cend(),
                                       [](QCheckBox *b) { return b->isEnabled(); });
             first != m_boxes.cend())
        (*first)->setFocus();
}

void GateRefusalDialog::tick(qint64 criterionId, bool met)
{
    m_error->hide();
    auto answered = m_service.answerCriterion(m_opportunityId, criterionId,
                                              met ? CriterionState::Met : CriterionState::Open);
    if (!answered) {
        m_error->setText(answered.error().message);
        m_error->show();
        for (QCheckBox *box : std::as_const(m_boxes)) {
            if (box->property("criterion").toLongLong() == criterionId) {
                const QSignalBlocker quiet(box);
                box->setChecked(!met);
            }
        }
    }
    updateButtons();
}

void GateRefusalDialog::updateButtons()
{
    const bool allMet =
        m_unmetRules == 0 &&
        std::all_of(m_boxes.cbegin(), m_boxes.cend(), [](QCheckBox *b) { return b->isChecked(); });
    m_move->setEnabled(allMet);
    m_move->setDefault(allMet);
    m_move->setToolTip(allMet ? QString() : tr("Every criterion above must be met first."));
    if (m_override)
        m_override->setEnabled(!overrideReason().isEmpty());
}

QString GateRefusalDialog::overrideReason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

QString GateRefusalDialog::message() const
{
    return m_message->text();
}

CloseOpportunityDialog::CloseOpportunityDialog(const QString &title, const QString &stageName,
                                               const QStringList &reasons, const QString &notice,
                                               bool lost, const QStringList &competitors,
                                               const QStringList &dealCompetitors, QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
{
    setWindowTitle(tr("Move to %1").arg(stageName));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Why is \"%1\" moving to %2?").arg(title, stageName), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    if (!notice.isEmpty()) {
        auto *note = new QLabel(notice, this);
        note->setObjectName(QStringLiteral("notice"));
        note->setWordWrap(true);
        QFont bold = note->font();
        bold.setBold(true);
        note->setFont(bold);
        layout->addWidget(note);
    }
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->addItems(reasons);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    form->addRow(tr("&Main reason:"), m_reason);
    m_secondary = new QListWidget(this);
    m_secondary->setObjectName(QStringLiteral("secondaryReasons"));
    m_secondary->setAccessibleName(tr("Other reasons"));
    m_secondary->setUniformItemSizes(true);
    form->addRow(tr("&Other reasons:"), m_secondary);
    if (lost) {
        m_lostTo = new QComboBox(this);
        m_lostTo->setObjectName(QStringLiteral("lostTo"));
        m_lostTo->setEditable(true);
        QStringList offered = dealCompetitors;
        for (const QString &name : competitors) {
            if (!offered.contains(name))
                offered.append(name);
        }
        m_lostTo->addItems(offered);
        m_lostTo->setCurrentIndex(-1);
        m_lostTo->lineEdit()->setPlaceholderText(tr("None, or choose or type one"));
        form->addRow(tr("&Lost to:"), m_lostTo);
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What happened, for the look-back"));
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);
    offerSecondary();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QComboBox::currentTextChanged, this, [this, ok](const QString &text) {
        ok->setEnabled(!text.trimmed().isEmpty());
        offerSecondary();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void CloseOpportunityDialog::offerSecondary()
{
    // Every known reason but the main one, keeping what was ticked.
    const QStringList ticked = secondaryReasons();
    const QString main = reason();
    m_secondary->clear();
    for (const QString &r : std::as_const(m_reasons)) {
        if (r == main)
            continue;
        auto *item = new QListWidgetItem(r, m_secondary);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(r) ? Qt::Checked : Qt::Unchecked);
    }
    m_secondary->setEnabled(m_secondary->count() > 0);
    // Every reason shown without scrolling, up to eight; more scroll.
    const int rows = std::clamp(int(m_secondary->count()), 1, 8);
    const int row = m_secondary->count() ? m_secondary->sizeHintForRow(0) : fontMetrics().height();
    m_secondary->setFixedHeight(rows * row + 2 * m_secondary->frameWidth() + 2);
}

QString CloseOpportunityDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QStringList CloseOpportunityDialog::secondaryReasons() const
{
    QStringList result;
    for (int i = 0; i < m_secondary->count(); ++i) {
        if (m_secondary->item(i)->checkState() == Qt::Checked)
            result.append(m_secondary->item(i)->text());
    }
    return result;
}

QString CloseOpportunityDialog::lostTo() const
{
    return m_lostTo ? m_lostTo->currentText().trimmed() : QString();
}

QString CloseOpportunityDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

} // namespace Stageboard
