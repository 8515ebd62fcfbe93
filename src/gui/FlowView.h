#pragma once

#include "core/CasResult.h"
#include "core/Jwt.h"
#include "core/TokenService.h"
#include "gui/TabPage.h"

#include <QList>
#include <QUrl>
#include <optional>

class FlowDiagram;
class QLabel;
class QPushButton;
class QToolButton;

/// The "Flow" view for demos: the real request drawn as it runs, your backend → CAS → JWT →
/// client SDK, the step in progress highlighted, with a short explanation of each step. In
/// step-through mode the events still come from the real request, but they are revealed one at
/// a time with "Next step". The API secret is never given to this view.
class FlowView : public TabPage
{
    Q_OBJECT
public:
    enum class Step { Idle, RequestSent, ResponseReceived, TokenDecoded, HandedToClient, Failed };
    Q_ENUM(Step)

    explicit FlowView(QWidget* parent = nullptr);
    ~FlowView() override;

    void reset();
    /// Each hop of the request (a followed redirect calls it again).
    void requestSent(const QString& method, const QUrl& url, const QString& apiKey);
    void responseReceived(int httpStatus, qint64 elapsedMs);
    void tokenDecoded(const Jwt& jwt);
    void failed(const CasError& error);
    /// The token went to a client: how, e.g. "copied for the Web SDK", "shown as a QR code".
    void handedToClient(const QString& how);
    /// A token request the token service answered (Serve tab): shows the served path,
    /// client app → CAS Console (your backend) → CAS → token → client. Other requests are ignored.
    void servedRequest(const TokenServiceLogEntry& entry);

    Step currentStep() const; ///< the step displayed (in step-through, may lag the events)
    Step latestStep() const; ///< the latest step that happened
    QString explanation() const;
    QString stepDetail() const; ///< the detail line shown for the current step, as plain text
    int pendingSteps() const; ///< steps that happened but are not shown yet (step-through)

    void setStepThrough(bool on);
    bool isStepThrough() const;
    void setMasked(bool masked);
    bool isMasked() const;

    static QString stepTitle(Step step);
    static QString stepExplanation(Step step);

public slots:
    void nextStep();

signals:
    void stepShown(FlowView::Step step);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void record(Step step);
    void render();
    void renderServed();
    void applyScale();
    void applyColours();
    QString maskedKey() const;
    bool revealed(Step step) const;
    QString detailFor(Step step, bool rich) const;
    QStringList chipTexts() const;
    QString tokenPartSnippet(const QString& part) const;

    FlowDiagram* m_diagram;
    QLabel* m_title;
    QLabel* m_pendingHint;
    QLabel* m_detail;
    QLabel* m_explanation;
    QToolButton* m_stepThrough;
    QToolButton* m_reveal;
    QPushButton* m_next;

    QList<Step> m_events; ///< what happened, in order
    int m_shown = 0; ///< how many of m_events are revealed
    bool m_stepThroughOn = false;
    bool m_masked = false;

    QString m_method;
    QUrl m_url;
    QString m_apiKey;
    int m_hops = 0;
    int m_httpStatus = 0;
    qint64 m_elapsedMs = 0;
    Jwt m_jwt;
    CasError m_error;
    QString m_how;
    std::optional<TokenServiceLogEntry> m_served;
    qreal m_scale = 0;
};
