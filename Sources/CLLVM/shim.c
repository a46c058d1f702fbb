#include "CLLVM.h"
#include <llvm/Config/llvm-config.h>

unsigned dlc_llvm_version_major(void) { return LLVM_VERSION_MAJOR; }
unsigned dlc_llvm_version_minor(void) { return LLVM_VERSION_MINOR; }

void dlc_llvm_initialize_all_targets(void) {
    LLVMInitializeAllTargetInfos();
    LLVMInitializeAllTargets();
    LLVMInitializeAllTargetMCs();
    LLVMInitializeAllAsmPrinters();
    LLVMInitializeAllAsmParsers();
}

int dlc_llvm_initialize_native_target(void) {
    if (LLVMInitializeNativeTarget()) return 1;
    if (LLVMInitializeNativeAsmPrinter()) return 1;
    if (LLVMInitializeNativeAsmParser()) return 1;
    return 0;
}
