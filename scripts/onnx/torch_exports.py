"""ONNX files written by PyTorch's own exporters, with PyTorch's outputs as the reference.

    python3 scripts/onnx/torch_exports.py Tests/Fixtures/pytorch    # needs torch, onnx, onnxscript

Each model is small (a few thousand weights) and written twice where both exporters take it:
by the TorchScript exporter (`dynamo=False`, the opsets PyTorch 1.x and 2.x users have files
of) and by the dynamo exporter (`dynamo=True`, opset 18, the default since PyTorch 2.9). Every
directory holds `model.onnx` and `test_data_set_0/{input,output}_N.pb`, ONNX's own test layout,
with the inputs seeded and the outputs computed by PyTorch in eager mode, so the reference
owes nothing to ONNX Runtime or to dlc. The files are committed (CI has no PyTorch);
`ONNXImportTests.pytorchsOwnExportsMatchPyTorch` reads them. Run this again only to add a
model or to refresh the files with a newer PyTorch, and record the version in docs/onnx.md.
"""

import os
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn


class ConvBNReLU(nn.Sequential):
    def __init__(self, cin, cout, kernel=3, stride=1, groups=1, activation=nn.ReLU):
        super().__init__(nn.Conv2d(cin, cout, kernel, stride, kernel // 2, groups=groups, bias=False),
                         nn.BatchNorm2d(cout), activation())


class BasicBlock(nn.Module):
    """ResNet's basic block, with a strided 1x1 projection when the shape changes."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        self.a = ConvBNReLU(cin, cout, stride=stride)
        self.b = nn.Sequential(nn.Conv2d(cout, cout, 3, 1, 1, bias=False), nn.BatchNorm2d(cout))
        self.project = None if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        shortcut = x if self.project is None else self.project(x)
        return torch.relu(self.b(self.a(x)) + shortcut)


class SmallResNet(nn.Module):
    """A ResNet in miniature: stem, max pool, two stages, global pool, flatten, dropout, linear."""

    def __init__(self):
        super().__init__()
        self.stem = ConvBNReLU(3, 8, kernel=7, stride=2)
        self.pool = nn.MaxPool2d(3, 2, 1)
        self.layer1 = BasicBlock(8, 8, 1)
        self.layer2 = BasicBlock(8, 16, 2)
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(16, 10))

    def forward(self, x):
        return self.head(self.layer2(self.layer1(self.pool(self.stem(x)))))


class MobileBlocks(nn.Module):
    """MobileNet and ShuffleNet idioms: depthwise convs with ReLU6, a channel shuffle, a
    squeeze-and-excitation gate, LeakyReLU, average pooling with ceil mode, and a softmax."""

    def __init__(self):
        super().__init__()
        self.stem = ConvBNReLU(3, 16, stride=2, activation=nn.ReLU6)
        self.depthwise = ConvBNReLU(16, 16, stride=2, groups=16, activation=nn.ReLU6)
        self.pointwise = nn.Conv2d(16, 24, 1, groups=2)
        self.squeeze = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Conv2d(24, 6, 1), nn.ReLU(), nn.Conv2d(6, 24, 1), nn.Sigmoid())
        self.act = nn.LeakyReLU(0.1)
        self.pool = nn.AvgPool2d(3, 2, 1, ceil_mode=True, count_include_pad=False)
        self.fc = nn.Linear(24 * 5 * 5, 7)

    def forward(self, x):
        x = self.pointwise(self.depthwise(self.stem(x)))
        n, c, h, w = x.shape
        x = x.view(n, 2, c // 2, h, w).transpose(1, 2).reshape(n, c, h, w)   # channel shuffle
        x = self.pool(self.act(x * self.squeeze(x)))
        return torch.softmax(self.fc(torch.flatten(x, 1)), dim=1)


class Tagger(nn.Module):
    """A sequence model: an embedding, a bidirectional LSTM, a GRU, the last step and a linear layer."""

    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.gru = nn.GRU(12, 5, batch_first=True)
        self.fc = nn.Linear(5, 3)

    def forward(self, tokens):
        x, _ = self.lstm(self.embedding(tokens))
        x, _ = self.gru(x)
        return self.fc(x[:, -1])


def randomize(model, generator):
    """Weights and batch-norm statistics away from PyTorch's defaults (a fresh BatchNorm is the identity)."""
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.BatchNorm2d):
                module.running_mean.uniform_(-0.5, 0.5, generator=generator)
                module.running_var.uniform_(0.5, 1.5, generator=generator)
                module.weight.uniform_(0.5, 1.5, generator=generator)
                module.bias.uniform_(-0.5, 0.5, generator=generator)
    return model.eval()


def write(out, name, model, inputs, dynamo, opset, dynamic_batch=False, folding=True):
    directory = os.path.join(out, name)
    os.makedirs(os.path.join(directory, "test_data_set_0"), exist_ok=True)
    path = os.path.join(directory, "model.onnx")
    names = [f"input{j}" for j in range(len(inputs))]
    options = {}
    if dynamic_batch and not dynamo:
        options["dynamic_axes"] = {names[0]: {0: "batch"}}
    if not folding:
        options["do_constant_folding"] = False   # batch norms and flatten chains as the model has them
    torch.onnx.export(model, tuple(inputs), path, dynamo=dynamo, opset_version=opset, input_names=names,
                      output_names=["output"], **options)
    saved = onnx.load(path)
    onnx.checker.check_model(saved)
    with torch.no_grad():
        expected = model(*inputs)
    for j, tensor in enumerate(inputs):
        with open(os.path.join(directory, "test_data_set_0", f"input_{j}.pb"), "wb") as file:
            file.write(numpy_helper.from_array(tensor.numpy(), names[j]).SerializeToString())
    with open(os.path.join(directory, "test_data_set_0", "output_0.pb"), "wb") as file:
        file.write(numpy_helper.from_array(expected.numpy().astype(np.float32), "output").SerializeToString())
    opsets = {o.domain or "ai.onnx": o.version for o in saved.opset_import}
    print(f"{name}: opset {opsets.get('ai.onnx')}, {len(saved.graph.node)} nodes, {os.path.getsize(path)} bytes")


def main(out):
    generator = torch.Generator().manual_seed(0)
    torch.manual_seed(0)
    image = torch.randn(1, 3, 32, 32, generator=generator)
    resnet = randomize(SmallResNet(), generator)
    write(out, "torch_resnet_opset13", resnet, [image], dynamo=False, opset=13, dynamic_batch=True, folding=False)
    write(out, "torch_resnet_dynamo", resnet, [image], dynamo=True, opset=18)
    mobile = randomize(MobileBlocks(), generator)
    write(out, "torch_mobile_opset17", mobile, [image], dynamo=False, opset=17)
    write(out, "torch_mobile_dynamo", mobile, [image], dynamo=True, opset=18)
    tokens = torch.randint(0, 50, (2, 9), generator=generator)
    tagger = randomize(Tagger(), generator)
    write(out, "torch_tagger_opset14", tagger, [tokens], dynamo=False, opset=14)
    write(out, "torch_tagger_dynamo", tagger, [tokens], dynamo=True, opset=18)
    print(f"torch {torch.__version__}, onnx {onnx.__version__}")


if __name__ == "__main__":
    main(sys.argv[1])
