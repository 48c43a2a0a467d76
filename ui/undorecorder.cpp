// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undorecorder.h"

#include "itemmodels/boardmodel.h"
#include "itemmodels/editconflict.h"
#include "itemmodels/processmodel.h"

#include <QApplication>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace Stageboard {

namespace {

/// A change already made when it is pushed: the first redo() does nothing. A step that can no
/// longer be taken (the deal or stage changed in a way it cannot reverse) is reported and drops
/// out, rather than leave the stack pointing at a state that does not exist.
class ChangeCommand final : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;
    using Report = std::function<void(const QString &)>;

    ChangeCommand(const QString &text, Step undo, Step redo, Report report)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
        , m_report(std::move(report))
    {}

    void undo() override { apply(m_undo); }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        apply(m_redo);
    }

private:
    void apply(const Step &step)
    {
        if (auto ok = step(); !ok) {
            setObsolete(true);
            m_report(ok.error().message);
        }
    }

    Step m_undo;
    Step m_redo;
    Report m_report;
    bool m_done = true;
};

Result<void> asVoid(const Result<MoveOutcome> &moved)
{
    if (!moved)
        return std::unexpected(moved.error());
    return {};
}

// Takes the fields an edit changed from their values in "from" to those in "to", on the deal
// as it is now; the fields it did not change are left as they are. Refused when someone else
// changed one of those fields since: undoing must not overwrite their change.
Result<void> changeFields(BoardModel *model, const Opportunity &from, const Opportunity &to)
{
    const auto current = model->service().opportunity(to.id);
    if (!current)
        return fail(BoardModel::tr("The opportunity \"%1\" no longer exists.").arg(to.title));
    Opportunity o = *current;
    QStringList changedElsewhere;
    for (OpportunityField field : EditConflict::allFields()) {
        if (EditConflict::same(from, to, field))
            continue;
        if (!EditConflict::same(*current, from, field))
            changedElsewhere.append(EditConflict::fieldName(field));
        EditConflict::copy(o, to, field);
    }
    if (!changedElsewhere.isEmpty()) {
        return fail(UndoRecorder::tr("%1 of \"%2\" changed elsewhere since; nothing was changed, "
                                     "so as not to overwrite it.")
                        .arg(QLocale().createSeparatedList(changedElsewhere), current->title),
                    Error::Kind::Conflict);
    }
    return model->service().updateOpportunity(o);
}

} // namespace

UndoRecorder::UndoRecorder(BoardModel *model, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_stack(stack)
{
    auto push = [this](const QString &text, ChangeCommand::Step undo, ChangeCommand::Step redo) {
        if (m_replaying)
            return;
        const auto replayed = [this](ChangeCommand::Step step) {
            return [this, step = std::move(step)] { return replaying(step); };
        };
        m_stack->push(
            new ChangeCommand(text, replayed(std::move(undo)), replayed(std::move(redo)),
                              [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    };
    connect(
        &model->service(), &BoardService::moved, this,
        [this, push](const Opportunity &before, const StageChange &change) {
            const Stage *stage = m_model->service().stage(change.toStageId);
            const qint64 id = change.opportunityId;
            // Undo goes back with the reason the deal had there; redo replays this move's
            // reasons, so it passes the same gate the same way (or is refused again).
            const MoveRequest back{before.stageId, before.closeReason, {}};
            const MoveRequest again{change.toStageId, change.closeReason, change.overrideReason};
            push(
                tr("Move \"%1\" to %2").arg(before.title, stage ? stage->name : QString()),
                [this, id, back] {
                    return asVoid(m_model->service().moveToStage(id, back.toStageId, back));
                },
                [this, id, again] {
                    return asVoid(m_model->service().moveToStage(id, again.toStageId, again));
                });
        });
    connect(&model->service(), &BoardService::created, this, [this, push](const Opportunity &o) {
        push(
            tr("New opportunity \"%1\"").arg(o.title),
            [this, id = o.id] { return m_model->service().removeOpportunity(id); },
            [this, id = o.id] { return m_model->service().restoreOpportunity(id); });
    });
    connect(&model->service(), &BoardService::edited, this,
            [this, push](const Opportunity &before, const Opportunity &after) {
                push(
                    tr("Edit \"%1\"").arg(after.title),
                    [this, before, after] { return changeFields(m_model, after, before); },
                    [this, before, after] { return changeFields(m_model, before, after); });
            });
    connect(&model->service(), &BoardService::removed, this, [this, push](const Opportunity &o) {
        push(
            tr("Delete \"%1\"").arg(o.title),
            [this, id = o.id] { return m_model->service().restoreOpportunity(id); },
            [this, id = o.id] { return m_model->service().removeOpportunity(id); });
    });
}

void recordProcessEdits(ProcessModel *model, QUndoStack *stack,
                        const std::function<void(const QString &)> &onError)
{
    QObject::connect(model, &ProcessModel::edited, stack, [=](const ProcessEdit &made) {
        // A redone removal records the deals it moved this time, for the next undo.
        auto edit = std::make_shared<ProcessEdit>(made);
        // A busy stage moves thousands of deals either way: a second or two.
        const auto busy = [](auto step) {
            return [step] {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                auto done = step();
                QApplication::restoreOverrideCursor();
                return done;
            };
        };
        stack->push(new ChangeCommand(edit->text(),
                                      busy([model, edit] { return model->undo(*edit); }),
                                      busy([model, edit] { return model->redo(*edit); }), onError));
    });
}

} // namespace Stageboard
