// The model DSL as Swift functions (`conv2d(...)`, `maxPool2d(...)`), generated from DLCGraph's
// declarations into Layers+Generated.swift, with the graph types they take and return.
//
//     import DLCDSL
//     let graph = try Graph.build { ... }
@_exported import DLCGraph
