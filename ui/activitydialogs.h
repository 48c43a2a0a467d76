// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Stageboard {

/// Plans an activity: its type, subject, due time and length, about a deal when one is given;
/// a call or meeting also gets its plan — the objective, the questions to ask, the objections
/// to expect — which can start from the deal's stage's call template.
class PlanActivityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// dealTitle empty: about no deal. stage: whose call template is offered (nullptr: none).
    PlanActivityDialog(const QString &dealTitle, const Stage *stage, QWidget *parent = nullptr);
    /// Shows a stored activity to change its plan.
    void setActivity(const Engagement &activity);
    /// What was typed, over the activity given to setActivity (or a new one).
    Engagement activity() const;
    /// Adds the stage's typical questions and objections that are not in the plan yet.
    void useTemplate();

    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *kindChoice() const { return m_kind; }
    QGroupBox *planBox() const { return m_plan; }
    QPushButton *templateButton() const { return m_template; }

private:
    void followKind();

    Engagement m_base;
    QStringList m_templateQuestions;
    QStringList m_templateObjections;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QSpinBox *m_duration = nullptr;
    QGroupBox *m_plan = nullptr;
    QLineEdit *m_objective = nullptr;
    QPlainTextEdit *m_questions = nullptr;
    QPlainTextEdit *m_objections = nullptr;
    QPushButton *m_template = nullptr;
};

/// After a call or meeting: what came of it, what went well, what to improve, the questions
/// not asked and the objections left unresolved — and whom to ask for a review.
class DebriefDialog final : public QDialog
{
    Q_OBJECT

public:
    /// reviewers: the people who may be asked (the author left out), managers first.
    DebriefDialog(const Engagement &call, const std::optional<Debrief> &before,
                  const QList<User> &reviewers, QWidget *parent = nullptr);
    Debrief debrief() const; ///< without the call's ids and author
    QString outcome() const;
    QStringList unresolved() const;
    /// 0: nobody.
    qint64 reviewerId() const;

private:
    QLineEdit *m_outcome = nullptr;
    QPlainTextEdit *m_wentWell = nullptr;
    QPlainTextEdit *m_improve = nullptr;
    QPlainTextEdit *m_notAsked = nullptr;
    QPlainTextEdit *m_unresolved = nullptr;
    QComboBox *m_reviewer = nullptr;
};

/// A reviewer reads a debrief (and the plan it followed) and writes feedback.
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const Engagement &call, const Debrief &debrief, const QString &authorName,
                 const QString &dealTitle, QWidget *parent = nullptr);
    QString feedback() const;

private:
    QPlainTextEdit *m_feedback = nullptr;
};

} // namespace Stageboard
