#pragma once

#include <functional>
#include <thread>

/// Runs a piece of start-up work on a thread of its own while the main thread goes on: work
/// whose results Qt keeps for the whole process, whichever thread made them (SettingsWarmUp,
/// FontDatabaseWarmUp). The destructor waits for the work.
class WarmUpThread
{
public:
    explicit WarmUpThread(std::function<void()> work);
    ~WarmUpThread();
    WarmUpThread(const WarmUpThread&) = delete;
    WarmUpThread& operator=(const WarmUpThread&) = delete;

    /// Waits until the work is done.
    void wait();
    /// Waits; whether the work ran on a thread of its own (tests).
    bool ranOnAnotherThread();

private:
    bool m_otherThread = false;
    std::thread m_thread;
};
