"""Training: fine-tuning, thresholds, chunking, ONNX export, backbones."""
