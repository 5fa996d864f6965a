#include "support/slot_timing.h"

namespace gugus::ui {

namespace {

SlotRecorder g_recorder = nullptr; // GUI thread only, like the slots it times

} // namespace

void setSlotRecorder(SlotRecorder recorder) {
    g_recorder = recorder;
}

SlotRecorder slotRecorder() {
    return g_recorder;
}

} // namespace gugus::ui
