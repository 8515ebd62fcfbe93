#include "gui/WorkTabs.h"

#include "gui/DecodedView.h"
#include "gui/FlowView.h"
#include "gui/HistoryView.h"
#include "gui/LazyTabs.h"
#include "gui/QrView.h"
#include "gui/ResponseView.h"
#include "gui/TokenView.h"
#include "gui/VerifyView.h"

#include <QTabWidget>

WorkTabs::WorkTabs(QTabWidget* tabs, const Pages& pages, HistoryStore* history, ClipboardService* clipboard,
                   ServeView::SecretProvider secrets, QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_tokenPage(pages.token)
    , m_lazy(new LazyTabs(tabs, this))
    , m_history(history)
    , m_clipboard(clipboard)
    , m_secrets(std::move(secrets))
{
    m_token = m_lazy->add(pages.token, [this](QWidget* page) {
        auto* view = new TokenView(page);
        view->setObjectName(QStringLiteral("tokenView"));
        view->setMasked(m_masked);
        if (m_jwt) {
            view->setToken(*m_jwt);
        }
        connect(view, &TokenView::copyRequested, this, &WorkTabs::copyRequested);
        return view;
    });
    m_decoded = m_lazy->add(pages.decoded, [this](QWidget* page) {
        auto* view = new DecodedView(page);
        view->setObjectName(QStringLiteral("decodedView"));
        if (m_jwt) {
            view->setToken(*m_jwt);
        }
        return view;
    });
    m_verify = m_lazy->add(pages.verify, [this](QWidget* page) {
        auto* view = new VerifyView(page);
        view->setObjectName(QStringLiteral("verifyView"));
        if (m_verifyJwt) {
            view->setTokenText(m_verifyText, *m_verifyJwt);
        }
        return view;
    });
    m_response = m_lazy->add(pages.response, [this](QWidget* page) {
        auto* view = new ResponseView(page);
        view->setObjectName(QStringLiteral("responseView"));
        view->setMasked(m_masked);
        view->setRequestContext(m_apiKey, m_caFile);
        if (m_result) {
            view->setResult(*m_result);
        }
        connect(view, &ResponseView::copyRequested, this, &WorkTabs::copyRequested);
        return view;
    });
    m_flow = m_lazy->add(pages.flow, [this](QWidget* page) {
        auto* view = new FlowView(page);
        view->setObjectName(QStringLiteral("flowView"));
        view->setMasked(m_masked);
        return view;
    });
    m_historyTab = m_lazy->add(pages.history, [this](QWidget* page) {
        auto* view = new HistoryView(page);
        view->setObjectName(QStringLiteral("historyView"));
        view->setMasked(m_masked);
        view->setStore(m_history);
        view->setProfile(m_historyProfile);
        connect(view, &HistoryView::openRequested, this, &WorkTabs::openRequested);
        connect(view, &HistoryView::copyRequested, this, &WorkTabs::copyRequested);
        return view;
    });
    m_qr = m_lazy->add(pages.qr, [this](QWidget* page) {
        auto* view = new QrView(page);
        view->setObjectName(QStringLiteral("qrView"));
        view->setMasked(m_masked);
        if (m_jwt) {
            view->setToken(*m_jwt);
        }
        return view;
    });
    m_serve = m_lazy->add(pages.serve, [this](QWidget* page) {
        auto* view = new ServeView(page);
        view->setObjectName(QStringLiteral("serveView"));
        view->setClipboard(m_clipboard);
        view->setSecretProvider(m_secrets);
        view->setProfile(m_serveProfile, m_serveRequest);
        view->setMasked(m_masked);
        connect(view, &ServeView::requestAnswered, this, [this](const TokenServiceLogEntry& entry) {
            if (entry.session.isEmpty()) {
                return; // FlowView ignores it too: nothing to wait for
            }
            // Each served request replaces the flow shown, so only the last one waits.
            m_lazy->restart(m_flow, [entry](QWidget* flow) {
                static_cast<FlowView*>(flow)->servedRequest(entry);
            });
        });
        return view;
    });
}

WorkTabs::~WorkTabs() = default;

template<class View>
View* WorkTabs::built(int tab) const
{
    return static_cast<View*>(m_lazy->view(tab));
}

void WorkTabs::start()
{
    m_lazy->buildCurrent();
}

void WorkTabs::bringTokenForward()
{
    m_tabs->setCurrentWidget(m_tokenPage);
}

void WorkTabs::showToken(const Jwt& jwt, const QString& exactText)
{
    m_jwt = jwt;
    m_verifyJwt = jwt;
    m_verifyText = exactText;
    if (auto* qr = built<QrView>(m_qr)) {
        qr->setToken(jwt);
    }
    if (auto* token = built<TokenView>(m_token)) {
        token->setToken(jwt);
    }
    if (auto* decoded = built<DecodedView>(m_decoded)) {
        decoded->setToken(jwt);
    }
    if (auto* verify = built<VerifyView>(m_verify)) {
        verify->setTokenText(exactText, jwt);
    }
}

void WorkTabs::clearToken()
{
    m_jwt.reset();
    if (auto* token = built<TokenView>(m_token)) {
        token->clear();
    }
    if (auto* decoded = built<DecodedView>(m_decoded)) {
        decoded->clear();
    }
    if (auto* qr = built<QrView>(m_qr)) {
        qr->clear();
    }
}

void WorkTabs::setMasked(bool masked)
{
    m_masked = masked;
    if (auto* token = built<TokenView>(m_token)) {
        token->setMasked(masked);
    }
    if (auto* response = built<ResponseView>(m_response)) {
        response->setMasked(masked);
    }
    if (auto* flow = built<FlowView>(m_flow)) {
        flow->setMasked(masked);
    }
    if (auto* serve = built<ServeView>(m_serve)) {
        serve->setMasked(masked);
    }
    if (auto* history = built<HistoryView>(m_historyTab)) {
        history->setMasked(masked);
    }
    if (auto* qr = built<QrView>(m_qr)) {
        qr->setMasked(masked);
    }
}

void WorkTabs::setHistoryProfile(const QString& name)
{
    m_historyProfile = name;
    if (auto* history = built<HistoryView>(m_historyTab)) {
        history->setProfile(name);
    }
}

void WorkTabs::setServeProfile(const QString& name, const CasRequest& request)
{
    m_serveProfile = name;
    m_serveRequest = request;
    if (auto* serve = built<ServeView>(m_serve)) {
        serve->setProfile(name, request);
    }
}

void WorkTabs::setRequestContext(const QString& apiKey, const QString& caFile)
{
    m_apiKey = apiKey;
    m_caFile = caFile;
    if (auto* response = built<ResponseView>(m_response)) {
        response->setRequestContext(apiKey, caFile);
    }
}

void WorkTabs::setResult(const CasResult& result)
{
    m_result = result;
    if (auto* response = built<ResponseView>(m_response)) {
        response->setResult(result);
    }
}

void WorkTabs::clearResult()
{
    m_result.reset();
    if (auto* response = built<ResponseView>(m_response)) {
        response->clear();
    }
}

void WorkTabs::flow(const std::function<void(FlowView*)>& call)
{
    m_lazy->call(m_flow, [call](QWidget* view) {
        call(static_cast<FlowView*>(view));
    });
}

void WorkTabs::resetFlow()
{
    m_lazy->restart(m_flow, [](QWidget* view) {
        static_cast<FlowView*>(view)->reset();
    });
}
