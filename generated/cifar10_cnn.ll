; cifar10_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'cifar10_cnn'
source_filename = "cifar10_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.packed = external constant [36864 x i8], align 64
@weight.conv2d_2.bias = external constant [128 x i8], align 64
@weight.conv2d_3.packed = external constant [73728 x i8], align 64
@weight.conv2d_3.bias = external constant [256 x i8], align 64
@weight.conv2d_4.packed = external constant [147456 x i8], align 64
@weight.conv2d_4.bias = external constant [256 x i8], align 64
@weight.dense_1.packed = external constant [4718592 x i8], align 64
@weight.dense_1.bias = external constant [2048 x i8], align 64
@weight.dense_2.packed = external constant [32768 x i8], align 64
@weight.dense_2.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [12 x i8] c"cifar10_cnn\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 32, i64 32]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 12288 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 246335, i64 20741120 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 34
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 34
  %10 = mul i64 %task, 34
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 32
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 32
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 32
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 4, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 1
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 128, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 33
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 136, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nounwind
define internal void @node0.conv2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 102, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 102
  %23 = select i1 %22, i64 %21, i64 102
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 102
  %26 = select i1 %25, i64 %24, i64 102
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit8 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 32
  %26 = sdiv i64 %task, 32
  %27 = srem i64 %26, 2
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 64
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 4
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 3
  %36 = mul i64 %30, 3
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 1156
  %39 = mul i64 %34, 216
  %40 = mul i64 %28, 34
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 30
  br i1 %41, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %42 = add i64 %34, 0
  %43 = mul i64 %42, 8
  %44 = getelementptr inbounds float, float* %5, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  store <8 x float> %46, <8 x float>* %23, align 32
  store <8 x float> %46, <8 x float>* %22, align 32
  store <8 x float> %46, <8 x float>* %21, align 32
  store <8 x float> %46, <8 x float>* %20, align 32
  store <8 x float> %46, <8 x float>* %19, align 32
  store <8 x float> %46, <8 x float>* %18, align 32
  %47 = add i64 %34, 1
  %48 = mul i64 %47, 8
  %49 = getelementptr inbounds float, float* %5, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  store <8 x float> %51, <8 x float>* %17, align 32
  store <8 x float> %51, <8 x float>* %16, align 32
  store <8 x float> %51, <8 x float>* %15, align 32
  store <8 x float> %51, <8 x float>* %14, align 32
  store <8 x float> %51, <8 x float>* %13, align 32
  store <8 x float> %51, <8 x float>* %12, align 32
  %52 = mul i64 %x, 1
  %53 = add i64 %40, %52
  %54 = add i64 %38, %53
  br label %u.header

x.exit:                                           ; preds = %x.header
  %55 = add i64 %34, 0
  %56 = mul i64 %55, 8
  %57 = getelementptr inbounds float, float* %5, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  store <8 x float> %59, <8 x float>* %11, align 32
  store <8 x float> %59, <8 x float>* %10, align 32
  %60 = add i64 %34, 1
  %61 = mul i64 %60, 8
  %62 = getelementptr inbounds float, float* %5, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  store <8 x float> %64, <8 x float>* %9, align 32
  store <8 x float> %64, <8 x float>* %8, align 32
  %65 = add i64 %40, 30
  %66 = add i64 %38, %65
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 3
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 1156
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 72
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 4
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 32
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 32
  %78 = add i64 %x, 0
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 8
  %81 = load <8 x float>, <8 x float>* %23, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = getelementptr inbounds float, float* %0, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 1
  %87 = add i64 %77, %86
  %88 = mul i64 %87, 8
  %89 = load <8 x float>, <8 x float>* %22, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 2
  %95 = add i64 %77, %94
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %21, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 3
  %103 = add i64 %77, %102
  %104 = mul i64 %103, 8
  %105 = load <8 x float>, <8 x float>* %20, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = getelementptr inbounds float, float* %0, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = add i64 %x, 4
  %111 = add i64 %77, %110
  %112 = mul i64 %111, 8
  %113 = load <8 x float>, <8 x float>* %19, align 32
  %114 = fcmp ogt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> %113, <8 x float> zeroinitializer
  %116 = getelementptr inbounds float, float* %0, i64 %112
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %115, <8 x float>* %117, align 4
  %118 = add i64 %x, 5
  %119 = add i64 %77, %118
  %120 = mul i64 %119, 8
  %121 = load <8 x float>, <8 x float>* %18, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = getelementptr inbounds float, float* %0, i64 %120
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = mul i64 %31, 4
  %127 = add i64 %126, %34
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 32
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 32
  %132 = add i64 %x, 0
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %17, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 1
  %141 = add i64 %131, %140
  %142 = mul i64 %141, 8
  %143 = load <8 x float>, <8 x float>* %16, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = getelementptr inbounds float, float* %0, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 2
  %149 = add i64 %131, %148
  %150 = mul i64 %149, 8
  %151 = load <8 x float>, <8 x float>* %15, align 32
  %152 = fcmp ogt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> %151, <8 x float> zeroinitializer
  %154 = getelementptr inbounds float, float* %0, i64 %150
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add i64 %x, 3
  %157 = add i64 %131, %156
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %14, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %x, 4
  %165 = add i64 %131, %164
  %166 = mul i64 %165, 8
  %167 = load <8 x float>, <8 x float>* %13, align 32
  %168 = fcmp ogt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> %167, <8 x float> zeroinitializer
  %170 = getelementptr inbounds float, float* %0, i64 %166
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %169, <8 x float>* %171, align 4
  %172 = add i64 %x, 5
  %173 = add i64 %131, %172
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %12, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %180 = icmp slt i64 %kh, 3
  br i1 %180, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %181 = mul i64 %kh, 34
  %182 = add i64 %69, %181
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %183 = icmp slt i64 %kw, 3
  br i1 %183, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %184 = mul i64 %kw, 1
  %185 = add i64 %182, %184
  %186 = mul i64 %kh, 3
  %187 = add i64 %186, %kw
  %188 = mul i64 %187, 8
  %189 = add i64 %71, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %4, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %189, 216
  %195 = getelementptr inbounds float, float* %4, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %185, 0
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %23, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %193, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %23, align 32
  %204 = load <8 x float>, <8 x float>* %17, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %197, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %17, align 32
  %206 = add i64 %185, 1
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat1 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %22, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %193, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %22, align 32
  %212 = load <8 x float>, <8 x float>* %16, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %197, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %16, align 32
  %214 = add i64 %185, 2
  %215 = getelementptr inbounds float, float* %2, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat2 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %21, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %193, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %21, align 32
  %220 = load <8 x float>, <8 x float>* %15, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %197, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %15, align 32
  %222 = add i64 %185, 3
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat3 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %20, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %193, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %20, align 32
  %228 = load <8 x float>, <8 x float>* %14, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %197, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %14, align 32
  %230 = add i64 %185, 4
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat4 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %19, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %193, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %19, align 32
  %236 = load <8 x float>, <8 x float>* %13, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %197, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %13, align 32
  %238 = add i64 %185, 5
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat5 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %18, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %193, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %18, align 32
  %244 = load <8 x float>, <8 x float>* %12, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %197, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %246 = icmp slt i64 %u9, 3
  br i1 %246, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %247 = mul i64 %u9, 1156
  %248 = add i64 %66, %247
  %249 = mul i64 %u9, 72
  %250 = add i64 %39, %249
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %251 = mul i64 %31, 4
  %252 = add i64 %251, %34
  %253 = add i64 %252, 0
  %254 = mul i64 %253, 32
  %255 = add i64 %254, %28
  %256 = mul i64 %255, 32
  %257 = add i64 %256, 30
  %258 = mul i64 %257, 8
  %259 = load <8 x float>, <8 x float>* %11, align 32
  %260 = fcmp ogt <8 x float> %259, zeroinitializer
  %261 = select <8 x i1> %260, <8 x float> %259, <8 x float> zeroinitializer
  %262 = getelementptr inbounds float, float* %0, i64 %258
  %263 = bitcast float* %262 to <8 x float>*
  store <8 x float> %261, <8 x float>* %263, align 4
  %264 = add i64 %256, 31
  %265 = mul i64 %264, 8
  %266 = load <8 x float>, <8 x float>* %10, align 32
  %267 = fcmp ogt <8 x float> %266, zeroinitializer
  %268 = select <8 x i1> %267, <8 x float> %266, <8 x float> zeroinitializer
  %269 = getelementptr inbounds float, float* %0, i64 %265
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = mul i64 %31, 4
  %272 = add i64 %271, %34
  %273 = add i64 %272, 1
  %274 = mul i64 %273, 32
  %275 = add i64 %274, %28
  %276 = mul i64 %275, 32
  %277 = add i64 %276, 30
  %278 = mul i64 %277, 8
  %279 = load <8 x float>, <8 x float>* %9, align 32
  %280 = fcmp ogt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> %279, <8 x float> zeroinitializer
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %276, 31
  %285 = mul i64 %284, 8
  %286 = load <8 x float>, <8 x float>* %8, align 32
  %287 = fcmp ogt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> %286, <8 x float> zeroinitializer
  %289 = getelementptr inbounds float, float* %0, i64 %285
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %291 = icmp slt i64 %kh13, 3
  br i1 %291, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %292 = mul i64 %kh13, 34
  %293 = add i64 %248, %292
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %294 = icmp slt i64 %kw17, 3
  br i1 %294, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %295 = mul i64 %kw17, 1
  %296 = add i64 %293, %295
  %297 = mul i64 %kh13, 3
  %298 = add i64 %297, %kw17
  %299 = mul i64 %298, 8
  %300 = add i64 %250, %299
  %301 = add i64 %300, 0
  %302 = getelementptr inbounds float, float* %4, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = add i64 %300, 216
  %306 = getelementptr inbounds float, float* %4, i64 %305
  %307 = bitcast float* %306 to <8 x float>*
  %308 = load <8 x float>, <8 x float>* %307, align 4
  %309 = add i64 %296, 0
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat18 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %11, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %304, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %11, align 32
  %315 = load <8 x float>, <8 x float>* %9, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %308, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %9, align 32
  %317 = add i64 %296, 1
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat19 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %10, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %304, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %10, align 32
  %323 = load <8 x float>, <8 x float>* %8, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %308, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %8, align 32
  %kw.next20 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next21 = add i64 %kh13, 1
  br label %kh.header10
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #4

; Function Attrs: nounwind
define internal void @node0.conv2d_1.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 64, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 64
  %32 = select i1 %31, i64 %30, i64 64
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %x.exit ]
  %20 = icmp slt i64 %task, %7
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 30
  %22 = sdiv i64 %task, 30
  %23 = srem i64 %22, 2
  %24 = mul i64 %21, 1
  %25 = sdiv i64 %task, 60
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 4
  %29 = mul i64 %23, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 4
  %32 = mul i64 %26, 4
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 8192
  %35 = mul i64 %30, 2304
  %36 = mul i64 %24, 256
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %37 = icmp slt i64 %x, 30
  br i1 %37, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %38 = add i64 %30, 0
  %39 = mul i64 %38, 8
  %40 = getelementptr inbounds float, float* %5, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  store <8 x float> %42, <8 x float>* %19, align 32
  store <8 x float> %42, <8 x float>* %18, align 32
  store <8 x float> %42, <8 x float>* %17, align 32
  store <8 x float> %42, <8 x float>* %16, align 32
  store <8 x float> %42, <8 x float>* %15, align 32
  store <8 x float> %42, <8 x float>* %14, align 32
  %43 = add i64 %30, 1
  %44 = mul i64 %43, 8
  %45 = getelementptr inbounds float, float* %5, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  store <8 x float> %47, <8 x float>* %13, align 32
  store <8 x float> %47, <8 x float>* %12, align 32
  store <8 x float> %47, <8 x float>* %11, align 32
  store <8 x float> %47, <8 x float>* %10, align 32
  store <8 x float> %47, <8 x float>* %9, align 32
  store <8 x float> %47, <8 x float>* %8, align 32
  %48 = mul i64 %x, 8
  %49 = add i64 %36, %48
  %50 = add i64 %34, %49
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %51 = icmp slt i64 %u, 4
  br i1 %51, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %52 = mul i64 %u, 8192
  %53 = add i64 %50, %52
  %54 = mul i64 %u, 576
  %55 = add i64 %35, %54
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %56 = mul i64 %27, 4
  %57 = add i64 %56, %30
  %58 = add i64 %57, 0
  %59 = mul i64 %58, 30
  %60 = add i64 %59, %24
  %61 = mul i64 %60, 30
  %62 = add i64 %x, 0
  %63 = add i64 %61, %62
  %64 = mul i64 %63, 8
  %65 = load <8 x float>, <8 x float>* %19, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = getelementptr inbounds float, float* %0, i64 %64
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add i64 %x, 1
  %71 = add i64 %61, %70
  %72 = mul i64 %71, 8
  %73 = load <8 x float>, <8 x float>* %18, align 32
  %74 = fcmp ogt <8 x float> %73, zeroinitializer
  %75 = select <8 x i1> %74, <8 x float> %73, <8 x float> zeroinitializer
  %76 = getelementptr inbounds float, float* %0, i64 %72
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add i64 %x, 2
  %79 = add i64 %61, %78
  %80 = mul i64 %79, 8
  %81 = load <8 x float>, <8 x float>* %17, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = getelementptr inbounds float, float* %0, i64 %80
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %83, <8 x float>* %85, align 4
  %86 = add i64 %x, 3
  %87 = add i64 %61, %86
  %88 = mul i64 %87, 8
  %89 = load <8 x float>, <8 x float>* %16, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 4
  %95 = add i64 %61, %94
  %96 = mul i64 %95, 8
  %97 = load <8 x float>, <8 x float>* %15, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = getelementptr inbounds float, float* %0, i64 %96
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add i64 %x, 5
  %103 = add i64 %61, %102
  %104 = mul i64 %103, 8
  %105 = load <8 x float>, <8 x float>* %14, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = getelementptr inbounds float, float* %0, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = mul i64 %27, 4
  %111 = add i64 %110, %30
  %112 = add i64 %111, 1
  %113 = mul i64 %112, 30
  %114 = add i64 %113, %24
  %115 = mul i64 %114, 30
  %116 = add i64 %x, 0
  %117 = add i64 %115, %116
  %118 = mul i64 %117, 8
  %119 = load <8 x float>, <8 x float>* %13, align 32
  %120 = fcmp ogt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> %119, <8 x float> zeroinitializer
  %122 = getelementptr inbounds float, float* %0, i64 %118
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %121, <8 x float>* %123, align 4
  %124 = add i64 %x, 1
  %125 = add i64 %115, %124
  %126 = mul i64 %125, 8
  %127 = load <8 x float>, <8 x float>* %12, align 32
  %128 = fcmp ogt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> %127, <8 x float> zeroinitializer
  %130 = getelementptr inbounds float, float* %0, i64 %126
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %129, <8 x float>* %131, align 4
  %132 = add i64 %x, 2
  %133 = add i64 %115, %132
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %11, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = add i64 %x, 3
  %141 = add i64 %115, %140
  %142 = mul i64 %141, 8
  %143 = load <8 x float>, <8 x float>* %10, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = getelementptr inbounds float, float* %0, i64 %142
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %145, <8 x float>* %147, align 4
  %148 = add i64 %x, 4
  %149 = add i64 %115, %148
  %150 = mul i64 %149, 8
  %151 = load <8 x float>, <8 x float>* %9, align 32
  %152 = fcmp ogt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> %151, <8 x float> zeroinitializer
  %154 = getelementptr inbounds float, float* %0, i64 %150
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add i64 %x, 5
  %157 = add i64 %115, %156
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %8, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %164 = icmp slt i64 %kh, 3
  br i1 %164, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %165 = mul i64 %kh, 256
  %166 = add i64 %53, %165
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %167 = icmp slt i64 %kw, 3
  br i1 %167, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %168 = mul i64 %kw, 8
  %169 = add i64 %166, %168
  %170 = mul i64 %kh, 3
  %171 = add i64 %170, %kw
  %172 = mul i64 %171, 64
  %173 = add i64 %55, %172
  %174 = add i64 %173, 0
  %175 = getelementptr inbounds float, float* %4, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %173, 2304
  %179 = getelementptr inbounds float, float* %4, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %169, 0
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = load float, float* %183, align 4
  %185 = insertelement <8 x float> undef, float %184, i32 0
  %splat = shufflevector <8 x float> %185, <8 x float> undef, <8 x i32> zeroinitializer
  %186 = load <8 x float>, <8 x float>* %19, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %177, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %19, align 32
  %188 = load <8 x float>, <8 x float>* %13, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %181, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %13, align 32
  %190 = add i64 %169, 8
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat1 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %18, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %177, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %18, align 32
  %196 = load <8 x float>, <8 x float>* %12, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %181, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %12, align 32
  %198 = add i64 %169, 16
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat2 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %17, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %17, align 32
  %204 = load <8 x float>, <8 x float>* %11, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %11, align 32
  %206 = add i64 %169, 24
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat3 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %16, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %177, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %16, align 32
  %212 = load <8 x float>, <8 x float>* %10, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %181, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %10, align 32
  %214 = add i64 %169, 32
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat4 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %15, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %177, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %15, align 32
  %220 = load <8 x float>, <8 x float>* %9, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %181, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %9, align 32
  %222 = add i64 %169, 40
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat5 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %14, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %14, align 32
  %228 = load <8 x float>, <8 x float>* %8, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %8, align 32
  %230 = add i64 %173, 8
  %231 = getelementptr inbounds float, float* %4, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  %233 = load <8 x float>, <8 x float>* %232, align 4
  %234 = add i64 %173, 2312
  %235 = getelementptr inbounds float, float* %4, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  %238 = add i64 %169, 1
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat6 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %19, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %233, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %19, align 32
  %244 = load <8 x float>, <8 x float>* %13, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %237, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %13, align 32
  %246 = add i64 %169, 9
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat7 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %18, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %233, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %18, align 32
  %252 = load <8 x float>, <8 x float>* %12, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %237, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %12, align 32
  %254 = add i64 %169, 17
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat8 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %17, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %233, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %17, align 32
  %260 = load <8 x float>, <8 x float>* %11, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %237, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %11, align 32
  %262 = add i64 %169, 25
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat9 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %16, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %233, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %16, align 32
  %268 = load <8 x float>, <8 x float>* %10, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %237, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %10, align 32
  %270 = add i64 %169, 33
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat10 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %15, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %233, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %15, align 32
  %276 = load <8 x float>, <8 x float>* %9, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %237, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %9, align 32
  %278 = add i64 %169, 41
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat11 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %14, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %233, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %14, align 32
  %284 = load <8 x float>, <8 x float>* %8, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %237, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %8, align 32
  %286 = add i64 %173, 16
  %287 = getelementptr inbounds float, float* %4, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  %289 = load <8 x float>, <8 x float>* %288, align 4
  %290 = add i64 %173, 2320
  %291 = getelementptr inbounds float, float* %4, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  %293 = load <8 x float>, <8 x float>* %292, align 4
  %294 = add i64 %169, 2
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat12 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %19, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %289, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %19, align 32
  %300 = load <8 x float>, <8 x float>* %13, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %293, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %13, align 32
  %302 = add i64 %169, 10
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat13 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %18, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %289, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %18, align 32
  %308 = load <8 x float>, <8 x float>* %12, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %293, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %12, align 32
  %310 = add i64 %169, 18
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat14 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %17, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %289, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %17, align 32
  %316 = load <8 x float>, <8 x float>* %11, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %293, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %11, align 32
  %318 = add i64 %169, 26
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat15 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %16, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %289, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %16, align 32
  %324 = load <8 x float>, <8 x float>* %10, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %293, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %10, align 32
  %326 = add i64 %169, 34
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat16 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %15, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %289, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %15, align 32
  %332 = load <8 x float>, <8 x float>* %9, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %293, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %9, align 32
  %334 = add i64 %169, 42
  %335 = getelementptr inbounds float, float* %1, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat17 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %14, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %289, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %14, align 32
  %340 = load <8 x float>, <8 x float>* %8, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %293, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %8, align 32
  %342 = add i64 %173, 24
  %343 = getelementptr inbounds float, float* %4, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = add i64 %173, 2328
  %347 = getelementptr inbounds float, float* %4, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %169, 3
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat18 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %19, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %345, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %19, align 32
  %356 = load <8 x float>, <8 x float>* %13, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %349, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %13, align 32
  %358 = add i64 %169, 11
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat19 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %18, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %345, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %18, align 32
  %364 = load <8 x float>, <8 x float>* %12, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %349, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %12, align 32
  %366 = add i64 %169, 19
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat20 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %345, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %349, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %169, 27
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %16, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %345, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %16, align 32
  %380 = load <8 x float>, <8 x float>* %10, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %10, align 32
  %382 = add i64 %169, 35
  %383 = getelementptr inbounds float, float* %1, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat22 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %15, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %345, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %15, align 32
  %388 = load <8 x float>, <8 x float>* %9, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %349, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %9, align 32
  %390 = add i64 %169, 43
  %391 = getelementptr inbounds float, float* %1, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat23 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %14, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %345, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %14, align 32
  %396 = load <8 x float>, <8 x float>* %8, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %349, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %8, align 32
  %398 = add i64 %173, 32
  %399 = getelementptr inbounds float, float* %4, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = add i64 %173, 2336
  %403 = getelementptr inbounds float, float* %4, i64 %402
  %404 = bitcast float* %403 to <8 x float>*
  %405 = load <8 x float>, <8 x float>* %404, align 4
  %406 = add i64 %169, 4
  %407 = getelementptr inbounds float, float* %1, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat24 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %19, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %401, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %19, align 32
  %412 = load <8 x float>, <8 x float>* %13, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %405, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %13, align 32
  %414 = add i64 %169, 12
  %415 = getelementptr inbounds float, float* %1, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat25 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %18, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %401, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %18, align 32
  %420 = load <8 x float>, <8 x float>* %12, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %405, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %12, align 32
  %422 = add i64 %169, 20
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat26 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %17, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %401, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %17, align 32
  %428 = load <8 x float>, <8 x float>* %11, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %405, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %11, align 32
  %430 = add i64 %169, 28
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat27 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %16, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %401, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %16, align 32
  %436 = load <8 x float>, <8 x float>* %10, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %405, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %10, align 32
  %438 = add i64 %169, 36
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat28 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %401, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = load <8 x float>, <8 x float>* %9, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %405, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %9, align 32
  %446 = add i64 %169, 44
  %447 = getelementptr inbounds float, float* %1, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat29 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %14, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %401, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %14, align 32
  %452 = load <8 x float>, <8 x float>* %8, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %405, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %8, align 32
  %454 = add i64 %173, 40
  %455 = getelementptr inbounds float, float* %4, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  %457 = load <8 x float>, <8 x float>* %456, align 4
  %458 = add i64 %173, 2344
  %459 = getelementptr inbounds float, float* %4, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  %461 = load <8 x float>, <8 x float>* %460, align 4
  %462 = add i64 %169, 5
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat30 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %19, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %457, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %19, align 32
  %468 = load <8 x float>, <8 x float>* %13, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %461, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %13, align 32
  %470 = add i64 %169, 13
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat31 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %18, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %457, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %18, align 32
  %476 = load <8 x float>, <8 x float>* %12, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %461, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %12, align 32
  %478 = add i64 %169, 21
  %479 = getelementptr inbounds float, float* %1, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat32 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %17, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %457, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %17, align 32
  %484 = load <8 x float>, <8 x float>* %11, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %461, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %11, align 32
  %486 = add i64 %169, 29
  %487 = getelementptr inbounds float, float* %1, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat33 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %16, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %457, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %16, align 32
  %492 = load <8 x float>, <8 x float>* %10, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %461, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %10, align 32
  %494 = add i64 %169, 37
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat34 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %15, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %457, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %15, align 32
  %500 = load <8 x float>, <8 x float>* %9, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %461, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %9, align 32
  %502 = add i64 %169, 45
  %503 = getelementptr inbounds float, float* %1, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat35 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %14, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %457, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %14, align 32
  %508 = load <8 x float>, <8 x float>* %8, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %461, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %8, align 32
  %510 = add i64 %173, 48
  %511 = getelementptr inbounds float, float* %4, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  %513 = load <8 x float>, <8 x float>* %512, align 4
  %514 = add i64 %173, 2352
  %515 = getelementptr inbounds float, float* %4, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  %517 = load <8 x float>, <8 x float>* %516, align 4
  %518 = add i64 %169, 6
  %519 = getelementptr inbounds float, float* %1, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat36 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %19, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %513, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %19, align 32
  %524 = load <8 x float>, <8 x float>* %13, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %517, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %13, align 32
  %526 = add i64 %169, 14
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat37 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %18, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %513, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %18, align 32
  %532 = load <8 x float>, <8 x float>* %12, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %517, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %12, align 32
  %534 = add i64 %169, 22
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat38 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %17, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %513, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %17, align 32
  %540 = load <8 x float>, <8 x float>* %11, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %517, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %11, align 32
  %542 = add i64 %169, 30
  %543 = getelementptr inbounds float, float* %1, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat39 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %16, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %513, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %16, align 32
  %548 = load <8 x float>, <8 x float>* %10, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %517, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %10, align 32
  %550 = add i64 %169, 38
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat40 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %15, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %513, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %15, align 32
  %556 = load <8 x float>, <8 x float>* %9, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %517, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %9, align 32
  %558 = add i64 %169, 46
  %559 = getelementptr inbounds float, float* %1, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat41 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %14, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %513, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %14, align 32
  %564 = load <8 x float>, <8 x float>* %8, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %517, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %8, align 32
  %566 = add i64 %173, 56
  %567 = getelementptr inbounds float, float* %4, i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = add i64 %173, 2360
  %571 = getelementptr inbounds float, float* %4, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = add i64 %169, 7
  %575 = getelementptr inbounds float, float* %1, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat42 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %19, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %569, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %19, align 32
  %580 = load <8 x float>, <8 x float>* %13, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %573, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %13, align 32
  %582 = add i64 %169, 15
  %583 = getelementptr inbounds float, float* %1, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat43 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %18, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %569, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %18, align 32
  %588 = load <8 x float>, <8 x float>* %12, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %573, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %12, align 32
  %590 = add i64 %169, 23
  %591 = getelementptr inbounds float, float* %1, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat44 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %569, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = load <8 x float>, <8 x float>* %11, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %573, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %11, align 32
  %598 = add i64 %169, 31
  %599 = getelementptr inbounds float, float* %1, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat45 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %16, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %569, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %16, align 32
  %604 = load <8 x float>, <8 x float>* %10, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %573, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %10, align 32
  %606 = add i64 %169, 39
  %607 = getelementptr inbounds float, float* %1, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat46 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %15, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %569, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %15, align 32
  %612 = load <8 x float>, <8 x float>* %9, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %573, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %9, align 32
  %614 = add i64 %169, 47
  %615 = getelementptr inbounds float, float* %1, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat47 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %14, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %569, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %14, align 32
  %620 = load <8 x float>, <8 x float>* %8, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %573, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 60, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 60
  %29 = select i1 %28, i64 %27, i64 60
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 60
  %32 = select i1 %31, i64 %30, i64 60
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 15
  %9 = srem i64 %task, 15
  %10 = mul i64 %8, 7200
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 15
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 120
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 30
  %22 = select i1 %21, i64 %20, i64 30
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 30
  %25 = select i1 %24, i64 %23, i64 30
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 15
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 30
  %34 = select i1 %33, i64 %32, i64 30
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 30
  %37 = select i1 %36, i64 %35, i64 30
  %38 = sub i64 %37, %29
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %q.exit, %x.body
  %r = phi i64 [ %19, %x.body ], [ %r.next, %q.exit ]
  %39 = icmp slt i64 %r, %22
  br i1 %39, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  br label %q.header

r.exit:                                           ; preds = %r.header
  %40 = load <8 x float>, <8 x float>* %6, align 32
  %41 = mul i64 %x, 8
  %42 = getelementptr inbounds float, float* %15, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  store <8 x float> %40, <8 x float>* %43, align 4
  %x.next = add i64 %x, 1
  br label %x.header

q.header:                                         ; preds = %q.body, %r.body
  %q = phi i64 [ %31, %r.body ], [ %q.next, %q.body ]
  %44 = icmp slt i64 %q, %34
  br i1 %44, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %45 = mul i64 %r, 30
  %46 = add i64 %45, %q
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %11, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = load <8 x float>, <8 x float>* %6, align 32
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %51, <8 x float> %50)
  store <8 x float> %52, <8 x float>* %6, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next = add i64 %r, 1
  br label %r.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nounwind
define internal void @node2.maxPool2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 60, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 60
  %23 = select i1 %22, i64 %21, i64 60
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 60
  %26 = select i1 %25, i64 %24, i64 60
  call void @node2.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 17
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 17
  %10 = mul i64 %task, 136
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 15
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 15
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 120
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 480, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 128
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 544, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 68, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 68
  %23 = select i1 %22, i64 %21, i64 68
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 68
  %26 = select i1 %25, i64 %24, i64 68
  call void @node3.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %43 = alloca <8 x float>, align 32
  %44 = alloca <8 x float>, align 32
  %45 = alloca <8 x float>, align 32
  %46 = alloca <8 x float>, align 32
  %47 = alloca <8 x float>, align 32
  %48 = alloca <8 x float>, align 32
  %49 = alloca <8 x float>, align 32
  %50 = alloca <8 x float>, align 32
  %51 = alloca <8 x float>, align 32
  %52 = alloca <8 x float>, align 32
  %53 = alloca <8 x float>, align 32
  %54 = alloca <8 x float>, align 32
  %55 = alloca <8 x float>, align 32
  %56 = alloca <8 x float>, align 32
  %57 = alloca <8 x float>, align 32
  %58 = alloca <8 x float>, align 32
  %59 = alloca <8 x float>, align 32
  %60 = alloca <8 x float>, align 32
  %61 = alloca <8 x float>, align 32
  %62 = alloca <8 x float>, align 32
  %63 = alloca <8 x float>, align 32
  %64 = alloca <8 x float>, align 32
  %65 = alloca <8 x float>, align 32
  %66 = alloca <8 x float>, align 32
  %67 = alloca <8 x float>, align 32
  %68 = alloca <8 x float>, align 32
  %69 = alloca <8 x float>, align 32
  %70 = alloca <8 x float>, align 32
  %71 = alloca <8 x float>, align 32
  %72 = alloca <8 x float>, align 32
  %73 = alloca <8 x float>, align 32
  %74 = alloca <8 x float>, align 32
  %75 = alloca <8 x float>, align 32
  %76 = alloca <8 x float>, align 32
  %77 = alloca <8 x float>, align 32
  %78 = alloca <8 x float>, align 32
  %79 = alloca <8 x float>, align 32
  %80 = alloca <8 x float>, align 32
  %81 = alloca <8 x float>, align 32
  %82 = alloca <8 x float>, align 32
  %83 = alloca <8 x float>, align 32
  %84 = alloca <8 x float>, align 32
  %85 = alloca <8 x float>, align 32
  %86 = alloca <8 x float>, align 32
  %87 = alloca <8 x float>, align 32
  %88 = alloca <8 x float>, align 32
  %89 = alloca <8 x float>, align 32
  %90 = alloca <8 x float>, align 32
  %91 = alloca <8 x float>, align 32
  %92 = alloca <8 x float>, align 32
  %93 = alloca <8 x float>, align 32
  %94 = alloca <8 x float>, align 32
  %95 = alloca <8 x float>, align 32
  %96 = alloca <8 x float>, align 32
  %97 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %u.exit428, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit428 ]
  %98 = icmp slt i64 %task, %7
  br i1 %98, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %99 = srem i64 %task, 5
  %100 = sdiv i64 %task, 5
  %101 = srem i64 %100, 4
  %102 = mul i64 %99, 3
  %103 = sdiv i64 %task, 20
  %104 = srem i64 %103, 1
  %105 = sdiv i64 %103, 1
  %106 = mul i64 %104, 8
  %107 = mul i64 %101, 2
  %108 = add i64 %106, %107
  %109 = mul i64 %105, 4
  %110 = mul i64 %104, 4
  %111 = add i64 %109, %110
  %112 = mul i64 %111, 2312
  %113 = mul i64 %108, 2304
  %114 = mul i64 %102, 136
  %115 = add i64 %108, 0
  %116 = mul i64 %115, 8
  %117 = getelementptr inbounds float, float* %5, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  store <8 x float> %119, <8 x float>* %97, align 32
  store <8 x float> %119, <8 x float>* %96, align 32
  store <8 x float> %119, <8 x float>* %95, align 32
  store <8 x float> %119, <8 x float>* %94, align 32
  store <8 x float> %119, <8 x float>* %93, align 32
  store <8 x float> %119, <8 x float>* %92, align 32
  %120 = add i64 %108, 1
  %121 = mul i64 %120, 8
  %122 = getelementptr inbounds float, float* %5, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  store <8 x float> %124, <8 x float>* %91, align 32
  store <8 x float> %124, <8 x float>* %90, align 32
  store <8 x float> %124, <8 x float>* %89, align 32
  store <8 x float> %124, <8 x float>* %88, align 32
  store <8 x float> %124, <8 x float>* %87, align 32
  store <8 x float> %124, <8 x float>* %86, align 32
  %125 = add i64 %114, 0
  %126 = add i64 %112, %125
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %127 = icmp slt i64 %u, 4
  br i1 %127, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %128 = mul i64 %u, 2312
  %129 = add i64 %126, %128
  %130 = mul i64 %u, 576
  %131 = add i64 %113, %130
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %132 = mul i64 %105, 8
  %133 = add i64 %132, %108
  %134 = add i64 %133, 0
  %135 = mul i64 %134, 15
  %136 = add i64 %135, %102
  %137 = mul i64 %136, 15
  %138 = add i64 %137, 0
  %139 = mul i64 %138, 8
  %140 = load <8 x float>, <8 x float>* %97, align 32
  %141 = fcmp ogt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> %140, <8 x float> zeroinitializer
  %143 = getelementptr inbounds float, float* %0, i64 %139
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %142, <8 x float>* %144, align 4
  %145 = add i64 %137, 1
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %96, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %137, 2
  %153 = mul i64 %152, 8
  %154 = load <8 x float>, <8 x float>* %95, align 32
  %155 = fcmp ogt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> %154, <8 x float> zeroinitializer
  %157 = getelementptr inbounds float, float* %0, i64 %153
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = add i64 %137, 3
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %94, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = add i64 %137, 4
  %167 = mul i64 %166, 8
  %168 = load <8 x float>, <8 x float>* %93, align 32
  %169 = fcmp ogt <8 x float> %168, zeroinitializer
  %170 = select <8 x i1> %169, <8 x float> %168, <8 x float> zeroinitializer
  %171 = getelementptr inbounds float, float* %0, i64 %167
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %170, <8 x float>* %172, align 4
  %173 = add i64 %137, 5
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %92, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = mul i64 %105, 8
  %181 = add i64 %180, %108
  %182 = add i64 %181, 1
  %183 = mul i64 %182, 15
  %184 = add i64 %183, %102
  %185 = mul i64 %184, 15
  %186 = add i64 %185, 0
  %187 = mul i64 %186, 8
  %188 = load <8 x float>, <8 x float>* %91, align 32
  %189 = fcmp ogt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> %188, <8 x float> zeroinitializer
  %191 = getelementptr inbounds float, float* %0, i64 %187
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = add i64 %185, 1
  %194 = mul i64 %193, 8
  %195 = load <8 x float>, <8 x float>* %90, align 32
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = getelementptr inbounds float, float* %0, i64 %194
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %197, <8 x float>* %199, align 4
  %200 = add i64 %185, 2
  %201 = mul i64 %200, 8
  %202 = load <8 x float>, <8 x float>* %89, align 32
  %203 = fcmp ogt <8 x float> %202, zeroinitializer
  %204 = select <8 x i1> %203, <8 x float> %202, <8 x float> zeroinitializer
  %205 = getelementptr inbounds float, float* %0, i64 %201
  %206 = bitcast float* %205 to <8 x float>*
  store <8 x float> %204, <8 x float>* %206, align 4
  %207 = add i64 %185, 3
  %208 = mul i64 %207, 8
  %209 = load <8 x float>, <8 x float>* %88, align 32
  %210 = fcmp ogt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> %209, <8 x float> zeroinitializer
  %212 = getelementptr inbounds float, float* %0, i64 %208
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = add i64 %185, 4
  %215 = mul i64 %214, 8
  %216 = load <8 x float>, <8 x float>* %87, align 32
  %217 = fcmp ogt <8 x float> %216, zeroinitializer
  %218 = select <8 x i1> %217, <8 x float> %216, <8 x float> zeroinitializer
  %219 = getelementptr inbounds float, float* %0, i64 %215
  %220 = bitcast float* %219 to <8 x float>*
  store <8 x float> %218, <8 x float>* %220, align 4
  %221 = add i64 %185, 5
  %222 = mul i64 %221, 8
  %223 = load <8 x float>, <8 x float>* %86, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = getelementptr inbounds float, float* %0, i64 %222
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = add i64 %108, 0
  %229 = mul i64 %228, 8
  %230 = getelementptr inbounds float, float* %5, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  store <8 x float> %232, <8 x float>* %85, align 32
  store <8 x float> %232, <8 x float>* %84, align 32
  store <8 x float> %232, <8 x float>* %83, align 32
  store <8 x float> %232, <8 x float>* %82, align 32
  store <8 x float> %232, <8 x float>* %81, align 32
  store <8 x float> %232, <8 x float>* %80, align 32
  %233 = add i64 %108, 1
  %234 = mul i64 %233, 8
  %235 = getelementptr inbounds float, float* %5, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  %237 = load <8 x float>, <8 x float>* %236, align 4
  store <8 x float> %237, <8 x float>* %79, align 32
  store <8 x float> %237, <8 x float>* %78, align 32
  store <8 x float> %237, <8 x float>* %77, align 32
  store <8 x float> %237, <8 x float>* %76, align 32
  store <8 x float> %237, <8 x float>* %75, align 32
  store <8 x float> %237, <8 x float>* %74, align 32
  %238 = add i64 %114, 0
  %239 = add i64 %112, %238
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %240 = icmp slt i64 %kh, 3
  br i1 %240, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %241 = mul i64 %kh, 136
  %242 = add i64 %129, %241
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %243 = icmp slt i64 %kw, 3
  br i1 %243, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %244 = mul i64 %kw, 8
  %245 = add i64 %242, %244
  %246 = mul i64 %kh, 3
  %247 = add i64 %246, %kw
  %248 = mul i64 %247, 64
  %249 = add i64 %131, %248
  %250 = add i64 %249, 0
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %249, 2304
  %255 = getelementptr inbounds float, float* %4, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = add i64 %245, 0
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %97, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %253, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %97, align 32
  %264 = load <8 x float>, <8 x float>* %91, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %257, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %91, align 32
  %266 = add i64 %245, 8
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat1 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %96, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %253, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %96, align 32
  %272 = load <8 x float>, <8 x float>* %90, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %257, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %90, align 32
  %274 = add i64 %245, 16
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat2 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %95, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %253, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %95, align 32
  %280 = load <8 x float>, <8 x float>* %89, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %257, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %89, align 32
  %282 = add i64 %245, 24
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat3 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %94, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %253, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %94, align 32
  %288 = load <8 x float>, <8 x float>* %88, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %257, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %88, align 32
  %290 = add i64 %245, 32
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat4 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %93, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %253, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %93, align 32
  %296 = load <8 x float>, <8 x float>* %87, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %257, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %87, align 32
  %298 = add i64 %245, 40
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat5 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %92, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %253, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %92, align 32
  %304 = load <8 x float>, <8 x float>* %86, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %257, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %86, align 32
  %306 = add i64 %249, 8
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %249, 2312
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %245, 1
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat6 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %97, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %97, align 32
  %320 = load <8 x float>, <8 x float>* %91, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %91, align 32
  %322 = add i64 %245, 9
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat7 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %96, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %96, align 32
  %328 = load <8 x float>, <8 x float>* %90, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %90, align 32
  %330 = add i64 %245, 17
  %331 = getelementptr inbounds float, float* %2, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat8 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %95, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %309, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %95, align 32
  %336 = load <8 x float>, <8 x float>* %89, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %313, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %89, align 32
  %338 = add i64 %245, 25
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat9 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %94, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %309, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %94, align 32
  %344 = load <8 x float>, <8 x float>* %88, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %313, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %88, align 32
  %346 = add i64 %245, 33
  %347 = getelementptr inbounds float, float* %2, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat10 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %93, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %309, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %93, align 32
  %352 = load <8 x float>, <8 x float>* %87, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %313, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %87, align 32
  %354 = add i64 %245, 41
  %355 = getelementptr inbounds float, float* %2, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat11 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %92, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %309, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %92, align 32
  %360 = load <8 x float>, <8 x float>* %86, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %313, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %86, align 32
  %362 = add i64 %249, 16
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %249, 2320
  %367 = getelementptr inbounds float, float* %4, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %245, 2
  %371 = getelementptr inbounds float, float* %2, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat12 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %97, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %365, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %97, align 32
  %376 = load <8 x float>, <8 x float>* %91, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %369, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %91, align 32
  %378 = add i64 %245, 10
  %379 = getelementptr inbounds float, float* %2, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat13 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %96, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %365, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %96, align 32
  %384 = load <8 x float>, <8 x float>* %90, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %369, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %90, align 32
  %386 = add i64 %245, 18
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat14 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %95, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %365, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %95, align 32
  %392 = load <8 x float>, <8 x float>* %89, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %369, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %89, align 32
  %394 = add i64 %245, 26
  %395 = getelementptr inbounds float, float* %2, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat15 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %94, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %365, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %94, align 32
  %400 = load <8 x float>, <8 x float>* %88, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %369, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %88, align 32
  %402 = add i64 %245, 34
  %403 = getelementptr inbounds float, float* %2, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat16 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %93, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %365, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %93, align 32
  %408 = load <8 x float>, <8 x float>* %87, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %369, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %87, align 32
  %410 = add i64 %245, 42
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat17 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %92, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %365, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %92, align 32
  %416 = load <8 x float>, <8 x float>* %86, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %369, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %86, align 32
  %418 = add i64 %249, 24
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %249, 2328
  %423 = getelementptr inbounds float, float* %4, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %245, 3
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat18 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %97, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %421, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %97, align 32
  %432 = load <8 x float>, <8 x float>* %91, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %425, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %91, align 32
  %434 = add i64 %245, 11
  %435 = getelementptr inbounds float, float* %2, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat19 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %96, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %421, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %96, align 32
  %440 = load <8 x float>, <8 x float>* %90, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %425, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %90, align 32
  %442 = add i64 %245, 19
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat20 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %95, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %421, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %95, align 32
  %448 = load <8 x float>, <8 x float>* %89, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %425, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %89, align 32
  %450 = add i64 %245, 27
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat21 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %94, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %421, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %94, align 32
  %456 = load <8 x float>, <8 x float>* %88, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %425, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %88, align 32
  %458 = add i64 %245, 35
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat22 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %93, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %421, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %93, align 32
  %464 = load <8 x float>, <8 x float>* %87, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %425, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %87, align 32
  %466 = add i64 %245, 43
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat23 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %92, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %421, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %92, align 32
  %472 = load <8 x float>, <8 x float>* %86, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %425, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %86, align 32
  %474 = add i64 %249, 32
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %249, 2336
  %479 = getelementptr inbounds float, float* %4, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %245, 4
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat24 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %97, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %477, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %97, align 32
  %488 = load <8 x float>, <8 x float>* %91, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %481, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %91, align 32
  %490 = add i64 %245, 12
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat25 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %96, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %477, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %96, align 32
  %496 = load <8 x float>, <8 x float>* %90, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %481, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %90, align 32
  %498 = add i64 %245, 20
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat26 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %95, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %477, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %95, align 32
  %504 = load <8 x float>, <8 x float>* %89, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %481, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %89, align 32
  %506 = add i64 %245, 28
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat27 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %94, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %477, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %94, align 32
  %512 = load <8 x float>, <8 x float>* %88, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %481, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %88, align 32
  %514 = add i64 %245, 36
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat28 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %93, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %477, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %93, align 32
  %520 = load <8 x float>, <8 x float>* %87, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %481, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %87, align 32
  %522 = add i64 %245, 44
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat29 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %92, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %477, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %92, align 32
  %528 = load <8 x float>, <8 x float>* %86, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %481, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %86, align 32
  %530 = add i64 %249, 40
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %249, 2344
  %535 = getelementptr inbounds float, float* %4, i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = add i64 %245, 5
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat30 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %97, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %533, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %97, align 32
  %544 = load <8 x float>, <8 x float>* %91, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %537, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %91, align 32
  %546 = add i64 %245, 13
  %547 = getelementptr inbounds float, float* %2, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat31 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %96, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %533, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %96, align 32
  %552 = load <8 x float>, <8 x float>* %90, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %537, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %90, align 32
  %554 = add i64 %245, 21
  %555 = getelementptr inbounds float, float* %2, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat32 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %95, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %533, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %95, align 32
  %560 = load <8 x float>, <8 x float>* %89, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %537, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %89, align 32
  %562 = add i64 %245, 29
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat33 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %94, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %533, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %94, align 32
  %568 = load <8 x float>, <8 x float>* %88, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %537, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %88, align 32
  %570 = add i64 %245, 37
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat34 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %93, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %533, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %93, align 32
  %576 = load <8 x float>, <8 x float>* %87, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %537, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %87, align 32
  %578 = add i64 %245, 45
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat35 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %92, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %533, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %92, align 32
  %584 = load <8 x float>, <8 x float>* %86, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %537, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %86, align 32
  %586 = add i64 %249, 48
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %249, 2352
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %245, 6
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat36 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %97, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %589, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %97, align 32
  %600 = load <8 x float>, <8 x float>* %91, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %593, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %91, align 32
  %602 = add i64 %245, 14
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat37 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %96, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %589, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %96, align 32
  %608 = load <8 x float>, <8 x float>* %90, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %593, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %90, align 32
  %610 = add i64 %245, 22
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat38 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %95, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %589, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %95, align 32
  %616 = load <8 x float>, <8 x float>* %89, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %89, align 32
  %618 = add i64 %245, 30
  %619 = getelementptr inbounds float, float* %2, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat39 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %94, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %589, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %94, align 32
  %624 = load <8 x float>, <8 x float>* %88, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %593, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %88, align 32
  %626 = add i64 %245, 38
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat40 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %93, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %589, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %93, align 32
  %632 = load <8 x float>, <8 x float>* %87, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %593, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %87, align 32
  %634 = add i64 %245, 46
  %635 = getelementptr inbounds float, float* %2, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat41 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %92, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %589, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %92, align 32
  %640 = load <8 x float>, <8 x float>* %86, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %593, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %86, align 32
  %642 = add i64 %249, 56
  %643 = getelementptr inbounds float, float* %4, i64 %642
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = add i64 %249, 2360
  %647 = getelementptr inbounds float, float* %4, i64 %646
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = add i64 %245, 7
  %651 = getelementptr inbounds float, float* %2, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat42 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %97, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %645, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %97, align 32
  %656 = load <8 x float>, <8 x float>* %91, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %649, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %91, align 32
  %658 = add i64 %245, 15
  %659 = getelementptr inbounds float, float* %2, i64 %658
  %660 = load float, float* %659, align 4
  %661 = insertelement <8 x float> undef, float %660, i32 0
  %splat43 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
  %662 = load <8 x float>, <8 x float>* %96, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %645, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %96, align 32
  %664 = load <8 x float>, <8 x float>* %90, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %649, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %90, align 32
  %666 = add i64 %245, 23
  %667 = getelementptr inbounds float, float* %2, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat44 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %95, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %645, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %95, align 32
  %672 = load <8 x float>, <8 x float>* %89, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %649, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %89, align 32
  %674 = add i64 %245, 31
  %675 = getelementptr inbounds float, float* %2, i64 %674
  %676 = load float, float* %675, align 4
  %677 = insertelement <8 x float> undef, float %676, i32 0
  %splat45 = shufflevector <8 x float> %677, <8 x float> undef, <8 x i32> zeroinitializer
  %678 = load <8 x float>, <8 x float>* %94, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %645, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %94, align 32
  %680 = load <8 x float>, <8 x float>* %88, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %649, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %88, align 32
  %682 = add i64 %245, 39
  %683 = getelementptr inbounds float, float* %2, i64 %682
  %684 = load float, float* %683, align 4
  %685 = insertelement <8 x float> undef, float %684, i32 0
  %splat46 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %686 = load <8 x float>, <8 x float>* %93, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %645, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %93, align 32
  %688 = load <8 x float>, <8 x float>* %87, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %649, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %87, align 32
  %690 = add i64 %245, 47
  %691 = getelementptr inbounds float, float* %2, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat47 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %92, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %645, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %92, align 32
  %696 = load <8 x float>, <8 x float>* %86, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %649, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %86, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %698 = icmp slt i64 %u51, 4
  br i1 %698, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %699 = mul i64 %u51, 2312
  %700 = add i64 %239, %699
  %701 = mul i64 %u51, 576
  %702 = add i64 %113, %701
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %703 = mul i64 %105, 8
  %704 = add i64 %703, %108
  %705 = add i64 %704, 0
  %706 = mul i64 %705, 15
  %707 = add i64 %706, %102
  %708 = mul i64 %707, 15
  %709 = add i64 %708, 6
  %710 = mul i64 %709, 8
  %711 = load <8 x float>, <8 x float>* %85, align 32
  %712 = fcmp ogt <8 x float> %711, zeroinitializer
  %713 = select <8 x i1> %712, <8 x float> %711, <8 x float> zeroinitializer
  %714 = getelementptr inbounds float, float* %0, i64 %710
  %715 = bitcast float* %714 to <8 x float>*
  store <8 x float> %713, <8 x float>* %715, align 4
  %716 = add i64 %708, 7
  %717 = mul i64 %716, 8
  %718 = load <8 x float>, <8 x float>* %84, align 32
  %719 = fcmp ogt <8 x float> %718, zeroinitializer
  %720 = select <8 x i1> %719, <8 x float> %718, <8 x float> zeroinitializer
  %721 = getelementptr inbounds float, float* %0, i64 %717
  %722 = bitcast float* %721 to <8 x float>*
  store <8 x float> %720, <8 x float>* %722, align 4
  %723 = add i64 %708, 8
  %724 = mul i64 %723, 8
  %725 = load <8 x float>, <8 x float>* %83, align 32
  %726 = fcmp ogt <8 x float> %725, zeroinitializer
  %727 = select <8 x i1> %726, <8 x float> %725, <8 x float> zeroinitializer
  %728 = getelementptr inbounds float, float* %0, i64 %724
  %729 = bitcast float* %728 to <8 x float>*
  store <8 x float> %727, <8 x float>* %729, align 4
  %730 = add i64 %708, 9
  %731 = mul i64 %730, 8
  %732 = load <8 x float>, <8 x float>* %82, align 32
  %733 = fcmp ogt <8 x float> %732, zeroinitializer
  %734 = select <8 x i1> %733, <8 x float> %732, <8 x float> zeroinitializer
  %735 = getelementptr inbounds float, float* %0, i64 %731
  %736 = bitcast float* %735 to <8 x float>*
  store <8 x float> %734, <8 x float>* %736, align 4
  %737 = add i64 %708, 10
  %738 = mul i64 %737, 8
  %739 = load <8 x float>, <8 x float>* %81, align 32
  %740 = fcmp ogt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> %739, <8 x float> zeroinitializer
  %742 = getelementptr inbounds float, float* %0, i64 %738
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = add i64 %708, 11
  %745 = mul i64 %744, 8
  %746 = load <8 x float>, <8 x float>* %80, align 32
  %747 = fcmp ogt <8 x float> %746, zeroinitializer
  %748 = select <8 x i1> %747, <8 x float> %746, <8 x float> zeroinitializer
  %749 = getelementptr inbounds float, float* %0, i64 %745
  %750 = bitcast float* %749 to <8 x float>*
  store <8 x float> %748, <8 x float>* %750, align 4
  %751 = mul i64 %105, 8
  %752 = add i64 %751, %108
  %753 = add i64 %752, 1
  %754 = mul i64 %753, 15
  %755 = add i64 %754, %102
  %756 = mul i64 %755, 15
  %757 = add i64 %756, 6
  %758 = mul i64 %757, 8
  %759 = load <8 x float>, <8 x float>* %79, align 32
  %760 = fcmp ogt <8 x float> %759, zeroinitializer
  %761 = select <8 x i1> %760, <8 x float> %759, <8 x float> zeroinitializer
  %762 = getelementptr inbounds float, float* %0, i64 %758
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %761, <8 x float>* %763, align 4
  %764 = add i64 %756, 7
  %765 = mul i64 %764, 8
  %766 = load <8 x float>, <8 x float>* %78, align 32
  %767 = fcmp ogt <8 x float> %766, zeroinitializer
  %768 = select <8 x i1> %767, <8 x float> %766, <8 x float> zeroinitializer
  %769 = getelementptr inbounds float, float* %0, i64 %765
  %770 = bitcast float* %769 to <8 x float>*
  store <8 x float> %768, <8 x float>* %770, align 4
  %771 = add i64 %756, 8
  %772 = mul i64 %771, 8
  %773 = load <8 x float>, <8 x float>* %77, align 32
  %774 = fcmp ogt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> %773, <8 x float> zeroinitializer
  %776 = getelementptr inbounds float, float* %0, i64 %772
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = add i64 %756, 9
  %779 = mul i64 %778, 8
  %780 = load <8 x float>, <8 x float>* %76, align 32
  %781 = fcmp ogt <8 x float> %780, zeroinitializer
  %782 = select <8 x i1> %781, <8 x float> %780, <8 x float> zeroinitializer
  %783 = getelementptr inbounds float, float* %0, i64 %779
  %784 = bitcast float* %783 to <8 x float>*
  store <8 x float> %782, <8 x float>* %784, align 4
  %785 = add i64 %756, 10
  %786 = mul i64 %785, 8
  %787 = load <8 x float>, <8 x float>* %75, align 32
  %788 = fcmp ogt <8 x float> %787, zeroinitializer
  %789 = select <8 x i1> %788, <8 x float> %787, <8 x float> zeroinitializer
  %790 = getelementptr inbounds float, float* %0, i64 %786
  %791 = bitcast float* %790 to <8 x float>*
  store <8 x float> %789, <8 x float>* %791, align 4
  %792 = add i64 %756, 11
  %793 = mul i64 %792, 8
  %794 = load <8 x float>, <8 x float>* %74, align 32
  %795 = fcmp ogt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> %794, <8 x float> zeroinitializer
  %797 = getelementptr inbounds float, float* %0, i64 %793
  %798 = bitcast float* %797 to <8 x float>*
  store <8 x float> %796, <8 x float>* %798, align 4
  %799 = add i64 %108, 0
  %800 = mul i64 %799, 8
  %801 = getelementptr inbounds float, float* %5, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  store <8 x float> %803, <8 x float>* %73, align 32
  store <8 x float> %803, <8 x float>* %72, align 32
  store <8 x float> %803, <8 x float>* %71, align 32
  store <8 x float> %803, <8 x float>* %70, align 32
  store <8 x float> %803, <8 x float>* %69, align 32
  store <8 x float> %803, <8 x float>* %68, align 32
  %804 = add i64 %108, 1
  %805 = mul i64 %804, 8
  %806 = getelementptr inbounds float, float* %5, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  store <8 x float> %808, <8 x float>* %67, align 32
  store <8 x float> %808, <8 x float>* %66, align 32
  store <8 x float> %808, <8 x float>* %65, align 32
  store <8 x float> %808, <8 x float>* %64, align 32
  store <8 x float> %808, <8 x float>* %63, align 32
  store <8 x float> %808, <8 x float>* %62, align 32
  %809 = add i64 %114, 0
  %810 = add i64 %112, %809
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %811 = icmp slt i64 %kh55, 3
  br i1 %811, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %812 = mul i64 %kh55, 136
  %813 = add i64 %700, %812
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %814 = icmp slt i64 %kw59, 3
  br i1 %814, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %815 = mul i64 %kw59, 8
  %816 = add i64 %813, %815
  %817 = mul i64 %kh55, 3
  %818 = add i64 %817, %kw59
  %819 = mul i64 %818, 64
  %820 = add i64 %702, %819
  %821 = add i64 %820, 0
  %822 = getelementptr inbounds float, float* %4, i64 %821
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = add i64 %820, 2304
  %826 = getelementptr inbounds float, float* %4, i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = add i64 %816, 48
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat60 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %85, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %824, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %85, align 32
  %835 = load <8 x float>, <8 x float>* %79, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %828, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %79, align 32
  %837 = add i64 %816, 56
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat61 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %84, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %824, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %84, align 32
  %843 = load <8 x float>, <8 x float>* %78, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %828, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %78, align 32
  %845 = add i64 %816, 64
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat62 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %83, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %824, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %83, align 32
  %851 = load <8 x float>, <8 x float>* %77, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %828, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %77, align 32
  %853 = add i64 %816, 72
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat63 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %82, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %824, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %82, align 32
  %859 = load <8 x float>, <8 x float>* %76, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %828, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %76, align 32
  %861 = add i64 %816, 80
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat64 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %81, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %824, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %81, align 32
  %867 = load <8 x float>, <8 x float>* %75, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %828, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %75, align 32
  %869 = add i64 %816, 88
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat65 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %80, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %824, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %80, align 32
  %875 = load <8 x float>, <8 x float>* %74, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %828, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %74, align 32
  %877 = add i64 %820, 8
  %878 = getelementptr inbounds float, float* %4, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %820, 2312
  %882 = getelementptr inbounds float, float* %4, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %816, 49
  %886 = getelementptr inbounds float, float* %2, i64 %885
  %887 = load float, float* %886, align 4
  %888 = insertelement <8 x float> undef, float %887, i32 0
  %splat66 = shufflevector <8 x float> %888, <8 x float> undef, <8 x i32> zeroinitializer
  %889 = load <8 x float>, <8 x float>* %85, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %880, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %85, align 32
  %891 = load <8 x float>, <8 x float>* %79, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %884, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %79, align 32
  %893 = add i64 %816, 57
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat67 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %84, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %880, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %84, align 32
  %899 = load <8 x float>, <8 x float>* %78, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %884, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %78, align 32
  %901 = add i64 %816, 65
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat68 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %83, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %880, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %83, align 32
  %907 = load <8 x float>, <8 x float>* %77, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %884, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %77, align 32
  %909 = add i64 %816, 73
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat69 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %82, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %880, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %82, align 32
  %915 = load <8 x float>, <8 x float>* %76, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %884, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %76, align 32
  %917 = add i64 %816, 81
  %918 = getelementptr inbounds float, float* %2, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat70 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %81, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %880, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %81, align 32
  %923 = load <8 x float>, <8 x float>* %75, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %884, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %75, align 32
  %925 = add i64 %816, 89
  %926 = getelementptr inbounds float, float* %2, i64 %925
  %927 = load float, float* %926, align 4
  %928 = insertelement <8 x float> undef, float %927, i32 0
  %splat71 = shufflevector <8 x float> %928, <8 x float> undef, <8 x i32> zeroinitializer
  %929 = load <8 x float>, <8 x float>* %80, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %880, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %80, align 32
  %931 = load <8 x float>, <8 x float>* %74, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %884, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %74, align 32
  %933 = add i64 %820, 16
  %934 = getelementptr inbounds float, float* %4, i64 %933
  %935 = bitcast float* %934 to <8 x float>*
  %936 = load <8 x float>, <8 x float>* %935, align 4
  %937 = add i64 %820, 2320
  %938 = getelementptr inbounds float, float* %4, i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %816, 50
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat72 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %85, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %936, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %85, align 32
  %947 = load <8 x float>, <8 x float>* %79, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %940, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %79, align 32
  %949 = add i64 %816, 58
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat73 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %84, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %936, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %84, align 32
  %955 = load <8 x float>, <8 x float>* %78, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %940, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %78, align 32
  %957 = add i64 %816, 66
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat74 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %83, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %936, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %83, align 32
  %963 = load <8 x float>, <8 x float>* %77, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %940, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %77, align 32
  %965 = add i64 %816, 74
  %966 = getelementptr inbounds float, float* %2, i64 %965
  %967 = load float, float* %966, align 4
  %968 = insertelement <8 x float> undef, float %967, i32 0
  %splat75 = shufflevector <8 x float> %968, <8 x float> undef, <8 x i32> zeroinitializer
  %969 = load <8 x float>, <8 x float>* %82, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %936, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %82, align 32
  %971 = load <8 x float>, <8 x float>* %76, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %940, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %76, align 32
  %973 = add i64 %816, 82
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat76 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %81, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %936, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %81, align 32
  %979 = load <8 x float>, <8 x float>* %75, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %940, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %75, align 32
  %981 = add i64 %816, 90
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat77 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %80, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %936, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %80, align 32
  %987 = load <8 x float>, <8 x float>* %74, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %940, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %74, align 32
  %989 = add i64 %820, 24
  %990 = getelementptr inbounds float, float* %4, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = add i64 %820, 2328
  %994 = getelementptr inbounds float, float* %4, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = add i64 %816, 51
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = load float, float* %998, align 4
  %1000 = insertelement <8 x float> undef, float %999, i32 0
  %splat78 = shufflevector <8 x float> %1000, <8 x float> undef, <8 x i32> zeroinitializer
  %1001 = load <8 x float>, <8 x float>* %85, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %992, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %85, align 32
  %1003 = load <8 x float>, <8 x float>* %79, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %996, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %79, align 32
  %1005 = add i64 %816, 59
  %1006 = getelementptr inbounds float, float* %2, i64 %1005
  %1007 = load float, float* %1006, align 4
  %1008 = insertelement <8 x float> undef, float %1007, i32 0
  %splat79 = shufflevector <8 x float> %1008, <8 x float> undef, <8 x i32> zeroinitializer
  %1009 = load <8 x float>, <8 x float>* %84, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %992, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %84, align 32
  %1011 = load <8 x float>, <8 x float>* %78, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %996, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %78, align 32
  %1013 = add i64 %816, 67
  %1014 = getelementptr inbounds float, float* %2, i64 %1013
  %1015 = load float, float* %1014, align 4
  %1016 = insertelement <8 x float> undef, float %1015, i32 0
  %splat80 = shufflevector <8 x float> %1016, <8 x float> undef, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, <8 x float>* %83, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %992, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %83, align 32
  %1019 = load <8 x float>, <8 x float>* %77, align 32
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %996, <8 x float> %1019)
  store <8 x float> %1020, <8 x float>* %77, align 32
  %1021 = add i64 %816, 75
  %1022 = getelementptr inbounds float, float* %2, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat81 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %82, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %992, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %82, align 32
  %1027 = load <8 x float>, <8 x float>* %76, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %996, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %76, align 32
  %1029 = add i64 %816, 83
  %1030 = getelementptr inbounds float, float* %2, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat82 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %81, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %992, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %81, align 32
  %1035 = load <8 x float>, <8 x float>* %75, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %996, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %75, align 32
  %1037 = add i64 %816, 91
  %1038 = getelementptr inbounds float, float* %2, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat83 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %80, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %992, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %80, align 32
  %1043 = load <8 x float>, <8 x float>* %74, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %996, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %74, align 32
  %1045 = add i64 %820, 32
  %1046 = getelementptr inbounds float, float* %4, i64 %1045
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = add i64 %820, 2336
  %1050 = getelementptr inbounds float, float* %4, i64 %1049
  %1051 = bitcast float* %1050 to <8 x float>*
  %1052 = load <8 x float>, <8 x float>* %1051, align 4
  %1053 = add i64 %816, 52
  %1054 = getelementptr inbounds float, float* %2, i64 %1053
  %1055 = load float, float* %1054, align 4
  %1056 = insertelement <8 x float> undef, float %1055, i32 0
  %splat84 = shufflevector <8 x float> %1056, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, <8 x float>* %85, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1048, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %85, align 32
  %1059 = load <8 x float>, <8 x float>* %79, align 32
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1052, <8 x float> %1059)
  store <8 x float> %1060, <8 x float>* %79, align 32
  %1061 = add i64 %816, 60
  %1062 = getelementptr inbounds float, float* %2, i64 %1061
  %1063 = load float, float* %1062, align 4
  %1064 = insertelement <8 x float> undef, float %1063, i32 0
  %splat85 = shufflevector <8 x float> %1064, <8 x float> undef, <8 x i32> zeroinitializer
  %1065 = load <8 x float>, <8 x float>* %84, align 32
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1048, <8 x float> %1065)
  store <8 x float> %1066, <8 x float>* %84, align 32
  %1067 = load <8 x float>, <8 x float>* %78, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1052, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %78, align 32
  %1069 = add i64 %816, 68
  %1070 = getelementptr inbounds float, float* %2, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat86 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %83, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1048, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %83, align 32
  %1075 = load <8 x float>, <8 x float>* %77, align 32
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1052, <8 x float> %1075)
  store <8 x float> %1076, <8 x float>* %77, align 32
  %1077 = add i64 %816, 76
  %1078 = getelementptr inbounds float, float* %2, i64 %1077
  %1079 = load float, float* %1078, align 4
  %1080 = insertelement <8 x float> undef, float %1079, i32 0
  %splat87 = shufflevector <8 x float> %1080, <8 x float> undef, <8 x i32> zeroinitializer
  %1081 = load <8 x float>, <8 x float>* %82, align 32
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1048, <8 x float> %1081)
  store <8 x float> %1082, <8 x float>* %82, align 32
  %1083 = load <8 x float>, <8 x float>* %76, align 32
  %1084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1052, <8 x float> %1083)
  store <8 x float> %1084, <8 x float>* %76, align 32
  %1085 = add i64 %816, 84
  %1086 = getelementptr inbounds float, float* %2, i64 %1085
  %1087 = load float, float* %1086, align 4
  %1088 = insertelement <8 x float> undef, float %1087, i32 0
  %splat88 = shufflevector <8 x float> %1088, <8 x float> undef, <8 x i32> zeroinitializer
  %1089 = load <8 x float>, <8 x float>* %81, align 32
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1048, <8 x float> %1089)
  store <8 x float> %1090, <8 x float>* %81, align 32
  %1091 = load <8 x float>, <8 x float>* %75, align 32
  %1092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1052, <8 x float> %1091)
  store <8 x float> %1092, <8 x float>* %75, align 32
  %1093 = add i64 %816, 92
  %1094 = getelementptr inbounds float, float* %2, i64 %1093
  %1095 = load float, float* %1094, align 4
  %1096 = insertelement <8 x float> undef, float %1095, i32 0
  %splat89 = shufflevector <8 x float> %1096, <8 x float> undef, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, <8 x float>* %80, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1048, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %80, align 32
  %1099 = load <8 x float>, <8 x float>* %74, align 32
  %1100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1052, <8 x float> %1099)
  store <8 x float> %1100, <8 x float>* %74, align 32
  %1101 = add i64 %820, 40
  %1102 = getelementptr inbounds float, float* %4, i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %820, 2344
  %1106 = getelementptr inbounds float, float* %4, i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %816, 53
  %1110 = getelementptr inbounds float, float* %2, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat90 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %85, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1104, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %85, align 32
  %1115 = load <8 x float>, <8 x float>* %79, align 32
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1108, <8 x float> %1115)
  store <8 x float> %1116, <8 x float>* %79, align 32
  %1117 = add i64 %816, 61
  %1118 = getelementptr inbounds float, float* %2, i64 %1117
  %1119 = load float, float* %1118, align 4
  %1120 = insertelement <8 x float> undef, float %1119, i32 0
  %splat91 = shufflevector <8 x float> %1120, <8 x float> undef, <8 x i32> zeroinitializer
  %1121 = load <8 x float>, <8 x float>* %84, align 32
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1104, <8 x float> %1121)
  store <8 x float> %1122, <8 x float>* %84, align 32
  %1123 = load <8 x float>, <8 x float>* %78, align 32
  %1124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1108, <8 x float> %1123)
  store <8 x float> %1124, <8 x float>* %78, align 32
  %1125 = add i64 %816, 69
  %1126 = getelementptr inbounds float, float* %2, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat92 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %83, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1104, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %83, align 32
  %1131 = load <8 x float>, <8 x float>* %77, align 32
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1108, <8 x float> %1131)
  store <8 x float> %1132, <8 x float>* %77, align 32
  %1133 = add i64 %816, 77
  %1134 = getelementptr inbounds float, float* %2, i64 %1133
  %1135 = load float, float* %1134, align 4
  %1136 = insertelement <8 x float> undef, float %1135, i32 0
  %splat93 = shufflevector <8 x float> %1136, <8 x float> undef, <8 x i32> zeroinitializer
  %1137 = load <8 x float>, <8 x float>* %82, align 32
  %1138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1104, <8 x float> %1137)
  store <8 x float> %1138, <8 x float>* %82, align 32
  %1139 = load <8 x float>, <8 x float>* %76, align 32
  %1140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1108, <8 x float> %1139)
  store <8 x float> %1140, <8 x float>* %76, align 32
  %1141 = add i64 %816, 85
  %1142 = getelementptr inbounds float, float* %2, i64 %1141
  %1143 = load float, float* %1142, align 4
  %1144 = insertelement <8 x float> undef, float %1143, i32 0
  %splat94 = shufflevector <8 x float> %1144, <8 x float> undef, <8 x i32> zeroinitializer
  %1145 = load <8 x float>, <8 x float>* %81, align 32
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1104, <8 x float> %1145)
  store <8 x float> %1146, <8 x float>* %81, align 32
  %1147 = load <8 x float>, <8 x float>* %75, align 32
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1108, <8 x float> %1147)
  store <8 x float> %1148, <8 x float>* %75, align 32
  %1149 = add i64 %816, 93
  %1150 = getelementptr inbounds float, float* %2, i64 %1149
  %1151 = load float, float* %1150, align 4
  %1152 = insertelement <8 x float> undef, float %1151, i32 0
  %splat95 = shufflevector <8 x float> %1152, <8 x float> undef, <8 x i32> zeroinitializer
  %1153 = load <8 x float>, <8 x float>* %80, align 32
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1104, <8 x float> %1153)
  store <8 x float> %1154, <8 x float>* %80, align 32
  %1155 = load <8 x float>, <8 x float>* %74, align 32
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1108, <8 x float> %1155)
  store <8 x float> %1156, <8 x float>* %74, align 32
  %1157 = add i64 %820, 48
  %1158 = getelementptr inbounds float, float* %4, i64 %1157
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = add i64 %820, 2352
  %1162 = getelementptr inbounds float, float* %4, i64 %1161
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  %1165 = add i64 %816, 54
  %1166 = getelementptr inbounds float, float* %2, i64 %1165
  %1167 = load float, float* %1166, align 4
  %1168 = insertelement <8 x float> undef, float %1167, i32 0
  %splat96 = shufflevector <8 x float> %1168, <8 x float> undef, <8 x i32> zeroinitializer
  %1169 = load <8 x float>, <8 x float>* %85, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1160, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %85, align 32
  %1171 = load <8 x float>, <8 x float>* %79, align 32
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1164, <8 x float> %1171)
  store <8 x float> %1172, <8 x float>* %79, align 32
  %1173 = add i64 %816, 62
  %1174 = getelementptr inbounds float, float* %2, i64 %1173
  %1175 = load float, float* %1174, align 4
  %1176 = insertelement <8 x float> undef, float %1175, i32 0
  %splat97 = shufflevector <8 x float> %1176, <8 x float> undef, <8 x i32> zeroinitializer
  %1177 = load <8 x float>, <8 x float>* %84, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1160, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %84, align 32
  %1179 = load <8 x float>, <8 x float>* %78, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1164, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %78, align 32
  %1181 = add i64 %816, 70
  %1182 = getelementptr inbounds float, float* %2, i64 %1181
  %1183 = load float, float* %1182, align 4
  %1184 = insertelement <8 x float> undef, float %1183, i32 0
  %splat98 = shufflevector <8 x float> %1184, <8 x float> undef, <8 x i32> zeroinitializer
  %1185 = load <8 x float>, <8 x float>* %83, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1160, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %83, align 32
  %1187 = load <8 x float>, <8 x float>* %77, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1164, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %77, align 32
  %1189 = add i64 %816, 78
  %1190 = getelementptr inbounds float, float* %2, i64 %1189
  %1191 = load float, float* %1190, align 4
  %1192 = insertelement <8 x float> undef, float %1191, i32 0
  %splat99 = shufflevector <8 x float> %1192, <8 x float> undef, <8 x i32> zeroinitializer
  %1193 = load <8 x float>, <8 x float>* %82, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1160, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %82, align 32
  %1195 = load <8 x float>, <8 x float>* %76, align 32
  %1196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1164, <8 x float> %1195)
  store <8 x float> %1196, <8 x float>* %76, align 32
  %1197 = add i64 %816, 86
  %1198 = getelementptr inbounds float, float* %2, i64 %1197
  %1199 = load float, float* %1198, align 4
  %1200 = insertelement <8 x float> undef, float %1199, i32 0
  %splat100 = shufflevector <8 x float> %1200, <8 x float> undef, <8 x i32> zeroinitializer
  %1201 = load <8 x float>, <8 x float>* %81, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1160, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %81, align 32
  %1203 = load <8 x float>, <8 x float>* %75, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1164, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %75, align 32
  %1205 = add i64 %816, 94
  %1206 = getelementptr inbounds float, float* %2, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat101 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %80, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1160, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %80, align 32
  %1211 = load <8 x float>, <8 x float>* %74, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1164, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %74, align 32
  %1213 = add i64 %820, 56
  %1214 = getelementptr inbounds float, float* %4, i64 %1213
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = add i64 %820, 2360
  %1218 = getelementptr inbounds float, float* %4, i64 %1217
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = add i64 %816, 55
  %1222 = getelementptr inbounds float, float* %2, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat102 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %85, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1216, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %85, align 32
  %1227 = load <8 x float>, <8 x float>* %79, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1220, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %79, align 32
  %1229 = add i64 %816, 63
  %1230 = getelementptr inbounds float, float* %2, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat103 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %84, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1216, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %84, align 32
  %1235 = load <8 x float>, <8 x float>* %78, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1220, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %78, align 32
  %1237 = add i64 %816, 71
  %1238 = getelementptr inbounds float, float* %2, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat104 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %83, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1216, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %83, align 32
  %1243 = load <8 x float>, <8 x float>* %77, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1220, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %77, align 32
  %1245 = add i64 %816, 79
  %1246 = getelementptr inbounds float, float* %2, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat105 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %82, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1216, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %82, align 32
  %1251 = load <8 x float>, <8 x float>* %76, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1220, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %76, align 32
  %1253 = add i64 %816, 87
  %1254 = getelementptr inbounds float, float* %2, i64 %1253
  %1255 = load float, float* %1254, align 4
  %1256 = insertelement <8 x float> undef, float %1255, i32 0
  %splat106 = shufflevector <8 x float> %1256, <8 x float> undef, <8 x i32> zeroinitializer
  %1257 = load <8 x float>, <8 x float>* %81, align 32
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1216, <8 x float> %1257)
  store <8 x float> %1258, <8 x float>* %81, align 32
  %1259 = load <8 x float>, <8 x float>* %75, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1220, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %75, align 32
  %1261 = add i64 %816, 95
  %1262 = getelementptr inbounds float, float* %2, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat107 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %80, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1216, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %80, align 32
  %1267 = load <8 x float>, <8 x float>* %74, align 32
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1220, <8 x float> %1267)
  store <8 x float> %1268, <8 x float>* %74, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next173, %kh.exit117 ]
  %1269 = icmp slt i64 %u114, 4
  br i1 %1269, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1270 = mul i64 %u114, 2312
  %1271 = add i64 %810, %1270
  %1272 = mul i64 %u114, 576
  %1273 = add i64 %113, %1272
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1274 = mul i64 %105, 8
  %1275 = add i64 %1274, %108
  %1276 = add i64 %1275, 0
  %1277 = mul i64 %1276, 15
  %1278 = add i64 %1277, %102
  %1279 = mul i64 %1278, 15
  %1280 = add i64 %1279, 12
  %1281 = mul i64 %1280, 8
  %1282 = load <8 x float>, <8 x float>* %73, align 32
  %1283 = fcmp ogt <8 x float> %1282, zeroinitializer
  %1284 = select <8 x i1> %1283, <8 x float> %1282, <8 x float> zeroinitializer
  %1285 = getelementptr inbounds float, float* %0, i64 %1281
  %1286 = bitcast float* %1285 to <8 x float>*
  store <8 x float> %1284, <8 x float>* %1286, align 4
  %1287 = add i64 %1279, 13
  %1288 = mul i64 %1287, 8
  %1289 = load <8 x float>, <8 x float>* %72, align 32
  %1290 = fcmp ogt <8 x float> %1289, zeroinitializer
  %1291 = select <8 x i1> %1290, <8 x float> %1289, <8 x float> zeroinitializer
  %1292 = getelementptr inbounds float, float* %0, i64 %1288
  %1293 = bitcast float* %1292 to <8 x float>*
  store <8 x float> %1291, <8 x float>* %1293, align 4
  %1294 = add i64 %1279, 14
  %1295 = mul i64 %1294, 8
  %1296 = load <8 x float>, <8 x float>* %71, align 32
  %1297 = fcmp ogt <8 x float> %1296, zeroinitializer
  %1298 = select <8 x i1> %1297, <8 x float> %1296, <8 x float> zeroinitializer
  %1299 = getelementptr inbounds float, float* %0, i64 %1295
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1298, <8 x float>* %1300, align 4
  %1301 = add i64 %1279, 15
  %1302 = mul i64 %1301, 8
  %1303 = load <8 x float>, <8 x float>* %70, align 32
  %1304 = fcmp ogt <8 x float> %1303, zeroinitializer
  %1305 = select <8 x i1> %1304, <8 x float> %1303, <8 x float> zeroinitializer
  %1306 = getelementptr inbounds float, float* %0, i64 %1302
  %1307 = bitcast float* %1306 to <8 x float>*
  store <8 x float> %1305, <8 x float>* %1307, align 4
  %1308 = add i64 %1279, 16
  %1309 = mul i64 %1308, 8
  %1310 = load <8 x float>, <8 x float>* %69, align 32
  %1311 = fcmp ogt <8 x float> %1310, zeroinitializer
  %1312 = select <8 x i1> %1311, <8 x float> %1310, <8 x float> zeroinitializer
  %1313 = getelementptr inbounds float, float* %0, i64 %1309
  %1314 = bitcast float* %1313 to <8 x float>*
  store <8 x float> %1312, <8 x float>* %1314, align 4
  %1315 = add i64 %1279, 17
  %1316 = mul i64 %1315, 8
  %1317 = load <8 x float>, <8 x float>* %68, align 32
  %1318 = fcmp ogt <8 x float> %1317, zeroinitializer
  %1319 = select <8 x i1> %1318, <8 x float> %1317, <8 x float> zeroinitializer
  %1320 = getelementptr inbounds float, float* %0, i64 %1316
  %1321 = bitcast float* %1320 to <8 x float>*
  store <8 x float> %1319, <8 x float>* %1321, align 4
  %1322 = mul i64 %105, 8
  %1323 = add i64 %1322, %108
  %1324 = add i64 %1323, 1
  %1325 = mul i64 %1324, 15
  %1326 = add i64 %1325, %102
  %1327 = mul i64 %1326, 15
  %1328 = add i64 %1327, 12
  %1329 = mul i64 %1328, 8
  %1330 = load <8 x float>, <8 x float>* %67, align 32
  %1331 = fcmp ogt <8 x float> %1330, zeroinitializer
  %1332 = select <8 x i1> %1331, <8 x float> %1330, <8 x float> zeroinitializer
  %1333 = getelementptr inbounds float, float* %0, i64 %1329
  %1334 = bitcast float* %1333 to <8 x float>*
  store <8 x float> %1332, <8 x float>* %1334, align 4
  %1335 = add i64 %1327, 13
  %1336 = mul i64 %1335, 8
  %1337 = load <8 x float>, <8 x float>* %66, align 32
  %1338 = fcmp ogt <8 x float> %1337, zeroinitializer
  %1339 = select <8 x i1> %1338, <8 x float> %1337, <8 x float> zeroinitializer
  %1340 = getelementptr inbounds float, float* %0, i64 %1336
  %1341 = bitcast float* %1340 to <8 x float>*
  store <8 x float> %1339, <8 x float>* %1341, align 4
  %1342 = add i64 %1327, 14
  %1343 = mul i64 %1342, 8
  %1344 = load <8 x float>, <8 x float>* %65, align 32
  %1345 = fcmp ogt <8 x float> %1344, zeroinitializer
  %1346 = select <8 x i1> %1345, <8 x float> %1344, <8 x float> zeroinitializer
  %1347 = getelementptr inbounds float, float* %0, i64 %1343
  %1348 = bitcast float* %1347 to <8 x float>*
  store <8 x float> %1346, <8 x float>* %1348, align 4
  %1349 = add i64 %1327, 15
  %1350 = mul i64 %1349, 8
  %1351 = load <8 x float>, <8 x float>* %64, align 32
  %1352 = fcmp ogt <8 x float> %1351, zeroinitializer
  %1353 = select <8 x i1> %1352, <8 x float> %1351, <8 x float> zeroinitializer
  %1354 = getelementptr inbounds float, float* %0, i64 %1350
  %1355 = bitcast float* %1354 to <8 x float>*
  store <8 x float> %1353, <8 x float>* %1355, align 4
  %1356 = add i64 %1327, 16
  %1357 = mul i64 %1356, 8
  %1358 = load <8 x float>, <8 x float>* %63, align 32
  %1359 = fcmp ogt <8 x float> %1358, zeroinitializer
  %1360 = select <8 x i1> %1359, <8 x float> %1358, <8 x float> zeroinitializer
  %1361 = getelementptr inbounds float, float* %0, i64 %1357
  %1362 = bitcast float* %1361 to <8 x float>*
  store <8 x float> %1360, <8 x float>* %1362, align 4
  %1363 = add i64 %1327, 17
  %1364 = mul i64 %1363, 8
  %1365 = load <8 x float>, <8 x float>* %62, align 32
  %1366 = fcmp ogt <8 x float> %1365, zeroinitializer
  %1367 = select <8 x i1> %1366, <8 x float> %1365, <8 x float> zeroinitializer
  %1368 = getelementptr inbounds float, float* %0, i64 %1364
  %1369 = bitcast float* %1368 to <8 x float>*
  store <8 x float> %1367, <8 x float>* %1369, align 4
  %1370 = add i64 %108, 0
  %1371 = mul i64 %1370, 8
  %1372 = getelementptr inbounds float, float* %5, i64 %1371
  %1373 = bitcast float* %1372 to <8 x float>*
  %1374 = load <8 x float>, <8 x float>* %1373, align 4
  store <8 x float> %1374, <8 x float>* %61, align 32
  store <8 x float> %1374, <8 x float>* %60, align 32
  store <8 x float> %1374, <8 x float>* %59, align 32
  store <8 x float> %1374, <8 x float>* %58, align 32
  store <8 x float> %1374, <8 x float>* %57, align 32
  store <8 x float> %1374, <8 x float>* %56, align 32
  %1375 = add i64 %108, 1
  %1376 = mul i64 %1375, 8
  %1377 = getelementptr inbounds float, float* %5, i64 %1376
  %1378 = bitcast float* %1377 to <8 x float>*
  %1379 = load <8 x float>, <8 x float>* %1378, align 4
  store <8 x float> %1379, <8 x float>* %55, align 32
  store <8 x float> %1379, <8 x float>* %54, align 32
  store <8 x float> %1379, <8 x float>* %53, align 32
  store <8 x float> %1379, <8 x float>* %52, align 32
  store <8 x float> %1379, <8 x float>* %51, align 32
  store <8 x float> %1379, <8 x float>* %50, align 32
  %1380 = add i64 %114, 0
  %1381 = add i64 %112, %1380
  br label %u.header174

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next172, %kw.exit121 ]
  %1382 = icmp slt i64 %kh118, 3
  br i1 %1382, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1383 = mul i64 %kh118, 136
  %1384 = add i64 %1271, %1383
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next173 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next171, %kw.body120 ]
  %1385 = icmp slt i64 %kw122, 3
  br i1 %1385, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1386 = mul i64 %kw122, 8
  %1387 = add i64 %1384, %1386
  %1388 = mul i64 %kh118, 3
  %1389 = add i64 %1388, %kw122
  %1390 = mul i64 %1389, 64
  %1391 = add i64 %1273, %1390
  %1392 = add i64 %1391, 0
  %1393 = getelementptr inbounds float, float* %4, i64 %1392
  %1394 = bitcast float* %1393 to <8 x float>*
  %1395 = load <8 x float>, <8 x float>* %1394, align 4
  %1396 = add i64 %1391, 2304
  %1397 = getelementptr inbounds float, float* %4, i64 %1396
  %1398 = bitcast float* %1397 to <8 x float>*
  %1399 = load <8 x float>, <8 x float>* %1398, align 4
  %1400 = add i64 %1387, 96
  %1401 = getelementptr inbounds float, float* %2, i64 %1400
  %1402 = load float, float* %1401, align 4
  %1403 = insertelement <8 x float> undef, float %1402, i32 0
  %splat123 = shufflevector <8 x float> %1403, <8 x float> undef, <8 x i32> zeroinitializer
  %1404 = load <8 x float>, <8 x float>* %73, align 32
  %1405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1395, <8 x float> %1404)
  store <8 x float> %1405, <8 x float>* %73, align 32
  %1406 = load <8 x float>, <8 x float>* %67, align 32
  %1407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1399, <8 x float> %1406)
  store <8 x float> %1407, <8 x float>* %67, align 32
  %1408 = add i64 %1387, 104
  %1409 = getelementptr inbounds float, float* %2, i64 %1408
  %1410 = load float, float* %1409, align 4
  %1411 = insertelement <8 x float> undef, float %1410, i32 0
  %splat124 = shufflevector <8 x float> %1411, <8 x float> undef, <8 x i32> zeroinitializer
  %1412 = load <8 x float>, <8 x float>* %72, align 32
  %1413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1395, <8 x float> %1412)
  store <8 x float> %1413, <8 x float>* %72, align 32
  %1414 = load <8 x float>, <8 x float>* %66, align 32
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1399, <8 x float> %1414)
  store <8 x float> %1415, <8 x float>* %66, align 32
  %1416 = add i64 %1387, 112
  %1417 = getelementptr inbounds float, float* %2, i64 %1416
  %1418 = load float, float* %1417, align 4
  %1419 = insertelement <8 x float> undef, float %1418, i32 0
  %splat125 = shufflevector <8 x float> %1419, <8 x float> undef, <8 x i32> zeroinitializer
  %1420 = load <8 x float>, <8 x float>* %71, align 32
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1395, <8 x float> %1420)
  store <8 x float> %1421, <8 x float>* %71, align 32
  %1422 = load <8 x float>, <8 x float>* %65, align 32
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1399, <8 x float> %1422)
  store <8 x float> %1423, <8 x float>* %65, align 32
  %1424 = add i64 %1387, 136
  %1425 = getelementptr inbounds float, float* %2, i64 %1424
  %1426 = load float, float* %1425, align 4
  %1427 = insertelement <8 x float> undef, float %1426, i32 0
  %splat126 = shufflevector <8 x float> %1427, <8 x float> undef, <8 x i32> zeroinitializer
  %1428 = load <8 x float>, <8 x float>* %70, align 32
  %1429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1395, <8 x float> %1428)
  store <8 x float> %1429, <8 x float>* %70, align 32
  %1430 = load <8 x float>, <8 x float>* %64, align 32
  %1431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1399, <8 x float> %1430)
  store <8 x float> %1431, <8 x float>* %64, align 32
  %1432 = add i64 %1387, 144
  %1433 = getelementptr inbounds float, float* %2, i64 %1432
  %1434 = load float, float* %1433, align 4
  %1435 = insertelement <8 x float> undef, float %1434, i32 0
  %splat127 = shufflevector <8 x float> %1435, <8 x float> undef, <8 x i32> zeroinitializer
  %1436 = load <8 x float>, <8 x float>* %69, align 32
  %1437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1395, <8 x float> %1436)
  store <8 x float> %1437, <8 x float>* %69, align 32
  %1438 = load <8 x float>, <8 x float>* %63, align 32
  %1439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1399, <8 x float> %1438)
  store <8 x float> %1439, <8 x float>* %63, align 32
  %1440 = add i64 %1387, 152
  %1441 = getelementptr inbounds float, float* %2, i64 %1440
  %1442 = load float, float* %1441, align 4
  %1443 = insertelement <8 x float> undef, float %1442, i32 0
  %splat128 = shufflevector <8 x float> %1443, <8 x float> undef, <8 x i32> zeroinitializer
  %1444 = load <8 x float>, <8 x float>* %68, align 32
  %1445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1395, <8 x float> %1444)
  store <8 x float> %1445, <8 x float>* %68, align 32
  %1446 = load <8 x float>, <8 x float>* %62, align 32
  %1447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1399, <8 x float> %1446)
  store <8 x float> %1447, <8 x float>* %62, align 32
  %1448 = add i64 %1391, 8
  %1449 = getelementptr inbounds float, float* %4, i64 %1448
  %1450 = bitcast float* %1449 to <8 x float>*
  %1451 = load <8 x float>, <8 x float>* %1450, align 4
  %1452 = add i64 %1391, 2312
  %1453 = getelementptr inbounds float, float* %4, i64 %1452
  %1454 = bitcast float* %1453 to <8 x float>*
  %1455 = load <8 x float>, <8 x float>* %1454, align 4
  %1456 = add i64 %1387, 97
  %1457 = getelementptr inbounds float, float* %2, i64 %1456
  %1458 = load float, float* %1457, align 4
  %1459 = insertelement <8 x float> undef, float %1458, i32 0
  %splat129 = shufflevector <8 x float> %1459, <8 x float> undef, <8 x i32> zeroinitializer
  %1460 = load <8 x float>, <8 x float>* %73, align 32
  %1461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1451, <8 x float> %1460)
  store <8 x float> %1461, <8 x float>* %73, align 32
  %1462 = load <8 x float>, <8 x float>* %67, align 32
  %1463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1455, <8 x float> %1462)
  store <8 x float> %1463, <8 x float>* %67, align 32
  %1464 = add i64 %1387, 105
  %1465 = getelementptr inbounds float, float* %2, i64 %1464
  %1466 = load float, float* %1465, align 4
  %1467 = insertelement <8 x float> undef, float %1466, i32 0
  %splat130 = shufflevector <8 x float> %1467, <8 x float> undef, <8 x i32> zeroinitializer
  %1468 = load <8 x float>, <8 x float>* %72, align 32
  %1469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1451, <8 x float> %1468)
  store <8 x float> %1469, <8 x float>* %72, align 32
  %1470 = load <8 x float>, <8 x float>* %66, align 32
  %1471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1455, <8 x float> %1470)
  store <8 x float> %1471, <8 x float>* %66, align 32
  %1472 = add i64 %1387, 113
  %1473 = getelementptr inbounds float, float* %2, i64 %1472
  %1474 = load float, float* %1473, align 4
  %1475 = insertelement <8 x float> undef, float %1474, i32 0
  %splat131 = shufflevector <8 x float> %1475, <8 x float> undef, <8 x i32> zeroinitializer
  %1476 = load <8 x float>, <8 x float>* %71, align 32
  %1477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1451, <8 x float> %1476)
  store <8 x float> %1477, <8 x float>* %71, align 32
  %1478 = load <8 x float>, <8 x float>* %65, align 32
  %1479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1455, <8 x float> %1478)
  store <8 x float> %1479, <8 x float>* %65, align 32
  %1480 = add i64 %1387, 137
  %1481 = getelementptr inbounds float, float* %2, i64 %1480
  %1482 = load float, float* %1481, align 4
  %1483 = insertelement <8 x float> undef, float %1482, i32 0
  %splat132 = shufflevector <8 x float> %1483, <8 x float> undef, <8 x i32> zeroinitializer
  %1484 = load <8 x float>, <8 x float>* %70, align 32
  %1485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1451, <8 x float> %1484)
  store <8 x float> %1485, <8 x float>* %70, align 32
  %1486 = load <8 x float>, <8 x float>* %64, align 32
  %1487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1455, <8 x float> %1486)
  store <8 x float> %1487, <8 x float>* %64, align 32
  %1488 = add i64 %1387, 145
  %1489 = getelementptr inbounds float, float* %2, i64 %1488
  %1490 = load float, float* %1489, align 4
  %1491 = insertelement <8 x float> undef, float %1490, i32 0
  %splat133 = shufflevector <8 x float> %1491, <8 x float> undef, <8 x i32> zeroinitializer
  %1492 = load <8 x float>, <8 x float>* %69, align 32
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1451, <8 x float> %1492)
  store <8 x float> %1493, <8 x float>* %69, align 32
  %1494 = load <8 x float>, <8 x float>* %63, align 32
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1455, <8 x float> %1494)
  store <8 x float> %1495, <8 x float>* %63, align 32
  %1496 = add i64 %1387, 153
  %1497 = getelementptr inbounds float, float* %2, i64 %1496
  %1498 = load float, float* %1497, align 4
  %1499 = insertelement <8 x float> undef, float %1498, i32 0
  %splat134 = shufflevector <8 x float> %1499, <8 x float> undef, <8 x i32> zeroinitializer
  %1500 = load <8 x float>, <8 x float>* %68, align 32
  %1501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1451, <8 x float> %1500)
  store <8 x float> %1501, <8 x float>* %68, align 32
  %1502 = load <8 x float>, <8 x float>* %62, align 32
  %1503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1455, <8 x float> %1502)
  store <8 x float> %1503, <8 x float>* %62, align 32
  %1504 = add i64 %1391, 16
  %1505 = getelementptr inbounds float, float* %4, i64 %1504
  %1506 = bitcast float* %1505 to <8 x float>*
  %1507 = load <8 x float>, <8 x float>* %1506, align 4
  %1508 = add i64 %1391, 2320
  %1509 = getelementptr inbounds float, float* %4, i64 %1508
  %1510 = bitcast float* %1509 to <8 x float>*
  %1511 = load <8 x float>, <8 x float>* %1510, align 4
  %1512 = add i64 %1387, 98
  %1513 = getelementptr inbounds float, float* %2, i64 %1512
  %1514 = load float, float* %1513, align 4
  %1515 = insertelement <8 x float> undef, float %1514, i32 0
  %splat135 = shufflevector <8 x float> %1515, <8 x float> undef, <8 x i32> zeroinitializer
  %1516 = load <8 x float>, <8 x float>* %73, align 32
  %1517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1507, <8 x float> %1516)
  store <8 x float> %1517, <8 x float>* %73, align 32
  %1518 = load <8 x float>, <8 x float>* %67, align 32
  %1519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1511, <8 x float> %1518)
  store <8 x float> %1519, <8 x float>* %67, align 32
  %1520 = add i64 %1387, 106
  %1521 = getelementptr inbounds float, float* %2, i64 %1520
  %1522 = load float, float* %1521, align 4
  %1523 = insertelement <8 x float> undef, float %1522, i32 0
  %splat136 = shufflevector <8 x float> %1523, <8 x float> undef, <8 x i32> zeroinitializer
  %1524 = load <8 x float>, <8 x float>* %72, align 32
  %1525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1507, <8 x float> %1524)
  store <8 x float> %1525, <8 x float>* %72, align 32
  %1526 = load <8 x float>, <8 x float>* %66, align 32
  %1527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1511, <8 x float> %1526)
  store <8 x float> %1527, <8 x float>* %66, align 32
  %1528 = add i64 %1387, 114
  %1529 = getelementptr inbounds float, float* %2, i64 %1528
  %1530 = load float, float* %1529, align 4
  %1531 = insertelement <8 x float> undef, float %1530, i32 0
  %splat137 = shufflevector <8 x float> %1531, <8 x float> undef, <8 x i32> zeroinitializer
  %1532 = load <8 x float>, <8 x float>* %71, align 32
  %1533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1507, <8 x float> %1532)
  store <8 x float> %1533, <8 x float>* %71, align 32
  %1534 = load <8 x float>, <8 x float>* %65, align 32
  %1535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1511, <8 x float> %1534)
  store <8 x float> %1535, <8 x float>* %65, align 32
  %1536 = add i64 %1387, 138
  %1537 = getelementptr inbounds float, float* %2, i64 %1536
  %1538 = load float, float* %1537, align 4
  %1539 = insertelement <8 x float> undef, float %1538, i32 0
  %splat138 = shufflevector <8 x float> %1539, <8 x float> undef, <8 x i32> zeroinitializer
  %1540 = load <8 x float>, <8 x float>* %70, align 32
  %1541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1507, <8 x float> %1540)
  store <8 x float> %1541, <8 x float>* %70, align 32
  %1542 = load <8 x float>, <8 x float>* %64, align 32
  %1543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1511, <8 x float> %1542)
  store <8 x float> %1543, <8 x float>* %64, align 32
  %1544 = add i64 %1387, 146
  %1545 = getelementptr inbounds float, float* %2, i64 %1544
  %1546 = load float, float* %1545, align 4
  %1547 = insertelement <8 x float> undef, float %1546, i32 0
  %splat139 = shufflevector <8 x float> %1547, <8 x float> undef, <8 x i32> zeroinitializer
  %1548 = load <8 x float>, <8 x float>* %69, align 32
  %1549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1507, <8 x float> %1548)
  store <8 x float> %1549, <8 x float>* %69, align 32
  %1550 = load <8 x float>, <8 x float>* %63, align 32
  %1551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1511, <8 x float> %1550)
  store <8 x float> %1551, <8 x float>* %63, align 32
  %1552 = add i64 %1387, 154
  %1553 = getelementptr inbounds float, float* %2, i64 %1552
  %1554 = load float, float* %1553, align 4
  %1555 = insertelement <8 x float> undef, float %1554, i32 0
  %splat140 = shufflevector <8 x float> %1555, <8 x float> undef, <8 x i32> zeroinitializer
  %1556 = load <8 x float>, <8 x float>* %68, align 32
  %1557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1507, <8 x float> %1556)
  store <8 x float> %1557, <8 x float>* %68, align 32
  %1558 = load <8 x float>, <8 x float>* %62, align 32
  %1559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1511, <8 x float> %1558)
  store <8 x float> %1559, <8 x float>* %62, align 32
  %1560 = add i64 %1391, 24
  %1561 = getelementptr inbounds float, float* %4, i64 %1560
  %1562 = bitcast float* %1561 to <8 x float>*
  %1563 = load <8 x float>, <8 x float>* %1562, align 4
  %1564 = add i64 %1391, 2328
  %1565 = getelementptr inbounds float, float* %4, i64 %1564
  %1566 = bitcast float* %1565 to <8 x float>*
  %1567 = load <8 x float>, <8 x float>* %1566, align 4
  %1568 = add i64 %1387, 99
  %1569 = getelementptr inbounds float, float* %2, i64 %1568
  %1570 = load float, float* %1569, align 4
  %1571 = insertelement <8 x float> undef, float %1570, i32 0
  %splat141 = shufflevector <8 x float> %1571, <8 x float> undef, <8 x i32> zeroinitializer
  %1572 = load <8 x float>, <8 x float>* %73, align 32
  %1573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1563, <8 x float> %1572)
  store <8 x float> %1573, <8 x float>* %73, align 32
  %1574 = load <8 x float>, <8 x float>* %67, align 32
  %1575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1567, <8 x float> %1574)
  store <8 x float> %1575, <8 x float>* %67, align 32
  %1576 = add i64 %1387, 107
  %1577 = getelementptr inbounds float, float* %2, i64 %1576
  %1578 = load float, float* %1577, align 4
  %1579 = insertelement <8 x float> undef, float %1578, i32 0
  %splat142 = shufflevector <8 x float> %1579, <8 x float> undef, <8 x i32> zeroinitializer
  %1580 = load <8 x float>, <8 x float>* %72, align 32
  %1581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1563, <8 x float> %1580)
  store <8 x float> %1581, <8 x float>* %72, align 32
  %1582 = load <8 x float>, <8 x float>* %66, align 32
  %1583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1567, <8 x float> %1582)
  store <8 x float> %1583, <8 x float>* %66, align 32
  %1584 = add i64 %1387, 115
  %1585 = getelementptr inbounds float, float* %2, i64 %1584
  %1586 = load float, float* %1585, align 4
  %1587 = insertelement <8 x float> undef, float %1586, i32 0
  %splat143 = shufflevector <8 x float> %1587, <8 x float> undef, <8 x i32> zeroinitializer
  %1588 = load <8 x float>, <8 x float>* %71, align 32
  %1589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1563, <8 x float> %1588)
  store <8 x float> %1589, <8 x float>* %71, align 32
  %1590 = load <8 x float>, <8 x float>* %65, align 32
  %1591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1567, <8 x float> %1590)
  store <8 x float> %1591, <8 x float>* %65, align 32
  %1592 = add i64 %1387, 139
  %1593 = getelementptr inbounds float, float* %2, i64 %1592
  %1594 = load float, float* %1593, align 4
  %1595 = insertelement <8 x float> undef, float %1594, i32 0
  %splat144 = shufflevector <8 x float> %1595, <8 x float> undef, <8 x i32> zeroinitializer
  %1596 = load <8 x float>, <8 x float>* %70, align 32
  %1597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1563, <8 x float> %1596)
  store <8 x float> %1597, <8 x float>* %70, align 32
  %1598 = load <8 x float>, <8 x float>* %64, align 32
  %1599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1567, <8 x float> %1598)
  store <8 x float> %1599, <8 x float>* %64, align 32
  %1600 = add i64 %1387, 147
  %1601 = getelementptr inbounds float, float* %2, i64 %1600
  %1602 = load float, float* %1601, align 4
  %1603 = insertelement <8 x float> undef, float %1602, i32 0
  %splat145 = shufflevector <8 x float> %1603, <8 x float> undef, <8 x i32> zeroinitializer
  %1604 = load <8 x float>, <8 x float>* %69, align 32
  %1605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1563, <8 x float> %1604)
  store <8 x float> %1605, <8 x float>* %69, align 32
  %1606 = load <8 x float>, <8 x float>* %63, align 32
  %1607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1567, <8 x float> %1606)
  store <8 x float> %1607, <8 x float>* %63, align 32
  %1608 = add i64 %1387, 155
  %1609 = getelementptr inbounds float, float* %2, i64 %1608
  %1610 = load float, float* %1609, align 4
  %1611 = insertelement <8 x float> undef, float %1610, i32 0
  %splat146 = shufflevector <8 x float> %1611, <8 x float> undef, <8 x i32> zeroinitializer
  %1612 = load <8 x float>, <8 x float>* %68, align 32
  %1613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1563, <8 x float> %1612)
  store <8 x float> %1613, <8 x float>* %68, align 32
  %1614 = load <8 x float>, <8 x float>* %62, align 32
  %1615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1567, <8 x float> %1614)
  store <8 x float> %1615, <8 x float>* %62, align 32
  %1616 = add i64 %1391, 32
  %1617 = getelementptr inbounds float, float* %4, i64 %1616
  %1618 = bitcast float* %1617 to <8 x float>*
  %1619 = load <8 x float>, <8 x float>* %1618, align 4
  %1620 = add i64 %1391, 2336
  %1621 = getelementptr inbounds float, float* %4, i64 %1620
  %1622 = bitcast float* %1621 to <8 x float>*
  %1623 = load <8 x float>, <8 x float>* %1622, align 4
  %1624 = add i64 %1387, 100
  %1625 = getelementptr inbounds float, float* %2, i64 %1624
  %1626 = load float, float* %1625, align 4
  %1627 = insertelement <8 x float> undef, float %1626, i32 0
  %splat147 = shufflevector <8 x float> %1627, <8 x float> undef, <8 x i32> zeroinitializer
  %1628 = load <8 x float>, <8 x float>* %73, align 32
  %1629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1619, <8 x float> %1628)
  store <8 x float> %1629, <8 x float>* %73, align 32
  %1630 = load <8 x float>, <8 x float>* %67, align 32
  %1631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1623, <8 x float> %1630)
  store <8 x float> %1631, <8 x float>* %67, align 32
  %1632 = add i64 %1387, 108
  %1633 = getelementptr inbounds float, float* %2, i64 %1632
  %1634 = load float, float* %1633, align 4
  %1635 = insertelement <8 x float> undef, float %1634, i32 0
  %splat148 = shufflevector <8 x float> %1635, <8 x float> undef, <8 x i32> zeroinitializer
  %1636 = load <8 x float>, <8 x float>* %72, align 32
  %1637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1619, <8 x float> %1636)
  store <8 x float> %1637, <8 x float>* %72, align 32
  %1638 = load <8 x float>, <8 x float>* %66, align 32
  %1639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1623, <8 x float> %1638)
  store <8 x float> %1639, <8 x float>* %66, align 32
  %1640 = add i64 %1387, 116
  %1641 = getelementptr inbounds float, float* %2, i64 %1640
  %1642 = load float, float* %1641, align 4
  %1643 = insertelement <8 x float> undef, float %1642, i32 0
  %splat149 = shufflevector <8 x float> %1643, <8 x float> undef, <8 x i32> zeroinitializer
  %1644 = load <8 x float>, <8 x float>* %71, align 32
  %1645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1619, <8 x float> %1644)
  store <8 x float> %1645, <8 x float>* %71, align 32
  %1646 = load <8 x float>, <8 x float>* %65, align 32
  %1647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1623, <8 x float> %1646)
  store <8 x float> %1647, <8 x float>* %65, align 32
  %1648 = add i64 %1387, 140
  %1649 = getelementptr inbounds float, float* %2, i64 %1648
  %1650 = load float, float* %1649, align 4
  %1651 = insertelement <8 x float> undef, float %1650, i32 0
  %splat150 = shufflevector <8 x float> %1651, <8 x float> undef, <8 x i32> zeroinitializer
  %1652 = load <8 x float>, <8 x float>* %70, align 32
  %1653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1619, <8 x float> %1652)
  store <8 x float> %1653, <8 x float>* %70, align 32
  %1654 = load <8 x float>, <8 x float>* %64, align 32
  %1655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1623, <8 x float> %1654)
  store <8 x float> %1655, <8 x float>* %64, align 32
  %1656 = add i64 %1387, 148
  %1657 = getelementptr inbounds float, float* %2, i64 %1656
  %1658 = load float, float* %1657, align 4
  %1659 = insertelement <8 x float> undef, float %1658, i32 0
  %splat151 = shufflevector <8 x float> %1659, <8 x float> undef, <8 x i32> zeroinitializer
  %1660 = load <8 x float>, <8 x float>* %69, align 32
  %1661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1619, <8 x float> %1660)
  store <8 x float> %1661, <8 x float>* %69, align 32
  %1662 = load <8 x float>, <8 x float>* %63, align 32
  %1663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1623, <8 x float> %1662)
  store <8 x float> %1663, <8 x float>* %63, align 32
  %1664 = add i64 %1387, 156
  %1665 = getelementptr inbounds float, float* %2, i64 %1664
  %1666 = load float, float* %1665, align 4
  %1667 = insertelement <8 x float> undef, float %1666, i32 0
  %splat152 = shufflevector <8 x float> %1667, <8 x float> undef, <8 x i32> zeroinitializer
  %1668 = load <8 x float>, <8 x float>* %68, align 32
  %1669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1619, <8 x float> %1668)
  store <8 x float> %1669, <8 x float>* %68, align 32
  %1670 = load <8 x float>, <8 x float>* %62, align 32
  %1671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1623, <8 x float> %1670)
  store <8 x float> %1671, <8 x float>* %62, align 32
  %1672 = add i64 %1391, 40
  %1673 = getelementptr inbounds float, float* %4, i64 %1672
  %1674 = bitcast float* %1673 to <8 x float>*
  %1675 = load <8 x float>, <8 x float>* %1674, align 4
  %1676 = add i64 %1391, 2344
  %1677 = getelementptr inbounds float, float* %4, i64 %1676
  %1678 = bitcast float* %1677 to <8 x float>*
  %1679 = load <8 x float>, <8 x float>* %1678, align 4
  %1680 = add i64 %1387, 101
  %1681 = getelementptr inbounds float, float* %2, i64 %1680
  %1682 = load float, float* %1681, align 4
  %1683 = insertelement <8 x float> undef, float %1682, i32 0
  %splat153 = shufflevector <8 x float> %1683, <8 x float> undef, <8 x i32> zeroinitializer
  %1684 = load <8 x float>, <8 x float>* %73, align 32
  %1685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1675, <8 x float> %1684)
  store <8 x float> %1685, <8 x float>* %73, align 32
  %1686 = load <8 x float>, <8 x float>* %67, align 32
  %1687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1679, <8 x float> %1686)
  store <8 x float> %1687, <8 x float>* %67, align 32
  %1688 = add i64 %1387, 109
  %1689 = getelementptr inbounds float, float* %2, i64 %1688
  %1690 = load float, float* %1689, align 4
  %1691 = insertelement <8 x float> undef, float %1690, i32 0
  %splat154 = shufflevector <8 x float> %1691, <8 x float> undef, <8 x i32> zeroinitializer
  %1692 = load <8 x float>, <8 x float>* %72, align 32
  %1693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1675, <8 x float> %1692)
  store <8 x float> %1693, <8 x float>* %72, align 32
  %1694 = load <8 x float>, <8 x float>* %66, align 32
  %1695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1679, <8 x float> %1694)
  store <8 x float> %1695, <8 x float>* %66, align 32
  %1696 = add i64 %1387, 117
  %1697 = getelementptr inbounds float, float* %2, i64 %1696
  %1698 = load float, float* %1697, align 4
  %1699 = insertelement <8 x float> undef, float %1698, i32 0
  %splat155 = shufflevector <8 x float> %1699, <8 x float> undef, <8 x i32> zeroinitializer
  %1700 = load <8 x float>, <8 x float>* %71, align 32
  %1701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1675, <8 x float> %1700)
  store <8 x float> %1701, <8 x float>* %71, align 32
  %1702 = load <8 x float>, <8 x float>* %65, align 32
  %1703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1679, <8 x float> %1702)
  store <8 x float> %1703, <8 x float>* %65, align 32
  %1704 = add i64 %1387, 141
  %1705 = getelementptr inbounds float, float* %2, i64 %1704
  %1706 = load float, float* %1705, align 4
  %1707 = insertelement <8 x float> undef, float %1706, i32 0
  %splat156 = shufflevector <8 x float> %1707, <8 x float> undef, <8 x i32> zeroinitializer
  %1708 = load <8 x float>, <8 x float>* %70, align 32
  %1709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1675, <8 x float> %1708)
  store <8 x float> %1709, <8 x float>* %70, align 32
  %1710 = load <8 x float>, <8 x float>* %64, align 32
  %1711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1679, <8 x float> %1710)
  store <8 x float> %1711, <8 x float>* %64, align 32
  %1712 = add i64 %1387, 149
  %1713 = getelementptr inbounds float, float* %2, i64 %1712
  %1714 = load float, float* %1713, align 4
  %1715 = insertelement <8 x float> undef, float %1714, i32 0
  %splat157 = shufflevector <8 x float> %1715, <8 x float> undef, <8 x i32> zeroinitializer
  %1716 = load <8 x float>, <8 x float>* %69, align 32
  %1717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1675, <8 x float> %1716)
  store <8 x float> %1717, <8 x float>* %69, align 32
  %1718 = load <8 x float>, <8 x float>* %63, align 32
  %1719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1679, <8 x float> %1718)
  store <8 x float> %1719, <8 x float>* %63, align 32
  %1720 = add i64 %1387, 157
  %1721 = getelementptr inbounds float, float* %2, i64 %1720
  %1722 = load float, float* %1721, align 4
  %1723 = insertelement <8 x float> undef, float %1722, i32 0
  %splat158 = shufflevector <8 x float> %1723, <8 x float> undef, <8 x i32> zeroinitializer
  %1724 = load <8 x float>, <8 x float>* %68, align 32
  %1725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1675, <8 x float> %1724)
  store <8 x float> %1725, <8 x float>* %68, align 32
  %1726 = load <8 x float>, <8 x float>* %62, align 32
  %1727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1679, <8 x float> %1726)
  store <8 x float> %1727, <8 x float>* %62, align 32
  %1728 = add i64 %1391, 48
  %1729 = getelementptr inbounds float, float* %4, i64 %1728
  %1730 = bitcast float* %1729 to <8 x float>*
  %1731 = load <8 x float>, <8 x float>* %1730, align 4
  %1732 = add i64 %1391, 2352
  %1733 = getelementptr inbounds float, float* %4, i64 %1732
  %1734 = bitcast float* %1733 to <8 x float>*
  %1735 = load <8 x float>, <8 x float>* %1734, align 4
  %1736 = add i64 %1387, 102
  %1737 = getelementptr inbounds float, float* %2, i64 %1736
  %1738 = load float, float* %1737, align 4
  %1739 = insertelement <8 x float> undef, float %1738, i32 0
  %splat159 = shufflevector <8 x float> %1739, <8 x float> undef, <8 x i32> zeroinitializer
  %1740 = load <8 x float>, <8 x float>* %73, align 32
  %1741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1731, <8 x float> %1740)
  store <8 x float> %1741, <8 x float>* %73, align 32
  %1742 = load <8 x float>, <8 x float>* %67, align 32
  %1743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1735, <8 x float> %1742)
  store <8 x float> %1743, <8 x float>* %67, align 32
  %1744 = add i64 %1387, 110
  %1745 = getelementptr inbounds float, float* %2, i64 %1744
  %1746 = load float, float* %1745, align 4
  %1747 = insertelement <8 x float> undef, float %1746, i32 0
  %splat160 = shufflevector <8 x float> %1747, <8 x float> undef, <8 x i32> zeroinitializer
  %1748 = load <8 x float>, <8 x float>* %72, align 32
  %1749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1731, <8 x float> %1748)
  store <8 x float> %1749, <8 x float>* %72, align 32
  %1750 = load <8 x float>, <8 x float>* %66, align 32
  %1751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1735, <8 x float> %1750)
  store <8 x float> %1751, <8 x float>* %66, align 32
  %1752 = add i64 %1387, 118
  %1753 = getelementptr inbounds float, float* %2, i64 %1752
  %1754 = load float, float* %1753, align 4
  %1755 = insertelement <8 x float> undef, float %1754, i32 0
  %splat161 = shufflevector <8 x float> %1755, <8 x float> undef, <8 x i32> zeroinitializer
  %1756 = load <8 x float>, <8 x float>* %71, align 32
  %1757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1731, <8 x float> %1756)
  store <8 x float> %1757, <8 x float>* %71, align 32
  %1758 = load <8 x float>, <8 x float>* %65, align 32
  %1759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1735, <8 x float> %1758)
  store <8 x float> %1759, <8 x float>* %65, align 32
  %1760 = add i64 %1387, 142
  %1761 = getelementptr inbounds float, float* %2, i64 %1760
  %1762 = load float, float* %1761, align 4
  %1763 = insertelement <8 x float> undef, float %1762, i32 0
  %splat162 = shufflevector <8 x float> %1763, <8 x float> undef, <8 x i32> zeroinitializer
  %1764 = load <8 x float>, <8 x float>* %70, align 32
  %1765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1731, <8 x float> %1764)
  store <8 x float> %1765, <8 x float>* %70, align 32
  %1766 = load <8 x float>, <8 x float>* %64, align 32
  %1767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1735, <8 x float> %1766)
  store <8 x float> %1767, <8 x float>* %64, align 32
  %1768 = add i64 %1387, 150
  %1769 = getelementptr inbounds float, float* %2, i64 %1768
  %1770 = load float, float* %1769, align 4
  %1771 = insertelement <8 x float> undef, float %1770, i32 0
  %splat163 = shufflevector <8 x float> %1771, <8 x float> undef, <8 x i32> zeroinitializer
  %1772 = load <8 x float>, <8 x float>* %69, align 32
  %1773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1731, <8 x float> %1772)
  store <8 x float> %1773, <8 x float>* %69, align 32
  %1774 = load <8 x float>, <8 x float>* %63, align 32
  %1775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1735, <8 x float> %1774)
  store <8 x float> %1775, <8 x float>* %63, align 32
  %1776 = add i64 %1387, 158
  %1777 = getelementptr inbounds float, float* %2, i64 %1776
  %1778 = load float, float* %1777, align 4
  %1779 = insertelement <8 x float> undef, float %1778, i32 0
  %splat164 = shufflevector <8 x float> %1779, <8 x float> undef, <8 x i32> zeroinitializer
  %1780 = load <8 x float>, <8 x float>* %68, align 32
  %1781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1731, <8 x float> %1780)
  store <8 x float> %1781, <8 x float>* %68, align 32
  %1782 = load <8 x float>, <8 x float>* %62, align 32
  %1783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1735, <8 x float> %1782)
  store <8 x float> %1783, <8 x float>* %62, align 32
  %1784 = add i64 %1391, 56
  %1785 = getelementptr inbounds float, float* %4, i64 %1784
  %1786 = bitcast float* %1785 to <8 x float>*
  %1787 = load <8 x float>, <8 x float>* %1786, align 4
  %1788 = add i64 %1391, 2360
  %1789 = getelementptr inbounds float, float* %4, i64 %1788
  %1790 = bitcast float* %1789 to <8 x float>*
  %1791 = load <8 x float>, <8 x float>* %1790, align 4
  %1792 = add i64 %1387, 103
  %1793 = getelementptr inbounds float, float* %2, i64 %1792
  %1794 = load float, float* %1793, align 4
  %1795 = insertelement <8 x float> undef, float %1794, i32 0
  %splat165 = shufflevector <8 x float> %1795, <8 x float> undef, <8 x i32> zeroinitializer
  %1796 = load <8 x float>, <8 x float>* %73, align 32
  %1797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1787, <8 x float> %1796)
  store <8 x float> %1797, <8 x float>* %73, align 32
  %1798 = load <8 x float>, <8 x float>* %67, align 32
  %1799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1791, <8 x float> %1798)
  store <8 x float> %1799, <8 x float>* %67, align 32
  %1800 = add i64 %1387, 111
  %1801 = getelementptr inbounds float, float* %2, i64 %1800
  %1802 = load float, float* %1801, align 4
  %1803 = insertelement <8 x float> undef, float %1802, i32 0
  %splat166 = shufflevector <8 x float> %1803, <8 x float> undef, <8 x i32> zeroinitializer
  %1804 = load <8 x float>, <8 x float>* %72, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1787, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %72, align 32
  %1806 = load <8 x float>, <8 x float>* %66, align 32
  %1807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1791, <8 x float> %1806)
  store <8 x float> %1807, <8 x float>* %66, align 32
  %1808 = add i64 %1387, 119
  %1809 = getelementptr inbounds float, float* %2, i64 %1808
  %1810 = load float, float* %1809, align 4
  %1811 = insertelement <8 x float> undef, float %1810, i32 0
  %splat167 = shufflevector <8 x float> %1811, <8 x float> undef, <8 x i32> zeroinitializer
  %1812 = load <8 x float>, <8 x float>* %71, align 32
  %1813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1787, <8 x float> %1812)
  store <8 x float> %1813, <8 x float>* %71, align 32
  %1814 = load <8 x float>, <8 x float>* %65, align 32
  %1815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1791, <8 x float> %1814)
  store <8 x float> %1815, <8 x float>* %65, align 32
  %1816 = add i64 %1387, 143
  %1817 = getelementptr inbounds float, float* %2, i64 %1816
  %1818 = load float, float* %1817, align 4
  %1819 = insertelement <8 x float> undef, float %1818, i32 0
  %splat168 = shufflevector <8 x float> %1819, <8 x float> undef, <8 x i32> zeroinitializer
  %1820 = load <8 x float>, <8 x float>* %70, align 32
  %1821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1787, <8 x float> %1820)
  store <8 x float> %1821, <8 x float>* %70, align 32
  %1822 = load <8 x float>, <8 x float>* %64, align 32
  %1823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1791, <8 x float> %1822)
  store <8 x float> %1823, <8 x float>* %64, align 32
  %1824 = add i64 %1387, 151
  %1825 = getelementptr inbounds float, float* %2, i64 %1824
  %1826 = load float, float* %1825, align 4
  %1827 = insertelement <8 x float> undef, float %1826, i32 0
  %splat169 = shufflevector <8 x float> %1827, <8 x float> undef, <8 x i32> zeroinitializer
  %1828 = load <8 x float>, <8 x float>* %69, align 32
  %1829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1787, <8 x float> %1828)
  store <8 x float> %1829, <8 x float>* %69, align 32
  %1830 = load <8 x float>, <8 x float>* %63, align 32
  %1831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1791, <8 x float> %1830)
  store <8 x float> %1831, <8 x float>* %63, align 32
  %1832 = add i64 %1387, 159
  %1833 = getelementptr inbounds float, float* %2, i64 %1832
  %1834 = load float, float* %1833, align 4
  %1835 = insertelement <8 x float> undef, float %1834, i32 0
  %splat170 = shufflevector <8 x float> %1835, <8 x float> undef, <8 x i32> zeroinitializer
  %1836 = load <8 x float>, <8 x float>* %68, align 32
  %1837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1787, <8 x float> %1836)
  store <8 x float> %1837, <8 x float>* %68, align 32
  %1838 = load <8 x float>, <8 x float>* %62, align 32
  %1839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1791, <8 x float> %1838)
  store <8 x float> %1839, <8 x float>* %62, align 32
  %kw.next171 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next172 = add i64 %kh118, 1
  br label %kh.header115

u.header174:                                      ; preds = %kh.exit180, %u.exit113
  %u177 = phi i64 [ 0, %u.exit113 ], [ %u.next236, %kh.exit180 ]
  %1840 = icmp slt i64 %u177, 4
  br i1 %1840, label %u.body175, label %u.exit176

u.body175:                                        ; preds = %u.header174
  %1841 = mul i64 %u177, 2312
  %1842 = add i64 %1381, %1841
  %1843 = mul i64 %u177, 576
  %1844 = add i64 %113, %1843
  br label %kh.header178

u.exit176:                                        ; preds = %u.header174
  %1845 = mul i64 %105, 8
  %1846 = add i64 %1845, %108
  %1847 = add i64 %1846, 0
  %1848 = mul i64 %1847, 15
  %1849 = add i64 %1848, %102
  %1850 = mul i64 %1849, 15
  %1851 = add i64 %1850, 18
  %1852 = mul i64 %1851, 8
  %1853 = load <8 x float>, <8 x float>* %61, align 32
  %1854 = fcmp ogt <8 x float> %1853, zeroinitializer
  %1855 = select <8 x i1> %1854, <8 x float> %1853, <8 x float> zeroinitializer
  %1856 = getelementptr inbounds float, float* %0, i64 %1852
  %1857 = bitcast float* %1856 to <8 x float>*
  store <8 x float> %1855, <8 x float>* %1857, align 4
  %1858 = add i64 %1850, 19
  %1859 = mul i64 %1858, 8
  %1860 = load <8 x float>, <8 x float>* %60, align 32
  %1861 = fcmp ogt <8 x float> %1860, zeroinitializer
  %1862 = select <8 x i1> %1861, <8 x float> %1860, <8 x float> zeroinitializer
  %1863 = getelementptr inbounds float, float* %0, i64 %1859
  %1864 = bitcast float* %1863 to <8 x float>*
  store <8 x float> %1862, <8 x float>* %1864, align 4
  %1865 = add i64 %1850, 20
  %1866 = mul i64 %1865, 8
  %1867 = load <8 x float>, <8 x float>* %59, align 32
  %1868 = fcmp ogt <8 x float> %1867, zeroinitializer
  %1869 = select <8 x i1> %1868, <8 x float> %1867, <8 x float> zeroinitializer
  %1870 = getelementptr inbounds float, float* %0, i64 %1866
  %1871 = bitcast float* %1870 to <8 x float>*
  store <8 x float> %1869, <8 x float>* %1871, align 4
  %1872 = add i64 %1850, 21
  %1873 = mul i64 %1872, 8
  %1874 = load <8 x float>, <8 x float>* %58, align 32
  %1875 = fcmp ogt <8 x float> %1874, zeroinitializer
  %1876 = select <8 x i1> %1875, <8 x float> %1874, <8 x float> zeroinitializer
  %1877 = getelementptr inbounds float, float* %0, i64 %1873
  %1878 = bitcast float* %1877 to <8 x float>*
  store <8 x float> %1876, <8 x float>* %1878, align 4
  %1879 = add i64 %1850, 22
  %1880 = mul i64 %1879, 8
  %1881 = load <8 x float>, <8 x float>* %57, align 32
  %1882 = fcmp ogt <8 x float> %1881, zeroinitializer
  %1883 = select <8 x i1> %1882, <8 x float> %1881, <8 x float> zeroinitializer
  %1884 = getelementptr inbounds float, float* %0, i64 %1880
  %1885 = bitcast float* %1884 to <8 x float>*
  store <8 x float> %1883, <8 x float>* %1885, align 4
  %1886 = add i64 %1850, 23
  %1887 = mul i64 %1886, 8
  %1888 = load <8 x float>, <8 x float>* %56, align 32
  %1889 = fcmp ogt <8 x float> %1888, zeroinitializer
  %1890 = select <8 x i1> %1889, <8 x float> %1888, <8 x float> zeroinitializer
  %1891 = getelementptr inbounds float, float* %0, i64 %1887
  %1892 = bitcast float* %1891 to <8 x float>*
  store <8 x float> %1890, <8 x float>* %1892, align 4
  %1893 = mul i64 %105, 8
  %1894 = add i64 %1893, %108
  %1895 = add i64 %1894, 1
  %1896 = mul i64 %1895, 15
  %1897 = add i64 %1896, %102
  %1898 = mul i64 %1897, 15
  %1899 = add i64 %1898, 18
  %1900 = mul i64 %1899, 8
  %1901 = load <8 x float>, <8 x float>* %55, align 32
  %1902 = fcmp ogt <8 x float> %1901, zeroinitializer
  %1903 = select <8 x i1> %1902, <8 x float> %1901, <8 x float> zeroinitializer
  %1904 = getelementptr inbounds float, float* %0, i64 %1900
  %1905 = bitcast float* %1904 to <8 x float>*
  store <8 x float> %1903, <8 x float>* %1905, align 4
  %1906 = add i64 %1898, 19
  %1907 = mul i64 %1906, 8
  %1908 = load <8 x float>, <8 x float>* %54, align 32
  %1909 = fcmp ogt <8 x float> %1908, zeroinitializer
  %1910 = select <8 x i1> %1909, <8 x float> %1908, <8 x float> zeroinitializer
  %1911 = getelementptr inbounds float, float* %0, i64 %1907
  %1912 = bitcast float* %1911 to <8 x float>*
  store <8 x float> %1910, <8 x float>* %1912, align 4
  %1913 = add i64 %1898, 20
  %1914 = mul i64 %1913, 8
  %1915 = load <8 x float>, <8 x float>* %53, align 32
  %1916 = fcmp ogt <8 x float> %1915, zeroinitializer
  %1917 = select <8 x i1> %1916, <8 x float> %1915, <8 x float> zeroinitializer
  %1918 = getelementptr inbounds float, float* %0, i64 %1914
  %1919 = bitcast float* %1918 to <8 x float>*
  store <8 x float> %1917, <8 x float>* %1919, align 4
  %1920 = add i64 %1898, 21
  %1921 = mul i64 %1920, 8
  %1922 = load <8 x float>, <8 x float>* %52, align 32
  %1923 = fcmp ogt <8 x float> %1922, zeroinitializer
  %1924 = select <8 x i1> %1923, <8 x float> %1922, <8 x float> zeroinitializer
  %1925 = getelementptr inbounds float, float* %0, i64 %1921
  %1926 = bitcast float* %1925 to <8 x float>*
  store <8 x float> %1924, <8 x float>* %1926, align 4
  %1927 = add i64 %1898, 22
  %1928 = mul i64 %1927, 8
  %1929 = load <8 x float>, <8 x float>* %51, align 32
  %1930 = fcmp ogt <8 x float> %1929, zeroinitializer
  %1931 = select <8 x i1> %1930, <8 x float> %1929, <8 x float> zeroinitializer
  %1932 = getelementptr inbounds float, float* %0, i64 %1928
  %1933 = bitcast float* %1932 to <8 x float>*
  store <8 x float> %1931, <8 x float>* %1933, align 4
  %1934 = add i64 %1898, 23
  %1935 = mul i64 %1934, 8
  %1936 = load <8 x float>, <8 x float>* %50, align 32
  %1937 = fcmp ogt <8 x float> %1936, zeroinitializer
  %1938 = select <8 x i1> %1937, <8 x float> %1936, <8 x float> zeroinitializer
  %1939 = getelementptr inbounds float, float* %0, i64 %1935
  %1940 = bitcast float* %1939 to <8 x float>*
  store <8 x float> %1938, <8 x float>* %1940, align 4
  %1941 = add i64 %108, 0
  %1942 = mul i64 %1941, 8
  %1943 = getelementptr inbounds float, float* %5, i64 %1942
  %1944 = bitcast float* %1943 to <8 x float>*
  %1945 = load <8 x float>, <8 x float>* %1944, align 4
  store <8 x float> %1945, <8 x float>* %49, align 32
  store <8 x float> %1945, <8 x float>* %48, align 32
  store <8 x float> %1945, <8 x float>* %47, align 32
  store <8 x float> %1945, <8 x float>* %46, align 32
  store <8 x float> %1945, <8 x float>* %45, align 32
  store <8 x float> %1945, <8 x float>* %44, align 32
  %1946 = add i64 %108, 1
  %1947 = mul i64 %1946, 8
  %1948 = getelementptr inbounds float, float* %5, i64 %1947
  %1949 = bitcast float* %1948 to <8 x float>*
  %1950 = load <8 x float>, <8 x float>* %1949, align 4
  store <8 x float> %1950, <8 x float>* %43, align 32
  store <8 x float> %1950, <8 x float>* %42, align 32
  store <8 x float> %1950, <8 x float>* %41, align 32
  store <8 x float> %1950, <8 x float>* %40, align 32
  store <8 x float> %1950, <8 x float>* %39, align 32
  store <8 x float> %1950, <8 x float>* %38, align 32
  %1951 = add i64 %114, 0
  %1952 = add i64 %112, %1951
  br label %u.header237

kh.header178:                                     ; preds = %kw.exit184, %u.body175
  %kh181 = phi i64 [ 0, %u.body175 ], [ %kh.next235, %kw.exit184 ]
  %1953 = icmp slt i64 %kh181, 3
  br i1 %1953, label %kh.body179, label %kh.exit180

kh.body179:                                       ; preds = %kh.header178
  %1954 = mul i64 %kh181, 136
  %1955 = add i64 %1842, %1954
  br label %kw.header182

kh.exit180:                                       ; preds = %kh.header178
  %u.next236 = add i64 %u177, 1
  br label %u.header174

kw.header182:                                     ; preds = %kw.body183, %kh.body179
  %kw185 = phi i64 [ 0, %kh.body179 ], [ %kw.next234, %kw.body183 ]
  %1956 = icmp slt i64 %kw185, 3
  br i1 %1956, label %kw.body183, label %kw.exit184

kw.body183:                                       ; preds = %kw.header182
  %1957 = mul i64 %kw185, 8
  %1958 = add i64 %1955, %1957
  %1959 = mul i64 %kh181, 3
  %1960 = add i64 %1959, %kw185
  %1961 = mul i64 %1960, 64
  %1962 = add i64 %1844, %1961
  %1963 = add i64 %1962, 0
  %1964 = getelementptr inbounds float, float* %4, i64 %1963
  %1965 = bitcast float* %1964 to <8 x float>*
  %1966 = load <8 x float>, <8 x float>* %1965, align 4
  %1967 = add i64 %1962, 2304
  %1968 = getelementptr inbounds float, float* %4, i64 %1967
  %1969 = bitcast float* %1968 to <8 x float>*
  %1970 = load <8 x float>, <8 x float>* %1969, align 4
  %1971 = add i64 %1958, 160
  %1972 = getelementptr inbounds float, float* %2, i64 %1971
  %1973 = load float, float* %1972, align 4
  %1974 = insertelement <8 x float> undef, float %1973, i32 0
  %splat186 = shufflevector <8 x float> %1974, <8 x float> undef, <8 x i32> zeroinitializer
  %1975 = load <8 x float>, <8 x float>* %61, align 32
  %1976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1966, <8 x float> %1975)
  store <8 x float> %1976, <8 x float>* %61, align 32
  %1977 = load <8 x float>, <8 x float>* %55, align 32
  %1978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1970, <8 x float> %1977)
  store <8 x float> %1978, <8 x float>* %55, align 32
  %1979 = add i64 %1958, 168
  %1980 = getelementptr inbounds float, float* %2, i64 %1979
  %1981 = load float, float* %1980, align 4
  %1982 = insertelement <8 x float> undef, float %1981, i32 0
  %splat187 = shufflevector <8 x float> %1982, <8 x float> undef, <8 x i32> zeroinitializer
  %1983 = load <8 x float>, <8 x float>* %60, align 32
  %1984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1966, <8 x float> %1983)
  store <8 x float> %1984, <8 x float>* %60, align 32
  %1985 = load <8 x float>, <8 x float>* %54, align 32
  %1986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1970, <8 x float> %1985)
  store <8 x float> %1986, <8 x float>* %54, align 32
  %1987 = add i64 %1958, 176
  %1988 = getelementptr inbounds float, float* %2, i64 %1987
  %1989 = load float, float* %1988, align 4
  %1990 = insertelement <8 x float> undef, float %1989, i32 0
  %splat188 = shufflevector <8 x float> %1990, <8 x float> undef, <8 x i32> zeroinitializer
  %1991 = load <8 x float>, <8 x float>* %59, align 32
  %1992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1966, <8 x float> %1991)
  store <8 x float> %1992, <8 x float>* %59, align 32
  %1993 = load <8 x float>, <8 x float>* %53, align 32
  %1994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1970, <8 x float> %1993)
  store <8 x float> %1994, <8 x float>* %53, align 32
  %1995 = add i64 %1958, 184
  %1996 = getelementptr inbounds float, float* %2, i64 %1995
  %1997 = load float, float* %1996, align 4
  %1998 = insertelement <8 x float> undef, float %1997, i32 0
  %splat189 = shufflevector <8 x float> %1998, <8 x float> undef, <8 x i32> zeroinitializer
  %1999 = load <8 x float>, <8 x float>* %58, align 32
  %2000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1966, <8 x float> %1999)
  store <8 x float> %2000, <8 x float>* %58, align 32
  %2001 = load <8 x float>, <8 x float>* %52, align 32
  %2002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1970, <8 x float> %2001)
  store <8 x float> %2002, <8 x float>* %52, align 32
  %2003 = add i64 %1958, 192
  %2004 = getelementptr inbounds float, float* %2, i64 %2003
  %2005 = load float, float* %2004, align 4
  %2006 = insertelement <8 x float> undef, float %2005, i32 0
  %splat190 = shufflevector <8 x float> %2006, <8 x float> undef, <8 x i32> zeroinitializer
  %2007 = load <8 x float>, <8 x float>* %57, align 32
  %2008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1966, <8 x float> %2007)
  store <8 x float> %2008, <8 x float>* %57, align 32
  %2009 = load <8 x float>, <8 x float>* %51, align 32
  %2010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1970, <8 x float> %2009)
  store <8 x float> %2010, <8 x float>* %51, align 32
  %2011 = add i64 %1958, 200
  %2012 = getelementptr inbounds float, float* %2, i64 %2011
  %2013 = load float, float* %2012, align 4
  %2014 = insertelement <8 x float> undef, float %2013, i32 0
  %splat191 = shufflevector <8 x float> %2014, <8 x float> undef, <8 x i32> zeroinitializer
  %2015 = load <8 x float>, <8 x float>* %56, align 32
  %2016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1966, <8 x float> %2015)
  store <8 x float> %2016, <8 x float>* %56, align 32
  %2017 = load <8 x float>, <8 x float>* %50, align 32
  %2018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1970, <8 x float> %2017)
  store <8 x float> %2018, <8 x float>* %50, align 32
  %2019 = add i64 %1962, 8
  %2020 = getelementptr inbounds float, float* %4, i64 %2019
  %2021 = bitcast float* %2020 to <8 x float>*
  %2022 = load <8 x float>, <8 x float>* %2021, align 4
  %2023 = add i64 %1962, 2312
  %2024 = getelementptr inbounds float, float* %4, i64 %2023
  %2025 = bitcast float* %2024 to <8 x float>*
  %2026 = load <8 x float>, <8 x float>* %2025, align 4
  %2027 = add i64 %1958, 161
  %2028 = getelementptr inbounds float, float* %2, i64 %2027
  %2029 = load float, float* %2028, align 4
  %2030 = insertelement <8 x float> undef, float %2029, i32 0
  %splat192 = shufflevector <8 x float> %2030, <8 x float> undef, <8 x i32> zeroinitializer
  %2031 = load <8 x float>, <8 x float>* %61, align 32
  %2032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2022, <8 x float> %2031)
  store <8 x float> %2032, <8 x float>* %61, align 32
  %2033 = load <8 x float>, <8 x float>* %55, align 32
  %2034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2026, <8 x float> %2033)
  store <8 x float> %2034, <8 x float>* %55, align 32
  %2035 = add i64 %1958, 169
  %2036 = getelementptr inbounds float, float* %2, i64 %2035
  %2037 = load float, float* %2036, align 4
  %2038 = insertelement <8 x float> undef, float %2037, i32 0
  %splat193 = shufflevector <8 x float> %2038, <8 x float> undef, <8 x i32> zeroinitializer
  %2039 = load <8 x float>, <8 x float>* %60, align 32
  %2040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2022, <8 x float> %2039)
  store <8 x float> %2040, <8 x float>* %60, align 32
  %2041 = load <8 x float>, <8 x float>* %54, align 32
  %2042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2026, <8 x float> %2041)
  store <8 x float> %2042, <8 x float>* %54, align 32
  %2043 = add i64 %1958, 177
  %2044 = getelementptr inbounds float, float* %2, i64 %2043
  %2045 = load float, float* %2044, align 4
  %2046 = insertelement <8 x float> undef, float %2045, i32 0
  %splat194 = shufflevector <8 x float> %2046, <8 x float> undef, <8 x i32> zeroinitializer
  %2047 = load <8 x float>, <8 x float>* %59, align 32
  %2048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %2022, <8 x float> %2047)
  store <8 x float> %2048, <8 x float>* %59, align 32
  %2049 = load <8 x float>, <8 x float>* %53, align 32
  %2050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %2026, <8 x float> %2049)
  store <8 x float> %2050, <8 x float>* %53, align 32
  %2051 = add i64 %1958, 185
  %2052 = getelementptr inbounds float, float* %2, i64 %2051
  %2053 = load float, float* %2052, align 4
  %2054 = insertelement <8 x float> undef, float %2053, i32 0
  %splat195 = shufflevector <8 x float> %2054, <8 x float> undef, <8 x i32> zeroinitializer
  %2055 = load <8 x float>, <8 x float>* %58, align 32
  %2056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %2022, <8 x float> %2055)
  store <8 x float> %2056, <8 x float>* %58, align 32
  %2057 = load <8 x float>, <8 x float>* %52, align 32
  %2058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %2026, <8 x float> %2057)
  store <8 x float> %2058, <8 x float>* %52, align 32
  %2059 = add i64 %1958, 193
  %2060 = getelementptr inbounds float, float* %2, i64 %2059
  %2061 = load float, float* %2060, align 4
  %2062 = insertelement <8 x float> undef, float %2061, i32 0
  %splat196 = shufflevector <8 x float> %2062, <8 x float> undef, <8 x i32> zeroinitializer
  %2063 = load <8 x float>, <8 x float>* %57, align 32
  %2064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %2022, <8 x float> %2063)
  store <8 x float> %2064, <8 x float>* %57, align 32
  %2065 = load <8 x float>, <8 x float>* %51, align 32
  %2066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %2026, <8 x float> %2065)
  store <8 x float> %2066, <8 x float>* %51, align 32
  %2067 = add i64 %1958, 201
  %2068 = getelementptr inbounds float, float* %2, i64 %2067
  %2069 = load float, float* %2068, align 4
  %2070 = insertelement <8 x float> undef, float %2069, i32 0
  %splat197 = shufflevector <8 x float> %2070, <8 x float> undef, <8 x i32> zeroinitializer
  %2071 = load <8 x float>, <8 x float>* %56, align 32
  %2072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %2022, <8 x float> %2071)
  store <8 x float> %2072, <8 x float>* %56, align 32
  %2073 = load <8 x float>, <8 x float>* %50, align 32
  %2074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %2026, <8 x float> %2073)
  store <8 x float> %2074, <8 x float>* %50, align 32
  %2075 = add i64 %1962, 16
  %2076 = getelementptr inbounds float, float* %4, i64 %2075
  %2077 = bitcast float* %2076 to <8 x float>*
  %2078 = load <8 x float>, <8 x float>* %2077, align 4
  %2079 = add i64 %1962, 2320
  %2080 = getelementptr inbounds float, float* %4, i64 %2079
  %2081 = bitcast float* %2080 to <8 x float>*
  %2082 = load <8 x float>, <8 x float>* %2081, align 4
  %2083 = add i64 %1958, 162
  %2084 = getelementptr inbounds float, float* %2, i64 %2083
  %2085 = load float, float* %2084, align 4
  %2086 = insertelement <8 x float> undef, float %2085, i32 0
  %splat198 = shufflevector <8 x float> %2086, <8 x float> undef, <8 x i32> zeroinitializer
  %2087 = load <8 x float>, <8 x float>* %61, align 32
  %2088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2078, <8 x float> %2087)
  store <8 x float> %2088, <8 x float>* %61, align 32
  %2089 = load <8 x float>, <8 x float>* %55, align 32
  %2090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2082, <8 x float> %2089)
  store <8 x float> %2090, <8 x float>* %55, align 32
  %2091 = add i64 %1958, 170
  %2092 = getelementptr inbounds float, float* %2, i64 %2091
  %2093 = load float, float* %2092, align 4
  %2094 = insertelement <8 x float> undef, float %2093, i32 0
  %splat199 = shufflevector <8 x float> %2094, <8 x float> undef, <8 x i32> zeroinitializer
  %2095 = load <8 x float>, <8 x float>* %60, align 32
  %2096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2078, <8 x float> %2095)
  store <8 x float> %2096, <8 x float>* %60, align 32
  %2097 = load <8 x float>, <8 x float>* %54, align 32
  %2098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2082, <8 x float> %2097)
  store <8 x float> %2098, <8 x float>* %54, align 32
  %2099 = add i64 %1958, 178
  %2100 = getelementptr inbounds float, float* %2, i64 %2099
  %2101 = load float, float* %2100, align 4
  %2102 = insertelement <8 x float> undef, float %2101, i32 0
  %splat200 = shufflevector <8 x float> %2102, <8 x float> undef, <8 x i32> zeroinitializer
  %2103 = load <8 x float>, <8 x float>* %59, align 32
  %2104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2078, <8 x float> %2103)
  store <8 x float> %2104, <8 x float>* %59, align 32
  %2105 = load <8 x float>, <8 x float>* %53, align 32
  %2106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2082, <8 x float> %2105)
  store <8 x float> %2106, <8 x float>* %53, align 32
  %2107 = add i64 %1958, 186
  %2108 = getelementptr inbounds float, float* %2, i64 %2107
  %2109 = load float, float* %2108, align 4
  %2110 = insertelement <8 x float> undef, float %2109, i32 0
  %splat201 = shufflevector <8 x float> %2110, <8 x float> undef, <8 x i32> zeroinitializer
  %2111 = load <8 x float>, <8 x float>* %58, align 32
  %2112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2078, <8 x float> %2111)
  store <8 x float> %2112, <8 x float>* %58, align 32
  %2113 = load <8 x float>, <8 x float>* %52, align 32
  %2114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2082, <8 x float> %2113)
  store <8 x float> %2114, <8 x float>* %52, align 32
  %2115 = add i64 %1958, 194
  %2116 = getelementptr inbounds float, float* %2, i64 %2115
  %2117 = load float, float* %2116, align 4
  %2118 = insertelement <8 x float> undef, float %2117, i32 0
  %splat202 = shufflevector <8 x float> %2118, <8 x float> undef, <8 x i32> zeroinitializer
  %2119 = load <8 x float>, <8 x float>* %57, align 32
  %2120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2078, <8 x float> %2119)
  store <8 x float> %2120, <8 x float>* %57, align 32
  %2121 = load <8 x float>, <8 x float>* %51, align 32
  %2122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2082, <8 x float> %2121)
  store <8 x float> %2122, <8 x float>* %51, align 32
  %2123 = add i64 %1958, 202
  %2124 = getelementptr inbounds float, float* %2, i64 %2123
  %2125 = load float, float* %2124, align 4
  %2126 = insertelement <8 x float> undef, float %2125, i32 0
  %splat203 = shufflevector <8 x float> %2126, <8 x float> undef, <8 x i32> zeroinitializer
  %2127 = load <8 x float>, <8 x float>* %56, align 32
  %2128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2078, <8 x float> %2127)
  store <8 x float> %2128, <8 x float>* %56, align 32
  %2129 = load <8 x float>, <8 x float>* %50, align 32
  %2130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2082, <8 x float> %2129)
  store <8 x float> %2130, <8 x float>* %50, align 32
  %2131 = add i64 %1962, 24
  %2132 = getelementptr inbounds float, float* %4, i64 %2131
  %2133 = bitcast float* %2132 to <8 x float>*
  %2134 = load <8 x float>, <8 x float>* %2133, align 4
  %2135 = add i64 %1962, 2328
  %2136 = getelementptr inbounds float, float* %4, i64 %2135
  %2137 = bitcast float* %2136 to <8 x float>*
  %2138 = load <8 x float>, <8 x float>* %2137, align 4
  %2139 = add i64 %1958, 163
  %2140 = getelementptr inbounds float, float* %2, i64 %2139
  %2141 = load float, float* %2140, align 4
  %2142 = insertelement <8 x float> undef, float %2141, i32 0
  %splat204 = shufflevector <8 x float> %2142, <8 x float> undef, <8 x i32> zeroinitializer
  %2143 = load <8 x float>, <8 x float>* %61, align 32
  %2144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2134, <8 x float> %2143)
  store <8 x float> %2144, <8 x float>* %61, align 32
  %2145 = load <8 x float>, <8 x float>* %55, align 32
  %2146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2138, <8 x float> %2145)
  store <8 x float> %2146, <8 x float>* %55, align 32
  %2147 = add i64 %1958, 171
  %2148 = getelementptr inbounds float, float* %2, i64 %2147
  %2149 = load float, float* %2148, align 4
  %2150 = insertelement <8 x float> undef, float %2149, i32 0
  %splat205 = shufflevector <8 x float> %2150, <8 x float> undef, <8 x i32> zeroinitializer
  %2151 = load <8 x float>, <8 x float>* %60, align 32
  %2152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2134, <8 x float> %2151)
  store <8 x float> %2152, <8 x float>* %60, align 32
  %2153 = load <8 x float>, <8 x float>* %54, align 32
  %2154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2138, <8 x float> %2153)
  store <8 x float> %2154, <8 x float>* %54, align 32
  %2155 = add i64 %1958, 179
  %2156 = getelementptr inbounds float, float* %2, i64 %2155
  %2157 = load float, float* %2156, align 4
  %2158 = insertelement <8 x float> undef, float %2157, i32 0
  %splat206 = shufflevector <8 x float> %2158, <8 x float> undef, <8 x i32> zeroinitializer
  %2159 = load <8 x float>, <8 x float>* %59, align 32
  %2160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2134, <8 x float> %2159)
  store <8 x float> %2160, <8 x float>* %59, align 32
  %2161 = load <8 x float>, <8 x float>* %53, align 32
  %2162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2138, <8 x float> %2161)
  store <8 x float> %2162, <8 x float>* %53, align 32
  %2163 = add i64 %1958, 187
  %2164 = getelementptr inbounds float, float* %2, i64 %2163
  %2165 = load float, float* %2164, align 4
  %2166 = insertelement <8 x float> undef, float %2165, i32 0
  %splat207 = shufflevector <8 x float> %2166, <8 x float> undef, <8 x i32> zeroinitializer
  %2167 = load <8 x float>, <8 x float>* %58, align 32
  %2168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2134, <8 x float> %2167)
  store <8 x float> %2168, <8 x float>* %58, align 32
  %2169 = load <8 x float>, <8 x float>* %52, align 32
  %2170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2138, <8 x float> %2169)
  store <8 x float> %2170, <8 x float>* %52, align 32
  %2171 = add i64 %1958, 195
  %2172 = getelementptr inbounds float, float* %2, i64 %2171
  %2173 = load float, float* %2172, align 4
  %2174 = insertelement <8 x float> undef, float %2173, i32 0
  %splat208 = shufflevector <8 x float> %2174, <8 x float> undef, <8 x i32> zeroinitializer
  %2175 = load <8 x float>, <8 x float>* %57, align 32
  %2176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2134, <8 x float> %2175)
  store <8 x float> %2176, <8 x float>* %57, align 32
  %2177 = load <8 x float>, <8 x float>* %51, align 32
  %2178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2138, <8 x float> %2177)
  store <8 x float> %2178, <8 x float>* %51, align 32
  %2179 = add i64 %1958, 203
  %2180 = getelementptr inbounds float, float* %2, i64 %2179
  %2181 = load float, float* %2180, align 4
  %2182 = insertelement <8 x float> undef, float %2181, i32 0
  %splat209 = shufflevector <8 x float> %2182, <8 x float> undef, <8 x i32> zeroinitializer
  %2183 = load <8 x float>, <8 x float>* %56, align 32
  %2184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2134, <8 x float> %2183)
  store <8 x float> %2184, <8 x float>* %56, align 32
  %2185 = load <8 x float>, <8 x float>* %50, align 32
  %2186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2138, <8 x float> %2185)
  store <8 x float> %2186, <8 x float>* %50, align 32
  %2187 = add i64 %1962, 32
  %2188 = getelementptr inbounds float, float* %4, i64 %2187
  %2189 = bitcast float* %2188 to <8 x float>*
  %2190 = load <8 x float>, <8 x float>* %2189, align 4
  %2191 = add i64 %1962, 2336
  %2192 = getelementptr inbounds float, float* %4, i64 %2191
  %2193 = bitcast float* %2192 to <8 x float>*
  %2194 = load <8 x float>, <8 x float>* %2193, align 4
  %2195 = add i64 %1958, 164
  %2196 = getelementptr inbounds float, float* %2, i64 %2195
  %2197 = load float, float* %2196, align 4
  %2198 = insertelement <8 x float> undef, float %2197, i32 0
  %splat210 = shufflevector <8 x float> %2198, <8 x float> undef, <8 x i32> zeroinitializer
  %2199 = load <8 x float>, <8 x float>* %61, align 32
  %2200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2190, <8 x float> %2199)
  store <8 x float> %2200, <8 x float>* %61, align 32
  %2201 = load <8 x float>, <8 x float>* %55, align 32
  %2202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2194, <8 x float> %2201)
  store <8 x float> %2202, <8 x float>* %55, align 32
  %2203 = add i64 %1958, 172
  %2204 = getelementptr inbounds float, float* %2, i64 %2203
  %2205 = load float, float* %2204, align 4
  %2206 = insertelement <8 x float> undef, float %2205, i32 0
  %splat211 = shufflevector <8 x float> %2206, <8 x float> undef, <8 x i32> zeroinitializer
  %2207 = load <8 x float>, <8 x float>* %60, align 32
  %2208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2190, <8 x float> %2207)
  store <8 x float> %2208, <8 x float>* %60, align 32
  %2209 = load <8 x float>, <8 x float>* %54, align 32
  %2210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2194, <8 x float> %2209)
  store <8 x float> %2210, <8 x float>* %54, align 32
  %2211 = add i64 %1958, 180
  %2212 = getelementptr inbounds float, float* %2, i64 %2211
  %2213 = load float, float* %2212, align 4
  %2214 = insertelement <8 x float> undef, float %2213, i32 0
  %splat212 = shufflevector <8 x float> %2214, <8 x float> undef, <8 x i32> zeroinitializer
  %2215 = load <8 x float>, <8 x float>* %59, align 32
  %2216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2190, <8 x float> %2215)
  store <8 x float> %2216, <8 x float>* %59, align 32
  %2217 = load <8 x float>, <8 x float>* %53, align 32
  %2218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2194, <8 x float> %2217)
  store <8 x float> %2218, <8 x float>* %53, align 32
  %2219 = add i64 %1958, 188
  %2220 = getelementptr inbounds float, float* %2, i64 %2219
  %2221 = load float, float* %2220, align 4
  %2222 = insertelement <8 x float> undef, float %2221, i32 0
  %splat213 = shufflevector <8 x float> %2222, <8 x float> undef, <8 x i32> zeroinitializer
  %2223 = load <8 x float>, <8 x float>* %58, align 32
  %2224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2190, <8 x float> %2223)
  store <8 x float> %2224, <8 x float>* %58, align 32
  %2225 = load <8 x float>, <8 x float>* %52, align 32
  %2226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2194, <8 x float> %2225)
  store <8 x float> %2226, <8 x float>* %52, align 32
  %2227 = add i64 %1958, 196
  %2228 = getelementptr inbounds float, float* %2, i64 %2227
  %2229 = load float, float* %2228, align 4
  %2230 = insertelement <8 x float> undef, float %2229, i32 0
  %splat214 = shufflevector <8 x float> %2230, <8 x float> undef, <8 x i32> zeroinitializer
  %2231 = load <8 x float>, <8 x float>* %57, align 32
  %2232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2190, <8 x float> %2231)
  store <8 x float> %2232, <8 x float>* %57, align 32
  %2233 = load <8 x float>, <8 x float>* %51, align 32
  %2234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2194, <8 x float> %2233)
  store <8 x float> %2234, <8 x float>* %51, align 32
  %2235 = add i64 %1958, 204
  %2236 = getelementptr inbounds float, float* %2, i64 %2235
  %2237 = load float, float* %2236, align 4
  %2238 = insertelement <8 x float> undef, float %2237, i32 0
  %splat215 = shufflevector <8 x float> %2238, <8 x float> undef, <8 x i32> zeroinitializer
  %2239 = load <8 x float>, <8 x float>* %56, align 32
  %2240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2190, <8 x float> %2239)
  store <8 x float> %2240, <8 x float>* %56, align 32
  %2241 = load <8 x float>, <8 x float>* %50, align 32
  %2242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2194, <8 x float> %2241)
  store <8 x float> %2242, <8 x float>* %50, align 32
  %2243 = add i64 %1962, 40
  %2244 = getelementptr inbounds float, float* %4, i64 %2243
  %2245 = bitcast float* %2244 to <8 x float>*
  %2246 = load <8 x float>, <8 x float>* %2245, align 4
  %2247 = add i64 %1962, 2344
  %2248 = getelementptr inbounds float, float* %4, i64 %2247
  %2249 = bitcast float* %2248 to <8 x float>*
  %2250 = load <8 x float>, <8 x float>* %2249, align 4
  %2251 = add i64 %1958, 165
  %2252 = getelementptr inbounds float, float* %2, i64 %2251
  %2253 = load float, float* %2252, align 4
  %2254 = insertelement <8 x float> undef, float %2253, i32 0
  %splat216 = shufflevector <8 x float> %2254, <8 x float> undef, <8 x i32> zeroinitializer
  %2255 = load <8 x float>, <8 x float>* %61, align 32
  %2256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2246, <8 x float> %2255)
  store <8 x float> %2256, <8 x float>* %61, align 32
  %2257 = load <8 x float>, <8 x float>* %55, align 32
  %2258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2250, <8 x float> %2257)
  store <8 x float> %2258, <8 x float>* %55, align 32
  %2259 = add i64 %1958, 173
  %2260 = getelementptr inbounds float, float* %2, i64 %2259
  %2261 = load float, float* %2260, align 4
  %2262 = insertelement <8 x float> undef, float %2261, i32 0
  %splat217 = shufflevector <8 x float> %2262, <8 x float> undef, <8 x i32> zeroinitializer
  %2263 = load <8 x float>, <8 x float>* %60, align 32
  %2264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2246, <8 x float> %2263)
  store <8 x float> %2264, <8 x float>* %60, align 32
  %2265 = load <8 x float>, <8 x float>* %54, align 32
  %2266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2250, <8 x float> %2265)
  store <8 x float> %2266, <8 x float>* %54, align 32
  %2267 = add i64 %1958, 181
  %2268 = getelementptr inbounds float, float* %2, i64 %2267
  %2269 = load float, float* %2268, align 4
  %2270 = insertelement <8 x float> undef, float %2269, i32 0
  %splat218 = shufflevector <8 x float> %2270, <8 x float> undef, <8 x i32> zeroinitializer
  %2271 = load <8 x float>, <8 x float>* %59, align 32
  %2272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2246, <8 x float> %2271)
  store <8 x float> %2272, <8 x float>* %59, align 32
  %2273 = load <8 x float>, <8 x float>* %53, align 32
  %2274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2250, <8 x float> %2273)
  store <8 x float> %2274, <8 x float>* %53, align 32
  %2275 = add i64 %1958, 189
  %2276 = getelementptr inbounds float, float* %2, i64 %2275
  %2277 = load float, float* %2276, align 4
  %2278 = insertelement <8 x float> undef, float %2277, i32 0
  %splat219 = shufflevector <8 x float> %2278, <8 x float> undef, <8 x i32> zeroinitializer
  %2279 = load <8 x float>, <8 x float>* %58, align 32
  %2280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2246, <8 x float> %2279)
  store <8 x float> %2280, <8 x float>* %58, align 32
  %2281 = load <8 x float>, <8 x float>* %52, align 32
  %2282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2250, <8 x float> %2281)
  store <8 x float> %2282, <8 x float>* %52, align 32
  %2283 = add i64 %1958, 197
  %2284 = getelementptr inbounds float, float* %2, i64 %2283
  %2285 = load float, float* %2284, align 4
  %2286 = insertelement <8 x float> undef, float %2285, i32 0
  %splat220 = shufflevector <8 x float> %2286, <8 x float> undef, <8 x i32> zeroinitializer
  %2287 = load <8 x float>, <8 x float>* %57, align 32
  %2288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2246, <8 x float> %2287)
  store <8 x float> %2288, <8 x float>* %57, align 32
  %2289 = load <8 x float>, <8 x float>* %51, align 32
  %2290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2250, <8 x float> %2289)
  store <8 x float> %2290, <8 x float>* %51, align 32
  %2291 = add i64 %1958, 205
  %2292 = getelementptr inbounds float, float* %2, i64 %2291
  %2293 = load float, float* %2292, align 4
  %2294 = insertelement <8 x float> undef, float %2293, i32 0
  %splat221 = shufflevector <8 x float> %2294, <8 x float> undef, <8 x i32> zeroinitializer
  %2295 = load <8 x float>, <8 x float>* %56, align 32
  %2296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2246, <8 x float> %2295)
  store <8 x float> %2296, <8 x float>* %56, align 32
  %2297 = load <8 x float>, <8 x float>* %50, align 32
  %2298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2250, <8 x float> %2297)
  store <8 x float> %2298, <8 x float>* %50, align 32
  %2299 = add i64 %1962, 48
  %2300 = getelementptr inbounds float, float* %4, i64 %2299
  %2301 = bitcast float* %2300 to <8 x float>*
  %2302 = load <8 x float>, <8 x float>* %2301, align 4
  %2303 = add i64 %1962, 2352
  %2304 = getelementptr inbounds float, float* %4, i64 %2303
  %2305 = bitcast float* %2304 to <8 x float>*
  %2306 = load <8 x float>, <8 x float>* %2305, align 4
  %2307 = add i64 %1958, 166
  %2308 = getelementptr inbounds float, float* %2, i64 %2307
  %2309 = load float, float* %2308, align 4
  %2310 = insertelement <8 x float> undef, float %2309, i32 0
  %splat222 = shufflevector <8 x float> %2310, <8 x float> undef, <8 x i32> zeroinitializer
  %2311 = load <8 x float>, <8 x float>* %61, align 32
  %2312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2302, <8 x float> %2311)
  store <8 x float> %2312, <8 x float>* %61, align 32
  %2313 = load <8 x float>, <8 x float>* %55, align 32
  %2314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2306, <8 x float> %2313)
  store <8 x float> %2314, <8 x float>* %55, align 32
  %2315 = add i64 %1958, 174
  %2316 = getelementptr inbounds float, float* %2, i64 %2315
  %2317 = load float, float* %2316, align 4
  %2318 = insertelement <8 x float> undef, float %2317, i32 0
  %splat223 = shufflevector <8 x float> %2318, <8 x float> undef, <8 x i32> zeroinitializer
  %2319 = load <8 x float>, <8 x float>* %60, align 32
  %2320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2302, <8 x float> %2319)
  store <8 x float> %2320, <8 x float>* %60, align 32
  %2321 = load <8 x float>, <8 x float>* %54, align 32
  %2322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2306, <8 x float> %2321)
  store <8 x float> %2322, <8 x float>* %54, align 32
  %2323 = add i64 %1958, 182
  %2324 = getelementptr inbounds float, float* %2, i64 %2323
  %2325 = load float, float* %2324, align 4
  %2326 = insertelement <8 x float> undef, float %2325, i32 0
  %splat224 = shufflevector <8 x float> %2326, <8 x float> undef, <8 x i32> zeroinitializer
  %2327 = load <8 x float>, <8 x float>* %59, align 32
  %2328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2302, <8 x float> %2327)
  store <8 x float> %2328, <8 x float>* %59, align 32
  %2329 = load <8 x float>, <8 x float>* %53, align 32
  %2330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2306, <8 x float> %2329)
  store <8 x float> %2330, <8 x float>* %53, align 32
  %2331 = add i64 %1958, 190
  %2332 = getelementptr inbounds float, float* %2, i64 %2331
  %2333 = load float, float* %2332, align 4
  %2334 = insertelement <8 x float> undef, float %2333, i32 0
  %splat225 = shufflevector <8 x float> %2334, <8 x float> undef, <8 x i32> zeroinitializer
  %2335 = load <8 x float>, <8 x float>* %58, align 32
  %2336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2302, <8 x float> %2335)
  store <8 x float> %2336, <8 x float>* %58, align 32
  %2337 = load <8 x float>, <8 x float>* %52, align 32
  %2338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2306, <8 x float> %2337)
  store <8 x float> %2338, <8 x float>* %52, align 32
  %2339 = add i64 %1958, 198
  %2340 = getelementptr inbounds float, float* %2, i64 %2339
  %2341 = load float, float* %2340, align 4
  %2342 = insertelement <8 x float> undef, float %2341, i32 0
  %splat226 = shufflevector <8 x float> %2342, <8 x float> undef, <8 x i32> zeroinitializer
  %2343 = load <8 x float>, <8 x float>* %57, align 32
  %2344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2302, <8 x float> %2343)
  store <8 x float> %2344, <8 x float>* %57, align 32
  %2345 = load <8 x float>, <8 x float>* %51, align 32
  %2346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2306, <8 x float> %2345)
  store <8 x float> %2346, <8 x float>* %51, align 32
  %2347 = add i64 %1958, 206
  %2348 = getelementptr inbounds float, float* %2, i64 %2347
  %2349 = load float, float* %2348, align 4
  %2350 = insertelement <8 x float> undef, float %2349, i32 0
  %splat227 = shufflevector <8 x float> %2350, <8 x float> undef, <8 x i32> zeroinitializer
  %2351 = load <8 x float>, <8 x float>* %56, align 32
  %2352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2302, <8 x float> %2351)
  store <8 x float> %2352, <8 x float>* %56, align 32
  %2353 = load <8 x float>, <8 x float>* %50, align 32
  %2354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2306, <8 x float> %2353)
  store <8 x float> %2354, <8 x float>* %50, align 32
  %2355 = add i64 %1962, 56
  %2356 = getelementptr inbounds float, float* %4, i64 %2355
  %2357 = bitcast float* %2356 to <8 x float>*
  %2358 = load <8 x float>, <8 x float>* %2357, align 4
  %2359 = add i64 %1962, 2360
  %2360 = getelementptr inbounds float, float* %4, i64 %2359
  %2361 = bitcast float* %2360 to <8 x float>*
  %2362 = load <8 x float>, <8 x float>* %2361, align 4
  %2363 = add i64 %1958, 167
  %2364 = getelementptr inbounds float, float* %2, i64 %2363
  %2365 = load float, float* %2364, align 4
  %2366 = insertelement <8 x float> undef, float %2365, i32 0
  %splat228 = shufflevector <8 x float> %2366, <8 x float> undef, <8 x i32> zeroinitializer
  %2367 = load <8 x float>, <8 x float>* %61, align 32
  %2368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2358, <8 x float> %2367)
  store <8 x float> %2368, <8 x float>* %61, align 32
  %2369 = load <8 x float>, <8 x float>* %55, align 32
  %2370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2362, <8 x float> %2369)
  store <8 x float> %2370, <8 x float>* %55, align 32
  %2371 = add i64 %1958, 175
  %2372 = getelementptr inbounds float, float* %2, i64 %2371
  %2373 = load float, float* %2372, align 4
  %2374 = insertelement <8 x float> undef, float %2373, i32 0
  %splat229 = shufflevector <8 x float> %2374, <8 x float> undef, <8 x i32> zeroinitializer
  %2375 = load <8 x float>, <8 x float>* %60, align 32
  %2376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2358, <8 x float> %2375)
  store <8 x float> %2376, <8 x float>* %60, align 32
  %2377 = load <8 x float>, <8 x float>* %54, align 32
  %2378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2362, <8 x float> %2377)
  store <8 x float> %2378, <8 x float>* %54, align 32
  %2379 = add i64 %1958, 183
  %2380 = getelementptr inbounds float, float* %2, i64 %2379
  %2381 = load float, float* %2380, align 4
  %2382 = insertelement <8 x float> undef, float %2381, i32 0
  %splat230 = shufflevector <8 x float> %2382, <8 x float> undef, <8 x i32> zeroinitializer
  %2383 = load <8 x float>, <8 x float>* %59, align 32
  %2384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2358, <8 x float> %2383)
  store <8 x float> %2384, <8 x float>* %59, align 32
  %2385 = load <8 x float>, <8 x float>* %53, align 32
  %2386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2362, <8 x float> %2385)
  store <8 x float> %2386, <8 x float>* %53, align 32
  %2387 = add i64 %1958, 191
  %2388 = getelementptr inbounds float, float* %2, i64 %2387
  %2389 = load float, float* %2388, align 4
  %2390 = insertelement <8 x float> undef, float %2389, i32 0
  %splat231 = shufflevector <8 x float> %2390, <8 x float> undef, <8 x i32> zeroinitializer
  %2391 = load <8 x float>, <8 x float>* %58, align 32
  %2392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2358, <8 x float> %2391)
  store <8 x float> %2392, <8 x float>* %58, align 32
  %2393 = load <8 x float>, <8 x float>* %52, align 32
  %2394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2362, <8 x float> %2393)
  store <8 x float> %2394, <8 x float>* %52, align 32
  %2395 = add i64 %1958, 199
  %2396 = getelementptr inbounds float, float* %2, i64 %2395
  %2397 = load float, float* %2396, align 4
  %2398 = insertelement <8 x float> undef, float %2397, i32 0
  %splat232 = shufflevector <8 x float> %2398, <8 x float> undef, <8 x i32> zeroinitializer
  %2399 = load <8 x float>, <8 x float>* %57, align 32
  %2400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2358, <8 x float> %2399)
  store <8 x float> %2400, <8 x float>* %57, align 32
  %2401 = load <8 x float>, <8 x float>* %51, align 32
  %2402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2362, <8 x float> %2401)
  store <8 x float> %2402, <8 x float>* %51, align 32
  %2403 = add i64 %1958, 207
  %2404 = getelementptr inbounds float, float* %2, i64 %2403
  %2405 = load float, float* %2404, align 4
  %2406 = insertelement <8 x float> undef, float %2405, i32 0
  %splat233 = shufflevector <8 x float> %2406, <8 x float> undef, <8 x i32> zeroinitializer
  %2407 = load <8 x float>, <8 x float>* %56, align 32
  %2408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2358, <8 x float> %2407)
  store <8 x float> %2408, <8 x float>* %56, align 32
  %2409 = load <8 x float>, <8 x float>* %50, align 32
  %2410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2362, <8 x float> %2409)
  store <8 x float> %2410, <8 x float>* %50, align 32
  %kw.next234 = add i64 %kw185, 1
  br label %kw.header182

kw.exit184:                                       ; preds = %kw.header182
  %kh.next235 = add i64 %kh181, 1
  br label %kh.header178

u.header237:                                      ; preds = %kh.exit243, %u.exit176
  %u240 = phi i64 [ 0, %u.exit176 ], [ %u.next299, %kh.exit243 ]
  %2411 = icmp slt i64 %u240, 4
  br i1 %2411, label %u.body238, label %u.exit239

u.body238:                                        ; preds = %u.header237
  %2412 = mul i64 %u240, 2312
  %2413 = add i64 %1952, %2412
  %2414 = mul i64 %u240, 576
  %2415 = add i64 %113, %2414
  br label %kh.header241

u.exit239:                                        ; preds = %u.header237
  %2416 = mul i64 %105, 8
  %2417 = add i64 %2416, %108
  %2418 = add i64 %2417, 0
  %2419 = mul i64 %2418, 15
  %2420 = add i64 %2419, %102
  %2421 = mul i64 %2420, 15
  %2422 = add i64 %2421, 24
  %2423 = mul i64 %2422, 8
  %2424 = load <8 x float>, <8 x float>* %49, align 32
  %2425 = fcmp ogt <8 x float> %2424, zeroinitializer
  %2426 = select <8 x i1> %2425, <8 x float> %2424, <8 x float> zeroinitializer
  %2427 = getelementptr inbounds float, float* %0, i64 %2423
  %2428 = bitcast float* %2427 to <8 x float>*
  store <8 x float> %2426, <8 x float>* %2428, align 4
  %2429 = add i64 %2421, 25
  %2430 = mul i64 %2429, 8
  %2431 = load <8 x float>, <8 x float>* %48, align 32
  %2432 = fcmp ogt <8 x float> %2431, zeroinitializer
  %2433 = select <8 x i1> %2432, <8 x float> %2431, <8 x float> zeroinitializer
  %2434 = getelementptr inbounds float, float* %0, i64 %2430
  %2435 = bitcast float* %2434 to <8 x float>*
  store <8 x float> %2433, <8 x float>* %2435, align 4
  %2436 = add i64 %2421, 26
  %2437 = mul i64 %2436, 8
  %2438 = load <8 x float>, <8 x float>* %47, align 32
  %2439 = fcmp ogt <8 x float> %2438, zeroinitializer
  %2440 = select <8 x i1> %2439, <8 x float> %2438, <8 x float> zeroinitializer
  %2441 = getelementptr inbounds float, float* %0, i64 %2437
  %2442 = bitcast float* %2441 to <8 x float>*
  store <8 x float> %2440, <8 x float>* %2442, align 4
  %2443 = add i64 %2421, 27
  %2444 = mul i64 %2443, 8
  %2445 = load <8 x float>, <8 x float>* %46, align 32
  %2446 = fcmp ogt <8 x float> %2445, zeroinitializer
  %2447 = select <8 x i1> %2446, <8 x float> %2445, <8 x float> zeroinitializer
  %2448 = getelementptr inbounds float, float* %0, i64 %2444
  %2449 = bitcast float* %2448 to <8 x float>*
  store <8 x float> %2447, <8 x float>* %2449, align 4
  %2450 = add i64 %2421, 28
  %2451 = mul i64 %2450, 8
  %2452 = load <8 x float>, <8 x float>* %45, align 32
  %2453 = fcmp ogt <8 x float> %2452, zeroinitializer
  %2454 = select <8 x i1> %2453, <8 x float> %2452, <8 x float> zeroinitializer
  %2455 = getelementptr inbounds float, float* %0, i64 %2451
  %2456 = bitcast float* %2455 to <8 x float>*
  store <8 x float> %2454, <8 x float>* %2456, align 4
  %2457 = add i64 %2421, 29
  %2458 = mul i64 %2457, 8
  %2459 = load <8 x float>, <8 x float>* %44, align 32
  %2460 = fcmp ogt <8 x float> %2459, zeroinitializer
  %2461 = select <8 x i1> %2460, <8 x float> %2459, <8 x float> zeroinitializer
  %2462 = getelementptr inbounds float, float* %0, i64 %2458
  %2463 = bitcast float* %2462 to <8 x float>*
  store <8 x float> %2461, <8 x float>* %2463, align 4
  %2464 = mul i64 %105, 8
  %2465 = add i64 %2464, %108
  %2466 = add i64 %2465, 1
  %2467 = mul i64 %2466, 15
  %2468 = add i64 %2467, %102
  %2469 = mul i64 %2468, 15
  %2470 = add i64 %2469, 24
  %2471 = mul i64 %2470, 8
  %2472 = load <8 x float>, <8 x float>* %43, align 32
  %2473 = fcmp ogt <8 x float> %2472, zeroinitializer
  %2474 = select <8 x i1> %2473, <8 x float> %2472, <8 x float> zeroinitializer
  %2475 = getelementptr inbounds float, float* %0, i64 %2471
  %2476 = bitcast float* %2475 to <8 x float>*
  store <8 x float> %2474, <8 x float>* %2476, align 4
  %2477 = add i64 %2469, 25
  %2478 = mul i64 %2477, 8
  %2479 = load <8 x float>, <8 x float>* %42, align 32
  %2480 = fcmp ogt <8 x float> %2479, zeroinitializer
  %2481 = select <8 x i1> %2480, <8 x float> %2479, <8 x float> zeroinitializer
  %2482 = getelementptr inbounds float, float* %0, i64 %2478
  %2483 = bitcast float* %2482 to <8 x float>*
  store <8 x float> %2481, <8 x float>* %2483, align 4
  %2484 = add i64 %2469, 26
  %2485 = mul i64 %2484, 8
  %2486 = load <8 x float>, <8 x float>* %41, align 32
  %2487 = fcmp ogt <8 x float> %2486, zeroinitializer
  %2488 = select <8 x i1> %2487, <8 x float> %2486, <8 x float> zeroinitializer
  %2489 = getelementptr inbounds float, float* %0, i64 %2485
  %2490 = bitcast float* %2489 to <8 x float>*
  store <8 x float> %2488, <8 x float>* %2490, align 4
  %2491 = add i64 %2469, 27
  %2492 = mul i64 %2491, 8
  %2493 = load <8 x float>, <8 x float>* %40, align 32
  %2494 = fcmp ogt <8 x float> %2493, zeroinitializer
  %2495 = select <8 x i1> %2494, <8 x float> %2493, <8 x float> zeroinitializer
  %2496 = getelementptr inbounds float, float* %0, i64 %2492
  %2497 = bitcast float* %2496 to <8 x float>*
  store <8 x float> %2495, <8 x float>* %2497, align 4
  %2498 = add i64 %2469, 28
  %2499 = mul i64 %2498, 8
  %2500 = load <8 x float>, <8 x float>* %39, align 32
  %2501 = fcmp ogt <8 x float> %2500, zeroinitializer
  %2502 = select <8 x i1> %2501, <8 x float> %2500, <8 x float> zeroinitializer
  %2503 = getelementptr inbounds float, float* %0, i64 %2499
  %2504 = bitcast float* %2503 to <8 x float>*
  store <8 x float> %2502, <8 x float>* %2504, align 4
  %2505 = add i64 %2469, 29
  %2506 = mul i64 %2505, 8
  %2507 = load <8 x float>, <8 x float>* %38, align 32
  %2508 = fcmp ogt <8 x float> %2507, zeroinitializer
  %2509 = select <8 x i1> %2508, <8 x float> %2507, <8 x float> zeroinitializer
  %2510 = getelementptr inbounds float, float* %0, i64 %2506
  %2511 = bitcast float* %2510 to <8 x float>*
  store <8 x float> %2509, <8 x float>* %2511, align 4
  %2512 = add i64 %108, 0
  %2513 = mul i64 %2512, 8
  %2514 = getelementptr inbounds float, float* %5, i64 %2513
  %2515 = bitcast float* %2514 to <8 x float>*
  %2516 = load <8 x float>, <8 x float>* %2515, align 4
  store <8 x float> %2516, <8 x float>* %37, align 32
  store <8 x float> %2516, <8 x float>* %36, align 32
  store <8 x float> %2516, <8 x float>* %35, align 32
  store <8 x float> %2516, <8 x float>* %34, align 32
  store <8 x float> %2516, <8 x float>* %33, align 32
  store <8 x float> %2516, <8 x float>* %32, align 32
  %2517 = add i64 %108, 1
  %2518 = mul i64 %2517, 8
  %2519 = getelementptr inbounds float, float* %5, i64 %2518
  %2520 = bitcast float* %2519 to <8 x float>*
  %2521 = load <8 x float>, <8 x float>* %2520, align 4
  store <8 x float> %2521, <8 x float>* %31, align 32
  store <8 x float> %2521, <8 x float>* %30, align 32
  store <8 x float> %2521, <8 x float>* %29, align 32
  store <8 x float> %2521, <8 x float>* %28, align 32
  store <8 x float> %2521, <8 x float>* %27, align 32
  store <8 x float> %2521, <8 x float>* %26, align 32
  %2522 = add i64 %114, 0
  %2523 = add i64 %112, %2522
  br label %u.header300

kh.header241:                                     ; preds = %kw.exit247, %u.body238
  %kh244 = phi i64 [ 0, %u.body238 ], [ %kh.next298, %kw.exit247 ]
  %2524 = icmp slt i64 %kh244, 3
  br i1 %2524, label %kh.body242, label %kh.exit243

kh.body242:                                       ; preds = %kh.header241
  %2525 = mul i64 %kh244, 136
  %2526 = add i64 %2413, %2525
  br label %kw.header245

kh.exit243:                                       ; preds = %kh.header241
  %u.next299 = add i64 %u240, 1
  br label %u.header237

kw.header245:                                     ; preds = %kw.body246, %kh.body242
  %kw248 = phi i64 [ 0, %kh.body242 ], [ %kw.next297, %kw.body246 ]
  %2527 = icmp slt i64 %kw248, 3
  br i1 %2527, label %kw.body246, label %kw.exit247

kw.body246:                                       ; preds = %kw.header245
  %2528 = mul i64 %kw248, 8
  %2529 = add i64 %2526, %2528
  %2530 = mul i64 %kh244, 3
  %2531 = add i64 %2530, %kw248
  %2532 = mul i64 %2531, 64
  %2533 = add i64 %2415, %2532
  %2534 = add i64 %2533, 0
  %2535 = getelementptr inbounds float, float* %4, i64 %2534
  %2536 = bitcast float* %2535 to <8 x float>*
  %2537 = load <8 x float>, <8 x float>* %2536, align 4
  %2538 = add i64 %2533, 2304
  %2539 = getelementptr inbounds float, float* %4, i64 %2538
  %2540 = bitcast float* %2539 to <8 x float>*
  %2541 = load <8 x float>, <8 x float>* %2540, align 4
  %2542 = add i64 %2529, 208
  %2543 = getelementptr inbounds float, float* %2, i64 %2542
  %2544 = load float, float* %2543, align 4
  %2545 = insertelement <8 x float> undef, float %2544, i32 0
  %splat249 = shufflevector <8 x float> %2545, <8 x float> undef, <8 x i32> zeroinitializer
  %2546 = load <8 x float>, <8 x float>* %49, align 32
  %2547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2537, <8 x float> %2546)
  store <8 x float> %2547, <8 x float>* %49, align 32
  %2548 = load <8 x float>, <8 x float>* %43, align 32
  %2549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2541, <8 x float> %2548)
  store <8 x float> %2549, <8 x float>* %43, align 32
  %2550 = add i64 %2529, 216
  %2551 = getelementptr inbounds float, float* %2, i64 %2550
  %2552 = load float, float* %2551, align 4
  %2553 = insertelement <8 x float> undef, float %2552, i32 0
  %splat250 = shufflevector <8 x float> %2553, <8 x float> undef, <8 x i32> zeroinitializer
  %2554 = load <8 x float>, <8 x float>* %48, align 32
  %2555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2537, <8 x float> %2554)
  store <8 x float> %2555, <8 x float>* %48, align 32
  %2556 = load <8 x float>, <8 x float>* %42, align 32
  %2557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2541, <8 x float> %2556)
  store <8 x float> %2557, <8 x float>* %42, align 32
  %2558 = add i64 %2529, 224
  %2559 = getelementptr inbounds float, float* %2, i64 %2558
  %2560 = load float, float* %2559, align 4
  %2561 = insertelement <8 x float> undef, float %2560, i32 0
  %splat251 = shufflevector <8 x float> %2561, <8 x float> undef, <8 x i32> zeroinitializer
  %2562 = load <8 x float>, <8 x float>* %47, align 32
  %2563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2537, <8 x float> %2562)
  store <8 x float> %2563, <8 x float>* %47, align 32
  %2564 = load <8 x float>, <8 x float>* %41, align 32
  %2565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2541, <8 x float> %2564)
  store <8 x float> %2565, <8 x float>* %41, align 32
  %2566 = add i64 %2529, 232
  %2567 = getelementptr inbounds float, float* %2, i64 %2566
  %2568 = load float, float* %2567, align 4
  %2569 = insertelement <8 x float> undef, float %2568, i32 0
  %splat252 = shufflevector <8 x float> %2569, <8 x float> undef, <8 x i32> zeroinitializer
  %2570 = load <8 x float>, <8 x float>* %46, align 32
  %2571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2537, <8 x float> %2570)
  store <8 x float> %2571, <8 x float>* %46, align 32
  %2572 = load <8 x float>, <8 x float>* %40, align 32
  %2573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2541, <8 x float> %2572)
  store <8 x float> %2573, <8 x float>* %40, align 32
  %2574 = add i64 %2529, 240
  %2575 = getelementptr inbounds float, float* %2, i64 %2574
  %2576 = load float, float* %2575, align 4
  %2577 = insertelement <8 x float> undef, float %2576, i32 0
  %splat253 = shufflevector <8 x float> %2577, <8 x float> undef, <8 x i32> zeroinitializer
  %2578 = load <8 x float>, <8 x float>* %45, align 32
  %2579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2537, <8 x float> %2578)
  store <8 x float> %2579, <8 x float>* %45, align 32
  %2580 = load <8 x float>, <8 x float>* %39, align 32
  %2581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2541, <8 x float> %2580)
  store <8 x float> %2581, <8 x float>* %39, align 32
  %2582 = add i64 %2529, 248
  %2583 = getelementptr inbounds float, float* %2, i64 %2582
  %2584 = load float, float* %2583, align 4
  %2585 = insertelement <8 x float> undef, float %2584, i32 0
  %splat254 = shufflevector <8 x float> %2585, <8 x float> undef, <8 x i32> zeroinitializer
  %2586 = load <8 x float>, <8 x float>* %44, align 32
  %2587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2537, <8 x float> %2586)
  store <8 x float> %2587, <8 x float>* %44, align 32
  %2588 = load <8 x float>, <8 x float>* %38, align 32
  %2589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2541, <8 x float> %2588)
  store <8 x float> %2589, <8 x float>* %38, align 32
  %2590 = add i64 %2533, 8
  %2591 = getelementptr inbounds float, float* %4, i64 %2590
  %2592 = bitcast float* %2591 to <8 x float>*
  %2593 = load <8 x float>, <8 x float>* %2592, align 4
  %2594 = add i64 %2533, 2312
  %2595 = getelementptr inbounds float, float* %4, i64 %2594
  %2596 = bitcast float* %2595 to <8 x float>*
  %2597 = load <8 x float>, <8 x float>* %2596, align 4
  %2598 = add i64 %2529, 209
  %2599 = getelementptr inbounds float, float* %2, i64 %2598
  %2600 = load float, float* %2599, align 4
  %2601 = insertelement <8 x float> undef, float %2600, i32 0
  %splat255 = shufflevector <8 x float> %2601, <8 x float> undef, <8 x i32> zeroinitializer
  %2602 = load <8 x float>, <8 x float>* %49, align 32
  %2603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2593, <8 x float> %2602)
  store <8 x float> %2603, <8 x float>* %49, align 32
  %2604 = load <8 x float>, <8 x float>* %43, align 32
  %2605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2597, <8 x float> %2604)
  store <8 x float> %2605, <8 x float>* %43, align 32
  %2606 = add i64 %2529, 217
  %2607 = getelementptr inbounds float, float* %2, i64 %2606
  %2608 = load float, float* %2607, align 4
  %2609 = insertelement <8 x float> undef, float %2608, i32 0
  %splat256 = shufflevector <8 x float> %2609, <8 x float> undef, <8 x i32> zeroinitializer
  %2610 = load <8 x float>, <8 x float>* %48, align 32
  %2611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2593, <8 x float> %2610)
  store <8 x float> %2611, <8 x float>* %48, align 32
  %2612 = load <8 x float>, <8 x float>* %42, align 32
  %2613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2597, <8 x float> %2612)
  store <8 x float> %2613, <8 x float>* %42, align 32
  %2614 = add i64 %2529, 225
  %2615 = getelementptr inbounds float, float* %2, i64 %2614
  %2616 = load float, float* %2615, align 4
  %2617 = insertelement <8 x float> undef, float %2616, i32 0
  %splat257 = shufflevector <8 x float> %2617, <8 x float> undef, <8 x i32> zeroinitializer
  %2618 = load <8 x float>, <8 x float>* %47, align 32
  %2619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2593, <8 x float> %2618)
  store <8 x float> %2619, <8 x float>* %47, align 32
  %2620 = load <8 x float>, <8 x float>* %41, align 32
  %2621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2597, <8 x float> %2620)
  store <8 x float> %2621, <8 x float>* %41, align 32
  %2622 = add i64 %2529, 233
  %2623 = getelementptr inbounds float, float* %2, i64 %2622
  %2624 = load float, float* %2623, align 4
  %2625 = insertelement <8 x float> undef, float %2624, i32 0
  %splat258 = shufflevector <8 x float> %2625, <8 x float> undef, <8 x i32> zeroinitializer
  %2626 = load <8 x float>, <8 x float>* %46, align 32
  %2627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2593, <8 x float> %2626)
  store <8 x float> %2627, <8 x float>* %46, align 32
  %2628 = load <8 x float>, <8 x float>* %40, align 32
  %2629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2597, <8 x float> %2628)
  store <8 x float> %2629, <8 x float>* %40, align 32
  %2630 = add i64 %2529, 241
  %2631 = getelementptr inbounds float, float* %2, i64 %2630
  %2632 = load float, float* %2631, align 4
  %2633 = insertelement <8 x float> undef, float %2632, i32 0
  %splat259 = shufflevector <8 x float> %2633, <8 x float> undef, <8 x i32> zeroinitializer
  %2634 = load <8 x float>, <8 x float>* %45, align 32
  %2635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2593, <8 x float> %2634)
  store <8 x float> %2635, <8 x float>* %45, align 32
  %2636 = load <8 x float>, <8 x float>* %39, align 32
  %2637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2597, <8 x float> %2636)
  store <8 x float> %2637, <8 x float>* %39, align 32
  %2638 = add i64 %2529, 249
  %2639 = getelementptr inbounds float, float* %2, i64 %2638
  %2640 = load float, float* %2639, align 4
  %2641 = insertelement <8 x float> undef, float %2640, i32 0
  %splat260 = shufflevector <8 x float> %2641, <8 x float> undef, <8 x i32> zeroinitializer
  %2642 = load <8 x float>, <8 x float>* %44, align 32
  %2643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2593, <8 x float> %2642)
  store <8 x float> %2643, <8 x float>* %44, align 32
  %2644 = load <8 x float>, <8 x float>* %38, align 32
  %2645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2597, <8 x float> %2644)
  store <8 x float> %2645, <8 x float>* %38, align 32
  %2646 = add i64 %2533, 16
  %2647 = getelementptr inbounds float, float* %4, i64 %2646
  %2648 = bitcast float* %2647 to <8 x float>*
  %2649 = load <8 x float>, <8 x float>* %2648, align 4
  %2650 = add i64 %2533, 2320
  %2651 = getelementptr inbounds float, float* %4, i64 %2650
  %2652 = bitcast float* %2651 to <8 x float>*
  %2653 = load <8 x float>, <8 x float>* %2652, align 4
  %2654 = add i64 %2529, 210
  %2655 = getelementptr inbounds float, float* %2, i64 %2654
  %2656 = load float, float* %2655, align 4
  %2657 = insertelement <8 x float> undef, float %2656, i32 0
  %splat261 = shufflevector <8 x float> %2657, <8 x float> undef, <8 x i32> zeroinitializer
  %2658 = load <8 x float>, <8 x float>* %49, align 32
  %2659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2649, <8 x float> %2658)
  store <8 x float> %2659, <8 x float>* %49, align 32
  %2660 = load <8 x float>, <8 x float>* %43, align 32
  %2661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2653, <8 x float> %2660)
  store <8 x float> %2661, <8 x float>* %43, align 32
  %2662 = add i64 %2529, 218
  %2663 = getelementptr inbounds float, float* %2, i64 %2662
  %2664 = load float, float* %2663, align 4
  %2665 = insertelement <8 x float> undef, float %2664, i32 0
  %splat262 = shufflevector <8 x float> %2665, <8 x float> undef, <8 x i32> zeroinitializer
  %2666 = load <8 x float>, <8 x float>* %48, align 32
  %2667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2649, <8 x float> %2666)
  store <8 x float> %2667, <8 x float>* %48, align 32
  %2668 = load <8 x float>, <8 x float>* %42, align 32
  %2669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2653, <8 x float> %2668)
  store <8 x float> %2669, <8 x float>* %42, align 32
  %2670 = add i64 %2529, 226
  %2671 = getelementptr inbounds float, float* %2, i64 %2670
  %2672 = load float, float* %2671, align 4
  %2673 = insertelement <8 x float> undef, float %2672, i32 0
  %splat263 = shufflevector <8 x float> %2673, <8 x float> undef, <8 x i32> zeroinitializer
  %2674 = load <8 x float>, <8 x float>* %47, align 32
  %2675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2649, <8 x float> %2674)
  store <8 x float> %2675, <8 x float>* %47, align 32
  %2676 = load <8 x float>, <8 x float>* %41, align 32
  %2677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2653, <8 x float> %2676)
  store <8 x float> %2677, <8 x float>* %41, align 32
  %2678 = add i64 %2529, 234
  %2679 = getelementptr inbounds float, float* %2, i64 %2678
  %2680 = load float, float* %2679, align 4
  %2681 = insertelement <8 x float> undef, float %2680, i32 0
  %splat264 = shufflevector <8 x float> %2681, <8 x float> undef, <8 x i32> zeroinitializer
  %2682 = load <8 x float>, <8 x float>* %46, align 32
  %2683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2649, <8 x float> %2682)
  store <8 x float> %2683, <8 x float>* %46, align 32
  %2684 = load <8 x float>, <8 x float>* %40, align 32
  %2685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2653, <8 x float> %2684)
  store <8 x float> %2685, <8 x float>* %40, align 32
  %2686 = add i64 %2529, 242
  %2687 = getelementptr inbounds float, float* %2, i64 %2686
  %2688 = load float, float* %2687, align 4
  %2689 = insertelement <8 x float> undef, float %2688, i32 0
  %splat265 = shufflevector <8 x float> %2689, <8 x float> undef, <8 x i32> zeroinitializer
  %2690 = load <8 x float>, <8 x float>* %45, align 32
  %2691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2649, <8 x float> %2690)
  store <8 x float> %2691, <8 x float>* %45, align 32
  %2692 = load <8 x float>, <8 x float>* %39, align 32
  %2693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2653, <8 x float> %2692)
  store <8 x float> %2693, <8 x float>* %39, align 32
  %2694 = add i64 %2529, 250
  %2695 = getelementptr inbounds float, float* %2, i64 %2694
  %2696 = load float, float* %2695, align 4
  %2697 = insertelement <8 x float> undef, float %2696, i32 0
  %splat266 = shufflevector <8 x float> %2697, <8 x float> undef, <8 x i32> zeroinitializer
  %2698 = load <8 x float>, <8 x float>* %44, align 32
  %2699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2649, <8 x float> %2698)
  store <8 x float> %2699, <8 x float>* %44, align 32
  %2700 = load <8 x float>, <8 x float>* %38, align 32
  %2701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2653, <8 x float> %2700)
  store <8 x float> %2701, <8 x float>* %38, align 32
  %2702 = add i64 %2533, 24
  %2703 = getelementptr inbounds float, float* %4, i64 %2702
  %2704 = bitcast float* %2703 to <8 x float>*
  %2705 = load <8 x float>, <8 x float>* %2704, align 4
  %2706 = add i64 %2533, 2328
  %2707 = getelementptr inbounds float, float* %4, i64 %2706
  %2708 = bitcast float* %2707 to <8 x float>*
  %2709 = load <8 x float>, <8 x float>* %2708, align 4
  %2710 = add i64 %2529, 211
  %2711 = getelementptr inbounds float, float* %2, i64 %2710
  %2712 = load float, float* %2711, align 4
  %2713 = insertelement <8 x float> undef, float %2712, i32 0
  %splat267 = shufflevector <8 x float> %2713, <8 x float> undef, <8 x i32> zeroinitializer
  %2714 = load <8 x float>, <8 x float>* %49, align 32
  %2715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2705, <8 x float> %2714)
  store <8 x float> %2715, <8 x float>* %49, align 32
  %2716 = load <8 x float>, <8 x float>* %43, align 32
  %2717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2709, <8 x float> %2716)
  store <8 x float> %2717, <8 x float>* %43, align 32
  %2718 = add i64 %2529, 219
  %2719 = getelementptr inbounds float, float* %2, i64 %2718
  %2720 = load float, float* %2719, align 4
  %2721 = insertelement <8 x float> undef, float %2720, i32 0
  %splat268 = shufflevector <8 x float> %2721, <8 x float> undef, <8 x i32> zeroinitializer
  %2722 = load <8 x float>, <8 x float>* %48, align 32
  %2723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2705, <8 x float> %2722)
  store <8 x float> %2723, <8 x float>* %48, align 32
  %2724 = load <8 x float>, <8 x float>* %42, align 32
  %2725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2709, <8 x float> %2724)
  store <8 x float> %2725, <8 x float>* %42, align 32
  %2726 = add i64 %2529, 227
  %2727 = getelementptr inbounds float, float* %2, i64 %2726
  %2728 = load float, float* %2727, align 4
  %2729 = insertelement <8 x float> undef, float %2728, i32 0
  %splat269 = shufflevector <8 x float> %2729, <8 x float> undef, <8 x i32> zeroinitializer
  %2730 = load <8 x float>, <8 x float>* %47, align 32
  %2731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2705, <8 x float> %2730)
  store <8 x float> %2731, <8 x float>* %47, align 32
  %2732 = load <8 x float>, <8 x float>* %41, align 32
  %2733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2709, <8 x float> %2732)
  store <8 x float> %2733, <8 x float>* %41, align 32
  %2734 = add i64 %2529, 235
  %2735 = getelementptr inbounds float, float* %2, i64 %2734
  %2736 = load float, float* %2735, align 4
  %2737 = insertelement <8 x float> undef, float %2736, i32 0
  %splat270 = shufflevector <8 x float> %2737, <8 x float> undef, <8 x i32> zeroinitializer
  %2738 = load <8 x float>, <8 x float>* %46, align 32
  %2739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2705, <8 x float> %2738)
  store <8 x float> %2739, <8 x float>* %46, align 32
  %2740 = load <8 x float>, <8 x float>* %40, align 32
  %2741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2709, <8 x float> %2740)
  store <8 x float> %2741, <8 x float>* %40, align 32
  %2742 = add i64 %2529, 243
  %2743 = getelementptr inbounds float, float* %2, i64 %2742
  %2744 = load float, float* %2743, align 4
  %2745 = insertelement <8 x float> undef, float %2744, i32 0
  %splat271 = shufflevector <8 x float> %2745, <8 x float> undef, <8 x i32> zeroinitializer
  %2746 = load <8 x float>, <8 x float>* %45, align 32
  %2747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2705, <8 x float> %2746)
  store <8 x float> %2747, <8 x float>* %45, align 32
  %2748 = load <8 x float>, <8 x float>* %39, align 32
  %2749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2709, <8 x float> %2748)
  store <8 x float> %2749, <8 x float>* %39, align 32
  %2750 = add i64 %2529, 251
  %2751 = getelementptr inbounds float, float* %2, i64 %2750
  %2752 = load float, float* %2751, align 4
  %2753 = insertelement <8 x float> undef, float %2752, i32 0
  %splat272 = shufflevector <8 x float> %2753, <8 x float> undef, <8 x i32> zeroinitializer
  %2754 = load <8 x float>, <8 x float>* %44, align 32
  %2755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2705, <8 x float> %2754)
  store <8 x float> %2755, <8 x float>* %44, align 32
  %2756 = load <8 x float>, <8 x float>* %38, align 32
  %2757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2709, <8 x float> %2756)
  store <8 x float> %2757, <8 x float>* %38, align 32
  %2758 = add i64 %2533, 32
  %2759 = getelementptr inbounds float, float* %4, i64 %2758
  %2760 = bitcast float* %2759 to <8 x float>*
  %2761 = load <8 x float>, <8 x float>* %2760, align 4
  %2762 = add i64 %2533, 2336
  %2763 = getelementptr inbounds float, float* %4, i64 %2762
  %2764 = bitcast float* %2763 to <8 x float>*
  %2765 = load <8 x float>, <8 x float>* %2764, align 4
  %2766 = add i64 %2529, 212
  %2767 = getelementptr inbounds float, float* %2, i64 %2766
  %2768 = load float, float* %2767, align 4
  %2769 = insertelement <8 x float> undef, float %2768, i32 0
  %splat273 = shufflevector <8 x float> %2769, <8 x float> undef, <8 x i32> zeroinitializer
  %2770 = load <8 x float>, <8 x float>* %49, align 32
  %2771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2761, <8 x float> %2770)
  store <8 x float> %2771, <8 x float>* %49, align 32
  %2772 = load <8 x float>, <8 x float>* %43, align 32
  %2773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2765, <8 x float> %2772)
  store <8 x float> %2773, <8 x float>* %43, align 32
  %2774 = add i64 %2529, 220
  %2775 = getelementptr inbounds float, float* %2, i64 %2774
  %2776 = load float, float* %2775, align 4
  %2777 = insertelement <8 x float> undef, float %2776, i32 0
  %splat274 = shufflevector <8 x float> %2777, <8 x float> undef, <8 x i32> zeroinitializer
  %2778 = load <8 x float>, <8 x float>* %48, align 32
  %2779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2761, <8 x float> %2778)
  store <8 x float> %2779, <8 x float>* %48, align 32
  %2780 = load <8 x float>, <8 x float>* %42, align 32
  %2781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2765, <8 x float> %2780)
  store <8 x float> %2781, <8 x float>* %42, align 32
  %2782 = add i64 %2529, 228
  %2783 = getelementptr inbounds float, float* %2, i64 %2782
  %2784 = load float, float* %2783, align 4
  %2785 = insertelement <8 x float> undef, float %2784, i32 0
  %splat275 = shufflevector <8 x float> %2785, <8 x float> undef, <8 x i32> zeroinitializer
  %2786 = load <8 x float>, <8 x float>* %47, align 32
  %2787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2761, <8 x float> %2786)
  store <8 x float> %2787, <8 x float>* %47, align 32
  %2788 = load <8 x float>, <8 x float>* %41, align 32
  %2789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2765, <8 x float> %2788)
  store <8 x float> %2789, <8 x float>* %41, align 32
  %2790 = add i64 %2529, 236
  %2791 = getelementptr inbounds float, float* %2, i64 %2790
  %2792 = load float, float* %2791, align 4
  %2793 = insertelement <8 x float> undef, float %2792, i32 0
  %splat276 = shufflevector <8 x float> %2793, <8 x float> undef, <8 x i32> zeroinitializer
  %2794 = load <8 x float>, <8 x float>* %46, align 32
  %2795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2761, <8 x float> %2794)
  store <8 x float> %2795, <8 x float>* %46, align 32
  %2796 = load <8 x float>, <8 x float>* %40, align 32
  %2797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2765, <8 x float> %2796)
  store <8 x float> %2797, <8 x float>* %40, align 32
  %2798 = add i64 %2529, 244
  %2799 = getelementptr inbounds float, float* %2, i64 %2798
  %2800 = load float, float* %2799, align 4
  %2801 = insertelement <8 x float> undef, float %2800, i32 0
  %splat277 = shufflevector <8 x float> %2801, <8 x float> undef, <8 x i32> zeroinitializer
  %2802 = load <8 x float>, <8 x float>* %45, align 32
  %2803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2761, <8 x float> %2802)
  store <8 x float> %2803, <8 x float>* %45, align 32
  %2804 = load <8 x float>, <8 x float>* %39, align 32
  %2805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2765, <8 x float> %2804)
  store <8 x float> %2805, <8 x float>* %39, align 32
  %2806 = add i64 %2529, 252
  %2807 = getelementptr inbounds float, float* %2, i64 %2806
  %2808 = load float, float* %2807, align 4
  %2809 = insertelement <8 x float> undef, float %2808, i32 0
  %splat278 = shufflevector <8 x float> %2809, <8 x float> undef, <8 x i32> zeroinitializer
  %2810 = load <8 x float>, <8 x float>* %44, align 32
  %2811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2761, <8 x float> %2810)
  store <8 x float> %2811, <8 x float>* %44, align 32
  %2812 = load <8 x float>, <8 x float>* %38, align 32
  %2813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2765, <8 x float> %2812)
  store <8 x float> %2813, <8 x float>* %38, align 32
  %2814 = add i64 %2533, 40
  %2815 = getelementptr inbounds float, float* %4, i64 %2814
  %2816 = bitcast float* %2815 to <8 x float>*
  %2817 = load <8 x float>, <8 x float>* %2816, align 4
  %2818 = add i64 %2533, 2344
  %2819 = getelementptr inbounds float, float* %4, i64 %2818
  %2820 = bitcast float* %2819 to <8 x float>*
  %2821 = load <8 x float>, <8 x float>* %2820, align 4
  %2822 = add i64 %2529, 213
  %2823 = getelementptr inbounds float, float* %2, i64 %2822
  %2824 = load float, float* %2823, align 4
  %2825 = insertelement <8 x float> undef, float %2824, i32 0
  %splat279 = shufflevector <8 x float> %2825, <8 x float> undef, <8 x i32> zeroinitializer
  %2826 = load <8 x float>, <8 x float>* %49, align 32
  %2827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2817, <8 x float> %2826)
  store <8 x float> %2827, <8 x float>* %49, align 32
  %2828 = load <8 x float>, <8 x float>* %43, align 32
  %2829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2821, <8 x float> %2828)
  store <8 x float> %2829, <8 x float>* %43, align 32
  %2830 = add i64 %2529, 221
  %2831 = getelementptr inbounds float, float* %2, i64 %2830
  %2832 = load float, float* %2831, align 4
  %2833 = insertelement <8 x float> undef, float %2832, i32 0
  %splat280 = shufflevector <8 x float> %2833, <8 x float> undef, <8 x i32> zeroinitializer
  %2834 = load <8 x float>, <8 x float>* %48, align 32
  %2835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2817, <8 x float> %2834)
  store <8 x float> %2835, <8 x float>* %48, align 32
  %2836 = load <8 x float>, <8 x float>* %42, align 32
  %2837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2821, <8 x float> %2836)
  store <8 x float> %2837, <8 x float>* %42, align 32
  %2838 = add i64 %2529, 229
  %2839 = getelementptr inbounds float, float* %2, i64 %2838
  %2840 = load float, float* %2839, align 4
  %2841 = insertelement <8 x float> undef, float %2840, i32 0
  %splat281 = shufflevector <8 x float> %2841, <8 x float> undef, <8 x i32> zeroinitializer
  %2842 = load <8 x float>, <8 x float>* %47, align 32
  %2843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2817, <8 x float> %2842)
  store <8 x float> %2843, <8 x float>* %47, align 32
  %2844 = load <8 x float>, <8 x float>* %41, align 32
  %2845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2821, <8 x float> %2844)
  store <8 x float> %2845, <8 x float>* %41, align 32
  %2846 = add i64 %2529, 237
  %2847 = getelementptr inbounds float, float* %2, i64 %2846
  %2848 = load float, float* %2847, align 4
  %2849 = insertelement <8 x float> undef, float %2848, i32 0
  %splat282 = shufflevector <8 x float> %2849, <8 x float> undef, <8 x i32> zeroinitializer
  %2850 = load <8 x float>, <8 x float>* %46, align 32
  %2851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2817, <8 x float> %2850)
  store <8 x float> %2851, <8 x float>* %46, align 32
  %2852 = load <8 x float>, <8 x float>* %40, align 32
  %2853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2821, <8 x float> %2852)
  store <8 x float> %2853, <8 x float>* %40, align 32
  %2854 = add i64 %2529, 245
  %2855 = getelementptr inbounds float, float* %2, i64 %2854
  %2856 = load float, float* %2855, align 4
  %2857 = insertelement <8 x float> undef, float %2856, i32 0
  %splat283 = shufflevector <8 x float> %2857, <8 x float> undef, <8 x i32> zeroinitializer
  %2858 = load <8 x float>, <8 x float>* %45, align 32
  %2859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2817, <8 x float> %2858)
  store <8 x float> %2859, <8 x float>* %45, align 32
  %2860 = load <8 x float>, <8 x float>* %39, align 32
  %2861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2821, <8 x float> %2860)
  store <8 x float> %2861, <8 x float>* %39, align 32
  %2862 = add i64 %2529, 253
  %2863 = getelementptr inbounds float, float* %2, i64 %2862
  %2864 = load float, float* %2863, align 4
  %2865 = insertelement <8 x float> undef, float %2864, i32 0
  %splat284 = shufflevector <8 x float> %2865, <8 x float> undef, <8 x i32> zeroinitializer
  %2866 = load <8 x float>, <8 x float>* %44, align 32
  %2867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2817, <8 x float> %2866)
  store <8 x float> %2867, <8 x float>* %44, align 32
  %2868 = load <8 x float>, <8 x float>* %38, align 32
  %2869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2821, <8 x float> %2868)
  store <8 x float> %2869, <8 x float>* %38, align 32
  %2870 = add i64 %2533, 48
  %2871 = getelementptr inbounds float, float* %4, i64 %2870
  %2872 = bitcast float* %2871 to <8 x float>*
  %2873 = load <8 x float>, <8 x float>* %2872, align 4
  %2874 = add i64 %2533, 2352
  %2875 = getelementptr inbounds float, float* %4, i64 %2874
  %2876 = bitcast float* %2875 to <8 x float>*
  %2877 = load <8 x float>, <8 x float>* %2876, align 4
  %2878 = add i64 %2529, 214
  %2879 = getelementptr inbounds float, float* %2, i64 %2878
  %2880 = load float, float* %2879, align 4
  %2881 = insertelement <8 x float> undef, float %2880, i32 0
  %splat285 = shufflevector <8 x float> %2881, <8 x float> undef, <8 x i32> zeroinitializer
  %2882 = load <8 x float>, <8 x float>* %49, align 32
  %2883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2873, <8 x float> %2882)
  store <8 x float> %2883, <8 x float>* %49, align 32
  %2884 = load <8 x float>, <8 x float>* %43, align 32
  %2885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2877, <8 x float> %2884)
  store <8 x float> %2885, <8 x float>* %43, align 32
  %2886 = add i64 %2529, 222
  %2887 = getelementptr inbounds float, float* %2, i64 %2886
  %2888 = load float, float* %2887, align 4
  %2889 = insertelement <8 x float> undef, float %2888, i32 0
  %splat286 = shufflevector <8 x float> %2889, <8 x float> undef, <8 x i32> zeroinitializer
  %2890 = load <8 x float>, <8 x float>* %48, align 32
  %2891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2873, <8 x float> %2890)
  store <8 x float> %2891, <8 x float>* %48, align 32
  %2892 = load <8 x float>, <8 x float>* %42, align 32
  %2893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2877, <8 x float> %2892)
  store <8 x float> %2893, <8 x float>* %42, align 32
  %2894 = add i64 %2529, 230
  %2895 = getelementptr inbounds float, float* %2, i64 %2894
  %2896 = load float, float* %2895, align 4
  %2897 = insertelement <8 x float> undef, float %2896, i32 0
  %splat287 = shufflevector <8 x float> %2897, <8 x float> undef, <8 x i32> zeroinitializer
  %2898 = load <8 x float>, <8 x float>* %47, align 32
  %2899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2873, <8 x float> %2898)
  store <8 x float> %2899, <8 x float>* %47, align 32
  %2900 = load <8 x float>, <8 x float>* %41, align 32
  %2901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2877, <8 x float> %2900)
  store <8 x float> %2901, <8 x float>* %41, align 32
  %2902 = add i64 %2529, 238
  %2903 = getelementptr inbounds float, float* %2, i64 %2902
  %2904 = load float, float* %2903, align 4
  %2905 = insertelement <8 x float> undef, float %2904, i32 0
  %splat288 = shufflevector <8 x float> %2905, <8 x float> undef, <8 x i32> zeroinitializer
  %2906 = load <8 x float>, <8 x float>* %46, align 32
  %2907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2873, <8 x float> %2906)
  store <8 x float> %2907, <8 x float>* %46, align 32
  %2908 = load <8 x float>, <8 x float>* %40, align 32
  %2909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2877, <8 x float> %2908)
  store <8 x float> %2909, <8 x float>* %40, align 32
  %2910 = add i64 %2529, 246
  %2911 = getelementptr inbounds float, float* %2, i64 %2910
  %2912 = load float, float* %2911, align 4
  %2913 = insertelement <8 x float> undef, float %2912, i32 0
  %splat289 = shufflevector <8 x float> %2913, <8 x float> undef, <8 x i32> zeroinitializer
  %2914 = load <8 x float>, <8 x float>* %45, align 32
  %2915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2873, <8 x float> %2914)
  store <8 x float> %2915, <8 x float>* %45, align 32
  %2916 = load <8 x float>, <8 x float>* %39, align 32
  %2917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2877, <8 x float> %2916)
  store <8 x float> %2917, <8 x float>* %39, align 32
  %2918 = add i64 %2529, 254
  %2919 = getelementptr inbounds float, float* %2, i64 %2918
  %2920 = load float, float* %2919, align 4
  %2921 = insertelement <8 x float> undef, float %2920, i32 0
  %splat290 = shufflevector <8 x float> %2921, <8 x float> undef, <8 x i32> zeroinitializer
  %2922 = load <8 x float>, <8 x float>* %44, align 32
  %2923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2873, <8 x float> %2922)
  store <8 x float> %2923, <8 x float>* %44, align 32
  %2924 = load <8 x float>, <8 x float>* %38, align 32
  %2925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2877, <8 x float> %2924)
  store <8 x float> %2925, <8 x float>* %38, align 32
  %2926 = add i64 %2533, 56
  %2927 = getelementptr inbounds float, float* %4, i64 %2926
  %2928 = bitcast float* %2927 to <8 x float>*
  %2929 = load <8 x float>, <8 x float>* %2928, align 4
  %2930 = add i64 %2533, 2360
  %2931 = getelementptr inbounds float, float* %4, i64 %2930
  %2932 = bitcast float* %2931 to <8 x float>*
  %2933 = load <8 x float>, <8 x float>* %2932, align 4
  %2934 = add i64 %2529, 215
  %2935 = getelementptr inbounds float, float* %2, i64 %2934
  %2936 = load float, float* %2935, align 4
  %2937 = insertelement <8 x float> undef, float %2936, i32 0
  %splat291 = shufflevector <8 x float> %2937, <8 x float> undef, <8 x i32> zeroinitializer
  %2938 = load <8 x float>, <8 x float>* %49, align 32
  %2939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2929, <8 x float> %2938)
  store <8 x float> %2939, <8 x float>* %49, align 32
  %2940 = load <8 x float>, <8 x float>* %43, align 32
  %2941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2933, <8 x float> %2940)
  store <8 x float> %2941, <8 x float>* %43, align 32
  %2942 = add i64 %2529, 223
  %2943 = getelementptr inbounds float, float* %2, i64 %2942
  %2944 = load float, float* %2943, align 4
  %2945 = insertelement <8 x float> undef, float %2944, i32 0
  %splat292 = shufflevector <8 x float> %2945, <8 x float> undef, <8 x i32> zeroinitializer
  %2946 = load <8 x float>, <8 x float>* %48, align 32
  %2947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2929, <8 x float> %2946)
  store <8 x float> %2947, <8 x float>* %48, align 32
  %2948 = load <8 x float>, <8 x float>* %42, align 32
  %2949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2933, <8 x float> %2948)
  store <8 x float> %2949, <8 x float>* %42, align 32
  %2950 = add i64 %2529, 231
  %2951 = getelementptr inbounds float, float* %2, i64 %2950
  %2952 = load float, float* %2951, align 4
  %2953 = insertelement <8 x float> undef, float %2952, i32 0
  %splat293 = shufflevector <8 x float> %2953, <8 x float> undef, <8 x i32> zeroinitializer
  %2954 = load <8 x float>, <8 x float>* %47, align 32
  %2955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2929, <8 x float> %2954)
  store <8 x float> %2955, <8 x float>* %47, align 32
  %2956 = load <8 x float>, <8 x float>* %41, align 32
  %2957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2933, <8 x float> %2956)
  store <8 x float> %2957, <8 x float>* %41, align 32
  %2958 = add i64 %2529, 239
  %2959 = getelementptr inbounds float, float* %2, i64 %2958
  %2960 = load float, float* %2959, align 4
  %2961 = insertelement <8 x float> undef, float %2960, i32 0
  %splat294 = shufflevector <8 x float> %2961, <8 x float> undef, <8 x i32> zeroinitializer
  %2962 = load <8 x float>, <8 x float>* %46, align 32
  %2963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2929, <8 x float> %2962)
  store <8 x float> %2963, <8 x float>* %46, align 32
  %2964 = load <8 x float>, <8 x float>* %40, align 32
  %2965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2933, <8 x float> %2964)
  store <8 x float> %2965, <8 x float>* %40, align 32
  %2966 = add i64 %2529, 247
  %2967 = getelementptr inbounds float, float* %2, i64 %2966
  %2968 = load float, float* %2967, align 4
  %2969 = insertelement <8 x float> undef, float %2968, i32 0
  %splat295 = shufflevector <8 x float> %2969, <8 x float> undef, <8 x i32> zeroinitializer
  %2970 = load <8 x float>, <8 x float>* %45, align 32
  %2971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2929, <8 x float> %2970)
  store <8 x float> %2971, <8 x float>* %45, align 32
  %2972 = load <8 x float>, <8 x float>* %39, align 32
  %2973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2933, <8 x float> %2972)
  store <8 x float> %2973, <8 x float>* %39, align 32
  %2974 = add i64 %2529, 255
  %2975 = getelementptr inbounds float, float* %2, i64 %2974
  %2976 = load float, float* %2975, align 4
  %2977 = insertelement <8 x float> undef, float %2976, i32 0
  %splat296 = shufflevector <8 x float> %2977, <8 x float> undef, <8 x i32> zeroinitializer
  %2978 = load <8 x float>, <8 x float>* %44, align 32
  %2979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2929, <8 x float> %2978)
  store <8 x float> %2979, <8 x float>* %44, align 32
  %2980 = load <8 x float>, <8 x float>* %38, align 32
  %2981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2933, <8 x float> %2980)
  store <8 x float> %2981, <8 x float>* %38, align 32
  %kw.next297 = add i64 %kw248, 1
  br label %kw.header245

kw.exit247:                                       ; preds = %kw.header245
  %kh.next298 = add i64 %kh244, 1
  br label %kh.header241

u.header300:                                      ; preds = %kh.exit306, %u.exit239
  %u303 = phi i64 [ 0, %u.exit239 ], [ %u.next362, %kh.exit306 ]
  %2982 = icmp slt i64 %u303, 4
  br i1 %2982, label %u.body301, label %u.exit302

u.body301:                                        ; preds = %u.header300
  %2983 = mul i64 %u303, 2312
  %2984 = add i64 %2523, %2983
  %2985 = mul i64 %u303, 576
  %2986 = add i64 %113, %2985
  br label %kh.header304

u.exit302:                                        ; preds = %u.header300
  %2987 = mul i64 %105, 8
  %2988 = add i64 %2987, %108
  %2989 = add i64 %2988, 0
  %2990 = mul i64 %2989, 15
  %2991 = add i64 %2990, %102
  %2992 = mul i64 %2991, 15
  %2993 = add i64 %2992, 30
  %2994 = mul i64 %2993, 8
  %2995 = load <8 x float>, <8 x float>* %37, align 32
  %2996 = fcmp ogt <8 x float> %2995, zeroinitializer
  %2997 = select <8 x i1> %2996, <8 x float> %2995, <8 x float> zeroinitializer
  %2998 = getelementptr inbounds float, float* %0, i64 %2994
  %2999 = bitcast float* %2998 to <8 x float>*
  store <8 x float> %2997, <8 x float>* %2999, align 4
  %3000 = add i64 %2992, 31
  %3001 = mul i64 %3000, 8
  %3002 = load <8 x float>, <8 x float>* %36, align 32
  %3003 = fcmp ogt <8 x float> %3002, zeroinitializer
  %3004 = select <8 x i1> %3003, <8 x float> %3002, <8 x float> zeroinitializer
  %3005 = getelementptr inbounds float, float* %0, i64 %3001
  %3006 = bitcast float* %3005 to <8 x float>*
  store <8 x float> %3004, <8 x float>* %3006, align 4
  %3007 = add i64 %2992, 32
  %3008 = mul i64 %3007, 8
  %3009 = load <8 x float>, <8 x float>* %35, align 32
  %3010 = fcmp ogt <8 x float> %3009, zeroinitializer
  %3011 = select <8 x i1> %3010, <8 x float> %3009, <8 x float> zeroinitializer
  %3012 = getelementptr inbounds float, float* %0, i64 %3008
  %3013 = bitcast float* %3012 to <8 x float>*
  store <8 x float> %3011, <8 x float>* %3013, align 4
  %3014 = add i64 %2992, 33
  %3015 = mul i64 %3014, 8
  %3016 = load <8 x float>, <8 x float>* %34, align 32
  %3017 = fcmp ogt <8 x float> %3016, zeroinitializer
  %3018 = select <8 x i1> %3017, <8 x float> %3016, <8 x float> zeroinitializer
  %3019 = getelementptr inbounds float, float* %0, i64 %3015
  %3020 = bitcast float* %3019 to <8 x float>*
  store <8 x float> %3018, <8 x float>* %3020, align 4
  %3021 = add i64 %2992, 34
  %3022 = mul i64 %3021, 8
  %3023 = load <8 x float>, <8 x float>* %33, align 32
  %3024 = fcmp ogt <8 x float> %3023, zeroinitializer
  %3025 = select <8 x i1> %3024, <8 x float> %3023, <8 x float> zeroinitializer
  %3026 = getelementptr inbounds float, float* %0, i64 %3022
  %3027 = bitcast float* %3026 to <8 x float>*
  store <8 x float> %3025, <8 x float>* %3027, align 4
  %3028 = add i64 %2992, 35
  %3029 = mul i64 %3028, 8
  %3030 = load <8 x float>, <8 x float>* %32, align 32
  %3031 = fcmp ogt <8 x float> %3030, zeroinitializer
  %3032 = select <8 x i1> %3031, <8 x float> %3030, <8 x float> zeroinitializer
  %3033 = getelementptr inbounds float, float* %0, i64 %3029
  %3034 = bitcast float* %3033 to <8 x float>*
  store <8 x float> %3032, <8 x float>* %3034, align 4
  %3035 = mul i64 %105, 8
  %3036 = add i64 %3035, %108
  %3037 = add i64 %3036, 1
  %3038 = mul i64 %3037, 15
  %3039 = add i64 %3038, %102
  %3040 = mul i64 %3039, 15
  %3041 = add i64 %3040, 30
  %3042 = mul i64 %3041, 8
  %3043 = load <8 x float>, <8 x float>* %31, align 32
  %3044 = fcmp ogt <8 x float> %3043, zeroinitializer
  %3045 = select <8 x i1> %3044, <8 x float> %3043, <8 x float> zeroinitializer
  %3046 = getelementptr inbounds float, float* %0, i64 %3042
  %3047 = bitcast float* %3046 to <8 x float>*
  store <8 x float> %3045, <8 x float>* %3047, align 4
  %3048 = add i64 %3040, 31
  %3049 = mul i64 %3048, 8
  %3050 = load <8 x float>, <8 x float>* %30, align 32
  %3051 = fcmp ogt <8 x float> %3050, zeroinitializer
  %3052 = select <8 x i1> %3051, <8 x float> %3050, <8 x float> zeroinitializer
  %3053 = getelementptr inbounds float, float* %0, i64 %3049
  %3054 = bitcast float* %3053 to <8 x float>*
  store <8 x float> %3052, <8 x float>* %3054, align 4
  %3055 = add i64 %3040, 32
  %3056 = mul i64 %3055, 8
  %3057 = load <8 x float>, <8 x float>* %29, align 32
  %3058 = fcmp ogt <8 x float> %3057, zeroinitializer
  %3059 = select <8 x i1> %3058, <8 x float> %3057, <8 x float> zeroinitializer
  %3060 = getelementptr inbounds float, float* %0, i64 %3056
  %3061 = bitcast float* %3060 to <8 x float>*
  store <8 x float> %3059, <8 x float>* %3061, align 4
  %3062 = add i64 %3040, 33
  %3063 = mul i64 %3062, 8
  %3064 = load <8 x float>, <8 x float>* %28, align 32
  %3065 = fcmp ogt <8 x float> %3064, zeroinitializer
  %3066 = select <8 x i1> %3065, <8 x float> %3064, <8 x float> zeroinitializer
  %3067 = getelementptr inbounds float, float* %0, i64 %3063
  %3068 = bitcast float* %3067 to <8 x float>*
  store <8 x float> %3066, <8 x float>* %3068, align 4
  %3069 = add i64 %3040, 34
  %3070 = mul i64 %3069, 8
  %3071 = load <8 x float>, <8 x float>* %27, align 32
  %3072 = fcmp ogt <8 x float> %3071, zeroinitializer
  %3073 = select <8 x i1> %3072, <8 x float> %3071, <8 x float> zeroinitializer
  %3074 = getelementptr inbounds float, float* %0, i64 %3070
  %3075 = bitcast float* %3074 to <8 x float>*
  store <8 x float> %3073, <8 x float>* %3075, align 4
  %3076 = add i64 %3040, 35
  %3077 = mul i64 %3076, 8
  %3078 = load <8 x float>, <8 x float>* %26, align 32
  %3079 = fcmp ogt <8 x float> %3078, zeroinitializer
  %3080 = select <8 x i1> %3079, <8 x float> %3078, <8 x float> zeroinitializer
  %3081 = getelementptr inbounds float, float* %0, i64 %3077
  %3082 = bitcast float* %3081 to <8 x float>*
  store <8 x float> %3080, <8 x float>* %3082, align 4
  %3083 = add i64 %108, 0
  %3084 = mul i64 %3083, 8
  %3085 = getelementptr inbounds float, float* %5, i64 %3084
  %3086 = bitcast float* %3085 to <8 x float>*
  %3087 = load <8 x float>, <8 x float>* %3086, align 4
  store <8 x float> %3087, <8 x float>* %25, align 32
  store <8 x float> %3087, <8 x float>* %24, align 32
  store <8 x float> %3087, <8 x float>* %23, align 32
  store <8 x float> %3087, <8 x float>* %22, align 32
  store <8 x float> %3087, <8 x float>* %21, align 32
  store <8 x float> %3087, <8 x float>* %20, align 32
  %3088 = add i64 %108, 1
  %3089 = mul i64 %3088, 8
  %3090 = getelementptr inbounds float, float* %5, i64 %3089
  %3091 = bitcast float* %3090 to <8 x float>*
  %3092 = load <8 x float>, <8 x float>* %3091, align 4
  store <8 x float> %3092, <8 x float>* %19, align 32
  store <8 x float> %3092, <8 x float>* %18, align 32
  store <8 x float> %3092, <8 x float>* %17, align 32
  store <8 x float> %3092, <8 x float>* %16, align 32
  store <8 x float> %3092, <8 x float>* %15, align 32
  store <8 x float> %3092, <8 x float>* %14, align 32
  %3093 = add i64 %114, 0
  %3094 = add i64 %112, %3093
  br label %u.header363

kh.header304:                                     ; preds = %kw.exit310, %u.body301
  %kh307 = phi i64 [ 0, %u.body301 ], [ %kh.next361, %kw.exit310 ]
  %3095 = icmp slt i64 %kh307, 3
  br i1 %3095, label %kh.body305, label %kh.exit306

kh.body305:                                       ; preds = %kh.header304
  %3096 = mul i64 %kh307, 136
  %3097 = add i64 %2984, %3096
  br label %kw.header308

kh.exit306:                                       ; preds = %kh.header304
  %u.next362 = add i64 %u303, 1
  br label %u.header300

kw.header308:                                     ; preds = %kw.body309, %kh.body305
  %kw311 = phi i64 [ 0, %kh.body305 ], [ %kw.next360, %kw.body309 ]
  %3098 = icmp slt i64 %kw311, 3
  br i1 %3098, label %kw.body309, label %kw.exit310

kw.body309:                                       ; preds = %kw.header308
  %3099 = mul i64 %kw311, 8
  %3100 = add i64 %3097, %3099
  %3101 = mul i64 %kh307, 3
  %3102 = add i64 %3101, %kw311
  %3103 = mul i64 %3102, 64
  %3104 = add i64 %2986, %3103
  %3105 = add i64 %3104, 0
  %3106 = getelementptr inbounds float, float* %4, i64 %3105
  %3107 = bitcast float* %3106 to <8 x float>*
  %3108 = load <8 x float>, <8 x float>* %3107, align 4
  %3109 = add i64 %3104, 2304
  %3110 = getelementptr inbounds float, float* %4, i64 %3109
  %3111 = bitcast float* %3110 to <8 x float>*
  %3112 = load <8 x float>, <8 x float>* %3111, align 4
  %3113 = add i64 %3100, 272
  %3114 = getelementptr inbounds float, float* %2, i64 %3113
  %3115 = load float, float* %3114, align 4
  %3116 = insertelement <8 x float> undef, float %3115, i32 0
  %splat312 = shufflevector <8 x float> %3116, <8 x float> undef, <8 x i32> zeroinitializer
  %3117 = load <8 x float>, <8 x float>* %37, align 32
  %3118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat312, <8 x float> %3108, <8 x float> %3117)
  store <8 x float> %3118, <8 x float>* %37, align 32
  %3119 = load <8 x float>, <8 x float>* %31, align 32
  %3120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat312, <8 x float> %3112, <8 x float> %3119)
  store <8 x float> %3120, <8 x float>* %31, align 32
  %3121 = add i64 %3100, 280
  %3122 = getelementptr inbounds float, float* %2, i64 %3121
  %3123 = load float, float* %3122, align 4
  %3124 = insertelement <8 x float> undef, float %3123, i32 0
  %splat313 = shufflevector <8 x float> %3124, <8 x float> undef, <8 x i32> zeroinitializer
  %3125 = load <8 x float>, <8 x float>* %36, align 32
  %3126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat313, <8 x float> %3108, <8 x float> %3125)
  store <8 x float> %3126, <8 x float>* %36, align 32
  %3127 = load <8 x float>, <8 x float>* %30, align 32
  %3128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat313, <8 x float> %3112, <8 x float> %3127)
  store <8 x float> %3128, <8 x float>* %30, align 32
  %3129 = add i64 %3100, 288
  %3130 = getelementptr inbounds float, float* %2, i64 %3129
  %3131 = load float, float* %3130, align 4
  %3132 = insertelement <8 x float> undef, float %3131, i32 0
  %splat314 = shufflevector <8 x float> %3132, <8 x float> undef, <8 x i32> zeroinitializer
  %3133 = load <8 x float>, <8 x float>* %35, align 32
  %3134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat314, <8 x float> %3108, <8 x float> %3133)
  store <8 x float> %3134, <8 x float>* %35, align 32
  %3135 = load <8 x float>, <8 x float>* %29, align 32
  %3136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat314, <8 x float> %3112, <8 x float> %3135)
  store <8 x float> %3136, <8 x float>* %29, align 32
  %3137 = add i64 %3100, 296
  %3138 = getelementptr inbounds float, float* %2, i64 %3137
  %3139 = load float, float* %3138, align 4
  %3140 = insertelement <8 x float> undef, float %3139, i32 0
  %splat315 = shufflevector <8 x float> %3140, <8 x float> undef, <8 x i32> zeroinitializer
  %3141 = load <8 x float>, <8 x float>* %34, align 32
  %3142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat315, <8 x float> %3108, <8 x float> %3141)
  store <8 x float> %3142, <8 x float>* %34, align 32
  %3143 = load <8 x float>, <8 x float>* %28, align 32
  %3144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat315, <8 x float> %3112, <8 x float> %3143)
  store <8 x float> %3144, <8 x float>* %28, align 32
  %3145 = add i64 %3100, 304
  %3146 = getelementptr inbounds float, float* %2, i64 %3145
  %3147 = load float, float* %3146, align 4
  %3148 = insertelement <8 x float> undef, float %3147, i32 0
  %splat316 = shufflevector <8 x float> %3148, <8 x float> undef, <8 x i32> zeroinitializer
  %3149 = load <8 x float>, <8 x float>* %33, align 32
  %3150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat316, <8 x float> %3108, <8 x float> %3149)
  store <8 x float> %3150, <8 x float>* %33, align 32
  %3151 = load <8 x float>, <8 x float>* %27, align 32
  %3152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat316, <8 x float> %3112, <8 x float> %3151)
  store <8 x float> %3152, <8 x float>* %27, align 32
  %3153 = add i64 %3100, 312
  %3154 = getelementptr inbounds float, float* %2, i64 %3153
  %3155 = load float, float* %3154, align 4
  %3156 = insertelement <8 x float> undef, float %3155, i32 0
  %splat317 = shufflevector <8 x float> %3156, <8 x float> undef, <8 x i32> zeroinitializer
  %3157 = load <8 x float>, <8 x float>* %32, align 32
  %3158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat317, <8 x float> %3108, <8 x float> %3157)
  store <8 x float> %3158, <8 x float>* %32, align 32
  %3159 = load <8 x float>, <8 x float>* %26, align 32
  %3160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat317, <8 x float> %3112, <8 x float> %3159)
  store <8 x float> %3160, <8 x float>* %26, align 32
  %3161 = add i64 %3104, 8
  %3162 = getelementptr inbounds float, float* %4, i64 %3161
  %3163 = bitcast float* %3162 to <8 x float>*
  %3164 = load <8 x float>, <8 x float>* %3163, align 4
  %3165 = add i64 %3104, 2312
  %3166 = getelementptr inbounds float, float* %4, i64 %3165
  %3167 = bitcast float* %3166 to <8 x float>*
  %3168 = load <8 x float>, <8 x float>* %3167, align 4
  %3169 = add i64 %3100, 273
  %3170 = getelementptr inbounds float, float* %2, i64 %3169
  %3171 = load float, float* %3170, align 4
  %3172 = insertelement <8 x float> undef, float %3171, i32 0
  %splat318 = shufflevector <8 x float> %3172, <8 x float> undef, <8 x i32> zeroinitializer
  %3173 = load <8 x float>, <8 x float>* %37, align 32
  %3174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat318, <8 x float> %3164, <8 x float> %3173)
  store <8 x float> %3174, <8 x float>* %37, align 32
  %3175 = load <8 x float>, <8 x float>* %31, align 32
  %3176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat318, <8 x float> %3168, <8 x float> %3175)
  store <8 x float> %3176, <8 x float>* %31, align 32
  %3177 = add i64 %3100, 281
  %3178 = getelementptr inbounds float, float* %2, i64 %3177
  %3179 = load float, float* %3178, align 4
  %3180 = insertelement <8 x float> undef, float %3179, i32 0
  %splat319 = shufflevector <8 x float> %3180, <8 x float> undef, <8 x i32> zeroinitializer
  %3181 = load <8 x float>, <8 x float>* %36, align 32
  %3182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat319, <8 x float> %3164, <8 x float> %3181)
  store <8 x float> %3182, <8 x float>* %36, align 32
  %3183 = load <8 x float>, <8 x float>* %30, align 32
  %3184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat319, <8 x float> %3168, <8 x float> %3183)
  store <8 x float> %3184, <8 x float>* %30, align 32
  %3185 = add i64 %3100, 289
  %3186 = getelementptr inbounds float, float* %2, i64 %3185
  %3187 = load float, float* %3186, align 4
  %3188 = insertelement <8 x float> undef, float %3187, i32 0
  %splat320 = shufflevector <8 x float> %3188, <8 x float> undef, <8 x i32> zeroinitializer
  %3189 = load <8 x float>, <8 x float>* %35, align 32
  %3190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat320, <8 x float> %3164, <8 x float> %3189)
  store <8 x float> %3190, <8 x float>* %35, align 32
  %3191 = load <8 x float>, <8 x float>* %29, align 32
  %3192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat320, <8 x float> %3168, <8 x float> %3191)
  store <8 x float> %3192, <8 x float>* %29, align 32
  %3193 = add i64 %3100, 297
  %3194 = getelementptr inbounds float, float* %2, i64 %3193
  %3195 = load float, float* %3194, align 4
  %3196 = insertelement <8 x float> undef, float %3195, i32 0
  %splat321 = shufflevector <8 x float> %3196, <8 x float> undef, <8 x i32> zeroinitializer
  %3197 = load <8 x float>, <8 x float>* %34, align 32
  %3198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat321, <8 x float> %3164, <8 x float> %3197)
  store <8 x float> %3198, <8 x float>* %34, align 32
  %3199 = load <8 x float>, <8 x float>* %28, align 32
  %3200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat321, <8 x float> %3168, <8 x float> %3199)
  store <8 x float> %3200, <8 x float>* %28, align 32
  %3201 = add i64 %3100, 305
  %3202 = getelementptr inbounds float, float* %2, i64 %3201
  %3203 = load float, float* %3202, align 4
  %3204 = insertelement <8 x float> undef, float %3203, i32 0
  %splat322 = shufflevector <8 x float> %3204, <8 x float> undef, <8 x i32> zeroinitializer
  %3205 = load <8 x float>, <8 x float>* %33, align 32
  %3206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat322, <8 x float> %3164, <8 x float> %3205)
  store <8 x float> %3206, <8 x float>* %33, align 32
  %3207 = load <8 x float>, <8 x float>* %27, align 32
  %3208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat322, <8 x float> %3168, <8 x float> %3207)
  store <8 x float> %3208, <8 x float>* %27, align 32
  %3209 = add i64 %3100, 313
  %3210 = getelementptr inbounds float, float* %2, i64 %3209
  %3211 = load float, float* %3210, align 4
  %3212 = insertelement <8 x float> undef, float %3211, i32 0
  %splat323 = shufflevector <8 x float> %3212, <8 x float> undef, <8 x i32> zeroinitializer
  %3213 = load <8 x float>, <8 x float>* %32, align 32
  %3214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat323, <8 x float> %3164, <8 x float> %3213)
  store <8 x float> %3214, <8 x float>* %32, align 32
  %3215 = load <8 x float>, <8 x float>* %26, align 32
  %3216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat323, <8 x float> %3168, <8 x float> %3215)
  store <8 x float> %3216, <8 x float>* %26, align 32
  %3217 = add i64 %3104, 16
  %3218 = getelementptr inbounds float, float* %4, i64 %3217
  %3219 = bitcast float* %3218 to <8 x float>*
  %3220 = load <8 x float>, <8 x float>* %3219, align 4
  %3221 = add i64 %3104, 2320
  %3222 = getelementptr inbounds float, float* %4, i64 %3221
  %3223 = bitcast float* %3222 to <8 x float>*
  %3224 = load <8 x float>, <8 x float>* %3223, align 4
  %3225 = add i64 %3100, 274
  %3226 = getelementptr inbounds float, float* %2, i64 %3225
  %3227 = load float, float* %3226, align 4
  %3228 = insertelement <8 x float> undef, float %3227, i32 0
  %splat324 = shufflevector <8 x float> %3228, <8 x float> undef, <8 x i32> zeroinitializer
  %3229 = load <8 x float>, <8 x float>* %37, align 32
  %3230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat324, <8 x float> %3220, <8 x float> %3229)
  store <8 x float> %3230, <8 x float>* %37, align 32
  %3231 = load <8 x float>, <8 x float>* %31, align 32
  %3232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat324, <8 x float> %3224, <8 x float> %3231)
  store <8 x float> %3232, <8 x float>* %31, align 32
  %3233 = add i64 %3100, 282
  %3234 = getelementptr inbounds float, float* %2, i64 %3233
  %3235 = load float, float* %3234, align 4
  %3236 = insertelement <8 x float> undef, float %3235, i32 0
  %splat325 = shufflevector <8 x float> %3236, <8 x float> undef, <8 x i32> zeroinitializer
  %3237 = load <8 x float>, <8 x float>* %36, align 32
  %3238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat325, <8 x float> %3220, <8 x float> %3237)
  store <8 x float> %3238, <8 x float>* %36, align 32
  %3239 = load <8 x float>, <8 x float>* %30, align 32
  %3240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat325, <8 x float> %3224, <8 x float> %3239)
  store <8 x float> %3240, <8 x float>* %30, align 32
  %3241 = add i64 %3100, 290
  %3242 = getelementptr inbounds float, float* %2, i64 %3241
  %3243 = load float, float* %3242, align 4
  %3244 = insertelement <8 x float> undef, float %3243, i32 0
  %splat326 = shufflevector <8 x float> %3244, <8 x float> undef, <8 x i32> zeroinitializer
  %3245 = load <8 x float>, <8 x float>* %35, align 32
  %3246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat326, <8 x float> %3220, <8 x float> %3245)
  store <8 x float> %3246, <8 x float>* %35, align 32
  %3247 = load <8 x float>, <8 x float>* %29, align 32
  %3248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat326, <8 x float> %3224, <8 x float> %3247)
  store <8 x float> %3248, <8 x float>* %29, align 32
  %3249 = add i64 %3100, 298
  %3250 = getelementptr inbounds float, float* %2, i64 %3249
  %3251 = load float, float* %3250, align 4
  %3252 = insertelement <8 x float> undef, float %3251, i32 0
  %splat327 = shufflevector <8 x float> %3252, <8 x float> undef, <8 x i32> zeroinitializer
  %3253 = load <8 x float>, <8 x float>* %34, align 32
  %3254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %3220, <8 x float> %3253)
  store <8 x float> %3254, <8 x float>* %34, align 32
  %3255 = load <8 x float>, <8 x float>* %28, align 32
  %3256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %3224, <8 x float> %3255)
  store <8 x float> %3256, <8 x float>* %28, align 32
  %3257 = add i64 %3100, 306
  %3258 = getelementptr inbounds float, float* %2, i64 %3257
  %3259 = load float, float* %3258, align 4
  %3260 = insertelement <8 x float> undef, float %3259, i32 0
  %splat328 = shufflevector <8 x float> %3260, <8 x float> undef, <8 x i32> zeroinitializer
  %3261 = load <8 x float>, <8 x float>* %33, align 32
  %3262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %3220, <8 x float> %3261)
  store <8 x float> %3262, <8 x float>* %33, align 32
  %3263 = load <8 x float>, <8 x float>* %27, align 32
  %3264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %3224, <8 x float> %3263)
  store <8 x float> %3264, <8 x float>* %27, align 32
  %3265 = add i64 %3100, 314
  %3266 = getelementptr inbounds float, float* %2, i64 %3265
  %3267 = load float, float* %3266, align 4
  %3268 = insertelement <8 x float> undef, float %3267, i32 0
  %splat329 = shufflevector <8 x float> %3268, <8 x float> undef, <8 x i32> zeroinitializer
  %3269 = load <8 x float>, <8 x float>* %32, align 32
  %3270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %3220, <8 x float> %3269)
  store <8 x float> %3270, <8 x float>* %32, align 32
  %3271 = load <8 x float>, <8 x float>* %26, align 32
  %3272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %3224, <8 x float> %3271)
  store <8 x float> %3272, <8 x float>* %26, align 32
  %3273 = add i64 %3104, 24
  %3274 = getelementptr inbounds float, float* %4, i64 %3273
  %3275 = bitcast float* %3274 to <8 x float>*
  %3276 = load <8 x float>, <8 x float>* %3275, align 4
  %3277 = add i64 %3104, 2328
  %3278 = getelementptr inbounds float, float* %4, i64 %3277
  %3279 = bitcast float* %3278 to <8 x float>*
  %3280 = load <8 x float>, <8 x float>* %3279, align 4
  %3281 = add i64 %3100, 275
  %3282 = getelementptr inbounds float, float* %2, i64 %3281
  %3283 = load float, float* %3282, align 4
  %3284 = insertelement <8 x float> undef, float %3283, i32 0
  %splat330 = shufflevector <8 x float> %3284, <8 x float> undef, <8 x i32> zeroinitializer
  %3285 = load <8 x float>, <8 x float>* %37, align 32
  %3286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %3276, <8 x float> %3285)
  store <8 x float> %3286, <8 x float>* %37, align 32
  %3287 = load <8 x float>, <8 x float>* %31, align 32
  %3288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %3280, <8 x float> %3287)
  store <8 x float> %3288, <8 x float>* %31, align 32
  %3289 = add i64 %3100, 283
  %3290 = getelementptr inbounds float, float* %2, i64 %3289
  %3291 = load float, float* %3290, align 4
  %3292 = insertelement <8 x float> undef, float %3291, i32 0
  %splat331 = shufflevector <8 x float> %3292, <8 x float> undef, <8 x i32> zeroinitializer
  %3293 = load <8 x float>, <8 x float>* %36, align 32
  %3294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %3276, <8 x float> %3293)
  store <8 x float> %3294, <8 x float>* %36, align 32
  %3295 = load <8 x float>, <8 x float>* %30, align 32
  %3296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %3280, <8 x float> %3295)
  store <8 x float> %3296, <8 x float>* %30, align 32
  %3297 = add i64 %3100, 291
  %3298 = getelementptr inbounds float, float* %2, i64 %3297
  %3299 = load float, float* %3298, align 4
  %3300 = insertelement <8 x float> undef, float %3299, i32 0
  %splat332 = shufflevector <8 x float> %3300, <8 x float> undef, <8 x i32> zeroinitializer
  %3301 = load <8 x float>, <8 x float>* %35, align 32
  %3302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %3276, <8 x float> %3301)
  store <8 x float> %3302, <8 x float>* %35, align 32
  %3303 = load <8 x float>, <8 x float>* %29, align 32
  %3304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %3280, <8 x float> %3303)
  store <8 x float> %3304, <8 x float>* %29, align 32
  %3305 = add i64 %3100, 299
  %3306 = getelementptr inbounds float, float* %2, i64 %3305
  %3307 = load float, float* %3306, align 4
  %3308 = insertelement <8 x float> undef, float %3307, i32 0
  %splat333 = shufflevector <8 x float> %3308, <8 x float> undef, <8 x i32> zeroinitializer
  %3309 = load <8 x float>, <8 x float>* %34, align 32
  %3310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %3276, <8 x float> %3309)
  store <8 x float> %3310, <8 x float>* %34, align 32
  %3311 = load <8 x float>, <8 x float>* %28, align 32
  %3312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %3280, <8 x float> %3311)
  store <8 x float> %3312, <8 x float>* %28, align 32
  %3313 = add i64 %3100, 307
  %3314 = getelementptr inbounds float, float* %2, i64 %3313
  %3315 = load float, float* %3314, align 4
  %3316 = insertelement <8 x float> undef, float %3315, i32 0
  %splat334 = shufflevector <8 x float> %3316, <8 x float> undef, <8 x i32> zeroinitializer
  %3317 = load <8 x float>, <8 x float>* %33, align 32
  %3318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %3276, <8 x float> %3317)
  store <8 x float> %3318, <8 x float>* %33, align 32
  %3319 = load <8 x float>, <8 x float>* %27, align 32
  %3320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %3280, <8 x float> %3319)
  store <8 x float> %3320, <8 x float>* %27, align 32
  %3321 = add i64 %3100, 315
  %3322 = getelementptr inbounds float, float* %2, i64 %3321
  %3323 = load float, float* %3322, align 4
  %3324 = insertelement <8 x float> undef, float %3323, i32 0
  %splat335 = shufflevector <8 x float> %3324, <8 x float> undef, <8 x i32> zeroinitializer
  %3325 = load <8 x float>, <8 x float>* %32, align 32
  %3326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %3276, <8 x float> %3325)
  store <8 x float> %3326, <8 x float>* %32, align 32
  %3327 = load <8 x float>, <8 x float>* %26, align 32
  %3328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %3280, <8 x float> %3327)
  store <8 x float> %3328, <8 x float>* %26, align 32
  %3329 = add i64 %3104, 32
  %3330 = getelementptr inbounds float, float* %4, i64 %3329
  %3331 = bitcast float* %3330 to <8 x float>*
  %3332 = load <8 x float>, <8 x float>* %3331, align 4
  %3333 = add i64 %3104, 2336
  %3334 = getelementptr inbounds float, float* %4, i64 %3333
  %3335 = bitcast float* %3334 to <8 x float>*
  %3336 = load <8 x float>, <8 x float>* %3335, align 4
  %3337 = add i64 %3100, 276
  %3338 = getelementptr inbounds float, float* %2, i64 %3337
  %3339 = load float, float* %3338, align 4
  %3340 = insertelement <8 x float> undef, float %3339, i32 0
  %splat336 = shufflevector <8 x float> %3340, <8 x float> undef, <8 x i32> zeroinitializer
  %3341 = load <8 x float>, <8 x float>* %37, align 32
  %3342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %3332, <8 x float> %3341)
  store <8 x float> %3342, <8 x float>* %37, align 32
  %3343 = load <8 x float>, <8 x float>* %31, align 32
  %3344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %3336, <8 x float> %3343)
  store <8 x float> %3344, <8 x float>* %31, align 32
  %3345 = add i64 %3100, 284
  %3346 = getelementptr inbounds float, float* %2, i64 %3345
  %3347 = load float, float* %3346, align 4
  %3348 = insertelement <8 x float> undef, float %3347, i32 0
  %splat337 = shufflevector <8 x float> %3348, <8 x float> undef, <8 x i32> zeroinitializer
  %3349 = load <8 x float>, <8 x float>* %36, align 32
  %3350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %3332, <8 x float> %3349)
  store <8 x float> %3350, <8 x float>* %36, align 32
  %3351 = load <8 x float>, <8 x float>* %30, align 32
  %3352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %3336, <8 x float> %3351)
  store <8 x float> %3352, <8 x float>* %30, align 32
  %3353 = add i64 %3100, 292
  %3354 = getelementptr inbounds float, float* %2, i64 %3353
  %3355 = load float, float* %3354, align 4
  %3356 = insertelement <8 x float> undef, float %3355, i32 0
  %splat338 = shufflevector <8 x float> %3356, <8 x float> undef, <8 x i32> zeroinitializer
  %3357 = load <8 x float>, <8 x float>* %35, align 32
  %3358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %3332, <8 x float> %3357)
  store <8 x float> %3358, <8 x float>* %35, align 32
  %3359 = load <8 x float>, <8 x float>* %29, align 32
  %3360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %3336, <8 x float> %3359)
  store <8 x float> %3360, <8 x float>* %29, align 32
  %3361 = add i64 %3100, 300
  %3362 = getelementptr inbounds float, float* %2, i64 %3361
  %3363 = load float, float* %3362, align 4
  %3364 = insertelement <8 x float> undef, float %3363, i32 0
  %splat339 = shufflevector <8 x float> %3364, <8 x float> undef, <8 x i32> zeroinitializer
  %3365 = load <8 x float>, <8 x float>* %34, align 32
  %3366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %3332, <8 x float> %3365)
  store <8 x float> %3366, <8 x float>* %34, align 32
  %3367 = load <8 x float>, <8 x float>* %28, align 32
  %3368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %3336, <8 x float> %3367)
  store <8 x float> %3368, <8 x float>* %28, align 32
  %3369 = add i64 %3100, 308
  %3370 = getelementptr inbounds float, float* %2, i64 %3369
  %3371 = load float, float* %3370, align 4
  %3372 = insertelement <8 x float> undef, float %3371, i32 0
  %splat340 = shufflevector <8 x float> %3372, <8 x float> undef, <8 x i32> zeroinitializer
  %3373 = load <8 x float>, <8 x float>* %33, align 32
  %3374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %3332, <8 x float> %3373)
  store <8 x float> %3374, <8 x float>* %33, align 32
  %3375 = load <8 x float>, <8 x float>* %27, align 32
  %3376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %3336, <8 x float> %3375)
  store <8 x float> %3376, <8 x float>* %27, align 32
  %3377 = add i64 %3100, 316
  %3378 = getelementptr inbounds float, float* %2, i64 %3377
  %3379 = load float, float* %3378, align 4
  %3380 = insertelement <8 x float> undef, float %3379, i32 0
  %splat341 = shufflevector <8 x float> %3380, <8 x float> undef, <8 x i32> zeroinitializer
  %3381 = load <8 x float>, <8 x float>* %32, align 32
  %3382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %3332, <8 x float> %3381)
  store <8 x float> %3382, <8 x float>* %32, align 32
  %3383 = load <8 x float>, <8 x float>* %26, align 32
  %3384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %3336, <8 x float> %3383)
  store <8 x float> %3384, <8 x float>* %26, align 32
  %3385 = add i64 %3104, 40
  %3386 = getelementptr inbounds float, float* %4, i64 %3385
  %3387 = bitcast float* %3386 to <8 x float>*
  %3388 = load <8 x float>, <8 x float>* %3387, align 4
  %3389 = add i64 %3104, 2344
  %3390 = getelementptr inbounds float, float* %4, i64 %3389
  %3391 = bitcast float* %3390 to <8 x float>*
  %3392 = load <8 x float>, <8 x float>* %3391, align 4
  %3393 = add i64 %3100, 277
  %3394 = getelementptr inbounds float, float* %2, i64 %3393
  %3395 = load float, float* %3394, align 4
  %3396 = insertelement <8 x float> undef, float %3395, i32 0
  %splat342 = shufflevector <8 x float> %3396, <8 x float> undef, <8 x i32> zeroinitializer
  %3397 = load <8 x float>, <8 x float>* %37, align 32
  %3398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %3388, <8 x float> %3397)
  store <8 x float> %3398, <8 x float>* %37, align 32
  %3399 = load <8 x float>, <8 x float>* %31, align 32
  %3400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %3392, <8 x float> %3399)
  store <8 x float> %3400, <8 x float>* %31, align 32
  %3401 = add i64 %3100, 285
  %3402 = getelementptr inbounds float, float* %2, i64 %3401
  %3403 = load float, float* %3402, align 4
  %3404 = insertelement <8 x float> undef, float %3403, i32 0
  %splat343 = shufflevector <8 x float> %3404, <8 x float> undef, <8 x i32> zeroinitializer
  %3405 = load <8 x float>, <8 x float>* %36, align 32
  %3406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %3388, <8 x float> %3405)
  store <8 x float> %3406, <8 x float>* %36, align 32
  %3407 = load <8 x float>, <8 x float>* %30, align 32
  %3408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %3392, <8 x float> %3407)
  store <8 x float> %3408, <8 x float>* %30, align 32
  %3409 = add i64 %3100, 293
  %3410 = getelementptr inbounds float, float* %2, i64 %3409
  %3411 = load float, float* %3410, align 4
  %3412 = insertelement <8 x float> undef, float %3411, i32 0
  %splat344 = shufflevector <8 x float> %3412, <8 x float> undef, <8 x i32> zeroinitializer
  %3413 = load <8 x float>, <8 x float>* %35, align 32
  %3414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %3388, <8 x float> %3413)
  store <8 x float> %3414, <8 x float>* %35, align 32
  %3415 = load <8 x float>, <8 x float>* %29, align 32
  %3416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %3392, <8 x float> %3415)
  store <8 x float> %3416, <8 x float>* %29, align 32
  %3417 = add i64 %3100, 301
  %3418 = getelementptr inbounds float, float* %2, i64 %3417
  %3419 = load float, float* %3418, align 4
  %3420 = insertelement <8 x float> undef, float %3419, i32 0
  %splat345 = shufflevector <8 x float> %3420, <8 x float> undef, <8 x i32> zeroinitializer
  %3421 = load <8 x float>, <8 x float>* %34, align 32
  %3422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %3388, <8 x float> %3421)
  store <8 x float> %3422, <8 x float>* %34, align 32
  %3423 = load <8 x float>, <8 x float>* %28, align 32
  %3424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %3392, <8 x float> %3423)
  store <8 x float> %3424, <8 x float>* %28, align 32
  %3425 = add i64 %3100, 309
  %3426 = getelementptr inbounds float, float* %2, i64 %3425
  %3427 = load float, float* %3426, align 4
  %3428 = insertelement <8 x float> undef, float %3427, i32 0
  %splat346 = shufflevector <8 x float> %3428, <8 x float> undef, <8 x i32> zeroinitializer
  %3429 = load <8 x float>, <8 x float>* %33, align 32
  %3430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %3388, <8 x float> %3429)
  store <8 x float> %3430, <8 x float>* %33, align 32
  %3431 = load <8 x float>, <8 x float>* %27, align 32
  %3432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %3392, <8 x float> %3431)
  store <8 x float> %3432, <8 x float>* %27, align 32
  %3433 = add i64 %3100, 317
  %3434 = getelementptr inbounds float, float* %2, i64 %3433
  %3435 = load float, float* %3434, align 4
  %3436 = insertelement <8 x float> undef, float %3435, i32 0
  %splat347 = shufflevector <8 x float> %3436, <8 x float> undef, <8 x i32> zeroinitializer
  %3437 = load <8 x float>, <8 x float>* %32, align 32
  %3438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %3388, <8 x float> %3437)
  store <8 x float> %3438, <8 x float>* %32, align 32
  %3439 = load <8 x float>, <8 x float>* %26, align 32
  %3440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %3392, <8 x float> %3439)
  store <8 x float> %3440, <8 x float>* %26, align 32
  %3441 = add i64 %3104, 48
  %3442 = getelementptr inbounds float, float* %4, i64 %3441
  %3443 = bitcast float* %3442 to <8 x float>*
  %3444 = load <8 x float>, <8 x float>* %3443, align 4
  %3445 = add i64 %3104, 2352
  %3446 = getelementptr inbounds float, float* %4, i64 %3445
  %3447 = bitcast float* %3446 to <8 x float>*
  %3448 = load <8 x float>, <8 x float>* %3447, align 4
  %3449 = add i64 %3100, 278
  %3450 = getelementptr inbounds float, float* %2, i64 %3449
  %3451 = load float, float* %3450, align 4
  %3452 = insertelement <8 x float> undef, float %3451, i32 0
  %splat348 = shufflevector <8 x float> %3452, <8 x float> undef, <8 x i32> zeroinitializer
  %3453 = load <8 x float>, <8 x float>* %37, align 32
  %3454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %3444, <8 x float> %3453)
  store <8 x float> %3454, <8 x float>* %37, align 32
  %3455 = load <8 x float>, <8 x float>* %31, align 32
  %3456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %3448, <8 x float> %3455)
  store <8 x float> %3456, <8 x float>* %31, align 32
  %3457 = add i64 %3100, 286
  %3458 = getelementptr inbounds float, float* %2, i64 %3457
  %3459 = load float, float* %3458, align 4
  %3460 = insertelement <8 x float> undef, float %3459, i32 0
  %splat349 = shufflevector <8 x float> %3460, <8 x float> undef, <8 x i32> zeroinitializer
  %3461 = load <8 x float>, <8 x float>* %36, align 32
  %3462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %3444, <8 x float> %3461)
  store <8 x float> %3462, <8 x float>* %36, align 32
  %3463 = load <8 x float>, <8 x float>* %30, align 32
  %3464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %3448, <8 x float> %3463)
  store <8 x float> %3464, <8 x float>* %30, align 32
  %3465 = add i64 %3100, 294
  %3466 = getelementptr inbounds float, float* %2, i64 %3465
  %3467 = load float, float* %3466, align 4
  %3468 = insertelement <8 x float> undef, float %3467, i32 0
  %splat350 = shufflevector <8 x float> %3468, <8 x float> undef, <8 x i32> zeroinitializer
  %3469 = load <8 x float>, <8 x float>* %35, align 32
  %3470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %3444, <8 x float> %3469)
  store <8 x float> %3470, <8 x float>* %35, align 32
  %3471 = load <8 x float>, <8 x float>* %29, align 32
  %3472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %3448, <8 x float> %3471)
  store <8 x float> %3472, <8 x float>* %29, align 32
  %3473 = add i64 %3100, 302
  %3474 = getelementptr inbounds float, float* %2, i64 %3473
  %3475 = load float, float* %3474, align 4
  %3476 = insertelement <8 x float> undef, float %3475, i32 0
  %splat351 = shufflevector <8 x float> %3476, <8 x float> undef, <8 x i32> zeroinitializer
  %3477 = load <8 x float>, <8 x float>* %34, align 32
  %3478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %3444, <8 x float> %3477)
  store <8 x float> %3478, <8 x float>* %34, align 32
  %3479 = load <8 x float>, <8 x float>* %28, align 32
  %3480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %3448, <8 x float> %3479)
  store <8 x float> %3480, <8 x float>* %28, align 32
  %3481 = add i64 %3100, 310
  %3482 = getelementptr inbounds float, float* %2, i64 %3481
  %3483 = load float, float* %3482, align 4
  %3484 = insertelement <8 x float> undef, float %3483, i32 0
  %splat352 = shufflevector <8 x float> %3484, <8 x float> undef, <8 x i32> zeroinitializer
  %3485 = load <8 x float>, <8 x float>* %33, align 32
  %3486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3444, <8 x float> %3485)
  store <8 x float> %3486, <8 x float>* %33, align 32
  %3487 = load <8 x float>, <8 x float>* %27, align 32
  %3488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3448, <8 x float> %3487)
  store <8 x float> %3488, <8 x float>* %27, align 32
  %3489 = add i64 %3100, 318
  %3490 = getelementptr inbounds float, float* %2, i64 %3489
  %3491 = load float, float* %3490, align 4
  %3492 = insertelement <8 x float> undef, float %3491, i32 0
  %splat353 = shufflevector <8 x float> %3492, <8 x float> undef, <8 x i32> zeroinitializer
  %3493 = load <8 x float>, <8 x float>* %32, align 32
  %3494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3444, <8 x float> %3493)
  store <8 x float> %3494, <8 x float>* %32, align 32
  %3495 = load <8 x float>, <8 x float>* %26, align 32
  %3496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3448, <8 x float> %3495)
  store <8 x float> %3496, <8 x float>* %26, align 32
  %3497 = add i64 %3104, 56
  %3498 = getelementptr inbounds float, float* %4, i64 %3497
  %3499 = bitcast float* %3498 to <8 x float>*
  %3500 = load <8 x float>, <8 x float>* %3499, align 4
  %3501 = add i64 %3104, 2360
  %3502 = getelementptr inbounds float, float* %4, i64 %3501
  %3503 = bitcast float* %3502 to <8 x float>*
  %3504 = load <8 x float>, <8 x float>* %3503, align 4
  %3505 = add i64 %3100, 279
  %3506 = getelementptr inbounds float, float* %2, i64 %3505
  %3507 = load float, float* %3506, align 4
  %3508 = insertelement <8 x float> undef, float %3507, i32 0
  %splat354 = shufflevector <8 x float> %3508, <8 x float> undef, <8 x i32> zeroinitializer
  %3509 = load <8 x float>, <8 x float>* %37, align 32
  %3510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3500, <8 x float> %3509)
  store <8 x float> %3510, <8 x float>* %37, align 32
  %3511 = load <8 x float>, <8 x float>* %31, align 32
  %3512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3504, <8 x float> %3511)
  store <8 x float> %3512, <8 x float>* %31, align 32
  %3513 = add i64 %3100, 287
  %3514 = getelementptr inbounds float, float* %2, i64 %3513
  %3515 = load float, float* %3514, align 4
  %3516 = insertelement <8 x float> undef, float %3515, i32 0
  %splat355 = shufflevector <8 x float> %3516, <8 x float> undef, <8 x i32> zeroinitializer
  %3517 = load <8 x float>, <8 x float>* %36, align 32
  %3518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3500, <8 x float> %3517)
  store <8 x float> %3518, <8 x float>* %36, align 32
  %3519 = load <8 x float>, <8 x float>* %30, align 32
  %3520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3504, <8 x float> %3519)
  store <8 x float> %3520, <8 x float>* %30, align 32
  %3521 = add i64 %3100, 295
  %3522 = getelementptr inbounds float, float* %2, i64 %3521
  %3523 = load float, float* %3522, align 4
  %3524 = insertelement <8 x float> undef, float %3523, i32 0
  %splat356 = shufflevector <8 x float> %3524, <8 x float> undef, <8 x i32> zeroinitializer
  %3525 = load <8 x float>, <8 x float>* %35, align 32
  %3526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3500, <8 x float> %3525)
  store <8 x float> %3526, <8 x float>* %35, align 32
  %3527 = load <8 x float>, <8 x float>* %29, align 32
  %3528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3504, <8 x float> %3527)
  store <8 x float> %3528, <8 x float>* %29, align 32
  %3529 = add i64 %3100, 303
  %3530 = getelementptr inbounds float, float* %2, i64 %3529
  %3531 = load float, float* %3530, align 4
  %3532 = insertelement <8 x float> undef, float %3531, i32 0
  %splat357 = shufflevector <8 x float> %3532, <8 x float> undef, <8 x i32> zeroinitializer
  %3533 = load <8 x float>, <8 x float>* %34, align 32
  %3534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3500, <8 x float> %3533)
  store <8 x float> %3534, <8 x float>* %34, align 32
  %3535 = load <8 x float>, <8 x float>* %28, align 32
  %3536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3504, <8 x float> %3535)
  store <8 x float> %3536, <8 x float>* %28, align 32
  %3537 = add i64 %3100, 311
  %3538 = getelementptr inbounds float, float* %2, i64 %3537
  %3539 = load float, float* %3538, align 4
  %3540 = insertelement <8 x float> undef, float %3539, i32 0
  %splat358 = shufflevector <8 x float> %3540, <8 x float> undef, <8 x i32> zeroinitializer
  %3541 = load <8 x float>, <8 x float>* %33, align 32
  %3542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3500, <8 x float> %3541)
  store <8 x float> %3542, <8 x float>* %33, align 32
  %3543 = load <8 x float>, <8 x float>* %27, align 32
  %3544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3504, <8 x float> %3543)
  store <8 x float> %3544, <8 x float>* %27, align 32
  %3545 = add i64 %3100, 319
  %3546 = getelementptr inbounds float, float* %2, i64 %3545
  %3547 = load float, float* %3546, align 4
  %3548 = insertelement <8 x float> undef, float %3547, i32 0
  %splat359 = shufflevector <8 x float> %3548, <8 x float> undef, <8 x i32> zeroinitializer
  %3549 = load <8 x float>, <8 x float>* %32, align 32
  %3550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3500, <8 x float> %3549)
  store <8 x float> %3550, <8 x float>* %32, align 32
  %3551 = load <8 x float>, <8 x float>* %26, align 32
  %3552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3504, <8 x float> %3551)
  store <8 x float> %3552, <8 x float>* %26, align 32
  %kw.next360 = add i64 %kw311, 1
  br label %kw.header308

kw.exit310:                                       ; preds = %kw.header308
  %kh.next361 = add i64 %kh307, 1
  br label %kh.header304

u.header363:                                      ; preds = %kh.exit369, %u.exit302
  %u366 = phi i64 [ 0, %u.exit302 ], [ %u.next425, %kh.exit369 ]
  %3553 = icmp slt i64 %u366, 4
  br i1 %3553, label %u.body364, label %u.exit365

u.body364:                                        ; preds = %u.header363
  %3554 = mul i64 %u366, 2312
  %3555 = add i64 %3094, %3554
  %3556 = mul i64 %u366, 576
  %3557 = add i64 %113, %3556
  br label %kh.header367

u.exit365:                                        ; preds = %u.header363
  %3558 = mul i64 %105, 8
  %3559 = add i64 %3558, %108
  %3560 = add i64 %3559, 0
  %3561 = mul i64 %3560, 15
  %3562 = add i64 %3561, %102
  %3563 = mul i64 %3562, 15
  %3564 = add i64 %3563, 36
  %3565 = mul i64 %3564, 8
  %3566 = load <8 x float>, <8 x float>* %25, align 32
  %3567 = fcmp ogt <8 x float> %3566, zeroinitializer
  %3568 = select <8 x i1> %3567, <8 x float> %3566, <8 x float> zeroinitializer
  %3569 = getelementptr inbounds float, float* %0, i64 %3565
  %3570 = bitcast float* %3569 to <8 x float>*
  store <8 x float> %3568, <8 x float>* %3570, align 4
  %3571 = add i64 %3563, 37
  %3572 = mul i64 %3571, 8
  %3573 = load <8 x float>, <8 x float>* %24, align 32
  %3574 = fcmp ogt <8 x float> %3573, zeroinitializer
  %3575 = select <8 x i1> %3574, <8 x float> %3573, <8 x float> zeroinitializer
  %3576 = getelementptr inbounds float, float* %0, i64 %3572
  %3577 = bitcast float* %3576 to <8 x float>*
  store <8 x float> %3575, <8 x float>* %3577, align 4
  %3578 = add i64 %3563, 38
  %3579 = mul i64 %3578, 8
  %3580 = load <8 x float>, <8 x float>* %23, align 32
  %3581 = fcmp ogt <8 x float> %3580, zeroinitializer
  %3582 = select <8 x i1> %3581, <8 x float> %3580, <8 x float> zeroinitializer
  %3583 = getelementptr inbounds float, float* %0, i64 %3579
  %3584 = bitcast float* %3583 to <8 x float>*
  store <8 x float> %3582, <8 x float>* %3584, align 4
  %3585 = add i64 %3563, 39
  %3586 = mul i64 %3585, 8
  %3587 = load <8 x float>, <8 x float>* %22, align 32
  %3588 = fcmp ogt <8 x float> %3587, zeroinitializer
  %3589 = select <8 x i1> %3588, <8 x float> %3587, <8 x float> zeroinitializer
  %3590 = getelementptr inbounds float, float* %0, i64 %3586
  %3591 = bitcast float* %3590 to <8 x float>*
  store <8 x float> %3589, <8 x float>* %3591, align 4
  %3592 = add i64 %3563, 40
  %3593 = mul i64 %3592, 8
  %3594 = load <8 x float>, <8 x float>* %21, align 32
  %3595 = fcmp ogt <8 x float> %3594, zeroinitializer
  %3596 = select <8 x i1> %3595, <8 x float> %3594, <8 x float> zeroinitializer
  %3597 = getelementptr inbounds float, float* %0, i64 %3593
  %3598 = bitcast float* %3597 to <8 x float>*
  store <8 x float> %3596, <8 x float>* %3598, align 4
  %3599 = add i64 %3563, 41
  %3600 = mul i64 %3599, 8
  %3601 = load <8 x float>, <8 x float>* %20, align 32
  %3602 = fcmp ogt <8 x float> %3601, zeroinitializer
  %3603 = select <8 x i1> %3602, <8 x float> %3601, <8 x float> zeroinitializer
  %3604 = getelementptr inbounds float, float* %0, i64 %3600
  %3605 = bitcast float* %3604 to <8 x float>*
  store <8 x float> %3603, <8 x float>* %3605, align 4
  %3606 = mul i64 %105, 8
  %3607 = add i64 %3606, %108
  %3608 = add i64 %3607, 1
  %3609 = mul i64 %3608, 15
  %3610 = add i64 %3609, %102
  %3611 = mul i64 %3610, 15
  %3612 = add i64 %3611, 36
  %3613 = mul i64 %3612, 8
  %3614 = load <8 x float>, <8 x float>* %19, align 32
  %3615 = fcmp ogt <8 x float> %3614, zeroinitializer
  %3616 = select <8 x i1> %3615, <8 x float> %3614, <8 x float> zeroinitializer
  %3617 = getelementptr inbounds float, float* %0, i64 %3613
  %3618 = bitcast float* %3617 to <8 x float>*
  store <8 x float> %3616, <8 x float>* %3618, align 4
  %3619 = add i64 %3611, 37
  %3620 = mul i64 %3619, 8
  %3621 = load <8 x float>, <8 x float>* %18, align 32
  %3622 = fcmp ogt <8 x float> %3621, zeroinitializer
  %3623 = select <8 x i1> %3622, <8 x float> %3621, <8 x float> zeroinitializer
  %3624 = getelementptr inbounds float, float* %0, i64 %3620
  %3625 = bitcast float* %3624 to <8 x float>*
  store <8 x float> %3623, <8 x float>* %3625, align 4
  %3626 = add i64 %3611, 38
  %3627 = mul i64 %3626, 8
  %3628 = load <8 x float>, <8 x float>* %17, align 32
  %3629 = fcmp ogt <8 x float> %3628, zeroinitializer
  %3630 = select <8 x i1> %3629, <8 x float> %3628, <8 x float> zeroinitializer
  %3631 = getelementptr inbounds float, float* %0, i64 %3627
  %3632 = bitcast float* %3631 to <8 x float>*
  store <8 x float> %3630, <8 x float>* %3632, align 4
  %3633 = add i64 %3611, 39
  %3634 = mul i64 %3633, 8
  %3635 = load <8 x float>, <8 x float>* %16, align 32
  %3636 = fcmp ogt <8 x float> %3635, zeroinitializer
  %3637 = select <8 x i1> %3636, <8 x float> %3635, <8 x float> zeroinitializer
  %3638 = getelementptr inbounds float, float* %0, i64 %3634
  %3639 = bitcast float* %3638 to <8 x float>*
  store <8 x float> %3637, <8 x float>* %3639, align 4
  %3640 = add i64 %3611, 40
  %3641 = mul i64 %3640, 8
  %3642 = load <8 x float>, <8 x float>* %15, align 32
  %3643 = fcmp ogt <8 x float> %3642, zeroinitializer
  %3644 = select <8 x i1> %3643, <8 x float> %3642, <8 x float> zeroinitializer
  %3645 = getelementptr inbounds float, float* %0, i64 %3641
  %3646 = bitcast float* %3645 to <8 x float>*
  store <8 x float> %3644, <8 x float>* %3646, align 4
  %3647 = add i64 %3611, 41
  %3648 = mul i64 %3647, 8
  %3649 = load <8 x float>, <8 x float>* %14, align 32
  %3650 = fcmp ogt <8 x float> %3649, zeroinitializer
  %3651 = select <8 x i1> %3650, <8 x float> %3649, <8 x float> zeroinitializer
  %3652 = getelementptr inbounds float, float* %0, i64 %3648
  %3653 = bitcast float* %3652 to <8 x float>*
  store <8 x float> %3651, <8 x float>* %3653, align 4
  %3654 = add i64 %108, 0
  %3655 = mul i64 %3654, 8
  %3656 = getelementptr inbounds float, float* %5, i64 %3655
  %3657 = bitcast float* %3656 to <8 x float>*
  %3658 = load <8 x float>, <8 x float>* %3657, align 4
  store <8 x float> %3658, <8 x float>* %13, align 32
  store <8 x float> %3658, <8 x float>* %12, align 32
  store <8 x float> %3658, <8 x float>* %11, align 32
  %3659 = add i64 %108, 1
  %3660 = mul i64 %3659, 8
  %3661 = getelementptr inbounds float, float* %5, i64 %3660
  %3662 = bitcast float* %3661 to <8 x float>*
  %3663 = load <8 x float>, <8 x float>* %3662, align 4
  store <8 x float> %3663, <8 x float>* %10, align 32
  store <8 x float> %3663, <8 x float>* %9, align 32
  store <8 x float> %3663, <8 x float>* %8, align 32
  %3664 = add i64 %114, 0
  %3665 = add i64 %112, %3664
  br label %u.header426

kh.header367:                                     ; preds = %kw.exit373, %u.body364
  %kh370 = phi i64 [ 0, %u.body364 ], [ %kh.next424, %kw.exit373 ]
  %3666 = icmp slt i64 %kh370, 3
  br i1 %3666, label %kh.body368, label %kh.exit369

kh.body368:                                       ; preds = %kh.header367
  %3667 = mul i64 %kh370, 136
  %3668 = add i64 %3555, %3667
  br label %kw.header371

kh.exit369:                                       ; preds = %kh.header367
  %u.next425 = add i64 %u366, 1
  br label %u.header363

kw.header371:                                     ; preds = %kw.body372, %kh.body368
  %kw374 = phi i64 [ 0, %kh.body368 ], [ %kw.next423, %kw.body372 ]
  %3669 = icmp slt i64 %kw374, 3
  br i1 %3669, label %kw.body372, label %kw.exit373

kw.body372:                                       ; preds = %kw.header371
  %3670 = mul i64 %kw374, 8
  %3671 = add i64 %3668, %3670
  %3672 = mul i64 %kh370, 3
  %3673 = add i64 %3672, %kw374
  %3674 = mul i64 %3673, 64
  %3675 = add i64 %3557, %3674
  %3676 = add i64 %3675, 0
  %3677 = getelementptr inbounds float, float* %4, i64 %3676
  %3678 = bitcast float* %3677 to <8 x float>*
  %3679 = load <8 x float>, <8 x float>* %3678, align 4
  %3680 = add i64 %3675, 2304
  %3681 = getelementptr inbounds float, float* %4, i64 %3680
  %3682 = bitcast float* %3681 to <8 x float>*
  %3683 = load <8 x float>, <8 x float>* %3682, align 4
  %3684 = add i64 %3671, 320
  %3685 = getelementptr inbounds float, float* %2, i64 %3684
  %3686 = load float, float* %3685, align 4
  %3687 = insertelement <8 x float> undef, float %3686, i32 0
  %splat375 = shufflevector <8 x float> %3687, <8 x float> undef, <8 x i32> zeroinitializer
  %3688 = load <8 x float>, <8 x float>* %25, align 32
  %3689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat375, <8 x float> %3679, <8 x float> %3688)
  store <8 x float> %3689, <8 x float>* %25, align 32
  %3690 = load <8 x float>, <8 x float>* %19, align 32
  %3691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat375, <8 x float> %3683, <8 x float> %3690)
  store <8 x float> %3691, <8 x float>* %19, align 32
  %3692 = add i64 %3671, 328
  %3693 = getelementptr inbounds float, float* %2, i64 %3692
  %3694 = load float, float* %3693, align 4
  %3695 = insertelement <8 x float> undef, float %3694, i32 0
  %splat376 = shufflevector <8 x float> %3695, <8 x float> undef, <8 x i32> zeroinitializer
  %3696 = load <8 x float>, <8 x float>* %24, align 32
  %3697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat376, <8 x float> %3679, <8 x float> %3696)
  store <8 x float> %3697, <8 x float>* %24, align 32
  %3698 = load <8 x float>, <8 x float>* %18, align 32
  %3699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat376, <8 x float> %3683, <8 x float> %3698)
  store <8 x float> %3699, <8 x float>* %18, align 32
  %3700 = add i64 %3671, 336
  %3701 = getelementptr inbounds float, float* %2, i64 %3700
  %3702 = load float, float* %3701, align 4
  %3703 = insertelement <8 x float> undef, float %3702, i32 0
  %splat377 = shufflevector <8 x float> %3703, <8 x float> undef, <8 x i32> zeroinitializer
  %3704 = load <8 x float>, <8 x float>* %23, align 32
  %3705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat377, <8 x float> %3679, <8 x float> %3704)
  store <8 x float> %3705, <8 x float>* %23, align 32
  %3706 = load <8 x float>, <8 x float>* %17, align 32
  %3707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat377, <8 x float> %3683, <8 x float> %3706)
  store <8 x float> %3707, <8 x float>* %17, align 32
  %3708 = add i64 %3671, 344
  %3709 = getelementptr inbounds float, float* %2, i64 %3708
  %3710 = load float, float* %3709, align 4
  %3711 = insertelement <8 x float> undef, float %3710, i32 0
  %splat378 = shufflevector <8 x float> %3711, <8 x float> undef, <8 x i32> zeroinitializer
  %3712 = load <8 x float>, <8 x float>* %22, align 32
  %3713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat378, <8 x float> %3679, <8 x float> %3712)
  store <8 x float> %3713, <8 x float>* %22, align 32
  %3714 = load <8 x float>, <8 x float>* %16, align 32
  %3715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat378, <8 x float> %3683, <8 x float> %3714)
  store <8 x float> %3715, <8 x float>* %16, align 32
  %3716 = add i64 %3671, 352
  %3717 = getelementptr inbounds float, float* %2, i64 %3716
  %3718 = load float, float* %3717, align 4
  %3719 = insertelement <8 x float> undef, float %3718, i32 0
  %splat379 = shufflevector <8 x float> %3719, <8 x float> undef, <8 x i32> zeroinitializer
  %3720 = load <8 x float>, <8 x float>* %21, align 32
  %3721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat379, <8 x float> %3679, <8 x float> %3720)
  store <8 x float> %3721, <8 x float>* %21, align 32
  %3722 = load <8 x float>, <8 x float>* %15, align 32
  %3723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat379, <8 x float> %3683, <8 x float> %3722)
  store <8 x float> %3723, <8 x float>* %15, align 32
  %3724 = add i64 %3671, 360
  %3725 = getelementptr inbounds float, float* %2, i64 %3724
  %3726 = load float, float* %3725, align 4
  %3727 = insertelement <8 x float> undef, float %3726, i32 0
  %splat380 = shufflevector <8 x float> %3727, <8 x float> undef, <8 x i32> zeroinitializer
  %3728 = load <8 x float>, <8 x float>* %20, align 32
  %3729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat380, <8 x float> %3679, <8 x float> %3728)
  store <8 x float> %3729, <8 x float>* %20, align 32
  %3730 = load <8 x float>, <8 x float>* %14, align 32
  %3731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat380, <8 x float> %3683, <8 x float> %3730)
  store <8 x float> %3731, <8 x float>* %14, align 32
  %3732 = add i64 %3675, 8
  %3733 = getelementptr inbounds float, float* %4, i64 %3732
  %3734 = bitcast float* %3733 to <8 x float>*
  %3735 = load <8 x float>, <8 x float>* %3734, align 4
  %3736 = add i64 %3675, 2312
  %3737 = getelementptr inbounds float, float* %4, i64 %3736
  %3738 = bitcast float* %3737 to <8 x float>*
  %3739 = load <8 x float>, <8 x float>* %3738, align 4
  %3740 = add i64 %3671, 321
  %3741 = getelementptr inbounds float, float* %2, i64 %3740
  %3742 = load float, float* %3741, align 4
  %3743 = insertelement <8 x float> undef, float %3742, i32 0
  %splat381 = shufflevector <8 x float> %3743, <8 x float> undef, <8 x i32> zeroinitializer
  %3744 = load <8 x float>, <8 x float>* %25, align 32
  %3745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat381, <8 x float> %3735, <8 x float> %3744)
  store <8 x float> %3745, <8 x float>* %25, align 32
  %3746 = load <8 x float>, <8 x float>* %19, align 32
  %3747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat381, <8 x float> %3739, <8 x float> %3746)
  store <8 x float> %3747, <8 x float>* %19, align 32
  %3748 = add i64 %3671, 329
  %3749 = getelementptr inbounds float, float* %2, i64 %3748
  %3750 = load float, float* %3749, align 4
  %3751 = insertelement <8 x float> undef, float %3750, i32 0
  %splat382 = shufflevector <8 x float> %3751, <8 x float> undef, <8 x i32> zeroinitializer
  %3752 = load <8 x float>, <8 x float>* %24, align 32
  %3753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3735, <8 x float> %3752)
  store <8 x float> %3753, <8 x float>* %24, align 32
  %3754 = load <8 x float>, <8 x float>* %18, align 32
  %3755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3739, <8 x float> %3754)
  store <8 x float> %3755, <8 x float>* %18, align 32
  %3756 = add i64 %3671, 337
  %3757 = getelementptr inbounds float, float* %2, i64 %3756
  %3758 = load float, float* %3757, align 4
  %3759 = insertelement <8 x float> undef, float %3758, i32 0
  %splat383 = shufflevector <8 x float> %3759, <8 x float> undef, <8 x i32> zeroinitializer
  %3760 = load <8 x float>, <8 x float>* %23, align 32
  %3761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3735, <8 x float> %3760)
  store <8 x float> %3761, <8 x float>* %23, align 32
  %3762 = load <8 x float>, <8 x float>* %17, align 32
  %3763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3739, <8 x float> %3762)
  store <8 x float> %3763, <8 x float>* %17, align 32
  %3764 = add i64 %3671, 345
  %3765 = getelementptr inbounds float, float* %2, i64 %3764
  %3766 = load float, float* %3765, align 4
  %3767 = insertelement <8 x float> undef, float %3766, i32 0
  %splat384 = shufflevector <8 x float> %3767, <8 x float> undef, <8 x i32> zeroinitializer
  %3768 = load <8 x float>, <8 x float>* %22, align 32
  %3769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3735, <8 x float> %3768)
  store <8 x float> %3769, <8 x float>* %22, align 32
  %3770 = load <8 x float>, <8 x float>* %16, align 32
  %3771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3739, <8 x float> %3770)
  store <8 x float> %3771, <8 x float>* %16, align 32
  %3772 = add i64 %3671, 353
  %3773 = getelementptr inbounds float, float* %2, i64 %3772
  %3774 = load float, float* %3773, align 4
  %3775 = insertelement <8 x float> undef, float %3774, i32 0
  %splat385 = shufflevector <8 x float> %3775, <8 x float> undef, <8 x i32> zeroinitializer
  %3776 = load <8 x float>, <8 x float>* %21, align 32
  %3777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3735, <8 x float> %3776)
  store <8 x float> %3777, <8 x float>* %21, align 32
  %3778 = load <8 x float>, <8 x float>* %15, align 32
  %3779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3739, <8 x float> %3778)
  store <8 x float> %3779, <8 x float>* %15, align 32
  %3780 = add i64 %3671, 361
  %3781 = getelementptr inbounds float, float* %2, i64 %3780
  %3782 = load float, float* %3781, align 4
  %3783 = insertelement <8 x float> undef, float %3782, i32 0
  %splat386 = shufflevector <8 x float> %3783, <8 x float> undef, <8 x i32> zeroinitializer
  %3784 = load <8 x float>, <8 x float>* %20, align 32
  %3785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3735, <8 x float> %3784)
  store <8 x float> %3785, <8 x float>* %20, align 32
  %3786 = load <8 x float>, <8 x float>* %14, align 32
  %3787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3739, <8 x float> %3786)
  store <8 x float> %3787, <8 x float>* %14, align 32
  %3788 = add i64 %3675, 16
  %3789 = getelementptr inbounds float, float* %4, i64 %3788
  %3790 = bitcast float* %3789 to <8 x float>*
  %3791 = load <8 x float>, <8 x float>* %3790, align 4
  %3792 = add i64 %3675, 2320
  %3793 = getelementptr inbounds float, float* %4, i64 %3792
  %3794 = bitcast float* %3793 to <8 x float>*
  %3795 = load <8 x float>, <8 x float>* %3794, align 4
  %3796 = add i64 %3671, 322
  %3797 = getelementptr inbounds float, float* %2, i64 %3796
  %3798 = load float, float* %3797, align 4
  %3799 = insertelement <8 x float> undef, float %3798, i32 0
  %splat387 = shufflevector <8 x float> %3799, <8 x float> undef, <8 x i32> zeroinitializer
  %3800 = load <8 x float>, <8 x float>* %25, align 32
  %3801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3791, <8 x float> %3800)
  store <8 x float> %3801, <8 x float>* %25, align 32
  %3802 = load <8 x float>, <8 x float>* %19, align 32
  %3803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3795, <8 x float> %3802)
  store <8 x float> %3803, <8 x float>* %19, align 32
  %3804 = add i64 %3671, 330
  %3805 = getelementptr inbounds float, float* %2, i64 %3804
  %3806 = load float, float* %3805, align 4
  %3807 = insertelement <8 x float> undef, float %3806, i32 0
  %splat388 = shufflevector <8 x float> %3807, <8 x float> undef, <8 x i32> zeroinitializer
  %3808 = load <8 x float>, <8 x float>* %24, align 32
  %3809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3791, <8 x float> %3808)
  store <8 x float> %3809, <8 x float>* %24, align 32
  %3810 = load <8 x float>, <8 x float>* %18, align 32
  %3811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3795, <8 x float> %3810)
  store <8 x float> %3811, <8 x float>* %18, align 32
  %3812 = add i64 %3671, 338
  %3813 = getelementptr inbounds float, float* %2, i64 %3812
  %3814 = load float, float* %3813, align 4
  %3815 = insertelement <8 x float> undef, float %3814, i32 0
  %splat389 = shufflevector <8 x float> %3815, <8 x float> undef, <8 x i32> zeroinitializer
  %3816 = load <8 x float>, <8 x float>* %23, align 32
  %3817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3791, <8 x float> %3816)
  store <8 x float> %3817, <8 x float>* %23, align 32
  %3818 = load <8 x float>, <8 x float>* %17, align 32
  %3819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3795, <8 x float> %3818)
  store <8 x float> %3819, <8 x float>* %17, align 32
  %3820 = add i64 %3671, 346
  %3821 = getelementptr inbounds float, float* %2, i64 %3820
  %3822 = load float, float* %3821, align 4
  %3823 = insertelement <8 x float> undef, float %3822, i32 0
  %splat390 = shufflevector <8 x float> %3823, <8 x float> undef, <8 x i32> zeroinitializer
  %3824 = load <8 x float>, <8 x float>* %22, align 32
  %3825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3791, <8 x float> %3824)
  store <8 x float> %3825, <8 x float>* %22, align 32
  %3826 = load <8 x float>, <8 x float>* %16, align 32
  %3827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3795, <8 x float> %3826)
  store <8 x float> %3827, <8 x float>* %16, align 32
  %3828 = add i64 %3671, 354
  %3829 = getelementptr inbounds float, float* %2, i64 %3828
  %3830 = load float, float* %3829, align 4
  %3831 = insertelement <8 x float> undef, float %3830, i32 0
  %splat391 = shufflevector <8 x float> %3831, <8 x float> undef, <8 x i32> zeroinitializer
  %3832 = load <8 x float>, <8 x float>* %21, align 32
  %3833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3791, <8 x float> %3832)
  store <8 x float> %3833, <8 x float>* %21, align 32
  %3834 = load <8 x float>, <8 x float>* %15, align 32
  %3835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3795, <8 x float> %3834)
  store <8 x float> %3835, <8 x float>* %15, align 32
  %3836 = add i64 %3671, 362
  %3837 = getelementptr inbounds float, float* %2, i64 %3836
  %3838 = load float, float* %3837, align 4
  %3839 = insertelement <8 x float> undef, float %3838, i32 0
  %splat392 = shufflevector <8 x float> %3839, <8 x float> undef, <8 x i32> zeroinitializer
  %3840 = load <8 x float>, <8 x float>* %20, align 32
  %3841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3791, <8 x float> %3840)
  store <8 x float> %3841, <8 x float>* %20, align 32
  %3842 = load <8 x float>, <8 x float>* %14, align 32
  %3843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3795, <8 x float> %3842)
  store <8 x float> %3843, <8 x float>* %14, align 32
  %3844 = add i64 %3675, 24
  %3845 = getelementptr inbounds float, float* %4, i64 %3844
  %3846 = bitcast float* %3845 to <8 x float>*
  %3847 = load <8 x float>, <8 x float>* %3846, align 4
  %3848 = add i64 %3675, 2328
  %3849 = getelementptr inbounds float, float* %4, i64 %3848
  %3850 = bitcast float* %3849 to <8 x float>*
  %3851 = load <8 x float>, <8 x float>* %3850, align 4
  %3852 = add i64 %3671, 323
  %3853 = getelementptr inbounds float, float* %2, i64 %3852
  %3854 = load float, float* %3853, align 4
  %3855 = insertelement <8 x float> undef, float %3854, i32 0
  %splat393 = shufflevector <8 x float> %3855, <8 x float> undef, <8 x i32> zeroinitializer
  %3856 = load <8 x float>, <8 x float>* %25, align 32
  %3857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3847, <8 x float> %3856)
  store <8 x float> %3857, <8 x float>* %25, align 32
  %3858 = load <8 x float>, <8 x float>* %19, align 32
  %3859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3851, <8 x float> %3858)
  store <8 x float> %3859, <8 x float>* %19, align 32
  %3860 = add i64 %3671, 331
  %3861 = getelementptr inbounds float, float* %2, i64 %3860
  %3862 = load float, float* %3861, align 4
  %3863 = insertelement <8 x float> undef, float %3862, i32 0
  %splat394 = shufflevector <8 x float> %3863, <8 x float> undef, <8 x i32> zeroinitializer
  %3864 = load <8 x float>, <8 x float>* %24, align 32
  %3865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3847, <8 x float> %3864)
  store <8 x float> %3865, <8 x float>* %24, align 32
  %3866 = load <8 x float>, <8 x float>* %18, align 32
  %3867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3851, <8 x float> %3866)
  store <8 x float> %3867, <8 x float>* %18, align 32
  %3868 = add i64 %3671, 339
  %3869 = getelementptr inbounds float, float* %2, i64 %3868
  %3870 = load float, float* %3869, align 4
  %3871 = insertelement <8 x float> undef, float %3870, i32 0
  %splat395 = shufflevector <8 x float> %3871, <8 x float> undef, <8 x i32> zeroinitializer
  %3872 = load <8 x float>, <8 x float>* %23, align 32
  %3873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3847, <8 x float> %3872)
  store <8 x float> %3873, <8 x float>* %23, align 32
  %3874 = load <8 x float>, <8 x float>* %17, align 32
  %3875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3851, <8 x float> %3874)
  store <8 x float> %3875, <8 x float>* %17, align 32
  %3876 = add i64 %3671, 347
  %3877 = getelementptr inbounds float, float* %2, i64 %3876
  %3878 = load float, float* %3877, align 4
  %3879 = insertelement <8 x float> undef, float %3878, i32 0
  %splat396 = shufflevector <8 x float> %3879, <8 x float> undef, <8 x i32> zeroinitializer
  %3880 = load <8 x float>, <8 x float>* %22, align 32
  %3881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3847, <8 x float> %3880)
  store <8 x float> %3881, <8 x float>* %22, align 32
  %3882 = load <8 x float>, <8 x float>* %16, align 32
  %3883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3851, <8 x float> %3882)
  store <8 x float> %3883, <8 x float>* %16, align 32
  %3884 = add i64 %3671, 355
  %3885 = getelementptr inbounds float, float* %2, i64 %3884
  %3886 = load float, float* %3885, align 4
  %3887 = insertelement <8 x float> undef, float %3886, i32 0
  %splat397 = shufflevector <8 x float> %3887, <8 x float> undef, <8 x i32> zeroinitializer
  %3888 = load <8 x float>, <8 x float>* %21, align 32
  %3889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3847, <8 x float> %3888)
  store <8 x float> %3889, <8 x float>* %21, align 32
  %3890 = load <8 x float>, <8 x float>* %15, align 32
  %3891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3851, <8 x float> %3890)
  store <8 x float> %3891, <8 x float>* %15, align 32
  %3892 = add i64 %3671, 363
  %3893 = getelementptr inbounds float, float* %2, i64 %3892
  %3894 = load float, float* %3893, align 4
  %3895 = insertelement <8 x float> undef, float %3894, i32 0
  %splat398 = shufflevector <8 x float> %3895, <8 x float> undef, <8 x i32> zeroinitializer
  %3896 = load <8 x float>, <8 x float>* %20, align 32
  %3897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3847, <8 x float> %3896)
  store <8 x float> %3897, <8 x float>* %20, align 32
  %3898 = load <8 x float>, <8 x float>* %14, align 32
  %3899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3851, <8 x float> %3898)
  store <8 x float> %3899, <8 x float>* %14, align 32
  %3900 = add i64 %3675, 32
  %3901 = getelementptr inbounds float, float* %4, i64 %3900
  %3902 = bitcast float* %3901 to <8 x float>*
  %3903 = load <8 x float>, <8 x float>* %3902, align 4
  %3904 = add i64 %3675, 2336
  %3905 = getelementptr inbounds float, float* %4, i64 %3904
  %3906 = bitcast float* %3905 to <8 x float>*
  %3907 = load <8 x float>, <8 x float>* %3906, align 4
  %3908 = add i64 %3671, 324
  %3909 = getelementptr inbounds float, float* %2, i64 %3908
  %3910 = load float, float* %3909, align 4
  %3911 = insertelement <8 x float> undef, float %3910, i32 0
  %splat399 = shufflevector <8 x float> %3911, <8 x float> undef, <8 x i32> zeroinitializer
  %3912 = load <8 x float>, <8 x float>* %25, align 32
  %3913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3903, <8 x float> %3912)
  store <8 x float> %3913, <8 x float>* %25, align 32
  %3914 = load <8 x float>, <8 x float>* %19, align 32
  %3915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3907, <8 x float> %3914)
  store <8 x float> %3915, <8 x float>* %19, align 32
  %3916 = add i64 %3671, 332
  %3917 = getelementptr inbounds float, float* %2, i64 %3916
  %3918 = load float, float* %3917, align 4
  %3919 = insertelement <8 x float> undef, float %3918, i32 0
  %splat400 = shufflevector <8 x float> %3919, <8 x float> undef, <8 x i32> zeroinitializer
  %3920 = load <8 x float>, <8 x float>* %24, align 32
  %3921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3903, <8 x float> %3920)
  store <8 x float> %3921, <8 x float>* %24, align 32
  %3922 = load <8 x float>, <8 x float>* %18, align 32
  %3923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3907, <8 x float> %3922)
  store <8 x float> %3923, <8 x float>* %18, align 32
  %3924 = add i64 %3671, 340
  %3925 = getelementptr inbounds float, float* %2, i64 %3924
  %3926 = load float, float* %3925, align 4
  %3927 = insertelement <8 x float> undef, float %3926, i32 0
  %splat401 = shufflevector <8 x float> %3927, <8 x float> undef, <8 x i32> zeroinitializer
  %3928 = load <8 x float>, <8 x float>* %23, align 32
  %3929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3903, <8 x float> %3928)
  store <8 x float> %3929, <8 x float>* %23, align 32
  %3930 = load <8 x float>, <8 x float>* %17, align 32
  %3931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3907, <8 x float> %3930)
  store <8 x float> %3931, <8 x float>* %17, align 32
  %3932 = add i64 %3671, 348
  %3933 = getelementptr inbounds float, float* %2, i64 %3932
  %3934 = load float, float* %3933, align 4
  %3935 = insertelement <8 x float> undef, float %3934, i32 0
  %splat402 = shufflevector <8 x float> %3935, <8 x float> undef, <8 x i32> zeroinitializer
  %3936 = load <8 x float>, <8 x float>* %22, align 32
  %3937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3903, <8 x float> %3936)
  store <8 x float> %3937, <8 x float>* %22, align 32
  %3938 = load <8 x float>, <8 x float>* %16, align 32
  %3939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3907, <8 x float> %3938)
  store <8 x float> %3939, <8 x float>* %16, align 32
  %3940 = add i64 %3671, 356
  %3941 = getelementptr inbounds float, float* %2, i64 %3940
  %3942 = load float, float* %3941, align 4
  %3943 = insertelement <8 x float> undef, float %3942, i32 0
  %splat403 = shufflevector <8 x float> %3943, <8 x float> undef, <8 x i32> zeroinitializer
  %3944 = load <8 x float>, <8 x float>* %21, align 32
  %3945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3903, <8 x float> %3944)
  store <8 x float> %3945, <8 x float>* %21, align 32
  %3946 = load <8 x float>, <8 x float>* %15, align 32
  %3947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3907, <8 x float> %3946)
  store <8 x float> %3947, <8 x float>* %15, align 32
  %3948 = add i64 %3671, 364
  %3949 = getelementptr inbounds float, float* %2, i64 %3948
  %3950 = load float, float* %3949, align 4
  %3951 = insertelement <8 x float> undef, float %3950, i32 0
  %splat404 = shufflevector <8 x float> %3951, <8 x float> undef, <8 x i32> zeroinitializer
  %3952 = load <8 x float>, <8 x float>* %20, align 32
  %3953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3903, <8 x float> %3952)
  store <8 x float> %3953, <8 x float>* %20, align 32
  %3954 = load <8 x float>, <8 x float>* %14, align 32
  %3955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3907, <8 x float> %3954)
  store <8 x float> %3955, <8 x float>* %14, align 32
  %3956 = add i64 %3675, 40
  %3957 = getelementptr inbounds float, float* %4, i64 %3956
  %3958 = bitcast float* %3957 to <8 x float>*
  %3959 = load <8 x float>, <8 x float>* %3958, align 4
  %3960 = add i64 %3675, 2344
  %3961 = getelementptr inbounds float, float* %4, i64 %3960
  %3962 = bitcast float* %3961 to <8 x float>*
  %3963 = load <8 x float>, <8 x float>* %3962, align 4
  %3964 = add i64 %3671, 325
  %3965 = getelementptr inbounds float, float* %2, i64 %3964
  %3966 = load float, float* %3965, align 4
  %3967 = insertelement <8 x float> undef, float %3966, i32 0
  %splat405 = shufflevector <8 x float> %3967, <8 x float> undef, <8 x i32> zeroinitializer
  %3968 = load <8 x float>, <8 x float>* %25, align 32
  %3969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3959, <8 x float> %3968)
  store <8 x float> %3969, <8 x float>* %25, align 32
  %3970 = load <8 x float>, <8 x float>* %19, align 32
  %3971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3963, <8 x float> %3970)
  store <8 x float> %3971, <8 x float>* %19, align 32
  %3972 = add i64 %3671, 333
  %3973 = getelementptr inbounds float, float* %2, i64 %3972
  %3974 = load float, float* %3973, align 4
  %3975 = insertelement <8 x float> undef, float %3974, i32 0
  %splat406 = shufflevector <8 x float> %3975, <8 x float> undef, <8 x i32> zeroinitializer
  %3976 = load <8 x float>, <8 x float>* %24, align 32
  %3977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3959, <8 x float> %3976)
  store <8 x float> %3977, <8 x float>* %24, align 32
  %3978 = load <8 x float>, <8 x float>* %18, align 32
  %3979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3963, <8 x float> %3978)
  store <8 x float> %3979, <8 x float>* %18, align 32
  %3980 = add i64 %3671, 341
  %3981 = getelementptr inbounds float, float* %2, i64 %3980
  %3982 = load float, float* %3981, align 4
  %3983 = insertelement <8 x float> undef, float %3982, i32 0
  %splat407 = shufflevector <8 x float> %3983, <8 x float> undef, <8 x i32> zeroinitializer
  %3984 = load <8 x float>, <8 x float>* %23, align 32
  %3985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3959, <8 x float> %3984)
  store <8 x float> %3985, <8 x float>* %23, align 32
  %3986 = load <8 x float>, <8 x float>* %17, align 32
  %3987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3963, <8 x float> %3986)
  store <8 x float> %3987, <8 x float>* %17, align 32
  %3988 = add i64 %3671, 349
  %3989 = getelementptr inbounds float, float* %2, i64 %3988
  %3990 = load float, float* %3989, align 4
  %3991 = insertelement <8 x float> undef, float %3990, i32 0
  %splat408 = shufflevector <8 x float> %3991, <8 x float> undef, <8 x i32> zeroinitializer
  %3992 = load <8 x float>, <8 x float>* %22, align 32
  %3993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3959, <8 x float> %3992)
  store <8 x float> %3993, <8 x float>* %22, align 32
  %3994 = load <8 x float>, <8 x float>* %16, align 32
  %3995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3963, <8 x float> %3994)
  store <8 x float> %3995, <8 x float>* %16, align 32
  %3996 = add i64 %3671, 357
  %3997 = getelementptr inbounds float, float* %2, i64 %3996
  %3998 = load float, float* %3997, align 4
  %3999 = insertelement <8 x float> undef, float %3998, i32 0
  %splat409 = shufflevector <8 x float> %3999, <8 x float> undef, <8 x i32> zeroinitializer
  %4000 = load <8 x float>, <8 x float>* %21, align 32
  %4001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3959, <8 x float> %4000)
  store <8 x float> %4001, <8 x float>* %21, align 32
  %4002 = load <8 x float>, <8 x float>* %15, align 32
  %4003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3963, <8 x float> %4002)
  store <8 x float> %4003, <8 x float>* %15, align 32
  %4004 = add i64 %3671, 365
  %4005 = getelementptr inbounds float, float* %2, i64 %4004
  %4006 = load float, float* %4005, align 4
  %4007 = insertelement <8 x float> undef, float %4006, i32 0
  %splat410 = shufflevector <8 x float> %4007, <8 x float> undef, <8 x i32> zeroinitializer
  %4008 = load <8 x float>, <8 x float>* %20, align 32
  %4009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3959, <8 x float> %4008)
  store <8 x float> %4009, <8 x float>* %20, align 32
  %4010 = load <8 x float>, <8 x float>* %14, align 32
  %4011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3963, <8 x float> %4010)
  store <8 x float> %4011, <8 x float>* %14, align 32
  %4012 = add i64 %3675, 48
  %4013 = getelementptr inbounds float, float* %4, i64 %4012
  %4014 = bitcast float* %4013 to <8 x float>*
  %4015 = load <8 x float>, <8 x float>* %4014, align 4
  %4016 = add i64 %3675, 2352
  %4017 = getelementptr inbounds float, float* %4, i64 %4016
  %4018 = bitcast float* %4017 to <8 x float>*
  %4019 = load <8 x float>, <8 x float>* %4018, align 4
  %4020 = add i64 %3671, 326
  %4021 = getelementptr inbounds float, float* %2, i64 %4020
  %4022 = load float, float* %4021, align 4
  %4023 = insertelement <8 x float> undef, float %4022, i32 0
  %splat411 = shufflevector <8 x float> %4023, <8 x float> undef, <8 x i32> zeroinitializer
  %4024 = load <8 x float>, <8 x float>* %25, align 32
  %4025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %4015, <8 x float> %4024)
  store <8 x float> %4025, <8 x float>* %25, align 32
  %4026 = load <8 x float>, <8 x float>* %19, align 32
  %4027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %4019, <8 x float> %4026)
  store <8 x float> %4027, <8 x float>* %19, align 32
  %4028 = add i64 %3671, 334
  %4029 = getelementptr inbounds float, float* %2, i64 %4028
  %4030 = load float, float* %4029, align 4
  %4031 = insertelement <8 x float> undef, float %4030, i32 0
  %splat412 = shufflevector <8 x float> %4031, <8 x float> undef, <8 x i32> zeroinitializer
  %4032 = load <8 x float>, <8 x float>* %24, align 32
  %4033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %4015, <8 x float> %4032)
  store <8 x float> %4033, <8 x float>* %24, align 32
  %4034 = load <8 x float>, <8 x float>* %18, align 32
  %4035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %4019, <8 x float> %4034)
  store <8 x float> %4035, <8 x float>* %18, align 32
  %4036 = add i64 %3671, 342
  %4037 = getelementptr inbounds float, float* %2, i64 %4036
  %4038 = load float, float* %4037, align 4
  %4039 = insertelement <8 x float> undef, float %4038, i32 0
  %splat413 = shufflevector <8 x float> %4039, <8 x float> undef, <8 x i32> zeroinitializer
  %4040 = load <8 x float>, <8 x float>* %23, align 32
  %4041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %4015, <8 x float> %4040)
  store <8 x float> %4041, <8 x float>* %23, align 32
  %4042 = load <8 x float>, <8 x float>* %17, align 32
  %4043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %4019, <8 x float> %4042)
  store <8 x float> %4043, <8 x float>* %17, align 32
  %4044 = add i64 %3671, 350
  %4045 = getelementptr inbounds float, float* %2, i64 %4044
  %4046 = load float, float* %4045, align 4
  %4047 = insertelement <8 x float> undef, float %4046, i32 0
  %splat414 = shufflevector <8 x float> %4047, <8 x float> undef, <8 x i32> zeroinitializer
  %4048 = load <8 x float>, <8 x float>* %22, align 32
  %4049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %4015, <8 x float> %4048)
  store <8 x float> %4049, <8 x float>* %22, align 32
  %4050 = load <8 x float>, <8 x float>* %16, align 32
  %4051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %4019, <8 x float> %4050)
  store <8 x float> %4051, <8 x float>* %16, align 32
  %4052 = add i64 %3671, 358
  %4053 = getelementptr inbounds float, float* %2, i64 %4052
  %4054 = load float, float* %4053, align 4
  %4055 = insertelement <8 x float> undef, float %4054, i32 0
  %splat415 = shufflevector <8 x float> %4055, <8 x float> undef, <8 x i32> zeroinitializer
  %4056 = load <8 x float>, <8 x float>* %21, align 32
  %4057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %4015, <8 x float> %4056)
  store <8 x float> %4057, <8 x float>* %21, align 32
  %4058 = load <8 x float>, <8 x float>* %15, align 32
  %4059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %4019, <8 x float> %4058)
  store <8 x float> %4059, <8 x float>* %15, align 32
  %4060 = add i64 %3671, 366
  %4061 = getelementptr inbounds float, float* %2, i64 %4060
  %4062 = load float, float* %4061, align 4
  %4063 = insertelement <8 x float> undef, float %4062, i32 0
  %splat416 = shufflevector <8 x float> %4063, <8 x float> undef, <8 x i32> zeroinitializer
  %4064 = load <8 x float>, <8 x float>* %20, align 32
  %4065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %4015, <8 x float> %4064)
  store <8 x float> %4065, <8 x float>* %20, align 32
  %4066 = load <8 x float>, <8 x float>* %14, align 32
  %4067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %4019, <8 x float> %4066)
  store <8 x float> %4067, <8 x float>* %14, align 32
  %4068 = add i64 %3675, 56
  %4069 = getelementptr inbounds float, float* %4, i64 %4068
  %4070 = bitcast float* %4069 to <8 x float>*
  %4071 = load <8 x float>, <8 x float>* %4070, align 4
  %4072 = add i64 %3675, 2360
  %4073 = getelementptr inbounds float, float* %4, i64 %4072
  %4074 = bitcast float* %4073 to <8 x float>*
  %4075 = load <8 x float>, <8 x float>* %4074, align 4
  %4076 = add i64 %3671, 327
  %4077 = getelementptr inbounds float, float* %2, i64 %4076
  %4078 = load float, float* %4077, align 4
  %4079 = insertelement <8 x float> undef, float %4078, i32 0
  %splat417 = shufflevector <8 x float> %4079, <8 x float> undef, <8 x i32> zeroinitializer
  %4080 = load <8 x float>, <8 x float>* %25, align 32
  %4081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %4071, <8 x float> %4080)
  store <8 x float> %4081, <8 x float>* %25, align 32
  %4082 = load <8 x float>, <8 x float>* %19, align 32
  %4083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %4075, <8 x float> %4082)
  store <8 x float> %4083, <8 x float>* %19, align 32
  %4084 = add i64 %3671, 335
  %4085 = getelementptr inbounds float, float* %2, i64 %4084
  %4086 = load float, float* %4085, align 4
  %4087 = insertelement <8 x float> undef, float %4086, i32 0
  %splat418 = shufflevector <8 x float> %4087, <8 x float> undef, <8 x i32> zeroinitializer
  %4088 = load <8 x float>, <8 x float>* %24, align 32
  %4089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %4071, <8 x float> %4088)
  store <8 x float> %4089, <8 x float>* %24, align 32
  %4090 = load <8 x float>, <8 x float>* %18, align 32
  %4091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %4075, <8 x float> %4090)
  store <8 x float> %4091, <8 x float>* %18, align 32
  %4092 = add i64 %3671, 343
  %4093 = getelementptr inbounds float, float* %2, i64 %4092
  %4094 = load float, float* %4093, align 4
  %4095 = insertelement <8 x float> undef, float %4094, i32 0
  %splat419 = shufflevector <8 x float> %4095, <8 x float> undef, <8 x i32> zeroinitializer
  %4096 = load <8 x float>, <8 x float>* %23, align 32
  %4097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %4071, <8 x float> %4096)
  store <8 x float> %4097, <8 x float>* %23, align 32
  %4098 = load <8 x float>, <8 x float>* %17, align 32
  %4099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %4075, <8 x float> %4098)
  store <8 x float> %4099, <8 x float>* %17, align 32
  %4100 = add i64 %3671, 351
  %4101 = getelementptr inbounds float, float* %2, i64 %4100
  %4102 = load float, float* %4101, align 4
  %4103 = insertelement <8 x float> undef, float %4102, i32 0
  %splat420 = shufflevector <8 x float> %4103, <8 x float> undef, <8 x i32> zeroinitializer
  %4104 = load <8 x float>, <8 x float>* %22, align 32
  %4105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %4071, <8 x float> %4104)
  store <8 x float> %4105, <8 x float>* %22, align 32
  %4106 = load <8 x float>, <8 x float>* %16, align 32
  %4107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %4075, <8 x float> %4106)
  store <8 x float> %4107, <8 x float>* %16, align 32
  %4108 = add i64 %3671, 359
  %4109 = getelementptr inbounds float, float* %2, i64 %4108
  %4110 = load float, float* %4109, align 4
  %4111 = insertelement <8 x float> undef, float %4110, i32 0
  %splat421 = shufflevector <8 x float> %4111, <8 x float> undef, <8 x i32> zeroinitializer
  %4112 = load <8 x float>, <8 x float>* %21, align 32
  %4113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %4071, <8 x float> %4112)
  store <8 x float> %4113, <8 x float>* %21, align 32
  %4114 = load <8 x float>, <8 x float>* %15, align 32
  %4115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %4075, <8 x float> %4114)
  store <8 x float> %4115, <8 x float>* %15, align 32
  %4116 = add i64 %3671, 367
  %4117 = getelementptr inbounds float, float* %2, i64 %4116
  %4118 = load float, float* %4117, align 4
  %4119 = insertelement <8 x float> undef, float %4118, i32 0
  %splat422 = shufflevector <8 x float> %4119, <8 x float> undef, <8 x i32> zeroinitializer
  %4120 = load <8 x float>, <8 x float>* %20, align 32
  %4121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat422, <8 x float> %4071, <8 x float> %4120)
  store <8 x float> %4121, <8 x float>* %20, align 32
  %4122 = load <8 x float>, <8 x float>* %14, align 32
  %4123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat422, <8 x float> %4075, <8 x float> %4122)
  store <8 x float> %4123, <8 x float>* %14, align 32
  %kw.next423 = add i64 %kw374, 1
  br label %kw.header371

kw.exit373:                                       ; preds = %kw.header371
  %kh.next424 = add i64 %kh370, 1
  br label %kh.header367

u.header426:                                      ; preds = %kh.exit432, %u.exit365
  %u429 = phi i64 [ 0, %u.exit365 ], [ %u.next464, %kh.exit432 ]
  %4124 = icmp slt i64 %u429, 4
  br i1 %4124, label %u.body427, label %u.exit428

u.body427:                                        ; preds = %u.header426
  %4125 = mul i64 %u429, 2312
  %4126 = add i64 %3665, %4125
  %4127 = mul i64 %u429, 576
  %4128 = add i64 %113, %4127
  br label %kh.header430

u.exit428:                                        ; preds = %u.header426
  %4129 = mul i64 %105, 8
  %4130 = add i64 %4129, %108
  %4131 = add i64 %4130, 0
  %4132 = mul i64 %4131, 15
  %4133 = add i64 %4132, %102
  %4134 = mul i64 %4133, 15
  %4135 = add i64 %4134, 42
  %4136 = mul i64 %4135, 8
  %4137 = load <8 x float>, <8 x float>* %13, align 32
  %4138 = fcmp ogt <8 x float> %4137, zeroinitializer
  %4139 = select <8 x i1> %4138, <8 x float> %4137, <8 x float> zeroinitializer
  %4140 = getelementptr inbounds float, float* %0, i64 %4136
  %4141 = bitcast float* %4140 to <8 x float>*
  store <8 x float> %4139, <8 x float>* %4141, align 4
  %4142 = add i64 %4134, 43
  %4143 = mul i64 %4142, 8
  %4144 = load <8 x float>, <8 x float>* %12, align 32
  %4145 = fcmp ogt <8 x float> %4144, zeroinitializer
  %4146 = select <8 x i1> %4145, <8 x float> %4144, <8 x float> zeroinitializer
  %4147 = getelementptr inbounds float, float* %0, i64 %4143
  %4148 = bitcast float* %4147 to <8 x float>*
  store <8 x float> %4146, <8 x float>* %4148, align 4
  %4149 = add i64 %4134, 44
  %4150 = mul i64 %4149, 8
  %4151 = load <8 x float>, <8 x float>* %11, align 32
  %4152 = fcmp ogt <8 x float> %4151, zeroinitializer
  %4153 = select <8 x i1> %4152, <8 x float> %4151, <8 x float> zeroinitializer
  %4154 = getelementptr inbounds float, float* %0, i64 %4150
  %4155 = bitcast float* %4154 to <8 x float>*
  store <8 x float> %4153, <8 x float>* %4155, align 4
  %4156 = mul i64 %105, 8
  %4157 = add i64 %4156, %108
  %4158 = add i64 %4157, 1
  %4159 = mul i64 %4158, 15
  %4160 = add i64 %4159, %102
  %4161 = mul i64 %4160, 15
  %4162 = add i64 %4161, 42
  %4163 = mul i64 %4162, 8
  %4164 = load <8 x float>, <8 x float>* %10, align 32
  %4165 = fcmp ogt <8 x float> %4164, zeroinitializer
  %4166 = select <8 x i1> %4165, <8 x float> %4164, <8 x float> zeroinitializer
  %4167 = getelementptr inbounds float, float* %0, i64 %4163
  %4168 = bitcast float* %4167 to <8 x float>*
  store <8 x float> %4166, <8 x float>* %4168, align 4
  %4169 = add i64 %4161, 43
  %4170 = mul i64 %4169, 8
  %4171 = load <8 x float>, <8 x float>* %9, align 32
  %4172 = fcmp ogt <8 x float> %4171, zeroinitializer
  %4173 = select <8 x i1> %4172, <8 x float> %4171, <8 x float> zeroinitializer
  %4174 = getelementptr inbounds float, float* %0, i64 %4170
  %4175 = bitcast float* %4174 to <8 x float>*
  store <8 x float> %4173, <8 x float>* %4175, align 4
  %4176 = add i64 %4161, 44
  %4177 = mul i64 %4176, 8
  %4178 = load <8 x float>, <8 x float>* %8, align 32
  %4179 = fcmp ogt <8 x float> %4178, zeroinitializer
  %4180 = select <8 x i1> %4179, <8 x float> %4178, <8 x float> zeroinitializer
  %4181 = getelementptr inbounds float, float* %0, i64 %4177
  %4182 = bitcast float* %4181 to <8 x float>*
  store <8 x float> %4180, <8 x float>* %4182, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header430:                                     ; preds = %kw.exit436, %u.body427
  %kh433 = phi i64 [ 0, %u.body427 ], [ %kh.next463, %kw.exit436 ]
  %4183 = icmp slt i64 %kh433, 3
  br i1 %4183, label %kh.body431, label %kh.exit432

kh.body431:                                       ; preds = %kh.header430
  %4184 = mul i64 %kh433, 136
  %4185 = add i64 %4126, %4184
  br label %kw.header434

kh.exit432:                                       ; preds = %kh.header430
  %u.next464 = add i64 %u429, 1
  br label %u.header426

kw.header434:                                     ; preds = %kw.body435, %kh.body431
  %kw437 = phi i64 [ 0, %kh.body431 ], [ %kw.next462, %kw.body435 ]
  %4186 = icmp slt i64 %kw437, 3
  br i1 %4186, label %kw.body435, label %kw.exit436

kw.body435:                                       ; preds = %kw.header434
  %4187 = mul i64 %kw437, 8
  %4188 = add i64 %4185, %4187
  %4189 = mul i64 %kh433, 3
  %4190 = add i64 %4189, %kw437
  %4191 = mul i64 %4190, 64
  %4192 = add i64 %4128, %4191
  %4193 = add i64 %4192, 0
  %4194 = getelementptr inbounds float, float* %4, i64 %4193
  %4195 = bitcast float* %4194 to <8 x float>*
  %4196 = load <8 x float>, <8 x float>* %4195, align 4
  %4197 = add i64 %4192, 2304
  %4198 = getelementptr inbounds float, float* %4, i64 %4197
  %4199 = bitcast float* %4198 to <8 x float>*
  %4200 = load <8 x float>, <8 x float>* %4199, align 4
  %4201 = add i64 %4188, 368
  %4202 = getelementptr inbounds float, float* %2, i64 %4201
  %4203 = load float, float* %4202, align 4
  %4204 = insertelement <8 x float> undef, float %4203, i32 0
  %splat438 = shufflevector <8 x float> %4204, <8 x float> undef, <8 x i32> zeroinitializer
  %4205 = load <8 x float>, <8 x float>* %13, align 32
  %4206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %4196, <8 x float> %4205)
  store <8 x float> %4206, <8 x float>* %13, align 32
  %4207 = load <8 x float>, <8 x float>* %10, align 32
  %4208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %4200, <8 x float> %4207)
  store <8 x float> %4208, <8 x float>* %10, align 32
  %4209 = add i64 %4188, 376
  %4210 = getelementptr inbounds float, float* %2, i64 %4209
  %4211 = load float, float* %4210, align 4
  %4212 = insertelement <8 x float> undef, float %4211, i32 0
  %splat439 = shufflevector <8 x float> %4212, <8 x float> undef, <8 x i32> zeroinitializer
  %4213 = load <8 x float>, <8 x float>* %12, align 32
  %4214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %4196, <8 x float> %4213)
  store <8 x float> %4214, <8 x float>* %12, align 32
  %4215 = load <8 x float>, <8 x float>* %9, align 32
  %4216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %4200, <8 x float> %4215)
  store <8 x float> %4216, <8 x float>* %9, align 32
  %4217 = add i64 %4188, 384
  %4218 = getelementptr inbounds float, float* %2, i64 %4217
  %4219 = load float, float* %4218, align 4
  %4220 = insertelement <8 x float> undef, float %4219, i32 0
  %splat440 = shufflevector <8 x float> %4220, <8 x float> undef, <8 x i32> zeroinitializer
  %4221 = load <8 x float>, <8 x float>* %11, align 32
  %4222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %4196, <8 x float> %4221)
  store <8 x float> %4222, <8 x float>* %11, align 32
  %4223 = load <8 x float>, <8 x float>* %8, align 32
  %4224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %4200, <8 x float> %4223)
  store <8 x float> %4224, <8 x float>* %8, align 32
  %4225 = add i64 %4192, 8
  %4226 = getelementptr inbounds float, float* %4, i64 %4225
  %4227 = bitcast float* %4226 to <8 x float>*
  %4228 = load <8 x float>, <8 x float>* %4227, align 4
  %4229 = add i64 %4192, 2312
  %4230 = getelementptr inbounds float, float* %4, i64 %4229
  %4231 = bitcast float* %4230 to <8 x float>*
  %4232 = load <8 x float>, <8 x float>* %4231, align 4
  %4233 = add i64 %4188, 369
  %4234 = getelementptr inbounds float, float* %2, i64 %4233
  %4235 = load float, float* %4234, align 4
  %4236 = insertelement <8 x float> undef, float %4235, i32 0
  %splat441 = shufflevector <8 x float> %4236, <8 x float> undef, <8 x i32> zeroinitializer
  %4237 = load <8 x float>, <8 x float>* %13, align 32
  %4238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %4228, <8 x float> %4237)
  store <8 x float> %4238, <8 x float>* %13, align 32
  %4239 = load <8 x float>, <8 x float>* %10, align 32
  %4240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %4232, <8 x float> %4239)
  store <8 x float> %4240, <8 x float>* %10, align 32
  %4241 = add i64 %4188, 377
  %4242 = getelementptr inbounds float, float* %2, i64 %4241
  %4243 = load float, float* %4242, align 4
  %4244 = insertelement <8 x float> undef, float %4243, i32 0
  %splat442 = shufflevector <8 x float> %4244, <8 x float> undef, <8 x i32> zeroinitializer
  %4245 = load <8 x float>, <8 x float>* %12, align 32
  %4246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %4228, <8 x float> %4245)
  store <8 x float> %4246, <8 x float>* %12, align 32
  %4247 = load <8 x float>, <8 x float>* %9, align 32
  %4248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %4232, <8 x float> %4247)
  store <8 x float> %4248, <8 x float>* %9, align 32
  %4249 = add i64 %4188, 385
  %4250 = getelementptr inbounds float, float* %2, i64 %4249
  %4251 = load float, float* %4250, align 4
  %4252 = insertelement <8 x float> undef, float %4251, i32 0
  %splat443 = shufflevector <8 x float> %4252, <8 x float> undef, <8 x i32> zeroinitializer
  %4253 = load <8 x float>, <8 x float>* %11, align 32
  %4254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %4228, <8 x float> %4253)
  store <8 x float> %4254, <8 x float>* %11, align 32
  %4255 = load <8 x float>, <8 x float>* %8, align 32
  %4256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %4232, <8 x float> %4255)
  store <8 x float> %4256, <8 x float>* %8, align 32
  %4257 = add i64 %4192, 16
  %4258 = getelementptr inbounds float, float* %4, i64 %4257
  %4259 = bitcast float* %4258 to <8 x float>*
  %4260 = load <8 x float>, <8 x float>* %4259, align 4
  %4261 = add i64 %4192, 2320
  %4262 = getelementptr inbounds float, float* %4, i64 %4261
  %4263 = bitcast float* %4262 to <8 x float>*
  %4264 = load <8 x float>, <8 x float>* %4263, align 4
  %4265 = add i64 %4188, 370
  %4266 = getelementptr inbounds float, float* %2, i64 %4265
  %4267 = load float, float* %4266, align 4
  %4268 = insertelement <8 x float> undef, float %4267, i32 0
  %splat444 = shufflevector <8 x float> %4268, <8 x float> undef, <8 x i32> zeroinitializer
  %4269 = load <8 x float>, <8 x float>* %13, align 32
  %4270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %4260, <8 x float> %4269)
  store <8 x float> %4270, <8 x float>* %13, align 32
  %4271 = load <8 x float>, <8 x float>* %10, align 32
  %4272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %4264, <8 x float> %4271)
  store <8 x float> %4272, <8 x float>* %10, align 32
  %4273 = add i64 %4188, 378
  %4274 = getelementptr inbounds float, float* %2, i64 %4273
  %4275 = load float, float* %4274, align 4
  %4276 = insertelement <8 x float> undef, float %4275, i32 0
  %splat445 = shufflevector <8 x float> %4276, <8 x float> undef, <8 x i32> zeroinitializer
  %4277 = load <8 x float>, <8 x float>* %12, align 32
  %4278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %4260, <8 x float> %4277)
  store <8 x float> %4278, <8 x float>* %12, align 32
  %4279 = load <8 x float>, <8 x float>* %9, align 32
  %4280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %4264, <8 x float> %4279)
  store <8 x float> %4280, <8 x float>* %9, align 32
  %4281 = add i64 %4188, 386
  %4282 = getelementptr inbounds float, float* %2, i64 %4281
  %4283 = load float, float* %4282, align 4
  %4284 = insertelement <8 x float> undef, float %4283, i32 0
  %splat446 = shufflevector <8 x float> %4284, <8 x float> undef, <8 x i32> zeroinitializer
  %4285 = load <8 x float>, <8 x float>* %11, align 32
  %4286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %4260, <8 x float> %4285)
  store <8 x float> %4286, <8 x float>* %11, align 32
  %4287 = load <8 x float>, <8 x float>* %8, align 32
  %4288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %4264, <8 x float> %4287)
  store <8 x float> %4288, <8 x float>* %8, align 32
  %4289 = add i64 %4192, 24
  %4290 = getelementptr inbounds float, float* %4, i64 %4289
  %4291 = bitcast float* %4290 to <8 x float>*
  %4292 = load <8 x float>, <8 x float>* %4291, align 4
  %4293 = add i64 %4192, 2328
  %4294 = getelementptr inbounds float, float* %4, i64 %4293
  %4295 = bitcast float* %4294 to <8 x float>*
  %4296 = load <8 x float>, <8 x float>* %4295, align 4
  %4297 = add i64 %4188, 371
  %4298 = getelementptr inbounds float, float* %2, i64 %4297
  %4299 = load float, float* %4298, align 4
  %4300 = insertelement <8 x float> undef, float %4299, i32 0
  %splat447 = shufflevector <8 x float> %4300, <8 x float> undef, <8 x i32> zeroinitializer
  %4301 = load <8 x float>, <8 x float>* %13, align 32
  %4302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %4292, <8 x float> %4301)
  store <8 x float> %4302, <8 x float>* %13, align 32
  %4303 = load <8 x float>, <8 x float>* %10, align 32
  %4304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %4296, <8 x float> %4303)
  store <8 x float> %4304, <8 x float>* %10, align 32
  %4305 = add i64 %4188, 379
  %4306 = getelementptr inbounds float, float* %2, i64 %4305
  %4307 = load float, float* %4306, align 4
  %4308 = insertelement <8 x float> undef, float %4307, i32 0
  %splat448 = shufflevector <8 x float> %4308, <8 x float> undef, <8 x i32> zeroinitializer
  %4309 = load <8 x float>, <8 x float>* %12, align 32
  %4310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %4292, <8 x float> %4309)
  store <8 x float> %4310, <8 x float>* %12, align 32
  %4311 = load <8 x float>, <8 x float>* %9, align 32
  %4312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %4296, <8 x float> %4311)
  store <8 x float> %4312, <8 x float>* %9, align 32
  %4313 = add i64 %4188, 387
  %4314 = getelementptr inbounds float, float* %2, i64 %4313
  %4315 = load float, float* %4314, align 4
  %4316 = insertelement <8 x float> undef, float %4315, i32 0
  %splat449 = shufflevector <8 x float> %4316, <8 x float> undef, <8 x i32> zeroinitializer
  %4317 = load <8 x float>, <8 x float>* %11, align 32
  %4318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %4292, <8 x float> %4317)
  store <8 x float> %4318, <8 x float>* %11, align 32
  %4319 = load <8 x float>, <8 x float>* %8, align 32
  %4320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %4296, <8 x float> %4319)
  store <8 x float> %4320, <8 x float>* %8, align 32
  %4321 = add i64 %4192, 32
  %4322 = getelementptr inbounds float, float* %4, i64 %4321
  %4323 = bitcast float* %4322 to <8 x float>*
  %4324 = load <8 x float>, <8 x float>* %4323, align 4
  %4325 = add i64 %4192, 2336
  %4326 = getelementptr inbounds float, float* %4, i64 %4325
  %4327 = bitcast float* %4326 to <8 x float>*
  %4328 = load <8 x float>, <8 x float>* %4327, align 4
  %4329 = add i64 %4188, 372
  %4330 = getelementptr inbounds float, float* %2, i64 %4329
  %4331 = load float, float* %4330, align 4
  %4332 = insertelement <8 x float> undef, float %4331, i32 0
  %splat450 = shufflevector <8 x float> %4332, <8 x float> undef, <8 x i32> zeroinitializer
  %4333 = load <8 x float>, <8 x float>* %13, align 32
  %4334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %4324, <8 x float> %4333)
  store <8 x float> %4334, <8 x float>* %13, align 32
  %4335 = load <8 x float>, <8 x float>* %10, align 32
  %4336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %4328, <8 x float> %4335)
  store <8 x float> %4336, <8 x float>* %10, align 32
  %4337 = add i64 %4188, 380
  %4338 = getelementptr inbounds float, float* %2, i64 %4337
  %4339 = load float, float* %4338, align 4
  %4340 = insertelement <8 x float> undef, float %4339, i32 0
  %splat451 = shufflevector <8 x float> %4340, <8 x float> undef, <8 x i32> zeroinitializer
  %4341 = load <8 x float>, <8 x float>* %12, align 32
  %4342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %4324, <8 x float> %4341)
  store <8 x float> %4342, <8 x float>* %12, align 32
  %4343 = load <8 x float>, <8 x float>* %9, align 32
  %4344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %4328, <8 x float> %4343)
  store <8 x float> %4344, <8 x float>* %9, align 32
  %4345 = add i64 %4188, 388
  %4346 = getelementptr inbounds float, float* %2, i64 %4345
  %4347 = load float, float* %4346, align 4
  %4348 = insertelement <8 x float> undef, float %4347, i32 0
  %splat452 = shufflevector <8 x float> %4348, <8 x float> undef, <8 x i32> zeroinitializer
  %4349 = load <8 x float>, <8 x float>* %11, align 32
  %4350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %4324, <8 x float> %4349)
  store <8 x float> %4350, <8 x float>* %11, align 32
  %4351 = load <8 x float>, <8 x float>* %8, align 32
  %4352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %4328, <8 x float> %4351)
  store <8 x float> %4352, <8 x float>* %8, align 32
  %4353 = add i64 %4192, 40
  %4354 = getelementptr inbounds float, float* %4, i64 %4353
  %4355 = bitcast float* %4354 to <8 x float>*
  %4356 = load <8 x float>, <8 x float>* %4355, align 4
  %4357 = add i64 %4192, 2344
  %4358 = getelementptr inbounds float, float* %4, i64 %4357
  %4359 = bitcast float* %4358 to <8 x float>*
  %4360 = load <8 x float>, <8 x float>* %4359, align 4
  %4361 = add i64 %4188, 373
  %4362 = getelementptr inbounds float, float* %2, i64 %4361
  %4363 = load float, float* %4362, align 4
  %4364 = insertelement <8 x float> undef, float %4363, i32 0
  %splat453 = shufflevector <8 x float> %4364, <8 x float> undef, <8 x i32> zeroinitializer
  %4365 = load <8 x float>, <8 x float>* %13, align 32
  %4366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %4356, <8 x float> %4365)
  store <8 x float> %4366, <8 x float>* %13, align 32
  %4367 = load <8 x float>, <8 x float>* %10, align 32
  %4368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %4360, <8 x float> %4367)
  store <8 x float> %4368, <8 x float>* %10, align 32
  %4369 = add i64 %4188, 381
  %4370 = getelementptr inbounds float, float* %2, i64 %4369
  %4371 = load float, float* %4370, align 4
  %4372 = insertelement <8 x float> undef, float %4371, i32 0
  %splat454 = shufflevector <8 x float> %4372, <8 x float> undef, <8 x i32> zeroinitializer
  %4373 = load <8 x float>, <8 x float>* %12, align 32
  %4374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %4356, <8 x float> %4373)
  store <8 x float> %4374, <8 x float>* %12, align 32
  %4375 = load <8 x float>, <8 x float>* %9, align 32
  %4376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %4360, <8 x float> %4375)
  store <8 x float> %4376, <8 x float>* %9, align 32
  %4377 = add i64 %4188, 389
  %4378 = getelementptr inbounds float, float* %2, i64 %4377
  %4379 = load float, float* %4378, align 4
  %4380 = insertelement <8 x float> undef, float %4379, i32 0
  %splat455 = shufflevector <8 x float> %4380, <8 x float> undef, <8 x i32> zeroinitializer
  %4381 = load <8 x float>, <8 x float>* %11, align 32
  %4382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %4356, <8 x float> %4381)
  store <8 x float> %4382, <8 x float>* %11, align 32
  %4383 = load <8 x float>, <8 x float>* %8, align 32
  %4384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %4360, <8 x float> %4383)
  store <8 x float> %4384, <8 x float>* %8, align 32
  %4385 = add i64 %4192, 48
  %4386 = getelementptr inbounds float, float* %4, i64 %4385
  %4387 = bitcast float* %4386 to <8 x float>*
  %4388 = load <8 x float>, <8 x float>* %4387, align 4
  %4389 = add i64 %4192, 2352
  %4390 = getelementptr inbounds float, float* %4, i64 %4389
  %4391 = bitcast float* %4390 to <8 x float>*
  %4392 = load <8 x float>, <8 x float>* %4391, align 4
  %4393 = add i64 %4188, 374
  %4394 = getelementptr inbounds float, float* %2, i64 %4393
  %4395 = load float, float* %4394, align 4
  %4396 = insertelement <8 x float> undef, float %4395, i32 0
  %splat456 = shufflevector <8 x float> %4396, <8 x float> undef, <8 x i32> zeroinitializer
  %4397 = load <8 x float>, <8 x float>* %13, align 32
  %4398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %4388, <8 x float> %4397)
  store <8 x float> %4398, <8 x float>* %13, align 32
  %4399 = load <8 x float>, <8 x float>* %10, align 32
  %4400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %4392, <8 x float> %4399)
  store <8 x float> %4400, <8 x float>* %10, align 32
  %4401 = add i64 %4188, 382
  %4402 = getelementptr inbounds float, float* %2, i64 %4401
  %4403 = load float, float* %4402, align 4
  %4404 = insertelement <8 x float> undef, float %4403, i32 0
  %splat457 = shufflevector <8 x float> %4404, <8 x float> undef, <8 x i32> zeroinitializer
  %4405 = load <8 x float>, <8 x float>* %12, align 32
  %4406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4388, <8 x float> %4405)
  store <8 x float> %4406, <8 x float>* %12, align 32
  %4407 = load <8 x float>, <8 x float>* %9, align 32
  %4408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4392, <8 x float> %4407)
  store <8 x float> %4408, <8 x float>* %9, align 32
  %4409 = add i64 %4188, 390
  %4410 = getelementptr inbounds float, float* %2, i64 %4409
  %4411 = load float, float* %4410, align 4
  %4412 = insertelement <8 x float> undef, float %4411, i32 0
  %splat458 = shufflevector <8 x float> %4412, <8 x float> undef, <8 x i32> zeroinitializer
  %4413 = load <8 x float>, <8 x float>* %11, align 32
  %4414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4388, <8 x float> %4413)
  store <8 x float> %4414, <8 x float>* %11, align 32
  %4415 = load <8 x float>, <8 x float>* %8, align 32
  %4416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4392, <8 x float> %4415)
  store <8 x float> %4416, <8 x float>* %8, align 32
  %4417 = add i64 %4192, 56
  %4418 = getelementptr inbounds float, float* %4, i64 %4417
  %4419 = bitcast float* %4418 to <8 x float>*
  %4420 = load <8 x float>, <8 x float>* %4419, align 4
  %4421 = add i64 %4192, 2360
  %4422 = getelementptr inbounds float, float* %4, i64 %4421
  %4423 = bitcast float* %4422 to <8 x float>*
  %4424 = load <8 x float>, <8 x float>* %4423, align 4
  %4425 = add i64 %4188, 375
  %4426 = getelementptr inbounds float, float* %2, i64 %4425
  %4427 = load float, float* %4426, align 4
  %4428 = insertelement <8 x float> undef, float %4427, i32 0
  %splat459 = shufflevector <8 x float> %4428, <8 x float> undef, <8 x i32> zeroinitializer
  %4429 = load <8 x float>, <8 x float>* %13, align 32
  %4430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4420, <8 x float> %4429)
  store <8 x float> %4430, <8 x float>* %13, align 32
  %4431 = load <8 x float>, <8 x float>* %10, align 32
  %4432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4424, <8 x float> %4431)
  store <8 x float> %4432, <8 x float>* %10, align 32
  %4433 = add i64 %4188, 383
  %4434 = getelementptr inbounds float, float* %2, i64 %4433
  %4435 = load float, float* %4434, align 4
  %4436 = insertelement <8 x float> undef, float %4435, i32 0
  %splat460 = shufflevector <8 x float> %4436, <8 x float> undef, <8 x i32> zeroinitializer
  %4437 = load <8 x float>, <8 x float>* %12, align 32
  %4438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4420, <8 x float> %4437)
  store <8 x float> %4438, <8 x float>* %12, align 32
  %4439 = load <8 x float>, <8 x float>* %9, align 32
  %4440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4424, <8 x float> %4439)
  store <8 x float> %4440, <8 x float>* %9, align 32
  %4441 = add i64 %4188, 391
  %4442 = getelementptr inbounds float, float* %2, i64 %4441
  %4443 = load float, float* %4442, align 4
  %4444 = insertelement <8 x float> undef, float %4443, i32 0
  %splat461 = shufflevector <8 x float> %4444, <8 x float> undef, <8 x i32> zeroinitializer
  %4445 = load <8 x float>, <8 x float>* %11, align 32
  %4446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4420, <8 x float> %4445)
  store <8 x float> %4446, <8 x float>* %11, align 32
  %4447 = load <8 x float>, <8 x float>* %8, align 32
  %4448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4424, <8 x float> %4447)
  store <8 x float> %4448, <8 x float>* %8, align 32
  %kw.next462 = add i64 %kw437, 1
  br label %kw.header434

kw.exit436:                                       ; preds = %kw.header434
  %kh.next463 = add i64 %kh433, 1
  br label %kh.header430
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 20, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 20
  %29 = select i1 %28, i64 %27, i64 20
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 20
  %32 = select i1 %31, i64 %30, i64 20
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %43 = alloca <8 x float>, align 32
  %44 = alloca <8 x float>, align 32
  %45 = alloca <8 x float>, align 32
  %46 = alloca <8 x float>, align 32
  %47 = alloca <8 x float>, align 32
  %48 = alloca <8 x float>, align 32
  %49 = alloca <8 x float>, align 32
  %50 = alloca <8 x float>, align 32
  %51 = alloca <8 x float>, align 32
  %52 = alloca <8 x float>, align 32
  %53 = alloca <8 x float>, align 32
  %54 = alloca <8 x float>, align 32
  %55 = alloca <8 x float>, align 32
  %56 = alloca <8 x float>, align 32
  %57 = alloca <8 x float>, align 32
  %58 = alloca <8 x float>, align 32
  %59 = alloca <8 x float>, align 32
  %60 = alloca <8 x float>, align 32
  %61 = alloca <8 x float>, align 32
  %62 = alloca <8 x float>, align 32
  %63 = alloca <8 x float>, align 32
  %64 = alloca <8 x float>, align 32
  %65 = alloca <8 x float>, align 32
  %66 = alloca <8 x float>, align 32
  %67 = alloca <8 x float>, align 32
  %68 = alloca <8 x float>, align 32
  %69 = alloca <8 x float>, align 32
  %70 = alloca <8 x float>, align 32
  %71 = alloca <8 x float>, align 32
  %72 = alloca <8 x float>, align 32
  %73 = alloca <8 x float>, align 32
  %74 = alloca <8 x float>, align 32
  %75 = alloca <8 x float>, align 32
  %76 = alloca <8 x float>, align 32
  %77 = alloca <8 x float>, align 32
  %78 = alloca <8 x float>, align 32
  %79 = alloca <8 x float>, align 32
  %80 = alloca <8 x float>, align 32
  %81 = alloca <8 x float>, align 32
  %82 = alloca <8 x float>, align 32
  %83 = alloca <8 x float>, align 32
  %84 = alloca <8 x float>, align 32
  %85 = alloca <8 x float>, align 32
  %86 = alloca <8 x float>, align 32
  %87 = alloca <8 x float>, align 32
  %88 = alloca <8 x float>, align 32
  %89 = alloca <8 x float>, align 32
  %90 = alloca <8 x float>, align 32
  %91 = alloca <8 x float>, align 32
  %92 = alloca <8 x float>, align 32
  %93 = alloca <8 x float>, align 32
  %94 = alloca <8 x float>, align 32
  %95 = alloca <8 x float>, align 32
  %96 = alloca <8 x float>, align 32
  %97 = alloca <8 x float>, align 32
  %98 = alloca <8 x float>, align 32
  %99 = alloca <8 x float>, align 32
  %100 = alloca <8 x float>, align 32
  %101 = alloca <8 x float>, align 32
  %102 = alloca <8 x float>, align 32
  %103 = alloca <8 x float>, align 32
  %104 = alloca <8 x float>, align 32
  %105 = alloca <8 x float>, align 32
  %106 = alloca <8 x float>, align 32
  %107 = alloca <8 x float>, align 32
  %108 = alloca <8 x float>, align 32
  %109 = alloca <8 x float>, align 32
  %110 = alloca <8 x float>, align 32
  %111 = alloca <8 x float>, align 32
  %112 = alloca <8 x float>, align 32
  %113 = alloca <8 x float>, align 32
  %114 = alloca <8 x float>, align 32
  %115 = alloca <8 x float>, align 32
  %116 = alloca <8 x float>, align 32
  %117 = alloca <8 x float>, align 32
  %118 = alloca <8 x float>, align 32
  %119 = alloca <8 x float>, align 32
  %120 = alloca <8 x float>, align 32
  %121 = alloca <8 x float>, align 32
  %122 = alloca <8 x float>, align 32
  %123 = alloca <8 x float>, align 32
  %124 = alloca <8 x float>, align 32
  %125 = alloca <8 x float>, align 32
  %126 = alloca <8 x float>, align 32
  %127 = alloca <8 x float>, align 32
  %128 = alloca <8 x float>, align 32
  %129 = alloca <8 x float>, align 32
  %130 = alloca <8 x float>, align 32
  %131 = alloca <8 x float>, align 32
  %132 = alloca <8 x float>, align 32
  %133 = alloca <8 x float>, align 32
  %134 = alloca <8 x float>, align 32
  %135 = alloca <8 x float>, align 32
  %136 = alloca <8 x float>, align 32
  %137 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %138 = icmp slt i64 %task, %7
  br i1 %138, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %139 = srem i64 %task, 4
  %140 = sdiv i64 %task, 4
  %141 = srem i64 %140, 4
  %142 = mul i64 %139, 4
  %143 = sdiv i64 %task, 16
  %144 = srem i64 %143, 1
  %145 = sdiv i64 %143, 1
  %146 = mul i64 %144, 8
  %147 = mul i64 %141, 2
  %148 = add i64 %146, %147
  %149 = mul i64 %145, 8
  %150 = mul i64 %144, 8
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 1800
  %153 = mul i64 %148, 4608
  %154 = mul i64 %142, 120
  %155 = icmp eq i64 %139, 3
  br i1 %155, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %156 = add i64 %148, 0
  %157 = mul i64 %156, 8
  %158 = getelementptr inbounds float, float* %5, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  store <8 x float> %160, <8 x float>* %137, align 32
  store <8 x float> %160, <8 x float>* %136, align 32
  store <8 x float> %160, <8 x float>* %135, align 32
  store <8 x float> %160, <8 x float>* %134, align 32
  store <8 x float> %160, <8 x float>* %133, align 32
  store <8 x float> %160, <8 x float>* %132, align 32
  %161 = add i64 %148, 1
  %162 = mul i64 %161, 8
  %163 = getelementptr inbounds float, float* %5, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  store <8 x float> %165, <8 x float>* %131, align 32
  store <8 x float> %165, <8 x float>* %130, align 32
  store <8 x float> %165, <8 x float>* %129, align 32
  store <8 x float> %165, <8 x float>* %128, align 32
  store <8 x float> %165, <8 x float>* %127, align 32
  store <8 x float> %165, <8 x float>* %126, align 32
  %166 = add i64 %154, 0
  %167 = add i64 %152, %166
  br label %u.header

else:                                             ; preds = %task.body
  %168 = add i64 %148, 0
  %169 = mul i64 %168, 8
  %170 = getelementptr inbounds float, float* %5, i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  %172 = load <8 x float>, <8 x float>* %171, align 4
  store <8 x float> %172, <8 x float>* %111, align 32
  store <8 x float> %172, <8 x float>* %110, align 32
  store <8 x float> %172, <8 x float>* %109, align 32
  store <8 x float> %172, <8 x float>* %108, align 32
  store <8 x float> %172, <8 x float>* %107, align 32
  store <8 x float> %172, <8 x float>* %106, align 32
  %173 = add i64 %148, 1
  %174 = mul i64 %173, 8
  %175 = getelementptr inbounds float, float* %5, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  store <8 x float> %177, <8 x float>* %105, align 32
  store <8 x float> %177, <8 x float>* %104, align 32
  store <8 x float> %177, <8 x float>* %103, align 32
  store <8 x float> %177, <8 x float>* %102, align 32
  store <8 x float> %177, <8 x float>* %101, align 32
  store <8 x float> %177, <8 x float>* %100, align 32
  %178 = add i64 %154, 0
  %179 = add i64 %152, %178
  br label %u.header134

endif:                                            ; preds = %u.exit640, %u.exit113
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %then
  %u = phi i64 [ 0, %then ], [ %u.next, %kh.exit ]
  %180 = icmp slt i64 %u, 8
  br i1 %180, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %181 = mul i64 %u, 1800
  %182 = add i64 %167, %181
  %183 = mul i64 %u, 576
  %184 = add i64 %153, %183
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %185 = mul i64 %145, 8
  %186 = add i64 %185, %148
  %187 = add i64 %186, 0
  %188 = mul i64 %187, 13
  %189 = add i64 %188, %142
  %190 = mul i64 %189, 13
  %191 = add i64 %190, 0
  %192 = mul i64 %191, 8
  %193 = load <8 x float>, <8 x float>* %137, align 32
  %194 = fcmp ogt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> %193, <8 x float> zeroinitializer
  %196 = getelementptr inbounds float, float* %0, i64 %192
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %195, <8 x float>* %197, align 4
  %198 = add i64 %190, 1
  %199 = mul i64 %198, 8
  %200 = load <8 x float>, <8 x float>* %136, align 32
  %201 = fcmp ogt <8 x float> %200, zeroinitializer
  %202 = select <8 x i1> %201, <8 x float> %200, <8 x float> zeroinitializer
  %203 = getelementptr inbounds float, float* %0, i64 %199
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = add i64 %190, 2
  %206 = mul i64 %205, 8
  %207 = load <8 x float>, <8 x float>* %135, align 32
  %208 = fcmp ogt <8 x float> %207, zeroinitializer
  %209 = select <8 x i1> %208, <8 x float> %207, <8 x float> zeroinitializer
  %210 = getelementptr inbounds float, float* %0, i64 %206
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %209, <8 x float>* %211, align 4
  %212 = add i64 %190, 3
  %213 = mul i64 %212, 8
  %214 = load <8 x float>, <8 x float>* %134, align 32
  %215 = fcmp ogt <8 x float> %214, zeroinitializer
  %216 = select <8 x i1> %215, <8 x float> %214, <8 x float> zeroinitializer
  %217 = getelementptr inbounds float, float* %0, i64 %213
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  %219 = add i64 %190, 4
  %220 = mul i64 %219, 8
  %221 = load <8 x float>, <8 x float>* %133, align 32
  %222 = fcmp ogt <8 x float> %221, zeroinitializer
  %223 = select <8 x i1> %222, <8 x float> %221, <8 x float> zeroinitializer
  %224 = getelementptr inbounds float, float* %0, i64 %220
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %223, <8 x float>* %225, align 4
  %226 = add i64 %190, 5
  %227 = mul i64 %226, 8
  %228 = load <8 x float>, <8 x float>* %132, align 32
  %229 = fcmp ogt <8 x float> %228, zeroinitializer
  %230 = select <8 x i1> %229, <8 x float> %228, <8 x float> zeroinitializer
  %231 = getelementptr inbounds float, float* %0, i64 %227
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %233 = mul i64 %145, 8
  %234 = add i64 %233, %148
  %235 = add i64 %234, 1
  %236 = mul i64 %235, 13
  %237 = add i64 %236, %142
  %238 = mul i64 %237, 13
  %239 = add i64 %238, 0
  %240 = mul i64 %239, 8
  %241 = load <8 x float>, <8 x float>* %131, align 32
  %242 = fcmp ogt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> %241, <8 x float> zeroinitializer
  %244 = getelementptr inbounds float, float* %0, i64 %240
  %245 = bitcast float* %244 to <8 x float>*
  store <8 x float> %243, <8 x float>* %245, align 4
  %246 = add i64 %238, 1
  %247 = mul i64 %246, 8
  %248 = load <8 x float>, <8 x float>* %130, align 32
  %249 = fcmp ogt <8 x float> %248, zeroinitializer
  %250 = select <8 x i1> %249, <8 x float> %248, <8 x float> zeroinitializer
  %251 = getelementptr inbounds float, float* %0, i64 %247
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = add i64 %238, 2
  %254 = mul i64 %253, 8
  %255 = load <8 x float>, <8 x float>* %129, align 32
  %256 = fcmp ogt <8 x float> %255, zeroinitializer
  %257 = select <8 x i1> %256, <8 x float> %255, <8 x float> zeroinitializer
  %258 = getelementptr inbounds float, float* %0, i64 %254
  %259 = bitcast float* %258 to <8 x float>*
  store <8 x float> %257, <8 x float>* %259, align 4
  %260 = add i64 %238, 3
  %261 = mul i64 %260, 8
  %262 = load <8 x float>, <8 x float>* %128, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = getelementptr inbounds float, float* %0, i64 %261
  %266 = bitcast float* %265 to <8 x float>*
  store <8 x float> %264, <8 x float>* %266, align 4
  %267 = add i64 %238, 4
  %268 = mul i64 %267, 8
  %269 = load <8 x float>, <8 x float>* %127, align 32
  %270 = fcmp ogt <8 x float> %269, zeroinitializer
  %271 = select <8 x i1> %270, <8 x float> %269, <8 x float> zeroinitializer
  %272 = getelementptr inbounds float, float* %0, i64 %268
  %273 = bitcast float* %272 to <8 x float>*
  store <8 x float> %271, <8 x float>* %273, align 4
  %274 = add i64 %238, 5
  %275 = mul i64 %274, 8
  %276 = load <8 x float>, <8 x float>* %126, align 32
  %277 = fcmp ogt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> %276, <8 x float> zeroinitializer
  %279 = getelementptr inbounds float, float* %0, i64 %275
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = add i64 %148, 0
  %282 = mul i64 %281, 8
  %283 = getelementptr inbounds float, float* %5, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  store <8 x float> %285, <8 x float>* %125, align 32
  store <8 x float> %285, <8 x float>* %124, align 32
  store <8 x float> %285, <8 x float>* %123, align 32
  store <8 x float> %285, <8 x float>* %122, align 32
  store <8 x float> %285, <8 x float>* %121, align 32
  store <8 x float> %285, <8 x float>* %120, align 32
  %286 = add i64 %148, 1
  %287 = mul i64 %286, 8
  %288 = getelementptr inbounds float, float* %5, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  store <8 x float> %290, <8 x float>* %119, align 32
  store <8 x float> %290, <8 x float>* %118, align 32
  store <8 x float> %290, <8 x float>* %117, align 32
  store <8 x float> %290, <8 x float>* %116, align 32
  store <8 x float> %290, <8 x float>* %115, align 32
  store <8 x float> %290, <8 x float>* %114, align 32
  %291 = add i64 %154, 0
  %292 = add i64 %152, %291
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %293 = icmp slt i64 %kh, 3
  br i1 %293, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %294 = mul i64 %kh, 120
  %295 = add i64 %182, %294
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %296 = icmp slt i64 %kw, 3
  br i1 %296, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %297 = mul i64 %kw, 8
  %298 = add i64 %295, %297
  %299 = mul i64 %kh, 3
  %300 = add i64 %299, %kw
  %301 = mul i64 %300, 64
  %302 = add i64 %184, %301
  %303 = add i64 %302, 0
  %304 = getelementptr inbounds float, float* %4, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = add i64 %302, 4608
  %308 = getelementptr inbounds float, float* %4, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = add i64 %298, 0
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> undef, float %313, i32 0
  %splat = shufflevector <8 x float> %314, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, <8 x float>* %137, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %306, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %137, align 32
  %317 = load <8 x float>, <8 x float>* %131, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %310, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %131, align 32
  %319 = add i64 %298, 8
  %320 = getelementptr inbounds float, float* %1, i64 %319
  %321 = load float, float* %320, align 4
  %322 = insertelement <8 x float> undef, float %321, i32 0
  %splat1 = shufflevector <8 x float> %322, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = load <8 x float>, <8 x float>* %136, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %306, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %136, align 32
  %325 = load <8 x float>, <8 x float>* %130, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %310, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %130, align 32
  %327 = add i64 %298, 16
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> undef, float %329, i32 0
  %splat2 = shufflevector <8 x float> %330, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = load <8 x float>, <8 x float>* %135, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %306, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %135, align 32
  %333 = load <8 x float>, <8 x float>* %129, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %310, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %129, align 32
  %335 = add i64 %298, 24
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat3 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %134, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %306, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %134, align 32
  %341 = load <8 x float>, <8 x float>* %128, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %310, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %128, align 32
  %343 = add i64 %298, 32
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat4 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %133, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %306, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %133, align 32
  %349 = load <8 x float>, <8 x float>* %127, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %310, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %127, align 32
  %351 = add i64 %298, 40
  %352 = getelementptr inbounds float, float* %1, i64 %351
  %353 = load float, float* %352, align 4
  %354 = insertelement <8 x float> undef, float %353, i32 0
  %splat5 = shufflevector <8 x float> %354, <8 x float> undef, <8 x i32> zeroinitializer
  %355 = load <8 x float>, <8 x float>* %132, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %306, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %132, align 32
  %357 = load <8 x float>, <8 x float>* %126, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %310, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %126, align 32
  %359 = add i64 %302, 8
  %360 = getelementptr inbounds float, float* %4, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = add i64 %302, 4616
  %364 = getelementptr inbounds float, float* %4, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  %366 = load <8 x float>, <8 x float>* %365, align 4
  %367 = add i64 %298, 1
  %368 = getelementptr inbounds float, float* %1, i64 %367
  %369 = load float, float* %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %splat6 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = load <8 x float>, <8 x float>* %137, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %362, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %137, align 32
  %373 = load <8 x float>, <8 x float>* %131, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %366, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %131, align 32
  %375 = add i64 %298, 9
  %376 = getelementptr inbounds float, float* %1, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat7 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %136, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %362, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %136, align 32
  %381 = load <8 x float>, <8 x float>* %130, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %366, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %130, align 32
  %383 = add i64 %298, 17
  %384 = getelementptr inbounds float, float* %1, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat8 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %135, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %362, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %135, align 32
  %389 = load <8 x float>, <8 x float>* %129, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %366, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %129, align 32
  %391 = add i64 %298, 25
  %392 = getelementptr inbounds float, float* %1, i64 %391
  %393 = load float, float* %392, align 4
  %394 = insertelement <8 x float> undef, float %393, i32 0
  %splat9 = shufflevector <8 x float> %394, <8 x float> undef, <8 x i32> zeroinitializer
  %395 = load <8 x float>, <8 x float>* %134, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %362, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %134, align 32
  %397 = load <8 x float>, <8 x float>* %128, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %366, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %128, align 32
  %399 = add i64 %298, 33
  %400 = getelementptr inbounds float, float* %1, i64 %399
  %401 = load float, float* %400, align 4
  %402 = insertelement <8 x float> undef, float %401, i32 0
  %splat10 = shufflevector <8 x float> %402, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = load <8 x float>, <8 x float>* %133, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %362, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %133, align 32
  %405 = load <8 x float>, <8 x float>* %127, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %366, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %127, align 32
  %407 = add i64 %298, 41
  %408 = getelementptr inbounds float, float* %1, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat11 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %132, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %362, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %132, align 32
  %413 = load <8 x float>, <8 x float>* %126, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %366, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %126, align 32
  %415 = add i64 %302, 16
  %416 = getelementptr inbounds float, float* %4, i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  %418 = load <8 x float>, <8 x float>* %417, align 4
  %419 = add i64 %302, 4624
  %420 = getelementptr inbounds float, float* %4, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = add i64 %298, 2
  %424 = getelementptr inbounds float, float* %1, i64 %423
  %425 = load float, float* %424, align 4
  %426 = insertelement <8 x float> undef, float %425, i32 0
  %splat12 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %427 = load <8 x float>, <8 x float>* %137, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %418, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %137, align 32
  %429 = load <8 x float>, <8 x float>* %131, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %422, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %131, align 32
  %431 = add i64 %298, 10
  %432 = getelementptr inbounds float, float* %1, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat13 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %136, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %418, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %136, align 32
  %437 = load <8 x float>, <8 x float>* %130, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %422, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %130, align 32
  %439 = add i64 %298, 18
  %440 = getelementptr inbounds float, float* %1, i64 %439
  %441 = load float, float* %440, align 4
  %442 = insertelement <8 x float> undef, float %441, i32 0
  %splat14 = shufflevector <8 x float> %442, <8 x float> undef, <8 x i32> zeroinitializer
  %443 = load <8 x float>, <8 x float>* %135, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %418, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %135, align 32
  %445 = load <8 x float>, <8 x float>* %129, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %422, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %129, align 32
  %447 = add i64 %298, 26
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat15 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %134, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %418, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %134, align 32
  %453 = load <8 x float>, <8 x float>* %128, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %422, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %128, align 32
  %455 = add i64 %298, 34
  %456 = getelementptr inbounds float, float* %1, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat16 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %133, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %418, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %133, align 32
  %461 = load <8 x float>, <8 x float>* %127, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %422, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %127, align 32
  %463 = add i64 %298, 42
  %464 = getelementptr inbounds float, float* %1, i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat17 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %132, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %418, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %132, align 32
  %469 = load <8 x float>, <8 x float>* %126, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %422, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %126, align 32
  %471 = add i64 %302, 24
  %472 = getelementptr inbounds float, float* %4, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  %474 = load <8 x float>, <8 x float>* %473, align 4
  %475 = add i64 %302, 4632
  %476 = getelementptr inbounds float, float* %4, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  %478 = load <8 x float>, <8 x float>* %477, align 4
  %479 = add i64 %298, 3
  %480 = getelementptr inbounds float, float* %1, i64 %479
  %481 = load float, float* %480, align 4
  %482 = insertelement <8 x float> undef, float %481, i32 0
  %splat18 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %483 = load <8 x float>, <8 x float>* %137, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %474, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %137, align 32
  %485 = load <8 x float>, <8 x float>* %131, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %478, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %131, align 32
  %487 = add i64 %298, 11
  %488 = getelementptr inbounds float, float* %1, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat19 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %136, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %474, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %136, align 32
  %493 = load <8 x float>, <8 x float>* %130, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %478, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %130, align 32
  %495 = add i64 %298, 19
  %496 = getelementptr inbounds float, float* %1, i64 %495
  %497 = load float, float* %496, align 4
  %498 = insertelement <8 x float> undef, float %497, i32 0
  %splat20 = shufflevector <8 x float> %498, <8 x float> undef, <8 x i32> zeroinitializer
  %499 = load <8 x float>, <8 x float>* %135, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %474, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %135, align 32
  %501 = load <8 x float>, <8 x float>* %129, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %478, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %129, align 32
  %503 = add i64 %298, 27
  %504 = getelementptr inbounds float, float* %1, i64 %503
  %505 = load float, float* %504, align 4
  %506 = insertelement <8 x float> undef, float %505, i32 0
  %splat21 = shufflevector <8 x float> %506, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, <8 x float>* %134, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %474, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %134, align 32
  %509 = load <8 x float>, <8 x float>* %128, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %478, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %128, align 32
  %511 = add i64 %298, 35
  %512 = getelementptr inbounds float, float* %1, i64 %511
  %513 = load float, float* %512, align 4
  %514 = insertelement <8 x float> undef, float %513, i32 0
  %splat22 = shufflevector <8 x float> %514, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, <8 x float>* %133, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %474, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %133, align 32
  %517 = load <8 x float>, <8 x float>* %127, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %478, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %127, align 32
  %519 = add i64 %298, 43
  %520 = getelementptr inbounds float, float* %1, i64 %519
  %521 = load float, float* %520, align 4
  %522 = insertelement <8 x float> undef, float %521, i32 0
  %splat23 = shufflevector <8 x float> %522, <8 x float> undef, <8 x i32> zeroinitializer
  %523 = load <8 x float>, <8 x float>* %132, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %474, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %132, align 32
  %525 = load <8 x float>, <8 x float>* %126, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %478, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %126, align 32
  %527 = add i64 %302, 32
  %528 = getelementptr inbounds float, float* %4, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  %530 = load <8 x float>, <8 x float>* %529, align 4
  %531 = add i64 %302, 4640
  %532 = getelementptr inbounds float, float* %4, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  %534 = load <8 x float>, <8 x float>* %533, align 4
  %535 = add i64 %298, 4
  %536 = getelementptr inbounds float, float* %1, i64 %535
  %537 = load float, float* %536, align 4
  %538 = insertelement <8 x float> undef, float %537, i32 0
  %splat24 = shufflevector <8 x float> %538, <8 x float> undef, <8 x i32> zeroinitializer
  %539 = load <8 x float>, <8 x float>* %137, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %530, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %137, align 32
  %541 = load <8 x float>, <8 x float>* %131, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %534, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %131, align 32
  %543 = add i64 %298, 12
  %544 = getelementptr inbounds float, float* %1, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat25 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %136, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %530, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %136, align 32
  %549 = load <8 x float>, <8 x float>* %130, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %534, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %130, align 32
  %551 = add i64 %298, 20
  %552 = getelementptr inbounds float, float* %1, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat26 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %135, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %530, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %135, align 32
  %557 = load <8 x float>, <8 x float>* %129, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %534, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %129, align 32
  %559 = add i64 %298, 28
  %560 = getelementptr inbounds float, float* %1, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat27 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %134, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %530, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %134, align 32
  %565 = load <8 x float>, <8 x float>* %128, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %534, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %128, align 32
  %567 = add i64 %298, 36
  %568 = getelementptr inbounds float, float* %1, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat28 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %133, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %530, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %133, align 32
  %573 = load <8 x float>, <8 x float>* %127, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %534, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %127, align 32
  %575 = add i64 %298, 44
  %576 = getelementptr inbounds float, float* %1, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat29 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %132, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %530, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %132, align 32
  %581 = load <8 x float>, <8 x float>* %126, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %534, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %126, align 32
  %583 = add i64 %302, 40
  %584 = getelementptr inbounds float, float* %4, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %302, 4648
  %588 = getelementptr inbounds float, float* %4, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %298, 5
  %592 = getelementptr inbounds float, float* %1, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat30 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %137, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %586, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %137, align 32
  %597 = load <8 x float>, <8 x float>* %131, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %590, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %131, align 32
  %599 = add i64 %298, 13
  %600 = getelementptr inbounds float, float* %1, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat31 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %136, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %586, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %136, align 32
  %605 = load <8 x float>, <8 x float>* %130, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %590, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %130, align 32
  %607 = add i64 %298, 21
  %608 = getelementptr inbounds float, float* %1, i64 %607
  %609 = load float, float* %608, align 4
  %610 = insertelement <8 x float> undef, float %609, i32 0
  %splat32 = shufflevector <8 x float> %610, <8 x float> undef, <8 x i32> zeroinitializer
  %611 = load <8 x float>, <8 x float>* %135, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %586, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %135, align 32
  %613 = load <8 x float>, <8 x float>* %129, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %590, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %129, align 32
  %615 = add i64 %298, 29
  %616 = getelementptr inbounds float, float* %1, i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat33 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %134, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %586, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %134, align 32
  %621 = load <8 x float>, <8 x float>* %128, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %590, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %128, align 32
  %623 = add i64 %298, 37
  %624 = getelementptr inbounds float, float* %1, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat34 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %133, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %586, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %133, align 32
  %629 = load <8 x float>, <8 x float>* %127, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %590, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %127, align 32
  %631 = add i64 %298, 45
  %632 = getelementptr inbounds float, float* %1, i64 %631
  %633 = load float, float* %632, align 4
  %634 = insertelement <8 x float> undef, float %633, i32 0
  %splat35 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
  %635 = load <8 x float>, <8 x float>* %132, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %586, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %132, align 32
  %637 = load <8 x float>, <8 x float>* %126, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %590, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %126, align 32
  %639 = add i64 %302, 48
  %640 = getelementptr inbounds float, float* %4, i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = add i64 %302, 4656
  %644 = getelementptr inbounds float, float* %4, i64 %643
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = add i64 %298, 6
  %648 = getelementptr inbounds float, float* %1, i64 %647
  %649 = load float, float* %648, align 4
  %650 = insertelement <8 x float> undef, float %649, i32 0
  %splat36 = shufflevector <8 x float> %650, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = load <8 x float>, <8 x float>* %137, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %642, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %137, align 32
  %653 = load <8 x float>, <8 x float>* %131, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %646, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %131, align 32
  %655 = add i64 %298, 14
  %656 = getelementptr inbounds float, float* %1, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat37 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %136, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %642, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %136, align 32
  %661 = load <8 x float>, <8 x float>* %130, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %646, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %130, align 32
  %663 = add i64 %298, 22
  %664 = getelementptr inbounds float, float* %1, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat38 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %135, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %642, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %135, align 32
  %669 = load <8 x float>, <8 x float>* %129, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %646, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %129, align 32
  %671 = add i64 %298, 30
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat39 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %134, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %642, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %134, align 32
  %677 = load <8 x float>, <8 x float>* %128, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %646, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %128, align 32
  %679 = add i64 %298, 38
  %680 = getelementptr inbounds float, float* %1, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat40 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %133, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %642, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %133, align 32
  %685 = load <8 x float>, <8 x float>* %127, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %646, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %127, align 32
  %687 = add i64 %298, 46
  %688 = getelementptr inbounds float, float* %1, i64 %687
  %689 = load float, float* %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %splat41 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = load <8 x float>, <8 x float>* %132, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %642, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %132, align 32
  %693 = load <8 x float>, <8 x float>* %126, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %646, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %126, align 32
  %695 = add i64 %302, 56
  %696 = getelementptr inbounds float, float* %4, i64 %695
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = add i64 %302, 4664
  %700 = getelementptr inbounds float, float* %4, i64 %699
  %701 = bitcast float* %700 to <8 x float>*
  %702 = load <8 x float>, <8 x float>* %701, align 4
  %703 = add i64 %298, 7
  %704 = getelementptr inbounds float, float* %1, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat42 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %137, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %698, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %137, align 32
  %709 = load <8 x float>, <8 x float>* %131, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %702, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %131, align 32
  %711 = add i64 %298, 15
  %712 = getelementptr inbounds float, float* %1, i64 %711
  %713 = load float, float* %712, align 4
  %714 = insertelement <8 x float> undef, float %713, i32 0
  %splat43 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
  %715 = load <8 x float>, <8 x float>* %136, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %698, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %136, align 32
  %717 = load <8 x float>, <8 x float>* %130, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %702, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %130, align 32
  %719 = add i64 %298, 23
  %720 = getelementptr inbounds float, float* %1, i64 %719
  %721 = load float, float* %720, align 4
  %722 = insertelement <8 x float> undef, float %721, i32 0
  %splat44 = shufflevector <8 x float> %722, <8 x float> undef, <8 x i32> zeroinitializer
  %723 = load <8 x float>, <8 x float>* %135, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %698, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %135, align 32
  %725 = load <8 x float>, <8 x float>* %129, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %702, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %129, align 32
  %727 = add i64 %298, 31
  %728 = getelementptr inbounds float, float* %1, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat45 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %134, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %698, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %134, align 32
  %733 = load <8 x float>, <8 x float>* %128, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %702, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %128, align 32
  %735 = add i64 %298, 39
  %736 = getelementptr inbounds float, float* %1, i64 %735
  %737 = load float, float* %736, align 4
  %738 = insertelement <8 x float> undef, float %737, i32 0
  %splat46 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
  %739 = load <8 x float>, <8 x float>* %133, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %698, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %133, align 32
  %741 = load <8 x float>, <8 x float>* %127, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %702, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %127, align 32
  %743 = add i64 %298, 47
  %744 = getelementptr inbounds float, float* %1, i64 %743
  %745 = load float, float* %744, align 4
  %746 = insertelement <8 x float> undef, float %745, i32 0
  %splat47 = shufflevector <8 x float> %746, <8 x float> undef, <8 x i32> zeroinitializer
  %747 = load <8 x float>, <8 x float>* %132, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %698, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %132, align 32
  %749 = load <8 x float>, <8 x float>* %126, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %702, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %126, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %751 = icmp slt i64 %u51, 8
  br i1 %751, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %752 = mul i64 %u51, 1800
  %753 = add i64 %292, %752
  %754 = mul i64 %u51, 576
  %755 = add i64 %153, %754
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %756 = mul i64 %145, 8
  %757 = add i64 %756, %148
  %758 = add i64 %757, 0
  %759 = mul i64 %758, 13
  %760 = add i64 %759, %142
  %761 = mul i64 %760, 13
  %762 = add i64 %761, 6
  %763 = mul i64 %762, 8
  %764 = load <8 x float>, <8 x float>* %125, align 32
  %765 = fcmp ogt <8 x float> %764, zeroinitializer
  %766 = select <8 x i1> %765, <8 x float> %764, <8 x float> zeroinitializer
  %767 = getelementptr inbounds float, float* %0, i64 %763
  %768 = bitcast float* %767 to <8 x float>*
  store <8 x float> %766, <8 x float>* %768, align 4
  %769 = add i64 %761, 7
  %770 = mul i64 %769, 8
  %771 = load <8 x float>, <8 x float>* %124, align 32
  %772 = fcmp ogt <8 x float> %771, zeroinitializer
  %773 = select <8 x i1> %772, <8 x float> %771, <8 x float> zeroinitializer
  %774 = getelementptr inbounds float, float* %0, i64 %770
  %775 = bitcast float* %774 to <8 x float>*
  store <8 x float> %773, <8 x float>* %775, align 4
  %776 = add i64 %761, 8
  %777 = mul i64 %776, 8
  %778 = load <8 x float>, <8 x float>* %123, align 32
  %779 = fcmp ogt <8 x float> %778, zeroinitializer
  %780 = select <8 x i1> %779, <8 x float> %778, <8 x float> zeroinitializer
  %781 = getelementptr inbounds float, float* %0, i64 %777
  %782 = bitcast float* %781 to <8 x float>*
  store <8 x float> %780, <8 x float>* %782, align 4
  %783 = add i64 %761, 9
  %784 = mul i64 %783, 8
  %785 = load <8 x float>, <8 x float>* %122, align 32
  %786 = fcmp ogt <8 x float> %785, zeroinitializer
  %787 = select <8 x i1> %786, <8 x float> %785, <8 x float> zeroinitializer
  %788 = getelementptr inbounds float, float* %0, i64 %784
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %787, <8 x float>* %789, align 4
  %790 = add i64 %761, 10
  %791 = mul i64 %790, 8
  %792 = load <8 x float>, <8 x float>* %121, align 32
  %793 = fcmp ogt <8 x float> %792, zeroinitializer
  %794 = select <8 x i1> %793, <8 x float> %792, <8 x float> zeroinitializer
  %795 = getelementptr inbounds float, float* %0, i64 %791
  %796 = bitcast float* %795 to <8 x float>*
  store <8 x float> %794, <8 x float>* %796, align 4
  %797 = add i64 %761, 11
  %798 = mul i64 %797, 8
  %799 = load <8 x float>, <8 x float>* %120, align 32
  %800 = fcmp ogt <8 x float> %799, zeroinitializer
  %801 = select <8 x i1> %800, <8 x float> %799, <8 x float> zeroinitializer
  %802 = getelementptr inbounds float, float* %0, i64 %798
  %803 = bitcast float* %802 to <8 x float>*
  store <8 x float> %801, <8 x float>* %803, align 4
  %804 = mul i64 %145, 8
  %805 = add i64 %804, %148
  %806 = add i64 %805, 1
  %807 = mul i64 %806, 13
  %808 = add i64 %807, %142
  %809 = mul i64 %808, 13
  %810 = add i64 %809, 6
  %811 = mul i64 %810, 8
  %812 = load <8 x float>, <8 x float>* %119, align 32
  %813 = fcmp ogt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> %812, <8 x float> zeroinitializer
  %815 = getelementptr inbounds float, float* %0, i64 %811
  %816 = bitcast float* %815 to <8 x float>*
  store <8 x float> %814, <8 x float>* %816, align 4
  %817 = add i64 %809, 7
  %818 = mul i64 %817, 8
  %819 = load <8 x float>, <8 x float>* %118, align 32
  %820 = fcmp ogt <8 x float> %819, zeroinitializer
  %821 = select <8 x i1> %820, <8 x float> %819, <8 x float> zeroinitializer
  %822 = getelementptr inbounds float, float* %0, i64 %818
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %821, <8 x float>* %823, align 4
  %824 = add i64 %809, 8
  %825 = mul i64 %824, 8
  %826 = load <8 x float>, <8 x float>* %117, align 32
  %827 = fcmp ogt <8 x float> %826, zeroinitializer
  %828 = select <8 x i1> %827, <8 x float> %826, <8 x float> zeroinitializer
  %829 = getelementptr inbounds float, float* %0, i64 %825
  %830 = bitcast float* %829 to <8 x float>*
  store <8 x float> %828, <8 x float>* %830, align 4
  %831 = add i64 %809, 9
  %832 = mul i64 %831, 8
  %833 = load <8 x float>, <8 x float>* %116, align 32
  %834 = fcmp ogt <8 x float> %833, zeroinitializer
  %835 = select <8 x i1> %834, <8 x float> %833, <8 x float> zeroinitializer
  %836 = getelementptr inbounds float, float* %0, i64 %832
  %837 = bitcast float* %836 to <8 x float>*
  store <8 x float> %835, <8 x float>* %837, align 4
  %838 = add i64 %809, 10
  %839 = mul i64 %838, 8
  %840 = load <8 x float>, <8 x float>* %115, align 32
  %841 = fcmp ogt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> %840, <8 x float> zeroinitializer
  %843 = getelementptr inbounds float, float* %0, i64 %839
  %844 = bitcast float* %843 to <8 x float>*
  store <8 x float> %842, <8 x float>* %844, align 4
  %845 = add i64 %809, 11
  %846 = mul i64 %845, 8
  %847 = load <8 x float>, <8 x float>* %114, align 32
  %848 = fcmp ogt <8 x float> %847, zeroinitializer
  %849 = select <8 x i1> %848, <8 x float> %847, <8 x float> zeroinitializer
  %850 = getelementptr inbounds float, float* %0, i64 %846
  %851 = bitcast float* %850 to <8 x float>*
  store <8 x float> %849, <8 x float>* %851, align 4
  %852 = add i64 %148, 0
  %853 = mul i64 %852, 8
  %854 = getelementptr inbounds float, float* %5, i64 %853
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  store <8 x float> %856, <8 x float>* %113, align 32
  %857 = add i64 %148, 1
  %858 = mul i64 %857, 8
  %859 = getelementptr inbounds float, float* %5, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  store <8 x float> %861, <8 x float>* %112, align 32
  %862 = add i64 %154, 0
  %863 = add i64 %152, %862
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %864 = icmp slt i64 %kh55, 3
  br i1 %864, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %865 = mul i64 %kh55, 120
  %866 = add i64 %753, %865
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %867 = icmp slt i64 %kw59, 3
  br i1 %867, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %868 = mul i64 %kw59, 8
  %869 = add i64 %866, %868
  %870 = mul i64 %kh55, 3
  %871 = add i64 %870, %kw59
  %872 = mul i64 %871, 64
  %873 = add i64 %755, %872
  %874 = add i64 %873, 0
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %873, 4608
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %869, 48
  %883 = getelementptr inbounds float, float* %1, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat60 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %125, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %125, align 32
  %888 = load <8 x float>, <8 x float>* %119, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %119, align 32
  %890 = add i64 %869, 56
  %891 = getelementptr inbounds float, float* %1, i64 %890
  %892 = load float, float* %891, align 4
  %893 = insertelement <8 x float> undef, float %892, i32 0
  %splat61 = shufflevector <8 x float> %893, <8 x float> undef, <8 x i32> zeroinitializer
  %894 = load <8 x float>, <8 x float>* %124, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %877, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %124, align 32
  %896 = load <8 x float>, <8 x float>* %118, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %881, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %118, align 32
  %898 = add i64 %869, 64
  %899 = getelementptr inbounds float, float* %1, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat62 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %123, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %877, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %123, align 32
  %904 = load <8 x float>, <8 x float>* %117, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %881, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %117, align 32
  %906 = add i64 %869, 72
  %907 = getelementptr inbounds float, float* %1, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat63 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %122, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %877, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %122, align 32
  %912 = load <8 x float>, <8 x float>* %116, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %881, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %116, align 32
  %914 = add i64 %869, 80
  %915 = getelementptr inbounds float, float* %1, i64 %914
  %916 = load float, float* %915, align 4
  %917 = insertelement <8 x float> undef, float %916, i32 0
  %splat64 = shufflevector <8 x float> %917, <8 x float> undef, <8 x i32> zeroinitializer
  %918 = load <8 x float>, <8 x float>* %121, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %877, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %121, align 32
  %920 = load <8 x float>, <8 x float>* %115, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %881, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %115, align 32
  %922 = add i64 %869, 88
  %923 = getelementptr inbounds float, float* %1, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat65 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %120, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %877, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %120, align 32
  %928 = load <8 x float>, <8 x float>* %114, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %881, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %114, align 32
  %930 = add i64 %873, 8
  %931 = getelementptr inbounds float, float* %4, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %873, 4616
  %935 = getelementptr inbounds float, float* %4, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = add i64 %869, 49
  %939 = getelementptr inbounds float, float* %1, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat66 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %125, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %933, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %125, align 32
  %944 = load <8 x float>, <8 x float>* %119, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %937, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %119, align 32
  %946 = add i64 %869, 57
  %947 = getelementptr inbounds float, float* %1, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat67 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %124, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %933, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %124, align 32
  %952 = load <8 x float>, <8 x float>* %118, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %937, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %118, align 32
  %954 = add i64 %869, 65
  %955 = getelementptr inbounds float, float* %1, i64 %954
  %956 = load float, float* %955, align 4
  %957 = insertelement <8 x float> undef, float %956, i32 0
  %splat68 = shufflevector <8 x float> %957, <8 x float> undef, <8 x i32> zeroinitializer
  %958 = load <8 x float>, <8 x float>* %123, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %933, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %123, align 32
  %960 = load <8 x float>, <8 x float>* %117, align 32
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %937, <8 x float> %960)
  store <8 x float> %961, <8 x float>* %117, align 32
  %962 = add i64 %869, 73
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat69 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %122, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %933, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %122, align 32
  %968 = load <8 x float>, <8 x float>* %116, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %937, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %116, align 32
  %970 = add i64 %869, 81
  %971 = getelementptr inbounds float, float* %1, i64 %970
  %972 = load float, float* %971, align 4
  %973 = insertelement <8 x float> undef, float %972, i32 0
  %splat70 = shufflevector <8 x float> %973, <8 x float> undef, <8 x i32> zeroinitializer
  %974 = load <8 x float>, <8 x float>* %121, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %933, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %121, align 32
  %976 = load <8 x float>, <8 x float>* %115, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %937, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %115, align 32
  %978 = add i64 %869, 89
  %979 = getelementptr inbounds float, float* %1, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat71 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %120, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %933, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %120, align 32
  %984 = load <8 x float>, <8 x float>* %114, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %937, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %114, align 32
  %986 = add i64 %873, 16
  %987 = getelementptr inbounds float, float* %4, i64 %986
  %988 = bitcast float* %987 to <8 x float>*
  %989 = load <8 x float>, <8 x float>* %988, align 4
  %990 = add i64 %873, 4624
  %991 = getelementptr inbounds float, float* %4, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = add i64 %869, 50
  %995 = getelementptr inbounds float, float* %1, i64 %994
  %996 = load float, float* %995, align 4
  %997 = insertelement <8 x float> undef, float %996, i32 0
  %splat72 = shufflevector <8 x float> %997, <8 x float> undef, <8 x i32> zeroinitializer
  %998 = load <8 x float>, <8 x float>* %125, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %989, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %125, align 32
  %1000 = load <8 x float>, <8 x float>* %119, align 32
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %993, <8 x float> %1000)
  store <8 x float> %1001, <8 x float>* %119, align 32
  %1002 = add i64 %869, 58
  %1003 = getelementptr inbounds float, float* %1, i64 %1002
  %1004 = load float, float* %1003, align 4
  %1005 = insertelement <8 x float> undef, float %1004, i32 0
  %splat73 = shufflevector <8 x float> %1005, <8 x float> undef, <8 x i32> zeroinitializer
  %1006 = load <8 x float>, <8 x float>* %124, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %989, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %124, align 32
  %1008 = load <8 x float>, <8 x float>* %118, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %993, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %118, align 32
  %1010 = add i64 %869, 66
  %1011 = getelementptr inbounds float, float* %1, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat74 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %123, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %989, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %123, align 32
  %1016 = load <8 x float>, <8 x float>* %117, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %993, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %117, align 32
  %1018 = add i64 %869, 74
  %1019 = getelementptr inbounds float, float* %1, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat75 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %122, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %989, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %122, align 32
  %1024 = load <8 x float>, <8 x float>* %116, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %993, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %116, align 32
  %1026 = add i64 %869, 82
  %1027 = getelementptr inbounds float, float* %1, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat76 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %121, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %989, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %121, align 32
  %1032 = load <8 x float>, <8 x float>* %115, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %993, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %115, align 32
  %1034 = add i64 %869, 90
  %1035 = getelementptr inbounds float, float* %1, i64 %1034
  %1036 = load float, float* %1035, align 4
  %1037 = insertelement <8 x float> undef, float %1036, i32 0
  %splat77 = shufflevector <8 x float> %1037, <8 x float> undef, <8 x i32> zeroinitializer
  %1038 = load <8 x float>, <8 x float>* %120, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %989, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %120, align 32
  %1040 = load <8 x float>, <8 x float>* %114, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %993, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %114, align 32
  %1042 = add i64 %873, 24
  %1043 = getelementptr inbounds float, float* %4, i64 %1042
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = add i64 %873, 4632
  %1047 = getelementptr inbounds float, float* %4, i64 %1046
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = add i64 %869, 51
  %1051 = getelementptr inbounds float, float* %1, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat78 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %125, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1045, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %125, align 32
  %1056 = load <8 x float>, <8 x float>* %119, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1049, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %119, align 32
  %1058 = add i64 %869, 59
  %1059 = getelementptr inbounds float, float* %1, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat79 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %124, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1045, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %124, align 32
  %1064 = load <8 x float>, <8 x float>* %118, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1049, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %118, align 32
  %1066 = add i64 %869, 67
  %1067 = getelementptr inbounds float, float* %1, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat80 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %123, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1045, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %123, align 32
  %1072 = load <8 x float>, <8 x float>* %117, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1049, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %117, align 32
  %1074 = add i64 %869, 75
  %1075 = getelementptr inbounds float, float* %1, i64 %1074
  %1076 = load float, float* %1075, align 4
  %1077 = insertelement <8 x float> undef, float %1076, i32 0
  %splat81 = shufflevector <8 x float> %1077, <8 x float> undef, <8 x i32> zeroinitializer
  %1078 = load <8 x float>, <8 x float>* %122, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1045, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %122, align 32
  %1080 = load <8 x float>, <8 x float>* %116, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1049, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %116, align 32
  %1082 = add i64 %869, 83
  %1083 = getelementptr inbounds float, float* %1, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat82 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %121, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1045, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %121, align 32
  %1088 = load <8 x float>, <8 x float>* %115, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1049, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %115, align 32
  %1090 = add i64 %869, 91
  %1091 = getelementptr inbounds float, float* %1, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat83 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %120, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1045, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %120, align 32
  %1096 = load <8 x float>, <8 x float>* %114, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1049, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %114, align 32
  %1098 = add i64 %873, 32
  %1099 = getelementptr inbounds float, float* %4, i64 %1098
  %1100 = bitcast float* %1099 to <8 x float>*
  %1101 = load <8 x float>, <8 x float>* %1100, align 4
  %1102 = add i64 %873, 4640
  %1103 = getelementptr inbounds float, float* %4, i64 %1102
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = add i64 %869, 52
  %1107 = getelementptr inbounds float, float* %1, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat84 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %125, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1101, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %125, align 32
  %1112 = load <8 x float>, <8 x float>* %119, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1105, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %119, align 32
  %1114 = add i64 %869, 60
  %1115 = getelementptr inbounds float, float* %1, i64 %1114
  %1116 = load float, float* %1115, align 4
  %1117 = insertelement <8 x float> undef, float %1116, i32 0
  %splat85 = shufflevector <8 x float> %1117, <8 x float> undef, <8 x i32> zeroinitializer
  %1118 = load <8 x float>, <8 x float>* %124, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1101, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %124, align 32
  %1120 = load <8 x float>, <8 x float>* %118, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1105, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %118, align 32
  %1122 = add i64 %869, 68
  %1123 = getelementptr inbounds float, float* %1, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat86 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %123, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1101, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %123, align 32
  %1128 = load <8 x float>, <8 x float>* %117, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1105, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %117, align 32
  %1130 = add i64 %869, 76
  %1131 = getelementptr inbounds float, float* %1, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat87 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %122, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1101, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %122, align 32
  %1136 = load <8 x float>, <8 x float>* %116, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1105, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %116, align 32
  %1138 = add i64 %869, 84
  %1139 = getelementptr inbounds float, float* %1, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat88 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %121, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1101, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %121, align 32
  %1144 = load <8 x float>, <8 x float>* %115, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1105, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %115, align 32
  %1146 = add i64 %869, 92
  %1147 = getelementptr inbounds float, float* %1, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat89 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %120, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1101, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %120, align 32
  %1152 = load <8 x float>, <8 x float>* %114, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1105, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %114, align 32
  %1154 = add i64 %873, 40
  %1155 = getelementptr inbounds float, float* %4, i64 %1154
  %1156 = bitcast float* %1155 to <8 x float>*
  %1157 = load <8 x float>, <8 x float>* %1156, align 4
  %1158 = add i64 %873, 4648
  %1159 = getelementptr inbounds float, float* %4, i64 %1158
  %1160 = bitcast float* %1159 to <8 x float>*
  %1161 = load <8 x float>, <8 x float>* %1160, align 4
  %1162 = add i64 %869, 53
  %1163 = getelementptr inbounds float, float* %1, i64 %1162
  %1164 = load float, float* %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %splat90 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1166 = load <8 x float>, <8 x float>* %125, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1157, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %125, align 32
  %1168 = load <8 x float>, <8 x float>* %119, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1161, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %119, align 32
  %1170 = add i64 %869, 61
  %1171 = getelementptr inbounds float, float* %1, i64 %1170
  %1172 = load float, float* %1171, align 4
  %1173 = insertelement <8 x float> undef, float %1172, i32 0
  %splat91 = shufflevector <8 x float> %1173, <8 x float> undef, <8 x i32> zeroinitializer
  %1174 = load <8 x float>, <8 x float>* %124, align 32
  %1175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1157, <8 x float> %1174)
  store <8 x float> %1175, <8 x float>* %124, align 32
  %1176 = load <8 x float>, <8 x float>* %118, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1161, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %118, align 32
  %1178 = add i64 %869, 69
  %1179 = getelementptr inbounds float, float* %1, i64 %1178
  %1180 = load float, float* %1179, align 4
  %1181 = insertelement <8 x float> undef, float %1180, i32 0
  %splat92 = shufflevector <8 x float> %1181, <8 x float> undef, <8 x i32> zeroinitializer
  %1182 = load <8 x float>, <8 x float>* %123, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1157, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %123, align 32
  %1184 = load <8 x float>, <8 x float>* %117, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1161, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %117, align 32
  %1186 = add i64 %869, 77
  %1187 = getelementptr inbounds float, float* %1, i64 %1186
  %1188 = load float, float* %1187, align 4
  %1189 = insertelement <8 x float> undef, float %1188, i32 0
  %splat93 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
  %1190 = load <8 x float>, <8 x float>* %122, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1157, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %122, align 32
  %1192 = load <8 x float>, <8 x float>* %116, align 32
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1161, <8 x float> %1192)
  store <8 x float> %1193, <8 x float>* %116, align 32
  %1194 = add i64 %869, 85
  %1195 = getelementptr inbounds float, float* %1, i64 %1194
  %1196 = load float, float* %1195, align 4
  %1197 = insertelement <8 x float> undef, float %1196, i32 0
  %splat94 = shufflevector <8 x float> %1197, <8 x float> undef, <8 x i32> zeroinitializer
  %1198 = load <8 x float>, <8 x float>* %121, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1157, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %121, align 32
  %1200 = load <8 x float>, <8 x float>* %115, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1161, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %115, align 32
  %1202 = add i64 %869, 93
  %1203 = getelementptr inbounds float, float* %1, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat95 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %120, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1157, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %120, align 32
  %1208 = load <8 x float>, <8 x float>* %114, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1161, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %114, align 32
  %1210 = add i64 %873, 48
  %1211 = getelementptr inbounds float, float* %4, i64 %1210
  %1212 = bitcast float* %1211 to <8 x float>*
  %1213 = load <8 x float>, <8 x float>* %1212, align 4
  %1214 = add i64 %873, 4656
  %1215 = getelementptr inbounds float, float* %4, i64 %1214
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = add i64 %869, 54
  %1219 = getelementptr inbounds float, float* %1, i64 %1218
  %1220 = load float, float* %1219, align 4
  %1221 = insertelement <8 x float> undef, float %1220, i32 0
  %splat96 = shufflevector <8 x float> %1221, <8 x float> undef, <8 x i32> zeroinitializer
  %1222 = load <8 x float>, <8 x float>* %125, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1213, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %125, align 32
  %1224 = load <8 x float>, <8 x float>* %119, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1217, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %119, align 32
  %1226 = add i64 %869, 62
  %1227 = getelementptr inbounds float, float* %1, i64 %1226
  %1228 = load float, float* %1227, align 4
  %1229 = insertelement <8 x float> undef, float %1228, i32 0
  %splat97 = shufflevector <8 x float> %1229, <8 x float> undef, <8 x i32> zeroinitializer
  %1230 = load <8 x float>, <8 x float>* %124, align 32
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1213, <8 x float> %1230)
  store <8 x float> %1231, <8 x float>* %124, align 32
  %1232 = load <8 x float>, <8 x float>* %118, align 32
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1217, <8 x float> %1232)
  store <8 x float> %1233, <8 x float>* %118, align 32
  %1234 = add i64 %869, 70
  %1235 = getelementptr inbounds float, float* %1, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat98 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %123, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1213, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %123, align 32
  %1240 = load <8 x float>, <8 x float>* %117, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1217, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %117, align 32
  %1242 = add i64 %869, 78
  %1243 = getelementptr inbounds float, float* %1, i64 %1242
  %1244 = load float, float* %1243, align 4
  %1245 = insertelement <8 x float> undef, float %1244, i32 0
  %splat99 = shufflevector <8 x float> %1245, <8 x float> undef, <8 x i32> zeroinitializer
  %1246 = load <8 x float>, <8 x float>* %122, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1213, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %122, align 32
  %1248 = load <8 x float>, <8 x float>* %116, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1217, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %116, align 32
  %1250 = add i64 %869, 86
  %1251 = getelementptr inbounds float, float* %1, i64 %1250
  %1252 = load float, float* %1251, align 4
  %1253 = insertelement <8 x float> undef, float %1252, i32 0
  %splat100 = shufflevector <8 x float> %1253, <8 x float> undef, <8 x i32> zeroinitializer
  %1254 = load <8 x float>, <8 x float>* %121, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1213, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %121, align 32
  %1256 = load <8 x float>, <8 x float>* %115, align 32
  %1257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1217, <8 x float> %1256)
  store <8 x float> %1257, <8 x float>* %115, align 32
  %1258 = add i64 %869, 94
  %1259 = getelementptr inbounds float, float* %1, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat101 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %120, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1213, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %120, align 32
  %1264 = load <8 x float>, <8 x float>* %114, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1217, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %114, align 32
  %1266 = add i64 %873, 56
  %1267 = getelementptr inbounds float, float* %4, i64 %1266
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = add i64 %873, 4664
  %1271 = getelementptr inbounds float, float* %4, i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  %1273 = load <8 x float>, <8 x float>* %1272, align 4
  %1274 = add i64 %869, 55
  %1275 = getelementptr inbounds float, float* %1, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat102 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %125, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1269, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %125, align 32
  %1280 = load <8 x float>, <8 x float>* %119, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1273, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %119, align 32
  %1282 = add i64 %869, 63
  %1283 = getelementptr inbounds float, float* %1, i64 %1282
  %1284 = load float, float* %1283, align 4
  %1285 = insertelement <8 x float> undef, float %1284, i32 0
  %splat103 = shufflevector <8 x float> %1285, <8 x float> undef, <8 x i32> zeroinitializer
  %1286 = load <8 x float>, <8 x float>* %124, align 32
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1269, <8 x float> %1286)
  store <8 x float> %1287, <8 x float>* %124, align 32
  %1288 = load <8 x float>, <8 x float>* %118, align 32
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1273, <8 x float> %1288)
  store <8 x float> %1289, <8 x float>* %118, align 32
  %1290 = add i64 %869, 71
  %1291 = getelementptr inbounds float, float* %1, i64 %1290
  %1292 = load float, float* %1291, align 4
  %1293 = insertelement <8 x float> undef, float %1292, i32 0
  %splat104 = shufflevector <8 x float> %1293, <8 x float> undef, <8 x i32> zeroinitializer
  %1294 = load <8 x float>, <8 x float>* %123, align 32
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1269, <8 x float> %1294)
  store <8 x float> %1295, <8 x float>* %123, align 32
  %1296 = load <8 x float>, <8 x float>* %117, align 32
  %1297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1273, <8 x float> %1296)
  store <8 x float> %1297, <8 x float>* %117, align 32
  %1298 = add i64 %869, 79
  %1299 = getelementptr inbounds float, float* %1, i64 %1298
  %1300 = load float, float* %1299, align 4
  %1301 = insertelement <8 x float> undef, float %1300, i32 0
  %splat105 = shufflevector <8 x float> %1301, <8 x float> undef, <8 x i32> zeroinitializer
  %1302 = load <8 x float>, <8 x float>* %122, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1269, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %122, align 32
  %1304 = load <8 x float>, <8 x float>* %116, align 32
  %1305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1273, <8 x float> %1304)
  store <8 x float> %1305, <8 x float>* %116, align 32
  %1306 = add i64 %869, 87
  %1307 = getelementptr inbounds float, float* %1, i64 %1306
  %1308 = load float, float* %1307, align 4
  %1309 = insertelement <8 x float> undef, float %1308, i32 0
  %splat106 = shufflevector <8 x float> %1309, <8 x float> undef, <8 x i32> zeroinitializer
  %1310 = load <8 x float>, <8 x float>* %121, align 32
  %1311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1269, <8 x float> %1310)
  store <8 x float> %1311, <8 x float>* %121, align 32
  %1312 = load <8 x float>, <8 x float>* %115, align 32
  %1313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1273, <8 x float> %1312)
  store <8 x float> %1313, <8 x float>* %115, align 32
  %1314 = add i64 %869, 95
  %1315 = getelementptr inbounds float, float* %1, i64 %1314
  %1316 = load float, float* %1315, align 4
  %1317 = insertelement <8 x float> undef, float %1316, i32 0
  %splat107 = shufflevector <8 x float> %1317, <8 x float> undef, <8 x i32> zeroinitializer
  %1318 = load <8 x float>, <8 x float>* %120, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1269, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %120, align 32
  %1320 = load <8 x float>, <8 x float>* %114, align 32
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1273, <8 x float> %1320)
  store <8 x float> %1321, <8 x float>* %114, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next133, %kh.exit117 ]
  %1322 = icmp slt i64 %u114, 8
  br i1 %1322, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1323 = mul i64 %u114, 1800
  %1324 = add i64 %863, %1323
  %1325 = mul i64 %u114, 576
  %1326 = add i64 %153, %1325
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1327 = mul i64 %145, 8
  %1328 = add i64 %1327, %148
  %1329 = add i64 %1328, 0
  %1330 = mul i64 %1329, 13
  %1331 = add i64 %1330, %142
  %1332 = mul i64 %1331, 13
  %1333 = add i64 %1332, 12
  %1334 = mul i64 %1333, 8
  %1335 = load <8 x float>, <8 x float>* %113, align 32
  %1336 = fcmp ogt <8 x float> %1335, zeroinitializer
  %1337 = select <8 x i1> %1336, <8 x float> %1335, <8 x float> zeroinitializer
  %1338 = getelementptr inbounds float, float* %0, i64 %1334
  %1339 = bitcast float* %1338 to <8 x float>*
  store <8 x float> %1337, <8 x float>* %1339, align 4
  %1340 = mul i64 %145, 8
  %1341 = add i64 %1340, %148
  %1342 = add i64 %1341, 1
  %1343 = mul i64 %1342, 13
  %1344 = add i64 %1343, %142
  %1345 = mul i64 %1344, 13
  %1346 = add i64 %1345, 12
  %1347 = mul i64 %1346, 8
  %1348 = load <8 x float>, <8 x float>* %112, align 32
  %1349 = fcmp ogt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> %1348, <8 x float> zeroinitializer
  %1351 = getelementptr inbounds float, float* %0, i64 %1347
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  br label %endif

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next132, %kw.exit121 ]
  %1353 = icmp slt i64 %kh118, 3
  br i1 %1353, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1354 = mul i64 %kh118, 120
  %1355 = add i64 %1324, %1354
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next133 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next131, %kw.body120 ]
  %1356 = icmp slt i64 %kw122, 3
  br i1 %1356, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1357 = mul i64 %kw122, 8
  %1358 = add i64 %1355, %1357
  %1359 = mul i64 %kh118, 3
  %1360 = add i64 %1359, %kw122
  %1361 = mul i64 %1360, 64
  %1362 = add i64 %1326, %1361
  %1363 = add i64 %1362, 0
  %1364 = getelementptr inbounds float, float* %4, i64 %1363
  %1365 = bitcast float* %1364 to <8 x float>*
  %1366 = load <8 x float>, <8 x float>* %1365, align 4
  %1367 = add i64 %1362, 4608
  %1368 = getelementptr inbounds float, float* %4, i64 %1367
  %1369 = bitcast float* %1368 to <8 x float>*
  %1370 = load <8 x float>, <8 x float>* %1369, align 4
  %1371 = add i64 %1358, 96
  %1372 = getelementptr inbounds float, float* %1, i64 %1371
  %1373 = load float, float* %1372, align 4
  %1374 = insertelement <8 x float> undef, float %1373, i32 0
  %splat123 = shufflevector <8 x float> %1374, <8 x float> undef, <8 x i32> zeroinitializer
  %1375 = load <8 x float>, <8 x float>* %113, align 32
  %1376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1366, <8 x float> %1375)
  store <8 x float> %1376, <8 x float>* %113, align 32
  %1377 = load <8 x float>, <8 x float>* %112, align 32
  %1378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1370, <8 x float> %1377)
  store <8 x float> %1378, <8 x float>* %112, align 32
  %1379 = add i64 %1362, 8
  %1380 = getelementptr inbounds float, float* %4, i64 %1379
  %1381 = bitcast float* %1380 to <8 x float>*
  %1382 = load <8 x float>, <8 x float>* %1381, align 4
  %1383 = add i64 %1362, 4616
  %1384 = getelementptr inbounds float, float* %4, i64 %1383
  %1385 = bitcast float* %1384 to <8 x float>*
  %1386 = load <8 x float>, <8 x float>* %1385, align 4
  %1387 = add i64 %1358, 97
  %1388 = getelementptr inbounds float, float* %1, i64 %1387
  %1389 = load float, float* %1388, align 4
  %1390 = insertelement <8 x float> undef, float %1389, i32 0
  %splat124 = shufflevector <8 x float> %1390, <8 x float> undef, <8 x i32> zeroinitializer
  %1391 = load <8 x float>, <8 x float>* %113, align 32
  %1392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1382, <8 x float> %1391)
  store <8 x float> %1392, <8 x float>* %113, align 32
  %1393 = load <8 x float>, <8 x float>* %112, align 32
  %1394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1386, <8 x float> %1393)
  store <8 x float> %1394, <8 x float>* %112, align 32
  %1395 = add i64 %1362, 16
  %1396 = getelementptr inbounds float, float* %4, i64 %1395
  %1397 = bitcast float* %1396 to <8 x float>*
  %1398 = load <8 x float>, <8 x float>* %1397, align 4
  %1399 = add i64 %1362, 4624
  %1400 = getelementptr inbounds float, float* %4, i64 %1399
  %1401 = bitcast float* %1400 to <8 x float>*
  %1402 = load <8 x float>, <8 x float>* %1401, align 4
  %1403 = add i64 %1358, 98
  %1404 = getelementptr inbounds float, float* %1, i64 %1403
  %1405 = load float, float* %1404, align 4
  %1406 = insertelement <8 x float> undef, float %1405, i32 0
  %splat125 = shufflevector <8 x float> %1406, <8 x float> undef, <8 x i32> zeroinitializer
  %1407 = load <8 x float>, <8 x float>* %113, align 32
  %1408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1398, <8 x float> %1407)
  store <8 x float> %1408, <8 x float>* %113, align 32
  %1409 = load <8 x float>, <8 x float>* %112, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1402, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %112, align 32
  %1411 = add i64 %1362, 24
  %1412 = getelementptr inbounds float, float* %4, i64 %1411
  %1413 = bitcast float* %1412 to <8 x float>*
  %1414 = load <8 x float>, <8 x float>* %1413, align 4
  %1415 = add i64 %1362, 4632
  %1416 = getelementptr inbounds float, float* %4, i64 %1415
  %1417 = bitcast float* %1416 to <8 x float>*
  %1418 = load <8 x float>, <8 x float>* %1417, align 4
  %1419 = add i64 %1358, 99
  %1420 = getelementptr inbounds float, float* %1, i64 %1419
  %1421 = load float, float* %1420, align 4
  %1422 = insertelement <8 x float> undef, float %1421, i32 0
  %splat126 = shufflevector <8 x float> %1422, <8 x float> undef, <8 x i32> zeroinitializer
  %1423 = load <8 x float>, <8 x float>* %113, align 32
  %1424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1414, <8 x float> %1423)
  store <8 x float> %1424, <8 x float>* %113, align 32
  %1425 = load <8 x float>, <8 x float>* %112, align 32
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1418, <8 x float> %1425)
  store <8 x float> %1426, <8 x float>* %112, align 32
  %1427 = add i64 %1362, 32
  %1428 = getelementptr inbounds float, float* %4, i64 %1427
  %1429 = bitcast float* %1428 to <8 x float>*
  %1430 = load <8 x float>, <8 x float>* %1429, align 4
  %1431 = add i64 %1362, 4640
  %1432 = getelementptr inbounds float, float* %4, i64 %1431
  %1433 = bitcast float* %1432 to <8 x float>*
  %1434 = load <8 x float>, <8 x float>* %1433, align 4
  %1435 = add i64 %1358, 100
  %1436 = getelementptr inbounds float, float* %1, i64 %1435
  %1437 = load float, float* %1436, align 4
  %1438 = insertelement <8 x float> undef, float %1437, i32 0
  %splat127 = shufflevector <8 x float> %1438, <8 x float> undef, <8 x i32> zeroinitializer
  %1439 = load <8 x float>, <8 x float>* %113, align 32
  %1440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1430, <8 x float> %1439)
  store <8 x float> %1440, <8 x float>* %113, align 32
  %1441 = load <8 x float>, <8 x float>* %112, align 32
  %1442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1434, <8 x float> %1441)
  store <8 x float> %1442, <8 x float>* %112, align 32
  %1443 = add i64 %1362, 40
  %1444 = getelementptr inbounds float, float* %4, i64 %1443
  %1445 = bitcast float* %1444 to <8 x float>*
  %1446 = load <8 x float>, <8 x float>* %1445, align 4
  %1447 = add i64 %1362, 4648
  %1448 = getelementptr inbounds float, float* %4, i64 %1447
  %1449 = bitcast float* %1448 to <8 x float>*
  %1450 = load <8 x float>, <8 x float>* %1449, align 4
  %1451 = add i64 %1358, 101
  %1452 = getelementptr inbounds float, float* %1, i64 %1451
  %1453 = load float, float* %1452, align 4
  %1454 = insertelement <8 x float> undef, float %1453, i32 0
  %splat128 = shufflevector <8 x float> %1454, <8 x float> undef, <8 x i32> zeroinitializer
  %1455 = load <8 x float>, <8 x float>* %113, align 32
  %1456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1446, <8 x float> %1455)
  store <8 x float> %1456, <8 x float>* %113, align 32
  %1457 = load <8 x float>, <8 x float>* %112, align 32
  %1458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1450, <8 x float> %1457)
  store <8 x float> %1458, <8 x float>* %112, align 32
  %1459 = add i64 %1362, 48
  %1460 = getelementptr inbounds float, float* %4, i64 %1459
  %1461 = bitcast float* %1460 to <8 x float>*
  %1462 = load <8 x float>, <8 x float>* %1461, align 4
  %1463 = add i64 %1362, 4656
  %1464 = getelementptr inbounds float, float* %4, i64 %1463
  %1465 = bitcast float* %1464 to <8 x float>*
  %1466 = load <8 x float>, <8 x float>* %1465, align 4
  %1467 = add i64 %1358, 102
  %1468 = getelementptr inbounds float, float* %1, i64 %1467
  %1469 = load float, float* %1468, align 4
  %1470 = insertelement <8 x float> undef, float %1469, i32 0
  %splat129 = shufflevector <8 x float> %1470, <8 x float> undef, <8 x i32> zeroinitializer
  %1471 = load <8 x float>, <8 x float>* %113, align 32
  %1472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1462, <8 x float> %1471)
  store <8 x float> %1472, <8 x float>* %113, align 32
  %1473 = load <8 x float>, <8 x float>* %112, align 32
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1466, <8 x float> %1473)
  store <8 x float> %1474, <8 x float>* %112, align 32
  %1475 = add i64 %1362, 56
  %1476 = getelementptr inbounds float, float* %4, i64 %1475
  %1477 = bitcast float* %1476 to <8 x float>*
  %1478 = load <8 x float>, <8 x float>* %1477, align 4
  %1479 = add i64 %1362, 4664
  %1480 = getelementptr inbounds float, float* %4, i64 %1479
  %1481 = bitcast float* %1480 to <8 x float>*
  %1482 = load <8 x float>, <8 x float>* %1481, align 4
  %1483 = add i64 %1358, 103
  %1484 = getelementptr inbounds float, float* %1, i64 %1483
  %1485 = load float, float* %1484, align 4
  %1486 = insertelement <8 x float> undef, float %1485, i32 0
  %splat130 = shufflevector <8 x float> %1486, <8 x float> undef, <8 x i32> zeroinitializer
  %1487 = load <8 x float>, <8 x float>* %113, align 32
  %1488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1478, <8 x float> %1487)
  store <8 x float> %1488, <8 x float>* %113, align 32
  %1489 = load <8 x float>, <8 x float>* %112, align 32
  %1490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1482, <8 x float> %1489)
  store <8 x float> %1490, <8 x float>* %112, align 32
  %kw.next131 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next132 = add i64 %kh118, 1
  br label %kh.header115

u.header134:                                      ; preds = %kh.exit140, %else
  %u137 = phi i64 [ 0, %else ], [ %u.next196, %kh.exit140 ]
  %1491 = icmp slt i64 %u137, 8
  br i1 %1491, label %u.body135, label %u.exit136

u.body135:                                        ; preds = %u.header134
  %1492 = mul i64 %u137, 1800
  %1493 = add i64 %179, %1492
  %1494 = mul i64 %u137, 576
  %1495 = add i64 %153, %1494
  br label %kh.header138

u.exit136:                                        ; preds = %u.header134
  %1496 = mul i64 %145, 8
  %1497 = add i64 %1496, %148
  %1498 = add i64 %1497, 0
  %1499 = mul i64 %1498, 13
  %1500 = add i64 %1499, %142
  %1501 = mul i64 %1500, 13
  %1502 = add i64 %1501, 0
  %1503 = mul i64 %1502, 8
  %1504 = load <8 x float>, <8 x float>* %111, align 32
  %1505 = fcmp ogt <8 x float> %1504, zeroinitializer
  %1506 = select <8 x i1> %1505, <8 x float> %1504, <8 x float> zeroinitializer
  %1507 = getelementptr inbounds float, float* %0, i64 %1503
  %1508 = bitcast float* %1507 to <8 x float>*
  store <8 x float> %1506, <8 x float>* %1508, align 4
  %1509 = add i64 %1501, 1
  %1510 = mul i64 %1509, 8
  %1511 = load <8 x float>, <8 x float>* %110, align 32
  %1512 = fcmp ogt <8 x float> %1511, zeroinitializer
  %1513 = select <8 x i1> %1512, <8 x float> %1511, <8 x float> zeroinitializer
  %1514 = getelementptr inbounds float, float* %0, i64 %1510
  %1515 = bitcast float* %1514 to <8 x float>*
  store <8 x float> %1513, <8 x float>* %1515, align 4
  %1516 = add i64 %1501, 2
  %1517 = mul i64 %1516, 8
  %1518 = load <8 x float>, <8 x float>* %109, align 32
  %1519 = fcmp ogt <8 x float> %1518, zeroinitializer
  %1520 = select <8 x i1> %1519, <8 x float> %1518, <8 x float> zeroinitializer
  %1521 = getelementptr inbounds float, float* %0, i64 %1517
  %1522 = bitcast float* %1521 to <8 x float>*
  store <8 x float> %1520, <8 x float>* %1522, align 4
  %1523 = add i64 %1501, 3
  %1524 = mul i64 %1523, 8
  %1525 = load <8 x float>, <8 x float>* %108, align 32
  %1526 = fcmp ogt <8 x float> %1525, zeroinitializer
  %1527 = select <8 x i1> %1526, <8 x float> %1525, <8 x float> zeroinitializer
  %1528 = getelementptr inbounds float, float* %0, i64 %1524
  %1529 = bitcast float* %1528 to <8 x float>*
  store <8 x float> %1527, <8 x float>* %1529, align 4
  %1530 = add i64 %1501, 4
  %1531 = mul i64 %1530, 8
  %1532 = load <8 x float>, <8 x float>* %107, align 32
  %1533 = fcmp ogt <8 x float> %1532, zeroinitializer
  %1534 = select <8 x i1> %1533, <8 x float> %1532, <8 x float> zeroinitializer
  %1535 = getelementptr inbounds float, float* %0, i64 %1531
  %1536 = bitcast float* %1535 to <8 x float>*
  store <8 x float> %1534, <8 x float>* %1536, align 4
  %1537 = add i64 %1501, 5
  %1538 = mul i64 %1537, 8
  %1539 = load <8 x float>, <8 x float>* %106, align 32
  %1540 = fcmp ogt <8 x float> %1539, zeroinitializer
  %1541 = select <8 x i1> %1540, <8 x float> %1539, <8 x float> zeroinitializer
  %1542 = getelementptr inbounds float, float* %0, i64 %1538
  %1543 = bitcast float* %1542 to <8 x float>*
  store <8 x float> %1541, <8 x float>* %1543, align 4
  %1544 = mul i64 %145, 8
  %1545 = add i64 %1544, %148
  %1546 = add i64 %1545, 1
  %1547 = mul i64 %1546, 13
  %1548 = add i64 %1547, %142
  %1549 = mul i64 %1548, 13
  %1550 = add i64 %1549, 0
  %1551 = mul i64 %1550, 8
  %1552 = load <8 x float>, <8 x float>* %105, align 32
  %1553 = fcmp ogt <8 x float> %1552, zeroinitializer
  %1554 = select <8 x i1> %1553, <8 x float> %1552, <8 x float> zeroinitializer
  %1555 = getelementptr inbounds float, float* %0, i64 %1551
  %1556 = bitcast float* %1555 to <8 x float>*
  store <8 x float> %1554, <8 x float>* %1556, align 4
  %1557 = add i64 %1549, 1
  %1558 = mul i64 %1557, 8
  %1559 = load <8 x float>, <8 x float>* %104, align 32
  %1560 = fcmp ogt <8 x float> %1559, zeroinitializer
  %1561 = select <8 x i1> %1560, <8 x float> %1559, <8 x float> zeroinitializer
  %1562 = getelementptr inbounds float, float* %0, i64 %1558
  %1563 = bitcast float* %1562 to <8 x float>*
  store <8 x float> %1561, <8 x float>* %1563, align 4
  %1564 = add i64 %1549, 2
  %1565 = mul i64 %1564, 8
  %1566 = load <8 x float>, <8 x float>* %103, align 32
  %1567 = fcmp ogt <8 x float> %1566, zeroinitializer
  %1568 = select <8 x i1> %1567, <8 x float> %1566, <8 x float> zeroinitializer
  %1569 = getelementptr inbounds float, float* %0, i64 %1565
  %1570 = bitcast float* %1569 to <8 x float>*
  store <8 x float> %1568, <8 x float>* %1570, align 4
  %1571 = add i64 %1549, 3
  %1572 = mul i64 %1571, 8
  %1573 = load <8 x float>, <8 x float>* %102, align 32
  %1574 = fcmp ogt <8 x float> %1573, zeroinitializer
  %1575 = select <8 x i1> %1574, <8 x float> %1573, <8 x float> zeroinitializer
  %1576 = getelementptr inbounds float, float* %0, i64 %1572
  %1577 = bitcast float* %1576 to <8 x float>*
  store <8 x float> %1575, <8 x float>* %1577, align 4
  %1578 = add i64 %1549, 4
  %1579 = mul i64 %1578, 8
  %1580 = load <8 x float>, <8 x float>* %101, align 32
  %1581 = fcmp ogt <8 x float> %1580, zeroinitializer
  %1582 = select <8 x i1> %1581, <8 x float> %1580, <8 x float> zeroinitializer
  %1583 = getelementptr inbounds float, float* %0, i64 %1579
  %1584 = bitcast float* %1583 to <8 x float>*
  store <8 x float> %1582, <8 x float>* %1584, align 4
  %1585 = add i64 %1549, 5
  %1586 = mul i64 %1585, 8
  %1587 = load <8 x float>, <8 x float>* %100, align 32
  %1588 = fcmp ogt <8 x float> %1587, zeroinitializer
  %1589 = select <8 x i1> %1588, <8 x float> %1587, <8 x float> zeroinitializer
  %1590 = getelementptr inbounds float, float* %0, i64 %1586
  %1591 = bitcast float* %1590 to <8 x float>*
  store <8 x float> %1589, <8 x float>* %1591, align 4
  %1592 = add i64 %148, 0
  %1593 = mul i64 %1592, 8
  %1594 = getelementptr inbounds float, float* %5, i64 %1593
  %1595 = bitcast float* %1594 to <8 x float>*
  %1596 = load <8 x float>, <8 x float>* %1595, align 4
  store <8 x float> %1596, <8 x float>* %99, align 32
  store <8 x float> %1596, <8 x float>* %98, align 32
  store <8 x float> %1596, <8 x float>* %97, align 32
  store <8 x float> %1596, <8 x float>* %96, align 32
  store <8 x float> %1596, <8 x float>* %95, align 32
  store <8 x float> %1596, <8 x float>* %94, align 32
  %1597 = add i64 %148, 1
  %1598 = mul i64 %1597, 8
  %1599 = getelementptr inbounds float, float* %5, i64 %1598
  %1600 = bitcast float* %1599 to <8 x float>*
  %1601 = load <8 x float>, <8 x float>* %1600, align 4
  store <8 x float> %1601, <8 x float>* %93, align 32
  store <8 x float> %1601, <8 x float>* %92, align 32
  store <8 x float> %1601, <8 x float>* %91, align 32
  store <8 x float> %1601, <8 x float>* %90, align 32
  store <8 x float> %1601, <8 x float>* %89, align 32
  store <8 x float> %1601, <8 x float>* %88, align 32
  %1602 = add i64 %154, 0
  %1603 = add i64 %152, %1602
  br label %u.header197

kh.header138:                                     ; preds = %kw.exit144, %u.body135
  %kh141 = phi i64 [ 0, %u.body135 ], [ %kh.next195, %kw.exit144 ]
  %1604 = icmp slt i64 %kh141, 3
  br i1 %1604, label %kh.body139, label %kh.exit140

kh.body139:                                       ; preds = %kh.header138
  %1605 = mul i64 %kh141, 120
  %1606 = add i64 %1493, %1605
  br label %kw.header142

kh.exit140:                                       ; preds = %kh.header138
  %u.next196 = add i64 %u137, 1
  br label %u.header134

kw.header142:                                     ; preds = %kw.body143, %kh.body139
  %kw145 = phi i64 [ 0, %kh.body139 ], [ %kw.next194, %kw.body143 ]
  %1607 = icmp slt i64 %kw145, 3
  br i1 %1607, label %kw.body143, label %kw.exit144

kw.body143:                                       ; preds = %kw.header142
  %1608 = mul i64 %kw145, 8
  %1609 = add i64 %1606, %1608
  %1610 = mul i64 %kh141, 3
  %1611 = add i64 %1610, %kw145
  %1612 = mul i64 %1611, 64
  %1613 = add i64 %1495, %1612
  %1614 = add i64 %1613, 0
  %1615 = getelementptr inbounds float, float* %4, i64 %1614
  %1616 = bitcast float* %1615 to <8 x float>*
  %1617 = load <8 x float>, <8 x float>* %1616, align 4
  %1618 = add i64 %1613, 4608
  %1619 = getelementptr inbounds float, float* %4, i64 %1618
  %1620 = bitcast float* %1619 to <8 x float>*
  %1621 = load <8 x float>, <8 x float>* %1620, align 4
  %1622 = add i64 %1609, 0
  %1623 = getelementptr inbounds float, float* %1, i64 %1622
  %1624 = load float, float* %1623, align 4
  %1625 = insertelement <8 x float> undef, float %1624, i32 0
  %splat146 = shufflevector <8 x float> %1625, <8 x float> undef, <8 x i32> zeroinitializer
  %1626 = load <8 x float>, <8 x float>* %111, align 32
  %1627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1617, <8 x float> %1626)
  store <8 x float> %1627, <8 x float>* %111, align 32
  %1628 = load <8 x float>, <8 x float>* %105, align 32
  %1629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1621, <8 x float> %1628)
  store <8 x float> %1629, <8 x float>* %105, align 32
  %1630 = add i64 %1609, 8
  %1631 = getelementptr inbounds float, float* %1, i64 %1630
  %1632 = load float, float* %1631, align 4
  %1633 = insertelement <8 x float> undef, float %1632, i32 0
  %splat147 = shufflevector <8 x float> %1633, <8 x float> undef, <8 x i32> zeroinitializer
  %1634 = load <8 x float>, <8 x float>* %110, align 32
  %1635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1617, <8 x float> %1634)
  store <8 x float> %1635, <8 x float>* %110, align 32
  %1636 = load <8 x float>, <8 x float>* %104, align 32
  %1637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1621, <8 x float> %1636)
  store <8 x float> %1637, <8 x float>* %104, align 32
  %1638 = add i64 %1609, 16
  %1639 = getelementptr inbounds float, float* %1, i64 %1638
  %1640 = load float, float* %1639, align 4
  %1641 = insertelement <8 x float> undef, float %1640, i32 0
  %splat148 = shufflevector <8 x float> %1641, <8 x float> undef, <8 x i32> zeroinitializer
  %1642 = load <8 x float>, <8 x float>* %109, align 32
  %1643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1617, <8 x float> %1642)
  store <8 x float> %1643, <8 x float>* %109, align 32
  %1644 = load <8 x float>, <8 x float>* %103, align 32
  %1645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1621, <8 x float> %1644)
  store <8 x float> %1645, <8 x float>* %103, align 32
  %1646 = add i64 %1609, 24
  %1647 = getelementptr inbounds float, float* %1, i64 %1646
  %1648 = load float, float* %1647, align 4
  %1649 = insertelement <8 x float> undef, float %1648, i32 0
  %splat149 = shufflevector <8 x float> %1649, <8 x float> undef, <8 x i32> zeroinitializer
  %1650 = load <8 x float>, <8 x float>* %108, align 32
  %1651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1617, <8 x float> %1650)
  store <8 x float> %1651, <8 x float>* %108, align 32
  %1652 = load <8 x float>, <8 x float>* %102, align 32
  %1653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1621, <8 x float> %1652)
  store <8 x float> %1653, <8 x float>* %102, align 32
  %1654 = add i64 %1609, 32
  %1655 = getelementptr inbounds float, float* %1, i64 %1654
  %1656 = load float, float* %1655, align 4
  %1657 = insertelement <8 x float> undef, float %1656, i32 0
  %splat150 = shufflevector <8 x float> %1657, <8 x float> undef, <8 x i32> zeroinitializer
  %1658 = load <8 x float>, <8 x float>* %107, align 32
  %1659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1617, <8 x float> %1658)
  store <8 x float> %1659, <8 x float>* %107, align 32
  %1660 = load <8 x float>, <8 x float>* %101, align 32
  %1661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1621, <8 x float> %1660)
  store <8 x float> %1661, <8 x float>* %101, align 32
  %1662 = add i64 %1609, 40
  %1663 = getelementptr inbounds float, float* %1, i64 %1662
  %1664 = load float, float* %1663, align 4
  %1665 = insertelement <8 x float> undef, float %1664, i32 0
  %splat151 = shufflevector <8 x float> %1665, <8 x float> undef, <8 x i32> zeroinitializer
  %1666 = load <8 x float>, <8 x float>* %106, align 32
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1617, <8 x float> %1666)
  store <8 x float> %1667, <8 x float>* %106, align 32
  %1668 = load <8 x float>, <8 x float>* %100, align 32
  %1669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1621, <8 x float> %1668)
  store <8 x float> %1669, <8 x float>* %100, align 32
  %1670 = add i64 %1613, 8
  %1671 = getelementptr inbounds float, float* %4, i64 %1670
  %1672 = bitcast float* %1671 to <8 x float>*
  %1673 = load <8 x float>, <8 x float>* %1672, align 4
  %1674 = add i64 %1613, 4616
  %1675 = getelementptr inbounds float, float* %4, i64 %1674
  %1676 = bitcast float* %1675 to <8 x float>*
  %1677 = load <8 x float>, <8 x float>* %1676, align 4
  %1678 = add i64 %1609, 1
  %1679 = getelementptr inbounds float, float* %1, i64 %1678
  %1680 = load float, float* %1679, align 4
  %1681 = insertelement <8 x float> undef, float %1680, i32 0
  %splat152 = shufflevector <8 x float> %1681, <8 x float> undef, <8 x i32> zeroinitializer
  %1682 = load <8 x float>, <8 x float>* %111, align 32
  %1683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1673, <8 x float> %1682)
  store <8 x float> %1683, <8 x float>* %111, align 32
  %1684 = load <8 x float>, <8 x float>* %105, align 32
  %1685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1677, <8 x float> %1684)
  store <8 x float> %1685, <8 x float>* %105, align 32
  %1686 = add i64 %1609, 9
  %1687 = getelementptr inbounds float, float* %1, i64 %1686
  %1688 = load float, float* %1687, align 4
  %1689 = insertelement <8 x float> undef, float %1688, i32 0
  %splat153 = shufflevector <8 x float> %1689, <8 x float> undef, <8 x i32> zeroinitializer
  %1690 = load <8 x float>, <8 x float>* %110, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1673, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %110, align 32
  %1692 = load <8 x float>, <8 x float>* %104, align 32
  %1693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1677, <8 x float> %1692)
  store <8 x float> %1693, <8 x float>* %104, align 32
  %1694 = add i64 %1609, 17
  %1695 = getelementptr inbounds float, float* %1, i64 %1694
  %1696 = load float, float* %1695, align 4
  %1697 = insertelement <8 x float> undef, float %1696, i32 0
  %splat154 = shufflevector <8 x float> %1697, <8 x float> undef, <8 x i32> zeroinitializer
  %1698 = load <8 x float>, <8 x float>* %109, align 32
  %1699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1673, <8 x float> %1698)
  store <8 x float> %1699, <8 x float>* %109, align 32
  %1700 = load <8 x float>, <8 x float>* %103, align 32
  %1701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1677, <8 x float> %1700)
  store <8 x float> %1701, <8 x float>* %103, align 32
  %1702 = add i64 %1609, 25
  %1703 = getelementptr inbounds float, float* %1, i64 %1702
  %1704 = load float, float* %1703, align 4
  %1705 = insertelement <8 x float> undef, float %1704, i32 0
  %splat155 = shufflevector <8 x float> %1705, <8 x float> undef, <8 x i32> zeroinitializer
  %1706 = load <8 x float>, <8 x float>* %108, align 32
  %1707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1673, <8 x float> %1706)
  store <8 x float> %1707, <8 x float>* %108, align 32
  %1708 = load <8 x float>, <8 x float>* %102, align 32
  %1709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1677, <8 x float> %1708)
  store <8 x float> %1709, <8 x float>* %102, align 32
  %1710 = add i64 %1609, 33
  %1711 = getelementptr inbounds float, float* %1, i64 %1710
  %1712 = load float, float* %1711, align 4
  %1713 = insertelement <8 x float> undef, float %1712, i32 0
  %splat156 = shufflevector <8 x float> %1713, <8 x float> undef, <8 x i32> zeroinitializer
  %1714 = load <8 x float>, <8 x float>* %107, align 32
  %1715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1673, <8 x float> %1714)
  store <8 x float> %1715, <8 x float>* %107, align 32
  %1716 = load <8 x float>, <8 x float>* %101, align 32
  %1717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1677, <8 x float> %1716)
  store <8 x float> %1717, <8 x float>* %101, align 32
  %1718 = add i64 %1609, 41
  %1719 = getelementptr inbounds float, float* %1, i64 %1718
  %1720 = load float, float* %1719, align 4
  %1721 = insertelement <8 x float> undef, float %1720, i32 0
  %splat157 = shufflevector <8 x float> %1721, <8 x float> undef, <8 x i32> zeroinitializer
  %1722 = load <8 x float>, <8 x float>* %106, align 32
  %1723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1673, <8 x float> %1722)
  store <8 x float> %1723, <8 x float>* %106, align 32
  %1724 = load <8 x float>, <8 x float>* %100, align 32
  %1725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1677, <8 x float> %1724)
  store <8 x float> %1725, <8 x float>* %100, align 32
  %1726 = add i64 %1613, 16
  %1727 = getelementptr inbounds float, float* %4, i64 %1726
  %1728 = bitcast float* %1727 to <8 x float>*
  %1729 = load <8 x float>, <8 x float>* %1728, align 4
  %1730 = add i64 %1613, 4624
  %1731 = getelementptr inbounds float, float* %4, i64 %1730
  %1732 = bitcast float* %1731 to <8 x float>*
  %1733 = load <8 x float>, <8 x float>* %1732, align 4
  %1734 = add i64 %1609, 2
  %1735 = getelementptr inbounds float, float* %1, i64 %1734
  %1736 = load float, float* %1735, align 4
  %1737 = insertelement <8 x float> undef, float %1736, i32 0
  %splat158 = shufflevector <8 x float> %1737, <8 x float> undef, <8 x i32> zeroinitializer
  %1738 = load <8 x float>, <8 x float>* %111, align 32
  %1739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1729, <8 x float> %1738)
  store <8 x float> %1739, <8 x float>* %111, align 32
  %1740 = load <8 x float>, <8 x float>* %105, align 32
  %1741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1733, <8 x float> %1740)
  store <8 x float> %1741, <8 x float>* %105, align 32
  %1742 = add i64 %1609, 10
  %1743 = getelementptr inbounds float, float* %1, i64 %1742
  %1744 = load float, float* %1743, align 4
  %1745 = insertelement <8 x float> undef, float %1744, i32 0
  %splat159 = shufflevector <8 x float> %1745, <8 x float> undef, <8 x i32> zeroinitializer
  %1746 = load <8 x float>, <8 x float>* %110, align 32
  %1747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1729, <8 x float> %1746)
  store <8 x float> %1747, <8 x float>* %110, align 32
  %1748 = load <8 x float>, <8 x float>* %104, align 32
  %1749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1733, <8 x float> %1748)
  store <8 x float> %1749, <8 x float>* %104, align 32
  %1750 = add i64 %1609, 18
  %1751 = getelementptr inbounds float, float* %1, i64 %1750
  %1752 = load float, float* %1751, align 4
  %1753 = insertelement <8 x float> undef, float %1752, i32 0
  %splat160 = shufflevector <8 x float> %1753, <8 x float> undef, <8 x i32> zeroinitializer
  %1754 = load <8 x float>, <8 x float>* %109, align 32
  %1755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1729, <8 x float> %1754)
  store <8 x float> %1755, <8 x float>* %109, align 32
  %1756 = load <8 x float>, <8 x float>* %103, align 32
  %1757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1733, <8 x float> %1756)
  store <8 x float> %1757, <8 x float>* %103, align 32
  %1758 = add i64 %1609, 26
  %1759 = getelementptr inbounds float, float* %1, i64 %1758
  %1760 = load float, float* %1759, align 4
  %1761 = insertelement <8 x float> undef, float %1760, i32 0
  %splat161 = shufflevector <8 x float> %1761, <8 x float> undef, <8 x i32> zeroinitializer
  %1762 = load <8 x float>, <8 x float>* %108, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1729, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %108, align 32
  %1764 = load <8 x float>, <8 x float>* %102, align 32
  %1765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1733, <8 x float> %1764)
  store <8 x float> %1765, <8 x float>* %102, align 32
  %1766 = add i64 %1609, 34
  %1767 = getelementptr inbounds float, float* %1, i64 %1766
  %1768 = load float, float* %1767, align 4
  %1769 = insertelement <8 x float> undef, float %1768, i32 0
  %splat162 = shufflevector <8 x float> %1769, <8 x float> undef, <8 x i32> zeroinitializer
  %1770 = load <8 x float>, <8 x float>* %107, align 32
  %1771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1729, <8 x float> %1770)
  store <8 x float> %1771, <8 x float>* %107, align 32
  %1772 = load <8 x float>, <8 x float>* %101, align 32
  %1773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1733, <8 x float> %1772)
  store <8 x float> %1773, <8 x float>* %101, align 32
  %1774 = add i64 %1609, 42
  %1775 = getelementptr inbounds float, float* %1, i64 %1774
  %1776 = load float, float* %1775, align 4
  %1777 = insertelement <8 x float> undef, float %1776, i32 0
  %splat163 = shufflevector <8 x float> %1777, <8 x float> undef, <8 x i32> zeroinitializer
  %1778 = load <8 x float>, <8 x float>* %106, align 32
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1729, <8 x float> %1778)
  store <8 x float> %1779, <8 x float>* %106, align 32
  %1780 = load <8 x float>, <8 x float>* %100, align 32
  %1781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1733, <8 x float> %1780)
  store <8 x float> %1781, <8 x float>* %100, align 32
  %1782 = add i64 %1613, 24
  %1783 = getelementptr inbounds float, float* %4, i64 %1782
  %1784 = bitcast float* %1783 to <8 x float>*
  %1785 = load <8 x float>, <8 x float>* %1784, align 4
  %1786 = add i64 %1613, 4632
  %1787 = getelementptr inbounds float, float* %4, i64 %1786
  %1788 = bitcast float* %1787 to <8 x float>*
  %1789 = load <8 x float>, <8 x float>* %1788, align 4
  %1790 = add i64 %1609, 3
  %1791 = getelementptr inbounds float, float* %1, i64 %1790
  %1792 = load float, float* %1791, align 4
  %1793 = insertelement <8 x float> undef, float %1792, i32 0
  %splat164 = shufflevector <8 x float> %1793, <8 x float> undef, <8 x i32> zeroinitializer
  %1794 = load <8 x float>, <8 x float>* %111, align 32
  %1795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1785, <8 x float> %1794)
  store <8 x float> %1795, <8 x float>* %111, align 32
  %1796 = load <8 x float>, <8 x float>* %105, align 32
  %1797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1789, <8 x float> %1796)
  store <8 x float> %1797, <8 x float>* %105, align 32
  %1798 = add i64 %1609, 11
  %1799 = getelementptr inbounds float, float* %1, i64 %1798
  %1800 = load float, float* %1799, align 4
  %1801 = insertelement <8 x float> undef, float %1800, i32 0
  %splat165 = shufflevector <8 x float> %1801, <8 x float> undef, <8 x i32> zeroinitializer
  %1802 = load <8 x float>, <8 x float>* %110, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1785, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %110, align 32
  %1804 = load <8 x float>, <8 x float>* %104, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1789, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %104, align 32
  %1806 = add i64 %1609, 19
  %1807 = getelementptr inbounds float, float* %1, i64 %1806
  %1808 = load float, float* %1807, align 4
  %1809 = insertelement <8 x float> undef, float %1808, i32 0
  %splat166 = shufflevector <8 x float> %1809, <8 x float> undef, <8 x i32> zeroinitializer
  %1810 = load <8 x float>, <8 x float>* %109, align 32
  %1811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1785, <8 x float> %1810)
  store <8 x float> %1811, <8 x float>* %109, align 32
  %1812 = load <8 x float>, <8 x float>* %103, align 32
  %1813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1789, <8 x float> %1812)
  store <8 x float> %1813, <8 x float>* %103, align 32
  %1814 = add i64 %1609, 27
  %1815 = getelementptr inbounds float, float* %1, i64 %1814
  %1816 = load float, float* %1815, align 4
  %1817 = insertelement <8 x float> undef, float %1816, i32 0
  %splat167 = shufflevector <8 x float> %1817, <8 x float> undef, <8 x i32> zeroinitializer
  %1818 = load <8 x float>, <8 x float>* %108, align 32
  %1819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1785, <8 x float> %1818)
  store <8 x float> %1819, <8 x float>* %108, align 32
  %1820 = load <8 x float>, <8 x float>* %102, align 32
  %1821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1789, <8 x float> %1820)
  store <8 x float> %1821, <8 x float>* %102, align 32
  %1822 = add i64 %1609, 35
  %1823 = getelementptr inbounds float, float* %1, i64 %1822
  %1824 = load float, float* %1823, align 4
  %1825 = insertelement <8 x float> undef, float %1824, i32 0
  %splat168 = shufflevector <8 x float> %1825, <8 x float> undef, <8 x i32> zeroinitializer
  %1826 = load <8 x float>, <8 x float>* %107, align 32
  %1827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1785, <8 x float> %1826)
  store <8 x float> %1827, <8 x float>* %107, align 32
  %1828 = load <8 x float>, <8 x float>* %101, align 32
  %1829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1789, <8 x float> %1828)
  store <8 x float> %1829, <8 x float>* %101, align 32
  %1830 = add i64 %1609, 43
  %1831 = getelementptr inbounds float, float* %1, i64 %1830
  %1832 = load float, float* %1831, align 4
  %1833 = insertelement <8 x float> undef, float %1832, i32 0
  %splat169 = shufflevector <8 x float> %1833, <8 x float> undef, <8 x i32> zeroinitializer
  %1834 = load <8 x float>, <8 x float>* %106, align 32
  %1835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1785, <8 x float> %1834)
  store <8 x float> %1835, <8 x float>* %106, align 32
  %1836 = load <8 x float>, <8 x float>* %100, align 32
  %1837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1789, <8 x float> %1836)
  store <8 x float> %1837, <8 x float>* %100, align 32
  %1838 = add i64 %1613, 32
  %1839 = getelementptr inbounds float, float* %4, i64 %1838
  %1840 = bitcast float* %1839 to <8 x float>*
  %1841 = load <8 x float>, <8 x float>* %1840, align 4
  %1842 = add i64 %1613, 4640
  %1843 = getelementptr inbounds float, float* %4, i64 %1842
  %1844 = bitcast float* %1843 to <8 x float>*
  %1845 = load <8 x float>, <8 x float>* %1844, align 4
  %1846 = add i64 %1609, 4
  %1847 = getelementptr inbounds float, float* %1, i64 %1846
  %1848 = load float, float* %1847, align 4
  %1849 = insertelement <8 x float> undef, float %1848, i32 0
  %splat170 = shufflevector <8 x float> %1849, <8 x float> undef, <8 x i32> zeroinitializer
  %1850 = load <8 x float>, <8 x float>* %111, align 32
  %1851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1841, <8 x float> %1850)
  store <8 x float> %1851, <8 x float>* %111, align 32
  %1852 = load <8 x float>, <8 x float>* %105, align 32
  %1853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1845, <8 x float> %1852)
  store <8 x float> %1853, <8 x float>* %105, align 32
  %1854 = add i64 %1609, 12
  %1855 = getelementptr inbounds float, float* %1, i64 %1854
  %1856 = load float, float* %1855, align 4
  %1857 = insertelement <8 x float> undef, float %1856, i32 0
  %splat171 = shufflevector <8 x float> %1857, <8 x float> undef, <8 x i32> zeroinitializer
  %1858 = load <8 x float>, <8 x float>* %110, align 32
  %1859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat171, <8 x float> %1841, <8 x float> %1858)
  store <8 x float> %1859, <8 x float>* %110, align 32
  %1860 = load <8 x float>, <8 x float>* %104, align 32
  %1861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat171, <8 x float> %1845, <8 x float> %1860)
  store <8 x float> %1861, <8 x float>* %104, align 32
  %1862 = add i64 %1609, 20
  %1863 = getelementptr inbounds float, float* %1, i64 %1862
  %1864 = load float, float* %1863, align 4
  %1865 = insertelement <8 x float> undef, float %1864, i32 0
  %splat172 = shufflevector <8 x float> %1865, <8 x float> undef, <8 x i32> zeroinitializer
  %1866 = load <8 x float>, <8 x float>* %109, align 32
  %1867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat172, <8 x float> %1841, <8 x float> %1866)
  store <8 x float> %1867, <8 x float>* %109, align 32
  %1868 = load <8 x float>, <8 x float>* %103, align 32
  %1869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat172, <8 x float> %1845, <8 x float> %1868)
  store <8 x float> %1869, <8 x float>* %103, align 32
  %1870 = add i64 %1609, 28
  %1871 = getelementptr inbounds float, float* %1, i64 %1870
  %1872 = load float, float* %1871, align 4
  %1873 = insertelement <8 x float> undef, float %1872, i32 0
  %splat173 = shufflevector <8 x float> %1873, <8 x float> undef, <8 x i32> zeroinitializer
  %1874 = load <8 x float>, <8 x float>* %108, align 32
  %1875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat173, <8 x float> %1841, <8 x float> %1874)
  store <8 x float> %1875, <8 x float>* %108, align 32
  %1876 = load <8 x float>, <8 x float>* %102, align 32
  %1877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat173, <8 x float> %1845, <8 x float> %1876)
  store <8 x float> %1877, <8 x float>* %102, align 32
  %1878 = add i64 %1609, 36
  %1879 = getelementptr inbounds float, float* %1, i64 %1878
  %1880 = load float, float* %1879, align 4
  %1881 = insertelement <8 x float> undef, float %1880, i32 0
  %splat174 = shufflevector <8 x float> %1881, <8 x float> undef, <8 x i32> zeroinitializer
  %1882 = load <8 x float>, <8 x float>* %107, align 32
  %1883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat174, <8 x float> %1841, <8 x float> %1882)
  store <8 x float> %1883, <8 x float>* %107, align 32
  %1884 = load <8 x float>, <8 x float>* %101, align 32
  %1885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat174, <8 x float> %1845, <8 x float> %1884)
  store <8 x float> %1885, <8 x float>* %101, align 32
  %1886 = add i64 %1609, 44
  %1887 = getelementptr inbounds float, float* %1, i64 %1886
  %1888 = load float, float* %1887, align 4
  %1889 = insertelement <8 x float> undef, float %1888, i32 0
  %splat175 = shufflevector <8 x float> %1889, <8 x float> undef, <8 x i32> zeroinitializer
  %1890 = load <8 x float>, <8 x float>* %106, align 32
  %1891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat175, <8 x float> %1841, <8 x float> %1890)
  store <8 x float> %1891, <8 x float>* %106, align 32
  %1892 = load <8 x float>, <8 x float>* %100, align 32
  %1893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat175, <8 x float> %1845, <8 x float> %1892)
  store <8 x float> %1893, <8 x float>* %100, align 32
  %1894 = add i64 %1613, 40
  %1895 = getelementptr inbounds float, float* %4, i64 %1894
  %1896 = bitcast float* %1895 to <8 x float>*
  %1897 = load <8 x float>, <8 x float>* %1896, align 4
  %1898 = add i64 %1613, 4648
  %1899 = getelementptr inbounds float, float* %4, i64 %1898
  %1900 = bitcast float* %1899 to <8 x float>*
  %1901 = load <8 x float>, <8 x float>* %1900, align 4
  %1902 = add i64 %1609, 5
  %1903 = getelementptr inbounds float, float* %1, i64 %1902
  %1904 = load float, float* %1903, align 4
  %1905 = insertelement <8 x float> undef, float %1904, i32 0
  %splat176 = shufflevector <8 x float> %1905, <8 x float> undef, <8 x i32> zeroinitializer
  %1906 = load <8 x float>, <8 x float>* %111, align 32
  %1907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat176, <8 x float> %1897, <8 x float> %1906)
  store <8 x float> %1907, <8 x float>* %111, align 32
  %1908 = load <8 x float>, <8 x float>* %105, align 32
  %1909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat176, <8 x float> %1901, <8 x float> %1908)
  store <8 x float> %1909, <8 x float>* %105, align 32
  %1910 = add i64 %1609, 13
  %1911 = getelementptr inbounds float, float* %1, i64 %1910
  %1912 = load float, float* %1911, align 4
  %1913 = insertelement <8 x float> undef, float %1912, i32 0
  %splat177 = shufflevector <8 x float> %1913, <8 x float> undef, <8 x i32> zeroinitializer
  %1914 = load <8 x float>, <8 x float>* %110, align 32
  %1915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat177, <8 x float> %1897, <8 x float> %1914)
  store <8 x float> %1915, <8 x float>* %110, align 32
  %1916 = load <8 x float>, <8 x float>* %104, align 32
  %1917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat177, <8 x float> %1901, <8 x float> %1916)
  store <8 x float> %1917, <8 x float>* %104, align 32
  %1918 = add i64 %1609, 21
  %1919 = getelementptr inbounds float, float* %1, i64 %1918
  %1920 = load float, float* %1919, align 4
  %1921 = insertelement <8 x float> undef, float %1920, i32 0
  %splat178 = shufflevector <8 x float> %1921, <8 x float> undef, <8 x i32> zeroinitializer
  %1922 = load <8 x float>, <8 x float>* %109, align 32
  %1923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat178, <8 x float> %1897, <8 x float> %1922)
  store <8 x float> %1923, <8 x float>* %109, align 32
  %1924 = load <8 x float>, <8 x float>* %103, align 32
  %1925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat178, <8 x float> %1901, <8 x float> %1924)
  store <8 x float> %1925, <8 x float>* %103, align 32
  %1926 = add i64 %1609, 29
  %1927 = getelementptr inbounds float, float* %1, i64 %1926
  %1928 = load float, float* %1927, align 4
  %1929 = insertelement <8 x float> undef, float %1928, i32 0
  %splat179 = shufflevector <8 x float> %1929, <8 x float> undef, <8 x i32> zeroinitializer
  %1930 = load <8 x float>, <8 x float>* %108, align 32
  %1931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat179, <8 x float> %1897, <8 x float> %1930)
  store <8 x float> %1931, <8 x float>* %108, align 32
  %1932 = load <8 x float>, <8 x float>* %102, align 32
  %1933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat179, <8 x float> %1901, <8 x float> %1932)
  store <8 x float> %1933, <8 x float>* %102, align 32
  %1934 = add i64 %1609, 37
  %1935 = getelementptr inbounds float, float* %1, i64 %1934
  %1936 = load float, float* %1935, align 4
  %1937 = insertelement <8 x float> undef, float %1936, i32 0
  %splat180 = shufflevector <8 x float> %1937, <8 x float> undef, <8 x i32> zeroinitializer
  %1938 = load <8 x float>, <8 x float>* %107, align 32
  %1939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat180, <8 x float> %1897, <8 x float> %1938)
  store <8 x float> %1939, <8 x float>* %107, align 32
  %1940 = load <8 x float>, <8 x float>* %101, align 32
  %1941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat180, <8 x float> %1901, <8 x float> %1940)
  store <8 x float> %1941, <8 x float>* %101, align 32
  %1942 = add i64 %1609, 45
  %1943 = getelementptr inbounds float, float* %1, i64 %1942
  %1944 = load float, float* %1943, align 4
  %1945 = insertelement <8 x float> undef, float %1944, i32 0
  %splat181 = shufflevector <8 x float> %1945, <8 x float> undef, <8 x i32> zeroinitializer
  %1946 = load <8 x float>, <8 x float>* %106, align 32
  %1947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat181, <8 x float> %1897, <8 x float> %1946)
  store <8 x float> %1947, <8 x float>* %106, align 32
  %1948 = load <8 x float>, <8 x float>* %100, align 32
  %1949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat181, <8 x float> %1901, <8 x float> %1948)
  store <8 x float> %1949, <8 x float>* %100, align 32
  %1950 = add i64 %1613, 48
  %1951 = getelementptr inbounds float, float* %4, i64 %1950
  %1952 = bitcast float* %1951 to <8 x float>*
  %1953 = load <8 x float>, <8 x float>* %1952, align 4
  %1954 = add i64 %1613, 4656
  %1955 = getelementptr inbounds float, float* %4, i64 %1954
  %1956 = bitcast float* %1955 to <8 x float>*
  %1957 = load <8 x float>, <8 x float>* %1956, align 4
  %1958 = add i64 %1609, 6
  %1959 = getelementptr inbounds float, float* %1, i64 %1958
  %1960 = load float, float* %1959, align 4
  %1961 = insertelement <8 x float> undef, float %1960, i32 0
  %splat182 = shufflevector <8 x float> %1961, <8 x float> undef, <8 x i32> zeroinitializer
  %1962 = load <8 x float>, <8 x float>* %111, align 32
  %1963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat182, <8 x float> %1953, <8 x float> %1962)
  store <8 x float> %1963, <8 x float>* %111, align 32
  %1964 = load <8 x float>, <8 x float>* %105, align 32
  %1965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat182, <8 x float> %1957, <8 x float> %1964)
  store <8 x float> %1965, <8 x float>* %105, align 32
  %1966 = add i64 %1609, 14
  %1967 = getelementptr inbounds float, float* %1, i64 %1966
  %1968 = load float, float* %1967, align 4
  %1969 = insertelement <8 x float> undef, float %1968, i32 0
  %splat183 = shufflevector <8 x float> %1969, <8 x float> undef, <8 x i32> zeroinitializer
  %1970 = load <8 x float>, <8 x float>* %110, align 32
  %1971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat183, <8 x float> %1953, <8 x float> %1970)
  store <8 x float> %1971, <8 x float>* %110, align 32
  %1972 = load <8 x float>, <8 x float>* %104, align 32
  %1973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat183, <8 x float> %1957, <8 x float> %1972)
  store <8 x float> %1973, <8 x float>* %104, align 32
  %1974 = add i64 %1609, 22
  %1975 = getelementptr inbounds float, float* %1, i64 %1974
  %1976 = load float, float* %1975, align 4
  %1977 = insertelement <8 x float> undef, float %1976, i32 0
  %splat184 = shufflevector <8 x float> %1977, <8 x float> undef, <8 x i32> zeroinitializer
  %1978 = load <8 x float>, <8 x float>* %109, align 32
  %1979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat184, <8 x float> %1953, <8 x float> %1978)
  store <8 x float> %1979, <8 x float>* %109, align 32
  %1980 = load <8 x float>, <8 x float>* %103, align 32
  %1981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat184, <8 x float> %1957, <8 x float> %1980)
  store <8 x float> %1981, <8 x float>* %103, align 32
  %1982 = add i64 %1609, 30
  %1983 = getelementptr inbounds float, float* %1, i64 %1982
  %1984 = load float, float* %1983, align 4
  %1985 = insertelement <8 x float> undef, float %1984, i32 0
  %splat185 = shufflevector <8 x float> %1985, <8 x float> undef, <8 x i32> zeroinitializer
  %1986 = load <8 x float>, <8 x float>* %108, align 32
  %1987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat185, <8 x float> %1953, <8 x float> %1986)
  store <8 x float> %1987, <8 x float>* %108, align 32
  %1988 = load <8 x float>, <8 x float>* %102, align 32
  %1989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat185, <8 x float> %1957, <8 x float> %1988)
  store <8 x float> %1989, <8 x float>* %102, align 32
  %1990 = add i64 %1609, 38
  %1991 = getelementptr inbounds float, float* %1, i64 %1990
  %1992 = load float, float* %1991, align 4
  %1993 = insertelement <8 x float> undef, float %1992, i32 0
  %splat186 = shufflevector <8 x float> %1993, <8 x float> undef, <8 x i32> zeroinitializer
  %1994 = load <8 x float>, <8 x float>* %107, align 32
  %1995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1953, <8 x float> %1994)
  store <8 x float> %1995, <8 x float>* %107, align 32
  %1996 = load <8 x float>, <8 x float>* %101, align 32
  %1997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1957, <8 x float> %1996)
  store <8 x float> %1997, <8 x float>* %101, align 32
  %1998 = add i64 %1609, 46
  %1999 = getelementptr inbounds float, float* %1, i64 %1998
  %2000 = load float, float* %1999, align 4
  %2001 = insertelement <8 x float> undef, float %2000, i32 0
  %splat187 = shufflevector <8 x float> %2001, <8 x float> undef, <8 x i32> zeroinitializer
  %2002 = load <8 x float>, <8 x float>* %106, align 32
  %2003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1953, <8 x float> %2002)
  store <8 x float> %2003, <8 x float>* %106, align 32
  %2004 = load <8 x float>, <8 x float>* %100, align 32
  %2005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1957, <8 x float> %2004)
  store <8 x float> %2005, <8 x float>* %100, align 32
  %2006 = add i64 %1613, 56
  %2007 = getelementptr inbounds float, float* %4, i64 %2006
  %2008 = bitcast float* %2007 to <8 x float>*
  %2009 = load <8 x float>, <8 x float>* %2008, align 4
  %2010 = add i64 %1613, 4664
  %2011 = getelementptr inbounds float, float* %4, i64 %2010
  %2012 = bitcast float* %2011 to <8 x float>*
  %2013 = load <8 x float>, <8 x float>* %2012, align 4
  %2014 = add i64 %1609, 7
  %2015 = getelementptr inbounds float, float* %1, i64 %2014
  %2016 = load float, float* %2015, align 4
  %2017 = insertelement <8 x float> undef, float %2016, i32 0
  %splat188 = shufflevector <8 x float> %2017, <8 x float> undef, <8 x i32> zeroinitializer
  %2018 = load <8 x float>, <8 x float>* %111, align 32
  %2019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %2009, <8 x float> %2018)
  store <8 x float> %2019, <8 x float>* %111, align 32
  %2020 = load <8 x float>, <8 x float>* %105, align 32
  %2021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %2013, <8 x float> %2020)
  store <8 x float> %2021, <8 x float>* %105, align 32
  %2022 = add i64 %1609, 15
  %2023 = getelementptr inbounds float, float* %1, i64 %2022
  %2024 = load float, float* %2023, align 4
  %2025 = insertelement <8 x float> undef, float %2024, i32 0
  %splat189 = shufflevector <8 x float> %2025, <8 x float> undef, <8 x i32> zeroinitializer
  %2026 = load <8 x float>, <8 x float>* %110, align 32
  %2027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %2009, <8 x float> %2026)
  store <8 x float> %2027, <8 x float>* %110, align 32
  %2028 = load <8 x float>, <8 x float>* %104, align 32
  %2029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %2013, <8 x float> %2028)
  store <8 x float> %2029, <8 x float>* %104, align 32
  %2030 = add i64 %1609, 23
  %2031 = getelementptr inbounds float, float* %1, i64 %2030
  %2032 = load float, float* %2031, align 4
  %2033 = insertelement <8 x float> undef, float %2032, i32 0
  %splat190 = shufflevector <8 x float> %2033, <8 x float> undef, <8 x i32> zeroinitializer
  %2034 = load <8 x float>, <8 x float>* %109, align 32
  %2035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %2009, <8 x float> %2034)
  store <8 x float> %2035, <8 x float>* %109, align 32
  %2036 = load <8 x float>, <8 x float>* %103, align 32
  %2037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %2013, <8 x float> %2036)
  store <8 x float> %2037, <8 x float>* %103, align 32
  %2038 = add i64 %1609, 31
  %2039 = getelementptr inbounds float, float* %1, i64 %2038
  %2040 = load float, float* %2039, align 4
  %2041 = insertelement <8 x float> undef, float %2040, i32 0
  %splat191 = shufflevector <8 x float> %2041, <8 x float> undef, <8 x i32> zeroinitializer
  %2042 = load <8 x float>, <8 x float>* %108, align 32
  %2043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %2009, <8 x float> %2042)
  store <8 x float> %2043, <8 x float>* %108, align 32
  %2044 = load <8 x float>, <8 x float>* %102, align 32
  %2045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %2013, <8 x float> %2044)
  store <8 x float> %2045, <8 x float>* %102, align 32
  %2046 = add i64 %1609, 39
  %2047 = getelementptr inbounds float, float* %1, i64 %2046
  %2048 = load float, float* %2047, align 4
  %2049 = insertelement <8 x float> undef, float %2048, i32 0
  %splat192 = shufflevector <8 x float> %2049, <8 x float> undef, <8 x i32> zeroinitializer
  %2050 = load <8 x float>, <8 x float>* %107, align 32
  %2051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2009, <8 x float> %2050)
  store <8 x float> %2051, <8 x float>* %107, align 32
  %2052 = load <8 x float>, <8 x float>* %101, align 32
  %2053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2013, <8 x float> %2052)
  store <8 x float> %2053, <8 x float>* %101, align 32
  %2054 = add i64 %1609, 47
  %2055 = getelementptr inbounds float, float* %1, i64 %2054
  %2056 = load float, float* %2055, align 4
  %2057 = insertelement <8 x float> undef, float %2056, i32 0
  %splat193 = shufflevector <8 x float> %2057, <8 x float> undef, <8 x i32> zeroinitializer
  %2058 = load <8 x float>, <8 x float>* %106, align 32
  %2059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2009, <8 x float> %2058)
  store <8 x float> %2059, <8 x float>* %106, align 32
  %2060 = load <8 x float>, <8 x float>* %100, align 32
  %2061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2013, <8 x float> %2060)
  store <8 x float> %2061, <8 x float>* %100, align 32
  %kw.next194 = add i64 %kw145, 1
  br label %kw.header142

kw.exit144:                                       ; preds = %kw.header142
  %kh.next195 = add i64 %kh141, 1
  br label %kh.header138

u.header197:                                      ; preds = %kh.exit203, %u.exit136
  %u200 = phi i64 [ 0, %u.exit136 ], [ %u.next259, %kh.exit203 ]
  %2062 = icmp slt i64 %u200, 8
  br i1 %2062, label %u.body198, label %u.exit199

u.body198:                                        ; preds = %u.header197
  %2063 = mul i64 %u200, 1800
  %2064 = add i64 %1603, %2063
  %2065 = mul i64 %u200, 576
  %2066 = add i64 %153, %2065
  br label %kh.header201

u.exit199:                                        ; preds = %u.header197
  %2067 = mul i64 %145, 8
  %2068 = add i64 %2067, %148
  %2069 = add i64 %2068, 0
  %2070 = mul i64 %2069, 13
  %2071 = add i64 %2070, %142
  %2072 = mul i64 %2071, 13
  %2073 = add i64 %2072, 6
  %2074 = mul i64 %2073, 8
  %2075 = load <8 x float>, <8 x float>* %99, align 32
  %2076 = fcmp ogt <8 x float> %2075, zeroinitializer
  %2077 = select <8 x i1> %2076, <8 x float> %2075, <8 x float> zeroinitializer
  %2078 = getelementptr inbounds float, float* %0, i64 %2074
  %2079 = bitcast float* %2078 to <8 x float>*
  store <8 x float> %2077, <8 x float>* %2079, align 4
  %2080 = add i64 %2072, 7
  %2081 = mul i64 %2080, 8
  %2082 = load <8 x float>, <8 x float>* %98, align 32
  %2083 = fcmp ogt <8 x float> %2082, zeroinitializer
  %2084 = select <8 x i1> %2083, <8 x float> %2082, <8 x float> zeroinitializer
  %2085 = getelementptr inbounds float, float* %0, i64 %2081
  %2086 = bitcast float* %2085 to <8 x float>*
  store <8 x float> %2084, <8 x float>* %2086, align 4
  %2087 = add i64 %2072, 8
  %2088 = mul i64 %2087, 8
  %2089 = load <8 x float>, <8 x float>* %97, align 32
  %2090 = fcmp ogt <8 x float> %2089, zeroinitializer
  %2091 = select <8 x i1> %2090, <8 x float> %2089, <8 x float> zeroinitializer
  %2092 = getelementptr inbounds float, float* %0, i64 %2088
  %2093 = bitcast float* %2092 to <8 x float>*
  store <8 x float> %2091, <8 x float>* %2093, align 4
  %2094 = add i64 %2072, 9
  %2095 = mul i64 %2094, 8
  %2096 = load <8 x float>, <8 x float>* %96, align 32
  %2097 = fcmp ogt <8 x float> %2096, zeroinitializer
  %2098 = select <8 x i1> %2097, <8 x float> %2096, <8 x float> zeroinitializer
  %2099 = getelementptr inbounds float, float* %0, i64 %2095
  %2100 = bitcast float* %2099 to <8 x float>*
  store <8 x float> %2098, <8 x float>* %2100, align 4
  %2101 = add i64 %2072, 10
  %2102 = mul i64 %2101, 8
  %2103 = load <8 x float>, <8 x float>* %95, align 32
  %2104 = fcmp ogt <8 x float> %2103, zeroinitializer
  %2105 = select <8 x i1> %2104, <8 x float> %2103, <8 x float> zeroinitializer
  %2106 = getelementptr inbounds float, float* %0, i64 %2102
  %2107 = bitcast float* %2106 to <8 x float>*
  store <8 x float> %2105, <8 x float>* %2107, align 4
  %2108 = add i64 %2072, 11
  %2109 = mul i64 %2108, 8
  %2110 = load <8 x float>, <8 x float>* %94, align 32
  %2111 = fcmp ogt <8 x float> %2110, zeroinitializer
  %2112 = select <8 x i1> %2111, <8 x float> %2110, <8 x float> zeroinitializer
  %2113 = getelementptr inbounds float, float* %0, i64 %2109
  %2114 = bitcast float* %2113 to <8 x float>*
  store <8 x float> %2112, <8 x float>* %2114, align 4
  %2115 = mul i64 %145, 8
  %2116 = add i64 %2115, %148
  %2117 = add i64 %2116, 1
  %2118 = mul i64 %2117, 13
  %2119 = add i64 %2118, %142
  %2120 = mul i64 %2119, 13
  %2121 = add i64 %2120, 6
  %2122 = mul i64 %2121, 8
  %2123 = load <8 x float>, <8 x float>* %93, align 32
  %2124 = fcmp ogt <8 x float> %2123, zeroinitializer
  %2125 = select <8 x i1> %2124, <8 x float> %2123, <8 x float> zeroinitializer
  %2126 = getelementptr inbounds float, float* %0, i64 %2122
  %2127 = bitcast float* %2126 to <8 x float>*
  store <8 x float> %2125, <8 x float>* %2127, align 4
  %2128 = add i64 %2120, 7
  %2129 = mul i64 %2128, 8
  %2130 = load <8 x float>, <8 x float>* %92, align 32
  %2131 = fcmp ogt <8 x float> %2130, zeroinitializer
  %2132 = select <8 x i1> %2131, <8 x float> %2130, <8 x float> zeroinitializer
  %2133 = getelementptr inbounds float, float* %0, i64 %2129
  %2134 = bitcast float* %2133 to <8 x float>*
  store <8 x float> %2132, <8 x float>* %2134, align 4
  %2135 = add i64 %2120, 8
  %2136 = mul i64 %2135, 8
  %2137 = load <8 x float>, <8 x float>* %91, align 32
  %2138 = fcmp ogt <8 x float> %2137, zeroinitializer
  %2139 = select <8 x i1> %2138, <8 x float> %2137, <8 x float> zeroinitializer
  %2140 = getelementptr inbounds float, float* %0, i64 %2136
  %2141 = bitcast float* %2140 to <8 x float>*
  store <8 x float> %2139, <8 x float>* %2141, align 4
  %2142 = add i64 %2120, 9
  %2143 = mul i64 %2142, 8
  %2144 = load <8 x float>, <8 x float>* %90, align 32
  %2145 = fcmp ogt <8 x float> %2144, zeroinitializer
  %2146 = select <8 x i1> %2145, <8 x float> %2144, <8 x float> zeroinitializer
  %2147 = getelementptr inbounds float, float* %0, i64 %2143
  %2148 = bitcast float* %2147 to <8 x float>*
  store <8 x float> %2146, <8 x float>* %2148, align 4
  %2149 = add i64 %2120, 10
  %2150 = mul i64 %2149, 8
  %2151 = load <8 x float>, <8 x float>* %89, align 32
  %2152 = fcmp ogt <8 x float> %2151, zeroinitializer
  %2153 = select <8 x i1> %2152, <8 x float> %2151, <8 x float> zeroinitializer
  %2154 = getelementptr inbounds float, float* %0, i64 %2150
  %2155 = bitcast float* %2154 to <8 x float>*
  store <8 x float> %2153, <8 x float>* %2155, align 4
  %2156 = add i64 %2120, 11
  %2157 = mul i64 %2156, 8
  %2158 = load <8 x float>, <8 x float>* %88, align 32
  %2159 = fcmp ogt <8 x float> %2158, zeroinitializer
  %2160 = select <8 x i1> %2159, <8 x float> %2158, <8 x float> zeroinitializer
  %2161 = getelementptr inbounds float, float* %0, i64 %2157
  %2162 = bitcast float* %2161 to <8 x float>*
  store <8 x float> %2160, <8 x float>* %2162, align 4
  %2163 = add i64 %148, 0
  %2164 = mul i64 %2163, 8
  %2165 = getelementptr inbounds float, float* %5, i64 %2164
  %2166 = bitcast float* %2165 to <8 x float>*
  %2167 = load <8 x float>, <8 x float>* %2166, align 4
  store <8 x float> %2167, <8 x float>* %87, align 32
  store <8 x float> %2167, <8 x float>* %86, align 32
  store <8 x float> %2167, <8 x float>* %85, align 32
  store <8 x float> %2167, <8 x float>* %84, align 32
  store <8 x float> %2167, <8 x float>* %83, align 32
  store <8 x float> %2167, <8 x float>* %82, align 32
  %2168 = add i64 %148, 1
  %2169 = mul i64 %2168, 8
  %2170 = getelementptr inbounds float, float* %5, i64 %2169
  %2171 = bitcast float* %2170 to <8 x float>*
  %2172 = load <8 x float>, <8 x float>* %2171, align 4
  store <8 x float> %2172, <8 x float>* %81, align 32
  store <8 x float> %2172, <8 x float>* %80, align 32
  store <8 x float> %2172, <8 x float>* %79, align 32
  store <8 x float> %2172, <8 x float>* %78, align 32
  store <8 x float> %2172, <8 x float>* %77, align 32
  store <8 x float> %2172, <8 x float>* %76, align 32
  %2173 = add i64 %154, 0
  %2174 = add i64 %152, %2173
  br label %u.header260

kh.header201:                                     ; preds = %kw.exit207, %u.body198
  %kh204 = phi i64 [ 0, %u.body198 ], [ %kh.next258, %kw.exit207 ]
  %2175 = icmp slt i64 %kh204, 3
  br i1 %2175, label %kh.body202, label %kh.exit203

kh.body202:                                       ; preds = %kh.header201
  %2176 = mul i64 %kh204, 120
  %2177 = add i64 %2064, %2176
  br label %kw.header205

kh.exit203:                                       ; preds = %kh.header201
  %u.next259 = add i64 %u200, 1
  br label %u.header197

kw.header205:                                     ; preds = %kw.body206, %kh.body202
  %kw208 = phi i64 [ 0, %kh.body202 ], [ %kw.next257, %kw.body206 ]
  %2178 = icmp slt i64 %kw208, 3
  br i1 %2178, label %kw.body206, label %kw.exit207

kw.body206:                                       ; preds = %kw.header205
  %2179 = mul i64 %kw208, 8
  %2180 = add i64 %2177, %2179
  %2181 = mul i64 %kh204, 3
  %2182 = add i64 %2181, %kw208
  %2183 = mul i64 %2182, 64
  %2184 = add i64 %2066, %2183
  %2185 = add i64 %2184, 0
  %2186 = getelementptr inbounds float, float* %4, i64 %2185
  %2187 = bitcast float* %2186 to <8 x float>*
  %2188 = load <8 x float>, <8 x float>* %2187, align 4
  %2189 = add i64 %2184, 4608
  %2190 = getelementptr inbounds float, float* %4, i64 %2189
  %2191 = bitcast float* %2190 to <8 x float>*
  %2192 = load <8 x float>, <8 x float>* %2191, align 4
  %2193 = add i64 %2180, 48
  %2194 = getelementptr inbounds float, float* %1, i64 %2193
  %2195 = load float, float* %2194, align 4
  %2196 = insertelement <8 x float> undef, float %2195, i32 0
  %splat209 = shufflevector <8 x float> %2196, <8 x float> undef, <8 x i32> zeroinitializer
  %2197 = load <8 x float>, <8 x float>* %99, align 32
  %2198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2188, <8 x float> %2197)
  store <8 x float> %2198, <8 x float>* %99, align 32
  %2199 = load <8 x float>, <8 x float>* %93, align 32
  %2200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2192, <8 x float> %2199)
  store <8 x float> %2200, <8 x float>* %93, align 32
  %2201 = add i64 %2180, 56
  %2202 = getelementptr inbounds float, float* %1, i64 %2201
  %2203 = load float, float* %2202, align 4
  %2204 = insertelement <8 x float> undef, float %2203, i32 0
  %splat210 = shufflevector <8 x float> %2204, <8 x float> undef, <8 x i32> zeroinitializer
  %2205 = load <8 x float>, <8 x float>* %98, align 32
  %2206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2188, <8 x float> %2205)
  store <8 x float> %2206, <8 x float>* %98, align 32
  %2207 = load <8 x float>, <8 x float>* %92, align 32
  %2208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2192, <8 x float> %2207)
  store <8 x float> %2208, <8 x float>* %92, align 32
  %2209 = add i64 %2180, 64
  %2210 = getelementptr inbounds float, float* %1, i64 %2209
  %2211 = load float, float* %2210, align 4
  %2212 = insertelement <8 x float> undef, float %2211, i32 0
  %splat211 = shufflevector <8 x float> %2212, <8 x float> undef, <8 x i32> zeroinitializer
  %2213 = load <8 x float>, <8 x float>* %97, align 32
  %2214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2188, <8 x float> %2213)
  store <8 x float> %2214, <8 x float>* %97, align 32
  %2215 = load <8 x float>, <8 x float>* %91, align 32
  %2216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2192, <8 x float> %2215)
  store <8 x float> %2216, <8 x float>* %91, align 32
  %2217 = add i64 %2180, 72
  %2218 = getelementptr inbounds float, float* %1, i64 %2217
  %2219 = load float, float* %2218, align 4
  %2220 = insertelement <8 x float> undef, float %2219, i32 0
  %splat212 = shufflevector <8 x float> %2220, <8 x float> undef, <8 x i32> zeroinitializer
  %2221 = load <8 x float>, <8 x float>* %96, align 32
  %2222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2188, <8 x float> %2221)
  store <8 x float> %2222, <8 x float>* %96, align 32
  %2223 = load <8 x float>, <8 x float>* %90, align 32
  %2224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2192, <8 x float> %2223)
  store <8 x float> %2224, <8 x float>* %90, align 32
  %2225 = add i64 %2180, 80
  %2226 = getelementptr inbounds float, float* %1, i64 %2225
  %2227 = load float, float* %2226, align 4
  %2228 = insertelement <8 x float> undef, float %2227, i32 0
  %splat213 = shufflevector <8 x float> %2228, <8 x float> undef, <8 x i32> zeroinitializer
  %2229 = load <8 x float>, <8 x float>* %95, align 32
  %2230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2188, <8 x float> %2229)
  store <8 x float> %2230, <8 x float>* %95, align 32
  %2231 = load <8 x float>, <8 x float>* %89, align 32
  %2232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2192, <8 x float> %2231)
  store <8 x float> %2232, <8 x float>* %89, align 32
  %2233 = add i64 %2180, 88
  %2234 = getelementptr inbounds float, float* %1, i64 %2233
  %2235 = load float, float* %2234, align 4
  %2236 = insertelement <8 x float> undef, float %2235, i32 0
  %splat214 = shufflevector <8 x float> %2236, <8 x float> undef, <8 x i32> zeroinitializer
  %2237 = load <8 x float>, <8 x float>* %94, align 32
  %2238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2188, <8 x float> %2237)
  store <8 x float> %2238, <8 x float>* %94, align 32
  %2239 = load <8 x float>, <8 x float>* %88, align 32
  %2240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2192, <8 x float> %2239)
  store <8 x float> %2240, <8 x float>* %88, align 32
  %2241 = add i64 %2184, 8
  %2242 = getelementptr inbounds float, float* %4, i64 %2241
  %2243 = bitcast float* %2242 to <8 x float>*
  %2244 = load <8 x float>, <8 x float>* %2243, align 4
  %2245 = add i64 %2184, 4616
  %2246 = getelementptr inbounds float, float* %4, i64 %2245
  %2247 = bitcast float* %2246 to <8 x float>*
  %2248 = load <8 x float>, <8 x float>* %2247, align 4
  %2249 = add i64 %2180, 49
  %2250 = getelementptr inbounds float, float* %1, i64 %2249
  %2251 = load float, float* %2250, align 4
  %2252 = insertelement <8 x float> undef, float %2251, i32 0
  %splat215 = shufflevector <8 x float> %2252, <8 x float> undef, <8 x i32> zeroinitializer
  %2253 = load <8 x float>, <8 x float>* %99, align 32
  %2254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2244, <8 x float> %2253)
  store <8 x float> %2254, <8 x float>* %99, align 32
  %2255 = load <8 x float>, <8 x float>* %93, align 32
  %2256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2248, <8 x float> %2255)
  store <8 x float> %2256, <8 x float>* %93, align 32
  %2257 = add i64 %2180, 57
  %2258 = getelementptr inbounds float, float* %1, i64 %2257
  %2259 = load float, float* %2258, align 4
  %2260 = insertelement <8 x float> undef, float %2259, i32 0
  %splat216 = shufflevector <8 x float> %2260, <8 x float> undef, <8 x i32> zeroinitializer
  %2261 = load <8 x float>, <8 x float>* %98, align 32
  %2262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2244, <8 x float> %2261)
  store <8 x float> %2262, <8 x float>* %98, align 32
  %2263 = load <8 x float>, <8 x float>* %92, align 32
  %2264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2248, <8 x float> %2263)
  store <8 x float> %2264, <8 x float>* %92, align 32
  %2265 = add i64 %2180, 65
  %2266 = getelementptr inbounds float, float* %1, i64 %2265
  %2267 = load float, float* %2266, align 4
  %2268 = insertelement <8 x float> undef, float %2267, i32 0
  %splat217 = shufflevector <8 x float> %2268, <8 x float> undef, <8 x i32> zeroinitializer
  %2269 = load <8 x float>, <8 x float>* %97, align 32
  %2270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2244, <8 x float> %2269)
  store <8 x float> %2270, <8 x float>* %97, align 32
  %2271 = load <8 x float>, <8 x float>* %91, align 32
  %2272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2248, <8 x float> %2271)
  store <8 x float> %2272, <8 x float>* %91, align 32
  %2273 = add i64 %2180, 73
  %2274 = getelementptr inbounds float, float* %1, i64 %2273
  %2275 = load float, float* %2274, align 4
  %2276 = insertelement <8 x float> undef, float %2275, i32 0
  %splat218 = shufflevector <8 x float> %2276, <8 x float> undef, <8 x i32> zeroinitializer
  %2277 = load <8 x float>, <8 x float>* %96, align 32
  %2278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2244, <8 x float> %2277)
  store <8 x float> %2278, <8 x float>* %96, align 32
  %2279 = load <8 x float>, <8 x float>* %90, align 32
  %2280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2248, <8 x float> %2279)
  store <8 x float> %2280, <8 x float>* %90, align 32
  %2281 = add i64 %2180, 81
  %2282 = getelementptr inbounds float, float* %1, i64 %2281
  %2283 = load float, float* %2282, align 4
  %2284 = insertelement <8 x float> undef, float %2283, i32 0
  %splat219 = shufflevector <8 x float> %2284, <8 x float> undef, <8 x i32> zeroinitializer
  %2285 = load <8 x float>, <8 x float>* %95, align 32
  %2286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2244, <8 x float> %2285)
  store <8 x float> %2286, <8 x float>* %95, align 32
  %2287 = load <8 x float>, <8 x float>* %89, align 32
  %2288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2248, <8 x float> %2287)
  store <8 x float> %2288, <8 x float>* %89, align 32
  %2289 = add i64 %2180, 89
  %2290 = getelementptr inbounds float, float* %1, i64 %2289
  %2291 = load float, float* %2290, align 4
  %2292 = insertelement <8 x float> undef, float %2291, i32 0
  %splat220 = shufflevector <8 x float> %2292, <8 x float> undef, <8 x i32> zeroinitializer
  %2293 = load <8 x float>, <8 x float>* %94, align 32
  %2294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2244, <8 x float> %2293)
  store <8 x float> %2294, <8 x float>* %94, align 32
  %2295 = load <8 x float>, <8 x float>* %88, align 32
  %2296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2248, <8 x float> %2295)
  store <8 x float> %2296, <8 x float>* %88, align 32
  %2297 = add i64 %2184, 16
  %2298 = getelementptr inbounds float, float* %4, i64 %2297
  %2299 = bitcast float* %2298 to <8 x float>*
  %2300 = load <8 x float>, <8 x float>* %2299, align 4
  %2301 = add i64 %2184, 4624
  %2302 = getelementptr inbounds float, float* %4, i64 %2301
  %2303 = bitcast float* %2302 to <8 x float>*
  %2304 = load <8 x float>, <8 x float>* %2303, align 4
  %2305 = add i64 %2180, 50
  %2306 = getelementptr inbounds float, float* %1, i64 %2305
  %2307 = load float, float* %2306, align 4
  %2308 = insertelement <8 x float> undef, float %2307, i32 0
  %splat221 = shufflevector <8 x float> %2308, <8 x float> undef, <8 x i32> zeroinitializer
  %2309 = load <8 x float>, <8 x float>* %99, align 32
  %2310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2300, <8 x float> %2309)
  store <8 x float> %2310, <8 x float>* %99, align 32
  %2311 = load <8 x float>, <8 x float>* %93, align 32
  %2312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2304, <8 x float> %2311)
  store <8 x float> %2312, <8 x float>* %93, align 32
  %2313 = add i64 %2180, 58
  %2314 = getelementptr inbounds float, float* %1, i64 %2313
  %2315 = load float, float* %2314, align 4
  %2316 = insertelement <8 x float> undef, float %2315, i32 0
  %splat222 = shufflevector <8 x float> %2316, <8 x float> undef, <8 x i32> zeroinitializer
  %2317 = load <8 x float>, <8 x float>* %98, align 32
  %2318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2300, <8 x float> %2317)
  store <8 x float> %2318, <8 x float>* %98, align 32
  %2319 = load <8 x float>, <8 x float>* %92, align 32
  %2320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2304, <8 x float> %2319)
  store <8 x float> %2320, <8 x float>* %92, align 32
  %2321 = add i64 %2180, 66
  %2322 = getelementptr inbounds float, float* %1, i64 %2321
  %2323 = load float, float* %2322, align 4
  %2324 = insertelement <8 x float> undef, float %2323, i32 0
  %splat223 = shufflevector <8 x float> %2324, <8 x float> undef, <8 x i32> zeroinitializer
  %2325 = load <8 x float>, <8 x float>* %97, align 32
  %2326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2300, <8 x float> %2325)
  store <8 x float> %2326, <8 x float>* %97, align 32
  %2327 = load <8 x float>, <8 x float>* %91, align 32
  %2328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2304, <8 x float> %2327)
  store <8 x float> %2328, <8 x float>* %91, align 32
  %2329 = add i64 %2180, 74
  %2330 = getelementptr inbounds float, float* %1, i64 %2329
  %2331 = load float, float* %2330, align 4
  %2332 = insertelement <8 x float> undef, float %2331, i32 0
  %splat224 = shufflevector <8 x float> %2332, <8 x float> undef, <8 x i32> zeroinitializer
  %2333 = load <8 x float>, <8 x float>* %96, align 32
  %2334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2300, <8 x float> %2333)
  store <8 x float> %2334, <8 x float>* %96, align 32
  %2335 = load <8 x float>, <8 x float>* %90, align 32
  %2336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2304, <8 x float> %2335)
  store <8 x float> %2336, <8 x float>* %90, align 32
  %2337 = add i64 %2180, 82
  %2338 = getelementptr inbounds float, float* %1, i64 %2337
  %2339 = load float, float* %2338, align 4
  %2340 = insertelement <8 x float> undef, float %2339, i32 0
  %splat225 = shufflevector <8 x float> %2340, <8 x float> undef, <8 x i32> zeroinitializer
  %2341 = load <8 x float>, <8 x float>* %95, align 32
  %2342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2300, <8 x float> %2341)
  store <8 x float> %2342, <8 x float>* %95, align 32
  %2343 = load <8 x float>, <8 x float>* %89, align 32
  %2344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2304, <8 x float> %2343)
  store <8 x float> %2344, <8 x float>* %89, align 32
  %2345 = add i64 %2180, 90
  %2346 = getelementptr inbounds float, float* %1, i64 %2345
  %2347 = load float, float* %2346, align 4
  %2348 = insertelement <8 x float> undef, float %2347, i32 0
  %splat226 = shufflevector <8 x float> %2348, <8 x float> undef, <8 x i32> zeroinitializer
  %2349 = load <8 x float>, <8 x float>* %94, align 32
  %2350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2300, <8 x float> %2349)
  store <8 x float> %2350, <8 x float>* %94, align 32
  %2351 = load <8 x float>, <8 x float>* %88, align 32
  %2352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2304, <8 x float> %2351)
  store <8 x float> %2352, <8 x float>* %88, align 32
  %2353 = add i64 %2184, 24
  %2354 = getelementptr inbounds float, float* %4, i64 %2353
  %2355 = bitcast float* %2354 to <8 x float>*
  %2356 = load <8 x float>, <8 x float>* %2355, align 4
  %2357 = add i64 %2184, 4632
  %2358 = getelementptr inbounds float, float* %4, i64 %2357
  %2359 = bitcast float* %2358 to <8 x float>*
  %2360 = load <8 x float>, <8 x float>* %2359, align 4
  %2361 = add i64 %2180, 51
  %2362 = getelementptr inbounds float, float* %1, i64 %2361
  %2363 = load float, float* %2362, align 4
  %2364 = insertelement <8 x float> undef, float %2363, i32 0
  %splat227 = shufflevector <8 x float> %2364, <8 x float> undef, <8 x i32> zeroinitializer
  %2365 = load <8 x float>, <8 x float>* %99, align 32
  %2366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2356, <8 x float> %2365)
  store <8 x float> %2366, <8 x float>* %99, align 32
  %2367 = load <8 x float>, <8 x float>* %93, align 32
  %2368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2360, <8 x float> %2367)
  store <8 x float> %2368, <8 x float>* %93, align 32
  %2369 = add i64 %2180, 59
  %2370 = getelementptr inbounds float, float* %1, i64 %2369
  %2371 = load float, float* %2370, align 4
  %2372 = insertelement <8 x float> undef, float %2371, i32 0
  %splat228 = shufflevector <8 x float> %2372, <8 x float> undef, <8 x i32> zeroinitializer
  %2373 = load <8 x float>, <8 x float>* %98, align 32
  %2374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2356, <8 x float> %2373)
  store <8 x float> %2374, <8 x float>* %98, align 32
  %2375 = load <8 x float>, <8 x float>* %92, align 32
  %2376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2360, <8 x float> %2375)
  store <8 x float> %2376, <8 x float>* %92, align 32
  %2377 = add i64 %2180, 67
  %2378 = getelementptr inbounds float, float* %1, i64 %2377
  %2379 = load float, float* %2378, align 4
  %2380 = insertelement <8 x float> undef, float %2379, i32 0
  %splat229 = shufflevector <8 x float> %2380, <8 x float> undef, <8 x i32> zeroinitializer
  %2381 = load <8 x float>, <8 x float>* %97, align 32
  %2382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2356, <8 x float> %2381)
  store <8 x float> %2382, <8 x float>* %97, align 32
  %2383 = load <8 x float>, <8 x float>* %91, align 32
  %2384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2360, <8 x float> %2383)
  store <8 x float> %2384, <8 x float>* %91, align 32
  %2385 = add i64 %2180, 75
  %2386 = getelementptr inbounds float, float* %1, i64 %2385
  %2387 = load float, float* %2386, align 4
  %2388 = insertelement <8 x float> undef, float %2387, i32 0
  %splat230 = shufflevector <8 x float> %2388, <8 x float> undef, <8 x i32> zeroinitializer
  %2389 = load <8 x float>, <8 x float>* %96, align 32
  %2390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2356, <8 x float> %2389)
  store <8 x float> %2390, <8 x float>* %96, align 32
  %2391 = load <8 x float>, <8 x float>* %90, align 32
  %2392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2360, <8 x float> %2391)
  store <8 x float> %2392, <8 x float>* %90, align 32
  %2393 = add i64 %2180, 83
  %2394 = getelementptr inbounds float, float* %1, i64 %2393
  %2395 = load float, float* %2394, align 4
  %2396 = insertelement <8 x float> undef, float %2395, i32 0
  %splat231 = shufflevector <8 x float> %2396, <8 x float> undef, <8 x i32> zeroinitializer
  %2397 = load <8 x float>, <8 x float>* %95, align 32
  %2398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2356, <8 x float> %2397)
  store <8 x float> %2398, <8 x float>* %95, align 32
  %2399 = load <8 x float>, <8 x float>* %89, align 32
  %2400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2360, <8 x float> %2399)
  store <8 x float> %2400, <8 x float>* %89, align 32
  %2401 = add i64 %2180, 91
  %2402 = getelementptr inbounds float, float* %1, i64 %2401
  %2403 = load float, float* %2402, align 4
  %2404 = insertelement <8 x float> undef, float %2403, i32 0
  %splat232 = shufflevector <8 x float> %2404, <8 x float> undef, <8 x i32> zeroinitializer
  %2405 = load <8 x float>, <8 x float>* %94, align 32
  %2406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2356, <8 x float> %2405)
  store <8 x float> %2406, <8 x float>* %94, align 32
  %2407 = load <8 x float>, <8 x float>* %88, align 32
  %2408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2360, <8 x float> %2407)
  store <8 x float> %2408, <8 x float>* %88, align 32
  %2409 = add i64 %2184, 32
  %2410 = getelementptr inbounds float, float* %4, i64 %2409
  %2411 = bitcast float* %2410 to <8 x float>*
  %2412 = load <8 x float>, <8 x float>* %2411, align 4
  %2413 = add i64 %2184, 4640
  %2414 = getelementptr inbounds float, float* %4, i64 %2413
  %2415 = bitcast float* %2414 to <8 x float>*
  %2416 = load <8 x float>, <8 x float>* %2415, align 4
  %2417 = add i64 %2180, 52
  %2418 = getelementptr inbounds float, float* %1, i64 %2417
  %2419 = load float, float* %2418, align 4
  %2420 = insertelement <8 x float> undef, float %2419, i32 0
  %splat233 = shufflevector <8 x float> %2420, <8 x float> undef, <8 x i32> zeroinitializer
  %2421 = load <8 x float>, <8 x float>* %99, align 32
  %2422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2412, <8 x float> %2421)
  store <8 x float> %2422, <8 x float>* %99, align 32
  %2423 = load <8 x float>, <8 x float>* %93, align 32
  %2424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2416, <8 x float> %2423)
  store <8 x float> %2424, <8 x float>* %93, align 32
  %2425 = add i64 %2180, 60
  %2426 = getelementptr inbounds float, float* %1, i64 %2425
  %2427 = load float, float* %2426, align 4
  %2428 = insertelement <8 x float> undef, float %2427, i32 0
  %splat234 = shufflevector <8 x float> %2428, <8 x float> undef, <8 x i32> zeroinitializer
  %2429 = load <8 x float>, <8 x float>* %98, align 32
  %2430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat234, <8 x float> %2412, <8 x float> %2429)
  store <8 x float> %2430, <8 x float>* %98, align 32
  %2431 = load <8 x float>, <8 x float>* %92, align 32
  %2432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat234, <8 x float> %2416, <8 x float> %2431)
  store <8 x float> %2432, <8 x float>* %92, align 32
  %2433 = add i64 %2180, 68
  %2434 = getelementptr inbounds float, float* %1, i64 %2433
  %2435 = load float, float* %2434, align 4
  %2436 = insertelement <8 x float> undef, float %2435, i32 0
  %splat235 = shufflevector <8 x float> %2436, <8 x float> undef, <8 x i32> zeroinitializer
  %2437 = load <8 x float>, <8 x float>* %97, align 32
  %2438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat235, <8 x float> %2412, <8 x float> %2437)
  store <8 x float> %2438, <8 x float>* %97, align 32
  %2439 = load <8 x float>, <8 x float>* %91, align 32
  %2440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat235, <8 x float> %2416, <8 x float> %2439)
  store <8 x float> %2440, <8 x float>* %91, align 32
  %2441 = add i64 %2180, 76
  %2442 = getelementptr inbounds float, float* %1, i64 %2441
  %2443 = load float, float* %2442, align 4
  %2444 = insertelement <8 x float> undef, float %2443, i32 0
  %splat236 = shufflevector <8 x float> %2444, <8 x float> undef, <8 x i32> zeroinitializer
  %2445 = load <8 x float>, <8 x float>* %96, align 32
  %2446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat236, <8 x float> %2412, <8 x float> %2445)
  store <8 x float> %2446, <8 x float>* %96, align 32
  %2447 = load <8 x float>, <8 x float>* %90, align 32
  %2448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat236, <8 x float> %2416, <8 x float> %2447)
  store <8 x float> %2448, <8 x float>* %90, align 32
  %2449 = add i64 %2180, 84
  %2450 = getelementptr inbounds float, float* %1, i64 %2449
  %2451 = load float, float* %2450, align 4
  %2452 = insertelement <8 x float> undef, float %2451, i32 0
  %splat237 = shufflevector <8 x float> %2452, <8 x float> undef, <8 x i32> zeroinitializer
  %2453 = load <8 x float>, <8 x float>* %95, align 32
  %2454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat237, <8 x float> %2412, <8 x float> %2453)
  store <8 x float> %2454, <8 x float>* %95, align 32
  %2455 = load <8 x float>, <8 x float>* %89, align 32
  %2456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat237, <8 x float> %2416, <8 x float> %2455)
  store <8 x float> %2456, <8 x float>* %89, align 32
  %2457 = add i64 %2180, 92
  %2458 = getelementptr inbounds float, float* %1, i64 %2457
  %2459 = load float, float* %2458, align 4
  %2460 = insertelement <8 x float> undef, float %2459, i32 0
  %splat238 = shufflevector <8 x float> %2460, <8 x float> undef, <8 x i32> zeroinitializer
  %2461 = load <8 x float>, <8 x float>* %94, align 32
  %2462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat238, <8 x float> %2412, <8 x float> %2461)
  store <8 x float> %2462, <8 x float>* %94, align 32
  %2463 = load <8 x float>, <8 x float>* %88, align 32
  %2464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat238, <8 x float> %2416, <8 x float> %2463)
  store <8 x float> %2464, <8 x float>* %88, align 32
  %2465 = add i64 %2184, 40
  %2466 = getelementptr inbounds float, float* %4, i64 %2465
  %2467 = bitcast float* %2466 to <8 x float>*
  %2468 = load <8 x float>, <8 x float>* %2467, align 4
  %2469 = add i64 %2184, 4648
  %2470 = getelementptr inbounds float, float* %4, i64 %2469
  %2471 = bitcast float* %2470 to <8 x float>*
  %2472 = load <8 x float>, <8 x float>* %2471, align 4
  %2473 = add i64 %2180, 53
  %2474 = getelementptr inbounds float, float* %1, i64 %2473
  %2475 = load float, float* %2474, align 4
  %2476 = insertelement <8 x float> undef, float %2475, i32 0
  %splat239 = shufflevector <8 x float> %2476, <8 x float> undef, <8 x i32> zeroinitializer
  %2477 = load <8 x float>, <8 x float>* %99, align 32
  %2478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat239, <8 x float> %2468, <8 x float> %2477)
  store <8 x float> %2478, <8 x float>* %99, align 32
  %2479 = load <8 x float>, <8 x float>* %93, align 32
  %2480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat239, <8 x float> %2472, <8 x float> %2479)
  store <8 x float> %2480, <8 x float>* %93, align 32
  %2481 = add i64 %2180, 61
  %2482 = getelementptr inbounds float, float* %1, i64 %2481
  %2483 = load float, float* %2482, align 4
  %2484 = insertelement <8 x float> undef, float %2483, i32 0
  %splat240 = shufflevector <8 x float> %2484, <8 x float> undef, <8 x i32> zeroinitializer
  %2485 = load <8 x float>, <8 x float>* %98, align 32
  %2486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat240, <8 x float> %2468, <8 x float> %2485)
  store <8 x float> %2486, <8 x float>* %98, align 32
  %2487 = load <8 x float>, <8 x float>* %92, align 32
  %2488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat240, <8 x float> %2472, <8 x float> %2487)
  store <8 x float> %2488, <8 x float>* %92, align 32
  %2489 = add i64 %2180, 69
  %2490 = getelementptr inbounds float, float* %1, i64 %2489
  %2491 = load float, float* %2490, align 4
  %2492 = insertelement <8 x float> undef, float %2491, i32 0
  %splat241 = shufflevector <8 x float> %2492, <8 x float> undef, <8 x i32> zeroinitializer
  %2493 = load <8 x float>, <8 x float>* %97, align 32
  %2494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat241, <8 x float> %2468, <8 x float> %2493)
  store <8 x float> %2494, <8 x float>* %97, align 32
  %2495 = load <8 x float>, <8 x float>* %91, align 32
  %2496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat241, <8 x float> %2472, <8 x float> %2495)
  store <8 x float> %2496, <8 x float>* %91, align 32
  %2497 = add i64 %2180, 77
  %2498 = getelementptr inbounds float, float* %1, i64 %2497
  %2499 = load float, float* %2498, align 4
  %2500 = insertelement <8 x float> undef, float %2499, i32 0
  %splat242 = shufflevector <8 x float> %2500, <8 x float> undef, <8 x i32> zeroinitializer
  %2501 = load <8 x float>, <8 x float>* %96, align 32
  %2502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat242, <8 x float> %2468, <8 x float> %2501)
  store <8 x float> %2502, <8 x float>* %96, align 32
  %2503 = load <8 x float>, <8 x float>* %90, align 32
  %2504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat242, <8 x float> %2472, <8 x float> %2503)
  store <8 x float> %2504, <8 x float>* %90, align 32
  %2505 = add i64 %2180, 85
  %2506 = getelementptr inbounds float, float* %1, i64 %2505
  %2507 = load float, float* %2506, align 4
  %2508 = insertelement <8 x float> undef, float %2507, i32 0
  %splat243 = shufflevector <8 x float> %2508, <8 x float> undef, <8 x i32> zeroinitializer
  %2509 = load <8 x float>, <8 x float>* %95, align 32
  %2510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat243, <8 x float> %2468, <8 x float> %2509)
  store <8 x float> %2510, <8 x float>* %95, align 32
  %2511 = load <8 x float>, <8 x float>* %89, align 32
  %2512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat243, <8 x float> %2472, <8 x float> %2511)
  store <8 x float> %2512, <8 x float>* %89, align 32
  %2513 = add i64 %2180, 93
  %2514 = getelementptr inbounds float, float* %1, i64 %2513
  %2515 = load float, float* %2514, align 4
  %2516 = insertelement <8 x float> undef, float %2515, i32 0
  %splat244 = shufflevector <8 x float> %2516, <8 x float> undef, <8 x i32> zeroinitializer
  %2517 = load <8 x float>, <8 x float>* %94, align 32
  %2518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat244, <8 x float> %2468, <8 x float> %2517)
  store <8 x float> %2518, <8 x float>* %94, align 32
  %2519 = load <8 x float>, <8 x float>* %88, align 32
  %2520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat244, <8 x float> %2472, <8 x float> %2519)
  store <8 x float> %2520, <8 x float>* %88, align 32
  %2521 = add i64 %2184, 48
  %2522 = getelementptr inbounds float, float* %4, i64 %2521
  %2523 = bitcast float* %2522 to <8 x float>*
  %2524 = load <8 x float>, <8 x float>* %2523, align 4
  %2525 = add i64 %2184, 4656
  %2526 = getelementptr inbounds float, float* %4, i64 %2525
  %2527 = bitcast float* %2526 to <8 x float>*
  %2528 = load <8 x float>, <8 x float>* %2527, align 4
  %2529 = add i64 %2180, 54
  %2530 = getelementptr inbounds float, float* %1, i64 %2529
  %2531 = load float, float* %2530, align 4
  %2532 = insertelement <8 x float> undef, float %2531, i32 0
  %splat245 = shufflevector <8 x float> %2532, <8 x float> undef, <8 x i32> zeroinitializer
  %2533 = load <8 x float>, <8 x float>* %99, align 32
  %2534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat245, <8 x float> %2524, <8 x float> %2533)
  store <8 x float> %2534, <8 x float>* %99, align 32
  %2535 = load <8 x float>, <8 x float>* %93, align 32
  %2536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat245, <8 x float> %2528, <8 x float> %2535)
  store <8 x float> %2536, <8 x float>* %93, align 32
  %2537 = add i64 %2180, 62
  %2538 = getelementptr inbounds float, float* %1, i64 %2537
  %2539 = load float, float* %2538, align 4
  %2540 = insertelement <8 x float> undef, float %2539, i32 0
  %splat246 = shufflevector <8 x float> %2540, <8 x float> undef, <8 x i32> zeroinitializer
  %2541 = load <8 x float>, <8 x float>* %98, align 32
  %2542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat246, <8 x float> %2524, <8 x float> %2541)
  store <8 x float> %2542, <8 x float>* %98, align 32
  %2543 = load <8 x float>, <8 x float>* %92, align 32
  %2544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat246, <8 x float> %2528, <8 x float> %2543)
  store <8 x float> %2544, <8 x float>* %92, align 32
  %2545 = add i64 %2180, 70
  %2546 = getelementptr inbounds float, float* %1, i64 %2545
  %2547 = load float, float* %2546, align 4
  %2548 = insertelement <8 x float> undef, float %2547, i32 0
  %splat247 = shufflevector <8 x float> %2548, <8 x float> undef, <8 x i32> zeroinitializer
  %2549 = load <8 x float>, <8 x float>* %97, align 32
  %2550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat247, <8 x float> %2524, <8 x float> %2549)
  store <8 x float> %2550, <8 x float>* %97, align 32
  %2551 = load <8 x float>, <8 x float>* %91, align 32
  %2552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat247, <8 x float> %2528, <8 x float> %2551)
  store <8 x float> %2552, <8 x float>* %91, align 32
  %2553 = add i64 %2180, 78
  %2554 = getelementptr inbounds float, float* %1, i64 %2553
  %2555 = load float, float* %2554, align 4
  %2556 = insertelement <8 x float> undef, float %2555, i32 0
  %splat248 = shufflevector <8 x float> %2556, <8 x float> undef, <8 x i32> zeroinitializer
  %2557 = load <8 x float>, <8 x float>* %96, align 32
  %2558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat248, <8 x float> %2524, <8 x float> %2557)
  store <8 x float> %2558, <8 x float>* %96, align 32
  %2559 = load <8 x float>, <8 x float>* %90, align 32
  %2560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat248, <8 x float> %2528, <8 x float> %2559)
  store <8 x float> %2560, <8 x float>* %90, align 32
  %2561 = add i64 %2180, 86
  %2562 = getelementptr inbounds float, float* %1, i64 %2561
  %2563 = load float, float* %2562, align 4
  %2564 = insertelement <8 x float> undef, float %2563, i32 0
  %splat249 = shufflevector <8 x float> %2564, <8 x float> undef, <8 x i32> zeroinitializer
  %2565 = load <8 x float>, <8 x float>* %95, align 32
  %2566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2524, <8 x float> %2565)
  store <8 x float> %2566, <8 x float>* %95, align 32
  %2567 = load <8 x float>, <8 x float>* %89, align 32
  %2568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2528, <8 x float> %2567)
  store <8 x float> %2568, <8 x float>* %89, align 32
  %2569 = add i64 %2180, 94
  %2570 = getelementptr inbounds float, float* %1, i64 %2569
  %2571 = load float, float* %2570, align 4
  %2572 = insertelement <8 x float> undef, float %2571, i32 0
  %splat250 = shufflevector <8 x float> %2572, <8 x float> undef, <8 x i32> zeroinitializer
  %2573 = load <8 x float>, <8 x float>* %94, align 32
  %2574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2524, <8 x float> %2573)
  store <8 x float> %2574, <8 x float>* %94, align 32
  %2575 = load <8 x float>, <8 x float>* %88, align 32
  %2576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2528, <8 x float> %2575)
  store <8 x float> %2576, <8 x float>* %88, align 32
  %2577 = add i64 %2184, 56
  %2578 = getelementptr inbounds float, float* %4, i64 %2577
  %2579 = bitcast float* %2578 to <8 x float>*
  %2580 = load <8 x float>, <8 x float>* %2579, align 4
  %2581 = add i64 %2184, 4664
  %2582 = getelementptr inbounds float, float* %4, i64 %2581
  %2583 = bitcast float* %2582 to <8 x float>*
  %2584 = load <8 x float>, <8 x float>* %2583, align 4
  %2585 = add i64 %2180, 55
  %2586 = getelementptr inbounds float, float* %1, i64 %2585
  %2587 = load float, float* %2586, align 4
  %2588 = insertelement <8 x float> undef, float %2587, i32 0
  %splat251 = shufflevector <8 x float> %2588, <8 x float> undef, <8 x i32> zeroinitializer
  %2589 = load <8 x float>, <8 x float>* %99, align 32
  %2590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2580, <8 x float> %2589)
  store <8 x float> %2590, <8 x float>* %99, align 32
  %2591 = load <8 x float>, <8 x float>* %93, align 32
  %2592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2584, <8 x float> %2591)
  store <8 x float> %2592, <8 x float>* %93, align 32
  %2593 = add i64 %2180, 63
  %2594 = getelementptr inbounds float, float* %1, i64 %2593
  %2595 = load float, float* %2594, align 4
  %2596 = insertelement <8 x float> undef, float %2595, i32 0
  %splat252 = shufflevector <8 x float> %2596, <8 x float> undef, <8 x i32> zeroinitializer
  %2597 = load <8 x float>, <8 x float>* %98, align 32
  %2598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2580, <8 x float> %2597)
  store <8 x float> %2598, <8 x float>* %98, align 32
  %2599 = load <8 x float>, <8 x float>* %92, align 32
  %2600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2584, <8 x float> %2599)
  store <8 x float> %2600, <8 x float>* %92, align 32
  %2601 = add i64 %2180, 71
  %2602 = getelementptr inbounds float, float* %1, i64 %2601
  %2603 = load float, float* %2602, align 4
  %2604 = insertelement <8 x float> undef, float %2603, i32 0
  %splat253 = shufflevector <8 x float> %2604, <8 x float> undef, <8 x i32> zeroinitializer
  %2605 = load <8 x float>, <8 x float>* %97, align 32
  %2606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2580, <8 x float> %2605)
  store <8 x float> %2606, <8 x float>* %97, align 32
  %2607 = load <8 x float>, <8 x float>* %91, align 32
  %2608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2584, <8 x float> %2607)
  store <8 x float> %2608, <8 x float>* %91, align 32
  %2609 = add i64 %2180, 79
  %2610 = getelementptr inbounds float, float* %1, i64 %2609
  %2611 = load float, float* %2610, align 4
  %2612 = insertelement <8 x float> undef, float %2611, i32 0
  %splat254 = shufflevector <8 x float> %2612, <8 x float> undef, <8 x i32> zeroinitializer
  %2613 = load <8 x float>, <8 x float>* %96, align 32
  %2614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2580, <8 x float> %2613)
  store <8 x float> %2614, <8 x float>* %96, align 32
  %2615 = load <8 x float>, <8 x float>* %90, align 32
  %2616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2584, <8 x float> %2615)
  store <8 x float> %2616, <8 x float>* %90, align 32
  %2617 = add i64 %2180, 87
  %2618 = getelementptr inbounds float, float* %1, i64 %2617
  %2619 = load float, float* %2618, align 4
  %2620 = insertelement <8 x float> undef, float %2619, i32 0
  %splat255 = shufflevector <8 x float> %2620, <8 x float> undef, <8 x i32> zeroinitializer
  %2621 = load <8 x float>, <8 x float>* %95, align 32
  %2622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2580, <8 x float> %2621)
  store <8 x float> %2622, <8 x float>* %95, align 32
  %2623 = load <8 x float>, <8 x float>* %89, align 32
  %2624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2584, <8 x float> %2623)
  store <8 x float> %2624, <8 x float>* %89, align 32
  %2625 = add i64 %2180, 95
  %2626 = getelementptr inbounds float, float* %1, i64 %2625
  %2627 = load float, float* %2626, align 4
  %2628 = insertelement <8 x float> undef, float %2627, i32 0
  %splat256 = shufflevector <8 x float> %2628, <8 x float> undef, <8 x i32> zeroinitializer
  %2629 = load <8 x float>, <8 x float>* %94, align 32
  %2630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2580, <8 x float> %2629)
  store <8 x float> %2630, <8 x float>* %94, align 32
  %2631 = load <8 x float>, <8 x float>* %88, align 32
  %2632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2584, <8 x float> %2631)
  store <8 x float> %2632, <8 x float>* %88, align 32
  %kw.next257 = add i64 %kw208, 1
  br label %kw.header205

kw.exit207:                                       ; preds = %kw.header205
  %kh.next258 = add i64 %kh204, 1
  br label %kh.header201

u.header260:                                      ; preds = %kh.exit266, %u.exit199
  %u263 = phi i64 [ 0, %u.exit199 ], [ %u.next322, %kh.exit266 ]
  %2633 = icmp slt i64 %u263, 8
  br i1 %2633, label %u.body261, label %u.exit262

u.body261:                                        ; preds = %u.header260
  %2634 = mul i64 %u263, 1800
  %2635 = add i64 %2174, %2634
  %2636 = mul i64 %u263, 576
  %2637 = add i64 %153, %2636
  br label %kh.header264

u.exit262:                                        ; preds = %u.header260
  %2638 = mul i64 %145, 8
  %2639 = add i64 %2638, %148
  %2640 = add i64 %2639, 0
  %2641 = mul i64 %2640, 13
  %2642 = add i64 %2641, %142
  %2643 = mul i64 %2642, 13
  %2644 = add i64 %2643, 12
  %2645 = mul i64 %2644, 8
  %2646 = load <8 x float>, <8 x float>* %87, align 32
  %2647 = fcmp ogt <8 x float> %2646, zeroinitializer
  %2648 = select <8 x i1> %2647, <8 x float> %2646, <8 x float> zeroinitializer
  %2649 = getelementptr inbounds float, float* %0, i64 %2645
  %2650 = bitcast float* %2649 to <8 x float>*
  store <8 x float> %2648, <8 x float>* %2650, align 4
  %2651 = add i64 %2643, 13
  %2652 = mul i64 %2651, 8
  %2653 = load <8 x float>, <8 x float>* %86, align 32
  %2654 = fcmp ogt <8 x float> %2653, zeroinitializer
  %2655 = select <8 x i1> %2654, <8 x float> %2653, <8 x float> zeroinitializer
  %2656 = getelementptr inbounds float, float* %0, i64 %2652
  %2657 = bitcast float* %2656 to <8 x float>*
  store <8 x float> %2655, <8 x float>* %2657, align 4
  %2658 = add i64 %2643, 14
  %2659 = mul i64 %2658, 8
  %2660 = load <8 x float>, <8 x float>* %85, align 32
  %2661 = fcmp ogt <8 x float> %2660, zeroinitializer
  %2662 = select <8 x i1> %2661, <8 x float> %2660, <8 x float> zeroinitializer
  %2663 = getelementptr inbounds float, float* %0, i64 %2659
  %2664 = bitcast float* %2663 to <8 x float>*
  store <8 x float> %2662, <8 x float>* %2664, align 4
  %2665 = add i64 %2643, 15
  %2666 = mul i64 %2665, 8
  %2667 = load <8 x float>, <8 x float>* %84, align 32
  %2668 = fcmp ogt <8 x float> %2667, zeroinitializer
  %2669 = select <8 x i1> %2668, <8 x float> %2667, <8 x float> zeroinitializer
  %2670 = getelementptr inbounds float, float* %0, i64 %2666
  %2671 = bitcast float* %2670 to <8 x float>*
  store <8 x float> %2669, <8 x float>* %2671, align 4
  %2672 = add i64 %2643, 16
  %2673 = mul i64 %2672, 8
  %2674 = load <8 x float>, <8 x float>* %83, align 32
  %2675 = fcmp ogt <8 x float> %2674, zeroinitializer
  %2676 = select <8 x i1> %2675, <8 x float> %2674, <8 x float> zeroinitializer
  %2677 = getelementptr inbounds float, float* %0, i64 %2673
  %2678 = bitcast float* %2677 to <8 x float>*
  store <8 x float> %2676, <8 x float>* %2678, align 4
  %2679 = add i64 %2643, 17
  %2680 = mul i64 %2679, 8
  %2681 = load <8 x float>, <8 x float>* %82, align 32
  %2682 = fcmp ogt <8 x float> %2681, zeroinitializer
  %2683 = select <8 x i1> %2682, <8 x float> %2681, <8 x float> zeroinitializer
  %2684 = getelementptr inbounds float, float* %0, i64 %2680
  %2685 = bitcast float* %2684 to <8 x float>*
  store <8 x float> %2683, <8 x float>* %2685, align 4
  %2686 = mul i64 %145, 8
  %2687 = add i64 %2686, %148
  %2688 = add i64 %2687, 1
  %2689 = mul i64 %2688, 13
  %2690 = add i64 %2689, %142
  %2691 = mul i64 %2690, 13
  %2692 = add i64 %2691, 12
  %2693 = mul i64 %2692, 8
  %2694 = load <8 x float>, <8 x float>* %81, align 32
  %2695 = fcmp ogt <8 x float> %2694, zeroinitializer
  %2696 = select <8 x i1> %2695, <8 x float> %2694, <8 x float> zeroinitializer
  %2697 = getelementptr inbounds float, float* %0, i64 %2693
  %2698 = bitcast float* %2697 to <8 x float>*
  store <8 x float> %2696, <8 x float>* %2698, align 4
  %2699 = add i64 %2691, 13
  %2700 = mul i64 %2699, 8
  %2701 = load <8 x float>, <8 x float>* %80, align 32
  %2702 = fcmp ogt <8 x float> %2701, zeroinitializer
  %2703 = select <8 x i1> %2702, <8 x float> %2701, <8 x float> zeroinitializer
  %2704 = getelementptr inbounds float, float* %0, i64 %2700
  %2705 = bitcast float* %2704 to <8 x float>*
  store <8 x float> %2703, <8 x float>* %2705, align 4
  %2706 = add i64 %2691, 14
  %2707 = mul i64 %2706, 8
  %2708 = load <8 x float>, <8 x float>* %79, align 32
  %2709 = fcmp ogt <8 x float> %2708, zeroinitializer
  %2710 = select <8 x i1> %2709, <8 x float> %2708, <8 x float> zeroinitializer
  %2711 = getelementptr inbounds float, float* %0, i64 %2707
  %2712 = bitcast float* %2711 to <8 x float>*
  store <8 x float> %2710, <8 x float>* %2712, align 4
  %2713 = add i64 %2691, 15
  %2714 = mul i64 %2713, 8
  %2715 = load <8 x float>, <8 x float>* %78, align 32
  %2716 = fcmp ogt <8 x float> %2715, zeroinitializer
  %2717 = select <8 x i1> %2716, <8 x float> %2715, <8 x float> zeroinitializer
  %2718 = getelementptr inbounds float, float* %0, i64 %2714
  %2719 = bitcast float* %2718 to <8 x float>*
  store <8 x float> %2717, <8 x float>* %2719, align 4
  %2720 = add i64 %2691, 16
  %2721 = mul i64 %2720, 8
  %2722 = load <8 x float>, <8 x float>* %77, align 32
  %2723 = fcmp ogt <8 x float> %2722, zeroinitializer
  %2724 = select <8 x i1> %2723, <8 x float> %2722, <8 x float> zeroinitializer
  %2725 = getelementptr inbounds float, float* %0, i64 %2721
  %2726 = bitcast float* %2725 to <8 x float>*
  store <8 x float> %2724, <8 x float>* %2726, align 4
  %2727 = add i64 %2691, 17
  %2728 = mul i64 %2727, 8
  %2729 = load <8 x float>, <8 x float>* %76, align 32
  %2730 = fcmp ogt <8 x float> %2729, zeroinitializer
  %2731 = select <8 x i1> %2730, <8 x float> %2729, <8 x float> zeroinitializer
  %2732 = getelementptr inbounds float, float* %0, i64 %2728
  %2733 = bitcast float* %2732 to <8 x float>*
  store <8 x float> %2731, <8 x float>* %2733, align 4
  %2734 = add i64 %148, 0
  %2735 = mul i64 %2734, 8
  %2736 = getelementptr inbounds float, float* %5, i64 %2735
  %2737 = bitcast float* %2736 to <8 x float>*
  %2738 = load <8 x float>, <8 x float>* %2737, align 4
  store <8 x float> %2738, <8 x float>* %75, align 32
  store <8 x float> %2738, <8 x float>* %74, align 32
  store <8 x float> %2738, <8 x float>* %73, align 32
  store <8 x float> %2738, <8 x float>* %72, align 32
  store <8 x float> %2738, <8 x float>* %71, align 32
  store <8 x float> %2738, <8 x float>* %70, align 32
  %2739 = add i64 %148, 1
  %2740 = mul i64 %2739, 8
  %2741 = getelementptr inbounds float, float* %5, i64 %2740
  %2742 = bitcast float* %2741 to <8 x float>*
  %2743 = load <8 x float>, <8 x float>* %2742, align 4
  store <8 x float> %2743, <8 x float>* %69, align 32
  store <8 x float> %2743, <8 x float>* %68, align 32
  store <8 x float> %2743, <8 x float>* %67, align 32
  store <8 x float> %2743, <8 x float>* %66, align 32
  store <8 x float> %2743, <8 x float>* %65, align 32
  store <8 x float> %2743, <8 x float>* %64, align 32
  %2744 = add i64 %154, 0
  %2745 = add i64 %152, %2744
  br label %u.header323

kh.header264:                                     ; preds = %kw.exit270, %u.body261
  %kh267 = phi i64 [ 0, %u.body261 ], [ %kh.next321, %kw.exit270 ]
  %2746 = icmp slt i64 %kh267, 3
  br i1 %2746, label %kh.body265, label %kh.exit266

kh.body265:                                       ; preds = %kh.header264
  %2747 = mul i64 %kh267, 120
  %2748 = add i64 %2635, %2747
  br label %kw.header268

kh.exit266:                                       ; preds = %kh.header264
  %u.next322 = add i64 %u263, 1
  br label %u.header260

kw.header268:                                     ; preds = %kw.body269, %kh.body265
  %kw271 = phi i64 [ 0, %kh.body265 ], [ %kw.next320, %kw.body269 ]
  %2749 = icmp slt i64 %kw271, 3
  br i1 %2749, label %kw.body269, label %kw.exit270

kw.body269:                                       ; preds = %kw.header268
  %2750 = mul i64 %kw271, 8
  %2751 = add i64 %2748, %2750
  %2752 = mul i64 %kh267, 3
  %2753 = add i64 %2752, %kw271
  %2754 = mul i64 %2753, 64
  %2755 = add i64 %2637, %2754
  %2756 = add i64 %2755, 0
  %2757 = getelementptr inbounds float, float* %4, i64 %2756
  %2758 = bitcast float* %2757 to <8 x float>*
  %2759 = load <8 x float>, <8 x float>* %2758, align 4
  %2760 = add i64 %2755, 4608
  %2761 = getelementptr inbounds float, float* %4, i64 %2760
  %2762 = bitcast float* %2761 to <8 x float>*
  %2763 = load <8 x float>, <8 x float>* %2762, align 4
  %2764 = add i64 %2751, 96
  %2765 = getelementptr inbounds float, float* %1, i64 %2764
  %2766 = load float, float* %2765, align 4
  %2767 = insertelement <8 x float> undef, float %2766, i32 0
  %splat272 = shufflevector <8 x float> %2767, <8 x float> undef, <8 x i32> zeroinitializer
  %2768 = load <8 x float>, <8 x float>* %87, align 32
  %2769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2759, <8 x float> %2768)
  store <8 x float> %2769, <8 x float>* %87, align 32
  %2770 = load <8 x float>, <8 x float>* %81, align 32
  %2771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2763, <8 x float> %2770)
  store <8 x float> %2771, <8 x float>* %81, align 32
  %2772 = add i64 %2751, 120
  %2773 = getelementptr inbounds float, float* %1, i64 %2772
  %2774 = load float, float* %2773, align 4
  %2775 = insertelement <8 x float> undef, float %2774, i32 0
  %splat273 = shufflevector <8 x float> %2775, <8 x float> undef, <8 x i32> zeroinitializer
  %2776 = load <8 x float>, <8 x float>* %86, align 32
  %2777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2759, <8 x float> %2776)
  store <8 x float> %2777, <8 x float>* %86, align 32
  %2778 = load <8 x float>, <8 x float>* %80, align 32
  %2779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2763, <8 x float> %2778)
  store <8 x float> %2779, <8 x float>* %80, align 32
  %2780 = add i64 %2751, 128
  %2781 = getelementptr inbounds float, float* %1, i64 %2780
  %2782 = load float, float* %2781, align 4
  %2783 = insertelement <8 x float> undef, float %2782, i32 0
  %splat274 = shufflevector <8 x float> %2783, <8 x float> undef, <8 x i32> zeroinitializer
  %2784 = load <8 x float>, <8 x float>* %85, align 32
  %2785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2759, <8 x float> %2784)
  store <8 x float> %2785, <8 x float>* %85, align 32
  %2786 = load <8 x float>, <8 x float>* %79, align 32
  %2787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2763, <8 x float> %2786)
  store <8 x float> %2787, <8 x float>* %79, align 32
  %2788 = add i64 %2751, 136
  %2789 = getelementptr inbounds float, float* %1, i64 %2788
  %2790 = load float, float* %2789, align 4
  %2791 = insertelement <8 x float> undef, float %2790, i32 0
  %splat275 = shufflevector <8 x float> %2791, <8 x float> undef, <8 x i32> zeroinitializer
  %2792 = load <8 x float>, <8 x float>* %84, align 32
  %2793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2759, <8 x float> %2792)
  store <8 x float> %2793, <8 x float>* %84, align 32
  %2794 = load <8 x float>, <8 x float>* %78, align 32
  %2795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2763, <8 x float> %2794)
  store <8 x float> %2795, <8 x float>* %78, align 32
  %2796 = add i64 %2751, 144
  %2797 = getelementptr inbounds float, float* %1, i64 %2796
  %2798 = load float, float* %2797, align 4
  %2799 = insertelement <8 x float> undef, float %2798, i32 0
  %splat276 = shufflevector <8 x float> %2799, <8 x float> undef, <8 x i32> zeroinitializer
  %2800 = load <8 x float>, <8 x float>* %83, align 32
  %2801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2759, <8 x float> %2800)
  store <8 x float> %2801, <8 x float>* %83, align 32
  %2802 = load <8 x float>, <8 x float>* %77, align 32
  %2803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2763, <8 x float> %2802)
  store <8 x float> %2803, <8 x float>* %77, align 32
  %2804 = add i64 %2751, 152
  %2805 = getelementptr inbounds float, float* %1, i64 %2804
  %2806 = load float, float* %2805, align 4
  %2807 = insertelement <8 x float> undef, float %2806, i32 0
  %splat277 = shufflevector <8 x float> %2807, <8 x float> undef, <8 x i32> zeroinitializer
  %2808 = load <8 x float>, <8 x float>* %82, align 32
  %2809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2759, <8 x float> %2808)
  store <8 x float> %2809, <8 x float>* %82, align 32
  %2810 = load <8 x float>, <8 x float>* %76, align 32
  %2811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2763, <8 x float> %2810)
  store <8 x float> %2811, <8 x float>* %76, align 32
  %2812 = add i64 %2755, 8
  %2813 = getelementptr inbounds float, float* %4, i64 %2812
  %2814 = bitcast float* %2813 to <8 x float>*
  %2815 = load <8 x float>, <8 x float>* %2814, align 4
  %2816 = add i64 %2755, 4616
  %2817 = getelementptr inbounds float, float* %4, i64 %2816
  %2818 = bitcast float* %2817 to <8 x float>*
  %2819 = load <8 x float>, <8 x float>* %2818, align 4
  %2820 = add i64 %2751, 97
  %2821 = getelementptr inbounds float, float* %1, i64 %2820
  %2822 = load float, float* %2821, align 4
  %2823 = insertelement <8 x float> undef, float %2822, i32 0
  %splat278 = shufflevector <8 x float> %2823, <8 x float> undef, <8 x i32> zeroinitializer
  %2824 = load <8 x float>, <8 x float>* %87, align 32
  %2825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2815, <8 x float> %2824)
  store <8 x float> %2825, <8 x float>* %87, align 32
  %2826 = load <8 x float>, <8 x float>* %81, align 32
  %2827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2819, <8 x float> %2826)
  store <8 x float> %2827, <8 x float>* %81, align 32
  %2828 = add i64 %2751, 121
  %2829 = getelementptr inbounds float, float* %1, i64 %2828
  %2830 = load float, float* %2829, align 4
  %2831 = insertelement <8 x float> undef, float %2830, i32 0
  %splat279 = shufflevector <8 x float> %2831, <8 x float> undef, <8 x i32> zeroinitializer
  %2832 = load <8 x float>, <8 x float>* %86, align 32
  %2833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2815, <8 x float> %2832)
  store <8 x float> %2833, <8 x float>* %86, align 32
  %2834 = load <8 x float>, <8 x float>* %80, align 32
  %2835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2819, <8 x float> %2834)
  store <8 x float> %2835, <8 x float>* %80, align 32
  %2836 = add i64 %2751, 129
  %2837 = getelementptr inbounds float, float* %1, i64 %2836
  %2838 = load float, float* %2837, align 4
  %2839 = insertelement <8 x float> undef, float %2838, i32 0
  %splat280 = shufflevector <8 x float> %2839, <8 x float> undef, <8 x i32> zeroinitializer
  %2840 = load <8 x float>, <8 x float>* %85, align 32
  %2841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2815, <8 x float> %2840)
  store <8 x float> %2841, <8 x float>* %85, align 32
  %2842 = load <8 x float>, <8 x float>* %79, align 32
  %2843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2819, <8 x float> %2842)
  store <8 x float> %2843, <8 x float>* %79, align 32
  %2844 = add i64 %2751, 137
  %2845 = getelementptr inbounds float, float* %1, i64 %2844
  %2846 = load float, float* %2845, align 4
  %2847 = insertelement <8 x float> undef, float %2846, i32 0
  %splat281 = shufflevector <8 x float> %2847, <8 x float> undef, <8 x i32> zeroinitializer
  %2848 = load <8 x float>, <8 x float>* %84, align 32
  %2849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2815, <8 x float> %2848)
  store <8 x float> %2849, <8 x float>* %84, align 32
  %2850 = load <8 x float>, <8 x float>* %78, align 32
  %2851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2819, <8 x float> %2850)
  store <8 x float> %2851, <8 x float>* %78, align 32
  %2852 = add i64 %2751, 145
  %2853 = getelementptr inbounds float, float* %1, i64 %2852
  %2854 = load float, float* %2853, align 4
  %2855 = insertelement <8 x float> undef, float %2854, i32 0
  %splat282 = shufflevector <8 x float> %2855, <8 x float> undef, <8 x i32> zeroinitializer
  %2856 = load <8 x float>, <8 x float>* %83, align 32
  %2857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2815, <8 x float> %2856)
  store <8 x float> %2857, <8 x float>* %83, align 32
  %2858 = load <8 x float>, <8 x float>* %77, align 32
  %2859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2819, <8 x float> %2858)
  store <8 x float> %2859, <8 x float>* %77, align 32
  %2860 = add i64 %2751, 153
  %2861 = getelementptr inbounds float, float* %1, i64 %2860
  %2862 = load float, float* %2861, align 4
  %2863 = insertelement <8 x float> undef, float %2862, i32 0
  %splat283 = shufflevector <8 x float> %2863, <8 x float> undef, <8 x i32> zeroinitializer
  %2864 = load <8 x float>, <8 x float>* %82, align 32
  %2865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2815, <8 x float> %2864)
  store <8 x float> %2865, <8 x float>* %82, align 32
  %2866 = load <8 x float>, <8 x float>* %76, align 32
  %2867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2819, <8 x float> %2866)
  store <8 x float> %2867, <8 x float>* %76, align 32
  %2868 = add i64 %2755, 16
  %2869 = getelementptr inbounds float, float* %4, i64 %2868
  %2870 = bitcast float* %2869 to <8 x float>*
  %2871 = load <8 x float>, <8 x float>* %2870, align 4
  %2872 = add i64 %2755, 4624
  %2873 = getelementptr inbounds float, float* %4, i64 %2872
  %2874 = bitcast float* %2873 to <8 x float>*
  %2875 = load <8 x float>, <8 x float>* %2874, align 4
  %2876 = add i64 %2751, 98
  %2877 = getelementptr inbounds float, float* %1, i64 %2876
  %2878 = load float, float* %2877, align 4
  %2879 = insertelement <8 x float> undef, float %2878, i32 0
  %splat284 = shufflevector <8 x float> %2879, <8 x float> undef, <8 x i32> zeroinitializer
  %2880 = load <8 x float>, <8 x float>* %87, align 32
  %2881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2871, <8 x float> %2880)
  store <8 x float> %2881, <8 x float>* %87, align 32
  %2882 = load <8 x float>, <8 x float>* %81, align 32
  %2883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2875, <8 x float> %2882)
  store <8 x float> %2883, <8 x float>* %81, align 32
  %2884 = add i64 %2751, 122
  %2885 = getelementptr inbounds float, float* %1, i64 %2884
  %2886 = load float, float* %2885, align 4
  %2887 = insertelement <8 x float> undef, float %2886, i32 0
  %splat285 = shufflevector <8 x float> %2887, <8 x float> undef, <8 x i32> zeroinitializer
  %2888 = load <8 x float>, <8 x float>* %86, align 32
  %2889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2871, <8 x float> %2888)
  store <8 x float> %2889, <8 x float>* %86, align 32
  %2890 = load <8 x float>, <8 x float>* %80, align 32
  %2891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2875, <8 x float> %2890)
  store <8 x float> %2891, <8 x float>* %80, align 32
  %2892 = add i64 %2751, 130
  %2893 = getelementptr inbounds float, float* %1, i64 %2892
  %2894 = load float, float* %2893, align 4
  %2895 = insertelement <8 x float> undef, float %2894, i32 0
  %splat286 = shufflevector <8 x float> %2895, <8 x float> undef, <8 x i32> zeroinitializer
  %2896 = load <8 x float>, <8 x float>* %85, align 32
  %2897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2871, <8 x float> %2896)
  store <8 x float> %2897, <8 x float>* %85, align 32
  %2898 = load <8 x float>, <8 x float>* %79, align 32
  %2899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2875, <8 x float> %2898)
  store <8 x float> %2899, <8 x float>* %79, align 32
  %2900 = add i64 %2751, 138
  %2901 = getelementptr inbounds float, float* %1, i64 %2900
  %2902 = load float, float* %2901, align 4
  %2903 = insertelement <8 x float> undef, float %2902, i32 0
  %splat287 = shufflevector <8 x float> %2903, <8 x float> undef, <8 x i32> zeroinitializer
  %2904 = load <8 x float>, <8 x float>* %84, align 32
  %2905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2871, <8 x float> %2904)
  store <8 x float> %2905, <8 x float>* %84, align 32
  %2906 = load <8 x float>, <8 x float>* %78, align 32
  %2907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2875, <8 x float> %2906)
  store <8 x float> %2907, <8 x float>* %78, align 32
  %2908 = add i64 %2751, 146
  %2909 = getelementptr inbounds float, float* %1, i64 %2908
  %2910 = load float, float* %2909, align 4
  %2911 = insertelement <8 x float> undef, float %2910, i32 0
  %splat288 = shufflevector <8 x float> %2911, <8 x float> undef, <8 x i32> zeroinitializer
  %2912 = load <8 x float>, <8 x float>* %83, align 32
  %2913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2871, <8 x float> %2912)
  store <8 x float> %2913, <8 x float>* %83, align 32
  %2914 = load <8 x float>, <8 x float>* %77, align 32
  %2915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2875, <8 x float> %2914)
  store <8 x float> %2915, <8 x float>* %77, align 32
  %2916 = add i64 %2751, 154
  %2917 = getelementptr inbounds float, float* %1, i64 %2916
  %2918 = load float, float* %2917, align 4
  %2919 = insertelement <8 x float> undef, float %2918, i32 0
  %splat289 = shufflevector <8 x float> %2919, <8 x float> undef, <8 x i32> zeroinitializer
  %2920 = load <8 x float>, <8 x float>* %82, align 32
  %2921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2871, <8 x float> %2920)
  store <8 x float> %2921, <8 x float>* %82, align 32
  %2922 = load <8 x float>, <8 x float>* %76, align 32
  %2923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2875, <8 x float> %2922)
  store <8 x float> %2923, <8 x float>* %76, align 32
  %2924 = add i64 %2755, 24
  %2925 = getelementptr inbounds float, float* %4, i64 %2924
  %2926 = bitcast float* %2925 to <8 x float>*
  %2927 = load <8 x float>, <8 x float>* %2926, align 4
  %2928 = add i64 %2755, 4632
  %2929 = getelementptr inbounds float, float* %4, i64 %2928
  %2930 = bitcast float* %2929 to <8 x float>*
  %2931 = load <8 x float>, <8 x float>* %2930, align 4
  %2932 = add i64 %2751, 99
  %2933 = getelementptr inbounds float, float* %1, i64 %2932
  %2934 = load float, float* %2933, align 4
  %2935 = insertelement <8 x float> undef, float %2934, i32 0
  %splat290 = shufflevector <8 x float> %2935, <8 x float> undef, <8 x i32> zeroinitializer
  %2936 = load <8 x float>, <8 x float>* %87, align 32
  %2937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2927, <8 x float> %2936)
  store <8 x float> %2937, <8 x float>* %87, align 32
  %2938 = load <8 x float>, <8 x float>* %81, align 32
  %2939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2931, <8 x float> %2938)
  store <8 x float> %2939, <8 x float>* %81, align 32
  %2940 = add i64 %2751, 123
  %2941 = getelementptr inbounds float, float* %1, i64 %2940
  %2942 = load float, float* %2941, align 4
  %2943 = insertelement <8 x float> undef, float %2942, i32 0
  %splat291 = shufflevector <8 x float> %2943, <8 x float> undef, <8 x i32> zeroinitializer
  %2944 = load <8 x float>, <8 x float>* %86, align 32
  %2945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2927, <8 x float> %2944)
  store <8 x float> %2945, <8 x float>* %86, align 32
  %2946 = load <8 x float>, <8 x float>* %80, align 32
  %2947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2931, <8 x float> %2946)
  store <8 x float> %2947, <8 x float>* %80, align 32
  %2948 = add i64 %2751, 131
  %2949 = getelementptr inbounds float, float* %1, i64 %2948
  %2950 = load float, float* %2949, align 4
  %2951 = insertelement <8 x float> undef, float %2950, i32 0
  %splat292 = shufflevector <8 x float> %2951, <8 x float> undef, <8 x i32> zeroinitializer
  %2952 = load <8 x float>, <8 x float>* %85, align 32
  %2953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2927, <8 x float> %2952)
  store <8 x float> %2953, <8 x float>* %85, align 32
  %2954 = load <8 x float>, <8 x float>* %79, align 32
  %2955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2931, <8 x float> %2954)
  store <8 x float> %2955, <8 x float>* %79, align 32
  %2956 = add i64 %2751, 139
  %2957 = getelementptr inbounds float, float* %1, i64 %2956
  %2958 = load float, float* %2957, align 4
  %2959 = insertelement <8 x float> undef, float %2958, i32 0
  %splat293 = shufflevector <8 x float> %2959, <8 x float> undef, <8 x i32> zeroinitializer
  %2960 = load <8 x float>, <8 x float>* %84, align 32
  %2961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2927, <8 x float> %2960)
  store <8 x float> %2961, <8 x float>* %84, align 32
  %2962 = load <8 x float>, <8 x float>* %78, align 32
  %2963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2931, <8 x float> %2962)
  store <8 x float> %2963, <8 x float>* %78, align 32
  %2964 = add i64 %2751, 147
  %2965 = getelementptr inbounds float, float* %1, i64 %2964
  %2966 = load float, float* %2965, align 4
  %2967 = insertelement <8 x float> undef, float %2966, i32 0
  %splat294 = shufflevector <8 x float> %2967, <8 x float> undef, <8 x i32> zeroinitializer
  %2968 = load <8 x float>, <8 x float>* %83, align 32
  %2969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2927, <8 x float> %2968)
  store <8 x float> %2969, <8 x float>* %83, align 32
  %2970 = load <8 x float>, <8 x float>* %77, align 32
  %2971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2931, <8 x float> %2970)
  store <8 x float> %2971, <8 x float>* %77, align 32
  %2972 = add i64 %2751, 155
  %2973 = getelementptr inbounds float, float* %1, i64 %2972
  %2974 = load float, float* %2973, align 4
  %2975 = insertelement <8 x float> undef, float %2974, i32 0
  %splat295 = shufflevector <8 x float> %2975, <8 x float> undef, <8 x i32> zeroinitializer
  %2976 = load <8 x float>, <8 x float>* %82, align 32
  %2977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2927, <8 x float> %2976)
  store <8 x float> %2977, <8 x float>* %82, align 32
  %2978 = load <8 x float>, <8 x float>* %76, align 32
  %2979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2931, <8 x float> %2978)
  store <8 x float> %2979, <8 x float>* %76, align 32
  %2980 = add i64 %2755, 32
  %2981 = getelementptr inbounds float, float* %4, i64 %2980
  %2982 = bitcast float* %2981 to <8 x float>*
  %2983 = load <8 x float>, <8 x float>* %2982, align 4
  %2984 = add i64 %2755, 4640
  %2985 = getelementptr inbounds float, float* %4, i64 %2984
  %2986 = bitcast float* %2985 to <8 x float>*
  %2987 = load <8 x float>, <8 x float>* %2986, align 4
  %2988 = add i64 %2751, 100
  %2989 = getelementptr inbounds float, float* %1, i64 %2988
  %2990 = load float, float* %2989, align 4
  %2991 = insertelement <8 x float> undef, float %2990, i32 0
  %splat296 = shufflevector <8 x float> %2991, <8 x float> undef, <8 x i32> zeroinitializer
  %2992 = load <8 x float>, <8 x float>* %87, align 32
  %2993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2983, <8 x float> %2992)
  store <8 x float> %2993, <8 x float>* %87, align 32
  %2994 = load <8 x float>, <8 x float>* %81, align 32
  %2995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2987, <8 x float> %2994)
  store <8 x float> %2995, <8 x float>* %81, align 32
  %2996 = add i64 %2751, 124
  %2997 = getelementptr inbounds float, float* %1, i64 %2996
  %2998 = load float, float* %2997, align 4
  %2999 = insertelement <8 x float> undef, float %2998, i32 0
  %splat297 = shufflevector <8 x float> %2999, <8 x float> undef, <8 x i32> zeroinitializer
  %3000 = load <8 x float>, <8 x float>* %86, align 32
  %3001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat297, <8 x float> %2983, <8 x float> %3000)
  store <8 x float> %3001, <8 x float>* %86, align 32
  %3002 = load <8 x float>, <8 x float>* %80, align 32
  %3003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat297, <8 x float> %2987, <8 x float> %3002)
  store <8 x float> %3003, <8 x float>* %80, align 32
  %3004 = add i64 %2751, 132
  %3005 = getelementptr inbounds float, float* %1, i64 %3004
  %3006 = load float, float* %3005, align 4
  %3007 = insertelement <8 x float> undef, float %3006, i32 0
  %splat298 = shufflevector <8 x float> %3007, <8 x float> undef, <8 x i32> zeroinitializer
  %3008 = load <8 x float>, <8 x float>* %85, align 32
  %3009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat298, <8 x float> %2983, <8 x float> %3008)
  store <8 x float> %3009, <8 x float>* %85, align 32
  %3010 = load <8 x float>, <8 x float>* %79, align 32
  %3011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat298, <8 x float> %2987, <8 x float> %3010)
  store <8 x float> %3011, <8 x float>* %79, align 32
  %3012 = add i64 %2751, 140
  %3013 = getelementptr inbounds float, float* %1, i64 %3012
  %3014 = load float, float* %3013, align 4
  %3015 = insertelement <8 x float> undef, float %3014, i32 0
  %splat299 = shufflevector <8 x float> %3015, <8 x float> undef, <8 x i32> zeroinitializer
  %3016 = load <8 x float>, <8 x float>* %84, align 32
  %3017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat299, <8 x float> %2983, <8 x float> %3016)
  store <8 x float> %3017, <8 x float>* %84, align 32
  %3018 = load <8 x float>, <8 x float>* %78, align 32
  %3019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat299, <8 x float> %2987, <8 x float> %3018)
  store <8 x float> %3019, <8 x float>* %78, align 32
  %3020 = add i64 %2751, 148
  %3021 = getelementptr inbounds float, float* %1, i64 %3020
  %3022 = load float, float* %3021, align 4
  %3023 = insertelement <8 x float> undef, float %3022, i32 0
  %splat300 = shufflevector <8 x float> %3023, <8 x float> undef, <8 x i32> zeroinitializer
  %3024 = load <8 x float>, <8 x float>* %83, align 32
  %3025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat300, <8 x float> %2983, <8 x float> %3024)
  store <8 x float> %3025, <8 x float>* %83, align 32
  %3026 = load <8 x float>, <8 x float>* %77, align 32
  %3027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat300, <8 x float> %2987, <8 x float> %3026)
  store <8 x float> %3027, <8 x float>* %77, align 32
  %3028 = add i64 %2751, 156
  %3029 = getelementptr inbounds float, float* %1, i64 %3028
  %3030 = load float, float* %3029, align 4
  %3031 = insertelement <8 x float> undef, float %3030, i32 0
  %splat301 = shufflevector <8 x float> %3031, <8 x float> undef, <8 x i32> zeroinitializer
  %3032 = load <8 x float>, <8 x float>* %82, align 32
  %3033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat301, <8 x float> %2983, <8 x float> %3032)
  store <8 x float> %3033, <8 x float>* %82, align 32
  %3034 = load <8 x float>, <8 x float>* %76, align 32
  %3035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat301, <8 x float> %2987, <8 x float> %3034)
  store <8 x float> %3035, <8 x float>* %76, align 32
  %3036 = add i64 %2755, 40
  %3037 = getelementptr inbounds float, float* %4, i64 %3036
  %3038 = bitcast float* %3037 to <8 x float>*
  %3039 = load <8 x float>, <8 x float>* %3038, align 4
  %3040 = add i64 %2755, 4648
  %3041 = getelementptr inbounds float, float* %4, i64 %3040
  %3042 = bitcast float* %3041 to <8 x float>*
  %3043 = load <8 x float>, <8 x float>* %3042, align 4
  %3044 = add i64 %2751, 101
  %3045 = getelementptr inbounds float, float* %1, i64 %3044
  %3046 = load float, float* %3045, align 4
  %3047 = insertelement <8 x float> undef, float %3046, i32 0
  %splat302 = shufflevector <8 x float> %3047, <8 x float> undef, <8 x i32> zeroinitializer
  %3048 = load <8 x float>, <8 x float>* %87, align 32
  %3049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat302, <8 x float> %3039, <8 x float> %3048)
  store <8 x float> %3049, <8 x float>* %87, align 32
  %3050 = load <8 x float>, <8 x float>* %81, align 32
  %3051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat302, <8 x float> %3043, <8 x float> %3050)
  store <8 x float> %3051, <8 x float>* %81, align 32
  %3052 = add i64 %2751, 125
  %3053 = getelementptr inbounds float, float* %1, i64 %3052
  %3054 = load float, float* %3053, align 4
  %3055 = insertelement <8 x float> undef, float %3054, i32 0
  %splat303 = shufflevector <8 x float> %3055, <8 x float> undef, <8 x i32> zeroinitializer
  %3056 = load <8 x float>, <8 x float>* %86, align 32
  %3057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat303, <8 x float> %3039, <8 x float> %3056)
  store <8 x float> %3057, <8 x float>* %86, align 32
  %3058 = load <8 x float>, <8 x float>* %80, align 32
  %3059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat303, <8 x float> %3043, <8 x float> %3058)
  store <8 x float> %3059, <8 x float>* %80, align 32
  %3060 = add i64 %2751, 133
  %3061 = getelementptr inbounds float, float* %1, i64 %3060
  %3062 = load float, float* %3061, align 4
  %3063 = insertelement <8 x float> undef, float %3062, i32 0
  %splat304 = shufflevector <8 x float> %3063, <8 x float> undef, <8 x i32> zeroinitializer
  %3064 = load <8 x float>, <8 x float>* %85, align 32
  %3065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat304, <8 x float> %3039, <8 x float> %3064)
  store <8 x float> %3065, <8 x float>* %85, align 32
  %3066 = load <8 x float>, <8 x float>* %79, align 32
  %3067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat304, <8 x float> %3043, <8 x float> %3066)
  store <8 x float> %3067, <8 x float>* %79, align 32
  %3068 = add i64 %2751, 141
  %3069 = getelementptr inbounds float, float* %1, i64 %3068
  %3070 = load float, float* %3069, align 4
  %3071 = insertelement <8 x float> undef, float %3070, i32 0
  %splat305 = shufflevector <8 x float> %3071, <8 x float> undef, <8 x i32> zeroinitializer
  %3072 = load <8 x float>, <8 x float>* %84, align 32
  %3073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat305, <8 x float> %3039, <8 x float> %3072)
  store <8 x float> %3073, <8 x float>* %84, align 32
  %3074 = load <8 x float>, <8 x float>* %78, align 32
  %3075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat305, <8 x float> %3043, <8 x float> %3074)
  store <8 x float> %3075, <8 x float>* %78, align 32
  %3076 = add i64 %2751, 149
  %3077 = getelementptr inbounds float, float* %1, i64 %3076
  %3078 = load float, float* %3077, align 4
  %3079 = insertelement <8 x float> undef, float %3078, i32 0
  %splat306 = shufflevector <8 x float> %3079, <8 x float> undef, <8 x i32> zeroinitializer
  %3080 = load <8 x float>, <8 x float>* %83, align 32
  %3081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat306, <8 x float> %3039, <8 x float> %3080)
  store <8 x float> %3081, <8 x float>* %83, align 32
  %3082 = load <8 x float>, <8 x float>* %77, align 32
  %3083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat306, <8 x float> %3043, <8 x float> %3082)
  store <8 x float> %3083, <8 x float>* %77, align 32
  %3084 = add i64 %2751, 157
  %3085 = getelementptr inbounds float, float* %1, i64 %3084
  %3086 = load float, float* %3085, align 4
  %3087 = insertelement <8 x float> undef, float %3086, i32 0
  %splat307 = shufflevector <8 x float> %3087, <8 x float> undef, <8 x i32> zeroinitializer
  %3088 = load <8 x float>, <8 x float>* %82, align 32
  %3089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat307, <8 x float> %3039, <8 x float> %3088)
  store <8 x float> %3089, <8 x float>* %82, align 32
  %3090 = load <8 x float>, <8 x float>* %76, align 32
  %3091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat307, <8 x float> %3043, <8 x float> %3090)
  store <8 x float> %3091, <8 x float>* %76, align 32
  %3092 = add i64 %2755, 48
  %3093 = getelementptr inbounds float, float* %4, i64 %3092
  %3094 = bitcast float* %3093 to <8 x float>*
  %3095 = load <8 x float>, <8 x float>* %3094, align 4
  %3096 = add i64 %2755, 4656
  %3097 = getelementptr inbounds float, float* %4, i64 %3096
  %3098 = bitcast float* %3097 to <8 x float>*
  %3099 = load <8 x float>, <8 x float>* %3098, align 4
  %3100 = add i64 %2751, 102
  %3101 = getelementptr inbounds float, float* %1, i64 %3100
  %3102 = load float, float* %3101, align 4
  %3103 = insertelement <8 x float> undef, float %3102, i32 0
  %splat308 = shufflevector <8 x float> %3103, <8 x float> undef, <8 x i32> zeroinitializer
  %3104 = load <8 x float>, <8 x float>* %87, align 32
  %3105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat308, <8 x float> %3095, <8 x float> %3104)
  store <8 x float> %3105, <8 x float>* %87, align 32
  %3106 = load <8 x float>, <8 x float>* %81, align 32
  %3107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat308, <8 x float> %3099, <8 x float> %3106)
  store <8 x float> %3107, <8 x float>* %81, align 32
  %3108 = add i64 %2751, 126
  %3109 = getelementptr inbounds float, float* %1, i64 %3108
  %3110 = load float, float* %3109, align 4
  %3111 = insertelement <8 x float> undef, float %3110, i32 0
  %splat309 = shufflevector <8 x float> %3111, <8 x float> undef, <8 x i32> zeroinitializer
  %3112 = load <8 x float>, <8 x float>* %86, align 32
  %3113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat309, <8 x float> %3095, <8 x float> %3112)
  store <8 x float> %3113, <8 x float>* %86, align 32
  %3114 = load <8 x float>, <8 x float>* %80, align 32
  %3115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat309, <8 x float> %3099, <8 x float> %3114)
  store <8 x float> %3115, <8 x float>* %80, align 32
  %3116 = add i64 %2751, 134
  %3117 = getelementptr inbounds float, float* %1, i64 %3116
  %3118 = load float, float* %3117, align 4
  %3119 = insertelement <8 x float> undef, float %3118, i32 0
  %splat310 = shufflevector <8 x float> %3119, <8 x float> undef, <8 x i32> zeroinitializer
  %3120 = load <8 x float>, <8 x float>* %85, align 32
  %3121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat310, <8 x float> %3095, <8 x float> %3120)
  store <8 x float> %3121, <8 x float>* %85, align 32
  %3122 = load <8 x float>, <8 x float>* %79, align 32
  %3123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat310, <8 x float> %3099, <8 x float> %3122)
  store <8 x float> %3123, <8 x float>* %79, align 32
  %3124 = add i64 %2751, 142
  %3125 = getelementptr inbounds float, float* %1, i64 %3124
  %3126 = load float, float* %3125, align 4
  %3127 = insertelement <8 x float> undef, float %3126, i32 0
  %splat311 = shufflevector <8 x float> %3127, <8 x float> undef, <8 x i32> zeroinitializer
  %3128 = load <8 x float>, <8 x float>* %84, align 32
  %3129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat311, <8 x float> %3095, <8 x float> %3128)
  store <8 x float> %3129, <8 x float>* %84, align 32
  %3130 = load <8 x float>, <8 x float>* %78, align 32
  %3131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat311, <8 x float> %3099, <8 x float> %3130)
  store <8 x float> %3131, <8 x float>* %78, align 32
  %3132 = add i64 %2751, 150
  %3133 = getelementptr inbounds float, float* %1, i64 %3132
  %3134 = load float, float* %3133, align 4
  %3135 = insertelement <8 x float> undef, float %3134, i32 0
  %splat312 = shufflevector <8 x float> %3135, <8 x float> undef, <8 x i32> zeroinitializer
  %3136 = load <8 x float>, <8 x float>* %83, align 32
  %3137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat312, <8 x float> %3095, <8 x float> %3136)
  store <8 x float> %3137, <8 x float>* %83, align 32
  %3138 = load <8 x float>, <8 x float>* %77, align 32
  %3139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat312, <8 x float> %3099, <8 x float> %3138)
  store <8 x float> %3139, <8 x float>* %77, align 32
  %3140 = add i64 %2751, 158
  %3141 = getelementptr inbounds float, float* %1, i64 %3140
  %3142 = load float, float* %3141, align 4
  %3143 = insertelement <8 x float> undef, float %3142, i32 0
  %splat313 = shufflevector <8 x float> %3143, <8 x float> undef, <8 x i32> zeroinitializer
  %3144 = load <8 x float>, <8 x float>* %82, align 32
  %3145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat313, <8 x float> %3095, <8 x float> %3144)
  store <8 x float> %3145, <8 x float>* %82, align 32
  %3146 = load <8 x float>, <8 x float>* %76, align 32
  %3147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat313, <8 x float> %3099, <8 x float> %3146)
  store <8 x float> %3147, <8 x float>* %76, align 32
  %3148 = add i64 %2755, 56
  %3149 = getelementptr inbounds float, float* %4, i64 %3148
  %3150 = bitcast float* %3149 to <8 x float>*
  %3151 = load <8 x float>, <8 x float>* %3150, align 4
  %3152 = add i64 %2755, 4664
  %3153 = getelementptr inbounds float, float* %4, i64 %3152
  %3154 = bitcast float* %3153 to <8 x float>*
  %3155 = load <8 x float>, <8 x float>* %3154, align 4
  %3156 = add i64 %2751, 103
  %3157 = getelementptr inbounds float, float* %1, i64 %3156
  %3158 = load float, float* %3157, align 4
  %3159 = insertelement <8 x float> undef, float %3158, i32 0
  %splat314 = shufflevector <8 x float> %3159, <8 x float> undef, <8 x i32> zeroinitializer
  %3160 = load <8 x float>, <8 x float>* %87, align 32
  %3161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat314, <8 x float> %3151, <8 x float> %3160)
  store <8 x float> %3161, <8 x float>* %87, align 32
  %3162 = load <8 x float>, <8 x float>* %81, align 32
  %3163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat314, <8 x float> %3155, <8 x float> %3162)
  store <8 x float> %3163, <8 x float>* %81, align 32
  %3164 = add i64 %2751, 127
  %3165 = getelementptr inbounds float, float* %1, i64 %3164
  %3166 = load float, float* %3165, align 4
  %3167 = insertelement <8 x float> undef, float %3166, i32 0
  %splat315 = shufflevector <8 x float> %3167, <8 x float> undef, <8 x i32> zeroinitializer
  %3168 = load <8 x float>, <8 x float>* %86, align 32
  %3169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat315, <8 x float> %3151, <8 x float> %3168)
  store <8 x float> %3169, <8 x float>* %86, align 32
  %3170 = load <8 x float>, <8 x float>* %80, align 32
  %3171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat315, <8 x float> %3155, <8 x float> %3170)
  store <8 x float> %3171, <8 x float>* %80, align 32
  %3172 = add i64 %2751, 135
  %3173 = getelementptr inbounds float, float* %1, i64 %3172
  %3174 = load float, float* %3173, align 4
  %3175 = insertelement <8 x float> undef, float %3174, i32 0
  %splat316 = shufflevector <8 x float> %3175, <8 x float> undef, <8 x i32> zeroinitializer
  %3176 = load <8 x float>, <8 x float>* %85, align 32
  %3177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat316, <8 x float> %3151, <8 x float> %3176)
  store <8 x float> %3177, <8 x float>* %85, align 32
  %3178 = load <8 x float>, <8 x float>* %79, align 32
  %3179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat316, <8 x float> %3155, <8 x float> %3178)
  store <8 x float> %3179, <8 x float>* %79, align 32
  %3180 = add i64 %2751, 143
  %3181 = getelementptr inbounds float, float* %1, i64 %3180
  %3182 = load float, float* %3181, align 4
  %3183 = insertelement <8 x float> undef, float %3182, i32 0
  %splat317 = shufflevector <8 x float> %3183, <8 x float> undef, <8 x i32> zeroinitializer
  %3184 = load <8 x float>, <8 x float>* %84, align 32
  %3185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat317, <8 x float> %3151, <8 x float> %3184)
  store <8 x float> %3185, <8 x float>* %84, align 32
  %3186 = load <8 x float>, <8 x float>* %78, align 32
  %3187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat317, <8 x float> %3155, <8 x float> %3186)
  store <8 x float> %3187, <8 x float>* %78, align 32
  %3188 = add i64 %2751, 151
  %3189 = getelementptr inbounds float, float* %1, i64 %3188
  %3190 = load float, float* %3189, align 4
  %3191 = insertelement <8 x float> undef, float %3190, i32 0
  %splat318 = shufflevector <8 x float> %3191, <8 x float> undef, <8 x i32> zeroinitializer
  %3192 = load <8 x float>, <8 x float>* %83, align 32
  %3193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat318, <8 x float> %3151, <8 x float> %3192)
  store <8 x float> %3193, <8 x float>* %83, align 32
  %3194 = load <8 x float>, <8 x float>* %77, align 32
  %3195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat318, <8 x float> %3155, <8 x float> %3194)
  store <8 x float> %3195, <8 x float>* %77, align 32
  %3196 = add i64 %2751, 159
  %3197 = getelementptr inbounds float, float* %1, i64 %3196
  %3198 = load float, float* %3197, align 4
  %3199 = insertelement <8 x float> undef, float %3198, i32 0
  %splat319 = shufflevector <8 x float> %3199, <8 x float> undef, <8 x i32> zeroinitializer
  %3200 = load <8 x float>, <8 x float>* %82, align 32
  %3201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat319, <8 x float> %3151, <8 x float> %3200)
  store <8 x float> %3201, <8 x float>* %82, align 32
  %3202 = load <8 x float>, <8 x float>* %76, align 32
  %3203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat319, <8 x float> %3155, <8 x float> %3202)
  store <8 x float> %3203, <8 x float>* %76, align 32
  %kw.next320 = add i64 %kw271, 1
  br label %kw.header268

kw.exit270:                                       ; preds = %kw.header268
  %kh.next321 = add i64 %kh267, 1
  br label %kh.header264

u.header323:                                      ; preds = %kh.exit329, %u.exit262
  %u326 = phi i64 [ 0, %u.exit262 ], [ %u.next385, %kh.exit329 ]
  %3204 = icmp slt i64 %u326, 8
  br i1 %3204, label %u.body324, label %u.exit325

u.body324:                                        ; preds = %u.header323
  %3205 = mul i64 %u326, 1800
  %3206 = add i64 %2745, %3205
  %3207 = mul i64 %u326, 576
  %3208 = add i64 %153, %3207
  br label %kh.header327

u.exit325:                                        ; preds = %u.header323
  %3209 = mul i64 %145, 8
  %3210 = add i64 %3209, %148
  %3211 = add i64 %3210, 0
  %3212 = mul i64 %3211, 13
  %3213 = add i64 %3212, %142
  %3214 = mul i64 %3213, 13
  %3215 = add i64 %3214, 18
  %3216 = mul i64 %3215, 8
  %3217 = load <8 x float>, <8 x float>* %75, align 32
  %3218 = fcmp ogt <8 x float> %3217, zeroinitializer
  %3219 = select <8 x i1> %3218, <8 x float> %3217, <8 x float> zeroinitializer
  %3220 = getelementptr inbounds float, float* %0, i64 %3216
  %3221 = bitcast float* %3220 to <8 x float>*
  store <8 x float> %3219, <8 x float>* %3221, align 4
  %3222 = add i64 %3214, 19
  %3223 = mul i64 %3222, 8
  %3224 = load <8 x float>, <8 x float>* %74, align 32
  %3225 = fcmp ogt <8 x float> %3224, zeroinitializer
  %3226 = select <8 x i1> %3225, <8 x float> %3224, <8 x float> zeroinitializer
  %3227 = getelementptr inbounds float, float* %0, i64 %3223
  %3228 = bitcast float* %3227 to <8 x float>*
  store <8 x float> %3226, <8 x float>* %3228, align 4
  %3229 = add i64 %3214, 20
  %3230 = mul i64 %3229, 8
  %3231 = load <8 x float>, <8 x float>* %73, align 32
  %3232 = fcmp ogt <8 x float> %3231, zeroinitializer
  %3233 = select <8 x i1> %3232, <8 x float> %3231, <8 x float> zeroinitializer
  %3234 = getelementptr inbounds float, float* %0, i64 %3230
  %3235 = bitcast float* %3234 to <8 x float>*
  store <8 x float> %3233, <8 x float>* %3235, align 4
  %3236 = add i64 %3214, 21
  %3237 = mul i64 %3236, 8
  %3238 = load <8 x float>, <8 x float>* %72, align 32
  %3239 = fcmp ogt <8 x float> %3238, zeroinitializer
  %3240 = select <8 x i1> %3239, <8 x float> %3238, <8 x float> zeroinitializer
  %3241 = getelementptr inbounds float, float* %0, i64 %3237
  %3242 = bitcast float* %3241 to <8 x float>*
  store <8 x float> %3240, <8 x float>* %3242, align 4
  %3243 = add i64 %3214, 22
  %3244 = mul i64 %3243, 8
  %3245 = load <8 x float>, <8 x float>* %71, align 32
  %3246 = fcmp ogt <8 x float> %3245, zeroinitializer
  %3247 = select <8 x i1> %3246, <8 x float> %3245, <8 x float> zeroinitializer
  %3248 = getelementptr inbounds float, float* %0, i64 %3244
  %3249 = bitcast float* %3248 to <8 x float>*
  store <8 x float> %3247, <8 x float>* %3249, align 4
  %3250 = add i64 %3214, 23
  %3251 = mul i64 %3250, 8
  %3252 = load <8 x float>, <8 x float>* %70, align 32
  %3253 = fcmp ogt <8 x float> %3252, zeroinitializer
  %3254 = select <8 x i1> %3253, <8 x float> %3252, <8 x float> zeroinitializer
  %3255 = getelementptr inbounds float, float* %0, i64 %3251
  %3256 = bitcast float* %3255 to <8 x float>*
  store <8 x float> %3254, <8 x float>* %3256, align 4
  %3257 = mul i64 %145, 8
  %3258 = add i64 %3257, %148
  %3259 = add i64 %3258, 1
  %3260 = mul i64 %3259, 13
  %3261 = add i64 %3260, %142
  %3262 = mul i64 %3261, 13
  %3263 = add i64 %3262, 18
  %3264 = mul i64 %3263, 8
  %3265 = load <8 x float>, <8 x float>* %69, align 32
  %3266 = fcmp ogt <8 x float> %3265, zeroinitializer
  %3267 = select <8 x i1> %3266, <8 x float> %3265, <8 x float> zeroinitializer
  %3268 = getelementptr inbounds float, float* %0, i64 %3264
  %3269 = bitcast float* %3268 to <8 x float>*
  store <8 x float> %3267, <8 x float>* %3269, align 4
  %3270 = add i64 %3262, 19
  %3271 = mul i64 %3270, 8
  %3272 = load <8 x float>, <8 x float>* %68, align 32
  %3273 = fcmp ogt <8 x float> %3272, zeroinitializer
  %3274 = select <8 x i1> %3273, <8 x float> %3272, <8 x float> zeroinitializer
  %3275 = getelementptr inbounds float, float* %0, i64 %3271
  %3276 = bitcast float* %3275 to <8 x float>*
  store <8 x float> %3274, <8 x float>* %3276, align 4
  %3277 = add i64 %3262, 20
  %3278 = mul i64 %3277, 8
  %3279 = load <8 x float>, <8 x float>* %67, align 32
  %3280 = fcmp ogt <8 x float> %3279, zeroinitializer
  %3281 = select <8 x i1> %3280, <8 x float> %3279, <8 x float> zeroinitializer
  %3282 = getelementptr inbounds float, float* %0, i64 %3278
  %3283 = bitcast float* %3282 to <8 x float>*
  store <8 x float> %3281, <8 x float>* %3283, align 4
  %3284 = add i64 %3262, 21
  %3285 = mul i64 %3284, 8
  %3286 = load <8 x float>, <8 x float>* %66, align 32
  %3287 = fcmp ogt <8 x float> %3286, zeroinitializer
  %3288 = select <8 x i1> %3287, <8 x float> %3286, <8 x float> zeroinitializer
  %3289 = getelementptr inbounds float, float* %0, i64 %3285
  %3290 = bitcast float* %3289 to <8 x float>*
  store <8 x float> %3288, <8 x float>* %3290, align 4
  %3291 = add i64 %3262, 22
  %3292 = mul i64 %3291, 8
  %3293 = load <8 x float>, <8 x float>* %65, align 32
  %3294 = fcmp ogt <8 x float> %3293, zeroinitializer
  %3295 = select <8 x i1> %3294, <8 x float> %3293, <8 x float> zeroinitializer
  %3296 = getelementptr inbounds float, float* %0, i64 %3292
  %3297 = bitcast float* %3296 to <8 x float>*
  store <8 x float> %3295, <8 x float>* %3297, align 4
  %3298 = add i64 %3262, 23
  %3299 = mul i64 %3298, 8
  %3300 = load <8 x float>, <8 x float>* %64, align 32
  %3301 = fcmp ogt <8 x float> %3300, zeroinitializer
  %3302 = select <8 x i1> %3301, <8 x float> %3300, <8 x float> zeroinitializer
  %3303 = getelementptr inbounds float, float* %0, i64 %3299
  %3304 = bitcast float* %3303 to <8 x float>*
  store <8 x float> %3302, <8 x float>* %3304, align 4
  %3305 = add i64 %148, 0
  %3306 = mul i64 %3305, 8
  %3307 = getelementptr inbounds float, float* %5, i64 %3306
  %3308 = bitcast float* %3307 to <8 x float>*
  %3309 = load <8 x float>, <8 x float>* %3308, align 4
  store <8 x float> %3309, <8 x float>* %63, align 32
  store <8 x float> %3309, <8 x float>* %62, align 32
  store <8 x float> %3309, <8 x float>* %61, align 32
  store <8 x float> %3309, <8 x float>* %60, align 32
  store <8 x float> %3309, <8 x float>* %59, align 32
  store <8 x float> %3309, <8 x float>* %58, align 32
  %3310 = add i64 %148, 1
  %3311 = mul i64 %3310, 8
  %3312 = getelementptr inbounds float, float* %5, i64 %3311
  %3313 = bitcast float* %3312 to <8 x float>*
  %3314 = load <8 x float>, <8 x float>* %3313, align 4
  store <8 x float> %3314, <8 x float>* %57, align 32
  store <8 x float> %3314, <8 x float>* %56, align 32
  store <8 x float> %3314, <8 x float>* %55, align 32
  store <8 x float> %3314, <8 x float>* %54, align 32
  store <8 x float> %3314, <8 x float>* %53, align 32
  store <8 x float> %3314, <8 x float>* %52, align 32
  %3315 = add i64 %154, 0
  %3316 = add i64 %152, %3315
  br label %u.header386

kh.header327:                                     ; preds = %kw.exit333, %u.body324
  %kh330 = phi i64 [ 0, %u.body324 ], [ %kh.next384, %kw.exit333 ]
  %3317 = icmp slt i64 %kh330, 3
  br i1 %3317, label %kh.body328, label %kh.exit329

kh.body328:                                       ; preds = %kh.header327
  %3318 = mul i64 %kh330, 120
  %3319 = add i64 %3206, %3318
  br label %kw.header331

kh.exit329:                                       ; preds = %kh.header327
  %u.next385 = add i64 %u326, 1
  br label %u.header323

kw.header331:                                     ; preds = %kw.body332, %kh.body328
  %kw334 = phi i64 [ 0, %kh.body328 ], [ %kw.next383, %kw.body332 ]
  %3320 = icmp slt i64 %kw334, 3
  br i1 %3320, label %kw.body332, label %kw.exit333

kw.body332:                                       ; preds = %kw.header331
  %3321 = mul i64 %kw334, 8
  %3322 = add i64 %3319, %3321
  %3323 = mul i64 %kh330, 3
  %3324 = add i64 %3323, %kw334
  %3325 = mul i64 %3324, 64
  %3326 = add i64 %3208, %3325
  %3327 = add i64 %3326, 0
  %3328 = getelementptr inbounds float, float* %4, i64 %3327
  %3329 = bitcast float* %3328 to <8 x float>*
  %3330 = load <8 x float>, <8 x float>* %3329, align 4
  %3331 = add i64 %3326, 4608
  %3332 = getelementptr inbounds float, float* %4, i64 %3331
  %3333 = bitcast float* %3332 to <8 x float>*
  %3334 = load <8 x float>, <8 x float>* %3333, align 4
  %3335 = add i64 %3322, 160
  %3336 = getelementptr inbounds float, float* %1, i64 %3335
  %3337 = load float, float* %3336, align 4
  %3338 = insertelement <8 x float> undef, float %3337, i32 0
  %splat335 = shufflevector <8 x float> %3338, <8 x float> undef, <8 x i32> zeroinitializer
  %3339 = load <8 x float>, <8 x float>* %75, align 32
  %3340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %3330, <8 x float> %3339)
  store <8 x float> %3340, <8 x float>* %75, align 32
  %3341 = load <8 x float>, <8 x float>* %69, align 32
  %3342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %3334, <8 x float> %3341)
  store <8 x float> %3342, <8 x float>* %69, align 32
  %3343 = add i64 %3322, 168
  %3344 = getelementptr inbounds float, float* %1, i64 %3343
  %3345 = load float, float* %3344, align 4
  %3346 = insertelement <8 x float> undef, float %3345, i32 0
  %splat336 = shufflevector <8 x float> %3346, <8 x float> undef, <8 x i32> zeroinitializer
  %3347 = load <8 x float>, <8 x float>* %74, align 32
  %3348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %3330, <8 x float> %3347)
  store <8 x float> %3348, <8 x float>* %74, align 32
  %3349 = load <8 x float>, <8 x float>* %68, align 32
  %3350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %3334, <8 x float> %3349)
  store <8 x float> %3350, <8 x float>* %68, align 32
  %3351 = add i64 %3322, 176
  %3352 = getelementptr inbounds float, float* %1, i64 %3351
  %3353 = load float, float* %3352, align 4
  %3354 = insertelement <8 x float> undef, float %3353, i32 0
  %splat337 = shufflevector <8 x float> %3354, <8 x float> undef, <8 x i32> zeroinitializer
  %3355 = load <8 x float>, <8 x float>* %73, align 32
  %3356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %3330, <8 x float> %3355)
  store <8 x float> %3356, <8 x float>* %73, align 32
  %3357 = load <8 x float>, <8 x float>* %67, align 32
  %3358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %3334, <8 x float> %3357)
  store <8 x float> %3358, <8 x float>* %67, align 32
  %3359 = add i64 %3322, 184
  %3360 = getelementptr inbounds float, float* %1, i64 %3359
  %3361 = load float, float* %3360, align 4
  %3362 = insertelement <8 x float> undef, float %3361, i32 0
  %splat338 = shufflevector <8 x float> %3362, <8 x float> undef, <8 x i32> zeroinitializer
  %3363 = load <8 x float>, <8 x float>* %72, align 32
  %3364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %3330, <8 x float> %3363)
  store <8 x float> %3364, <8 x float>* %72, align 32
  %3365 = load <8 x float>, <8 x float>* %66, align 32
  %3366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %3334, <8 x float> %3365)
  store <8 x float> %3366, <8 x float>* %66, align 32
  %3367 = add i64 %3322, 192
  %3368 = getelementptr inbounds float, float* %1, i64 %3367
  %3369 = load float, float* %3368, align 4
  %3370 = insertelement <8 x float> undef, float %3369, i32 0
  %splat339 = shufflevector <8 x float> %3370, <8 x float> undef, <8 x i32> zeroinitializer
  %3371 = load <8 x float>, <8 x float>* %71, align 32
  %3372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %3330, <8 x float> %3371)
  store <8 x float> %3372, <8 x float>* %71, align 32
  %3373 = load <8 x float>, <8 x float>* %65, align 32
  %3374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %3334, <8 x float> %3373)
  store <8 x float> %3374, <8 x float>* %65, align 32
  %3375 = add i64 %3322, 200
  %3376 = getelementptr inbounds float, float* %1, i64 %3375
  %3377 = load float, float* %3376, align 4
  %3378 = insertelement <8 x float> undef, float %3377, i32 0
  %splat340 = shufflevector <8 x float> %3378, <8 x float> undef, <8 x i32> zeroinitializer
  %3379 = load <8 x float>, <8 x float>* %70, align 32
  %3380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %3330, <8 x float> %3379)
  store <8 x float> %3380, <8 x float>* %70, align 32
  %3381 = load <8 x float>, <8 x float>* %64, align 32
  %3382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %3334, <8 x float> %3381)
  store <8 x float> %3382, <8 x float>* %64, align 32
  %3383 = add i64 %3326, 8
  %3384 = getelementptr inbounds float, float* %4, i64 %3383
  %3385 = bitcast float* %3384 to <8 x float>*
  %3386 = load <8 x float>, <8 x float>* %3385, align 4
  %3387 = add i64 %3326, 4616
  %3388 = getelementptr inbounds float, float* %4, i64 %3387
  %3389 = bitcast float* %3388 to <8 x float>*
  %3390 = load <8 x float>, <8 x float>* %3389, align 4
  %3391 = add i64 %3322, 161
  %3392 = getelementptr inbounds float, float* %1, i64 %3391
  %3393 = load float, float* %3392, align 4
  %3394 = insertelement <8 x float> undef, float %3393, i32 0
  %splat341 = shufflevector <8 x float> %3394, <8 x float> undef, <8 x i32> zeroinitializer
  %3395 = load <8 x float>, <8 x float>* %75, align 32
  %3396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %3386, <8 x float> %3395)
  store <8 x float> %3396, <8 x float>* %75, align 32
  %3397 = load <8 x float>, <8 x float>* %69, align 32
  %3398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %3390, <8 x float> %3397)
  store <8 x float> %3398, <8 x float>* %69, align 32
  %3399 = add i64 %3322, 169
  %3400 = getelementptr inbounds float, float* %1, i64 %3399
  %3401 = load float, float* %3400, align 4
  %3402 = insertelement <8 x float> undef, float %3401, i32 0
  %splat342 = shufflevector <8 x float> %3402, <8 x float> undef, <8 x i32> zeroinitializer
  %3403 = load <8 x float>, <8 x float>* %74, align 32
  %3404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %3386, <8 x float> %3403)
  store <8 x float> %3404, <8 x float>* %74, align 32
  %3405 = load <8 x float>, <8 x float>* %68, align 32
  %3406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %3390, <8 x float> %3405)
  store <8 x float> %3406, <8 x float>* %68, align 32
  %3407 = add i64 %3322, 177
  %3408 = getelementptr inbounds float, float* %1, i64 %3407
  %3409 = load float, float* %3408, align 4
  %3410 = insertelement <8 x float> undef, float %3409, i32 0
  %splat343 = shufflevector <8 x float> %3410, <8 x float> undef, <8 x i32> zeroinitializer
  %3411 = load <8 x float>, <8 x float>* %73, align 32
  %3412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %3386, <8 x float> %3411)
  store <8 x float> %3412, <8 x float>* %73, align 32
  %3413 = load <8 x float>, <8 x float>* %67, align 32
  %3414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %3390, <8 x float> %3413)
  store <8 x float> %3414, <8 x float>* %67, align 32
  %3415 = add i64 %3322, 185
  %3416 = getelementptr inbounds float, float* %1, i64 %3415
  %3417 = load float, float* %3416, align 4
  %3418 = insertelement <8 x float> undef, float %3417, i32 0
  %splat344 = shufflevector <8 x float> %3418, <8 x float> undef, <8 x i32> zeroinitializer
  %3419 = load <8 x float>, <8 x float>* %72, align 32
  %3420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %3386, <8 x float> %3419)
  store <8 x float> %3420, <8 x float>* %72, align 32
  %3421 = load <8 x float>, <8 x float>* %66, align 32
  %3422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %3390, <8 x float> %3421)
  store <8 x float> %3422, <8 x float>* %66, align 32
  %3423 = add i64 %3322, 193
  %3424 = getelementptr inbounds float, float* %1, i64 %3423
  %3425 = load float, float* %3424, align 4
  %3426 = insertelement <8 x float> undef, float %3425, i32 0
  %splat345 = shufflevector <8 x float> %3426, <8 x float> undef, <8 x i32> zeroinitializer
  %3427 = load <8 x float>, <8 x float>* %71, align 32
  %3428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %3386, <8 x float> %3427)
  store <8 x float> %3428, <8 x float>* %71, align 32
  %3429 = load <8 x float>, <8 x float>* %65, align 32
  %3430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %3390, <8 x float> %3429)
  store <8 x float> %3430, <8 x float>* %65, align 32
  %3431 = add i64 %3322, 201
  %3432 = getelementptr inbounds float, float* %1, i64 %3431
  %3433 = load float, float* %3432, align 4
  %3434 = insertelement <8 x float> undef, float %3433, i32 0
  %splat346 = shufflevector <8 x float> %3434, <8 x float> undef, <8 x i32> zeroinitializer
  %3435 = load <8 x float>, <8 x float>* %70, align 32
  %3436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %3386, <8 x float> %3435)
  store <8 x float> %3436, <8 x float>* %70, align 32
  %3437 = load <8 x float>, <8 x float>* %64, align 32
  %3438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %3390, <8 x float> %3437)
  store <8 x float> %3438, <8 x float>* %64, align 32
  %3439 = add i64 %3326, 16
  %3440 = getelementptr inbounds float, float* %4, i64 %3439
  %3441 = bitcast float* %3440 to <8 x float>*
  %3442 = load <8 x float>, <8 x float>* %3441, align 4
  %3443 = add i64 %3326, 4624
  %3444 = getelementptr inbounds float, float* %4, i64 %3443
  %3445 = bitcast float* %3444 to <8 x float>*
  %3446 = load <8 x float>, <8 x float>* %3445, align 4
  %3447 = add i64 %3322, 162
  %3448 = getelementptr inbounds float, float* %1, i64 %3447
  %3449 = load float, float* %3448, align 4
  %3450 = insertelement <8 x float> undef, float %3449, i32 0
  %splat347 = shufflevector <8 x float> %3450, <8 x float> undef, <8 x i32> zeroinitializer
  %3451 = load <8 x float>, <8 x float>* %75, align 32
  %3452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %3442, <8 x float> %3451)
  store <8 x float> %3452, <8 x float>* %75, align 32
  %3453 = load <8 x float>, <8 x float>* %69, align 32
  %3454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %3446, <8 x float> %3453)
  store <8 x float> %3454, <8 x float>* %69, align 32
  %3455 = add i64 %3322, 170
  %3456 = getelementptr inbounds float, float* %1, i64 %3455
  %3457 = load float, float* %3456, align 4
  %3458 = insertelement <8 x float> undef, float %3457, i32 0
  %splat348 = shufflevector <8 x float> %3458, <8 x float> undef, <8 x i32> zeroinitializer
  %3459 = load <8 x float>, <8 x float>* %74, align 32
  %3460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %3442, <8 x float> %3459)
  store <8 x float> %3460, <8 x float>* %74, align 32
  %3461 = load <8 x float>, <8 x float>* %68, align 32
  %3462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %3446, <8 x float> %3461)
  store <8 x float> %3462, <8 x float>* %68, align 32
  %3463 = add i64 %3322, 178
  %3464 = getelementptr inbounds float, float* %1, i64 %3463
  %3465 = load float, float* %3464, align 4
  %3466 = insertelement <8 x float> undef, float %3465, i32 0
  %splat349 = shufflevector <8 x float> %3466, <8 x float> undef, <8 x i32> zeroinitializer
  %3467 = load <8 x float>, <8 x float>* %73, align 32
  %3468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %3442, <8 x float> %3467)
  store <8 x float> %3468, <8 x float>* %73, align 32
  %3469 = load <8 x float>, <8 x float>* %67, align 32
  %3470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %3446, <8 x float> %3469)
  store <8 x float> %3470, <8 x float>* %67, align 32
  %3471 = add i64 %3322, 186
  %3472 = getelementptr inbounds float, float* %1, i64 %3471
  %3473 = load float, float* %3472, align 4
  %3474 = insertelement <8 x float> undef, float %3473, i32 0
  %splat350 = shufflevector <8 x float> %3474, <8 x float> undef, <8 x i32> zeroinitializer
  %3475 = load <8 x float>, <8 x float>* %72, align 32
  %3476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %3442, <8 x float> %3475)
  store <8 x float> %3476, <8 x float>* %72, align 32
  %3477 = load <8 x float>, <8 x float>* %66, align 32
  %3478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %3446, <8 x float> %3477)
  store <8 x float> %3478, <8 x float>* %66, align 32
  %3479 = add i64 %3322, 194
  %3480 = getelementptr inbounds float, float* %1, i64 %3479
  %3481 = load float, float* %3480, align 4
  %3482 = insertelement <8 x float> undef, float %3481, i32 0
  %splat351 = shufflevector <8 x float> %3482, <8 x float> undef, <8 x i32> zeroinitializer
  %3483 = load <8 x float>, <8 x float>* %71, align 32
  %3484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %3442, <8 x float> %3483)
  store <8 x float> %3484, <8 x float>* %71, align 32
  %3485 = load <8 x float>, <8 x float>* %65, align 32
  %3486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %3446, <8 x float> %3485)
  store <8 x float> %3486, <8 x float>* %65, align 32
  %3487 = add i64 %3322, 202
  %3488 = getelementptr inbounds float, float* %1, i64 %3487
  %3489 = load float, float* %3488, align 4
  %3490 = insertelement <8 x float> undef, float %3489, i32 0
  %splat352 = shufflevector <8 x float> %3490, <8 x float> undef, <8 x i32> zeroinitializer
  %3491 = load <8 x float>, <8 x float>* %70, align 32
  %3492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3442, <8 x float> %3491)
  store <8 x float> %3492, <8 x float>* %70, align 32
  %3493 = load <8 x float>, <8 x float>* %64, align 32
  %3494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3446, <8 x float> %3493)
  store <8 x float> %3494, <8 x float>* %64, align 32
  %3495 = add i64 %3326, 24
  %3496 = getelementptr inbounds float, float* %4, i64 %3495
  %3497 = bitcast float* %3496 to <8 x float>*
  %3498 = load <8 x float>, <8 x float>* %3497, align 4
  %3499 = add i64 %3326, 4632
  %3500 = getelementptr inbounds float, float* %4, i64 %3499
  %3501 = bitcast float* %3500 to <8 x float>*
  %3502 = load <8 x float>, <8 x float>* %3501, align 4
  %3503 = add i64 %3322, 163
  %3504 = getelementptr inbounds float, float* %1, i64 %3503
  %3505 = load float, float* %3504, align 4
  %3506 = insertelement <8 x float> undef, float %3505, i32 0
  %splat353 = shufflevector <8 x float> %3506, <8 x float> undef, <8 x i32> zeroinitializer
  %3507 = load <8 x float>, <8 x float>* %75, align 32
  %3508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3498, <8 x float> %3507)
  store <8 x float> %3508, <8 x float>* %75, align 32
  %3509 = load <8 x float>, <8 x float>* %69, align 32
  %3510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3502, <8 x float> %3509)
  store <8 x float> %3510, <8 x float>* %69, align 32
  %3511 = add i64 %3322, 171
  %3512 = getelementptr inbounds float, float* %1, i64 %3511
  %3513 = load float, float* %3512, align 4
  %3514 = insertelement <8 x float> undef, float %3513, i32 0
  %splat354 = shufflevector <8 x float> %3514, <8 x float> undef, <8 x i32> zeroinitializer
  %3515 = load <8 x float>, <8 x float>* %74, align 32
  %3516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3498, <8 x float> %3515)
  store <8 x float> %3516, <8 x float>* %74, align 32
  %3517 = load <8 x float>, <8 x float>* %68, align 32
  %3518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3502, <8 x float> %3517)
  store <8 x float> %3518, <8 x float>* %68, align 32
  %3519 = add i64 %3322, 179
  %3520 = getelementptr inbounds float, float* %1, i64 %3519
  %3521 = load float, float* %3520, align 4
  %3522 = insertelement <8 x float> undef, float %3521, i32 0
  %splat355 = shufflevector <8 x float> %3522, <8 x float> undef, <8 x i32> zeroinitializer
  %3523 = load <8 x float>, <8 x float>* %73, align 32
  %3524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3498, <8 x float> %3523)
  store <8 x float> %3524, <8 x float>* %73, align 32
  %3525 = load <8 x float>, <8 x float>* %67, align 32
  %3526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3502, <8 x float> %3525)
  store <8 x float> %3526, <8 x float>* %67, align 32
  %3527 = add i64 %3322, 187
  %3528 = getelementptr inbounds float, float* %1, i64 %3527
  %3529 = load float, float* %3528, align 4
  %3530 = insertelement <8 x float> undef, float %3529, i32 0
  %splat356 = shufflevector <8 x float> %3530, <8 x float> undef, <8 x i32> zeroinitializer
  %3531 = load <8 x float>, <8 x float>* %72, align 32
  %3532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3498, <8 x float> %3531)
  store <8 x float> %3532, <8 x float>* %72, align 32
  %3533 = load <8 x float>, <8 x float>* %66, align 32
  %3534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3502, <8 x float> %3533)
  store <8 x float> %3534, <8 x float>* %66, align 32
  %3535 = add i64 %3322, 195
  %3536 = getelementptr inbounds float, float* %1, i64 %3535
  %3537 = load float, float* %3536, align 4
  %3538 = insertelement <8 x float> undef, float %3537, i32 0
  %splat357 = shufflevector <8 x float> %3538, <8 x float> undef, <8 x i32> zeroinitializer
  %3539 = load <8 x float>, <8 x float>* %71, align 32
  %3540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3498, <8 x float> %3539)
  store <8 x float> %3540, <8 x float>* %71, align 32
  %3541 = load <8 x float>, <8 x float>* %65, align 32
  %3542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3502, <8 x float> %3541)
  store <8 x float> %3542, <8 x float>* %65, align 32
  %3543 = add i64 %3322, 203
  %3544 = getelementptr inbounds float, float* %1, i64 %3543
  %3545 = load float, float* %3544, align 4
  %3546 = insertelement <8 x float> undef, float %3545, i32 0
  %splat358 = shufflevector <8 x float> %3546, <8 x float> undef, <8 x i32> zeroinitializer
  %3547 = load <8 x float>, <8 x float>* %70, align 32
  %3548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3498, <8 x float> %3547)
  store <8 x float> %3548, <8 x float>* %70, align 32
  %3549 = load <8 x float>, <8 x float>* %64, align 32
  %3550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3502, <8 x float> %3549)
  store <8 x float> %3550, <8 x float>* %64, align 32
  %3551 = add i64 %3326, 32
  %3552 = getelementptr inbounds float, float* %4, i64 %3551
  %3553 = bitcast float* %3552 to <8 x float>*
  %3554 = load <8 x float>, <8 x float>* %3553, align 4
  %3555 = add i64 %3326, 4640
  %3556 = getelementptr inbounds float, float* %4, i64 %3555
  %3557 = bitcast float* %3556 to <8 x float>*
  %3558 = load <8 x float>, <8 x float>* %3557, align 4
  %3559 = add i64 %3322, 164
  %3560 = getelementptr inbounds float, float* %1, i64 %3559
  %3561 = load float, float* %3560, align 4
  %3562 = insertelement <8 x float> undef, float %3561, i32 0
  %splat359 = shufflevector <8 x float> %3562, <8 x float> undef, <8 x i32> zeroinitializer
  %3563 = load <8 x float>, <8 x float>* %75, align 32
  %3564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3554, <8 x float> %3563)
  store <8 x float> %3564, <8 x float>* %75, align 32
  %3565 = load <8 x float>, <8 x float>* %69, align 32
  %3566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3558, <8 x float> %3565)
  store <8 x float> %3566, <8 x float>* %69, align 32
  %3567 = add i64 %3322, 172
  %3568 = getelementptr inbounds float, float* %1, i64 %3567
  %3569 = load float, float* %3568, align 4
  %3570 = insertelement <8 x float> undef, float %3569, i32 0
  %splat360 = shufflevector <8 x float> %3570, <8 x float> undef, <8 x i32> zeroinitializer
  %3571 = load <8 x float>, <8 x float>* %74, align 32
  %3572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat360, <8 x float> %3554, <8 x float> %3571)
  store <8 x float> %3572, <8 x float>* %74, align 32
  %3573 = load <8 x float>, <8 x float>* %68, align 32
  %3574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat360, <8 x float> %3558, <8 x float> %3573)
  store <8 x float> %3574, <8 x float>* %68, align 32
  %3575 = add i64 %3322, 180
  %3576 = getelementptr inbounds float, float* %1, i64 %3575
  %3577 = load float, float* %3576, align 4
  %3578 = insertelement <8 x float> undef, float %3577, i32 0
  %splat361 = shufflevector <8 x float> %3578, <8 x float> undef, <8 x i32> zeroinitializer
  %3579 = load <8 x float>, <8 x float>* %73, align 32
  %3580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat361, <8 x float> %3554, <8 x float> %3579)
  store <8 x float> %3580, <8 x float>* %73, align 32
  %3581 = load <8 x float>, <8 x float>* %67, align 32
  %3582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat361, <8 x float> %3558, <8 x float> %3581)
  store <8 x float> %3582, <8 x float>* %67, align 32
  %3583 = add i64 %3322, 188
  %3584 = getelementptr inbounds float, float* %1, i64 %3583
  %3585 = load float, float* %3584, align 4
  %3586 = insertelement <8 x float> undef, float %3585, i32 0
  %splat362 = shufflevector <8 x float> %3586, <8 x float> undef, <8 x i32> zeroinitializer
  %3587 = load <8 x float>, <8 x float>* %72, align 32
  %3588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat362, <8 x float> %3554, <8 x float> %3587)
  store <8 x float> %3588, <8 x float>* %72, align 32
  %3589 = load <8 x float>, <8 x float>* %66, align 32
  %3590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat362, <8 x float> %3558, <8 x float> %3589)
  store <8 x float> %3590, <8 x float>* %66, align 32
  %3591 = add i64 %3322, 196
  %3592 = getelementptr inbounds float, float* %1, i64 %3591
  %3593 = load float, float* %3592, align 4
  %3594 = insertelement <8 x float> undef, float %3593, i32 0
  %splat363 = shufflevector <8 x float> %3594, <8 x float> undef, <8 x i32> zeroinitializer
  %3595 = load <8 x float>, <8 x float>* %71, align 32
  %3596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat363, <8 x float> %3554, <8 x float> %3595)
  store <8 x float> %3596, <8 x float>* %71, align 32
  %3597 = load <8 x float>, <8 x float>* %65, align 32
  %3598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat363, <8 x float> %3558, <8 x float> %3597)
  store <8 x float> %3598, <8 x float>* %65, align 32
  %3599 = add i64 %3322, 204
  %3600 = getelementptr inbounds float, float* %1, i64 %3599
  %3601 = load float, float* %3600, align 4
  %3602 = insertelement <8 x float> undef, float %3601, i32 0
  %splat364 = shufflevector <8 x float> %3602, <8 x float> undef, <8 x i32> zeroinitializer
  %3603 = load <8 x float>, <8 x float>* %70, align 32
  %3604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat364, <8 x float> %3554, <8 x float> %3603)
  store <8 x float> %3604, <8 x float>* %70, align 32
  %3605 = load <8 x float>, <8 x float>* %64, align 32
  %3606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat364, <8 x float> %3558, <8 x float> %3605)
  store <8 x float> %3606, <8 x float>* %64, align 32
  %3607 = add i64 %3326, 40
  %3608 = getelementptr inbounds float, float* %4, i64 %3607
  %3609 = bitcast float* %3608 to <8 x float>*
  %3610 = load <8 x float>, <8 x float>* %3609, align 4
  %3611 = add i64 %3326, 4648
  %3612 = getelementptr inbounds float, float* %4, i64 %3611
  %3613 = bitcast float* %3612 to <8 x float>*
  %3614 = load <8 x float>, <8 x float>* %3613, align 4
  %3615 = add i64 %3322, 165
  %3616 = getelementptr inbounds float, float* %1, i64 %3615
  %3617 = load float, float* %3616, align 4
  %3618 = insertelement <8 x float> undef, float %3617, i32 0
  %splat365 = shufflevector <8 x float> %3618, <8 x float> undef, <8 x i32> zeroinitializer
  %3619 = load <8 x float>, <8 x float>* %75, align 32
  %3620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat365, <8 x float> %3610, <8 x float> %3619)
  store <8 x float> %3620, <8 x float>* %75, align 32
  %3621 = load <8 x float>, <8 x float>* %69, align 32
  %3622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat365, <8 x float> %3614, <8 x float> %3621)
  store <8 x float> %3622, <8 x float>* %69, align 32
  %3623 = add i64 %3322, 173
  %3624 = getelementptr inbounds float, float* %1, i64 %3623
  %3625 = load float, float* %3624, align 4
  %3626 = insertelement <8 x float> undef, float %3625, i32 0
  %splat366 = shufflevector <8 x float> %3626, <8 x float> undef, <8 x i32> zeroinitializer
  %3627 = load <8 x float>, <8 x float>* %74, align 32
  %3628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat366, <8 x float> %3610, <8 x float> %3627)
  store <8 x float> %3628, <8 x float>* %74, align 32
  %3629 = load <8 x float>, <8 x float>* %68, align 32
  %3630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat366, <8 x float> %3614, <8 x float> %3629)
  store <8 x float> %3630, <8 x float>* %68, align 32
  %3631 = add i64 %3322, 181
  %3632 = getelementptr inbounds float, float* %1, i64 %3631
  %3633 = load float, float* %3632, align 4
  %3634 = insertelement <8 x float> undef, float %3633, i32 0
  %splat367 = shufflevector <8 x float> %3634, <8 x float> undef, <8 x i32> zeroinitializer
  %3635 = load <8 x float>, <8 x float>* %73, align 32
  %3636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat367, <8 x float> %3610, <8 x float> %3635)
  store <8 x float> %3636, <8 x float>* %73, align 32
  %3637 = load <8 x float>, <8 x float>* %67, align 32
  %3638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat367, <8 x float> %3614, <8 x float> %3637)
  store <8 x float> %3638, <8 x float>* %67, align 32
  %3639 = add i64 %3322, 189
  %3640 = getelementptr inbounds float, float* %1, i64 %3639
  %3641 = load float, float* %3640, align 4
  %3642 = insertelement <8 x float> undef, float %3641, i32 0
  %splat368 = shufflevector <8 x float> %3642, <8 x float> undef, <8 x i32> zeroinitializer
  %3643 = load <8 x float>, <8 x float>* %72, align 32
  %3644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat368, <8 x float> %3610, <8 x float> %3643)
  store <8 x float> %3644, <8 x float>* %72, align 32
  %3645 = load <8 x float>, <8 x float>* %66, align 32
  %3646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat368, <8 x float> %3614, <8 x float> %3645)
  store <8 x float> %3646, <8 x float>* %66, align 32
  %3647 = add i64 %3322, 197
  %3648 = getelementptr inbounds float, float* %1, i64 %3647
  %3649 = load float, float* %3648, align 4
  %3650 = insertelement <8 x float> undef, float %3649, i32 0
  %splat369 = shufflevector <8 x float> %3650, <8 x float> undef, <8 x i32> zeroinitializer
  %3651 = load <8 x float>, <8 x float>* %71, align 32
  %3652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat369, <8 x float> %3610, <8 x float> %3651)
  store <8 x float> %3652, <8 x float>* %71, align 32
  %3653 = load <8 x float>, <8 x float>* %65, align 32
  %3654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat369, <8 x float> %3614, <8 x float> %3653)
  store <8 x float> %3654, <8 x float>* %65, align 32
  %3655 = add i64 %3322, 205
  %3656 = getelementptr inbounds float, float* %1, i64 %3655
  %3657 = load float, float* %3656, align 4
  %3658 = insertelement <8 x float> undef, float %3657, i32 0
  %splat370 = shufflevector <8 x float> %3658, <8 x float> undef, <8 x i32> zeroinitializer
  %3659 = load <8 x float>, <8 x float>* %70, align 32
  %3660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat370, <8 x float> %3610, <8 x float> %3659)
  store <8 x float> %3660, <8 x float>* %70, align 32
  %3661 = load <8 x float>, <8 x float>* %64, align 32
  %3662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat370, <8 x float> %3614, <8 x float> %3661)
  store <8 x float> %3662, <8 x float>* %64, align 32
  %3663 = add i64 %3326, 48
  %3664 = getelementptr inbounds float, float* %4, i64 %3663
  %3665 = bitcast float* %3664 to <8 x float>*
  %3666 = load <8 x float>, <8 x float>* %3665, align 4
  %3667 = add i64 %3326, 4656
  %3668 = getelementptr inbounds float, float* %4, i64 %3667
  %3669 = bitcast float* %3668 to <8 x float>*
  %3670 = load <8 x float>, <8 x float>* %3669, align 4
  %3671 = add i64 %3322, 166
  %3672 = getelementptr inbounds float, float* %1, i64 %3671
  %3673 = load float, float* %3672, align 4
  %3674 = insertelement <8 x float> undef, float %3673, i32 0
  %splat371 = shufflevector <8 x float> %3674, <8 x float> undef, <8 x i32> zeroinitializer
  %3675 = load <8 x float>, <8 x float>* %75, align 32
  %3676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat371, <8 x float> %3666, <8 x float> %3675)
  store <8 x float> %3676, <8 x float>* %75, align 32
  %3677 = load <8 x float>, <8 x float>* %69, align 32
  %3678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat371, <8 x float> %3670, <8 x float> %3677)
  store <8 x float> %3678, <8 x float>* %69, align 32
  %3679 = add i64 %3322, 174
  %3680 = getelementptr inbounds float, float* %1, i64 %3679
  %3681 = load float, float* %3680, align 4
  %3682 = insertelement <8 x float> undef, float %3681, i32 0
  %splat372 = shufflevector <8 x float> %3682, <8 x float> undef, <8 x i32> zeroinitializer
  %3683 = load <8 x float>, <8 x float>* %74, align 32
  %3684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat372, <8 x float> %3666, <8 x float> %3683)
  store <8 x float> %3684, <8 x float>* %74, align 32
  %3685 = load <8 x float>, <8 x float>* %68, align 32
  %3686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat372, <8 x float> %3670, <8 x float> %3685)
  store <8 x float> %3686, <8 x float>* %68, align 32
  %3687 = add i64 %3322, 182
  %3688 = getelementptr inbounds float, float* %1, i64 %3687
  %3689 = load float, float* %3688, align 4
  %3690 = insertelement <8 x float> undef, float %3689, i32 0
  %splat373 = shufflevector <8 x float> %3690, <8 x float> undef, <8 x i32> zeroinitializer
  %3691 = load <8 x float>, <8 x float>* %73, align 32
  %3692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat373, <8 x float> %3666, <8 x float> %3691)
  store <8 x float> %3692, <8 x float>* %73, align 32
  %3693 = load <8 x float>, <8 x float>* %67, align 32
  %3694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat373, <8 x float> %3670, <8 x float> %3693)
  store <8 x float> %3694, <8 x float>* %67, align 32
  %3695 = add i64 %3322, 190
  %3696 = getelementptr inbounds float, float* %1, i64 %3695
  %3697 = load float, float* %3696, align 4
  %3698 = insertelement <8 x float> undef, float %3697, i32 0
  %splat374 = shufflevector <8 x float> %3698, <8 x float> undef, <8 x i32> zeroinitializer
  %3699 = load <8 x float>, <8 x float>* %72, align 32
  %3700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat374, <8 x float> %3666, <8 x float> %3699)
  store <8 x float> %3700, <8 x float>* %72, align 32
  %3701 = load <8 x float>, <8 x float>* %66, align 32
  %3702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat374, <8 x float> %3670, <8 x float> %3701)
  store <8 x float> %3702, <8 x float>* %66, align 32
  %3703 = add i64 %3322, 198
  %3704 = getelementptr inbounds float, float* %1, i64 %3703
  %3705 = load float, float* %3704, align 4
  %3706 = insertelement <8 x float> undef, float %3705, i32 0
  %splat375 = shufflevector <8 x float> %3706, <8 x float> undef, <8 x i32> zeroinitializer
  %3707 = load <8 x float>, <8 x float>* %71, align 32
  %3708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat375, <8 x float> %3666, <8 x float> %3707)
  store <8 x float> %3708, <8 x float>* %71, align 32
  %3709 = load <8 x float>, <8 x float>* %65, align 32
  %3710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat375, <8 x float> %3670, <8 x float> %3709)
  store <8 x float> %3710, <8 x float>* %65, align 32
  %3711 = add i64 %3322, 206
  %3712 = getelementptr inbounds float, float* %1, i64 %3711
  %3713 = load float, float* %3712, align 4
  %3714 = insertelement <8 x float> undef, float %3713, i32 0
  %splat376 = shufflevector <8 x float> %3714, <8 x float> undef, <8 x i32> zeroinitializer
  %3715 = load <8 x float>, <8 x float>* %70, align 32
  %3716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat376, <8 x float> %3666, <8 x float> %3715)
  store <8 x float> %3716, <8 x float>* %70, align 32
  %3717 = load <8 x float>, <8 x float>* %64, align 32
  %3718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat376, <8 x float> %3670, <8 x float> %3717)
  store <8 x float> %3718, <8 x float>* %64, align 32
  %3719 = add i64 %3326, 56
  %3720 = getelementptr inbounds float, float* %4, i64 %3719
  %3721 = bitcast float* %3720 to <8 x float>*
  %3722 = load <8 x float>, <8 x float>* %3721, align 4
  %3723 = add i64 %3326, 4664
  %3724 = getelementptr inbounds float, float* %4, i64 %3723
  %3725 = bitcast float* %3724 to <8 x float>*
  %3726 = load <8 x float>, <8 x float>* %3725, align 4
  %3727 = add i64 %3322, 167
  %3728 = getelementptr inbounds float, float* %1, i64 %3727
  %3729 = load float, float* %3728, align 4
  %3730 = insertelement <8 x float> undef, float %3729, i32 0
  %splat377 = shufflevector <8 x float> %3730, <8 x float> undef, <8 x i32> zeroinitializer
  %3731 = load <8 x float>, <8 x float>* %75, align 32
  %3732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat377, <8 x float> %3722, <8 x float> %3731)
  store <8 x float> %3732, <8 x float>* %75, align 32
  %3733 = load <8 x float>, <8 x float>* %69, align 32
  %3734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat377, <8 x float> %3726, <8 x float> %3733)
  store <8 x float> %3734, <8 x float>* %69, align 32
  %3735 = add i64 %3322, 175
  %3736 = getelementptr inbounds float, float* %1, i64 %3735
  %3737 = load float, float* %3736, align 4
  %3738 = insertelement <8 x float> undef, float %3737, i32 0
  %splat378 = shufflevector <8 x float> %3738, <8 x float> undef, <8 x i32> zeroinitializer
  %3739 = load <8 x float>, <8 x float>* %74, align 32
  %3740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat378, <8 x float> %3722, <8 x float> %3739)
  store <8 x float> %3740, <8 x float>* %74, align 32
  %3741 = load <8 x float>, <8 x float>* %68, align 32
  %3742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat378, <8 x float> %3726, <8 x float> %3741)
  store <8 x float> %3742, <8 x float>* %68, align 32
  %3743 = add i64 %3322, 183
  %3744 = getelementptr inbounds float, float* %1, i64 %3743
  %3745 = load float, float* %3744, align 4
  %3746 = insertelement <8 x float> undef, float %3745, i32 0
  %splat379 = shufflevector <8 x float> %3746, <8 x float> undef, <8 x i32> zeroinitializer
  %3747 = load <8 x float>, <8 x float>* %73, align 32
  %3748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat379, <8 x float> %3722, <8 x float> %3747)
  store <8 x float> %3748, <8 x float>* %73, align 32
  %3749 = load <8 x float>, <8 x float>* %67, align 32
  %3750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat379, <8 x float> %3726, <8 x float> %3749)
  store <8 x float> %3750, <8 x float>* %67, align 32
  %3751 = add i64 %3322, 191
  %3752 = getelementptr inbounds float, float* %1, i64 %3751
  %3753 = load float, float* %3752, align 4
  %3754 = insertelement <8 x float> undef, float %3753, i32 0
  %splat380 = shufflevector <8 x float> %3754, <8 x float> undef, <8 x i32> zeroinitializer
  %3755 = load <8 x float>, <8 x float>* %72, align 32
  %3756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat380, <8 x float> %3722, <8 x float> %3755)
  store <8 x float> %3756, <8 x float>* %72, align 32
  %3757 = load <8 x float>, <8 x float>* %66, align 32
  %3758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat380, <8 x float> %3726, <8 x float> %3757)
  store <8 x float> %3758, <8 x float>* %66, align 32
  %3759 = add i64 %3322, 199
  %3760 = getelementptr inbounds float, float* %1, i64 %3759
  %3761 = load float, float* %3760, align 4
  %3762 = insertelement <8 x float> undef, float %3761, i32 0
  %splat381 = shufflevector <8 x float> %3762, <8 x float> undef, <8 x i32> zeroinitializer
  %3763 = load <8 x float>, <8 x float>* %71, align 32
  %3764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat381, <8 x float> %3722, <8 x float> %3763)
  store <8 x float> %3764, <8 x float>* %71, align 32
  %3765 = load <8 x float>, <8 x float>* %65, align 32
  %3766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat381, <8 x float> %3726, <8 x float> %3765)
  store <8 x float> %3766, <8 x float>* %65, align 32
  %3767 = add i64 %3322, 207
  %3768 = getelementptr inbounds float, float* %1, i64 %3767
  %3769 = load float, float* %3768, align 4
  %3770 = insertelement <8 x float> undef, float %3769, i32 0
  %splat382 = shufflevector <8 x float> %3770, <8 x float> undef, <8 x i32> zeroinitializer
  %3771 = load <8 x float>, <8 x float>* %70, align 32
  %3772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3722, <8 x float> %3771)
  store <8 x float> %3772, <8 x float>* %70, align 32
  %3773 = load <8 x float>, <8 x float>* %64, align 32
  %3774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3726, <8 x float> %3773)
  store <8 x float> %3774, <8 x float>* %64, align 32
  %kw.next383 = add i64 %kw334, 1
  br label %kw.header331

kw.exit333:                                       ; preds = %kw.header331
  %kh.next384 = add i64 %kh330, 1
  br label %kh.header327

u.header386:                                      ; preds = %kh.exit392, %u.exit325
  %u389 = phi i64 [ 0, %u.exit325 ], [ %u.next448, %kh.exit392 ]
  %3775 = icmp slt i64 %u389, 8
  br i1 %3775, label %u.body387, label %u.exit388

u.body387:                                        ; preds = %u.header386
  %3776 = mul i64 %u389, 1800
  %3777 = add i64 %3316, %3776
  %3778 = mul i64 %u389, 576
  %3779 = add i64 %153, %3778
  br label %kh.header390

u.exit388:                                        ; preds = %u.header386
  %3780 = mul i64 %145, 8
  %3781 = add i64 %3780, %148
  %3782 = add i64 %3781, 0
  %3783 = mul i64 %3782, 13
  %3784 = add i64 %3783, %142
  %3785 = mul i64 %3784, 13
  %3786 = add i64 %3785, 24
  %3787 = mul i64 %3786, 8
  %3788 = load <8 x float>, <8 x float>* %63, align 32
  %3789 = fcmp ogt <8 x float> %3788, zeroinitializer
  %3790 = select <8 x i1> %3789, <8 x float> %3788, <8 x float> zeroinitializer
  %3791 = getelementptr inbounds float, float* %0, i64 %3787
  %3792 = bitcast float* %3791 to <8 x float>*
  store <8 x float> %3790, <8 x float>* %3792, align 4
  %3793 = add i64 %3785, 25
  %3794 = mul i64 %3793, 8
  %3795 = load <8 x float>, <8 x float>* %62, align 32
  %3796 = fcmp ogt <8 x float> %3795, zeroinitializer
  %3797 = select <8 x i1> %3796, <8 x float> %3795, <8 x float> zeroinitializer
  %3798 = getelementptr inbounds float, float* %0, i64 %3794
  %3799 = bitcast float* %3798 to <8 x float>*
  store <8 x float> %3797, <8 x float>* %3799, align 4
  %3800 = add i64 %3785, 26
  %3801 = mul i64 %3800, 8
  %3802 = load <8 x float>, <8 x float>* %61, align 32
  %3803 = fcmp ogt <8 x float> %3802, zeroinitializer
  %3804 = select <8 x i1> %3803, <8 x float> %3802, <8 x float> zeroinitializer
  %3805 = getelementptr inbounds float, float* %0, i64 %3801
  %3806 = bitcast float* %3805 to <8 x float>*
  store <8 x float> %3804, <8 x float>* %3806, align 4
  %3807 = add i64 %3785, 27
  %3808 = mul i64 %3807, 8
  %3809 = load <8 x float>, <8 x float>* %60, align 32
  %3810 = fcmp ogt <8 x float> %3809, zeroinitializer
  %3811 = select <8 x i1> %3810, <8 x float> %3809, <8 x float> zeroinitializer
  %3812 = getelementptr inbounds float, float* %0, i64 %3808
  %3813 = bitcast float* %3812 to <8 x float>*
  store <8 x float> %3811, <8 x float>* %3813, align 4
  %3814 = add i64 %3785, 28
  %3815 = mul i64 %3814, 8
  %3816 = load <8 x float>, <8 x float>* %59, align 32
  %3817 = fcmp ogt <8 x float> %3816, zeroinitializer
  %3818 = select <8 x i1> %3817, <8 x float> %3816, <8 x float> zeroinitializer
  %3819 = getelementptr inbounds float, float* %0, i64 %3815
  %3820 = bitcast float* %3819 to <8 x float>*
  store <8 x float> %3818, <8 x float>* %3820, align 4
  %3821 = add i64 %3785, 29
  %3822 = mul i64 %3821, 8
  %3823 = load <8 x float>, <8 x float>* %58, align 32
  %3824 = fcmp ogt <8 x float> %3823, zeroinitializer
  %3825 = select <8 x i1> %3824, <8 x float> %3823, <8 x float> zeroinitializer
  %3826 = getelementptr inbounds float, float* %0, i64 %3822
  %3827 = bitcast float* %3826 to <8 x float>*
  store <8 x float> %3825, <8 x float>* %3827, align 4
  %3828 = mul i64 %145, 8
  %3829 = add i64 %3828, %148
  %3830 = add i64 %3829, 1
  %3831 = mul i64 %3830, 13
  %3832 = add i64 %3831, %142
  %3833 = mul i64 %3832, 13
  %3834 = add i64 %3833, 24
  %3835 = mul i64 %3834, 8
  %3836 = load <8 x float>, <8 x float>* %57, align 32
  %3837 = fcmp ogt <8 x float> %3836, zeroinitializer
  %3838 = select <8 x i1> %3837, <8 x float> %3836, <8 x float> zeroinitializer
  %3839 = getelementptr inbounds float, float* %0, i64 %3835
  %3840 = bitcast float* %3839 to <8 x float>*
  store <8 x float> %3838, <8 x float>* %3840, align 4
  %3841 = add i64 %3833, 25
  %3842 = mul i64 %3841, 8
  %3843 = load <8 x float>, <8 x float>* %56, align 32
  %3844 = fcmp ogt <8 x float> %3843, zeroinitializer
  %3845 = select <8 x i1> %3844, <8 x float> %3843, <8 x float> zeroinitializer
  %3846 = getelementptr inbounds float, float* %0, i64 %3842
  %3847 = bitcast float* %3846 to <8 x float>*
  store <8 x float> %3845, <8 x float>* %3847, align 4
  %3848 = add i64 %3833, 26
  %3849 = mul i64 %3848, 8
  %3850 = load <8 x float>, <8 x float>* %55, align 32
  %3851 = fcmp ogt <8 x float> %3850, zeroinitializer
  %3852 = select <8 x i1> %3851, <8 x float> %3850, <8 x float> zeroinitializer
  %3853 = getelementptr inbounds float, float* %0, i64 %3849
  %3854 = bitcast float* %3853 to <8 x float>*
  store <8 x float> %3852, <8 x float>* %3854, align 4
  %3855 = add i64 %3833, 27
  %3856 = mul i64 %3855, 8
  %3857 = load <8 x float>, <8 x float>* %54, align 32
  %3858 = fcmp ogt <8 x float> %3857, zeroinitializer
  %3859 = select <8 x i1> %3858, <8 x float> %3857, <8 x float> zeroinitializer
  %3860 = getelementptr inbounds float, float* %0, i64 %3856
  %3861 = bitcast float* %3860 to <8 x float>*
  store <8 x float> %3859, <8 x float>* %3861, align 4
  %3862 = add i64 %3833, 28
  %3863 = mul i64 %3862, 8
  %3864 = load <8 x float>, <8 x float>* %53, align 32
  %3865 = fcmp ogt <8 x float> %3864, zeroinitializer
  %3866 = select <8 x i1> %3865, <8 x float> %3864, <8 x float> zeroinitializer
  %3867 = getelementptr inbounds float, float* %0, i64 %3863
  %3868 = bitcast float* %3867 to <8 x float>*
  store <8 x float> %3866, <8 x float>* %3868, align 4
  %3869 = add i64 %3833, 29
  %3870 = mul i64 %3869, 8
  %3871 = load <8 x float>, <8 x float>* %52, align 32
  %3872 = fcmp ogt <8 x float> %3871, zeroinitializer
  %3873 = select <8 x i1> %3872, <8 x float> %3871, <8 x float> zeroinitializer
  %3874 = getelementptr inbounds float, float* %0, i64 %3870
  %3875 = bitcast float* %3874 to <8 x float>*
  store <8 x float> %3873, <8 x float>* %3875, align 4
  %3876 = add i64 %148, 0
  %3877 = mul i64 %3876, 8
  %3878 = getelementptr inbounds float, float* %5, i64 %3877
  %3879 = bitcast float* %3878 to <8 x float>*
  %3880 = load <8 x float>, <8 x float>* %3879, align 4
  store <8 x float> %3880, <8 x float>* %51, align 32
  store <8 x float> %3880, <8 x float>* %50, align 32
  store <8 x float> %3880, <8 x float>* %49, align 32
  store <8 x float> %3880, <8 x float>* %48, align 32
  store <8 x float> %3880, <8 x float>* %47, align 32
  store <8 x float> %3880, <8 x float>* %46, align 32
  %3881 = add i64 %148, 1
  %3882 = mul i64 %3881, 8
  %3883 = getelementptr inbounds float, float* %5, i64 %3882
  %3884 = bitcast float* %3883 to <8 x float>*
  %3885 = load <8 x float>, <8 x float>* %3884, align 4
  store <8 x float> %3885, <8 x float>* %45, align 32
  store <8 x float> %3885, <8 x float>* %44, align 32
  store <8 x float> %3885, <8 x float>* %43, align 32
  store <8 x float> %3885, <8 x float>* %42, align 32
  store <8 x float> %3885, <8 x float>* %41, align 32
  store <8 x float> %3885, <8 x float>* %40, align 32
  %3886 = add i64 %154, 0
  %3887 = add i64 %152, %3886
  br label %u.header449

kh.header390:                                     ; preds = %kw.exit396, %u.body387
  %kh393 = phi i64 [ 0, %u.body387 ], [ %kh.next447, %kw.exit396 ]
  %3888 = icmp slt i64 %kh393, 3
  br i1 %3888, label %kh.body391, label %kh.exit392

kh.body391:                                       ; preds = %kh.header390
  %3889 = mul i64 %kh393, 120
  %3890 = add i64 %3777, %3889
  br label %kw.header394

kh.exit392:                                       ; preds = %kh.header390
  %u.next448 = add i64 %u389, 1
  br label %u.header386

kw.header394:                                     ; preds = %kw.body395, %kh.body391
  %kw397 = phi i64 [ 0, %kh.body391 ], [ %kw.next446, %kw.body395 ]
  %3891 = icmp slt i64 %kw397, 3
  br i1 %3891, label %kw.body395, label %kw.exit396

kw.body395:                                       ; preds = %kw.header394
  %3892 = mul i64 %kw397, 8
  %3893 = add i64 %3890, %3892
  %3894 = mul i64 %kh393, 3
  %3895 = add i64 %3894, %kw397
  %3896 = mul i64 %3895, 64
  %3897 = add i64 %3779, %3896
  %3898 = add i64 %3897, 0
  %3899 = getelementptr inbounds float, float* %4, i64 %3898
  %3900 = bitcast float* %3899 to <8 x float>*
  %3901 = load <8 x float>, <8 x float>* %3900, align 4
  %3902 = add i64 %3897, 4608
  %3903 = getelementptr inbounds float, float* %4, i64 %3902
  %3904 = bitcast float* %3903 to <8 x float>*
  %3905 = load <8 x float>, <8 x float>* %3904, align 4
  %3906 = add i64 %3893, 208
  %3907 = getelementptr inbounds float, float* %1, i64 %3906
  %3908 = load float, float* %3907, align 4
  %3909 = insertelement <8 x float> undef, float %3908, i32 0
  %splat398 = shufflevector <8 x float> %3909, <8 x float> undef, <8 x i32> zeroinitializer
  %3910 = load <8 x float>, <8 x float>* %63, align 32
  %3911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3901, <8 x float> %3910)
  store <8 x float> %3911, <8 x float>* %63, align 32
  %3912 = load <8 x float>, <8 x float>* %57, align 32
  %3913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3905, <8 x float> %3912)
  store <8 x float> %3913, <8 x float>* %57, align 32
  %3914 = add i64 %3893, 216
  %3915 = getelementptr inbounds float, float* %1, i64 %3914
  %3916 = load float, float* %3915, align 4
  %3917 = insertelement <8 x float> undef, float %3916, i32 0
  %splat399 = shufflevector <8 x float> %3917, <8 x float> undef, <8 x i32> zeroinitializer
  %3918 = load <8 x float>, <8 x float>* %62, align 32
  %3919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3901, <8 x float> %3918)
  store <8 x float> %3919, <8 x float>* %62, align 32
  %3920 = load <8 x float>, <8 x float>* %56, align 32
  %3921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3905, <8 x float> %3920)
  store <8 x float> %3921, <8 x float>* %56, align 32
  %3922 = add i64 %3893, 240
  %3923 = getelementptr inbounds float, float* %1, i64 %3922
  %3924 = load float, float* %3923, align 4
  %3925 = insertelement <8 x float> undef, float %3924, i32 0
  %splat400 = shufflevector <8 x float> %3925, <8 x float> undef, <8 x i32> zeroinitializer
  %3926 = load <8 x float>, <8 x float>* %61, align 32
  %3927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3901, <8 x float> %3926)
  store <8 x float> %3927, <8 x float>* %61, align 32
  %3928 = load <8 x float>, <8 x float>* %55, align 32
  %3929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3905, <8 x float> %3928)
  store <8 x float> %3929, <8 x float>* %55, align 32
  %3930 = add i64 %3893, 248
  %3931 = getelementptr inbounds float, float* %1, i64 %3930
  %3932 = load float, float* %3931, align 4
  %3933 = insertelement <8 x float> undef, float %3932, i32 0
  %splat401 = shufflevector <8 x float> %3933, <8 x float> undef, <8 x i32> zeroinitializer
  %3934 = load <8 x float>, <8 x float>* %60, align 32
  %3935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3901, <8 x float> %3934)
  store <8 x float> %3935, <8 x float>* %60, align 32
  %3936 = load <8 x float>, <8 x float>* %54, align 32
  %3937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3905, <8 x float> %3936)
  store <8 x float> %3937, <8 x float>* %54, align 32
  %3938 = add i64 %3893, 256
  %3939 = getelementptr inbounds float, float* %1, i64 %3938
  %3940 = load float, float* %3939, align 4
  %3941 = insertelement <8 x float> undef, float %3940, i32 0
  %splat402 = shufflevector <8 x float> %3941, <8 x float> undef, <8 x i32> zeroinitializer
  %3942 = load <8 x float>, <8 x float>* %59, align 32
  %3943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3901, <8 x float> %3942)
  store <8 x float> %3943, <8 x float>* %59, align 32
  %3944 = load <8 x float>, <8 x float>* %53, align 32
  %3945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3905, <8 x float> %3944)
  store <8 x float> %3945, <8 x float>* %53, align 32
  %3946 = add i64 %3893, 264
  %3947 = getelementptr inbounds float, float* %1, i64 %3946
  %3948 = load float, float* %3947, align 4
  %3949 = insertelement <8 x float> undef, float %3948, i32 0
  %splat403 = shufflevector <8 x float> %3949, <8 x float> undef, <8 x i32> zeroinitializer
  %3950 = load <8 x float>, <8 x float>* %58, align 32
  %3951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3901, <8 x float> %3950)
  store <8 x float> %3951, <8 x float>* %58, align 32
  %3952 = load <8 x float>, <8 x float>* %52, align 32
  %3953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3905, <8 x float> %3952)
  store <8 x float> %3953, <8 x float>* %52, align 32
  %3954 = add i64 %3897, 8
  %3955 = getelementptr inbounds float, float* %4, i64 %3954
  %3956 = bitcast float* %3955 to <8 x float>*
  %3957 = load <8 x float>, <8 x float>* %3956, align 4
  %3958 = add i64 %3897, 4616
  %3959 = getelementptr inbounds float, float* %4, i64 %3958
  %3960 = bitcast float* %3959 to <8 x float>*
  %3961 = load <8 x float>, <8 x float>* %3960, align 4
  %3962 = add i64 %3893, 209
  %3963 = getelementptr inbounds float, float* %1, i64 %3962
  %3964 = load float, float* %3963, align 4
  %3965 = insertelement <8 x float> undef, float %3964, i32 0
  %splat404 = shufflevector <8 x float> %3965, <8 x float> undef, <8 x i32> zeroinitializer
  %3966 = load <8 x float>, <8 x float>* %63, align 32
  %3967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3957, <8 x float> %3966)
  store <8 x float> %3967, <8 x float>* %63, align 32
  %3968 = load <8 x float>, <8 x float>* %57, align 32
  %3969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3961, <8 x float> %3968)
  store <8 x float> %3969, <8 x float>* %57, align 32
  %3970 = add i64 %3893, 217
  %3971 = getelementptr inbounds float, float* %1, i64 %3970
  %3972 = load float, float* %3971, align 4
  %3973 = insertelement <8 x float> undef, float %3972, i32 0
  %splat405 = shufflevector <8 x float> %3973, <8 x float> undef, <8 x i32> zeroinitializer
  %3974 = load <8 x float>, <8 x float>* %62, align 32
  %3975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3957, <8 x float> %3974)
  store <8 x float> %3975, <8 x float>* %62, align 32
  %3976 = load <8 x float>, <8 x float>* %56, align 32
  %3977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3961, <8 x float> %3976)
  store <8 x float> %3977, <8 x float>* %56, align 32
  %3978 = add i64 %3893, 241
  %3979 = getelementptr inbounds float, float* %1, i64 %3978
  %3980 = load float, float* %3979, align 4
  %3981 = insertelement <8 x float> undef, float %3980, i32 0
  %splat406 = shufflevector <8 x float> %3981, <8 x float> undef, <8 x i32> zeroinitializer
  %3982 = load <8 x float>, <8 x float>* %61, align 32
  %3983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3957, <8 x float> %3982)
  store <8 x float> %3983, <8 x float>* %61, align 32
  %3984 = load <8 x float>, <8 x float>* %55, align 32
  %3985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3961, <8 x float> %3984)
  store <8 x float> %3985, <8 x float>* %55, align 32
  %3986 = add i64 %3893, 249
  %3987 = getelementptr inbounds float, float* %1, i64 %3986
  %3988 = load float, float* %3987, align 4
  %3989 = insertelement <8 x float> undef, float %3988, i32 0
  %splat407 = shufflevector <8 x float> %3989, <8 x float> undef, <8 x i32> zeroinitializer
  %3990 = load <8 x float>, <8 x float>* %60, align 32
  %3991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3957, <8 x float> %3990)
  store <8 x float> %3991, <8 x float>* %60, align 32
  %3992 = load <8 x float>, <8 x float>* %54, align 32
  %3993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3961, <8 x float> %3992)
  store <8 x float> %3993, <8 x float>* %54, align 32
  %3994 = add i64 %3893, 257
  %3995 = getelementptr inbounds float, float* %1, i64 %3994
  %3996 = load float, float* %3995, align 4
  %3997 = insertelement <8 x float> undef, float %3996, i32 0
  %splat408 = shufflevector <8 x float> %3997, <8 x float> undef, <8 x i32> zeroinitializer
  %3998 = load <8 x float>, <8 x float>* %59, align 32
  %3999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3957, <8 x float> %3998)
  store <8 x float> %3999, <8 x float>* %59, align 32
  %4000 = load <8 x float>, <8 x float>* %53, align 32
  %4001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3961, <8 x float> %4000)
  store <8 x float> %4001, <8 x float>* %53, align 32
  %4002 = add i64 %3893, 265
  %4003 = getelementptr inbounds float, float* %1, i64 %4002
  %4004 = load float, float* %4003, align 4
  %4005 = insertelement <8 x float> undef, float %4004, i32 0
  %splat409 = shufflevector <8 x float> %4005, <8 x float> undef, <8 x i32> zeroinitializer
  %4006 = load <8 x float>, <8 x float>* %58, align 32
  %4007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3957, <8 x float> %4006)
  store <8 x float> %4007, <8 x float>* %58, align 32
  %4008 = load <8 x float>, <8 x float>* %52, align 32
  %4009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3961, <8 x float> %4008)
  store <8 x float> %4009, <8 x float>* %52, align 32
  %4010 = add i64 %3897, 16
  %4011 = getelementptr inbounds float, float* %4, i64 %4010
  %4012 = bitcast float* %4011 to <8 x float>*
  %4013 = load <8 x float>, <8 x float>* %4012, align 4
  %4014 = add i64 %3897, 4624
  %4015 = getelementptr inbounds float, float* %4, i64 %4014
  %4016 = bitcast float* %4015 to <8 x float>*
  %4017 = load <8 x float>, <8 x float>* %4016, align 4
  %4018 = add i64 %3893, 210
  %4019 = getelementptr inbounds float, float* %1, i64 %4018
  %4020 = load float, float* %4019, align 4
  %4021 = insertelement <8 x float> undef, float %4020, i32 0
  %splat410 = shufflevector <8 x float> %4021, <8 x float> undef, <8 x i32> zeroinitializer
  %4022 = load <8 x float>, <8 x float>* %63, align 32
  %4023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %4013, <8 x float> %4022)
  store <8 x float> %4023, <8 x float>* %63, align 32
  %4024 = load <8 x float>, <8 x float>* %57, align 32
  %4025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %4017, <8 x float> %4024)
  store <8 x float> %4025, <8 x float>* %57, align 32
  %4026 = add i64 %3893, 218
  %4027 = getelementptr inbounds float, float* %1, i64 %4026
  %4028 = load float, float* %4027, align 4
  %4029 = insertelement <8 x float> undef, float %4028, i32 0
  %splat411 = shufflevector <8 x float> %4029, <8 x float> undef, <8 x i32> zeroinitializer
  %4030 = load <8 x float>, <8 x float>* %62, align 32
  %4031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %4013, <8 x float> %4030)
  store <8 x float> %4031, <8 x float>* %62, align 32
  %4032 = load <8 x float>, <8 x float>* %56, align 32
  %4033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %4017, <8 x float> %4032)
  store <8 x float> %4033, <8 x float>* %56, align 32
  %4034 = add i64 %3893, 242
  %4035 = getelementptr inbounds float, float* %1, i64 %4034
  %4036 = load float, float* %4035, align 4
  %4037 = insertelement <8 x float> undef, float %4036, i32 0
  %splat412 = shufflevector <8 x float> %4037, <8 x float> undef, <8 x i32> zeroinitializer
  %4038 = load <8 x float>, <8 x float>* %61, align 32
  %4039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %4013, <8 x float> %4038)
  store <8 x float> %4039, <8 x float>* %61, align 32
  %4040 = load <8 x float>, <8 x float>* %55, align 32
  %4041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %4017, <8 x float> %4040)
  store <8 x float> %4041, <8 x float>* %55, align 32
  %4042 = add i64 %3893, 250
  %4043 = getelementptr inbounds float, float* %1, i64 %4042
  %4044 = load float, float* %4043, align 4
  %4045 = insertelement <8 x float> undef, float %4044, i32 0
  %splat413 = shufflevector <8 x float> %4045, <8 x float> undef, <8 x i32> zeroinitializer
  %4046 = load <8 x float>, <8 x float>* %60, align 32
  %4047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %4013, <8 x float> %4046)
  store <8 x float> %4047, <8 x float>* %60, align 32
  %4048 = load <8 x float>, <8 x float>* %54, align 32
  %4049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %4017, <8 x float> %4048)
  store <8 x float> %4049, <8 x float>* %54, align 32
  %4050 = add i64 %3893, 258
  %4051 = getelementptr inbounds float, float* %1, i64 %4050
  %4052 = load float, float* %4051, align 4
  %4053 = insertelement <8 x float> undef, float %4052, i32 0
  %splat414 = shufflevector <8 x float> %4053, <8 x float> undef, <8 x i32> zeroinitializer
  %4054 = load <8 x float>, <8 x float>* %59, align 32
  %4055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %4013, <8 x float> %4054)
  store <8 x float> %4055, <8 x float>* %59, align 32
  %4056 = load <8 x float>, <8 x float>* %53, align 32
  %4057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %4017, <8 x float> %4056)
  store <8 x float> %4057, <8 x float>* %53, align 32
  %4058 = add i64 %3893, 266
  %4059 = getelementptr inbounds float, float* %1, i64 %4058
  %4060 = load float, float* %4059, align 4
  %4061 = insertelement <8 x float> undef, float %4060, i32 0
  %splat415 = shufflevector <8 x float> %4061, <8 x float> undef, <8 x i32> zeroinitializer
  %4062 = load <8 x float>, <8 x float>* %58, align 32
  %4063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %4013, <8 x float> %4062)
  store <8 x float> %4063, <8 x float>* %58, align 32
  %4064 = load <8 x float>, <8 x float>* %52, align 32
  %4065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %4017, <8 x float> %4064)
  store <8 x float> %4065, <8 x float>* %52, align 32
  %4066 = add i64 %3897, 24
  %4067 = getelementptr inbounds float, float* %4, i64 %4066
  %4068 = bitcast float* %4067 to <8 x float>*
  %4069 = load <8 x float>, <8 x float>* %4068, align 4
  %4070 = add i64 %3897, 4632
  %4071 = getelementptr inbounds float, float* %4, i64 %4070
  %4072 = bitcast float* %4071 to <8 x float>*
  %4073 = load <8 x float>, <8 x float>* %4072, align 4
  %4074 = add i64 %3893, 211
  %4075 = getelementptr inbounds float, float* %1, i64 %4074
  %4076 = load float, float* %4075, align 4
  %4077 = insertelement <8 x float> undef, float %4076, i32 0
  %splat416 = shufflevector <8 x float> %4077, <8 x float> undef, <8 x i32> zeroinitializer
  %4078 = load <8 x float>, <8 x float>* %63, align 32
  %4079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %4069, <8 x float> %4078)
  store <8 x float> %4079, <8 x float>* %63, align 32
  %4080 = load <8 x float>, <8 x float>* %57, align 32
  %4081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %4073, <8 x float> %4080)
  store <8 x float> %4081, <8 x float>* %57, align 32
  %4082 = add i64 %3893, 219
  %4083 = getelementptr inbounds float, float* %1, i64 %4082
  %4084 = load float, float* %4083, align 4
  %4085 = insertelement <8 x float> undef, float %4084, i32 0
  %splat417 = shufflevector <8 x float> %4085, <8 x float> undef, <8 x i32> zeroinitializer
  %4086 = load <8 x float>, <8 x float>* %62, align 32
  %4087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %4069, <8 x float> %4086)
  store <8 x float> %4087, <8 x float>* %62, align 32
  %4088 = load <8 x float>, <8 x float>* %56, align 32
  %4089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %4073, <8 x float> %4088)
  store <8 x float> %4089, <8 x float>* %56, align 32
  %4090 = add i64 %3893, 243
  %4091 = getelementptr inbounds float, float* %1, i64 %4090
  %4092 = load float, float* %4091, align 4
  %4093 = insertelement <8 x float> undef, float %4092, i32 0
  %splat418 = shufflevector <8 x float> %4093, <8 x float> undef, <8 x i32> zeroinitializer
  %4094 = load <8 x float>, <8 x float>* %61, align 32
  %4095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %4069, <8 x float> %4094)
  store <8 x float> %4095, <8 x float>* %61, align 32
  %4096 = load <8 x float>, <8 x float>* %55, align 32
  %4097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %4073, <8 x float> %4096)
  store <8 x float> %4097, <8 x float>* %55, align 32
  %4098 = add i64 %3893, 251
  %4099 = getelementptr inbounds float, float* %1, i64 %4098
  %4100 = load float, float* %4099, align 4
  %4101 = insertelement <8 x float> undef, float %4100, i32 0
  %splat419 = shufflevector <8 x float> %4101, <8 x float> undef, <8 x i32> zeroinitializer
  %4102 = load <8 x float>, <8 x float>* %60, align 32
  %4103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %4069, <8 x float> %4102)
  store <8 x float> %4103, <8 x float>* %60, align 32
  %4104 = load <8 x float>, <8 x float>* %54, align 32
  %4105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %4073, <8 x float> %4104)
  store <8 x float> %4105, <8 x float>* %54, align 32
  %4106 = add i64 %3893, 259
  %4107 = getelementptr inbounds float, float* %1, i64 %4106
  %4108 = load float, float* %4107, align 4
  %4109 = insertelement <8 x float> undef, float %4108, i32 0
  %splat420 = shufflevector <8 x float> %4109, <8 x float> undef, <8 x i32> zeroinitializer
  %4110 = load <8 x float>, <8 x float>* %59, align 32
  %4111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %4069, <8 x float> %4110)
  store <8 x float> %4111, <8 x float>* %59, align 32
  %4112 = load <8 x float>, <8 x float>* %53, align 32
  %4113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %4073, <8 x float> %4112)
  store <8 x float> %4113, <8 x float>* %53, align 32
  %4114 = add i64 %3893, 267
  %4115 = getelementptr inbounds float, float* %1, i64 %4114
  %4116 = load float, float* %4115, align 4
  %4117 = insertelement <8 x float> undef, float %4116, i32 0
  %splat421 = shufflevector <8 x float> %4117, <8 x float> undef, <8 x i32> zeroinitializer
  %4118 = load <8 x float>, <8 x float>* %58, align 32
  %4119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %4069, <8 x float> %4118)
  store <8 x float> %4119, <8 x float>* %58, align 32
  %4120 = load <8 x float>, <8 x float>* %52, align 32
  %4121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %4073, <8 x float> %4120)
  store <8 x float> %4121, <8 x float>* %52, align 32
  %4122 = add i64 %3897, 32
  %4123 = getelementptr inbounds float, float* %4, i64 %4122
  %4124 = bitcast float* %4123 to <8 x float>*
  %4125 = load <8 x float>, <8 x float>* %4124, align 4
  %4126 = add i64 %3897, 4640
  %4127 = getelementptr inbounds float, float* %4, i64 %4126
  %4128 = bitcast float* %4127 to <8 x float>*
  %4129 = load <8 x float>, <8 x float>* %4128, align 4
  %4130 = add i64 %3893, 212
  %4131 = getelementptr inbounds float, float* %1, i64 %4130
  %4132 = load float, float* %4131, align 4
  %4133 = insertelement <8 x float> undef, float %4132, i32 0
  %splat422 = shufflevector <8 x float> %4133, <8 x float> undef, <8 x i32> zeroinitializer
  %4134 = load <8 x float>, <8 x float>* %63, align 32
  %4135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat422, <8 x float> %4125, <8 x float> %4134)
  store <8 x float> %4135, <8 x float>* %63, align 32
  %4136 = load <8 x float>, <8 x float>* %57, align 32
  %4137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat422, <8 x float> %4129, <8 x float> %4136)
  store <8 x float> %4137, <8 x float>* %57, align 32
  %4138 = add i64 %3893, 220
  %4139 = getelementptr inbounds float, float* %1, i64 %4138
  %4140 = load float, float* %4139, align 4
  %4141 = insertelement <8 x float> undef, float %4140, i32 0
  %splat423 = shufflevector <8 x float> %4141, <8 x float> undef, <8 x i32> zeroinitializer
  %4142 = load <8 x float>, <8 x float>* %62, align 32
  %4143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat423, <8 x float> %4125, <8 x float> %4142)
  store <8 x float> %4143, <8 x float>* %62, align 32
  %4144 = load <8 x float>, <8 x float>* %56, align 32
  %4145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat423, <8 x float> %4129, <8 x float> %4144)
  store <8 x float> %4145, <8 x float>* %56, align 32
  %4146 = add i64 %3893, 244
  %4147 = getelementptr inbounds float, float* %1, i64 %4146
  %4148 = load float, float* %4147, align 4
  %4149 = insertelement <8 x float> undef, float %4148, i32 0
  %splat424 = shufflevector <8 x float> %4149, <8 x float> undef, <8 x i32> zeroinitializer
  %4150 = load <8 x float>, <8 x float>* %61, align 32
  %4151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat424, <8 x float> %4125, <8 x float> %4150)
  store <8 x float> %4151, <8 x float>* %61, align 32
  %4152 = load <8 x float>, <8 x float>* %55, align 32
  %4153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat424, <8 x float> %4129, <8 x float> %4152)
  store <8 x float> %4153, <8 x float>* %55, align 32
  %4154 = add i64 %3893, 252
  %4155 = getelementptr inbounds float, float* %1, i64 %4154
  %4156 = load float, float* %4155, align 4
  %4157 = insertelement <8 x float> undef, float %4156, i32 0
  %splat425 = shufflevector <8 x float> %4157, <8 x float> undef, <8 x i32> zeroinitializer
  %4158 = load <8 x float>, <8 x float>* %60, align 32
  %4159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat425, <8 x float> %4125, <8 x float> %4158)
  store <8 x float> %4159, <8 x float>* %60, align 32
  %4160 = load <8 x float>, <8 x float>* %54, align 32
  %4161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat425, <8 x float> %4129, <8 x float> %4160)
  store <8 x float> %4161, <8 x float>* %54, align 32
  %4162 = add i64 %3893, 260
  %4163 = getelementptr inbounds float, float* %1, i64 %4162
  %4164 = load float, float* %4163, align 4
  %4165 = insertelement <8 x float> undef, float %4164, i32 0
  %splat426 = shufflevector <8 x float> %4165, <8 x float> undef, <8 x i32> zeroinitializer
  %4166 = load <8 x float>, <8 x float>* %59, align 32
  %4167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat426, <8 x float> %4125, <8 x float> %4166)
  store <8 x float> %4167, <8 x float>* %59, align 32
  %4168 = load <8 x float>, <8 x float>* %53, align 32
  %4169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat426, <8 x float> %4129, <8 x float> %4168)
  store <8 x float> %4169, <8 x float>* %53, align 32
  %4170 = add i64 %3893, 268
  %4171 = getelementptr inbounds float, float* %1, i64 %4170
  %4172 = load float, float* %4171, align 4
  %4173 = insertelement <8 x float> undef, float %4172, i32 0
  %splat427 = shufflevector <8 x float> %4173, <8 x float> undef, <8 x i32> zeroinitializer
  %4174 = load <8 x float>, <8 x float>* %58, align 32
  %4175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat427, <8 x float> %4125, <8 x float> %4174)
  store <8 x float> %4175, <8 x float>* %58, align 32
  %4176 = load <8 x float>, <8 x float>* %52, align 32
  %4177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat427, <8 x float> %4129, <8 x float> %4176)
  store <8 x float> %4177, <8 x float>* %52, align 32
  %4178 = add i64 %3897, 40
  %4179 = getelementptr inbounds float, float* %4, i64 %4178
  %4180 = bitcast float* %4179 to <8 x float>*
  %4181 = load <8 x float>, <8 x float>* %4180, align 4
  %4182 = add i64 %3897, 4648
  %4183 = getelementptr inbounds float, float* %4, i64 %4182
  %4184 = bitcast float* %4183 to <8 x float>*
  %4185 = load <8 x float>, <8 x float>* %4184, align 4
  %4186 = add i64 %3893, 213
  %4187 = getelementptr inbounds float, float* %1, i64 %4186
  %4188 = load float, float* %4187, align 4
  %4189 = insertelement <8 x float> undef, float %4188, i32 0
  %splat428 = shufflevector <8 x float> %4189, <8 x float> undef, <8 x i32> zeroinitializer
  %4190 = load <8 x float>, <8 x float>* %63, align 32
  %4191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat428, <8 x float> %4181, <8 x float> %4190)
  store <8 x float> %4191, <8 x float>* %63, align 32
  %4192 = load <8 x float>, <8 x float>* %57, align 32
  %4193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat428, <8 x float> %4185, <8 x float> %4192)
  store <8 x float> %4193, <8 x float>* %57, align 32
  %4194 = add i64 %3893, 221
  %4195 = getelementptr inbounds float, float* %1, i64 %4194
  %4196 = load float, float* %4195, align 4
  %4197 = insertelement <8 x float> undef, float %4196, i32 0
  %splat429 = shufflevector <8 x float> %4197, <8 x float> undef, <8 x i32> zeroinitializer
  %4198 = load <8 x float>, <8 x float>* %62, align 32
  %4199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat429, <8 x float> %4181, <8 x float> %4198)
  store <8 x float> %4199, <8 x float>* %62, align 32
  %4200 = load <8 x float>, <8 x float>* %56, align 32
  %4201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat429, <8 x float> %4185, <8 x float> %4200)
  store <8 x float> %4201, <8 x float>* %56, align 32
  %4202 = add i64 %3893, 245
  %4203 = getelementptr inbounds float, float* %1, i64 %4202
  %4204 = load float, float* %4203, align 4
  %4205 = insertelement <8 x float> undef, float %4204, i32 0
  %splat430 = shufflevector <8 x float> %4205, <8 x float> undef, <8 x i32> zeroinitializer
  %4206 = load <8 x float>, <8 x float>* %61, align 32
  %4207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat430, <8 x float> %4181, <8 x float> %4206)
  store <8 x float> %4207, <8 x float>* %61, align 32
  %4208 = load <8 x float>, <8 x float>* %55, align 32
  %4209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat430, <8 x float> %4185, <8 x float> %4208)
  store <8 x float> %4209, <8 x float>* %55, align 32
  %4210 = add i64 %3893, 253
  %4211 = getelementptr inbounds float, float* %1, i64 %4210
  %4212 = load float, float* %4211, align 4
  %4213 = insertelement <8 x float> undef, float %4212, i32 0
  %splat431 = shufflevector <8 x float> %4213, <8 x float> undef, <8 x i32> zeroinitializer
  %4214 = load <8 x float>, <8 x float>* %60, align 32
  %4215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat431, <8 x float> %4181, <8 x float> %4214)
  store <8 x float> %4215, <8 x float>* %60, align 32
  %4216 = load <8 x float>, <8 x float>* %54, align 32
  %4217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat431, <8 x float> %4185, <8 x float> %4216)
  store <8 x float> %4217, <8 x float>* %54, align 32
  %4218 = add i64 %3893, 261
  %4219 = getelementptr inbounds float, float* %1, i64 %4218
  %4220 = load float, float* %4219, align 4
  %4221 = insertelement <8 x float> undef, float %4220, i32 0
  %splat432 = shufflevector <8 x float> %4221, <8 x float> undef, <8 x i32> zeroinitializer
  %4222 = load <8 x float>, <8 x float>* %59, align 32
  %4223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat432, <8 x float> %4181, <8 x float> %4222)
  store <8 x float> %4223, <8 x float>* %59, align 32
  %4224 = load <8 x float>, <8 x float>* %53, align 32
  %4225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat432, <8 x float> %4185, <8 x float> %4224)
  store <8 x float> %4225, <8 x float>* %53, align 32
  %4226 = add i64 %3893, 269
  %4227 = getelementptr inbounds float, float* %1, i64 %4226
  %4228 = load float, float* %4227, align 4
  %4229 = insertelement <8 x float> undef, float %4228, i32 0
  %splat433 = shufflevector <8 x float> %4229, <8 x float> undef, <8 x i32> zeroinitializer
  %4230 = load <8 x float>, <8 x float>* %58, align 32
  %4231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat433, <8 x float> %4181, <8 x float> %4230)
  store <8 x float> %4231, <8 x float>* %58, align 32
  %4232 = load <8 x float>, <8 x float>* %52, align 32
  %4233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat433, <8 x float> %4185, <8 x float> %4232)
  store <8 x float> %4233, <8 x float>* %52, align 32
  %4234 = add i64 %3897, 48
  %4235 = getelementptr inbounds float, float* %4, i64 %4234
  %4236 = bitcast float* %4235 to <8 x float>*
  %4237 = load <8 x float>, <8 x float>* %4236, align 4
  %4238 = add i64 %3897, 4656
  %4239 = getelementptr inbounds float, float* %4, i64 %4238
  %4240 = bitcast float* %4239 to <8 x float>*
  %4241 = load <8 x float>, <8 x float>* %4240, align 4
  %4242 = add i64 %3893, 214
  %4243 = getelementptr inbounds float, float* %1, i64 %4242
  %4244 = load float, float* %4243, align 4
  %4245 = insertelement <8 x float> undef, float %4244, i32 0
  %splat434 = shufflevector <8 x float> %4245, <8 x float> undef, <8 x i32> zeroinitializer
  %4246 = load <8 x float>, <8 x float>* %63, align 32
  %4247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat434, <8 x float> %4237, <8 x float> %4246)
  store <8 x float> %4247, <8 x float>* %63, align 32
  %4248 = load <8 x float>, <8 x float>* %57, align 32
  %4249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat434, <8 x float> %4241, <8 x float> %4248)
  store <8 x float> %4249, <8 x float>* %57, align 32
  %4250 = add i64 %3893, 222
  %4251 = getelementptr inbounds float, float* %1, i64 %4250
  %4252 = load float, float* %4251, align 4
  %4253 = insertelement <8 x float> undef, float %4252, i32 0
  %splat435 = shufflevector <8 x float> %4253, <8 x float> undef, <8 x i32> zeroinitializer
  %4254 = load <8 x float>, <8 x float>* %62, align 32
  %4255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat435, <8 x float> %4237, <8 x float> %4254)
  store <8 x float> %4255, <8 x float>* %62, align 32
  %4256 = load <8 x float>, <8 x float>* %56, align 32
  %4257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat435, <8 x float> %4241, <8 x float> %4256)
  store <8 x float> %4257, <8 x float>* %56, align 32
  %4258 = add i64 %3893, 246
  %4259 = getelementptr inbounds float, float* %1, i64 %4258
  %4260 = load float, float* %4259, align 4
  %4261 = insertelement <8 x float> undef, float %4260, i32 0
  %splat436 = shufflevector <8 x float> %4261, <8 x float> undef, <8 x i32> zeroinitializer
  %4262 = load <8 x float>, <8 x float>* %61, align 32
  %4263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat436, <8 x float> %4237, <8 x float> %4262)
  store <8 x float> %4263, <8 x float>* %61, align 32
  %4264 = load <8 x float>, <8 x float>* %55, align 32
  %4265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat436, <8 x float> %4241, <8 x float> %4264)
  store <8 x float> %4265, <8 x float>* %55, align 32
  %4266 = add i64 %3893, 254
  %4267 = getelementptr inbounds float, float* %1, i64 %4266
  %4268 = load float, float* %4267, align 4
  %4269 = insertelement <8 x float> undef, float %4268, i32 0
  %splat437 = shufflevector <8 x float> %4269, <8 x float> undef, <8 x i32> zeroinitializer
  %4270 = load <8 x float>, <8 x float>* %60, align 32
  %4271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat437, <8 x float> %4237, <8 x float> %4270)
  store <8 x float> %4271, <8 x float>* %60, align 32
  %4272 = load <8 x float>, <8 x float>* %54, align 32
  %4273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat437, <8 x float> %4241, <8 x float> %4272)
  store <8 x float> %4273, <8 x float>* %54, align 32
  %4274 = add i64 %3893, 262
  %4275 = getelementptr inbounds float, float* %1, i64 %4274
  %4276 = load float, float* %4275, align 4
  %4277 = insertelement <8 x float> undef, float %4276, i32 0
  %splat438 = shufflevector <8 x float> %4277, <8 x float> undef, <8 x i32> zeroinitializer
  %4278 = load <8 x float>, <8 x float>* %59, align 32
  %4279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %4237, <8 x float> %4278)
  store <8 x float> %4279, <8 x float>* %59, align 32
  %4280 = load <8 x float>, <8 x float>* %53, align 32
  %4281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %4241, <8 x float> %4280)
  store <8 x float> %4281, <8 x float>* %53, align 32
  %4282 = add i64 %3893, 270
  %4283 = getelementptr inbounds float, float* %1, i64 %4282
  %4284 = load float, float* %4283, align 4
  %4285 = insertelement <8 x float> undef, float %4284, i32 0
  %splat439 = shufflevector <8 x float> %4285, <8 x float> undef, <8 x i32> zeroinitializer
  %4286 = load <8 x float>, <8 x float>* %58, align 32
  %4287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %4237, <8 x float> %4286)
  store <8 x float> %4287, <8 x float>* %58, align 32
  %4288 = load <8 x float>, <8 x float>* %52, align 32
  %4289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %4241, <8 x float> %4288)
  store <8 x float> %4289, <8 x float>* %52, align 32
  %4290 = add i64 %3897, 56
  %4291 = getelementptr inbounds float, float* %4, i64 %4290
  %4292 = bitcast float* %4291 to <8 x float>*
  %4293 = load <8 x float>, <8 x float>* %4292, align 4
  %4294 = add i64 %3897, 4664
  %4295 = getelementptr inbounds float, float* %4, i64 %4294
  %4296 = bitcast float* %4295 to <8 x float>*
  %4297 = load <8 x float>, <8 x float>* %4296, align 4
  %4298 = add i64 %3893, 215
  %4299 = getelementptr inbounds float, float* %1, i64 %4298
  %4300 = load float, float* %4299, align 4
  %4301 = insertelement <8 x float> undef, float %4300, i32 0
  %splat440 = shufflevector <8 x float> %4301, <8 x float> undef, <8 x i32> zeroinitializer
  %4302 = load <8 x float>, <8 x float>* %63, align 32
  %4303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %4293, <8 x float> %4302)
  store <8 x float> %4303, <8 x float>* %63, align 32
  %4304 = load <8 x float>, <8 x float>* %57, align 32
  %4305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %4297, <8 x float> %4304)
  store <8 x float> %4305, <8 x float>* %57, align 32
  %4306 = add i64 %3893, 223
  %4307 = getelementptr inbounds float, float* %1, i64 %4306
  %4308 = load float, float* %4307, align 4
  %4309 = insertelement <8 x float> undef, float %4308, i32 0
  %splat441 = shufflevector <8 x float> %4309, <8 x float> undef, <8 x i32> zeroinitializer
  %4310 = load <8 x float>, <8 x float>* %62, align 32
  %4311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %4293, <8 x float> %4310)
  store <8 x float> %4311, <8 x float>* %62, align 32
  %4312 = load <8 x float>, <8 x float>* %56, align 32
  %4313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %4297, <8 x float> %4312)
  store <8 x float> %4313, <8 x float>* %56, align 32
  %4314 = add i64 %3893, 247
  %4315 = getelementptr inbounds float, float* %1, i64 %4314
  %4316 = load float, float* %4315, align 4
  %4317 = insertelement <8 x float> undef, float %4316, i32 0
  %splat442 = shufflevector <8 x float> %4317, <8 x float> undef, <8 x i32> zeroinitializer
  %4318 = load <8 x float>, <8 x float>* %61, align 32
  %4319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %4293, <8 x float> %4318)
  store <8 x float> %4319, <8 x float>* %61, align 32
  %4320 = load <8 x float>, <8 x float>* %55, align 32
  %4321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %4297, <8 x float> %4320)
  store <8 x float> %4321, <8 x float>* %55, align 32
  %4322 = add i64 %3893, 255
  %4323 = getelementptr inbounds float, float* %1, i64 %4322
  %4324 = load float, float* %4323, align 4
  %4325 = insertelement <8 x float> undef, float %4324, i32 0
  %splat443 = shufflevector <8 x float> %4325, <8 x float> undef, <8 x i32> zeroinitializer
  %4326 = load <8 x float>, <8 x float>* %60, align 32
  %4327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %4293, <8 x float> %4326)
  store <8 x float> %4327, <8 x float>* %60, align 32
  %4328 = load <8 x float>, <8 x float>* %54, align 32
  %4329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %4297, <8 x float> %4328)
  store <8 x float> %4329, <8 x float>* %54, align 32
  %4330 = add i64 %3893, 263
  %4331 = getelementptr inbounds float, float* %1, i64 %4330
  %4332 = load float, float* %4331, align 4
  %4333 = insertelement <8 x float> undef, float %4332, i32 0
  %splat444 = shufflevector <8 x float> %4333, <8 x float> undef, <8 x i32> zeroinitializer
  %4334 = load <8 x float>, <8 x float>* %59, align 32
  %4335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %4293, <8 x float> %4334)
  store <8 x float> %4335, <8 x float>* %59, align 32
  %4336 = load <8 x float>, <8 x float>* %53, align 32
  %4337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %4297, <8 x float> %4336)
  store <8 x float> %4337, <8 x float>* %53, align 32
  %4338 = add i64 %3893, 271
  %4339 = getelementptr inbounds float, float* %1, i64 %4338
  %4340 = load float, float* %4339, align 4
  %4341 = insertelement <8 x float> undef, float %4340, i32 0
  %splat445 = shufflevector <8 x float> %4341, <8 x float> undef, <8 x i32> zeroinitializer
  %4342 = load <8 x float>, <8 x float>* %58, align 32
  %4343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %4293, <8 x float> %4342)
  store <8 x float> %4343, <8 x float>* %58, align 32
  %4344 = load <8 x float>, <8 x float>* %52, align 32
  %4345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %4297, <8 x float> %4344)
  store <8 x float> %4345, <8 x float>* %52, align 32
  %kw.next446 = add i64 %kw397, 1
  br label %kw.header394

kw.exit396:                                       ; preds = %kw.header394
  %kh.next447 = add i64 %kh393, 1
  br label %kh.header390

u.header449:                                      ; preds = %kh.exit455, %u.exit388
  %u452 = phi i64 [ 0, %u.exit388 ], [ %u.next511, %kh.exit455 ]
  %4346 = icmp slt i64 %u452, 8
  br i1 %4346, label %u.body450, label %u.exit451

u.body450:                                        ; preds = %u.header449
  %4347 = mul i64 %u452, 1800
  %4348 = add i64 %3887, %4347
  %4349 = mul i64 %u452, 576
  %4350 = add i64 %153, %4349
  br label %kh.header453

u.exit451:                                        ; preds = %u.header449
  %4351 = mul i64 %145, 8
  %4352 = add i64 %4351, %148
  %4353 = add i64 %4352, 0
  %4354 = mul i64 %4353, 13
  %4355 = add i64 %4354, %142
  %4356 = mul i64 %4355, 13
  %4357 = add i64 %4356, 30
  %4358 = mul i64 %4357, 8
  %4359 = load <8 x float>, <8 x float>* %51, align 32
  %4360 = fcmp ogt <8 x float> %4359, zeroinitializer
  %4361 = select <8 x i1> %4360, <8 x float> %4359, <8 x float> zeroinitializer
  %4362 = getelementptr inbounds float, float* %0, i64 %4358
  %4363 = bitcast float* %4362 to <8 x float>*
  store <8 x float> %4361, <8 x float>* %4363, align 4
  %4364 = add i64 %4356, 31
  %4365 = mul i64 %4364, 8
  %4366 = load <8 x float>, <8 x float>* %50, align 32
  %4367 = fcmp ogt <8 x float> %4366, zeroinitializer
  %4368 = select <8 x i1> %4367, <8 x float> %4366, <8 x float> zeroinitializer
  %4369 = getelementptr inbounds float, float* %0, i64 %4365
  %4370 = bitcast float* %4369 to <8 x float>*
  store <8 x float> %4368, <8 x float>* %4370, align 4
  %4371 = add i64 %4356, 32
  %4372 = mul i64 %4371, 8
  %4373 = load <8 x float>, <8 x float>* %49, align 32
  %4374 = fcmp ogt <8 x float> %4373, zeroinitializer
  %4375 = select <8 x i1> %4374, <8 x float> %4373, <8 x float> zeroinitializer
  %4376 = getelementptr inbounds float, float* %0, i64 %4372
  %4377 = bitcast float* %4376 to <8 x float>*
  store <8 x float> %4375, <8 x float>* %4377, align 4
  %4378 = add i64 %4356, 33
  %4379 = mul i64 %4378, 8
  %4380 = load <8 x float>, <8 x float>* %48, align 32
  %4381 = fcmp ogt <8 x float> %4380, zeroinitializer
  %4382 = select <8 x i1> %4381, <8 x float> %4380, <8 x float> zeroinitializer
  %4383 = getelementptr inbounds float, float* %0, i64 %4379
  %4384 = bitcast float* %4383 to <8 x float>*
  store <8 x float> %4382, <8 x float>* %4384, align 4
  %4385 = add i64 %4356, 34
  %4386 = mul i64 %4385, 8
  %4387 = load <8 x float>, <8 x float>* %47, align 32
  %4388 = fcmp ogt <8 x float> %4387, zeroinitializer
  %4389 = select <8 x i1> %4388, <8 x float> %4387, <8 x float> zeroinitializer
  %4390 = getelementptr inbounds float, float* %0, i64 %4386
  %4391 = bitcast float* %4390 to <8 x float>*
  store <8 x float> %4389, <8 x float>* %4391, align 4
  %4392 = add i64 %4356, 35
  %4393 = mul i64 %4392, 8
  %4394 = load <8 x float>, <8 x float>* %46, align 32
  %4395 = fcmp ogt <8 x float> %4394, zeroinitializer
  %4396 = select <8 x i1> %4395, <8 x float> %4394, <8 x float> zeroinitializer
  %4397 = getelementptr inbounds float, float* %0, i64 %4393
  %4398 = bitcast float* %4397 to <8 x float>*
  store <8 x float> %4396, <8 x float>* %4398, align 4
  %4399 = mul i64 %145, 8
  %4400 = add i64 %4399, %148
  %4401 = add i64 %4400, 1
  %4402 = mul i64 %4401, 13
  %4403 = add i64 %4402, %142
  %4404 = mul i64 %4403, 13
  %4405 = add i64 %4404, 30
  %4406 = mul i64 %4405, 8
  %4407 = load <8 x float>, <8 x float>* %45, align 32
  %4408 = fcmp ogt <8 x float> %4407, zeroinitializer
  %4409 = select <8 x i1> %4408, <8 x float> %4407, <8 x float> zeroinitializer
  %4410 = getelementptr inbounds float, float* %0, i64 %4406
  %4411 = bitcast float* %4410 to <8 x float>*
  store <8 x float> %4409, <8 x float>* %4411, align 4
  %4412 = add i64 %4404, 31
  %4413 = mul i64 %4412, 8
  %4414 = load <8 x float>, <8 x float>* %44, align 32
  %4415 = fcmp ogt <8 x float> %4414, zeroinitializer
  %4416 = select <8 x i1> %4415, <8 x float> %4414, <8 x float> zeroinitializer
  %4417 = getelementptr inbounds float, float* %0, i64 %4413
  %4418 = bitcast float* %4417 to <8 x float>*
  store <8 x float> %4416, <8 x float>* %4418, align 4
  %4419 = add i64 %4404, 32
  %4420 = mul i64 %4419, 8
  %4421 = load <8 x float>, <8 x float>* %43, align 32
  %4422 = fcmp ogt <8 x float> %4421, zeroinitializer
  %4423 = select <8 x i1> %4422, <8 x float> %4421, <8 x float> zeroinitializer
  %4424 = getelementptr inbounds float, float* %0, i64 %4420
  %4425 = bitcast float* %4424 to <8 x float>*
  store <8 x float> %4423, <8 x float>* %4425, align 4
  %4426 = add i64 %4404, 33
  %4427 = mul i64 %4426, 8
  %4428 = load <8 x float>, <8 x float>* %42, align 32
  %4429 = fcmp ogt <8 x float> %4428, zeroinitializer
  %4430 = select <8 x i1> %4429, <8 x float> %4428, <8 x float> zeroinitializer
  %4431 = getelementptr inbounds float, float* %0, i64 %4427
  %4432 = bitcast float* %4431 to <8 x float>*
  store <8 x float> %4430, <8 x float>* %4432, align 4
  %4433 = add i64 %4404, 34
  %4434 = mul i64 %4433, 8
  %4435 = load <8 x float>, <8 x float>* %41, align 32
  %4436 = fcmp ogt <8 x float> %4435, zeroinitializer
  %4437 = select <8 x i1> %4436, <8 x float> %4435, <8 x float> zeroinitializer
  %4438 = getelementptr inbounds float, float* %0, i64 %4434
  %4439 = bitcast float* %4438 to <8 x float>*
  store <8 x float> %4437, <8 x float>* %4439, align 4
  %4440 = add i64 %4404, 35
  %4441 = mul i64 %4440, 8
  %4442 = load <8 x float>, <8 x float>* %40, align 32
  %4443 = fcmp ogt <8 x float> %4442, zeroinitializer
  %4444 = select <8 x i1> %4443, <8 x float> %4442, <8 x float> zeroinitializer
  %4445 = getelementptr inbounds float, float* %0, i64 %4441
  %4446 = bitcast float* %4445 to <8 x float>*
  store <8 x float> %4444, <8 x float>* %4446, align 4
  %4447 = add i64 %148, 0
  %4448 = mul i64 %4447, 8
  %4449 = getelementptr inbounds float, float* %5, i64 %4448
  %4450 = bitcast float* %4449 to <8 x float>*
  %4451 = load <8 x float>, <8 x float>* %4450, align 4
  store <8 x float> %4451, <8 x float>* %39, align 32
  store <8 x float> %4451, <8 x float>* %38, align 32
  store <8 x float> %4451, <8 x float>* %37, align 32
  store <8 x float> %4451, <8 x float>* %36, align 32
  store <8 x float> %4451, <8 x float>* %35, align 32
  store <8 x float> %4451, <8 x float>* %34, align 32
  %4452 = add i64 %148, 1
  %4453 = mul i64 %4452, 8
  %4454 = getelementptr inbounds float, float* %5, i64 %4453
  %4455 = bitcast float* %4454 to <8 x float>*
  %4456 = load <8 x float>, <8 x float>* %4455, align 4
  store <8 x float> %4456, <8 x float>* %33, align 32
  store <8 x float> %4456, <8 x float>* %32, align 32
  store <8 x float> %4456, <8 x float>* %31, align 32
  store <8 x float> %4456, <8 x float>* %30, align 32
  store <8 x float> %4456, <8 x float>* %29, align 32
  store <8 x float> %4456, <8 x float>* %28, align 32
  %4457 = add i64 %154, 0
  %4458 = add i64 %152, %4457
  br label %u.header512

kh.header453:                                     ; preds = %kw.exit459, %u.body450
  %kh456 = phi i64 [ 0, %u.body450 ], [ %kh.next510, %kw.exit459 ]
  %4459 = icmp slt i64 %kh456, 3
  br i1 %4459, label %kh.body454, label %kh.exit455

kh.body454:                                       ; preds = %kh.header453
  %4460 = mul i64 %kh456, 120
  %4461 = add i64 %4348, %4460
  br label %kw.header457

kh.exit455:                                       ; preds = %kh.header453
  %u.next511 = add i64 %u452, 1
  br label %u.header449

kw.header457:                                     ; preds = %kw.body458, %kh.body454
  %kw460 = phi i64 [ 0, %kh.body454 ], [ %kw.next509, %kw.body458 ]
  %4462 = icmp slt i64 %kw460, 3
  br i1 %4462, label %kw.body458, label %kw.exit459

kw.body458:                                       ; preds = %kw.header457
  %4463 = mul i64 %kw460, 8
  %4464 = add i64 %4461, %4463
  %4465 = mul i64 %kh456, 3
  %4466 = add i64 %4465, %kw460
  %4467 = mul i64 %4466, 64
  %4468 = add i64 %4350, %4467
  %4469 = add i64 %4468, 0
  %4470 = getelementptr inbounds float, float* %4, i64 %4469
  %4471 = bitcast float* %4470 to <8 x float>*
  %4472 = load <8 x float>, <8 x float>* %4471, align 4
  %4473 = add i64 %4468, 4608
  %4474 = getelementptr inbounds float, float* %4, i64 %4473
  %4475 = bitcast float* %4474 to <8 x float>*
  %4476 = load <8 x float>, <8 x float>* %4475, align 4
  %4477 = add i64 %4464, 272
  %4478 = getelementptr inbounds float, float* %1, i64 %4477
  %4479 = load float, float* %4478, align 4
  %4480 = insertelement <8 x float> undef, float %4479, i32 0
  %splat461 = shufflevector <8 x float> %4480, <8 x float> undef, <8 x i32> zeroinitializer
  %4481 = load <8 x float>, <8 x float>* %51, align 32
  %4482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4472, <8 x float> %4481)
  store <8 x float> %4482, <8 x float>* %51, align 32
  %4483 = load <8 x float>, <8 x float>* %45, align 32
  %4484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4476, <8 x float> %4483)
  store <8 x float> %4484, <8 x float>* %45, align 32
  %4485 = add i64 %4464, 280
  %4486 = getelementptr inbounds float, float* %1, i64 %4485
  %4487 = load float, float* %4486, align 4
  %4488 = insertelement <8 x float> undef, float %4487, i32 0
  %splat462 = shufflevector <8 x float> %4488, <8 x float> undef, <8 x i32> zeroinitializer
  %4489 = load <8 x float>, <8 x float>* %50, align 32
  %4490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat462, <8 x float> %4472, <8 x float> %4489)
  store <8 x float> %4490, <8 x float>* %50, align 32
  %4491 = load <8 x float>, <8 x float>* %44, align 32
  %4492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat462, <8 x float> %4476, <8 x float> %4491)
  store <8 x float> %4492, <8 x float>* %44, align 32
  %4493 = add i64 %4464, 288
  %4494 = getelementptr inbounds float, float* %1, i64 %4493
  %4495 = load float, float* %4494, align 4
  %4496 = insertelement <8 x float> undef, float %4495, i32 0
  %splat463 = shufflevector <8 x float> %4496, <8 x float> undef, <8 x i32> zeroinitializer
  %4497 = load <8 x float>, <8 x float>* %49, align 32
  %4498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat463, <8 x float> %4472, <8 x float> %4497)
  store <8 x float> %4498, <8 x float>* %49, align 32
  %4499 = load <8 x float>, <8 x float>* %43, align 32
  %4500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat463, <8 x float> %4476, <8 x float> %4499)
  store <8 x float> %4500, <8 x float>* %43, align 32
  %4501 = add i64 %4464, 296
  %4502 = getelementptr inbounds float, float* %1, i64 %4501
  %4503 = load float, float* %4502, align 4
  %4504 = insertelement <8 x float> undef, float %4503, i32 0
  %splat464 = shufflevector <8 x float> %4504, <8 x float> undef, <8 x i32> zeroinitializer
  %4505 = load <8 x float>, <8 x float>* %48, align 32
  %4506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat464, <8 x float> %4472, <8 x float> %4505)
  store <8 x float> %4506, <8 x float>* %48, align 32
  %4507 = load <8 x float>, <8 x float>* %42, align 32
  %4508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat464, <8 x float> %4476, <8 x float> %4507)
  store <8 x float> %4508, <8 x float>* %42, align 32
  %4509 = add i64 %4464, 304
  %4510 = getelementptr inbounds float, float* %1, i64 %4509
  %4511 = load float, float* %4510, align 4
  %4512 = insertelement <8 x float> undef, float %4511, i32 0
  %splat465 = shufflevector <8 x float> %4512, <8 x float> undef, <8 x i32> zeroinitializer
  %4513 = load <8 x float>, <8 x float>* %47, align 32
  %4514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat465, <8 x float> %4472, <8 x float> %4513)
  store <8 x float> %4514, <8 x float>* %47, align 32
  %4515 = load <8 x float>, <8 x float>* %41, align 32
  %4516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat465, <8 x float> %4476, <8 x float> %4515)
  store <8 x float> %4516, <8 x float>* %41, align 32
  %4517 = add i64 %4464, 312
  %4518 = getelementptr inbounds float, float* %1, i64 %4517
  %4519 = load float, float* %4518, align 4
  %4520 = insertelement <8 x float> undef, float %4519, i32 0
  %splat466 = shufflevector <8 x float> %4520, <8 x float> undef, <8 x i32> zeroinitializer
  %4521 = load <8 x float>, <8 x float>* %46, align 32
  %4522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat466, <8 x float> %4472, <8 x float> %4521)
  store <8 x float> %4522, <8 x float>* %46, align 32
  %4523 = load <8 x float>, <8 x float>* %40, align 32
  %4524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat466, <8 x float> %4476, <8 x float> %4523)
  store <8 x float> %4524, <8 x float>* %40, align 32
  %4525 = add i64 %4468, 8
  %4526 = getelementptr inbounds float, float* %4, i64 %4525
  %4527 = bitcast float* %4526 to <8 x float>*
  %4528 = load <8 x float>, <8 x float>* %4527, align 4
  %4529 = add i64 %4468, 4616
  %4530 = getelementptr inbounds float, float* %4, i64 %4529
  %4531 = bitcast float* %4530 to <8 x float>*
  %4532 = load <8 x float>, <8 x float>* %4531, align 4
  %4533 = add i64 %4464, 273
  %4534 = getelementptr inbounds float, float* %1, i64 %4533
  %4535 = load float, float* %4534, align 4
  %4536 = insertelement <8 x float> undef, float %4535, i32 0
  %splat467 = shufflevector <8 x float> %4536, <8 x float> undef, <8 x i32> zeroinitializer
  %4537 = load <8 x float>, <8 x float>* %51, align 32
  %4538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat467, <8 x float> %4528, <8 x float> %4537)
  store <8 x float> %4538, <8 x float>* %51, align 32
  %4539 = load <8 x float>, <8 x float>* %45, align 32
  %4540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat467, <8 x float> %4532, <8 x float> %4539)
  store <8 x float> %4540, <8 x float>* %45, align 32
  %4541 = add i64 %4464, 281
  %4542 = getelementptr inbounds float, float* %1, i64 %4541
  %4543 = load float, float* %4542, align 4
  %4544 = insertelement <8 x float> undef, float %4543, i32 0
  %splat468 = shufflevector <8 x float> %4544, <8 x float> undef, <8 x i32> zeroinitializer
  %4545 = load <8 x float>, <8 x float>* %50, align 32
  %4546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat468, <8 x float> %4528, <8 x float> %4545)
  store <8 x float> %4546, <8 x float>* %50, align 32
  %4547 = load <8 x float>, <8 x float>* %44, align 32
  %4548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat468, <8 x float> %4532, <8 x float> %4547)
  store <8 x float> %4548, <8 x float>* %44, align 32
  %4549 = add i64 %4464, 289
  %4550 = getelementptr inbounds float, float* %1, i64 %4549
  %4551 = load float, float* %4550, align 4
  %4552 = insertelement <8 x float> undef, float %4551, i32 0
  %splat469 = shufflevector <8 x float> %4552, <8 x float> undef, <8 x i32> zeroinitializer
  %4553 = load <8 x float>, <8 x float>* %49, align 32
  %4554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat469, <8 x float> %4528, <8 x float> %4553)
  store <8 x float> %4554, <8 x float>* %49, align 32
  %4555 = load <8 x float>, <8 x float>* %43, align 32
  %4556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat469, <8 x float> %4532, <8 x float> %4555)
  store <8 x float> %4556, <8 x float>* %43, align 32
  %4557 = add i64 %4464, 297
  %4558 = getelementptr inbounds float, float* %1, i64 %4557
  %4559 = load float, float* %4558, align 4
  %4560 = insertelement <8 x float> undef, float %4559, i32 0
  %splat470 = shufflevector <8 x float> %4560, <8 x float> undef, <8 x i32> zeroinitializer
  %4561 = load <8 x float>, <8 x float>* %48, align 32
  %4562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat470, <8 x float> %4528, <8 x float> %4561)
  store <8 x float> %4562, <8 x float>* %48, align 32
  %4563 = load <8 x float>, <8 x float>* %42, align 32
  %4564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat470, <8 x float> %4532, <8 x float> %4563)
  store <8 x float> %4564, <8 x float>* %42, align 32
  %4565 = add i64 %4464, 305
  %4566 = getelementptr inbounds float, float* %1, i64 %4565
  %4567 = load float, float* %4566, align 4
  %4568 = insertelement <8 x float> undef, float %4567, i32 0
  %splat471 = shufflevector <8 x float> %4568, <8 x float> undef, <8 x i32> zeroinitializer
  %4569 = load <8 x float>, <8 x float>* %47, align 32
  %4570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat471, <8 x float> %4528, <8 x float> %4569)
  store <8 x float> %4570, <8 x float>* %47, align 32
  %4571 = load <8 x float>, <8 x float>* %41, align 32
  %4572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat471, <8 x float> %4532, <8 x float> %4571)
  store <8 x float> %4572, <8 x float>* %41, align 32
  %4573 = add i64 %4464, 313
  %4574 = getelementptr inbounds float, float* %1, i64 %4573
  %4575 = load float, float* %4574, align 4
  %4576 = insertelement <8 x float> undef, float %4575, i32 0
  %splat472 = shufflevector <8 x float> %4576, <8 x float> undef, <8 x i32> zeroinitializer
  %4577 = load <8 x float>, <8 x float>* %46, align 32
  %4578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat472, <8 x float> %4528, <8 x float> %4577)
  store <8 x float> %4578, <8 x float>* %46, align 32
  %4579 = load <8 x float>, <8 x float>* %40, align 32
  %4580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat472, <8 x float> %4532, <8 x float> %4579)
  store <8 x float> %4580, <8 x float>* %40, align 32
  %4581 = add i64 %4468, 16
  %4582 = getelementptr inbounds float, float* %4, i64 %4581
  %4583 = bitcast float* %4582 to <8 x float>*
  %4584 = load <8 x float>, <8 x float>* %4583, align 4
  %4585 = add i64 %4468, 4624
  %4586 = getelementptr inbounds float, float* %4, i64 %4585
  %4587 = bitcast float* %4586 to <8 x float>*
  %4588 = load <8 x float>, <8 x float>* %4587, align 4
  %4589 = add i64 %4464, 274
  %4590 = getelementptr inbounds float, float* %1, i64 %4589
  %4591 = load float, float* %4590, align 4
  %4592 = insertelement <8 x float> undef, float %4591, i32 0
  %splat473 = shufflevector <8 x float> %4592, <8 x float> undef, <8 x i32> zeroinitializer
  %4593 = load <8 x float>, <8 x float>* %51, align 32
  %4594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat473, <8 x float> %4584, <8 x float> %4593)
  store <8 x float> %4594, <8 x float>* %51, align 32
  %4595 = load <8 x float>, <8 x float>* %45, align 32
  %4596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat473, <8 x float> %4588, <8 x float> %4595)
  store <8 x float> %4596, <8 x float>* %45, align 32
  %4597 = add i64 %4464, 282
  %4598 = getelementptr inbounds float, float* %1, i64 %4597
  %4599 = load float, float* %4598, align 4
  %4600 = insertelement <8 x float> undef, float %4599, i32 0
  %splat474 = shufflevector <8 x float> %4600, <8 x float> undef, <8 x i32> zeroinitializer
  %4601 = load <8 x float>, <8 x float>* %50, align 32
  %4602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat474, <8 x float> %4584, <8 x float> %4601)
  store <8 x float> %4602, <8 x float>* %50, align 32
  %4603 = load <8 x float>, <8 x float>* %44, align 32
  %4604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat474, <8 x float> %4588, <8 x float> %4603)
  store <8 x float> %4604, <8 x float>* %44, align 32
  %4605 = add i64 %4464, 290
  %4606 = getelementptr inbounds float, float* %1, i64 %4605
  %4607 = load float, float* %4606, align 4
  %4608 = insertelement <8 x float> undef, float %4607, i32 0
  %splat475 = shufflevector <8 x float> %4608, <8 x float> undef, <8 x i32> zeroinitializer
  %4609 = load <8 x float>, <8 x float>* %49, align 32
  %4610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat475, <8 x float> %4584, <8 x float> %4609)
  store <8 x float> %4610, <8 x float>* %49, align 32
  %4611 = load <8 x float>, <8 x float>* %43, align 32
  %4612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat475, <8 x float> %4588, <8 x float> %4611)
  store <8 x float> %4612, <8 x float>* %43, align 32
  %4613 = add i64 %4464, 298
  %4614 = getelementptr inbounds float, float* %1, i64 %4613
  %4615 = load float, float* %4614, align 4
  %4616 = insertelement <8 x float> undef, float %4615, i32 0
  %splat476 = shufflevector <8 x float> %4616, <8 x float> undef, <8 x i32> zeroinitializer
  %4617 = load <8 x float>, <8 x float>* %48, align 32
  %4618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat476, <8 x float> %4584, <8 x float> %4617)
  store <8 x float> %4618, <8 x float>* %48, align 32
  %4619 = load <8 x float>, <8 x float>* %42, align 32
  %4620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat476, <8 x float> %4588, <8 x float> %4619)
  store <8 x float> %4620, <8 x float>* %42, align 32
  %4621 = add i64 %4464, 306
  %4622 = getelementptr inbounds float, float* %1, i64 %4621
  %4623 = load float, float* %4622, align 4
  %4624 = insertelement <8 x float> undef, float %4623, i32 0
  %splat477 = shufflevector <8 x float> %4624, <8 x float> undef, <8 x i32> zeroinitializer
  %4625 = load <8 x float>, <8 x float>* %47, align 32
  %4626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat477, <8 x float> %4584, <8 x float> %4625)
  store <8 x float> %4626, <8 x float>* %47, align 32
  %4627 = load <8 x float>, <8 x float>* %41, align 32
  %4628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat477, <8 x float> %4588, <8 x float> %4627)
  store <8 x float> %4628, <8 x float>* %41, align 32
  %4629 = add i64 %4464, 314
  %4630 = getelementptr inbounds float, float* %1, i64 %4629
  %4631 = load float, float* %4630, align 4
  %4632 = insertelement <8 x float> undef, float %4631, i32 0
  %splat478 = shufflevector <8 x float> %4632, <8 x float> undef, <8 x i32> zeroinitializer
  %4633 = load <8 x float>, <8 x float>* %46, align 32
  %4634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat478, <8 x float> %4584, <8 x float> %4633)
  store <8 x float> %4634, <8 x float>* %46, align 32
  %4635 = load <8 x float>, <8 x float>* %40, align 32
  %4636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat478, <8 x float> %4588, <8 x float> %4635)
  store <8 x float> %4636, <8 x float>* %40, align 32
  %4637 = add i64 %4468, 24
  %4638 = getelementptr inbounds float, float* %4, i64 %4637
  %4639 = bitcast float* %4638 to <8 x float>*
  %4640 = load <8 x float>, <8 x float>* %4639, align 4
  %4641 = add i64 %4468, 4632
  %4642 = getelementptr inbounds float, float* %4, i64 %4641
  %4643 = bitcast float* %4642 to <8 x float>*
  %4644 = load <8 x float>, <8 x float>* %4643, align 4
  %4645 = add i64 %4464, 275
  %4646 = getelementptr inbounds float, float* %1, i64 %4645
  %4647 = load float, float* %4646, align 4
  %4648 = insertelement <8 x float> undef, float %4647, i32 0
  %splat479 = shufflevector <8 x float> %4648, <8 x float> undef, <8 x i32> zeroinitializer
  %4649 = load <8 x float>, <8 x float>* %51, align 32
  %4650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat479, <8 x float> %4640, <8 x float> %4649)
  store <8 x float> %4650, <8 x float>* %51, align 32
  %4651 = load <8 x float>, <8 x float>* %45, align 32
  %4652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat479, <8 x float> %4644, <8 x float> %4651)
  store <8 x float> %4652, <8 x float>* %45, align 32
  %4653 = add i64 %4464, 283
  %4654 = getelementptr inbounds float, float* %1, i64 %4653
  %4655 = load float, float* %4654, align 4
  %4656 = insertelement <8 x float> undef, float %4655, i32 0
  %splat480 = shufflevector <8 x float> %4656, <8 x float> undef, <8 x i32> zeroinitializer
  %4657 = load <8 x float>, <8 x float>* %50, align 32
  %4658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat480, <8 x float> %4640, <8 x float> %4657)
  store <8 x float> %4658, <8 x float>* %50, align 32
  %4659 = load <8 x float>, <8 x float>* %44, align 32
  %4660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat480, <8 x float> %4644, <8 x float> %4659)
  store <8 x float> %4660, <8 x float>* %44, align 32
  %4661 = add i64 %4464, 291
  %4662 = getelementptr inbounds float, float* %1, i64 %4661
  %4663 = load float, float* %4662, align 4
  %4664 = insertelement <8 x float> undef, float %4663, i32 0
  %splat481 = shufflevector <8 x float> %4664, <8 x float> undef, <8 x i32> zeroinitializer
  %4665 = load <8 x float>, <8 x float>* %49, align 32
  %4666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat481, <8 x float> %4640, <8 x float> %4665)
  store <8 x float> %4666, <8 x float>* %49, align 32
  %4667 = load <8 x float>, <8 x float>* %43, align 32
  %4668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat481, <8 x float> %4644, <8 x float> %4667)
  store <8 x float> %4668, <8 x float>* %43, align 32
  %4669 = add i64 %4464, 299
  %4670 = getelementptr inbounds float, float* %1, i64 %4669
  %4671 = load float, float* %4670, align 4
  %4672 = insertelement <8 x float> undef, float %4671, i32 0
  %splat482 = shufflevector <8 x float> %4672, <8 x float> undef, <8 x i32> zeroinitializer
  %4673 = load <8 x float>, <8 x float>* %48, align 32
  %4674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat482, <8 x float> %4640, <8 x float> %4673)
  store <8 x float> %4674, <8 x float>* %48, align 32
  %4675 = load <8 x float>, <8 x float>* %42, align 32
  %4676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat482, <8 x float> %4644, <8 x float> %4675)
  store <8 x float> %4676, <8 x float>* %42, align 32
  %4677 = add i64 %4464, 307
  %4678 = getelementptr inbounds float, float* %1, i64 %4677
  %4679 = load float, float* %4678, align 4
  %4680 = insertelement <8 x float> undef, float %4679, i32 0
  %splat483 = shufflevector <8 x float> %4680, <8 x float> undef, <8 x i32> zeroinitializer
  %4681 = load <8 x float>, <8 x float>* %47, align 32
  %4682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat483, <8 x float> %4640, <8 x float> %4681)
  store <8 x float> %4682, <8 x float>* %47, align 32
  %4683 = load <8 x float>, <8 x float>* %41, align 32
  %4684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat483, <8 x float> %4644, <8 x float> %4683)
  store <8 x float> %4684, <8 x float>* %41, align 32
  %4685 = add i64 %4464, 315
  %4686 = getelementptr inbounds float, float* %1, i64 %4685
  %4687 = load float, float* %4686, align 4
  %4688 = insertelement <8 x float> undef, float %4687, i32 0
  %splat484 = shufflevector <8 x float> %4688, <8 x float> undef, <8 x i32> zeroinitializer
  %4689 = load <8 x float>, <8 x float>* %46, align 32
  %4690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat484, <8 x float> %4640, <8 x float> %4689)
  store <8 x float> %4690, <8 x float>* %46, align 32
  %4691 = load <8 x float>, <8 x float>* %40, align 32
  %4692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat484, <8 x float> %4644, <8 x float> %4691)
  store <8 x float> %4692, <8 x float>* %40, align 32
  %4693 = add i64 %4468, 32
  %4694 = getelementptr inbounds float, float* %4, i64 %4693
  %4695 = bitcast float* %4694 to <8 x float>*
  %4696 = load <8 x float>, <8 x float>* %4695, align 4
  %4697 = add i64 %4468, 4640
  %4698 = getelementptr inbounds float, float* %4, i64 %4697
  %4699 = bitcast float* %4698 to <8 x float>*
  %4700 = load <8 x float>, <8 x float>* %4699, align 4
  %4701 = add i64 %4464, 276
  %4702 = getelementptr inbounds float, float* %1, i64 %4701
  %4703 = load float, float* %4702, align 4
  %4704 = insertelement <8 x float> undef, float %4703, i32 0
  %splat485 = shufflevector <8 x float> %4704, <8 x float> undef, <8 x i32> zeroinitializer
  %4705 = load <8 x float>, <8 x float>* %51, align 32
  %4706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat485, <8 x float> %4696, <8 x float> %4705)
  store <8 x float> %4706, <8 x float>* %51, align 32
  %4707 = load <8 x float>, <8 x float>* %45, align 32
  %4708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat485, <8 x float> %4700, <8 x float> %4707)
  store <8 x float> %4708, <8 x float>* %45, align 32
  %4709 = add i64 %4464, 284
  %4710 = getelementptr inbounds float, float* %1, i64 %4709
  %4711 = load float, float* %4710, align 4
  %4712 = insertelement <8 x float> undef, float %4711, i32 0
  %splat486 = shufflevector <8 x float> %4712, <8 x float> undef, <8 x i32> zeroinitializer
  %4713 = load <8 x float>, <8 x float>* %50, align 32
  %4714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat486, <8 x float> %4696, <8 x float> %4713)
  store <8 x float> %4714, <8 x float>* %50, align 32
  %4715 = load <8 x float>, <8 x float>* %44, align 32
  %4716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat486, <8 x float> %4700, <8 x float> %4715)
  store <8 x float> %4716, <8 x float>* %44, align 32
  %4717 = add i64 %4464, 292
  %4718 = getelementptr inbounds float, float* %1, i64 %4717
  %4719 = load float, float* %4718, align 4
  %4720 = insertelement <8 x float> undef, float %4719, i32 0
  %splat487 = shufflevector <8 x float> %4720, <8 x float> undef, <8 x i32> zeroinitializer
  %4721 = load <8 x float>, <8 x float>* %49, align 32
  %4722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat487, <8 x float> %4696, <8 x float> %4721)
  store <8 x float> %4722, <8 x float>* %49, align 32
  %4723 = load <8 x float>, <8 x float>* %43, align 32
  %4724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat487, <8 x float> %4700, <8 x float> %4723)
  store <8 x float> %4724, <8 x float>* %43, align 32
  %4725 = add i64 %4464, 300
  %4726 = getelementptr inbounds float, float* %1, i64 %4725
  %4727 = load float, float* %4726, align 4
  %4728 = insertelement <8 x float> undef, float %4727, i32 0
  %splat488 = shufflevector <8 x float> %4728, <8 x float> undef, <8 x i32> zeroinitializer
  %4729 = load <8 x float>, <8 x float>* %48, align 32
  %4730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat488, <8 x float> %4696, <8 x float> %4729)
  store <8 x float> %4730, <8 x float>* %48, align 32
  %4731 = load <8 x float>, <8 x float>* %42, align 32
  %4732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat488, <8 x float> %4700, <8 x float> %4731)
  store <8 x float> %4732, <8 x float>* %42, align 32
  %4733 = add i64 %4464, 308
  %4734 = getelementptr inbounds float, float* %1, i64 %4733
  %4735 = load float, float* %4734, align 4
  %4736 = insertelement <8 x float> undef, float %4735, i32 0
  %splat489 = shufflevector <8 x float> %4736, <8 x float> undef, <8 x i32> zeroinitializer
  %4737 = load <8 x float>, <8 x float>* %47, align 32
  %4738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat489, <8 x float> %4696, <8 x float> %4737)
  store <8 x float> %4738, <8 x float>* %47, align 32
  %4739 = load <8 x float>, <8 x float>* %41, align 32
  %4740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat489, <8 x float> %4700, <8 x float> %4739)
  store <8 x float> %4740, <8 x float>* %41, align 32
  %4741 = add i64 %4464, 316
  %4742 = getelementptr inbounds float, float* %1, i64 %4741
  %4743 = load float, float* %4742, align 4
  %4744 = insertelement <8 x float> undef, float %4743, i32 0
  %splat490 = shufflevector <8 x float> %4744, <8 x float> undef, <8 x i32> zeroinitializer
  %4745 = load <8 x float>, <8 x float>* %46, align 32
  %4746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat490, <8 x float> %4696, <8 x float> %4745)
  store <8 x float> %4746, <8 x float>* %46, align 32
  %4747 = load <8 x float>, <8 x float>* %40, align 32
  %4748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat490, <8 x float> %4700, <8 x float> %4747)
  store <8 x float> %4748, <8 x float>* %40, align 32
  %4749 = add i64 %4468, 40
  %4750 = getelementptr inbounds float, float* %4, i64 %4749
  %4751 = bitcast float* %4750 to <8 x float>*
  %4752 = load <8 x float>, <8 x float>* %4751, align 4
  %4753 = add i64 %4468, 4648
  %4754 = getelementptr inbounds float, float* %4, i64 %4753
  %4755 = bitcast float* %4754 to <8 x float>*
  %4756 = load <8 x float>, <8 x float>* %4755, align 4
  %4757 = add i64 %4464, 277
  %4758 = getelementptr inbounds float, float* %1, i64 %4757
  %4759 = load float, float* %4758, align 4
  %4760 = insertelement <8 x float> undef, float %4759, i32 0
  %splat491 = shufflevector <8 x float> %4760, <8 x float> undef, <8 x i32> zeroinitializer
  %4761 = load <8 x float>, <8 x float>* %51, align 32
  %4762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat491, <8 x float> %4752, <8 x float> %4761)
  store <8 x float> %4762, <8 x float>* %51, align 32
  %4763 = load <8 x float>, <8 x float>* %45, align 32
  %4764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat491, <8 x float> %4756, <8 x float> %4763)
  store <8 x float> %4764, <8 x float>* %45, align 32
  %4765 = add i64 %4464, 285
  %4766 = getelementptr inbounds float, float* %1, i64 %4765
  %4767 = load float, float* %4766, align 4
  %4768 = insertelement <8 x float> undef, float %4767, i32 0
  %splat492 = shufflevector <8 x float> %4768, <8 x float> undef, <8 x i32> zeroinitializer
  %4769 = load <8 x float>, <8 x float>* %50, align 32
  %4770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat492, <8 x float> %4752, <8 x float> %4769)
  store <8 x float> %4770, <8 x float>* %50, align 32
  %4771 = load <8 x float>, <8 x float>* %44, align 32
  %4772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat492, <8 x float> %4756, <8 x float> %4771)
  store <8 x float> %4772, <8 x float>* %44, align 32
  %4773 = add i64 %4464, 293
  %4774 = getelementptr inbounds float, float* %1, i64 %4773
  %4775 = load float, float* %4774, align 4
  %4776 = insertelement <8 x float> undef, float %4775, i32 0
  %splat493 = shufflevector <8 x float> %4776, <8 x float> undef, <8 x i32> zeroinitializer
  %4777 = load <8 x float>, <8 x float>* %49, align 32
  %4778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat493, <8 x float> %4752, <8 x float> %4777)
  store <8 x float> %4778, <8 x float>* %49, align 32
  %4779 = load <8 x float>, <8 x float>* %43, align 32
  %4780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat493, <8 x float> %4756, <8 x float> %4779)
  store <8 x float> %4780, <8 x float>* %43, align 32
  %4781 = add i64 %4464, 301
  %4782 = getelementptr inbounds float, float* %1, i64 %4781
  %4783 = load float, float* %4782, align 4
  %4784 = insertelement <8 x float> undef, float %4783, i32 0
  %splat494 = shufflevector <8 x float> %4784, <8 x float> undef, <8 x i32> zeroinitializer
  %4785 = load <8 x float>, <8 x float>* %48, align 32
  %4786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat494, <8 x float> %4752, <8 x float> %4785)
  store <8 x float> %4786, <8 x float>* %48, align 32
  %4787 = load <8 x float>, <8 x float>* %42, align 32
  %4788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat494, <8 x float> %4756, <8 x float> %4787)
  store <8 x float> %4788, <8 x float>* %42, align 32
  %4789 = add i64 %4464, 309
  %4790 = getelementptr inbounds float, float* %1, i64 %4789
  %4791 = load float, float* %4790, align 4
  %4792 = insertelement <8 x float> undef, float %4791, i32 0
  %splat495 = shufflevector <8 x float> %4792, <8 x float> undef, <8 x i32> zeroinitializer
  %4793 = load <8 x float>, <8 x float>* %47, align 32
  %4794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat495, <8 x float> %4752, <8 x float> %4793)
  store <8 x float> %4794, <8 x float>* %47, align 32
  %4795 = load <8 x float>, <8 x float>* %41, align 32
  %4796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat495, <8 x float> %4756, <8 x float> %4795)
  store <8 x float> %4796, <8 x float>* %41, align 32
  %4797 = add i64 %4464, 317
  %4798 = getelementptr inbounds float, float* %1, i64 %4797
  %4799 = load float, float* %4798, align 4
  %4800 = insertelement <8 x float> undef, float %4799, i32 0
  %splat496 = shufflevector <8 x float> %4800, <8 x float> undef, <8 x i32> zeroinitializer
  %4801 = load <8 x float>, <8 x float>* %46, align 32
  %4802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat496, <8 x float> %4752, <8 x float> %4801)
  store <8 x float> %4802, <8 x float>* %46, align 32
  %4803 = load <8 x float>, <8 x float>* %40, align 32
  %4804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat496, <8 x float> %4756, <8 x float> %4803)
  store <8 x float> %4804, <8 x float>* %40, align 32
  %4805 = add i64 %4468, 48
  %4806 = getelementptr inbounds float, float* %4, i64 %4805
  %4807 = bitcast float* %4806 to <8 x float>*
  %4808 = load <8 x float>, <8 x float>* %4807, align 4
  %4809 = add i64 %4468, 4656
  %4810 = getelementptr inbounds float, float* %4, i64 %4809
  %4811 = bitcast float* %4810 to <8 x float>*
  %4812 = load <8 x float>, <8 x float>* %4811, align 4
  %4813 = add i64 %4464, 278
  %4814 = getelementptr inbounds float, float* %1, i64 %4813
  %4815 = load float, float* %4814, align 4
  %4816 = insertelement <8 x float> undef, float %4815, i32 0
  %splat497 = shufflevector <8 x float> %4816, <8 x float> undef, <8 x i32> zeroinitializer
  %4817 = load <8 x float>, <8 x float>* %51, align 32
  %4818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat497, <8 x float> %4808, <8 x float> %4817)
  store <8 x float> %4818, <8 x float>* %51, align 32
  %4819 = load <8 x float>, <8 x float>* %45, align 32
  %4820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat497, <8 x float> %4812, <8 x float> %4819)
  store <8 x float> %4820, <8 x float>* %45, align 32
  %4821 = add i64 %4464, 286
  %4822 = getelementptr inbounds float, float* %1, i64 %4821
  %4823 = load float, float* %4822, align 4
  %4824 = insertelement <8 x float> undef, float %4823, i32 0
  %splat498 = shufflevector <8 x float> %4824, <8 x float> undef, <8 x i32> zeroinitializer
  %4825 = load <8 x float>, <8 x float>* %50, align 32
  %4826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat498, <8 x float> %4808, <8 x float> %4825)
  store <8 x float> %4826, <8 x float>* %50, align 32
  %4827 = load <8 x float>, <8 x float>* %44, align 32
  %4828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat498, <8 x float> %4812, <8 x float> %4827)
  store <8 x float> %4828, <8 x float>* %44, align 32
  %4829 = add i64 %4464, 294
  %4830 = getelementptr inbounds float, float* %1, i64 %4829
  %4831 = load float, float* %4830, align 4
  %4832 = insertelement <8 x float> undef, float %4831, i32 0
  %splat499 = shufflevector <8 x float> %4832, <8 x float> undef, <8 x i32> zeroinitializer
  %4833 = load <8 x float>, <8 x float>* %49, align 32
  %4834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat499, <8 x float> %4808, <8 x float> %4833)
  store <8 x float> %4834, <8 x float>* %49, align 32
  %4835 = load <8 x float>, <8 x float>* %43, align 32
  %4836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat499, <8 x float> %4812, <8 x float> %4835)
  store <8 x float> %4836, <8 x float>* %43, align 32
  %4837 = add i64 %4464, 302
  %4838 = getelementptr inbounds float, float* %1, i64 %4837
  %4839 = load float, float* %4838, align 4
  %4840 = insertelement <8 x float> undef, float %4839, i32 0
  %splat500 = shufflevector <8 x float> %4840, <8 x float> undef, <8 x i32> zeroinitializer
  %4841 = load <8 x float>, <8 x float>* %48, align 32
  %4842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat500, <8 x float> %4808, <8 x float> %4841)
  store <8 x float> %4842, <8 x float>* %48, align 32
  %4843 = load <8 x float>, <8 x float>* %42, align 32
  %4844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat500, <8 x float> %4812, <8 x float> %4843)
  store <8 x float> %4844, <8 x float>* %42, align 32
  %4845 = add i64 %4464, 310
  %4846 = getelementptr inbounds float, float* %1, i64 %4845
  %4847 = load float, float* %4846, align 4
  %4848 = insertelement <8 x float> undef, float %4847, i32 0
  %splat501 = shufflevector <8 x float> %4848, <8 x float> undef, <8 x i32> zeroinitializer
  %4849 = load <8 x float>, <8 x float>* %47, align 32
  %4850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat501, <8 x float> %4808, <8 x float> %4849)
  store <8 x float> %4850, <8 x float>* %47, align 32
  %4851 = load <8 x float>, <8 x float>* %41, align 32
  %4852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat501, <8 x float> %4812, <8 x float> %4851)
  store <8 x float> %4852, <8 x float>* %41, align 32
  %4853 = add i64 %4464, 318
  %4854 = getelementptr inbounds float, float* %1, i64 %4853
  %4855 = load float, float* %4854, align 4
  %4856 = insertelement <8 x float> undef, float %4855, i32 0
  %splat502 = shufflevector <8 x float> %4856, <8 x float> undef, <8 x i32> zeroinitializer
  %4857 = load <8 x float>, <8 x float>* %46, align 32
  %4858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat502, <8 x float> %4808, <8 x float> %4857)
  store <8 x float> %4858, <8 x float>* %46, align 32
  %4859 = load <8 x float>, <8 x float>* %40, align 32
  %4860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat502, <8 x float> %4812, <8 x float> %4859)
  store <8 x float> %4860, <8 x float>* %40, align 32
  %4861 = add i64 %4468, 56
  %4862 = getelementptr inbounds float, float* %4, i64 %4861
  %4863 = bitcast float* %4862 to <8 x float>*
  %4864 = load <8 x float>, <8 x float>* %4863, align 4
  %4865 = add i64 %4468, 4664
  %4866 = getelementptr inbounds float, float* %4, i64 %4865
  %4867 = bitcast float* %4866 to <8 x float>*
  %4868 = load <8 x float>, <8 x float>* %4867, align 4
  %4869 = add i64 %4464, 279
  %4870 = getelementptr inbounds float, float* %1, i64 %4869
  %4871 = load float, float* %4870, align 4
  %4872 = insertelement <8 x float> undef, float %4871, i32 0
  %splat503 = shufflevector <8 x float> %4872, <8 x float> undef, <8 x i32> zeroinitializer
  %4873 = load <8 x float>, <8 x float>* %51, align 32
  %4874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat503, <8 x float> %4864, <8 x float> %4873)
  store <8 x float> %4874, <8 x float>* %51, align 32
  %4875 = load <8 x float>, <8 x float>* %45, align 32
  %4876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat503, <8 x float> %4868, <8 x float> %4875)
  store <8 x float> %4876, <8 x float>* %45, align 32
  %4877 = add i64 %4464, 287
  %4878 = getelementptr inbounds float, float* %1, i64 %4877
  %4879 = load float, float* %4878, align 4
  %4880 = insertelement <8 x float> undef, float %4879, i32 0
  %splat504 = shufflevector <8 x float> %4880, <8 x float> undef, <8 x i32> zeroinitializer
  %4881 = load <8 x float>, <8 x float>* %50, align 32
  %4882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat504, <8 x float> %4864, <8 x float> %4881)
  store <8 x float> %4882, <8 x float>* %50, align 32
  %4883 = load <8 x float>, <8 x float>* %44, align 32
  %4884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat504, <8 x float> %4868, <8 x float> %4883)
  store <8 x float> %4884, <8 x float>* %44, align 32
  %4885 = add i64 %4464, 295
  %4886 = getelementptr inbounds float, float* %1, i64 %4885
  %4887 = load float, float* %4886, align 4
  %4888 = insertelement <8 x float> undef, float %4887, i32 0
  %splat505 = shufflevector <8 x float> %4888, <8 x float> undef, <8 x i32> zeroinitializer
  %4889 = load <8 x float>, <8 x float>* %49, align 32
  %4890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat505, <8 x float> %4864, <8 x float> %4889)
  store <8 x float> %4890, <8 x float>* %49, align 32
  %4891 = load <8 x float>, <8 x float>* %43, align 32
  %4892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat505, <8 x float> %4868, <8 x float> %4891)
  store <8 x float> %4892, <8 x float>* %43, align 32
  %4893 = add i64 %4464, 303
  %4894 = getelementptr inbounds float, float* %1, i64 %4893
  %4895 = load float, float* %4894, align 4
  %4896 = insertelement <8 x float> undef, float %4895, i32 0
  %splat506 = shufflevector <8 x float> %4896, <8 x float> undef, <8 x i32> zeroinitializer
  %4897 = load <8 x float>, <8 x float>* %48, align 32
  %4898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat506, <8 x float> %4864, <8 x float> %4897)
  store <8 x float> %4898, <8 x float>* %48, align 32
  %4899 = load <8 x float>, <8 x float>* %42, align 32
  %4900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat506, <8 x float> %4868, <8 x float> %4899)
  store <8 x float> %4900, <8 x float>* %42, align 32
  %4901 = add i64 %4464, 311
  %4902 = getelementptr inbounds float, float* %1, i64 %4901
  %4903 = load float, float* %4902, align 4
  %4904 = insertelement <8 x float> undef, float %4903, i32 0
  %splat507 = shufflevector <8 x float> %4904, <8 x float> undef, <8 x i32> zeroinitializer
  %4905 = load <8 x float>, <8 x float>* %47, align 32
  %4906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat507, <8 x float> %4864, <8 x float> %4905)
  store <8 x float> %4906, <8 x float>* %47, align 32
  %4907 = load <8 x float>, <8 x float>* %41, align 32
  %4908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat507, <8 x float> %4868, <8 x float> %4907)
  store <8 x float> %4908, <8 x float>* %41, align 32
  %4909 = add i64 %4464, 319
  %4910 = getelementptr inbounds float, float* %1, i64 %4909
  %4911 = load float, float* %4910, align 4
  %4912 = insertelement <8 x float> undef, float %4911, i32 0
  %splat508 = shufflevector <8 x float> %4912, <8 x float> undef, <8 x i32> zeroinitializer
  %4913 = load <8 x float>, <8 x float>* %46, align 32
  %4914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat508, <8 x float> %4864, <8 x float> %4913)
  store <8 x float> %4914, <8 x float>* %46, align 32
  %4915 = load <8 x float>, <8 x float>* %40, align 32
  %4916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat508, <8 x float> %4868, <8 x float> %4915)
  store <8 x float> %4916, <8 x float>* %40, align 32
  %kw.next509 = add i64 %kw460, 1
  br label %kw.header457

kw.exit459:                                       ; preds = %kw.header457
  %kh.next510 = add i64 %kh456, 1
  br label %kh.header453

u.header512:                                      ; preds = %kh.exit518, %u.exit451
  %u515 = phi i64 [ 0, %u.exit451 ], [ %u.next574, %kh.exit518 ]
  %4917 = icmp slt i64 %u515, 8
  br i1 %4917, label %u.body513, label %u.exit514

u.body513:                                        ; preds = %u.header512
  %4918 = mul i64 %u515, 1800
  %4919 = add i64 %4458, %4918
  %4920 = mul i64 %u515, 576
  %4921 = add i64 %153, %4920
  br label %kh.header516

u.exit514:                                        ; preds = %u.header512
  %4922 = mul i64 %145, 8
  %4923 = add i64 %4922, %148
  %4924 = add i64 %4923, 0
  %4925 = mul i64 %4924, 13
  %4926 = add i64 %4925, %142
  %4927 = mul i64 %4926, 13
  %4928 = add i64 %4927, 36
  %4929 = mul i64 %4928, 8
  %4930 = load <8 x float>, <8 x float>* %39, align 32
  %4931 = fcmp ogt <8 x float> %4930, zeroinitializer
  %4932 = select <8 x i1> %4931, <8 x float> %4930, <8 x float> zeroinitializer
  %4933 = getelementptr inbounds float, float* %0, i64 %4929
  %4934 = bitcast float* %4933 to <8 x float>*
  store <8 x float> %4932, <8 x float>* %4934, align 4
  %4935 = add i64 %4927, 37
  %4936 = mul i64 %4935, 8
  %4937 = load <8 x float>, <8 x float>* %38, align 32
  %4938 = fcmp ogt <8 x float> %4937, zeroinitializer
  %4939 = select <8 x i1> %4938, <8 x float> %4937, <8 x float> zeroinitializer
  %4940 = getelementptr inbounds float, float* %0, i64 %4936
  %4941 = bitcast float* %4940 to <8 x float>*
  store <8 x float> %4939, <8 x float>* %4941, align 4
  %4942 = add i64 %4927, 38
  %4943 = mul i64 %4942, 8
  %4944 = load <8 x float>, <8 x float>* %37, align 32
  %4945 = fcmp ogt <8 x float> %4944, zeroinitializer
  %4946 = select <8 x i1> %4945, <8 x float> %4944, <8 x float> zeroinitializer
  %4947 = getelementptr inbounds float, float* %0, i64 %4943
  %4948 = bitcast float* %4947 to <8 x float>*
  store <8 x float> %4946, <8 x float>* %4948, align 4
  %4949 = add i64 %4927, 39
  %4950 = mul i64 %4949, 8
  %4951 = load <8 x float>, <8 x float>* %36, align 32
  %4952 = fcmp ogt <8 x float> %4951, zeroinitializer
  %4953 = select <8 x i1> %4952, <8 x float> %4951, <8 x float> zeroinitializer
  %4954 = getelementptr inbounds float, float* %0, i64 %4950
  %4955 = bitcast float* %4954 to <8 x float>*
  store <8 x float> %4953, <8 x float>* %4955, align 4
  %4956 = add i64 %4927, 40
  %4957 = mul i64 %4956, 8
  %4958 = load <8 x float>, <8 x float>* %35, align 32
  %4959 = fcmp ogt <8 x float> %4958, zeroinitializer
  %4960 = select <8 x i1> %4959, <8 x float> %4958, <8 x float> zeroinitializer
  %4961 = getelementptr inbounds float, float* %0, i64 %4957
  %4962 = bitcast float* %4961 to <8 x float>*
  store <8 x float> %4960, <8 x float>* %4962, align 4
  %4963 = add i64 %4927, 41
  %4964 = mul i64 %4963, 8
  %4965 = load <8 x float>, <8 x float>* %34, align 32
  %4966 = fcmp ogt <8 x float> %4965, zeroinitializer
  %4967 = select <8 x i1> %4966, <8 x float> %4965, <8 x float> zeroinitializer
  %4968 = getelementptr inbounds float, float* %0, i64 %4964
  %4969 = bitcast float* %4968 to <8 x float>*
  store <8 x float> %4967, <8 x float>* %4969, align 4
  %4970 = mul i64 %145, 8
  %4971 = add i64 %4970, %148
  %4972 = add i64 %4971, 1
  %4973 = mul i64 %4972, 13
  %4974 = add i64 %4973, %142
  %4975 = mul i64 %4974, 13
  %4976 = add i64 %4975, 36
  %4977 = mul i64 %4976, 8
  %4978 = load <8 x float>, <8 x float>* %33, align 32
  %4979 = fcmp ogt <8 x float> %4978, zeroinitializer
  %4980 = select <8 x i1> %4979, <8 x float> %4978, <8 x float> zeroinitializer
  %4981 = getelementptr inbounds float, float* %0, i64 %4977
  %4982 = bitcast float* %4981 to <8 x float>*
  store <8 x float> %4980, <8 x float>* %4982, align 4
  %4983 = add i64 %4975, 37
  %4984 = mul i64 %4983, 8
  %4985 = load <8 x float>, <8 x float>* %32, align 32
  %4986 = fcmp ogt <8 x float> %4985, zeroinitializer
  %4987 = select <8 x i1> %4986, <8 x float> %4985, <8 x float> zeroinitializer
  %4988 = getelementptr inbounds float, float* %0, i64 %4984
  %4989 = bitcast float* %4988 to <8 x float>*
  store <8 x float> %4987, <8 x float>* %4989, align 4
  %4990 = add i64 %4975, 38
  %4991 = mul i64 %4990, 8
  %4992 = load <8 x float>, <8 x float>* %31, align 32
  %4993 = fcmp ogt <8 x float> %4992, zeroinitializer
  %4994 = select <8 x i1> %4993, <8 x float> %4992, <8 x float> zeroinitializer
  %4995 = getelementptr inbounds float, float* %0, i64 %4991
  %4996 = bitcast float* %4995 to <8 x float>*
  store <8 x float> %4994, <8 x float>* %4996, align 4
  %4997 = add i64 %4975, 39
  %4998 = mul i64 %4997, 8
  %4999 = load <8 x float>, <8 x float>* %30, align 32
  %5000 = fcmp ogt <8 x float> %4999, zeroinitializer
  %5001 = select <8 x i1> %5000, <8 x float> %4999, <8 x float> zeroinitializer
  %5002 = getelementptr inbounds float, float* %0, i64 %4998
  %5003 = bitcast float* %5002 to <8 x float>*
  store <8 x float> %5001, <8 x float>* %5003, align 4
  %5004 = add i64 %4975, 40
  %5005 = mul i64 %5004, 8
  %5006 = load <8 x float>, <8 x float>* %29, align 32
  %5007 = fcmp ogt <8 x float> %5006, zeroinitializer
  %5008 = select <8 x i1> %5007, <8 x float> %5006, <8 x float> zeroinitializer
  %5009 = getelementptr inbounds float, float* %0, i64 %5005
  %5010 = bitcast float* %5009 to <8 x float>*
  store <8 x float> %5008, <8 x float>* %5010, align 4
  %5011 = add i64 %4975, 41
  %5012 = mul i64 %5011, 8
  %5013 = load <8 x float>, <8 x float>* %28, align 32
  %5014 = fcmp ogt <8 x float> %5013, zeroinitializer
  %5015 = select <8 x i1> %5014, <8 x float> %5013, <8 x float> zeroinitializer
  %5016 = getelementptr inbounds float, float* %0, i64 %5012
  %5017 = bitcast float* %5016 to <8 x float>*
  store <8 x float> %5015, <8 x float>* %5017, align 4
  %5018 = add i64 %148, 0
  %5019 = mul i64 %5018, 8
  %5020 = getelementptr inbounds float, float* %5, i64 %5019
  %5021 = bitcast float* %5020 to <8 x float>*
  %5022 = load <8 x float>, <8 x float>* %5021, align 4
  store <8 x float> %5022, <8 x float>* %27, align 32
  store <8 x float> %5022, <8 x float>* %26, align 32
  store <8 x float> %5022, <8 x float>* %25, align 32
  store <8 x float> %5022, <8 x float>* %24, align 32
  store <8 x float> %5022, <8 x float>* %23, align 32
  store <8 x float> %5022, <8 x float>* %22, align 32
  %5023 = add i64 %148, 1
  %5024 = mul i64 %5023, 8
  %5025 = getelementptr inbounds float, float* %5, i64 %5024
  %5026 = bitcast float* %5025 to <8 x float>*
  %5027 = load <8 x float>, <8 x float>* %5026, align 4
  store <8 x float> %5027, <8 x float>* %21, align 32
  store <8 x float> %5027, <8 x float>* %20, align 32
  store <8 x float> %5027, <8 x float>* %19, align 32
  store <8 x float> %5027, <8 x float>* %18, align 32
  store <8 x float> %5027, <8 x float>* %17, align 32
  store <8 x float> %5027, <8 x float>* %16, align 32
  %5028 = add i64 %154, 0
  %5029 = add i64 %152, %5028
  br label %u.header575

kh.header516:                                     ; preds = %kw.exit522, %u.body513
  %kh519 = phi i64 [ 0, %u.body513 ], [ %kh.next573, %kw.exit522 ]
  %5030 = icmp slt i64 %kh519, 3
  br i1 %5030, label %kh.body517, label %kh.exit518

kh.body517:                                       ; preds = %kh.header516
  %5031 = mul i64 %kh519, 120
  %5032 = add i64 %4919, %5031
  br label %kw.header520

kh.exit518:                                       ; preds = %kh.header516
  %u.next574 = add i64 %u515, 1
  br label %u.header512

kw.header520:                                     ; preds = %kw.body521, %kh.body517
  %kw523 = phi i64 [ 0, %kh.body517 ], [ %kw.next572, %kw.body521 ]
  %5033 = icmp slt i64 %kw523, 3
  br i1 %5033, label %kw.body521, label %kw.exit522

kw.body521:                                       ; preds = %kw.header520
  %5034 = mul i64 %kw523, 8
  %5035 = add i64 %5032, %5034
  %5036 = mul i64 %kh519, 3
  %5037 = add i64 %5036, %kw523
  %5038 = mul i64 %5037, 64
  %5039 = add i64 %4921, %5038
  %5040 = add i64 %5039, 0
  %5041 = getelementptr inbounds float, float* %4, i64 %5040
  %5042 = bitcast float* %5041 to <8 x float>*
  %5043 = load <8 x float>, <8 x float>* %5042, align 4
  %5044 = add i64 %5039, 4608
  %5045 = getelementptr inbounds float, float* %4, i64 %5044
  %5046 = bitcast float* %5045 to <8 x float>*
  %5047 = load <8 x float>, <8 x float>* %5046, align 4
  %5048 = add i64 %5035, 320
  %5049 = getelementptr inbounds float, float* %1, i64 %5048
  %5050 = load float, float* %5049, align 4
  %5051 = insertelement <8 x float> undef, float %5050, i32 0
  %splat524 = shufflevector <8 x float> %5051, <8 x float> undef, <8 x i32> zeroinitializer
  %5052 = load <8 x float>, <8 x float>* %39, align 32
  %5053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat524, <8 x float> %5043, <8 x float> %5052)
  store <8 x float> %5053, <8 x float>* %39, align 32
  %5054 = load <8 x float>, <8 x float>* %33, align 32
  %5055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat524, <8 x float> %5047, <8 x float> %5054)
  store <8 x float> %5055, <8 x float>* %33, align 32
  %5056 = add i64 %5035, 328
  %5057 = getelementptr inbounds float, float* %1, i64 %5056
  %5058 = load float, float* %5057, align 4
  %5059 = insertelement <8 x float> undef, float %5058, i32 0
  %splat525 = shufflevector <8 x float> %5059, <8 x float> undef, <8 x i32> zeroinitializer
  %5060 = load <8 x float>, <8 x float>* %38, align 32
  %5061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat525, <8 x float> %5043, <8 x float> %5060)
  store <8 x float> %5061, <8 x float>* %38, align 32
  %5062 = load <8 x float>, <8 x float>* %32, align 32
  %5063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat525, <8 x float> %5047, <8 x float> %5062)
  store <8 x float> %5063, <8 x float>* %32, align 32
  %5064 = add i64 %5035, 336
  %5065 = getelementptr inbounds float, float* %1, i64 %5064
  %5066 = load float, float* %5065, align 4
  %5067 = insertelement <8 x float> undef, float %5066, i32 0
  %splat526 = shufflevector <8 x float> %5067, <8 x float> undef, <8 x i32> zeroinitializer
  %5068 = load <8 x float>, <8 x float>* %37, align 32
  %5069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat526, <8 x float> %5043, <8 x float> %5068)
  store <8 x float> %5069, <8 x float>* %37, align 32
  %5070 = load <8 x float>, <8 x float>* %31, align 32
  %5071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat526, <8 x float> %5047, <8 x float> %5070)
  store <8 x float> %5071, <8 x float>* %31, align 32
  %5072 = add i64 %5035, 360
  %5073 = getelementptr inbounds float, float* %1, i64 %5072
  %5074 = load float, float* %5073, align 4
  %5075 = insertelement <8 x float> undef, float %5074, i32 0
  %splat527 = shufflevector <8 x float> %5075, <8 x float> undef, <8 x i32> zeroinitializer
  %5076 = load <8 x float>, <8 x float>* %36, align 32
  %5077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat527, <8 x float> %5043, <8 x float> %5076)
  store <8 x float> %5077, <8 x float>* %36, align 32
  %5078 = load <8 x float>, <8 x float>* %30, align 32
  %5079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat527, <8 x float> %5047, <8 x float> %5078)
  store <8 x float> %5079, <8 x float>* %30, align 32
  %5080 = add i64 %5035, 368
  %5081 = getelementptr inbounds float, float* %1, i64 %5080
  %5082 = load float, float* %5081, align 4
  %5083 = insertelement <8 x float> undef, float %5082, i32 0
  %splat528 = shufflevector <8 x float> %5083, <8 x float> undef, <8 x i32> zeroinitializer
  %5084 = load <8 x float>, <8 x float>* %35, align 32
  %5085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat528, <8 x float> %5043, <8 x float> %5084)
  store <8 x float> %5085, <8 x float>* %35, align 32
  %5086 = load <8 x float>, <8 x float>* %29, align 32
  %5087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat528, <8 x float> %5047, <8 x float> %5086)
  store <8 x float> %5087, <8 x float>* %29, align 32
  %5088 = add i64 %5035, 376
  %5089 = getelementptr inbounds float, float* %1, i64 %5088
  %5090 = load float, float* %5089, align 4
  %5091 = insertelement <8 x float> undef, float %5090, i32 0
  %splat529 = shufflevector <8 x float> %5091, <8 x float> undef, <8 x i32> zeroinitializer
  %5092 = load <8 x float>, <8 x float>* %34, align 32
  %5093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat529, <8 x float> %5043, <8 x float> %5092)
  store <8 x float> %5093, <8 x float>* %34, align 32
  %5094 = load <8 x float>, <8 x float>* %28, align 32
  %5095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat529, <8 x float> %5047, <8 x float> %5094)
  store <8 x float> %5095, <8 x float>* %28, align 32
  %5096 = add i64 %5039, 8
  %5097 = getelementptr inbounds float, float* %4, i64 %5096
  %5098 = bitcast float* %5097 to <8 x float>*
  %5099 = load <8 x float>, <8 x float>* %5098, align 4
  %5100 = add i64 %5039, 4616
  %5101 = getelementptr inbounds float, float* %4, i64 %5100
  %5102 = bitcast float* %5101 to <8 x float>*
  %5103 = load <8 x float>, <8 x float>* %5102, align 4
  %5104 = add i64 %5035, 321
  %5105 = getelementptr inbounds float, float* %1, i64 %5104
  %5106 = load float, float* %5105, align 4
  %5107 = insertelement <8 x float> undef, float %5106, i32 0
  %splat530 = shufflevector <8 x float> %5107, <8 x float> undef, <8 x i32> zeroinitializer
  %5108 = load <8 x float>, <8 x float>* %39, align 32
  %5109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat530, <8 x float> %5099, <8 x float> %5108)
  store <8 x float> %5109, <8 x float>* %39, align 32
  %5110 = load <8 x float>, <8 x float>* %33, align 32
  %5111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat530, <8 x float> %5103, <8 x float> %5110)
  store <8 x float> %5111, <8 x float>* %33, align 32
  %5112 = add i64 %5035, 329
  %5113 = getelementptr inbounds float, float* %1, i64 %5112
  %5114 = load float, float* %5113, align 4
  %5115 = insertelement <8 x float> undef, float %5114, i32 0
  %splat531 = shufflevector <8 x float> %5115, <8 x float> undef, <8 x i32> zeroinitializer
  %5116 = load <8 x float>, <8 x float>* %38, align 32
  %5117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat531, <8 x float> %5099, <8 x float> %5116)
  store <8 x float> %5117, <8 x float>* %38, align 32
  %5118 = load <8 x float>, <8 x float>* %32, align 32
  %5119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat531, <8 x float> %5103, <8 x float> %5118)
  store <8 x float> %5119, <8 x float>* %32, align 32
  %5120 = add i64 %5035, 337
  %5121 = getelementptr inbounds float, float* %1, i64 %5120
  %5122 = load float, float* %5121, align 4
  %5123 = insertelement <8 x float> undef, float %5122, i32 0
  %splat532 = shufflevector <8 x float> %5123, <8 x float> undef, <8 x i32> zeroinitializer
  %5124 = load <8 x float>, <8 x float>* %37, align 32
  %5125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat532, <8 x float> %5099, <8 x float> %5124)
  store <8 x float> %5125, <8 x float>* %37, align 32
  %5126 = load <8 x float>, <8 x float>* %31, align 32
  %5127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat532, <8 x float> %5103, <8 x float> %5126)
  store <8 x float> %5127, <8 x float>* %31, align 32
  %5128 = add i64 %5035, 361
  %5129 = getelementptr inbounds float, float* %1, i64 %5128
  %5130 = load float, float* %5129, align 4
  %5131 = insertelement <8 x float> undef, float %5130, i32 0
  %splat533 = shufflevector <8 x float> %5131, <8 x float> undef, <8 x i32> zeroinitializer
  %5132 = load <8 x float>, <8 x float>* %36, align 32
  %5133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat533, <8 x float> %5099, <8 x float> %5132)
  store <8 x float> %5133, <8 x float>* %36, align 32
  %5134 = load <8 x float>, <8 x float>* %30, align 32
  %5135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat533, <8 x float> %5103, <8 x float> %5134)
  store <8 x float> %5135, <8 x float>* %30, align 32
  %5136 = add i64 %5035, 369
  %5137 = getelementptr inbounds float, float* %1, i64 %5136
  %5138 = load float, float* %5137, align 4
  %5139 = insertelement <8 x float> undef, float %5138, i32 0
  %splat534 = shufflevector <8 x float> %5139, <8 x float> undef, <8 x i32> zeroinitializer
  %5140 = load <8 x float>, <8 x float>* %35, align 32
  %5141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat534, <8 x float> %5099, <8 x float> %5140)
  store <8 x float> %5141, <8 x float>* %35, align 32
  %5142 = load <8 x float>, <8 x float>* %29, align 32
  %5143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat534, <8 x float> %5103, <8 x float> %5142)
  store <8 x float> %5143, <8 x float>* %29, align 32
  %5144 = add i64 %5035, 377
  %5145 = getelementptr inbounds float, float* %1, i64 %5144
  %5146 = load float, float* %5145, align 4
  %5147 = insertelement <8 x float> undef, float %5146, i32 0
  %splat535 = shufflevector <8 x float> %5147, <8 x float> undef, <8 x i32> zeroinitializer
  %5148 = load <8 x float>, <8 x float>* %34, align 32
  %5149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat535, <8 x float> %5099, <8 x float> %5148)
  store <8 x float> %5149, <8 x float>* %34, align 32
  %5150 = load <8 x float>, <8 x float>* %28, align 32
  %5151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat535, <8 x float> %5103, <8 x float> %5150)
  store <8 x float> %5151, <8 x float>* %28, align 32
  %5152 = add i64 %5039, 16
  %5153 = getelementptr inbounds float, float* %4, i64 %5152
  %5154 = bitcast float* %5153 to <8 x float>*
  %5155 = load <8 x float>, <8 x float>* %5154, align 4
  %5156 = add i64 %5039, 4624
  %5157 = getelementptr inbounds float, float* %4, i64 %5156
  %5158 = bitcast float* %5157 to <8 x float>*
  %5159 = load <8 x float>, <8 x float>* %5158, align 4
  %5160 = add i64 %5035, 322
  %5161 = getelementptr inbounds float, float* %1, i64 %5160
  %5162 = load float, float* %5161, align 4
  %5163 = insertelement <8 x float> undef, float %5162, i32 0
  %splat536 = shufflevector <8 x float> %5163, <8 x float> undef, <8 x i32> zeroinitializer
  %5164 = load <8 x float>, <8 x float>* %39, align 32
  %5165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat536, <8 x float> %5155, <8 x float> %5164)
  store <8 x float> %5165, <8 x float>* %39, align 32
  %5166 = load <8 x float>, <8 x float>* %33, align 32
  %5167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat536, <8 x float> %5159, <8 x float> %5166)
  store <8 x float> %5167, <8 x float>* %33, align 32
  %5168 = add i64 %5035, 330
  %5169 = getelementptr inbounds float, float* %1, i64 %5168
  %5170 = load float, float* %5169, align 4
  %5171 = insertelement <8 x float> undef, float %5170, i32 0
  %splat537 = shufflevector <8 x float> %5171, <8 x float> undef, <8 x i32> zeroinitializer
  %5172 = load <8 x float>, <8 x float>* %38, align 32
  %5173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat537, <8 x float> %5155, <8 x float> %5172)
  store <8 x float> %5173, <8 x float>* %38, align 32
  %5174 = load <8 x float>, <8 x float>* %32, align 32
  %5175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat537, <8 x float> %5159, <8 x float> %5174)
  store <8 x float> %5175, <8 x float>* %32, align 32
  %5176 = add i64 %5035, 338
  %5177 = getelementptr inbounds float, float* %1, i64 %5176
  %5178 = load float, float* %5177, align 4
  %5179 = insertelement <8 x float> undef, float %5178, i32 0
  %splat538 = shufflevector <8 x float> %5179, <8 x float> undef, <8 x i32> zeroinitializer
  %5180 = load <8 x float>, <8 x float>* %37, align 32
  %5181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat538, <8 x float> %5155, <8 x float> %5180)
  store <8 x float> %5181, <8 x float>* %37, align 32
  %5182 = load <8 x float>, <8 x float>* %31, align 32
  %5183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat538, <8 x float> %5159, <8 x float> %5182)
  store <8 x float> %5183, <8 x float>* %31, align 32
  %5184 = add i64 %5035, 362
  %5185 = getelementptr inbounds float, float* %1, i64 %5184
  %5186 = load float, float* %5185, align 4
  %5187 = insertelement <8 x float> undef, float %5186, i32 0
  %splat539 = shufflevector <8 x float> %5187, <8 x float> undef, <8 x i32> zeroinitializer
  %5188 = load <8 x float>, <8 x float>* %36, align 32
  %5189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat539, <8 x float> %5155, <8 x float> %5188)
  store <8 x float> %5189, <8 x float>* %36, align 32
  %5190 = load <8 x float>, <8 x float>* %30, align 32
  %5191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat539, <8 x float> %5159, <8 x float> %5190)
  store <8 x float> %5191, <8 x float>* %30, align 32
  %5192 = add i64 %5035, 370
  %5193 = getelementptr inbounds float, float* %1, i64 %5192
  %5194 = load float, float* %5193, align 4
  %5195 = insertelement <8 x float> undef, float %5194, i32 0
  %splat540 = shufflevector <8 x float> %5195, <8 x float> undef, <8 x i32> zeroinitializer
  %5196 = load <8 x float>, <8 x float>* %35, align 32
  %5197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat540, <8 x float> %5155, <8 x float> %5196)
  store <8 x float> %5197, <8 x float>* %35, align 32
  %5198 = load <8 x float>, <8 x float>* %29, align 32
  %5199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat540, <8 x float> %5159, <8 x float> %5198)
  store <8 x float> %5199, <8 x float>* %29, align 32
  %5200 = add i64 %5035, 378
  %5201 = getelementptr inbounds float, float* %1, i64 %5200
  %5202 = load float, float* %5201, align 4
  %5203 = insertelement <8 x float> undef, float %5202, i32 0
  %splat541 = shufflevector <8 x float> %5203, <8 x float> undef, <8 x i32> zeroinitializer
  %5204 = load <8 x float>, <8 x float>* %34, align 32
  %5205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat541, <8 x float> %5155, <8 x float> %5204)
  store <8 x float> %5205, <8 x float>* %34, align 32
  %5206 = load <8 x float>, <8 x float>* %28, align 32
  %5207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat541, <8 x float> %5159, <8 x float> %5206)
  store <8 x float> %5207, <8 x float>* %28, align 32
  %5208 = add i64 %5039, 24
  %5209 = getelementptr inbounds float, float* %4, i64 %5208
  %5210 = bitcast float* %5209 to <8 x float>*
  %5211 = load <8 x float>, <8 x float>* %5210, align 4
  %5212 = add i64 %5039, 4632
  %5213 = getelementptr inbounds float, float* %4, i64 %5212
  %5214 = bitcast float* %5213 to <8 x float>*
  %5215 = load <8 x float>, <8 x float>* %5214, align 4
  %5216 = add i64 %5035, 323
  %5217 = getelementptr inbounds float, float* %1, i64 %5216
  %5218 = load float, float* %5217, align 4
  %5219 = insertelement <8 x float> undef, float %5218, i32 0
  %splat542 = shufflevector <8 x float> %5219, <8 x float> undef, <8 x i32> zeroinitializer
  %5220 = load <8 x float>, <8 x float>* %39, align 32
  %5221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat542, <8 x float> %5211, <8 x float> %5220)
  store <8 x float> %5221, <8 x float>* %39, align 32
  %5222 = load <8 x float>, <8 x float>* %33, align 32
  %5223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat542, <8 x float> %5215, <8 x float> %5222)
  store <8 x float> %5223, <8 x float>* %33, align 32
  %5224 = add i64 %5035, 331
  %5225 = getelementptr inbounds float, float* %1, i64 %5224
  %5226 = load float, float* %5225, align 4
  %5227 = insertelement <8 x float> undef, float %5226, i32 0
  %splat543 = shufflevector <8 x float> %5227, <8 x float> undef, <8 x i32> zeroinitializer
  %5228 = load <8 x float>, <8 x float>* %38, align 32
  %5229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat543, <8 x float> %5211, <8 x float> %5228)
  store <8 x float> %5229, <8 x float>* %38, align 32
  %5230 = load <8 x float>, <8 x float>* %32, align 32
  %5231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat543, <8 x float> %5215, <8 x float> %5230)
  store <8 x float> %5231, <8 x float>* %32, align 32
  %5232 = add i64 %5035, 339
  %5233 = getelementptr inbounds float, float* %1, i64 %5232
  %5234 = load float, float* %5233, align 4
  %5235 = insertelement <8 x float> undef, float %5234, i32 0
  %splat544 = shufflevector <8 x float> %5235, <8 x float> undef, <8 x i32> zeroinitializer
  %5236 = load <8 x float>, <8 x float>* %37, align 32
  %5237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat544, <8 x float> %5211, <8 x float> %5236)
  store <8 x float> %5237, <8 x float>* %37, align 32
  %5238 = load <8 x float>, <8 x float>* %31, align 32
  %5239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat544, <8 x float> %5215, <8 x float> %5238)
  store <8 x float> %5239, <8 x float>* %31, align 32
  %5240 = add i64 %5035, 363
  %5241 = getelementptr inbounds float, float* %1, i64 %5240
  %5242 = load float, float* %5241, align 4
  %5243 = insertelement <8 x float> undef, float %5242, i32 0
  %splat545 = shufflevector <8 x float> %5243, <8 x float> undef, <8 x i32> zeroinitializer
  %5244 = load <8 x float>, <8 x float>* %36, align 32
  %5245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat545, <8 x float> %5211, <8 x float> %5244)
  store <8 x float> %5245, <8 x float>* %36, align 32
  %5246 = load <8 x float>, <8 x float>* %30, align 32
  %5247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat545, <8 x float> %5215, <8 x float> %5246)
  store <8 x float> %5247, <8 x float>* %30, align 32
  %5248 = add i64 %5035, 371
  %5249 = getelementptr inbounds float, float* %1, i64 %5248
  %5250 = load float, float* %5249, align 4
  %5251 = insertelement <8 x float> undef, float %5250, i32 0
  %splat546 = shufflevector <8 x float> %5251, <8 x float> undef, <8 x i32> zeroinitializer
  %5252 = load <8 x float>, <8 x float>* %35, align 32
  %5253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat546, <8 x float> %5211, <8 x float> %5252)
  store <8 x float> %5253, <8 x float>* %35, align 32
  %5254 = load <8 x float>, <8 x float>* %29, align 32
  %5255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat546, <8 x float> %5215, <8 x float> %5254)
  store <8 x float> %5255, <8 x float>* %29, align 32
  %5256 = add i64 %5035, 379
  %5257 = getelementptr inbounds float, float* %1, i64 %5256
  %5258 = load float, float* %5257, align 4
  %5259 = insertelement <8 x float> undef, float %5258, i32 0
  %splat547 = shufflevector <8 x float> %5259, <8 x float> undef, <8 x i32> zeroinitializer
  %5260 = load <8 x float>, <8 x float>* %34, align 32
  %5261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat547, <8 x float> %5211, <8 x float> %5260)
  store <8 x float> %5261, <8 x float>* %34, align 32
  %5262 = load <8 x float>, <8 x float>* %28, align 32
  %5263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat547, <8 x float> %5215, <8 x float> %5262)
  store <8 x float> %5263, <8 x float>* %28, align 32
  %5264 = add i64 %5039, 32
  %5265 = getelementptr inbounds float, float* %4, i64 %5264
  %5266 = bitcast float* %5265 to <8 x float>*
  %5267 = load <8 x float>, <8 x float>* %5266, align 4
  %5268 = add i64 %5039, 4640
  %5269 = getelementptr inbounds float, float* %4, i64 %5268
  %5270 = bitcast float* %5269 to <8 x float>*
  %5271 = load <8 x float>, <8 x float>* %5270, align 4
  %5272 = add i64 %5035, 324
  %5273 = getelementptr inbounds float, float* %1, i64 %5272
  %5274 = load float, float* %5273, align 4
  %5275 = insertelement <8 x float> undef, float %5274, i32 0
  %splat548 = shufflevector <8 x float> %5275, <8 x float> undef, <8 x i32> zeroinitializer
  %5276 = load <8 x float>, <8 x float>* %39, align 32
  %5277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat548, <8 x float> %5267, <8 x float> %5276)
  store <8 x float> %5277, <8 x float>* %39, align 32
  %5278 = load <8 x float>, <8 x float>* %33, align 32
  %5279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat548, <8 x float> %5271, <8 x float> %5278)
  store <8 x float> %5279, <8 x float>* %33, align 32
  %5280 = add i64 %5035, 332
  %5281 = getelementptr inbounds float, float* %1, i64 %5280
  %5282 = load float, float* %5281, align 4
  %5283 = insertelement <8 x float> undef, float %5282, i32 0
  %splat549 = shufflevector <8 x float> %5283, <8 x float> undef, <8 x i32> zeroinitializer
  %5284 = load <8 x float>, <8 x float>* %38, align 32
  %5285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat549, <8 x float> %5267, <8 x float> %5284)
  store <8 x float> %5285, <8 x float>* %38, align 32
  %5286 = load <8 x float>, <8 x float>* %32, align 32
  %5287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat549, <8 x float> %5271, <8 x float> %5286)
  store <8 x float> %5287, <8 x float>* %32, align 32
  %5288 = add i64 %5035, 340
  %5289 = getelementptr inbounds float, float* %1, i64 %5288
  %5290 = load float, float* %5289, align 4
  %5291 = insertelement <8 x float> undef, float %5290, i32 0
  %splat550 = shufflevector <8 x float> %5291, <8 x float> undef, <8 x i32> zeroinitializer
  %5292 = load <8 x float>, <8 x float>* %37, align 32
  %5293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat550, <8 x float> %5267, <8 x float> %5292)
  store <8 x float> %5293, <8 x float>* %37, align 32
  %5294 = load <8 x float>, <8 x float>* %31, align 32
  %5295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat550, <8 x float> %5271, <8 x float> %5294)
  store <8 x float> %5295, <8 x float>* %31, align 32
  %5296 = add i64 %5035, 364
  %5297 = getelementptr inbounds float, float* %1, i64 %5296
  %5298 = load float, float* %5297, align 4
  %5299 = insertelement <8 x float> undef, float %5298, i32 0
  %splat551 = shufflevector <8 x float> %5299, <8 x float> undef, <8 x i32> zeroinitializer
  %5300 = load <8 x float>, <8 x float>* %36, align 32
  %5301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat551, <8 x float> %5267, <8 x float> %5300)
  store <8 x float> %5301, <8 x float>* %36, align 32
  %5302 = load <8 x float>, <8 x float>* %30, align 32
  %5303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat551, <8 x float> %5271, <8 x float> %5302)
  store <8 x float> %5303, <8 x float>* %30, align 32
  %5304 = add i64 %5035, 372
  %5305 = getelementptr inbounds float, float* %1, i64 %5304
  %5306 = load float, float* %5305, align 4
  %5307 = insertelement <8 x float> undef, float %5306, i32 0
  %splat552 = shufflevector <8 x float> %5307, <8 x float> undef, <8 x i32> zeroinitializer
  %5308 = load <8 x float>, <8 x float>* %35, align 32
  %5309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat552, <8 x float> %5267, <8 x float> %5308)
  store <8 x float> %5309, <8 x float>* %35, align 32
  %5310 = load <8 x float>, <8 x float>* %29, align 32
  %5311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat552, <8 x float> %5271, <8 x float> %5310)
  store <8 x float> %5311, <8 x float>* %29, align 32
  %5312 = add i64 %5035, 380
  %5313 = getelementptr inbounds float, float* %1, i64 %5312
  %5314 = load float, float* %5313, align 4
  %5315 = insertelement <8 x float> undef, float %5314, i32 0
  %splat553 = shufflevector <8 x float> %5315, <8 x float> undef, <8 x i32> zeroinitializer
  %5316 = load <8 x float>, <8 x float>* %34, align 32
  %5317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat553, <8 x float> %5267, <8 x float> %5316)
  store <8 x float> %5317, <8 x float>* %34, align 32
  %5318 = load <8 x float>, <8 x float>* %28, align 32
  %5319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat553, <8 x float> %5271, <8 x float> %5318)
  store <8 x float> %5319, <8 x float>* %28, align 32
  %5320 = add i64 %5039, 40
  %5321 = getelementptr inbounds float, float* %4, i64 %5320
  %5322 = bitcast float* %5321 to <8 x float>*
  %5323 = load <8 x float>, <8 x float>* %5322, align 4
  %5324 = add i64 %5039, 4648
  %5325 = getelementptr inbounds float, float* %4, i64 %5324
  %5326 = bitcast float* %5325 to <8 x float>*
  %5327 = load <8 x float>, <8 x float>* %5326, align 4
  %5328 = add i64 %5035, 325
  %5329 = getelementptr inbounds float, float* %1, i64 %5328
  %5330 = load float, float* %5329, align 4
  %5331 = insertelement <8 x float> undef, float %5330, i32 0
  %splat554 = shufflevector <8 x float> %5331, <8 x float> undef, <8 x i32> zeroinitializer
  %5332 = load <8 x float>, <8 x float>* %39, align 32
  %5333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat554, <8 x float> %5323, <8 x float> %5332)
  store <8 x float> %5333, <8 x float>* %39, align 32
  %5334 = load <8 x float>, <8 x float>* %33, align 32
  %5335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat554, <8 x float> %5327, <8 x float> %5334)
  store <8 x float> %5335, <8 x float>* %33, align 32
  %5336 = add i64 %5035, 333
  %5337 = getelementptr inbounds float, float* %1, i64 %5336
  %5338 = load float, float* %5337, align 4
  %5339 = insertelement <8 x float> undef, float %5338, i32 0
  %splat555 = shufflevector <8 x float> %5339, <8 x float> undef, <8 x i32> zeroinitializer
  %5340 = load <8 x float>, <8 x float>* %38, align 32
  %5341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat555, <8 x float> %5323, <8 x float> %5340)
  store <8 x float> %5341, <8 x float>* %38, align 32
  %5342 = load <8 x float>, <8 x float>* %32, align 32
  %5343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat555, <8 x float> %5327, <8 x float> %5342)
  store <8 x float> %5343, <8 x float>* %32, align 32
  %5344 = add i64 %5035, 341
  %5345 = getelementptr inbounds float, float* %1, i64 %5344
  %5346 = load float, float* %5345, align 4
  %5347 = insertelement <8 x float> undef, float %5346, i32 0
  %splat556 = shufflevector <8 x float> %5347, <8 x float> undef, <8 x i32> zeroinitializer
  %5348 = load <8 x float>, <8 x float>* %37, align 32
  %5349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat556, <8 x float> %5323, <8 x float> %5348)
  store <8 x float> %5349, <8 x float>* %37, align 32
  %5350 = load <8 x float>, <8 x float>* %31, align 32
  %5351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat556, <8 x float> %5327, <8 x float> %5350)
  store <8 x float> %5351, <8 x float>* %31, align 32
  %5352 = add i64 %5035, 365
  %5353 = getelementptr inbounds float, float* %1, i64 %5352
  %5354 = load float, float* %5353, align 4
  %5355 = insertelement <8 x float> undef, float %5354, i32 0
  %splat557 = shufflevector <8 x float> %5355, <8 x float> undef, <8 x i32> zeroinitializer
  %5356 = load <8 x float>, <8 x float>* %36, align 32
  %5357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat557, <8 x float> %5323, <8 x float> %5356)
  store <8 x float> %5357, <8 x float>* %36, align 32
  %5358 = load <8 x float>, <8 x float>* %30, align 32
  %5359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat557, <8 x float> %5327, <8 x float> %5358)
  store <8 x float> %5359, <8 x float>* %30, align 32
  %5360 = add i64 %5035, 373
  %5361 = getelementptr inbounds float, float* %1, i64 %5360
  %5362 = load float, float* %5361, align 4
  %5363 = insertelement <8 x float> undef, float %5362, i32 0
  %splat558 = shufflevector <8 x float> %5363, <8 x float> undef, <8 x i32> zeroinitializer
  %5364 = load <8 x float>, <8 x float>* %35, align 32
  %5365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat558, <8 x float> %5323, <8 x float> %5364)
  store <8 x float> %5365, <8 x float>* %35, align 32
  %5366 = load <8 x float>, <8 x float>* %29, align 32
  %5367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat558, <8 x float> %5327, <8 x float> %5366)
  store <8 x float> %5367, <8 x float>* %29, align 32
  %5368 = add i64 %5035, 381
  %5369 = getelementptr inbounds float, float* %1, i64 %5368
  %5370 = load float, float* %5369, align 4
  %5371 = insertelement <8 x float> undef, float %5370, i32 0
  %splat559 = shufflevector <8 x float> %5371, <8 x float> undef, <8 x i32> zeroinitializer
  %5372 = load <8 x float>, <8 x float>* %34, align 32
  %5373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat559, <8 x float> %5323, <8 x float> %5372)
  store <8 x float> %5373, <8 x float>* %34, align 32
  %5374 = load <8 x float>, <8 x float>* %28, align 32
  %5375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat559, <8 x float> %5327, <8 x float> %5374)
  store <8 x float> %5375, <8 x float>* %28, align 32
  %5376 = add i64 %5039, 48
  %5377 = getelementptr inbounds float, float* %4, i64 %5376
  %5378 = bitcast float* %5377 to <8 x float>*
  %5379 = load <8 x float>, <8 x float>* %5378, align 4
  %5380 = add i64 %5039, 4656
  %5381 = getelementptr inbounds float, float* %4, i64 %5380
  %5382 = bitcast float* %5381 to <8 x float>*
  %5383 = load <8 x float>, <8 x float>* %5382, align 4
  %5384 = add i64 %5035, 326
  %5385 = getelementptr inbounds float, float* %1, i64 %5384
  %5386 = load float, float* %5385, align 4
  %5387 = insertelement <8 x float> undef, float %5386, i32 0
  %splat560 = shufflevector <8 x float> %5387, <8 x float> undef, <8 x i32> zeroinitializer
  %5388 = load <8 x float>, <8 x float>* %39, align 32
  %5389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat560, <8 x float> %5379, <8 x float> %5388)
  store <8 x float> %5389, <8 x float>* %39, align 32
  %5390 = load <8 x float>, <8 x float>* %33, align 32
  %5391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat560, <8 x float> %5383, <8 x float> %5390)
  store <8 x float> %5391, <8 x float>* %33, align 32
  %5392 = add i64 %5035, 334
  %5393 = getelementptr inbounds float, float* %1, i64 %5392
  %5394 = load float, float* %5393, align 4
  %5395 = insertelement <8 x float> undef, float %5394, i32 0
  %splat561 = shufflevector <8 x float> %5395, <8 x float> undef, <8 x i32> zeroinitializer
  %5396 = load <8 x float>, <8 x float>* %38, align 32
  %5397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat561, <8 x float> %5379, <8 x float> %5396)
  store <8 x float> %5397, <8 x float>* %38, align 32
  %5398 = load <8 x float>, <8 x float>* %32, align 32
  %5399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat561, <8 x float> %5383, <8 x float> %5398)
  store <8 x float> %5399, <8 x float>* %32, align 32
  %5400 = add i64 %5035, 342
  %5401 = getelementptr inbounds float, float* %1, i64 %5400
  %5402 = load float, float* %5401, align 4
  %5403 = insertelement <8 x float> undef, float %5402, i32 0
  %splat562 = shufflevector <8 x float> %5403, <8 x float> undef, <8 x i32> zeroinitializer
  %5404 = load <8 x float>, <8 x float>* %37, align 32
  %5405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat562, <8 x float> %5379, <8 x float> %5404)
  store <8 x float> %5405, <8 x float>* %37, align 32
  %5406 = load <8 x float>, <8 x float>* %31, align 32
  %5407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat562, <8 x float> %5383, <8 x float> %5406)
  store <8 x float> %5407, <8 x float>* %31, align 32
  %5408 = add i64 %5035, 366
  %5409 = getelementptr inbounds float, float* %1, i64 %5408
  %5410 = load float, float* %5409, align 4
  %5411 = insertelement <8 x float> undef, float %5410, i32 0
  %splat563 = shufflevector <8 x float> %5411, <8 x float> undef, <8 x i32> zeroinitializer
  %5412 = load <8 x float>, <8 x float>* %36, align 32
  %5413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat563, <8 x float> %5379, <8 x float> %5412)
  store <8 x float> %5413, <8 x float>* %36, align 32
  %5414 = load <8 x float>, <8 x float>* %30, align 32
  %5415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat563, <8 x float> %5383, <8 x float> %5414)
  store <8 x float> %5415, <8 x float>* %30, align 32
  %5416 = add i64 %5035, 374
  %5417 = getelementptr inbounds float, float* %1, i64 %5416
  %5418 = load float, float* %5417, align 4
  %5419 = insertelement <8 x float> undef, float %5418, i32 0
  %splat564 = shufflevector <8 x float> %5419, <8 x float> undef, <8 x i32> zeroinitializer
  %5420 = load <8 x float>, <8 x float>* %35, align 32
  %5421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat564, <8 x float> %5379, <8 x float> %5420)
  store <8 x float> %5421, <8 x float>* %35, align 32
  %5422 = load <8 x float>, <8 x float>* %29, align 32
  %5423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat564, <8 x float> %5383, <8 x float> %5422)
  store <8 x float> %5423, <8 x float>* %29, align 32
  %5424 = add i64 %5035, 382
  %5425 = getelementptr inbounds float, float* %1, i64 %5424
  %5426 = load float, float* %5425, align 4
  %5427 = insertelement <8 x float> undef, float %5426, i32 0
  %splat565 = shufflevector <8 x float> %5427, <8 x float> undef, <8 x i32> zeroinitializer
  %5428 = load <8 x float>, <8 x float>* %34, align 32
  %5429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat565, <8 x float> %5379, <8 x float> %5428)
  store <8 x float> %5429, <8 x float>* %34, align 32
  %5430 = load <8 x float>, <8 x float>* %28, align 32
  %5431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat565, <8 x float> %5383, <8 x float> %5430)
  store <8 x float> %5431, <8 x float>* %28, align 32
  %5432 = add i64 %5039, 56
  %5433 = getelementptr inbounds float, float* %4, i64 %5432
  %5434 = bitcast float* %5433 to <8 x float>*
  %5435 = load <8 x float>, <8 x float>* %5434, align 4
  %5436 = add i64 %5039, 4664
  %5437 = getelementptr inbounds float, float* %4, i64 %5436
  %5438 = bitcast float* %5437 to <8 x float>*
  %5439 = load <8 x float>, <8 x float>* %5438, align 4
  %5440 = add i64 %5035, 327
  %5441 = getelementptr inbounds float, float* %1, i64 %5440
  %5442 = load float, float* %5441, align 4
  %5443 = insertelement <8 x float> undef, float %5442, i32 0
  %splat566 = shufflevector <8 x float> %5443, <8 x float> undef, <8 x i32> zeroinitializer
  %5444 = load <8 x float>, <8 x float>* %39, align 32
  %5445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat566, <8 x float> %5435, <8 x float> %5444)
  store <8 x float> %5445, <8 x float>* %39, align 32
  %5446 = load <8 x float>, <8 x float>* %33, align 32
  %5447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat566, <8 x float> %5439, <8 x float> %5446)
  store <8 x float> %5447, <8 x float>* %33, align 32
  %5448 = add i64 %5035, 335
  %5449 = getelementptr inbounds float, float* %1, i64 %5448
  %5450 = load float, float* %5449, align 4
  %5451 = insertelement <8 x float> undef, float %5450, i32 0
  %splat567 = shufflevector <8 x float> %5451, <8 x float> undef, <8 x i32> zeroinitializer
  %5452 = load <8 x float>, <8 x float>* %38, align 32
  %5453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat567, <8 x float> %5435, <8 x float> %5452)
  store <8 x float> %5453, <8 x float>* %38, align 32
  %5454 = load <8 x float>, <8 x float>* %32, align 32
  %5455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat567, <8 x float> %5439, <8 x float> %5454)
  store <8 x float> %5455, <8 x float>* %32, align 32
  %5456 = add i64 %5035, 343
  %5457 = getelementptr inbounds float, float* %1, i64 %5456
  %5458 = load float, float* %5457, align 4
  %5459 = insertelement <8 x float> undef, float %5458, i32 0
  %splat568 = shufflevector <8 x float> %5459, <8 x float> undef, <8 x i32> zeroinitializer
  %5460 = load <8 x float>, <8 x float>* %37, align 32
  %5461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat568, <8 x float> %5435, <8 x float> %5460)
  store <8 x float> %5461, <8 x float>* %37, align 32
  %5462 = load <8 x float>, <8 x float>* %31, align 32
  %5463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat568, <8 x float> %5439, <8 x float> %5462)
  store <8 x float> %5463, <8 x float>* %31, align 32
  %5464 = add i64 %5035, 367
  %5465 = getelementptr inbounds float, float* %1, i64 %5464
  %5466 = load float, float* %5465, align 4
  %5467 = insertelement <8 x float> undef, float %5466, i32 0
  %splat569 = shufflevector <8 x float> %5467, <8 x float> undef, <8 x i32> zeroinitializer
  %5468 = load <8 x float>, <8 x float>* %36, align 32
  %5469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat569, <8 x float> %5435, <8 x float> %5468)
  store <8 x float> %5469, <8 x float>* %36, align 32
  %5470 = load <8 x float>, <8 x float>* %30, align 32
  %5471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat569, <8 x float> %5439, <8 x float> %5470)
  store <8 x float> %5471, <8 x float>* %30, align 32
  %5472 = add i64 %5035, 375
  %5473 = getelementptr inbounds float, float* %1, i64 %5472
  %5474 = load float, float* %5473, align 4
  %5475 = insertelement <8 x float> undef, float %5474, i32 0
  %splat570 = shufflevector <8 x float> %5475, <8 x float> undef, <8 x i32> zeroinitializer
  %5476 = load <8 x float>, <8 x float>* %35, align 32
  %5477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat570, <8 x float> %5435, <8 x float> %5476)
  store <8 x float> %5477, <8 x float>* %35, align 32
  %5478 = load <8 x float>, <8 x float>* %29, align 32
  %5479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat570, <8 x float> %5439, <8 x float> %5478)
  store <8 x float> %5479, <8 x float>* %29, align 32
  %5480 = add i64 %5035, 383
  %5481 = getelementptr inbounds float, float* %1, i64 %5480
  %5482 = load float, float* %5481, align 4
  %5483 = insertelement <8 x float> undef, float %5482, i32 0
  %splat571 = shufflevector <8 x float> %5483, <8 x float> undef, <8 x i32> zeroinitializer
  %5484 = load <8 x float>, <8 x float>* %34, align 32
  %5485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat571, <8 x float> %5435, <8 x float> %5484)
  store <8 x float> %5485, <8 x float>* %34, align 32
  %5486 = load <8 x float>, <8 x float>* %28, align 32
  %5487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat571, <8 x float> %5439, <8 x float> %5486)
  store <8 x float> %5487, <8 x float>* %28, align 32
  %kw.next572 = add i64 %kw523, 1
  br label %kw.header520

kw.exit522:                                       ; preds = %kw.header520
  %kh.next573 = add i64 %kh519, 1
  br label %kh.header516

u.header575:                                      ; preds = %kh.exit581, %u.exit514
  %u578 = phi i64 [ 0, %u.exit514 ], [ %u.next637, %kh.exit581 ]
  %5488 = icmp slt i64 %u578, 8
  br i1 %5488, label %u.body576, label %u.exit577

u.body576:                                        ; preds = %u.header575
  %5489 = mul i64 %u578, 1800
  %5490 = add i64 %5029, %5489
  %5491 = mul i64 %u578, 576
  %5492 = add i64 %153, %5491
  br label %kh.header579

u.exit577:                                        ; preds = %u.header575
  %5493 = mul i64 %145, 8
  %5494 = add i64 %5493, %148
  %5495 = add i64 %5494, 0
  %5496 = mul i64 %5495, 13
  %5497 = add i64 %5496, %142
  %5498 = mul i64 %5497, 13
  %5499 = add i64 %5498, 42
  %5500 = mul i64 %5499, 8
  %5501 = load <8 x float>, <8 x float>* %27, align 32
  %5502 = fcmp ogt <8 x float> %5501, zeroinitializer
  %5503 = select <8 x i1> %5502, <8 x float> %5501, <8 x float> zeroinitializer
  %5504 = getelementptr inbounds float, float* %0, i64 %5500
  %5505 = bitcast float* %5504 to <8 x float>*
  store <8 x float> %5503, <8 x float>* %5505, align 4
  %5506 = add i64 %5498, 43
  %5507 = mul i64 %5506, 8
  %5508 = load <8 x float>, <8 x float>* %26, align 32
  %5509 = fcmp ogt <8 x float> %5508, zeroinitializer
  %5510 = select <8 x i1> %5509, <8 x float> %5508, <8 x float> zeroinitializer
  %5511 = getelementptr inbounds float, float* %0, i64 %5507
  %5512 = bitcast float* %5511 to <8 x float>*
  store <8 x float> %5510, <8 x float>* %5512, align 4
  %5513 = add i64 %5498, 44
  %5514 = mul i64 %5513, 8
  %5515 = load <8 x float>, <8 x float>* %25, align 32
  %5516 = fcmp ogt <8 x float> %5515, zeroinitializer
  %5517 = select <8 x i1> %5516, <8 x float> %5515, <8 x float> zeroinitializer
  %5518 = getelementptr inbounds float, float* %0, i64 %5514
  %5519 = bitcast float* %5518 to <8 x float>*
  store <8 x float> %5517, <8 x float>* %5519, align 4
  %5520 = add i64 %5498, 45
  %5521 = mul i64 %5520, 8
  %5522 = load <8 x float>, <8 x float>* %24, align 32
  %5523 = fcmp ogt <8 x float> %5522, zeroinitializer
  %5524 = select <8 x i1> %5523, <8 x float> %5522, <8 x float> zeroinitializer
  %5525 = getelementptr inbounds float, float* %0, i64 %5521
  %5526 = bitcast float* %5525 to <8 x float>*
  store <8 x float> %5524, <8 x float>* %5526, align 4
  %5527 = add i64 %5498, 46
  %5528 = mul i64 %5527, 8
  %5529 = load <8 x float>, <8 x float>* %23, align 32
  %5530 = fcmp ogt <8 x float> %5529, zeroinitializer
  %5531 = select <8 x i1> %5530, <8 x float> %5529, <8 x float> zeroinitializer
  %5532 = getelementptr inbounds float, float* %0, i64 %5528
  %5533 = bitcast float* %5532 to <8 x float>*
  store <8 x float> %5531, <8 x float>* %5533, align 4
  %5534 = add i64 %5498, 47
  %5535 = mul i64 %5534, 8
  %5536 = load <8 x float>, <8 x float>* %22, align 32
  %5537 = fcmp ogt <8 x float> %5536, zeroinitializer
  %5538 = select <8 x i1> %5537, <8 x float> %5536, <8 x float> zeroinitializer
  %5539 = getelementptr inbounds float, float* %0, i64 %5535
  %5540 = bitcast float* %5539 to <8 x float>*
  store <8 x float> %5538, <8 x float>* %5540, align 4
  %5541 = mul i64 %145, 8
  %5542 = add i64 %5541, %148
  %5543 = add i64 %5542, 1
  %5544 = mul i64 %5543, 13
  %5545 = add i64 %5544, %142
  %5546 = mul i64 %5545, 13
  %5547 = add i64 %5546, 42
  %5548 = mul i64 %5547, 8
  %5549 = load <8 x float>, <8 x float>* %21, align 32
  %5550 = fcmp ogt <8 x float> %5549, zeroinitializer
  %5551 = select <8 x i1> %5550, <8 x float> %5549, <8 x float> zeroinitializer
  %5552 = getelementptr inbounds float, float* %0, i64 %5548
  %5553 = bitcast float* %5552 to <8 x float>*
  store <8 x float> %5551, <8 x float>* %5553, align 4
  %5554 = add i64 %5546, 43
  %5555 = mul i64 %5554, 8
  %5556 = load <8 x float>, <8 x float>* %20, align 32
  %5557 = fcmp ogt <8 x float> %5556, zeroinitializer
  %5558 = select <8 x i1> %5557, <8 x float> %5556, <8 x float> zeroinitializer
  %5559 = getelementptr inbounds float, float* %0, i64 %5555
  %5560 = bitcast float* %5559 to <8 x float>*
  store <8 x float> %5558, <8 x float>* %5560, align 4
  %5561 = add i64 %5546, 44
  %5562 = mul i64 %5561, 8
  %5563 = load <8 x float>, <8 x float>* %19, align 32
  %5564 = fcmp ogt <8 x float> %5563, zeroinitializer
  %5565 = select <8 x i1> %5564, <8 x float> %5563, <8 x float> zeroinitializer
  %5566 = getelementptr inbounds float, float* %0, i64 %5562
  %5567 = bitcast float* %5566 to <8 x float>*
  store <8 x float> %5565, <8 x float>* %5567, align 4
  %5568 = add i64 %5546, 45
  %5569 = mul i64 %5568, 8
  %5570 = load <8 x float>, <8 x float>* %18, align 32
  %5571 = fcmp ogt <8 x float> %5570, zeroinitializer
  %5572 = select <8 x i1> %5571, <8 x float> %5570, <8 x float> zeroinitializer
  %5573 = getelementptr inbounds float, float* %0, i64 %5569
  %5574 = bitcast float* %5573 to <8 x float>*
  store <8 x float> %5572, <8 x float>* %5574, align 4
  %5575 = add i64 %5546, 46
  %5576 = mul i64 %5575, 8
  %5577 = load <8 x float>, <8 x float>* %17, align 32
  %5578 = fcmp ogt <8 x float> %5577, zeroinitializer
  %5579 = select <8 x i1> %5578, <8 x float> %5577, <8 x float> zeroinitializer
  %5580 = getelementptr inbounds float, float* %0, i64 %5576
  %5581 = bitcast float* %5580 to <8 x float>*
  store <8 x float> %5579, <8 x float>* %5581, align 4
  %5582 = add i64 %5546, 47
  %5583 = mul i64 %5582, 8
  %5584 = load <8 x float>, <8 x float>* %16, align 32
  %5585 = fcmp ogt <8 x float> %5584, zeroinitializer
  %5586 = select <8 x i1> %5585, <8 x float> %5584, <8 x float> zeroinitializer
  %5587 = getelementptr inbounds float, float* %0, i64 %5583
  %5588 = bitcast float* %5587 to <8 x float>*
  store <8 x float> %5586, <8 x float>* %5588, align 4
  %5589 = add i64 %148, 0
  %5590 = mul i64 %5589, 8
  %5591 = getelementptr inbounds float, float* %5, i64 %5590
  %5592 = bitcast float* %5591 to <8 x float>*
  %5593 = load <8 x float>, <8 x float>* %5592, align 4
  store <8 x float> %5593, <8 x float>* %15, align 32
  store <8 x float> %5593, <8 x float>* %14, align 32
  store <8 x float> %5593, <8 x float>* %13, align 32
  store <8 x float> %5593, <8 x float>* %12, align 32
  %5594 = add i64 %148, 1
  %5595 = mul i64 %5594, 8
  %5596 = getelementptr inbounds float, float* %5, i64 %5595
  %5597 = bitcast float* %5596 to <8 x float>*
  %5598 = load <8 x float>, <8 x float>* %5597, align 4
  store <8 x float> %5598, <8 x float>* %11, align 32
  store <8 x float> %5598, <8 x float>* %10, align 32
  store <8 x float> %5598, <8 x float>* %9, align 32
  store <8 x float> %5598, <8 x float>* %8, align 32
  %5599 = add i64 %154, 0
  %5600 = add i64 %152, %5599
  br label %u.header638

kh.header579:                                     ; preds = %kw.exit585, %u.body576
  %kh582 = phi i64 [ 0, %u.body576 ], [ %kh.next636, %kw.exit585 ]
  %5601 = icmp slt i64 %kh582, 3
  br i1 %5601, label %kh.body580, label %kh.exit581

kh.body580:                                       ; preds = %kh.header579
  %5602 = mul i64 %kh582, 120
  %5603 = add i64 %5490, %5602
  br label %kw.header583

kh.exit581:                                       ; preds = %kh.header579
  %u.next637 = add i64 %u578, 1
  br label %u.header575

kw.header583:                                     ; preds = %kw.body584, %kh.body580
  %kw586 = phi i64 [ 0, %kh.body580 ], [ %kw.next635, %kw.body584 ]
  %5604 = icmp slt i64 %kw586, 3
  br i1 %5604, label %kw.body584, label %kw.exit585

kw.body584:                                       ; preds = %kw.header583
  %5605 = mul i64 %kw586, 8
  %5606 = add i64 %5603, %5605
  %5607 = mul i64 %kh582, 3
  %5608 = add i64 %5607, %kw586
  %5609 = mul i64 %5608, 64
  %5610 = add i64 %5492, %5609
  %5611 = add i64 %5610, 0
  %5612 = getelementptr inbounds float, float* %4, i64 %5611
  %5613 = bitcast float* %5612 to <8 x float>*
  %5614 = load <8 x float>, <8 x float>* %5613, align 4
  %5615 = add i64 %5610, 4608
  %5616 = getelementptr inbounds float, float* %4, i64 %5615
  %5617 = bitcast float* %5616 to <8 x float>*
  %5618 = load <8 x float>, <8 x float>* %5617, align 4
  %5619 = add i64 %5606, 384
  %5620 = getelementptr inbounds float, float* %1, i64 %5619
  %5621 = load float, float* %5620, align 4
  %5622 = insertelement <8 x float> undef, float %5621, i32 0
  %splat587 = shufflevector <8 x float> %5622, <8 x float> undef, <8 x i32> zeroinitializer
  %5623 = load <8 x float>, <8 x float>* %27, align 32
  %5624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat587, <8 x float> %5614, <8 x float> %5623)
  store <8 x float> %5624, <8 x float>* %27, align 32
  %5625 = load <8 x float>, <8 x float>* %21, align 32
  %5626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat587, <8 x float> %5618, <8 x float> %5625)
  store <8 x float> %5626, <8 x float>* %21, align 32
  %5627 = add i64 %5606, 392
  %5628 = getelementptr inbounds float, float* %1, i64 %5627
  %5629 = load float, float* %5628, align 4
  %5630 = insertelement <8 x float> undef, float %5629, i32 0
  %splat588 = shufflevector <8 x float> %5630, <8 x float> undef, <8 x i32> zeroinitializer
  %5631 = load <8 x float>, <8 x float>* %26, align 32
  %5632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat588, <8 x float> %5614, <8 x float> %5631)
  store <8 x float> %5632, <8 x float>* %26, align 32
  %5633 = load <8 x float>, <8 x float>* %20, align 32
  %5634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat588, <8 x float> %5618, <8 x float> %5633)
  store <8 x float> %5634, <8 x float>* %20, align 32
  %5635 = add i64 %5606, 400
  %5636 = getelementptr inbounds float, float* %1, i64 %5635
  %5637 = load float, float* %5636, align 4
  %5638 = insertelement <8 x float> undef, float %5637, i32 0
  %splat589 = shufflevector <8 x float> %5638, <8 x float> undef, <8 x i32> zeroinitializer
  %5639 = load <8 x float>, <8 x float>* %25, align 32
  %5640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat589, <8 x float> %5614, <8 x float> %5639)
  store <8 x float> %5640, <8 x float>* %25, align 32
  %5641 = load <8 x float>, <8 x float>* %19, align 32
  %5642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat589, <8 x float> %5618, <8 x float> %5641)
  store <8 x float> %5642, <8 x float>* %19, align 32
  %5643 = add i64 %5606, 408
  %5644 = getelementptr inbounds float, float* %1, i64 %5643
  %5645 = load float, float* %5644, align 4
  %5646 = insertelement <8 x float> undef, float %5645, i32 0
  %splat590 = shufflevector <8 x float> %5646, <8 x float> undef, <8 x i32> zeroinitializer
  %5647 = load <8 x float>, <8 x float>* %24, align 32
  %5648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat590, <8 x float> %5614, <8 x float> %5647)
  store <8 x float> %5648, <8 x float>* %24, align 32
  %5649 = load <8 x float>, <8 x float>* %18, align 32
  %5650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat590, <8 x float> %5618, <8 x float> %5649)
  store <8 x float> %5650, <8 x float>* %18, align 32
  %5651 = add i64 %5606, 416
  %5652 = getelementptr inbounds float, float* %1, i64 %5651
  %5653 = load float, float* %5652, align 4
  %5654 = insertelement <8 x float> undef, float %5653, i32 0
  %splat591 = shufflevector <8 x float> %5654, <8 x float> undef, <8 x i32> zeroinitializer
  %5655 = load <8 x float>, <8 x float>* %23, align 32
  %5656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat591, <8 x float> %5614, <8 x float> %5655)
  store <8 x float> %5656, <8 x float>* %23, align 32
  %5657 = load <8 x float>, <8 x float>* %17, align 32
  %5658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat591, <8 x float> %5618, <8 x float> %5657)
  store <8 x float> %5658, <8 x float>* %17, align 32
  %5659 = add i64 %5606, 424
  %5660 = getelementptr inbounds float, float* %1, i64 %5659
  %5661 = load float, float* %5660, align 4
  %5662 = insertelement <8 x float> undef, float %5661, i32 0
  %splat592 = shufflevector <8 x float> %5662, <8 x float> undef, <8 x i32> zeroinitializer
  %5663 = load <8 x float>, <8 x float>* %22, align 32
  %5664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat592, <8 x float> %5614, <8 x float> %5663)
  store <8 x float> %5664, <8 x float>* %22, align 32
  %5665 = load <8 x float>, <8 x float>* %16, align 32
  %5666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat592, <8 x float> %5618, <8 x float> %5665)
  store <8 x float> %5666, <8 x float>* %16, align 32
  %5667 = add i64 %5610, 8
  %5668 = getelementptr inbounds float, float* %4, i64 %5667
  %5669 = bitcast float* %5668 to <8 x float>*
  %5670 = load <8 x float>, <8 x float>* %5669, align 4
  %5671 = add i64 %5610, 4616
  %5672 = getelementptr inbounds float, float* %4, i64 %5671
  %5673 = bitcast float* %5672 to <8 x float>*
  %5674 = load <8 x float>, <8 x float>* %5673, align 4
  %5675 = add i64 %5606, 385
  %5676 = getelementptr inbounds float, float* %1, i64 %5675
  %5677 = load float, float* %5676, align 4
  %5678 = insertelement <8 x float> undef, float %5677, i32 0
  %splat593 = shufflevector <8 x float> %5678, <8 x float> undef, <8 x i32> zeroinitializer
  %5679 = load <8 x float>, <8 x float>* %27, align 32
  %5680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat593, <8 x float> %5670, <8 x float> %5679)
  store <8 x float> %5680, <8 x float>* %27, align 32
  %5681 = load <8 x float>, <8 x float>* %21, align 32
  %5682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat593, <8 x float> %5674, <8 x float> %5681)
  store <8 x float> %5682, <8 x float>* %21, align 32
  %5683 = add i64 %5606, 393
  %5684 = getelementptr inbounds float, float* %1, i64 %5683
  %5685 = load float, float* %5684, align 4
  %5686 = insertelement <8 x float> undef, float %5685, i32 0
  %splat594 = shufflevector <8 x float> %5686, <8 x float> undef, <8 x i32> zeroinitializer
  %5687 = load <8 x float>, <8 x float>* %26, align 32
  %5688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat594, <8 x float> %5670, <8 x float> %5687)
  store <8 x float> %5688, <8 x float>* %26, align 32
  %5689 = load <8 x float>, <8 x float>* %20, align 32
  %5690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat594, <8 x float> %5674, <8 x float> %5689)
  store <8 x float> %5690, <8 x float>* %20, align 32
  %5691 = add i64 %5606, 401
  %5692 = getelementptr inbounds float, float* %1, i64 %5691
  %5693 = load float, float* %5692, align 4
  %5694 = insertelement <8 x float> undef, float %5693, i32 0
  %splat595 = shufflevector <8 x float> %5694, <8 x float> undef, <8 x i32> zeroinitializer
  %5695 = load <8 x float>, <8 x float>* %25, align 32
  %5696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat595, <8 x float> %5670, <8 x float> %5695)
  store <8 x float> %5696, <8 x float>* %25, align 32
  %5697 = load <8 x float>, <8 x float>* %19, align 32
  %5698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat595, <8 x float> %5674, <8 x float> %5697)
  store <8 x float> %5698, <8 x float>* %19, align 32
  %5699 = add i64 %5606, 409
  %5700 = getelementptr inbounds float, float* %1, i64 %5699
  %5701 = load float, float* %5700, align 4
  %5702 = insertelement <8 x float> undef, float %5701, i32 0
  %splat596 = shufflevector <8 x float> %5702, <8 x float> undef, <8 x i32> zeroinitializer
  %5703 = load <8 x float>, <8 x float>* %24, align 32
  %5704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat596, <8 x float> %5670, <8 x float> %5703)
  store <8 x float> %5704, <8 x float>* %24, align 32
  %5705 = load <8 x float>, <8 x float>* %18, align 32
  %5706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat596, <8 x float> %5674, <8 x float> %5705)
  store <8 x float> %5706, <8 x float>* %18, align 32
  %5707 = add i64 %5606, 417
  %5708 = getelementptr inbounds float, float* %1, i64 %5707
  %5709 = load float, float* %5708, align 4
  %5710 = insertelement <8 x float> undef, float %5709, i32 0
  %splat597 = shufflevector <8 x float> %5710, <8 x float> undef, <8 x i32> zeroinitializer
  %5711 = load <8 x float>, <8 x float>* %23, align 32
  %5712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat597, <8 x float> %5670, <8 x float> %5711)
  store <8 x float> %5712, <8 x float>* %23, align 32
  %5713 = load <8 x float>, <8 x float>* %17, align 32
  %5714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat597, <8 x float> %5674, <8 x float> %5713)
  store <8 x float> %5714, <8 x float>* %17, align 32
  %5715 = add i64 %5606, 425
  %5716 = getelementptr inbounds float, float* %1, i64 %5715
  %5717 = load float, float* %5716, align 4
  %5718 = insertelement <8 x float> undef, float %5717, i32 0
  %splat598 = shufflevector <8 x float> %5718, <8 x float> undef, <8 x i32> zeroinitializer
  %5719 = load <8 x float>, <8 x float>* %22, align 32
  %5720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat598, <8 x float> %5670, <8 x float> %5719)
  store <8 x float> %5720, <8 x float>* %22, align 32
  %5721 = load <8 x float>, <8 x float>* %16, align 32
  %5722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat598, <8 x float> %5674, <8 x float> %5721)
  store <8 x float> %5722, <8 x float>* %16, align 32
  %5723 = add i64 %5610, 16
  %5724 = getelementptr inbounds float, float* %4, i64 %5723
  %5725 = bitcast float* %5724 to <8 x float>*
  %5726 = load <8 x float>, <8 x float>* %5725, align 4
  %5727 = add i64 %5610, 4624
  %5728 = getelementptr inbounds float, float* %4, i64 %5727
  %5729 = bitcast float* %5728 to <8 x float>*
  %5730 = load <8 x float>, <8 x float>* %5729, align 4
  %5731 = add i64 %5606, 386
  %5732 = getelementptr inbounds float, float* %1, i64 %5731
  %5733 = load float, float* %5732, align 4
  %5734 = insertelement <8 x float> undef, float %5733, i32 0
  %splat599 = shufflevector <8 x float> %5734, <8 x float> undef, <8 x i32> zeroinitializer
  %5735 = load <8 x float>, <8 x float>* %27, align 32
  %5736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat599, <8 x float> %5726, <8 x float> %5735)
  store <8 x float> %5736, <8 x float>* %27, align 32
  %5737 = load <8 x float>, <8 x float>* %21, align 32
  %5738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat599, <8 x float> %5730, <8 x float> %5737)
  store <8 x float> %5738, <8 x float>* %21, align 32
  %5739 = add i64 %5606, 394
  %5740 = getelementptr inbounds float, float* %1, i64 %5739
  %5741 = load float, float* %5740, align 4
  %5742 = insertelement <8 x float> undef, float %5741, i32 0
  %splat600 = shufflevector <8 x float> %5742, <8 x float> undef, <8 x i32> zeroinitializer
  %5743 = load <8 x float>, <8 x float>* %26, align 32
  %5744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat600, <8 x float> %5726, <8 x float> %5743)
  store <8 x float> %5744, <8 x float>* %26, align 32
  %5745 = load <8 x float>, <8 x float>* %20, align 32
  %5746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat600, <8 x float> %5730, <8 x float> %5745)
  store <8 x float> %5746, <8 x float>* %20, align 32
  %5747 = add i64 %5606, 402
  %5748 = getelementptr inbounds float, float* %1, i64 %5747
  %5749 = load float, float* %5748, align 4
  %5750 = insertelement <8 x float> undef, float %5749, i32 0
  %splat601 = shufflevector <8 x float> %5750, <8 x float> undef, <8 x i32> zeroinitializer
  %5751 = load <8 x float>, <8 x float>* %25, align 32
  %5752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat601, <8 x float> %5726, <8 x float> %5751)
  store <8 x float> %5752, <8 x float>* %25, align 32
  %5753 = load <8 x float>, <8 x float>* %19, align 32
  %5754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat601, <8 x float> %5730, <8 x float> %5753)
  store <8 x float> %5754, <8 x float>* %19, align 32
  %5755 = add i64 %5606, 410
  %5756 = getelementptr inbounds float, float* %1, i64 %5755
  %5757 = load float, float* %5756, align 4
  %5758 = insertelement <8 x float> undef, float %5757, i32 0
  %splat602 = shufflevector <8 x float> %5758, <8 x float> undef, <8 x i32> zeroinitializer
  %5759 = load <8 x float>, <8 x float>* %24, align 32
  %5760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat602, <8 x float> %5726, <8 x float> %5759)
  store <8 x float> %5760, <8 x float>* %24, align 32
  %5761 = load <8 x float>, <8 x float>* %18, align 32
  %5762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat602, <8 x float> %5730, <8 x float> %5761)
  store <8 x float> %5762, <8 x float>* %18, align 32
  %5763 = add i64 %5606, 418
  %5764 = getelementptr inbounds float, float* %1, i64 %5763
  %5765 = load float, float* %5764, align 4
  %5766 = insertelement <8 x float> undef, float %5765, i32 0
  %splat603 = shufflevector <8 x float> %5766, <8 x float> undef, <8 x i32> zeroinitializer
  %5767 = load <8 x float>, <8 x float>* %23, align 32
  %5768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat603, <8 x float> %5726, <8 x float> %5767)
  store <8 x float> %5768, <8 x float>* %23, align 32
  %5769 = load <8 x float>, <8 x float>* %17, align 32
  %5770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat603, <8 x float> %5730, <8 x float> %5769)
  store <8 x float> %5770, <8 x float>* %17, align 32
  %5771 = add i64 %5606, 426
  %5772 = getelementptr inbounds float, float* %1, i64 %5771
  %5773 = load float, float* %5772, align 4
  %5774 = insertelement <8 x float> undef, float %5773, i32 0
  %splat604 = shufflevector <8 x float> %5774, <8 x float> undef, <8 x i32> zeroinitializer
  %5775 = load <8 x float>, <8 x float>* %22, align 32
  %5776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat604, <8 x float> %5726, <8 x float> %5775)
  store <8 x float> %5776, <8 x float>* %22, align 32
  %5777 = load <8 x float>, <8 x float>* %16, align 32
  %5778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat604, <8 x float> %5730, <8 x float> %5777)
  store <8 x float> %5778, <8 x float>* %16, align 32
  %5779 = add i64 %5610, 24
  %5780 = getelementptr inbounds float, float* %4, i64 %5779
  %5781 = bitcast float* %5780 to <8 x float>*
  %5782 = load <8 x float>, <8 x float>* %5781, align 4
  %5783 = add i64 %5610, 4632
  %5784 = getelementptr inbounds float, float* %4, i64 %5783
  %5785 = bitcast float* %5784 to <8 x float>*
  %5786 = load <8 x float>, <8 x float>* %5785, align 4
  %5787 = add i64 %5606, 387
  %5788 = getelementptr inbounds float, float* %1, i64 %5787
  %5789 = load float, float* %5788, align 4
  %5790 = insertelement <8 x float> undef, float %5789, i32 0
  %splat605 = shufflevector <8 x float> %5790, <8 x float> undef, <8 x i32> zeroinitializer
  %5791 = load <8 x float>, <8 x float>* %27, align 32
  %5792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat605, <8 x float> %5782, <8 x float> %5791)
  store <8 x float> %5792, <8 x float>* %27, align 32
  %5793 = load <8 x float>, <8 x float>* %21, align 32
  %5794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat605, <8 x float> %5786, <8 x float> %5793)
  store <8 x float> %5794, <8 x float>* %21, align 32
  %5795 = add i64 %5606, 395
  %5796 = getelementptr inbounds float, float* %1, i64 %5795
  %5797 = load float, float* %5796, align 4
  %5798 = insertelement <8 x float> undef, float %5797, i32 0
  %splat606 = shufflevector <8 x float> %5798, <8 x float> undef, <8 x i32> zeroinitializer
  %5799 = load <8 x float>, <8 x float>* %26, align 32
  %5800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat606, <8 x float> %5782, <8 x float> %5799)
  store <8 x float> %5800, <8 x float>* %26, align 32
  %5801 = load <8 x float>, <8 x float>* %20, align 32
  %5802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat606, <8 x float> %5786, <8 x float> %5801)
  store <8 x float> %5802, <8 x float>* %20, align 32
  %5803 = add i64 %5606, 403
  %5804 = getelementptr inbounds float, float* %1, i64 %5803
  %5805 = load float, float* %5804, align 4
  %5806 = insertelement <8 x float> undef, float %5805, i32 0
  %splat607 = shufflevector <8 x float> %5806, <8 x float> undef, <8 x i32> zeroinitializer
  %5807 = load <8 x float>, <8 x float>* %25, align 32
  %5808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat607, <8 x float> %5782, <8 x float> %5807)
  store <8 x float> %5808, <8 x float>* %25, align 32
  %5809 = load <8 x float>, <8 x float>* %19, align 32
  %5810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat607, <8 x float> %5786, <8 x float> %5809)
  store <8 x float> %5810, <8 x float>* %19, align 32
  %5811 = add i64 %5606, 411
  %5812 = getelementptr inbounds float, float* %1, i64 %5811
  %5813 = load float, float* %5812, align 4
  %5814 = insertelement <8 x float> undef, float %5813, i32 0
  %splat608 = shufflevector <8 x float> %5814, <8 x float> undef, <8 x i32> zeroinitializer
  %5815 = load <8 x float>, <8 x float>* %24, align 32
  %5816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat608, <8 x float> %5782, <8 x float> %5815)
  store <8 x float> %5816, <8 x float>* %24, align 32
  %5817 = load <8 x float>, <8 x float>* %18, align 32
  %5818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat608, <8 x float> %5786, <8 x float> %5817)
  store <8 x float> %5818, <8 x float>* %18, align 32
  %5819 = add i64 %5606, 419
  %5820 = getelementptr inbounds float, float* %1, i64 %5819
  %5821 = load float, float* %5820, align 4
  %5822 = insertelement <8 x float> undef, float %5821, i32 0
  %splat609 = shufflevector <8 x float> %5822, <8 x float> undef, <8 x i32> zeroinitializer
  %5823 = load <8 x float>, <8 x float>* %23, align 32
  %5824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat609, <8 x float> %5782, <8 x float> %5823)
  store <8 x float> %5824, <8 x float>* %23, align 32
  %5825 = load <8 x float>, <8 x float>* %17, align 32
  %5826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat609, <8 x float> %5786, <8 x float> %5825)
  store <8 x float> %5826, <8 x float>* %17, align 32
  %5827 = add i64 %5606, 427
  %5828 = getelementptr inbounds float, float* %1, i64 %5827
  %5829 = load float, float* %5828, align 4
  %5830 = insertelement <8 x float> undef, float %5829, i32 0
  %splat610 = shufflevector <8 x float> %5830, <8 x float> undef, <8 x i32> zeroinitializer
  %5831 = load <8 x float>, <8 x float>* %22, align 32
  %5832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat610, <8 x float> %5782, <8 x float> %5831)
  store <8 x float> %5832, <8 x float>* %22, align 32
  %5833 = load <8 x float>, <8 x float>* %16, align 32
  %5834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat610, <8 x float> %5786, <8 x float> %5833)
  store <8 x float> %5834, <8 x float>* %16, align 32
  %5835 = add i64 %5610, 32
  %5836 = getelementptr inbounds float, float* %4, i64 %5835
  %5837 = bitcast float* %5836 to <8 x float>*
  %5838 = load <8 x float>, <8 x float>* %5837, align 4
  %5839 = add i64 %5610, 4640
  %5840 = getelementptr inbounds float, float* %4, i64 %5839
  %5841 = bitcast float* %5840 to <8 x float>*
  %5842 = load <8 x float>, <8 x float>* %5841, align 4
  %5843 = add i64 %5606, 388
  %5844 = getelementptr inbounds float, float* %1, i64 %5843
  %5845 = load float, float* %5844, align 4
  %5846 = insertelement <8 x float> undef, float %5845, i32 0
  %splat611 = shufflevector <8 x float> %5846, <8 x float> undef, <8 x i32> zeroinitializer
  %5847 = load <8 x float>, <8 x float>* %27, align 32
  %5848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat611, <8 x float> %5838, <8 x float> %5847)
  store <8 x float> %5848, <8 x float>* %27, align 32
  %5849 = load <8 x float>, <8 x float>* %21, align 32
  %5850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat611, <8 x float> %5842, <8 x float> %5849)
  store <8 x float> %5850, <8 x float>* %21, align 32
  %5851 = add i64 %5606, 396
  %5852 = getelementptr inbounds float, float* %1, i64 %5851
  %5853 = load float, float* %5852, align 4
  %5854 = insertelement <8 x float> undef, float %5853, i32 0
  %splat612 = shufflevector <8 x float> %5854, <8 x float> undef, <8 x i32> zeroinitializer
  %5855 = load <8 x float>, <8 x float>* %26, align 32
  %5856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat612, <8 x float> %5838, <8 x float> %5855)
  store <8 x float> %5856, <8 x float>* %26, align 32
  %5857 = load <8 x float>, <8 x float>* %20, align 32
  %5858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat612, <8 x float> %5842, <8 x float> %5857)
  store <8 x float> %5858, <8 x float>* %20, align 32
  %5859 = add i64 %5606, 404
  %5860 = getelementptr inbounds float, float* %1, i64 %5859
  %5861 = load float, float* %5860, align 4
  %5862 = insertelement <8 x float> undef, float %5861, i32 0
  %splat613 = shufflevector <8 x float> %5862, <8 x float> undef, <8 x i32> zeroinitializer
  %5863 = load <8 x float>, <8 x float>* %25, align 32
  %5864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat613, <8 x float> %5838, <8 x float> %5863)
  store <8 x float> %5864, <8 x float>* %25, align 32
  %5865 = load <8 x float>, <8 x float>* %19, align 32
  %5866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat613, <8 x float> %5842, <8 x float> %5865)
  store <8 x float> %5866, <8 x float>* %19, align 32
  %5867 = add i64 %5606, 412
  %5868 = getelementptr inbounds float, float* %1, i64 %5867
  %5869 = load float, float* %5868, align 4
  %5870 = insertelement <8 x float> undef, float %5869, i32 0
  %splat614 = shufflevector <8 x float> %5870, <8 x float> undef, <8 x i32> zeroinitializer
  %5871 = load <8 x float>, <8 x float>* %24, align 32
  %5872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat614, <8 x float> %5838, <8 x float> %5871)
  store <8 x float> %5872, <8 x float>* %24, align 32
  %5873 = load <8 x float>, <8 x float>* %18, align 32
  %5874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat614, <8 x float> %5842, <8 x float> %5873)
  store <8 x float> %5874, <8 x float>* %18, align 32
  %5875 = add i64 %5606, 420
  %5876 = getelementptr inbounds float, float* %1, i64 %5875
  %5877 = load float, float* %5876, align 4
  %5878 = insertelement <8 x float> undef, float %5877, i32 0
  %splat615 = shufflevector <8 x float> %5878, <8 x float> undef, <8 x i32> zeroinitializer
  %5879 = load <8 x float>, <8 x float>* %23, align 32
  %5880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat615, <8 x float> %5838, <8 x float> %5879)
  store <8 x float> %5880, <8 x float>* %23, align 32
  %5881 = load <8 x float>, <8 x float>* %17, align 32
  %5882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat615, <8 x float> %5842, <8 x float> %5881)
  store <8 x float> %5882, <8 x float>* %17, align 32
  %5883 = add i64 %5606, 428
  %5884 = getelementptr inbounds float, float* %1, i64 %5883
  %5885 = load float, float* %5884, align 4
  %5886 = insertelement <8 x float> undef, float %5885, i32 0
  %splat616 = shufflevector <8 x float> %5886, <8 x float> undef, <8 x i32> zeroinitializer
  %5887 = load <8 x float>, <8 x float>* %22, align 32
  %5888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat616, <8 x float> %5838, <8 x float> %5887)
  store <8 x float> %5888, <8 x float>* %22, align 32
  %5889 = load <8 x float>, <8 x float>* %16, align 32
  %5890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat616, <8 x float> %5842, <8 x float> %5889)
  store <8 x float> %5890, <8 x float>* %16, align 32
  %5891 = add i64 %5610, 40
  %5892 = getelementptr inbounds float, float* %4, i64 %5891
  %5893 = bitcast float* %5892 to <8 x float>*
  %5894 = load <8 x float>, <8 x float>* %5893, align 4
  %5895 = add i64 %5610, 4648
  %5896 = getelementptr inbounds float, float* %4, i64 %5895
  %5897 = bitcast float* %5896 to <8 x float>*
  %5898 = load <8 x float>, <8 x float>* %5897, align 4
  %5899 = add i64 %5606, 389
  %5900 = getelementptr inbounds float, float* %1, i64 %5899
  %5901 = load float, float* %5900, align 4
  %5902 = insertelement <8 x float> undef, float %5901, i32 0
  %splat617 = shufflevector <8 x float> %5902, <8 x float> undef, <8 x i32> zeroinitializer
  %5903 = load <8 x float>, <8 x float>* %27, align 32
  %5904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat617, <8 x float> %5894, <8 x float> %5903)
  store <8 x float> %5904, <8 x float>* %27, align 32
  %5905 = load <8 x float>, <8 x float>* %21, align 32
  %5906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat617, <8 x float> %5898, <8 x float> %5905)
  store <8 x float> %5906, <8 x float>* %21, align 32
  %5907 = add i64 %5606, 397
  %5908 = getelementptr inbounds float, float* %1, i64 %5907
  %5909 = load float, float* %5908, align 4
  %5910 = insertelement <8 x float> undef, float %5909, i32 0
  %splat618 = shufflevector <8 x float> %5910, <8 x float> undef, <8 x i32> zeroinitializer
  %5911 = load <8 x float>, <8 x float>* %26, align 32
  %5912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat618, <8 x float> %5894, <8 x float> %5911)
  store <8 x float> %5912, <8 x float>* %26, align 32
  %5913 = load <8 x float>, <8 x float>* %20, align 32
  %5914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat618, <8 x float> %5898, <8 x float> %5913)
  store <8 x float> %5914, <8 x float>* %20, align 32
  %5915 = add i64 %5606, 405
  %5916 = getelementptr inbounds float, float* %1, i64 %5915
  %5917 = load float, float* %5916, align 4
  %5918 = insertelement <8 x float> undef, float %5917, i32 0
  %splat619 = shufflevector <8 x float> %5918, <8 x float> undef, <8 x i32> zeroinitializer
  %5919 = load <8 x float>, <8 x float>* %25, align 32
  %5920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat619, <8 x float> %5894, <8 x float> %5919)
  store <8 x float> %5920, <8 x float>* %25, align 32
  %5921 = load <8 x float>, <8 x float>* %19, align 32
  %5922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat619, <8 x float> %5898, <8 x float> %5921)
  store <8 x float> %5922, <8 x float>* %19, align 32
  %5923 = add i64 %5606, 413
  %5924 = getelementptr inbounds float, float* %1, i64 %5923
  %5925 = load float, float* %5924, align 4
  %5926 = insertelement <8 x float> undef, float %5925, i32 0
  %splat620 = shufflevector <8 x float> %5926, <8 x float> undef, <8 x i32> zeroinitializer
  %5927 = load <8 x float>, <8 x float>* %24, align 32
  %5928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat620, <8 x float> %5894, <8 x float> %5927)
  store <8 x float> %5928, <8 x float>* %24, align 32
  %5929 = load <8 x float>, <8 x float>* %18, align 32
  %5930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat620, <8 x float> %5898, <8 x float> %5929)
  store <8 x float> %5930, <8 x float>* %18, align 32
  %5931 = add i64 %5606, 421
  %5932 = getelementptr inbounds float, float* %1, i64 %5931
  %5933 = load float, float* %5932, align 4
  %5934 = insertelement <8 x float> undef, float %5933, i32 0
  %splat621 = shufflevector <8 x float> %5934, <8 x float> undef, <8 x i32> zeroinitializer
  %5935 = load <8 x float>, <8 x float>* %23, align 32
  %5936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat621, <8 x float> %5894, <8 x float> %5935)
  store <8 x float> %5936, <8 x float>* %23, align 32
  %5937 = load <8 x float>, <8 x float>* %17, align 32
  %5938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat621, <8 x float> %5898, <8 x float> %5937)
  store <8 x float> %5938, <8 x float>* %17, align 32
  %5939 = add i64 %5606, 429
  %5940 = getelementptr inbounds float, float* %1, i64 %5939
  %5941 = load float, float* %5940, align 4
  %5942 = insertelement <8 x float> undef, float %5941, i32 0
  %splat622 = shufflevector <8 x float> %5942, <8 x float> undef, <8 x i32> zeroinitializer
  %5943 = load <8 x float>, <8 x float>* %22, align 32
  %5944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat622, <8 x float> %5894, <8 x float> %5943)
  store <8 x float> %5944, <8 x float>* %22, align 32
  %5945 = load <8 x float>, <8 x float>* %16, align 32
  %5946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat622, <8 x float> %5898, <8 x float> %5945)
  store <8 x float> %5946, <8 x float>* %16, align 32
  %5947 = add i64 %5610, 48
  %5948 = getelementptr inbounds float, float* %4, i64 %5947
  %5949 = bitcast float* %5948 to <8 x float>*
  %5950 = load <8 x float>, <8 x float>* %5949, align 4
  %5951 = add i64 %5610, 4656
  %5952 = getelementptr inbounds float, float* %4, i64 %5951
  %5953 = bitcast float* %5952 to <8 x float>*
  %5954 = load <8 x float>, <8 x float>* %5953, align 4
  %5955 = add i64 %5606, 390
  %5956 = getelementptr inbounds float, float* %1, i64 %5955
  %5957 = load float, float* %5956, align 4
  %5958 = insertelement <8 x float> undef, float %5957, i32 0
  %splat623 = shufflevector <8 x float> %5958, <8 x float> undef, <8 x i32> zeroinitializer
  %5959 = load <8 x float>, <8 x float>* %27, align 32
  %5960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat623, <8 x float> %5950, <8 x float> %5959)
  store <8 x float> %5960, <8 x float>* %27, align 32
  %5961 = load <8 x float>, <8 x float>* %21, align 32
  %5962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat623, <8 x float> %5954, <8 x float> %5961)
  store <8 x float> %5962, <8 x float>* %21, align 32
  %5963 = add i64 %5606, 398
  %5964 = getelementptr inbounds float, float* %1, i64 %5963
  %5965 = load float, float* %5964, align 4
  %5966 = insertelement <8 x float> undef, float %5965, i32 0
  %splat624 = shufflevector <8 x float> %5966, <8 x float> undef, <8 x i32> zeroinitializer
  %5967 = load <8 x float>, <8 x float>* %26, align 32
  %5968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat624, <8 x float> %5950, <8 x float> %5967)
  store <8 x float> %5968, <8 x float>* %26, align 32
  %5969 = load <8 x float>, <8 x float>* %20, align 32
  %5970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat624, <8 x float> %5954, <8 x float> %5969)
  store <8 x float> %5970, <8 x float>* %20, align 32
  %5971 = add i64 %5606, 406
  %5972 = getelementptr inbounds float, float* %1, i64 %5971
  %5973 = load float, float* %5972, align 4
  %5974 = insertelement <8 x float> undef, float %5973, i32 0
  %splat625 = shufflevector <8 x float> %5974, <8 x float> undef, <8 x i32> zeroinitializer
  %5975 = load <8 x float>, <8 x float>* %25, align 32
  %5976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat625, <8 x float> %5950, <8 x float> %5975)
  store <8 x float> %5976, <8 x float>* %25, align 32
  %5977 = load <8 x float>, <8 x float>* %19, align 32
  %5978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat625, <8 x float> %5954, <8 x float> %5977)
  store <8 x float> %5978, <8 x float>* %19, align 32
  %5979 = add i64 %5606, 414
  %5980 = getelementptr inbounds float, float* %1, i64 %5979
  %5981 = load float, float* %5980, align 4
  %5982 = insertelement <8 x float> undef, float %5981, i32 0
  %splat626 = shufflevector <8 x float> %5982, <8 x float> undef, <8 x i32> zeroinitializer
  %5983 = load <8 x float>, <8 x float>* %24, align 32
  %5984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat626, <8 x float> %5950, <8 x float> %5983)
  store <8 x float> %5984, <8 x float>* %24, align 32
  %5985 = load <8 x float>, <8 x float>* %18, align 32
  %5986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat626, <8 x float> %5954, <8 x float> %5985)
  store <8 x float> %5986, <8 x float>* %18, align 32
  %5987 = add i64 %5606, 422
  %5988 = getelementptr inbounds float, float* %1, i64 %5987
  %5989 = load float, float* %5988, align 4
  %5990 = insertelement <8 x float> undef, float %5989, i32 0
  %splat627 = shufflevector <8 x float> %5990, <8 x float> undef, <8 x i32> zeroinitializer
  %5991 = load <8 x float>, <8 x float>* %23, align 32
  %5992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat627, <8 x float> %5950, <8 x float> %5991)
  store <8 x float> %5992, <8 x float>* %23, align 32
  %5993 = load <8 x float>, <8 x float>* %17, align 32
  %5994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat627, <8 x float> %5954, <8 x float> %5993)
  store <8 x float> %5994, <8 x float>* %17, align 32
  %5995 = add i64 %5606, 430
  %5996 = getelementptr inbounds float, float* %1, i64 %5995
  %5997 = load float, float* %5996, align 4
  %5998 = insertelement <8 x float> undef, float %5997, i32 0
  %splat628 = shufflevector <8 x float> %5998, <8 x float> undef, <8 x i32> zeroinitializer
  %5999 = load <8 x float>, <8 x float>* %22, align 32
  %6000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat628, <8 x float> %5950, <8 x float> %5999)
  store <8 x float> %6000, <8 x float>* %22, align 32
  %6001 = load <8 x float>, <8 x float>* %16, align 32
  %6002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat628, <8 x float> %5954, <8 x float> %6001)
  store <8 x float> %6002, <8 x float>* %16, align 32
  %6003 = add i64 %5610, 56
  %6004 = getelementptr inbounds float, float* %4, i64 %6003
  %6005 = bitcast float* %6004 to <8 x float>*
  %6006 = load <8 x float>, <8 x float>* %6005, align 4
  %6007 = add i64 %5610, 4664
  %6008 = getelementptr inbounds float, float* %4, i64 %6007
  %6009 = bitcast float* %6008 to <8 x float>*
  %6010 = load <8 x float>, <8 x float>* %6009, align 4
  %6011 = add i64 %5606, 391
  %6012 = getelementptr inbounds float, float* %1, i64 %6011
  %6013 = load float, float* %6012, align 4
  %6014 = insertelement <8 x float> undef, float %6013, i32 0
  %splat629 = shufflevector <8 x float> %6014, <8 x float> undef, <8 x i32> zeroinitializer
  %6015 = load <8 x float>, <8 x float>* %27, align 32
  %6016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat629, <8 x float> %6006, <8 x float> %6015)
  store <8 x float> %6016, <8 x float>* %27, align 32
  %6017 = load <8 x float>, <8 x float>* %21, align 32
  %6018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat629, <8 x float> %6010, <8 x float> %6017)
  store <8 x float> %6018, <8 x float>* %21, align 32
  %6019 = add i64 %5606, 399
  %6020 = getelementptr inbounds float, float* %1, i64 %6019
  %6021 = load float, float* %6020, align 4
  %6022 = insertelement <8 x float> undef, float %6021, i32 0
  %splat630 = shufflevector <8 x float> %6022, <8 x float> undef, <8 x i32> zeroinitializer
  %6023 = load <8 x float>, <8 x float>* %26, align 32
  %6024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat630, <8 x float> %6006, <8 x float> %6023)
  store <8 x float> %6024, <8 x float>* %26, align 32
  %6025 = load <8 x float>, <8 x float>* %20, align 32
  %6026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat630, <8 x float> %6010, <8 x float> %6025)
  store <8 x float> %6026, <8 x float>* %20, align 32
  %6027 = add i64 %5606, 407
  %6028 = getelementptr inbounds float, float* %1, i64 %6027
  %6029 = load float, float* %6028, align 4
  %6030 = insertelement <8 x float> undef, float %6029, i32 0
  %splat631 = shufflevector <8 x float> %6030, <8 x float> undef, <8 x i32> zeroinitializer
  %6031 = load <8 x float>, <8 x float>* %25, align 32
  %6032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat631, <8 x float> %6006, <8 x float> %6031)
  store <8 x float> %6032, <8 x float>* %25, align 32
  %6033 = load <8 x float>, <8 x float>* %19, align 32
  %6034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat631, <8 x float> %6010, <8 x float> %6033)
  store <8 x float> %6034, <8 x float>* %19, align 32
  %6035 = add i64 %5606, 415
  %6036 = getelementptr inbounds float, float* %1, i64 %6035
  %6037 = load float, float* %6036, align 4
  %6038 = insertelement <8 x float> undef, float %6037, i32 0
  %splat632 = shufflevector <8 x float> %6038, <8 x float> undef, <8 x i32> zeroinitializer
  %6039 = load <8 x float>, <8 x float>* %24, align 32
  %6040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat632, <8 x float> %6006, <8 x float> %6039)
  store <8 x float> %6040, <8 x float>* %24, align 32
  %6041 = load <8 x float>, <8 x float>* %18, align 32
  %6042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat632, <8 x float> %6010, <8 x float> %6041)
  store <8 x float> %6042, <8 x float>* %18, align 32
  %6043 = add i64 %5606, 423
  %6044 = getelementptr inbounds float, float* %1, i64 %6043
  %6045 = load float, float* %6044, align 4
  %6046 = insertelement <8 x float> undef, float %6045, i32 0
  %splat633 = shufflevector <8 x float> %6046, <8 x float> undef, <8 x i32> zeroinitializer
  %6047 = load <8 x float>, <8 x float>* %23, align 32
  %6048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat633, <8 x float> %6006, <8 x float> %6047)
  store <8 x float> %6048, <8 x float>* %23, align 32
  %6049 = load <8 x float>, <8 x float>* %17, align 32
  %6050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat633, <8 x float> %6010, <8 x float> %6049)
  store <8 x float> %6050, <8 x float>* %17, align 32
  %6051 = add i64 %5606, 431
  %6052 = getelementptr inbounds float, float* %1, i64 %6051
  %6053 = load float, float* %6052, align 4
  %6054 = insertelement <8 x float> undef, float %6053, i32 0
  %splat634 = shufflevector <8 x float> %6054, <8 x float> undef, <8 x i32> zeroinitializer
  %6055 = load <8 x float>, <8 x float>* %22, align 32
  %6056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat634, <8 x float> %6006, <8 x float> %6055)
  store <8 x float> %6056, <8 x float>* %22, align 32
  %6057 = load <8 x float>, <8 x float>* %16, align 32
  %6058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat634, <8 x float> %6010, <8 x float> %6057)
  store <8 x float> %6058, <8 x float>* %16, align 32
  %kw.next635 = add i64 %kw586, 1
  br label %kw.header583

kw.exit585:                                       ; preds = %kw.header583
  %kh.next636 = add i64 %kh582, 1
  br label %kh.header579

u.header638:                                      ; preds = %kh.exit644, %u.exit577
  %u641 = phi i64 [ 0, %u.exit577 ], [ %u.next684, %kh.exit644 ]
  %6059 = icmp slt i64 %u641, 8
  br i1 %6059, label %u.body639, label %u.exit640

u.body639:                                        ; preds = %u.header638
  %6060 = mul i64 %u641, 1800
  %6061 = add i64 %5600, %6060
  %6062 = mul i64 %u641, 576
  %6063 = add i64 %153, %6062
  br label %kh.header642

u.exit640:                                        ; preds = %u.header638
  %6064 = mul i64 %145, 8
  %6065 = add i64 %6064, %148
  %6066 = add i64 %6065, 0
  %6067 = mul i64 %6066, 13
  %6068 = add i64 %6067, %142
  %6069 = mul i64 %6068, 13
  %6070 = add i64 %6069, 48
  %6071 = mul i64 %6070, 8
  %6072 = load <8 x float>, <8 x float>* %15, align 32
  %6073 = fcmp ogt <8 x float> %6072, zeroinitializer
  %6074 = select <8 x i1> %6073, <8 x float> %6072, <8 x float> zeroinitializer
  %6075 = getelementptr inbounds float, float* %0, i64 %6071
  %6076 = bitcast float* %6075 to <8 x float>*
  store <8 x float> %6074, <8 x float>* %6076, align 4
  %6077 = add i64 %6069, 49
  %6078 = mul i64 %6077, 8
  %6079 = load <8 x float>, <8 x float>* %14, align 32
  %6080 = fcmp ogt <8 x float> %6079, zeroinitializer
  %6081 = select <8 x i1> %6080, <8 x float> %6079, <8 x float> zeroinitializer
  %6082 = getelementptr inbounds float, float* %0, i64 %6078
  %6083 = bitcast float* %6082 to <8 x float>*
  store <8 x float> %6081, <8 x float>* %6083, align 4
  %6084 = add i64 %6069, 50
  %6085 = mul i64 %6084, 8
  %6086 = load <8 x float>, <8 x float>* %13, align 32
  %6087 = fcmp ogt <8 x float> %6086, zeroinitializer
  %6088 = select <8 x i1> %6087, <8 x float> %6086, <8 x float> zeroinitializer
  %6089 = getelementptr inbounds float, float* %0, i64 %6085
  %6090 = bitcast float* %6089 to <8 x float>*
  store <8 x float> %6088, <8 x float>* %6090, align 4
  %6091 = add i64 %6069, 51
  %6092 = mul i64 %6091, 8
  %6093 = load <8 x float>, <8 x float>* %12, align 32
  %6094 = fcmp ogt <8 x float> %6093, zeroinitializer
  %6095 = select <8 x i1> %6094, <8 x float> %6093, <8 x float> zeroinitializer
  %6096 = getelementptr inbounds float, float* %0, i64 %6092
  %6097 = bitcast float* %6096 to <8 x float>*
  store <8 x float> %6095, <8 x float>* %6097, align 4
  %6098 = mul i64 %145, 8
  %6099 = add i64 %6098, %148
  %6100 = add i64 %6099, 1
  %6101 = mul i64 %6100, 13
  %6102 = add i64 %6101, %142
  %6103 = mul i64 %6102, 13
  %6104 = add i64 %6103, 48
  %6105 = mul i64 %6104, 8
  %6106 = load <8 x float>, <8 x float>* %11, align 32
  %6107 = fcmp ogt <8 x float> %6106, zeroinitializer
  %6108 = select <8 x i1> %6107, <8 x float> %6106, <8 x float> zeroinitializer
  %6109 = getelementptr inbounds float, float* %0, i64 %6105
  %6110 = bitcast float* %6109 to <8 x float>*
  store <8 x float> %6108, <8 x float>* %6110, align 4
  %6111 = add i64 %6103, 49
  %6112 = mul i64 %6111, 8
  %6113 = load <8 x float>, <8 x float>* %10, align 32
  %6114 = fcmp ogt <8 x float> %6113, zeroinitializer
  %6115 = select <8 x i1> %6114, <8 x float> %6113, <8 x float> zeroinitializer
  %6116 = getelementptr inbounds float, float* %0, i64 %6112
  %6117 = bitcast float* %6116 to <8 x float>*
  store <8 x float> %6115, <8 x float>* %6117, align 4
  %6118 = add i64 %6103, 50
  %6119 = mul i64 %6118, 8
  %6120 = load <8 x float>, <8 x float>* %9, align 32
  %6121 = fcmp ogt <8 x float> %6120, zeroinitializer
  %6122 = select <8 x i1> %6121, <8 x float> %6120, <8 x float> zeroinitializer
  %6123 = getelementptr inbounds float, float* %0, i64 %6119
  %6124 = bitcast float* %6123 to <8 x float>*
  store <8 x float> %6122, <8 x float>* %6124, align 4
  %6125 = add i64 %6103, 51
  %6126 = mul i64 %6125, 8
  %6127 = load <8 x float>, <8 x float>* %8, align 32
  %6128 = fcmp ogt <8 x float> %6127, zeroinitializer
  %6129 = select <8 x i1> %6128, <8 x float> %6127, <8 x float> zeroinitializer
  %6130 = getelementptr inbounds float, float* %0, i64 %6126
  %6131 = bitcast float* %6130 to <8 x float>*
  store <8 x float> %6129, <8 x float>* %6131, align 4
  br label %endif

kh.header642:                                     ; preds = %kw.exit648, %u.body639
  %kh645 = phi i64 [ 0, %u.body639 ], [ %kh.next683, %kw.exit648 ]
  %6132 = icmp slt i64 %kh645, 3
  br i1 %6132, label %kh.body643, label %kh.exit644

kh.body643:                                       ; preds = %kh.header642
  %6133 = mul i64 %kh645, 120
  %6134 = add i64 %6061, %6133
  br label %kw.header646

kh.exit644:                                       ; preds = %kh.header642
  %u.next684 = add i64 %u641, 1
  br label %u.header638

kw.header646:                                     ; preds = %kw.body647, %kh.body643
  %kw649 = phi i64 [ 0, %kh.body643 ], [ %kw.next682, %kw.body647 ]
  %6135 = icmp slt i64 %kw649, 3
  br i1 %6135, label %kw.body647, label %kw.exit648

kw.body647:                                       ; preds = %kw.header646
  %6136 = mul i64 %kw649, 8
  %6137 = add i64 %6134, %6136
  %6138 = mul i64 %kh645, 3
  %6139 = add i64 %6138, %kw649
  %6140 = mul i64 %6139, 64
  %6141 = add i64 %6063, %6140
  %6142 = add i64 %6141, 0
  %6143 = getelementptr inbounds float, float* %4, i64 %6142
  %6144 = bitcast float* %6143 to <8 x float>*
  %6145 = load <8 x float>, <8 x float>* %6144, align 4
  %6146 = add i64 %6141, 4608
  %6147 = getelementptr inbounds float, float* %4, i64 %6146
  %6148 = bitcast float* %6147 to <8 x float>*
  %6149 = load <8 x float>, <8 x float>* %6148, align 4
  %6150 = add i64 %6137, 432
  %6151 = getelementptr inbounds float, float* %1, i64 %6150
  %6152 = load float, float* %6151, align 4
  %6153 = insertelement <8 x float> undef, float %6152, i32 0
  %splat650 = shufflevector <8 x float> %6153, <8 x float> undef, <8 x i32> zeroinitializer
  %6154 = load <8 x float>, <8 x float>* %15, align 32
  %6155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat650, <8 x float> %6145, <8 x float> %6154)
  store <8 x float> %6155, <8 x float>* %15, align 32
  %6156 = load <8 x float>, <8 x float>* %11, align 32
  %6157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat650, <8 x float> %6149, <8 x float> %6156)
  store <8 x float> %6157, <8 x float>* %11, align 32
  %6158 = add i64 %6137, 440
  %6159 = getelementptr inbounds float, float* %1, i64 %6158
  %6160 = load float, float* %6159, align 4
  %6161 = insertelement <8 x float> undef, float %6160, i32 0
  %splat651 = shufflevector <8 x float> %6161, <8 x float> undef, <8 x i32> zeroinitializer
  %6162 = load <8 x float>, <8 x float>* %14, align 32
  %6163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat651, <8 x float> %6145, <8 x float> %6162)
  store <8 x float> %6163, <8 x float>* %14, align 32
  %6164 = load <8 x float>, <8 x float>* %10, align 32
  %6165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat651, <8 x float> %6149, <8 x float> %6164)
  store <8 x float> %6165, <8 x float>* %10, align 32
  %6166 = add i64 %6137, 448
  %6167 = getelementptr inbounds float, float* %1, i64 %6166
  %6168 = load float, float* %6167, align 4
  %6169 = insertelement <8 x float> undef, float %6168, i32 0
  %splat652 = shufflevector <8 x float> %6169, <8 x float> undef, <8 x i32> zeroinitializer
  %6170 = load <8 x float>, <8 x float>* %13, align 32
  %6171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat652, <8 x float> %6145, <8 x float> %6170)
  store <8 x float> %6171, <8 x float>* %13, align 32
  %6172 = load <8 x float>, <8 x float>* %9, align 32
  %6173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat652, <8 x float> %6149, <8 x float> %6172)
  store <8 x float> %6173, <8 x float>* %9, align 32
  %6174 = add i64 %6137, 456
  %6175 = getelementptr inbounds float, float* %1, i64 %6174
  %6176 = load float, float* %6175, align 4
  %6177 = insertelement <8 x float> undef, float %6176, i32 0
  %splat653 = shufflevector <8 x float> %6177, <8 x float> undef, <8 x i32> zeroinitializer
  %6178 = load <8 x float>, <8 x float>* %12, align 32
  %6179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat653, <8 x float> %6145, <8 x float> %6178)
  store <8 x float> %6179, <8 x float>* %12, align 32
  %6180 = load <8 x float>, <8 x float>* %8, align 32
  %6181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat653, <8 x float> %6149, <8 x float> %6180)
  store <8 x float> %6181, <8 x float>* %8, align 32
  %6182 = add i64 %6141, 8
  %6183 = getelementptr inbounds float, float* %4, i64 %6182
  %6184 = bitcast float* %6183 to <8 x float>*
  %6185 = load <8 x float>, <8 x float>* %6184, align 4
  %6186 = add i64 %6141, 4616
  %6187 = getelementptr inbounds float, float* %4, i64 %6186
  %6188 = bitcast float* %6187 to <8 x float>*
  %6189 = load <8 x float>, <8 x float>* %6188, align 4
  %6190 = add i64 %6137, 433
  %6191 = getelementptr inbounds float, float* %1, i64 %6190
  %6192 = load float, float* %6191, align 4
  %6193 = insertelement <8 x float> undef, float %6192, i32 0
  %splat654 = shufflevector <8 x float> %6193, <8 x float> undef, <8 x i32> zeroinitializer
  %6194 = load <8 x float>, <8 x float>* %15, align 32
  %6195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat654, <8 x float> %6185, <8 x float> %6194)
  store <8 x float> %6195, <8 x float>* %15, align 32
  %6196 = load <8 x float>, <8 x float>* %11, align 32
  %6197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat654, <8 x float> %6189, <8 x float> %6196)
  store <8 x float> %6197, <8 x float>* %11, align 32
  %6198 = add i64 %6137, 441
  %6199 = getelementptr inbounds float, float* %1, i64 %6198
  %6200 = load float, float* %6199, align 4
  %6201 = insertelement <8 x float> undef, float %6200, i32 0
  %splat655 = shufflevector <8 x float> %6201, <8 x float> undef, <8 x i32> zeroinitializer
  %6202 = load <8 x float>, <8 x float>* %14, align 32
  %6203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat655, <8 x float> %6185, <8 x float> %6202)
  store <8 x float> %6203, <8 x float>* %14, align 32
  %6204 = load <8 x float>, <8 x float>* %10, align 32
  %6205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat655, <8 x float> %6189, <8 x float> %6204)
  store <8 x float> %6205, <8 x float>* %10, align 32
  %6206 = add i64 %6137, 449
  %6207 = getelementptr inbounds float, float* %1, i64 %6206
  %6208 = load float, float* %6207, align 4
  %6209 = insertelement <8 x float> undef, float %6208, i32 0
  %splat656 = shufflevector <8 x float> %6209, <8 x float> undef, <8 x i32> zeroinitializer
  %6210 = load <8 x float>, <8 x float>* %13, align 32
  %6211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat656, <8 x float> %6185, <8 x float> %6210)
  store <8 x float> %6211, <8 x float>* %13, align 32
  %6212 = load <8 x float>, <8 x float>* %9, align 32
  %6213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat656, <8 x float> %6189, <8 x float> %6212)
  store <8 x float> %6213, <8 x float>* %9, align 32
  %6214 = add i64 %6137, 457
  %6215 = getelementptr inbounds float, float* %1, i64 %6214
  %6216 = load float, float* %6215, align 4
  %6217 = insertelement <8 x float> undef, float %6216, i32 0
  %splat657 = shufflevector <8 x float> %6217, <8 x float> undef, <8 x i32> zeroinitializer
  %6218 = load <8 x float>, <8 x float>* %12, align 32
  %6219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat657, <8 x float> %6185, <8 x float> %6218)
  store <8 x float> %6219, <8 x float>* %12, align 32
  %6220 = load <8 x float>, <8 x float>* %8, align 32
  %6221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat657, <8 x float> %6189, <8 x float> %6220)
  store <8 x float> %6221, <8 x float>* %8, align 32
  %6222 = add i64 %6141, 16
  %6223 = getelementptr inbounds float, float* %4, i64 %6222
  %6224 = bitcast float* %6223 to <8 x float>*
  %6225 = load <8 x float>, <8 x float>* %6224, align 4
  %6226 = add i64 %6141, 4624
  %6227 = getelementptr inbounds float, float* %4, i64 %6226
  %6228 = bitcast float* %6227 to <8 x float>*
  %6229 = load <8 x float>, <8 x float>* %6228, align 4
  %6230 = add i64 %6137, 434
  %6231 = getelementptr inbounds float, float* %1, i64 %6230
  %6232 = load float, float* %6231, align 4
  %6233 = insertelement <8 x float> undef, float %6232, i32 0
  %splat658 = shufflevector <8 x float> %6233, <8 x float> undef, <8 x i32> zeroinitializer
  %6234 = load <8 x float>, <8 x float>* %15, align 32
  %6235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat658, <8 x float> %6225, <8 x float> %6234)
  store <8 x float> %6235, <8 x float>* %15, align 32
  %6236 = load <8 x float>, <8 x float>* %11, align 32
  %6237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat658, <8 x float> %6229, <8 x float> %6236)
  store <8 x float> %6237, <8 x float>* %11, align 32
  %6238 = add i64 %6137, 442
  %6239 = getelementptr inbounds float, float* %1, i64 %6238
  %6240 = load float, float* %6239, align 4
  %6241 = insertelement <8 x float> undef, float %6240, i32 0
  %splat659 = shufflevector <8 x float> %6241, <8 x float> undef, <8 x i32> zeroinitializer
  %6242 = load <8 x float>, <8 x float>* %14, align 32
  %6243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat659, <8 x float> %6225, <8 x float> %6242)
  store <8 x float> %6243, <8 x float>* %14, align 32
  %6244 = load <8 x float>, <8 x float>* %10, align 32
  %6245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat659, <8 x float> %6229, <8 x float> %6244)
  store <8 x float> %6245, <8 x float>* %10, align 32
  %6246 = add i64 %6137, 450
  %6247 = getelementptr inbounds float, float* %1, i64 %6246
  %6248 = load float, float* %6247, align 4
  %6249 = insertelement <8 x float> undef, float %6248, i32 0
  %splat660 = shufflevector <8 x float> %6249, <8 x float> undef, <8 x i32> zeroinitializer
  %6250 = load <8 x float>, <8 x float>* %13, align 32
  %6251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat660, <8 x float> %6225, <8 x float> %6250)
  store <8 x float> %6251, <8 x float>* %13, align 32
  %6252 = load <8 x float>, <8 x float>* %9, align 32
  %6253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat660, <8 x float> %6229, <8 x float> %6252)
  store <8 x float> %6253, <8 x float>* %9, align 32
  %6254 = add i64 %6137, 458
  %6255 = getelementptr inbounds float, float* %1, i64 %6254
  %6256 = load float, float* %6255, align 4
  %6257 = insertelement <8 x float> undef, float %6256, i32 0
  %splat661 = shufflevector <8 x float> %6257, <8 x float> undef, <8 x i32> zeroinitializer
  %6258 = load <8 x float>, <8 x float>* %12, align 32
  %6259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat661, <8 x float> %6225, <8 x float> %6258)
  store <8 x float> %6259, <8 x float>* %12, align 32
  %6260 = load <8 x float>, <8 x float>* %8, align 32
  %6261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat661, <8 x float> %6229, <8 x float> %6260)
  store <8 x float> %6261, <8 x float>* %8, align 32
  %6262 = add i64 %6141, 24
  %6263 = getelementptr inbounds float, float* %4, i64 %6262
  %6264 = bitcast float* %6263 to <8 x float>*
  %6265 = load <8 x float>, <8 x float>* %6264, align 4
  %6266 = add i64 %6141, 4632
  %6267 = getelementptr inbounds float, float* %4, i64 %6266
  %6268 = bitcast float* %6267 to <8 x float>*
  %6269 = load <8 x float>, <8 x float>* %6268, align 4
  %6270 = add i64 %6137, 435
  %6271 = getelementptr inbounds float, float* %1, i64 %6270
  %6272 = load float, float* %6271, align 4
  %6273 = insertelement <8 x float> undef, float %6272, i32 0
  %splat662 = shufflevector <8 x float> %6273, <8 x float> undef, <8 x i32> zeroinitializer
  %6274 = load <8 x float>, <8 x float>* %15, align 32
  %6275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat662, <8 x float> %6265, <8 x float> %6274)
  store <8 x float> %6275, <8 x float>* %15, align 32
  %6276 = load <8 x float>, <8 x float>* %11, align 32
  %6277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat662, <8 x float> %6269, <8 x float> %6276)
  store <8 x float> %6277, <8 x float>* %11, align 32
  %6278 = add i64 %6137, 443
  %6279 = getelementptr inbounds float, float* %1, i64 %6278
  %6280 = load float, float* %6279, align 4
  %6281 = insertelement <8 x float> undef, float %6280, i32 0
  %splat663 = shufflevector <8 x float> %6281, <8 x float> undef, <8 x i32> zeroinitializer
  %6282 = load <8 x float>, <8 x float>* %14, align 32
  %6283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat663, <8 x float> %6265, <8 x float> %6282)
  store <8 x float> %6283, <8 x float>* %14, align 32
  %6284 = load <8 x float>, <8 x float>* %10, align 32
  %6285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat663, <8 x float> %6269, <8 x float> %6284)
  store <8 x float> %6285, <8 x float>* %10, align 32
  %6286 = add i64 %6137, 451
  %6287 = getelementptr inbounds float, float* %1, i64 %6286
  %6288 = load float, float* %6287, align 4
  %6289 = insertelement <8 x float> undef, float %6288, i32 0
  %splat664 = shufflevector <8 x float> %6289, <8 x float> undef, <8 x i32> zeroinitializer
  %6290 = load <8 x float>, <8 x float>* %13, align 32
  %6291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat664, <8 x float> %6265, <8 x float> %6290)
  store <8 x float> %6291, <8 x float>* %13, align 32
  %6292 = load <8 x float>, <8 x float>* %9, align 32
  %6293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat664, <8 x float> %6269, <8 x float> %6292)
  store <8 x float> %6293, <8 x float>* %9, align 32
  %6294 = add i64 %6137, 459
  %6295 = getelementptr inbounds float, float* %1, i64 %6294
  %6296 = load float, float* %6295, align 4
  %6297 = insertelement <8 x float> undef, float %6296, i32 0
  %splat665 = shufflevector <8 x float> %6297, <8 x float> undef, <8 x i32> zeroinitializer
  %6298 = load <8 x float>, <8 x float>* %12, align 32
  %6299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat665, <8 x float> %6265, <8 x float> %6298)
  store <8 x float> %6299, <8 x float>* %12, align 32
  %6300 = load <8 x float>, <8 x float>* %8, align 32
  %6301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat665, <8 x float> %6269, <8 x float> %6300)
  store <8 x float> %6301, <8 x float>* %8, align 32
  %6302 = add i64 %6141, 32
  %6303 = getelementptr inbounds float, float* %4, i64 %6302
  %6304 = bitcast float* %6303 to <8 x float>*
  %6305 = load <8 x float>, <8 x float>* %6304, align 4
  %6306 = add i64 %6141, 4640
  %6307 = getelementptr inbounds float, float* %4, i64 %6306
  %6308 = bitcast float* %6307 to <8 x float>*
  %6309 = load <8 x float>, <8 x float>* %6308, align 4
  %6310 = add i64 %6137, 436
  %6311 = getelementptr inbounds float, float* %1, i64 %6310
  %6312 = load float, float* %6311, align 4
  %6313 = insertelement <8 x float> undef, float %6312, i32 0
  %splat666 = shufflevector <8 x float> %6313, <8 x float> undef, <8 x i32> zeroinitializer
  %6314 = load <8 x float>, <8 x float>* %15, align 32
  %6315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat666, <8 x float> %6305, <8 x float> %6314)
  store <8 x float> %6315, <8 x float>* %15, align 32
  %6316 = load <8 x float>, <8 x float>* %11, align 32
  %6317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat666, <8 x float> %6309, <8 x float> %6316)
  store <8 x float> %6317, <8 x float>* %11, align 32
  %6318 = add i64 %6137, 444
  %6319 = getelementptr inbounds float, float* %1, i64 %6318
  %6320 = load float, float* %6319, align 4
  %6321 = insertelement <8 x float> undef, float %6320, i32 0
  %splat667 = shufflevector <8 x float> %6321, <8 x float> undef, <8 x i32> zeroinitializer
  %6322 = load <8 x float>, <8 x float>* %14, align 32
  %6323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat667, <8 x float> %6305, <8 x float> %6322)
  store <8 x float> %6323, <8 x float>* %14, align 32
  %6324 = load <8 x float>, <8 x float>* %10, align 32
  %6325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat667, <8 x float> %6309, <8 x float> %6324)
  store <8 x float> %6325, <8 x float>* %10, align 32
  %6326 = add i64 %6137, 452
  %6327 = getelementptr inbounds float, float* %1, i64 %6326
  %6328 = load float, float* %6327, align 4
  %6329 = insertelement <8 x float> undef, float %6328, i32 0
  %splat668 = shufflevector <8 x float> %6329, <8 x float> undef, <8 x i32> zeroinitializer
  %6330 = load <8 x float>, <8 x float>* %13, align 32
  %6331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat668, <8 x float> %6305, <8 x float> %6330)
  store <8 x float> %6331, <8 x float>* %13, align 32
  %6332 = load <8 x float>, <8 x float>* %9, align 32
  %6333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat668, <8 x float> %6309, <8 x float> %6332)
  store <8 x float> %6333, <8 x float>* %9, align 32
  %6334 = add i64 %6137, 460
  %6335 = getelementptr inbounds float, float* %1, i64 %6334
  %6336 = load float, float* %6335, align 4
  %6337 = insertelement <8 x float> undef, float %6336, i32 0
  %splat669 = shufflevector <8 x float> %6337, <8 x float> undef, <8 x i32> zeroinitializer
  %6338 = load <8 x float>, <8 x float>* %12, align 32
  %6339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat669, <8 x float> %6305, <8 x float> %6338)
  store <8 x float> %6339, <8 x float>* %12, align 32
  %6340 = load <8 x float>, <8 x float>* %8, align 32
  %6341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat669, <8 x float> %6309, <8 x float> %6340)
  store <8 x float> %6341, <8 x float>* %8, align 32
  %6342 = add i64 %6141, 40
  %6343 = getelementptr inbounds float, float* %4, i64 %6342
  %6344 = bitcast float* %6343 to <8 x float>*
  %6345 = load <8 x float>, <8 x float>* %6344, align 4
  %6346 = add i64 %6141, 4648
  %6347 = getelementptr inbounds float, float* %4, i64 %6346
  %6348 = bitcast float* %6347 to <8 x float>*
  %6349 = load <8 x float>, <8 x float>* %6348, align 4
  %6350 = add i64 %6137, 437
  %6351 = getelementptr inbounds float, float* %1, i64 %6350
  %6352 = load float, float* %6351, align 4
  %6353 = insertelement <8 x float> undef, float %6352, i32 0
  %splat670 = shufflevector <8 x float> %6353, <8 x float> undef, <8 x i32> zeroinitializer
  %6354 = load <8 x float>, <8 x float>* %15, align 32
  %6355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat670, <8 x float> %6345, <8 x float> %6354)
  store <8 x float> %6355, <8 x float>* %15, align 32
  %6356 = load <8 x float>, <8 x float>* %11, align 32
  %6357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat670, <8 x float> %6349, <8 x float> %6356)
  store <8 x float> %6357, <8 x float>* %11, align 32
  %6358 = add i64 %6137, 445
  %6359 = getelementptr inbounds float, float* %1, i64 %6358
  %6360 = load float, float* %6359, align 4
  %6361 = insertelement <8 x float> undef, float %6360, i32 0
  %splat671 = shufflevector <8 x float> %6361, <8 x float> undef, <8 x i32> zeroinitializer
  %6362 = load <8 x float>, <8 x float>* %14, align 32
  %6363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat671, <8 x float> %6345, <8 x float> %6362)
  store <8 x float> %6363, <8 x float>* %14, align 32
  %6364 = load <8 x float>, <8 x float>* %10, align 32
  %6365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat671, <8 x float> %6349, <8 x float> %6364)
  store <8 x float> %6365, <8 x float>* %10, align 32
  %6366 = add i64 %6137, 453
  %6367 = getelementptr inbounds float, float* %1, i64 %6366
  %6368 = load float, float* %6367, align 4
  %6369 = insertelement <8 x float> undef, float %6368, i32 0
  %splat672 = shufflevector <8 x float> %6369, <8 x float> undef, <8 x i32> zeroinitializer
  %6370 = load <8 x float>, <8 x float>* %13, align 32
  %6371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat672, <8 x float> %6345, <8 x float> %6370)
  store <8 x float> %6371, <8 x float>* %13, align 32
  %6372 = load <8 x float>, <8 x float>* %9, align 32
  %6373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat672, <8 x float> %6349, <8 x float> %6372)
  store <8 x float> %6373, <8 x float>* %9, align 32
  %6374 = add i64 %6137, 461
  %6375 = getelementptr inbounds float, float* %1, i64 %6374
  %6376 = load float, float* %6375, align 4
  %6377 = insertelement <8 x float> undef, float %6376, i32 0
  %splat673 = shufflevector <8 x float> %6377, <8 x float> undef, <8 x i32> zeroinitializer
  %6378 = load <8 x float>, <8 x float>* %12, align 32
  %6379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat673, <8 x float> %6345, <8 x float> %6378)
  store <8 x float> %6379, <8 x float>* %12, align 32
  %6380 = load <8 x float>, <8 x float>* %8, align 32
  %6381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat673, <8 x float> %6349, <8 x float> %6380)
  store <8 x float> %6381, <8 x float>* %8, align 32
  %6382 = add i64 %6141, 48
  %6383 = getelementptr inbounds float, float* %4, i64 %6382
  %6384 = bitcast float* %6383 to <8 x float>*
  %6385 = load <8 x float>, <8 x float>* %6384, align 4
  %6386 = add i64 %6141, 4656
  %6387 = getelementptr inbounds float, float* %4, i64 %6386
  %6388 = bitcast float* %6387 to <8 x float>*
  %6389 = load <8 x float>, <8 x float>* %6388, align 4
  %6390 = add i64 %6137, 438
  %6391 = getelementptr inbounds float, float* %1, i64 %6390
  %6392 = load float, float* %6391, align 4
  %6393 = insertelement <8 x float> undef, float %6392, i32 0
  %splat674 = shufflevector <8 x float> %6393, <8 x float> undef, <8 x i32> zeroinitializer
  %6394 = load <8 x float>, <8 x float>* %15, align 32
  %6395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat674, <8 x float> %6385, <8 x float> %6394)
  store <8 x float> %6395, <8 x float>* %15, align 32
  %6396 = load <8 x float>, <8 x float>* %11, align 32
  %6397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat674, <8 x float> %6389, <8 x float> %6396)
  store <8 x float> %6397, <8 x float>* %11, align 32
  %6398 = add i64 %6137, 446
  %6399 = getelementptr inbounds float, float* %1, i64 %6398
  %6400 = load float, float* %6399, align 4
  %6401 = insertelement <8 x float> undef, float %6400, i32 0
  %splat675 = shufflevector <8 x float> %6401, <8 x float> undef, <8 x i32> zeroinitializer
  %6402 = load <8 x float>, <8 x float>* %14, align 32
  %6403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat675, <8 x float> %6385, <8 x float> %6402)
  store <8 x float> %6403, <8 x float>* %14, align 32
  %6404 = load <8 x float>, <8 x float>* %10, align 32
  %6405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat675, <8 x float> %6389, <8 x float> %6404)
  store <8 x float> %6405, <8 x float>* %10, align 32
  %6406 = add i64 %6137, 454
  %6407 = getelementptr inbounds float, float* %1, i64 %6406
  %6408 = load float, float* %6407, align 4
  %6409 = insertelement <8 x float> undef, float %6408, i32 0
  %splat676 = shufflevector <8 x float> %6409, <8 x float> undef, <8 x i32> zeroinitializer
  %6410 = load <8 x float>, <8 x float>* %13, align 32
  %6411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat676, <8 x float> %6385, <8 x float> %6410)
  store <8 x float> %6411, <8 x float>* %13, align 32
  %6412 = load <8 x float>, <8 x float>* %9, align 32
  %6413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat676, <8 x float> %6389, <8 x float> %6412)
  store <8 x float> %6413, <8 x float>* %9, align 32
  %6414 = add i64 %6137, 462
  %6415 = getelementptr inbounds float, float* %1, i64 %6414
  %6416 = load float, float* %6415, align 4
  %6417 = insertelement <8 x float> undef, float %6416, i32 0
  %splat677 = shufflevector <8 x float> %6417, <8 x float> undef, <8 x i32> zeroinitializer
  %6418 = load <8 x float>, <8 x float>* %12, align 32
  %6419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat677, <8 x float> %6385, <8 x float> %6418)
  store <8 x float> %6419, <8 x float>* %12, align 32
  %6420 = load <8 x float>, <8 x float>* %8, align 32
  %6421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat677, <8 x float> %6389, <8 x float> %6420)
  store <8 x float> %6421, <8 x float>* %8, align 32
  %6422 = add i64 %6141, 56
  %6423 = getelementptr inbounds float, float* %4, i64 %6422
  %6424 = bitcast float* %6423 to <8 x float>*
  %6425 = load <8 x float>, <8 x float>* %6424, align 4
  %6426 = add i64 %6141, 4664
  %6427 = getelementptr inbounds float, float* %4, i64 %6426
  %6428 = bitcast float* %6427 to <8 x float>*
  %6429 = load <8 x float>, <8 x float>* %6428, align 4
  %6430 = add i64 %6137, 439
  %6431 = getelementptr inbounds float, float* %1, i64 %6430
  %6432 = load float, float* %6431, align 4
  %6433 = insertelement <8 x float> undef, float %6432, i32 0
  %splat678 = shufflevector <8 x float> %6433, <8 x float> undef, <8 x i32> zeroinitializer
  %6434 = load <8 x float>, <8 x float>* %15, align 32
  %6435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat678, <8 x float> %6425, <8 x float> %6434)
  store <8 x float> %6435, <8 x float>* %15, align 32
  %6436 = load <8 x float>, <8 x float>* %11, align 32
  %6437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat678, <8 x float> %6429, <8 x float> %6436)
  store <8 x float> %6437, <8 x float>* %11, align 32
  %6438 = add i64 %6137, 447
  %6439 = getelementptr inbounds float, float* %1, i64 %6438
  %6440 = load float, float* %6439, align 4
  %6441 = insertelement <8 x float> undef, float %6440, i32 0
  %splat679 = shufflevector <8 x float> %6441, <8 x float> undef, <8 x i32> zeroinitializer
  %6442 = load <8 x float>, <8 x float>* %14, align 32
  %6443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat679, <8 x float> %6425, <8 x float> %6442)
  store <8 x float> %6443, <8 x float>* %14, align 32
  %6444 = load <8 x float>, <8 x float>* %10, align 32
  %6445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat679, <8 x float> %6429, <8 x float> %6444)
  store <8 x float> %6445, <8 x float>* %10, align 32
  %6446 = add i64 %6137, 455
  %6447 = getelementptr inbounds float, float* %1, i64 %6446
  %6448 = load float, float* %6447, align 4
  %6449 = insertelement <8 x float> undef, float %6448, i32 0
  %splat680 = shufflevector <8 x float> %6449, <8 x float> undef, <8 x i32> zeroinitializer
  %6450 = load <8 x float>, <8 x float>* %13, align 32
  %6451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat680, <8 x float> %6425, <8 x float> %6450)
  store <8 x float> %6451, <8 x float>* %13, align 32
  %6452 = load <8 x float>, <8 x float>* %9, align 32
  %6453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat680, <8 x float> %6429, <8 x float> %6452)
  store <8 x float> %6453, <8 x float>* %9, align 32
  %6454 = add i64 %6137, 463
  %6455 = getelementptr inbounds float, float* %1, i64 %6454
  %6456 = load float, float* %6455, align 4
  %6457 = insertelement <8 x float> undef, float %6456, i32 0
  %splat681 = shufflevector <8 x float> %6457, <8 x float> undef, <8 x i32> zeroinitializer
  %6458 = load <8 x float>, <8 x float>* %12, align 32
  %6459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat681, <8 x float> %6425, <8 x float> %6458)
  store <8 x float> %6459, <8 x float>* %12, align 32
  %6460 = load <8 x float>, <8 x float>* %8, align 32
  %6461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat681, <8 x float> %6429, <8 x float> %6460)
  store <8 x float> %6461, <8 x float>* %8, align 32
  %kw.next682 = add i64 %kw649, 1
  br label %kw.header646

kw.exit648:                                       ; preds = %kw.header646
  %kh.next683 = add i64 %kh645, 1
  br label %kh.header642
}

; Function Attrs: nounwind
define internal void @node4.conv2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 16, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 16
  %29 = select i1 %28, i64 %27, i64 16
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 16
  %32 = select i1 %31, i64 %30, i64 16
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 6
  %9 = srem i64 %task, 6
  %10 = mul i64 %8, 1352
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 6
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 48
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 13
  %22 = select i1 %21, i64 %20, i64 13
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 13
  %25 = select i1 %24, i64 %23, i64 13
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 6
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 13
  %34 = select i1 %33, i64 %32, i64 13
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 13
  %37 = select i1 %36, i64 %35, i64 13
  %38 = sub i64 %37, %29
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %q.exit, %x.body
  %r = phi i64 [ %19, %x.body ], [ %r.next, %q.exit ]
  %39 = icmp slt i64 %r, %22
  br i1 %39, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  br label %q.header

r.exit:                                           ; preds = %r.header
  %40 = load <8 x float>, <8 x float>* %6, align 32
  %41 = mul i64 %x, 8
  %42 = getelementptr inbounds float, float* %15, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  store <8 x float> %40, <8 x float>* %43, align 4
  %x.next = add i64 %x, 1
  br label %x.header

q.header:                                         ; preds = %q.body, %r.body
  %q = phi i64 [ %31, %r.body ], [ %q.next, %q.body ]
  %44 = icmp slt i64 %q, %34
  br i1 %44, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %45 = mul i64 %r, 13
  %46 = add i64 %45, %q
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %11, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = load <8 x float>, <8 x float>* %6, align 32
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %51, <8 x float> %50)
  store <8 x float> %52, <8 x float>* %6, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next = add i64 %r, 1
  br label %r.header
}

; Function Attrs: nounwind
define internal void @node5.maxPool2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 48, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 48
  %23 = select i1 %22, i64 %21, i64 48
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 48
  %26 = select i1 %25, i64 %24, i64 48
  call void @node5.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 6
  %8 = sdiv i64 %task, 6
  %9 = mul i64 %task, 48
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %10 = icmp slt i64 %ws, 6
  br i1 %10, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %11 = mul i64 %ws, 8
  %12 = add i64 %11, 0
  %13 = add i64 %9, %12
  %14 = mul i64 %8, 8
  %15 = add i64 %14, 0
  %16 = mul i64 %15, 36
  %17 = mul i64 %7, 6
  %18 = add i64 %17, %ws
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %1, i64 %13
  %21 = load float, float* %20, align 4
  %22 = getelementptr inbounds float, float* %0, i64 %19
  store float %21, float* %22, align 4
  %23 = mul i64 %ws, 8
  %24 = add i64 %23, 1
  %25 = add i64 %9, %24
  %26 = mul i64 %8, 8
  %27 = add i64 %26, 1
  %28 = mul i64 %27, 36
  %29 = mul i64 %7, 6
  %30 = add i64 %29, %ws
  %31 = add i64 %28, %30
  %32 = getelementptr inbounds float, float* %1, i64 %25
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %0, i64 %31
  store float %33, float* %34, align 4
  %35 = mul i64 %ws, 8
  %36 = add i64 %35, 2
  %37 = add i64 %9, %36
  %38 = mul i64 %8, 8
  %39 = add i64 %38, 2
  %40 = mul i64 %39, 36
  %41 = mul i64 %7, 6
  %42 = add i64 %41, %ws
  %43 = add i64 %40, %42
  %44 = getelementptr inbounds float, float* %1, i64 %37
  %45 = load float, float* %44, align 4
  %46 = getelementptr inbounds float, float* %0, i64 %43
  store float %45, float* %46, align 4
  %47 = mul i64 %ws, 8
  %48 = add i64 %47, 3
  %49 = add i64 %9, %48
  %50 = mul i64 %8, 8
  %51 = add i64 %50, 3
  %52 = mul i64 %51, 36
  %53 = mul i64 %7, 6
  %54 = add i64 %53, %ws
  %55 = add i64 %52, %54
  %56 = getelementptr inbounds float, float* %1, i64 %49
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %55
  store float %57, float* %58, align 4
  %59 = mul i64 %ws, 8
  %60 = add i64 %59, 4
  %61 = add i64 %9, %60
  %62 = mul i64 %8, 8
  %63 = add i64 %62, 4
  %64 = mul i64 %63, 36
  %65 = mul i64 %7, 6
  %66 = add i64 %65, %ws
  %67 = add i64 %64, %66
  %68 = getelementptr inbounds float, float* %1, i64 %61
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %67
  store float %69, float* %70, align 4
  %71 = mul i64 %ws, 8
  %72 = add i64 %71, 5
  %73 = add i64 %9, %72
  %74 = mul i64 %8, 8
  %75 = add i64 %74, 5
  %76 = mul i64 %75, 36
  %77 = mul i64 %7, 6
  %78 = add i64 %77, %ws
  %79 = add i64 %76, %78
  %80 = getelementptr inbounds float, float* %1, i64 %73
  %81 = load float, float* %80, align 4
  %82 = getelementptr inbounds float, float* %0, i64 %79
  store float %81, float* %82, align 4
  %83 = mul i64 %ws, 8
  %84 = add i64 %83, 6
  %85 = add i64 %9, %84
  %86 = mul i64 %8, 8
  %87 = add i64 %86, 6
  %88 = mul i64 %87, 36
  %89 = mul i64 %7, 6
  %90 = add i64 %89, %ws
  %91 = add i64 %88, %90
  %92 = getelementptr inbounds float, float* %1, i64 %85
  %93 = load float, float* %92, align 4
  %94 = getelementptr inbounds float, float* %0, i64 %91
  store float %93, float* %94, align 4
  %95 = mul i64 %ws, 8
  %96 = add i64 %95, 7
  %97 = add i64 %9, %96
  %98 = mul i64 %8, 8
  %99 = add i64 %98, 7
  %100 = mul i64 %99, 36
  %101 = mul i64 %7, 6
  %102 = add i64 %101, %ws
  %103 = add i64 %100, %102
  %104 = getelementptr inbounds float, float* %1, i64 %97
  %105 = load float, float* %104, align 4
  %106 = getelementptr inbounds float, float* %0, i64 %103
  store float %105, float* %106, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node6.maxPool2d_2.nchw.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 48, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 48
  %23 = select i1 %22, i64 %21, i64 48
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 48
  %26 = select i1 %25, i64 %24, i64 48
  call void @node6.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %k.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %k.exit ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 73728
  %18 = add i64 %16, 0
  %19 = getelementptr inbounds float, float* %5, i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  store <8 x float> %21, <8 x float>* %11, align 32
  %22 = add i64 %16, 8
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  store <8 x float> %25, <8 x float>* %10, align 32
  %26 = add i64 %16, 16
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  store <8 x float> %29, <8 x float>* %9, align 32
  %30 = add i64 %16, 24
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %33, <8 x float>* %8, align 32
  br label %k.header

task.exit:                                        ; preds = %task.header
  ret void

k.header:                                         ; preds = %k.body, %task.body
  %k = phi i64 [ 0, %task.body ], [ %k.next, %k.body ]
  %34 = icmp slt i64 %k, 2304
  br i1 %34, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %35 = mul i64 %k, 32
  %36 = add i64 %17, %35
  %37 = add i64 %36, 0
  %38 = getelementptr inbounds float, float* %4, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %36, 8
  %42 = getelementptr inbounds float, float* %4, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = add i64 %36, 16
  %46 = getelementptr inbounds float, float* %4, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 %36, 24
  %50 = getelementptr inbounds float, float* %4, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %15, 0
  %54 = mul i64 %53, 2304
  %55 = add i64 %54, %k
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %59 = load <8 x float>, <8 x float>* %11, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %40, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %11, align 32
  %61 = load <8 x float>, <8 x float>* %10, align 32
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %44, <8 x float> %61)
  store <8 x float> %62, <8 x float>* %10, align 32
  %63 = load <8 x float>, <8 x float>* %9, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %48, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %9, align 32
  %65 = load <8 x float>, <8 x float>* %8, align 32
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %52, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %67 = add i64 %15, 0
  %68 = add i64 %16, 0
  %69 = load <8 x float>, <8 x float>* %11, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %67, 512
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = mul i64 %76, 512
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = mul i64 %85, 512
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = mul i64 %94, 512
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node8.dense_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 16, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 16
  %29 = select i1 %28, i64 %27, i64 16
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 16
  %32 = select i1 %31, i64 %30, i64 16
  call void @node8.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 16
  %17 = mul i64 %14, 8192
  %18 = icmp eq i64 %14, 0
  br i1 %18, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %19 = add i64 %16, 0
  %20 = getelementptr inbounds float, float* %5, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  store <8 x float> %22, <8 x float>* %11, align 32
  %23 = add i64 %16, 8
  %24 = getelementptr inbounds float, float* %5, i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %25, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %26, <8 x float>* %10, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %27 = add i64 %16, 0
  %28 = getelementptr inbounds float, float* %5, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  store <8 x float> %30, <8 x float>* %9, align 32
  %31 = add i64 %16, 8
  %32 = getelementptr inbounds float, float* %5, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  store <8 x float> %34, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %35 = icmp slt i64 %k, 512
  br i1 %35, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %36 = mul i64 %k, 16
  %37 = add i64 %17, %36
  %38 = add i64 %37, 0
  %39 = getelementptr inbounds float, float* %4, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %37, 8
  %43 = getelementptr inbounds float, float* %4, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %15, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %k
  %49 = getelementptr inbounds float, float* %1, i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %11, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %41, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %11, align 32
  %54 = load <8 x float>, <8 x float>* %10, align 32
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %10, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %56 = add i64 %15, 0
  %57 = add i64 %16, 0
  %58 = load <8 x float>, <8 x float>* %11, align 32
  %59 = mul i64 %56, 10
  %60 = add i64 %59, %57
  %61 = getelementptr inbounds float, float* %0, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  store <8 x float> %58, <8 x float>* %62, align 4
  %63 = add i64 %15, 0
  %64 = add i64 %16, 8
  %65 = load <8 x float>, <8 x float>* %10, align 32
  %66 = mul i64 %63, 10
  %67 = add i64 %66, %64
  %68 = getelementptr inbounds float, float* %0, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %65, <8 x float>* %69, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %70 = icmp slt i64 %k4, 512
  br i1 %70, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %71 = mul i64 %k4, 16
  %72 = add i64 %17, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %4, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 8
  %78 = getelementptr inbounds float, float* %4, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %15, 0
  %82 = mul i64 %81, 512
  %83 = add i64 %82, %k4
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = load float, float* %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %splat5 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %76, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %9, align 32
  %89 = load <8 x float>, <8 x float>* %8, align 32
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %89)
  store <8 x float> %90, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %91 = add i64 %15, 0
  %92 = add i64 %16, 0
  %93 = load <8 x float>, <8 x float>* %9, align 32
  %94 = mul i64 %91, 10
  %95 = add i64 %94, %92
  %96 = getelementptr inbounds float, float* %0, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %93, <8 x float>* %97, align 4
  %98 = add i64 %15, 0
  %99 = add i64 %16, 8
  %100 = load <8 x float>, <8 x float>* %8, align 32
  %101 = mul i64 %98, 10
  %102 = add i64 %101, %99
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %100, <8 x float>* %104, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

; Function Attrs: nounwind
define internal void @node9.dense_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to float*
  %17 = getelementptr inbounds i8*, i8** %1, i64 5
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = call i32 @omp_get_thread_num()
  %21 = sext i32 %20 to i64
  %22 = call i32 @omp_get_num_threads()
  %23 = sext i32 %22 to i64
  %24 = sub i64 %23, 1
  %25 = add i64 1, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 1
  %32 = select i1 %31, i64 %30, i64 1
  call void @node9.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  %8 = alloca float, align 4
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = mul i64 %task, 10
  %12 = add i64 %11, 10
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store float 0xFFF0000000000000, float* %8, align 4
  %13 = sub i64 %12, %11
  %14 = sdiv i64 %13, 8
  %15 = mul i64 %14, 8
  %16 = add i64 %11, %15
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %11, %task.body ], [ %v.next, %v.body ]
  %17 = icmp slt i64 %v, %16
  br i1 %17, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %18 = load <8 x float>, <8 x float>* %9, align 32
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %18, <8 x float> %21)
  store <8 x float> %22, <8 x float>* %9, align 32
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %16, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %12
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = load float, float* %8, align 4
  %25 = getelementptr inbounds float, float* %1, i64 %s
  %26 = load float, float* %25, align 4
  %27 = call float @llvm.maxnum.f32(float %24, float %26)
  store float %27, float* %8, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %28 = load <8 x float>, <8 x float>* %9, align 32
  %29 = shufflevector <8 x float> %28, <8 x float> %28, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %30 = shufflevector <8 x float> %28, <8 x float> %28, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %31 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %29, <4 x float> %30)
  %32 = shufflevector <4 x float> %31, <4 x float> %31, <2 x i32> <i32 0, i32 1>
  %33 = shufflevector <4 x float> %31, <4 x float> %31, <2 x i32> <i32 2, i32 3>
  %34 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %32, <2 x float> %33)
  %35 = shufflevector <2 x float> %34, <2 x float> %34, <1 x i32> zeroinitializer
  %36 = shufflevector <2 x float> %34, <2 x float> %34, <1 x i32> <i32 1>
  %37 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %35, <1 x float> %36)
  %38 = extractelement <1 x float> %37, i32 0
  %39 = load float, float* %8, align 4
  %40 = call float @llvm.maxnum.f32(float %38, float %39)
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store float 0.000000e+00, float* %6, align 4
  %41 = sub i64 %12, %11
  %42 = sdiv i64 %41, 8
  %43 = mul i64 %42, 8
  %44 = add i64 %11, %43
  br label %v.header1

v.header1:                                        ; preds = %v.body2, %s.exit
  %v4 = phi i64 [ %11, %s.exit ], [ %v.next5, %v.body2 ]
  %45 = icmp slt i64 %v4, %44
  br i1 %45, label %v.body2, label %v.exit3

v.body2:                                          ; preds = %v.header1
  %46 = load <8 x float>, <8 x float>* %7, align 32
  %47 = getelementptr inbounds float, float* %1, i64 %v4
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  %51 = fsub <8 x float> %49, %splat
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %51, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %53 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %52, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %55 = call <8 x float> @llvm.floor.v8f32(<8 x float> %54)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %53)
  %57 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %56)
  %58 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %57, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %58, <8 x float> %57, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %59, <8 x float> %57, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %60, <8 x float> %57, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> %57, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <8 x float> %57, %57
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %62, <8 x float> %63, <8 x float> %57)
  %65 = fadd <8 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <8 x float> %55 to <8 x i32>
  %67 = add <8 x i32> %66, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %68 = shl <8 x i32> %67, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %69 = bitcast <8 x i32> %68 to <8 x float>
  %70 = fmul <8 x float> %65, %69
  %71 = fadd <8 x float> %46, %70
  store <8 x float> %71, <8 x float>* %7, align 32
  %v.next5 = add i64 %v4, 8
  br label %v.header1

v.exit3:                                          ; preds = %v.header1
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit3
  %s9 = phi i64 [ %44, %v.exit3 ], [ %s.next10, %s.body7 ]
  %72 = icmp slt i64 %s9, %12
  br i1 %72, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %73 = load float, float* %6, align 4
  %74 = getelementptr inbounds float, float* %1, i64 %s9
  %75 = load float, float* %74, align 4
  %76 = fsub float %75, %40
  %77 = call float @llvm.maxnum.f32(float %76, float 0xC055D33340000000)
  %78 = call float @llvm.minnum.f32(float %77, float 0x40562CCCC0000000)
  %79 = call float @llvm.fma.f32(float %78, float 0x3FF7154760000000, float 5.000000e-01)
  %80 = call float @llvm.floor.f32(float %79)
  %81 = call float @llvm.fma.f32(float %80, float 0xBFE6300000000000, float %78)
  %82 = call float @llvm.fma.f32(float %80, float 0x3F2BD01060000000, float %81)
  %83 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %82, float 0x3F56E879C0000000)
  %84 = call float @llvm.fma.f32(float %83, float %82, float 0x3F81112100000000)
  %85 = call float @llvm.fma.f32(float %84, float %82, float 0x3FA5553820000000)
  %86 = call float @llvm.fma.f32(float %85, float %82, float 0x3FC5555540000000)
  %87 = call float @llvm.fma.f32(float %86, float %82, float 5.000000e-01)
  %88 = fmul float %82, %82
  %89 = call float @llvm.fma.f32(float %87, float %88, float %82)
  %90 = fadd float %89, 1.000000e+00
  %91 = fptosi float %80 to i32
  %92 = add i32 %91, 127
  %93 = shl i32 %92, 23
  %94 = bitcast i32 %93 to float
  %95 = fmul float %90, %94
  %96 = fadd float %73, %95
  store float %96, float* %6, align 4
  %s.next10 = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %97 = load <8 x float>, <8 x float>* %7, align 32
  %98 = shufflevector <8 x float> %97, <8 x float> %97, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %99 = shufflevector <8 x float> %97, <8 x float> %97, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %100 = fadd <4 x float> %98, %99
  %101 = shufflevector <4 x float> %100, <4 x float> %100, <2 x i32> <i32 0, i32 1>
  %102 = shufflevector <4 x float> %100, <4 x float> %100, <2 x i32> <i32 2, i32 3>
  %103 = fadd <2 x float> %101, %102
  %104 = shufflevector <2 x float> %103, <2 x float> %103, <1 x i32> zeroinitializer
  %105 = shufflevector <2 x float> %103, <2 x float> %103, <1 x i32> <i32 1>
  %106 = fadd <1 x float> %104, %105
  %107 = extractelement <1 x float> %106, i32 0
  %108 = load float, float* %6, align 4
  %109 = fadd float %107, %108
  %110 = sub i64 %12, %11
  %111 = sdiv i64 %110, 8
  %112 = mul i64 %111, 8
  %113 = add i64 %11, %112
  br label %v.header11

v.header11:                                       ; preds = %v.body12, %s.exit8
  %v14 = phi i64 [ %11, %s.exit8 ], [ %v.next17, %v.body12 ]
  %114 = icmp slt i64 %v14, %113
  br i1 %114, label %v.body12, label %v.exit13

v.body12:                                         ; preds = %v.header11
  %115 = getelementptr inbounds float, float* %1, i64 %v14
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = insertelement <8 x float> undef, float %40, i32 0
  %splat15 = shufflevector <8 x float> %118, <8 x float> undef, <8 x i32> zeroinitializer
  %119 = fsub <8 x float> %117, %splat15
  %120 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %119, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %121 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %120, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %123 = call <8 x float> @llvm.floor.v8f32(<8 x float> %122)
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %121)
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %124)
  %126 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %125, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %125, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %125, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %125, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %129, <8 x float> %125, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %131 = fmul <8 x float> %125, %125
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %131, <8 x float> %125)
  %133 = fadd <8 x float> %132, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %134 = fptosi <8 x float> %123 to <8 x i32>
  %135 = add <8 x i32> %134, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %136 = shl <8 x i32> %135, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %137 = bitcast <8 x i32> %136 to <8 x float>
  %138 = fmul <8 x float> %133, %137
  %139 = insertelement <8 x float> undef, float %109, i32 0
  %splat16 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = fdiv <8 x float> %138, %splat16
  %141 = getelementptr inbounds float, float* %0, i64 %v14
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %v.next17 = add i64 %v14, 8
  br label %v.header11

v.exit13:                                         ; preds = %v.header11
  br label %s.header18

s.header18:                                       ; preds = %s.body19, %v.exit13
  %s21 = phi i64 [ %113, %v.exit13 ], [ %s.next22, %s.body19 ]
  %143 = icmp slt i64 %s21, %12
  br i1 %143, label %s.body19, label %s.exit20

s.body19:                                         ; preds = %s.header18
  %144 = getelementptr inbounds float, float* %1, i64 %s21
  %145 = load float, float* %144, align 4
  %146 = fsub float %145, %40
  %147 = call float @llvm.maxnum.f32(float %146, float 0xC055D33340000000)
  %148 = call float @llvm.minnum.f32(float %147, float 0x40562CCCC0000000)
  %149 = call float @llvm.fma.f32(float %148, float 0x3FF7154760000000, float 5.000000e-01)
  %150 = call float @llvm.floor.f32(float %149)
  %151 = call float @llvm.fma.f32(float %150, float 0xBFE6300000000000, float %148)
  %152 = call float @llvm.fma.f32(float %150, float 0x3F2BD01060000000, float %151)
  %153 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %152, float 0x3F56E879C0000000)
  %154 = call float @llvm.fma.f32(float %153, float %152, float 0x3F81112100000000)
  %155 = call float @llvm.fma.f32(float %154, float %152, float 0x3FA5553820000000)
  %156 = call float @llvm.fma.f32(float %155, float %152, float 0x3FC5555540000000)
  %157 = call float @llvm.fma.f32(float %156, float %152, float 5.000000e-01)
  %158 = fmul float %152, %152
  %159 = call float @llvm.fma.f32(float %157, float %158, float %152)
  %160 = fadd float %159, 1.000000e+00
  %161 = fptosi float %150 to i32
  %162 = add i32 %161, 127
  %163 = shl i32 %162, 23
  %164 = bitcast i32 %163 to float
  %165 = fmul float %160, %164
  %166 = fdiv float %165, %109
  %167 = getelementptr inbounds float, float* %0, i64 %s21
  store float %166, float* %167, align 4
  %s.next22 = add i64 %s21, 1
  br label %s.header18

s.exit20:                                         ; preds = %s.header18
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #4

; Function Attrs: nounwind
define internal void @node10.dense_2.softmax.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 1, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1
  %23 = select i1 %22, i64 %21, i64 1
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  call void @node10.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_run(i8** %0, i8** %1, i8* %2) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %status = alloca i32, align 4
  store i32 0, i32* %status, align 4
  %3 = bitcast i8** %0 to i8*
  %4 = icmp eq i8* %3, null
  %5 = bitcast i8** %1 to i8*
  %6 = icmp eq i8* %5, null
  %7 = or i1 %4, %6
  br i1 %7, label %then, label %endif

then:                                             ; preds = %entry
  ret i32 1

endif:                                            ; preds = %entry
  %8 = getelementptr inbounds i8*, i8** %0, i64 0
  %input0 = load i8*, i8** %8, align 8
  %9 = icmp eq i8* %input0, null
  br i1 %9, label %then1, label %endif2

then1:                                            ; preds = %endif
  ret i32 1

endif2:                                           ; preds = %endif
  %10 = getelementptr inbounds i8*, i8** %1, i64 0
  %output0 = load i8*, i8** %10, align 8
  %11 = icmp eq i8* %output0, null
  br i1 %11, label %then3, label %endif4

then3:                                            ; preds = %endif2
  ret i32 1

endif4:                                           ; preds = %endif2
  %12 = icmp ne i8* %2, null
  br i1 %12, label %workspace, label %allocate

allocate:                                         ; preds = %endif4
  %fresh = call i8* @malloc(i64 246335)
  br label %workspace

workspace:                                        ; preds = %allocate, %endif4
  %base = phi i8* [ %2, %endif4 ], [ %fresh, %allocate ]
  %allocated = phi i8* [ null, %endif4 ], [ %fresh, %allocate ]
  %13 = icmp eq i8* %base, null
  br i1 %13, label %then5, label %endif6

then5:                                            ; preds = %workspace
  ret i32 2

endif6:                                           ; preds = %workspace
  %14 = ptrtoint i8* %base to i64
  %15 = add i64 %14, 63
  %16 = and i64 %15, -64
  %workspace7 = inttoptr i64 %16 to i8*
  %17 = bitcast i32* %status to i8*
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 131072
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %24)
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %24, i32 0, i32 0)
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 131072
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %28, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %35, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %33, i32 0, i32 0)
  %36 = getelementptr inbounds i8, i8* %workspace7, i64 94592
  %37 = getelementptr inbounds i8, i8* %workspace7, i64 131072
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %41, align 8
  %42 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %42)
  %43 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 94592
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %43, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %44, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %45, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %49, align 8
  %50 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_3.step0(i8* %50)
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([73728 x i8], [73728 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %52, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %50, i32 0, i32 0)
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %54, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %58, align 8
  %59 = bitcast [6 x i8*]* %args to i8*
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([147456 x i8], [147456 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %61, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step0, i8* %59, i32 0, i32 0)
  %62 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %63 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %62, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %67, align 8
  %68 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %68)
  %69 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %70 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %69, i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %70, i8** %72, align 8
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %74, align 8
  %75 = bitcast [6 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %75)
  %76 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %77 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %76, i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %77, i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %81, align 8
  %82 = bitcast [6 x i8*]* %args to i8*
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %84, align 8
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %82, i32 0, i32 0)
  %85 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %86, align 8
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %85, i8** %87, align 8
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %88, align 8
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %89, align 8
  %90 = bitcast [6 x i8*]* %args to i8*
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %91, align 8
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %92, align 8
  call void @node9.dense_2.step0(i8* %90)
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %93, align 8
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %96, align 8
  %97 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %97)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @cifar10_cnn_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @cifar10_cnn_workspace_size() #7 {
entry:
  ret i64 246335
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_infer(i8* %0, i8* %1, i8* %2) #7 {
entry:
  %3 = alloca [1 x i8*], align 8
  %4 = alloca [1 x i8*], align 8
  %5 = bitcast [1 x i8*]* %4 to i8**
  %6 = getelementptr inbounds i8*, i8** %5, i64 0
  store i8* %0, i8** %6, align 8
  %7 = bitcast [1 x i8*]* %4 to i8**
  %8 = bitcast [1 x i8*]* %3 to i8**
  %9 = getelementptr inbounds i8*, i8** %8, i64 0
  store i8* %1, i8** %9, align 8
  %10 = bitcast [1 x i8*]* %3 to i8**
  %11 = call i32 @cifar10_cnn_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #7 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
