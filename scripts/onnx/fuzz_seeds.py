# Writes the hostile ONNX models of fuzz/seeds/onnx (hostile_*.onnx): the shapes of files that found
# problems in the reader (a dropped reversal, a domain imported twice, external data that is
# huge, sparse, a FIFO, a directory or a link outside, names with quotes, escapes, NUL and
# bidirectional overrides, a rank beyond NumPy's). The ONNX harness (fuzz/ONNX) provides the files
# the external data names. Usage: python3 scripts/onnx/fuzz_seeds.py fuzz/seeds/onnx
import onnx, numpy as np, sys
from onnx import helper, TensorProto, numpy_helper
out = sys.argv[1]
def save(name, graph, opsets=(17,)):
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", v) for v in opsets])
    open(f"{out}/{name}.onnx", "wb").write(m.SerializeToString())
x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 5])
y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
inits = [numpy_helper.from_array(np.array(v, np.int64), n) for v, n in [([-1], "s"), ([-6], "e"), ([1], "a"), ([-1], "st")]]
save("hostile_slice_reversal", helper.make_graph([helper.make_node("Relu", ["x"], ["r"]), helper.make_node("Slice", ["r", "s", "e", "a", "st"], ["y"])], "g", [x], [y], inits))
save("hostile_domain_twice", helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y]), opsets=(17, 11))
for location, dims in [("data.bin", [2, 5]), ("big.bin", [2**30]), ("fifo", [2, 5]), ("folder", [2, 5]), ("outside", [2, 5])]:
    t = TensorProto(); t.name = "w"; t.data_type = TensorProto.FLOAT; t.dims.extend(dims); t.data_location = TensorProto.EXTERNAL
    e = t.external_data.add(); e.key = "location"; e.value = location
    save(f"hostile_external_{location.split('.')[0]}", helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [t]))
names = ['a"b', 'c\\d', 'e\nf', 'g\\(h)', 'i\u202ej', 'k\rl', 'm\0n']
w = numpy_helper.from_array(np.ones([3, 5], np.float32), 'fc\\"x.weight')
nodes = [helper.make_node("Gemm", [names[0], 'fc\\"x.weight'], [names[1]], name=names[2], transB=1),
         helper.make_node("Relu", [names[1]], [names[3]], name=names[4]), helper.make_node("Sigmoid", [names[3]], [names[6]], name=names[5])]
save("hostile_names", helper.make_graph(nodes, "g", [helper.make_tensor_value_info(names[0], TensorProto.FLOAT, [2, 5])],
                                        [helper.make_tensor_value_info(names[6], TensorProto.FLOAT, None)], [w]))
inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [1, 3]) for n in ["a\0x", "a\0y"]]
save("hostile_nul_names", helper.make_graph([helper.make_node("Sub", ["a\0x", "a\0y"], ["z"])], "g", inputs, [helper.make_tensor_value_info("z", TensorProto.FLOAT, None)]))
axes = numpy_helper.from_array(np.arange(2, 40, dtype=np.int64), "axes")
save("hostile_rank", helper.make_graph([helper.make_node("Unsqueeze", ["x", "axes"], ["y"])], "g", [x], [y], [axes]))
