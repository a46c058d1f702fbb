// The llvm-c headers dlc uses, as one Clang module. Nothing else lives here but a tiny shim
// (shim.c, and subtarget.cpp for what llvm-c cannot answer).
#ifndef DLC_CLLVM_H
#define DLC_CLLVM_H

#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#ifdef __cplusplus
extern "C" {
#endif

/// LLVM's version, so Swift code can report it.
unsigned dlc_llvm_version_major(void);
unsigned dlc_llvm_version_minor(void);

/// Initializes every target, target MC, asm printer and asm parser compiled into this LLVM
/// (the LLVMInitializeAll* functions are static inline in the headers, which Swift cannot call).
void dlc_llvm_initialize_all_targets(void);

/// Initializes the host (native) target only; 0 on success.
int dlc_llvm_initialize_native_target(void);

/// Whether LLVM's target for `triple` knows the CPU name `cpu` (1), does not (0), or the
/// triple names no initialized target (-1).
int dlc_llvm_cpu_is_known(const char *triple, const char *cpu);

#ifdef __cplusplus
}
#endif

#endif
