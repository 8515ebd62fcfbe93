// Responsiveness and decode benchmark (not a test: it prints numbers, it asserts nothing).
//
// A 5 ms PreciseTimer probe on the GUI thread records the longest gap between two ticks, i.e.
// the longest time the event loop could not run. Measured around:
//   fetch-inproc  MainWindow::getToken() against the embedded demo CAS (MainWindow::startDemo(),
//                 Scenario::Slow): the server runs on the GUI thread, as in `cas-console --demo`.
//   fetch-thread  CasClient::fetch() (the client MainWindow uses) against a DemoCasServer on its
//                 own thread (Scenario::Slow): what a fetch from a remote slow CAS costs the GUI thread.
//   decode        MainWindow::decodeText() of a 1 MiB token, then the event loop until the views
//                 have been laid out and painted.
// And times, for each 1 MiB token shape:
//   core          Jwt::parse (base64url decode + JsonFormatter of header and payload)
//   view          MainWindow::decodeText until MainWindow::tokenShown (parse, on a worker thread
//                 for large texts, + TokenView/DecodedView/VerifyView setToken)
//
// Usage: bench_responsiveness [--runs N] [--slow-ms N] [--only fetch|decode]
#include "core/CasClient.h"
#include "core/DemoCasServer.h"
#include "core/Jwt.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QThread>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace
{
class GapProbe
{
public:
    GapProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_maxGapNs = 0;
        m_timer.start();
    }
    /// The longest gap, counting the time since the last tick as a gap too.
    double stopMs()
    {
        m_timer.stop();
        m_maxGapNs = std::max(m_maxGapNs, m_clock.nsecsElapsed() - m_lastNs);
        return m_maxGapNs / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray b64url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A signed HS256 token of exactly `size` characters. "claims": a payload of many small objects
/// (structure-heavy for the formatter and the claims table); "blob": one long string claim.
QString makeToken(const QByteArray& shape, int size)
{
    const QByteArray header = b64url(R"({"typ":"JWT","alg":"HS256"})");
    const QByteArray head = R"({"rid":"bench","unct":1,"iat":1700000000,"exp":4102444800,)";
    const int signatureChars = 43;
    const int payloadChars = size - header.size() - signatureChars - 2;
    const int jsonBytes = payloadChars / 4 * 3; // padded below to hit the size exactly
    QByteArray json = head;
    if (shape == "claims") {
        json += "\"items\":[";
        for (int i = 0; json.size() < jsonBytes - 200; ++i) {
            json += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"name":"item-)" + QByteArray::number(i)
                + R"(","tags":["a","b"],"ok":true,"v":1.25})";
        }
        json += "],\"pad\":\"";
    } else {
        json += "\"blob\":\"";
    }
    const int wantedBytes = payloadChars * 3 / 4; // base64url of n bytes is ceil(4n/3) characters
    json += QByteArray(std::max(0, wantedBytes - int(json.size()) - 2), 'x');
    json += "\"}";
    const QByteArray signingInput = header + '.' + b64url(json);
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, DemoCasServer::SigningSecret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + b64url(signature));
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double maxOf(const QList<double>& v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

void report(const char* what, const QList<double>& values)
{
    std::printf("%-34s median %8.1f ms   max %8.1f ms   (n=%lld)\n", what, median(values), maxOf(values),
                static_cast<long long>(values.size()));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console"));
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);
    int runs = 5;
    int slowMs = 1000;
    QString only; // "fetch" or "decode": run one part
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs")) {
            runs = args.at(++i).toInt();
        } else if (args.at(i) == QLatin1String("--slow-ms")) {
            slowMs = args.at(++i).toInt();
        } else if (args.at(i) == QLatin1String("--only")) {
            only = args.at(++i);
        }
    }
    std::printf("platform %s, %d runs, slow server delay %d ms\n", qPrintable(QGuiApplication::platformName()), runs, slowMs);

    MainWindow window;
    window.show();
    // Every tab opened once, so every view is built and takes each token (the worst case: views
    // of tabs never opened are not built and cost nothing).
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"))) {
        for (int i = tabs->count() - 1; i >= 0; --i) {
            tabs->setCurrentIndex(i);
            spin(50);
        }
    }
    spin(500);
    GapProbe probe;

    // Idle baseline: how regular the probe is when nothing happens.
    {
        QList<double> gaps;
        for (int r = 0; r < runs; ++r) {
            probe.start();
            spin(500);
            gaps << probe.stopMs();
        }
        report("idle: max event-loop gap", gaps);
    }

    if (only != QLatin1String("decode")) {
        // (a1) fetch through the window against the in-process demo CAS (as `cas-console --demo`).
        if (!window.startDemo()) {
            std::fprintf(stderr, "the demo CAS did not start\n");
            return 1;
        }
        window.demoServer()->setScenario(DemoCasServer::Scenario::Slow);
        window.demoServer()->setSlowDelayMs(slowMs);
        {
            QList<double> gaps;
            QList<double> times;
            for (int r = 0; r < runs; ++r) {
                QEventLoop loop;
                bool ok = false;
                QElapsedTimer t;
                t.start();
                probe.start();
                window.getToken();
                // The window makes its client on the first request (the demo's secret is in memory,
                // so the request has started by now).
                auto* client = window.findChild<CasClient*>();
                if (!client) {
                    std::fprintf(stderr, "the window started no request\n");
                    return 1;
                }
                const QMetaObject::Connection c = QObject::connect(client, &CasClient::finished, &loop, [&](const CasResult& result) {
                    ok = result.ok();
                    QTimer::singleShot(100, &loop, &QEventLoop::quit); // let the views repaint
                });
                loop.exec();
                gaps << probe.stopMs();
                times << t.nsecsElapsed() / 1e6 - 100;
                QObject::disconnect(c);
                if (!ok) {
                    std::fprintf(stderr, "fetch failed\n");
                    return 1;
                }
            }
            report("fetch-inproc: max event-loop gap", gaps);
            report("fetch-inproc: request time", times);
        }

        // (a2) the same client against a slow demo CAS on another thread: client-side cost only.
        {
            QThread serverThread;
            serverThread.start();
            DemoCasServer* server = nullptr;
            QObject context; // lives on the server thread: the server is made and deleted there

            context.moveToThread(&serverThread);
            QMetaObject::invokeMethod(
                &context,
                [&] {
                    server = new DemoCasServer;
                    server->start(0, true);
                    server->setScenario(DemoCasServer::Scenario::Slow);
                    server->setSlowDelayMs(slowMs);
                },
                Qt::BlockingQueuedConnection);
            CasClient threadClient;
            CasRequest request;
            request.baseUrl = server->baseUrl().toString();
            request.apiKey = DemoCasServer::ApiKey;
            request.apiSecret = DemoCasServer::ApiSecret;
            request.extraCaCertificates = {server->certificatePem()};
            QList<double> gaps;
            QList<double> times;
            for (int r = 0; r < runs; ++r) {
                QEventLoop loop;
                bool ok = false;
                const QMetaObject::Connection c =
                    QObject::connect(&threadClient, &CasClient::finished, &loop, [&](const CasResult& result) {
                        ok = result.ok();
                        loop.quit();
                    });
                QElapsedTimer t;
                t.start();
                probe.start();
                threadClient.fetch(request);
                loop.exec();
                gaps << probe.stopMs();
                times << t.nsecsElapsed() / 1e6;
                QObject::disconnect(c);
                if (!ok) {
                    std::fprintf(stderr, "fetch (server thread) failed\n");
                    return 1;
                }
            }
            QMetaObject::invokeMethod(
                &context,
                [&] {
                    delete server;
                },
                Qt::BlockingQueuedConnection);
            serverThread.quit();
            serverThread.wait();
            report("fetch-thread: max event-loop gap", gaps);
            report("fetch-thread: request time", times);
        }
    }

    // (b) decoding 1 MiB tokens.
    if (only == QLatin1String("fetch")) {
        return 0;
    }
    for (const QByteArray& shape : {QByteArray("claims"), QByteArray("blob")}) {
        const QString token = makeToken(shape, 1024 * 1024);
        const QByteArray label = shape + " (" + QByteArray::number(token.size()) + " chars)";
        if (!Jwt::parse(token).isValid()) {
            std::fprintf(stderr, "bench token %s does not parse\n", shape.constData());
            return 1;
        }
        QList<double> core;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const Jwt jwt = Jwt::parse(token);
            core << t.nsecsElapsed() / 1e6;
        }
        report(QByteArray("core Jwt::parse " + label).constData(), core);

        QList<double> view;
        QList<double> gaps;
        for (int r = 0; r < runs; ++r) {
            // A small token first, so each run replaces small content with the 1 MiB one.
            window.decodeText(QString::fromLatin1(DemoCasServer::makeToken(1700000000, 4102444800)), QStringLiteral("bench"));
            spin(100);
            probe.start();
            QElapsedTimer t;
            // Until the views show it: large texts are parsed on a worker thread.
            const QMetaObject::Connection shown = QObject::connect(&window, &MainWindow::tokenShown, &window, [&] {
                view << t.nsecsElapsed() / 1e6;
            });
            QTimer::singleShot(10, &window, [&] {
                t.start();
                window.decodeText(token, QStringLiteral("bench"));
            });
            spin(1000); // layout and paint of the new content happen here
            QObject::disconnect(shown);
            gaps << probe.stopMs();
        }
        report(QByteArray("view decodeText " + label).constData(), view);
        report(QByteArray("decode: max event-loop gap " + shape).constData(), gaps);
    }
    return 0;
}
