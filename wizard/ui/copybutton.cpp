#include "wizard/ui/copybutton.h"

#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int CopiedFeedbackMs = 2000;
}

CopyButton::CopyButton(const QString &accessibleLabel, const QString &description, QWidget *parent)
    : QToolButton(parent)
    , m_restoreTimer(new QTimer(this))
{
    setIcon(QIcon(u":/icons/copy.svg"_s));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Copy %1").arg(accessibleLabel));
    setAccessibleDescription(description);
    setToolTip(tr("Copy %1").arg(accessibleLabel));
    setText(tr("Copied"));
    const int copiedWidth = sizeHint().width();
    setText(tr("Copy"));
    setMinimumWidth(std::max(copiedWidth, sizeHint().width()));

    m_restoreTimer->setSingleShot(true);
    m_restoreTimer->setInterval(CopiedFeedbackMs);
    connect(m_restoreTimer, &QTimer::timeout, this, [this] { setText(tr("Copy")); });
}

void CopyButton::showCopied()
{
    setText(tr("Copied"));
    m_restoreTimer->start();
}
