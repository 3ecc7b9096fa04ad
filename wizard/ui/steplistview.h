// The live steps of one protocol's check ("Incoming mail (IMAP)"): each step with its state icon
// (pending, running, passed, failed), the time it took, and what the server said one click away
// (a row's child, shown when the row is expanded or with setDetailsShown()).
#pragma once

#include "wizard/core/probe/proberesult.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QTimer;
class StatusLabel;

class StepListView : public QWidget
{
    Q_OBJECT
public:
    enum class StepState { Pending, Running, Passed, Failed, NotRun };
    Q_ENUM(StepState)

    StepListView(const QString &title, QWidget *parent = nullptr);

    // Starts over: these steps, all pending.
    void setExpectedSteps(const QList<ProbeStep> &steps);
    void stepStarted(ProbeStep step);
    void stepFinished(const StepResult &result);
    // The probe ended: steps that never ran say so, and the summary tells the outcome.
    void finish(bool ok);
    bool isRunning() const { return m_running; }

    // Every row's details (the server's words) shown or folded away.
    void setDetailsShown(bool shown);

    // For tests and screen readers: the steps in order, with their states.
    QList<ProbeStep> steps() const;
    QList<StepState> states() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidgetItem *addRow(ProbeStep step, int index);
    void setState(QTreeWidgetItem *item, StepState state, qint64 ms = -1);
    void setDetail(QTreeWidgetItem *item, const QString &detail);
    QTreeWidgetItem *lastRow(ProbeStep step, StepState state) const;
    // The tree as tall as its rows: no scroll bar inside the page's own.
    void fitHeight();

    QLabel *m_title;
    StatusLabel *m_summary;
    QTreeWidget *m_tree;
    QTimer *m_fitTimer;
    bool m_running = false;
    bool m_detailsShown = false;
};
