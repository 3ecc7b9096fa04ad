// Shows why something failed, in the catalogue's words: for each diagnosis its title, its advice and who
// can fix it; the server's own words one click away ("Show details"); and the buttons that act on it.
// The view only reports which button was pressed (actionTriggered): the page decides what it does.
#pragma once

#include "wizard/core/diagnosis/diagnosis.h"

#include <QFrame>
#include <QList>
#include <QMap>

class ButtonRow;
class StatusLabel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

class DiagnosisView : public QFrame
{
    Q_OBJECT
public:
    // A button for every remedy a diagnosis can offer (diagnosis.h). Their object names: "signInAgainButton",
    // "useAnotherAccountButton", "copyAdminMessageButton", "showImapHelpButton", "tryAgainButton".
    using Action = Remedy;

    explicit DiagnosisView(QWidget *parent = nullptr);

    // Shows these diagnoses (hides the view when there are none) and announces the first title.
    void setDiagnoses(const QList<Diagnosis> &diagnoses);
    void setDiagnosis(const Diagnosis &diagnosis) { setDiagnoses({ diagnosis }); }
    void clear() { setDiagnoses({}); }
    QList<Diagnosis> diagnoses() const { return m_diagnoses; }

    // A sentence shown before the diagnoses, e.g. "You signed in as X, but you are setting up Y."
    void setLead(const QString &text);
    // The buttons to offer (the others are hidden), in the order of Remedy; focusFirstAction() picks the first.
    void setActions(const QList<Action> &actions);
    // The remedies the diagnoses shown offer, each once, in button order, limited to those in `available` (what
    // the page can do).
    static QList<Action> remediesOf(const QList<Diagnosis> &diagnoses, const QList<Action> &available);
    QPushButton *button(Action action) const { return m_buttons.value(action); }
    // Puts the keyboard focus on the first button offered.
    void focusFirstAction();
    // A short confirmation under the buttons ("The message is on the clipboard."), announced.
    void setFeedback(const QString &text);

Q_SIGNALS:
    void actionTriggered(Remedy action);

private:
    void addButton(Action action, const char *objectName, const QString &text, const QString &description);
    void setDetailsShown(bool shown);

    QList<Diagnosis> m_diagnoses;
    QList<Action> m_actions;
    QLabel *m_icon;
    QLabel *m_lead;
    QVBoxLayout *m_entries;
    QList<QWidget *> m_entryWidgets;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
    ButtonRow *m_buttonRow;
    QMap<Action, QPushButton *> m_buttons;
    StatusLabel *m_feedback;
};
