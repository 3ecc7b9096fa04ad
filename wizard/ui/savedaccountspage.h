// The first page of a later launch: the accounts Mail Setup set up on this computer before, whose sign-in it keeps.
// For each, "Check again" (the check with the kept sign-in, no browser) and "Forget" (asked once more, then its
// sign-in and settings removed); and "Set up another account", which goes on to an empty address page. The
// controller decides which accounts there are and does the work; the page shows them and what came of it.
#pragma once

#include <QMap>
#include <QPointer>
#include <QWizardPage>

class ButtonRow;
class QPushButton;
class QVBoxLayout;
class SetupController;
class StatusLabel;

class SavedAccountsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SavedAccountsPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The addresses shown, in order.
    QStringList addresses() const;
    // The buttons of the account shown under this address (null when it is not shown), for tests and tools.
    QPushButton *checkAgainButton(const QString &email) const;
    QPushButton *forgetButton(const QString &email) const;
    // Goes on to a new sign-in for the account being checked (the check asked for one).
    void chooseSignIn();
    // Shown after "Forget", until confirmed or kept.
    QPushButton *confirmForgetButton(const QString &email) const;

Q_SIGNALS:
    // A choice was made that leads on (check again with a sign-in that works, another account, a new sign-in):
    // the wizard goes on by itself.
    void finishedBySelf();

private:
    enum class Choice { None, CheckAgain, SignInAgain, AnotherAccount };
    struct Row {
        QWidget *frame = nullptr;
        QPushButton *checkAgain = nullptr;
        QPushButton *forget = nullptr;
        QWidget *confirmPanel = nullptr;
        QPushButton *confirmForget = nullptr;
        QPushButton *keep = nullptr;
        StatusLabel *status = nullptr;
    };

    void showAccounts();
    void choose(Choice choice);
    void checkAgain(const QString &email);
    void askToForget(const QString &email);
    void onSignedIn();
    void onSavedSignInFailed(const QString &problem);
    void onForgotten(const QString &email, bool ok, const QString &problem);
    Row rowOf(const QString &email) const;

    SetupController *m_controller;
    QVBoxLayout *m_list;
    QMap<QString, Row> m_rows;  // by normalised address
    QStringList m_order;
    StatusLabel *m_status;
    QPushButton *m_signInAgainButton;
    QPushButton *m_anotherButton;
    Choice m_choice = Choice::None;
    QString m_checking;  // the address whose kept sign-in is being taken up
};
