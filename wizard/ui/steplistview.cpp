#include "wizard/ui/steplistview.h"

#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappingitemdelegate.h"

#include "wizard/core/report/printable.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int StepRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1;

QIcon iconFor(StepListView::StepState state)
{
    switch (state) {
    case StepListView::StepState::Pending:
    case StepListView::StepState::NotRun:
        return QIcon(u":/icons/step-pending.svg"_s);
    case StepListView::StepState::Running:
        return QIcon(u":/icons/step-running.svg"_s);
    case StepListView::StepState::Passed:
        return QIcon(u":/icons/step-passed.svg"_s);
    case StepListView::StepState::Failed:
        return QIcon(u":/icons/step-failed.svg"_s);
    }
    return {};
}

} // namespace

StepListView::StepListView(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_summary(new StatusLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_fitTimer(new QTimer(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_tree);

    m_summary->setObjectName(u"stepSummary"_s);

    m_tree->setObjectName(u"stepTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Step"), tr("Time") });
    m_tree->setAccessibleName(title);
    m_tree->setAccessibleDescription(tr("The steps of the check, each with whether it worked and how long it took. "
                                        "Expand a step to read what the server said."));
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    // Row heights depend on the column width (the text wraps): measure again whenever either changes.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &StepListView::fitHeight);
    const auto refit = [this] { m_fitTimer->start(); };
    connect(m_tree->header(), &QHeaderView::sectionResized, this, refit);
    connect(m_tree, &QTreeWidget::itemExpanded, this, refit);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, refit);
    connect(m_tree->model(), &QAbstractItemModel::rowsInserted, this, refit);
    connect(m_tree->model(), &QAbstractItemModel::rowsRemoved, this, refit);
    connect(m_tree->model(), &QAbstractItemModel::dataChanged, this, refit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    layout->addStretch(1);
    fitHeight();
}

void StepListView::fitHeight()
{
    m_tree->doItemsLayout();
    int height = 2 * m_tree->frameWidth() + (m_tree->isHeaderHidden() ? 0 : m_tree->header()->sizeHint().height());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        height += m_tree->visualItemRect(item).height();
        if (item->isExpanded()) {
            for (int c = 0; c < item->childCount(); ++c)
                height += m_tree->visualItemRect(item->child(c)).height();
        }
    }
    m_tree->setFixedHeight(std::max(height, m_tree->fontMetrics().lineSpacing() * 4));
}

void StepListView::setExpectedSteps(const QList<ProbeStep> &steps)
{
    m_tree->clear();
    for (const ProbeStep step : steps)
        addRow(step, m_tree->topLevelItemCount());
    m_running = false;
    m_summary->setStatus(QString());
}

QTreeWidgetItem *StepListView::addRow(ProbeStep step, int index)
{
    auto *item = new QTreeWidgetItem;
    // A step that comes again (the capabilities after STARTTLS or after the sign-in) says which time it is.
    QList<ProbeStep> before;
    for (int i = 0; i < index && i < m_tree->topLevelItemCount(); ++i)
        before << ProbeStep(m_tree->topLevelItem(i)->data(0, StepRole).toInt());
    item->setText(0, probeStepLabel(step, before));
    item->setData(0, StepRole, QVariant::fromValue(int(step)));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->insertTopLevelItem(index, item);
    setState(item, StepState::Pending);
    return item;
}

QTreeWidgetItem *StepListView::lastRow(ProbeStep step, StepState state) const
{
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, StepRole).toInt() == int(step) && item->data(0, StateRole).toInt() == int(state))
            return item;
    }
    return nullptr;
}

void StepListView::stepStarted(ProbeStep step)
{
    if (!m_running) {
        m_running = true;
        m_summary->setStatus(tr("Checking…"));
    }
    // The first pending row of this step, or a new row after the last step that has begun (a step can come
    // twice: the capabilities are asked again after signing in).
    int lastBegun = -1;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (StepState(m_tree->topLevelItem(i)->data(0, StateRole).toInt()) != StepState::Pending)
            lastBegun = i;
    }
    QTreeWidgetItem *row = nullptr;
    for (int i = lastBegun + 1; i < m_tree->topLevelItemCount() && !row; ++i) {
        if (m_tree->topLevelItem(i)->data(0, StepRole).toInt() == int(step))
            row = m_tree->topLevelItem(i);
    }
    if (row) {
        // Expected steps before it that were left out (no name lookup for an address) are not steps at all.
        while (m_tree->indexOfTopLevelItem(row) > lastBegun + 1)
            delete m_tree->takeTopLevelItem(lastBegun + 1);
    } else {
        row = addRow(step, lastBegun + 1);
    }
    setState(row, StepState::Running);
    m_tree->scrollToItem(row);
}

void StepListView::stepFinished(const StepResult &result)
{
    QTreeWidgetItem *row = lastRow(result.step, StepState::Running);
    if (!row) {
        stepStarted(result.step);
        row = lastRow(result.step, StepState::Running);
    }
    setState(row, result.ok ? StepState::Passed : StepState::Failed, result.ms);
    QString detail = result.detail;
    if (result.tls && !detail.contains(result.tls->summary())) {
        const QString tls = tr("Encryption: %1").arg(result.tls->summary());
        detail = detail.isEmpty() ? tls : detail + u'\n' + tls;
    }
    setDetail(row, detail);
}

void StepListView::finish(bool ok)
{
    m_running = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const auto state = StepState(item->data(0, StateRole).toInt());
        if (state == StepState::Pending || state == StepState::Running)
            setState(item, StepState::NotRun);
    }
    m_summary->setStatus(ok ? tr("Works.") : tr("Does not work yet."), StatusLabel::Urgency::Alert);
}

void StepListView::setState(QTreeWidgetItem *item, StepState state, qint64 ms)
{
    item->setData(0, StateRole, int(state));
    item->setIcon(0, iconFor(state));
    const QString label = item->text(0);
    QString stateText;
    switch (state) {
    case StepState::Pending:
        stateText = tr("%1: not started yet").arg(label);
        item->setText(1, QString());
        break;
    case StepState::Running:
        stateText = tr("%1: under way").arg(label);
        item->setText(1, u"…"_s);
        break;
    case StepState::Passed:
        stateText = tr("%1: worked, in %2 ms").arg(label).arg(ms);
        item->setText(1, tr("%1 ms").arg(ms));
        break;
    case StepState::Failed:
        stateText = tr("%1: failed, after %2 ms").arg(label).arg(ms);
        item->setText(1, tr("%1 ms").arg(ms));
        break;
    case StepState::NotRun:
        stateText = tr("%1: not checked").arg(label);
        item->setText(1, tr("not checked"));
        break;
    }
    const QBrush textColour = state == StepState::NotRun || state == StepState::Pending
        ? m_tree->palette().brush(QPalette::Disabled, QPalette::Text)
        : m_tree->palette().brush(QPalette::Active, QPalette::Text);
    item->setForeground(0, textColour);
    item->setForeground(1, textColour);
    item->setData(0, Qt::AccessibleTextRole, stateText);
    item->setToolTip(0, stateText);
}

void StepListView::setDetail(QTreeWidgetItem *item, const QString &detail)
{
    qDeleteAll(item->takeChildren());
    if (detail.isEmpty())
        return;
    auto *child = new QTreeWidgetItem(item);
    // The server's own words: its control characters and bidi overrides are shown as escapes.
    const QString shown = printableLines(detail);
    child->setText(0, shown);
    child->setData(0, Qt::AccessibleTextRole, tr("The server said: %1").arg(shown));
    child->setFirstColumnSpanned(true);
    child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setExpanded(m_detailsShown);
}

void StepListView::setDetailsShown(bool shown)
{
    m_detailsShown = shown;
    if (shown)
        m_tree->expandAll();
    else
        m_tree->collapseAll();
}

QList<ProbeStep> StepListView::steps() const
{
    QList<ProbeStep> result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        result.append(ProbeStep(m_tree->topLevelItem(i)->data(0, StepRole).toInt()));
    return result;
}

QList<StepListView::StepState> StepListView::states() const
{
    QList<StepState> result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        result.append(StepState(m_tree->topLevelItem(i)->data(0, StateRole).toInt()));
    return result;
}
