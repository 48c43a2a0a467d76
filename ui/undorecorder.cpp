#include "undorecorder.h"

#include "boardmodel.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace Stageboard {

namespace {

/// A change already made when it is pushed: the first redo() does nothing.
class ChangeCommand final : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;

    ChangeCommand(UndoRecorder *recorder, const QString &text, Step undo, Step redo)
        : QUndoCommand(text)
        , m_recorder(recorder)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
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
        auto ok = m_recorder->replaying(step);
        if (!ok) {
            // The deal changed in a way this step can no longer reverse; drop the step rather
            // than leave the stack pointing at a state that does not exist.
            setObsolete(true);
            Q_EMIT m_recorder->errorOccurred(ok.error().message);
        }
    }

    UndoRecorder *m_recorder;
    Step m_undo;
    Step m_redo;
    bool m_done = true;
};

// Applies the fields of "target" to the deal as it is now, keeping its stage and version.
Result<void> restoreFields(BoardModel *model, const Opportunity &target)
{
    const auto current = model->opportunity(target.id);
    if (!current)
        return fail(BoardModel::tr("The opportunity \"%1\" no longer exists.").arg(target.title));
    Opportunity o = target;
    o.version = current->version;
    return model->updateOpportunity(o);
}

} // namespace

UndoRecorder::UndoRecorder(BoardModel *model, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_stack(stack)
{
    auto push = [this](const QString &text, ChangeCommand::Step undo, ChangeCommand::Step redo) {
        if (!m_replaying)
            m_stack->push(new ChangeCommand(this, text, std::move(undo), std::move(redo)));
    };
    connect(model, &BoardModel::moved, this, [this, push](qint64 id, qint64 from, qint64 to) {
        const Stage *stage = m_model->stage(to);
        const auto deal = m_model->opportunity(id);
        push(
            tr("Move \"%1\" to %2")
                .arg(deal ? deal->title : QString(), stage ? stage->name : QString()),
            [this, id, from] { return m_model->moveToStage(id, from); },
            [this, id, to] { return m_model->moveToStage(id, to); });
    });
    connect(model, &BoardModel::created, this, [this, push](const Opportunity &o) {
        push(
            tr("New opportunity \"%1\"").arg(o.title),
            [this, id = o.id] { return m_model->removeOpportunity(id); },
            [this, id = o.id] { return m_model->restoreOpportunity(id); });
    });
    connect(model, &BoardModel::edited, this,
            [this, push](const Opportunity &before, const Opportunity &after) {
                push(
                    tr("Edit \"%1\"").arg(after.title),
                    [this, before] { return restoreFields(m_model, before); },
                    [this, after] { return restoreFields(m_model, after); });
            });
    connect(model, &BoardModel::removed, this, [this, push](const Opportunity &o) {
        push(
            tr("Delete \"%1\"").arg(o.title),
            [this, id = o.id] { return m_model->restoreOpportunity(id); },
            [this, id = o.id] { return m_model->removeOpportunity(id); });
    });
}

} // namespace Stageboard
