#pragma once

#include <QObject>

#include <utility>

namespace gugus::ui {

/// Where the GUI thread's time goes when the document changes, for the GUI benchmark
/// (tests/bench/gui_probe.cpp): a receiver of the document's signals connected through
/// timedSlot() tells a recorder when it starts and ends, with its class and the signal's name.
/// Only the benchmark installs a recorder; without one (the program, the tests) a timed slot is
/// the slot plus one test of a null pointer.
using SlotRecorder = void (*)(const char* receiver, const char* signal, bool started);

/// Installs `recorder` (nullptr: none). GUI thread only.
void setSlotRecorder(SlotRecorder recorder);
SlotRecorder slotRecorder();

/// `slot` (called with the signal's arguments), reported to the recorder as `receiver`'s class
/// reacting to `signal` (a string literal).
template <class Slot> auto timedSlot(const QObject* receiver, const char* signal, Slot slot) {
    return [receiver, signal, slot = std::move(slot)](const auto&... arguments) {
        const SlotRecorder record = slotRecorder();
        if (!record) {
            slot(arguments...);
            return;
        }
        const char* name = receiver->metaObject()->className();
        record(name, signal, true);
        slot(arguments...);
        record(name, signal, false);
    };
}

} // namespace gugus::ui
