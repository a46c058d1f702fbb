// The module users import: the whole public API of dlc's stages.
//
//     import DLC
//     let graph = try Graph.build { ... }
@_exported import DLCCodegen
@_exported import DLCDSL
@_exported import DLCFrontend
@_exported import DLCGraph
@_exported import DLCInterpreter
@_exported import DLCLLVM
@_exported import DLCOptimizer
@_exported import DLCRuntime
