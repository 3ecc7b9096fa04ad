#include "wizard/ui/copyablefield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int CopiedFeedbackMs = 2000;
}

CopyableField::CopyableField(const QString &key, const QString &label, const QString &accessibleLabel, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_accessibleLabel(accessibleLabel)
    , m_label(new QLabel(label, this))
    , m_value(new QLineEdit(this))
    , m_copyButton(new QToolButton(this))
    , m_restoreTimer(new QTimer(this))
{
    setObjectName(u"field_"_s + key);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_value);

    m_value->setObjectName(u"value_"_s + key);
    m_value->setReadOnly(true);
    m_value->setAccessibleName(accessibleLabel);
    m_value->setAccessibleDescription(tr("Read only. Select the text, or use the Copy button beside it."));

    m_copyButton->setObjectName(u"copy_"_s + key);
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setIcon(QIcon(u":/icons/copy.svg"_s));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setFocusPolicy(Qt::StrongFocus);
    m_copyButton->setAccessibleName(tr("Copy %1").arg(accessibleLabel));
    m_copyButton->setAccessibleDescription(tr("Puts this setting on the clipboard, to paste it into your mail app."));
    m_copyButton->setToolTip(tr("Copy %1").arg(accessibleLabel));
    // Wide enough for "Copied" too, so that the value box does not jump when it shows.
    m_copyButton->setText(tr("Copied"));
    const int copiedWidth = m_copyButton->sizeHint().width();
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setMinimumWidth(std::max(copiedWidth, m_copyButton->sizeHint().width()));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_copyButton);

    m_restoreTimer->setSingleShot(true);
    m_restoreTimer->setInterval(CopiedFeedbackMs);
    connect(m_restoreTimer, &QTimer::timeout, this, [this] { m_copyButton->setText(tr("Copy")); });
    connect(m_copyButton, &QToolButton::clicked, this, &CopyableField::copy);
}

void CopyableField::setValue(const QString &value)
{
    m_value->setText(value);
    m_value->setCursorPosition(0);
}

QString CopyableField::value() const
{
    return m_value->text();
}

void CopyableField::copy()
{
    QGuiApplication::clipboard()->setText(value());
    m_copyButton->setText(tr("Copied"));
    m_restoreTimer->start();
    Q_EMIT copied(m_accessibleLabel, value());
}
