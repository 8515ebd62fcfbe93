#include "core/WarmUpThread.h"

WarmUpThread::WarmUpThread(std::function<void()> work)
    : m_thread([this, work = std::move(work), caller = std::this_thread::get_id()] {
        work();
        m_otherThread = std::this_thread::get_id() != caller;
    })
{ }

WarmUpThread::~WarmUpThread()
{
    wait();
}

void WarmUpThread::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool WarmUpThread::ranOnAnotherThread()
{
    wait();
    return m_otherThread;
}
