// A question the llvm-c API cannot answer: whether LLVM knows a CPU name.
// Given an unknown CPU, LLVM prints a warning, builds a subtarget without features and later
// aborts ("64-bit code requested on a subtarget that doesn't support it"), so dlc asks first.
#include "CLLVM.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/MC/TargetRegistry.h>

#include <memory>
#include <string>

namespace {
std::unique_ptr<llvm::MCSubtargetInfo> subtargetInfo(const char *triple) {
    std::string error;
    const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
    if (!target) return nullptr;
    return std::unique_ptr<llvm::MCSubtargetInfo>(target->createMCSubtargetInfo(triple, "", ""));
}
}  // namespace

extern "C" int dlc_llvm_cpu_is_known(const char *triple, const char *cpu) {
    auto info = subtargetInfo(triple);
    if (!info) return -1;
    return info->isCPUStringValid(cpu) ? 1 : 0;
}
