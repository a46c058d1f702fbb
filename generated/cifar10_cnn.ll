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
@weight.dense_1.weight = external constant [4718592 x i8], align 64
@weight.dense_1.bias = external constant [2048 x i8], align 64
@weight.dense_2.weight = external constant [20480 x i8], align 64
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
define internal void @node0.conv2d_1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
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
  br label %task.header

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit8 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 2
  %24 = sdiv i64 %task, 2
  %25 = srem i64 %24, 32
  %26 = mul i64 %25, 1
  %27 = sdiv i64 %task, 64
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 4
  %31 = mul i64 %23, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 3
  %34 = mul i64 %28, 3
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 1156
  %37 = mul i64 %32, 216
  %38 = mul i64 %26, 34
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %39 = icmp slt i64 %x, 30
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %32, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  store <8 x float> %44, <8 x float>* %21, align 32
  store <8 x float> %44, <8 x float>* %20, align 32
  store <8 x float> %44, <8 x float>* %19, align 32
  store <8 x float> %44, <8 x float>* %18, align 32
  store <8 x float> %44, <8 x float>* %17, align 32
  store <8 x float> %44, <8 x float>* %16, align 32
  %45 = add i64 %32, 1
  %46 = mul i64 %45, 8
  %47 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %49, <8 x float>* %15, align 32
  store <8 x float> %49, <8 x float>* %14, align 32
  store <8 x float> %49, <8 x float>* %13, align 32
  store <8 x float> %49, <8 x float>* %12, align 32
  store <8 x float> %49, <8 x float>* %11, align 32
  store <8 x float> %49, <8 x float>* %10, align 32
  %50 = mul i64 %x, 1
  %51 = add i64 %38, %50
  %52 = add i64 %36, %51
  br label %u.header

x.exit:                                           ; preds = %x.header
  %53 = add i64 %32, 0
  %54 = mul i64 %53, 8
  %55 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %9, align 32
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = add i64 %32, 1
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %7, align 32
  store <8 x float> %62, <8 x float>* %6, align 32
  %63 = add i64 %38, 30
  %64 = add i64 %36, %63
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %65 = icmp slt i64 %u, 3
  br i1 %65, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %66 = mul i64 %u, 1156
  %67 = add i64 %52, %66
  %68 = mul i64 %u, 72
  %69 = add i64 %37, %68
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %70 = mul i64 %29, 4
  %71 = add i64 %70, %32
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 32
  %74 = add i64 %73, %26
  %75 = mul i64 %74, 32
  %76 = add i64 %x, 0
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %21, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 1
  %85 = add i64 %75, %84
  %86 = mul i64 %85, 8
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 2
  %93 = add i64 %75, %92
  %94 = mul i64 %93, 8
  %95 = load <8 x float>, <8 x float>* %19, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = getelementptr inbounds float, float* %0, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %x, 3
  %101 = add i64 %75, %100
  %102 = mul i64 %101, 8
  %103 = load <8 x float>, <8 x float>* %18, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %x, 4
  %109 = add i64 %75, %108
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %17, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 5
  %117 = add i64 %75, %116
  %118 = mul i64 %117, 8
  %119 = load <8 x float>, <8 x float>* %16, align 32
  %120 = fcmp ogt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> %119, <8 x float> zeroinitializer
  %122 = getelementptr inbounds float, float* %0, i64 %118
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %121, <8 x float>* %123, align 4
  %124 = mul i64 %29, 4
  %125 = add i64 %124, %32
  %126 = add i64 %125, 1
  %127 = mul i64 %126, 32
  %128 = add i64 %127, %26
  %129 = mul i64 %128, 32
  %130 = add i64 %x, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 8
  %133 = load <8 x float>, <8 x float>* %15, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = getelementptr inbounds float, float* %0, i64 %132
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = add i64 %x, 1
  %139 = add i64 %129, %138
  %140 = mul i64 %139, 8
  %141 = load <8 x float>, <8 x float>* %14, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = getelementptr inbounds float, float* %0, i64 %140
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = add i64 %x, 2
  %147 = add i64 %129, %146
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %13, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 3
  %155 = add i64 %129, %154
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %12, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = add i64 %x, 4
  %163 = add i64 %129, %162
  %164 = mul i64 %163, 8
  %165 = load <8 x float>, <8 x float>* %11, align 32
  %166 = fcmp ogt <8 x float> %165, zeroinitializer
  %167 = select <8 x i1> %166, <8 x float> %165, <8 x float> zeroinitializer
  %168 = getelementptr inbounds float, float* %0, i64 %164
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %167, <8 x float>* %169, align 4
  %170 = add i64 %x, 5
  %171 = add i64 %129, %170
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %10, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %178 = icmp slt i64 %kh, 3
  br i1 %178, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %179 = mul i64 %kh, 34
  %180 = add i64 %67, %179
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %181 = icmp slt i64 %kw, 3
  br i1 %181, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %182 = mul i64 %kw, 1
  %183 = add i64 %180, %182
  %184 = mul i64 %kh, 3
  %185 = add i64 %184, %kw
  %186 = mul i64 %185, 8
  %187 = add i64 %69, %186
  %188 = add i64 %187, 0
  %189 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %187, 216
  %193 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %183, 0
  %197 = getelementptr inbounds float, float* %2, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %21, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %191, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %21, align 32
  %202 = load <8 x float>, <8 x float>* %15, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %195, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %15, align 32
  %204 = add i64 %183, 1
  %205 = getelementptr inbounds float, float* %2, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat1 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %20, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %191, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %20, align 32
  %210 = load <8 x float>, <8 x float>* %14, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %195, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %14, align 32
  %212 = add i64 %183, 2
  %213 = getelementptr inbounds float, float* %2, i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat2 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %19, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %191, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %19, align 32
  %218 = load <8 x float>, <8 x float>* %13, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %195, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %13, align 32
  %220 = add i64 %183, 3
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat3 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %18, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %191, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %18, align 32
  %226 = load <8 x float>, <8 x float>* %12, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %195, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %12, align 32
  %228 = add i64 %183, 4
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat4 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %17, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %191, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %17, align 32
  %234 = load <8 x float>, <8 x float>* %11, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %195, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %11, align 32
  %236 = add i64 %183, 5
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat5 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %16, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %191, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %16, align 32
  %242 = load <8 x float>, <8 x float>* %10, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %195, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %244 = icmp slt i64 %u9, 3
  br i1 %244, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %245 = mul i64 %u9, 1156
  %246 = add i64 %64, %245
  %247 = mul i64 %u9, 72
  %248 = add i64 %37, %247
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %249 = mul i64 %29, 4
  %250 = add i64 %249, %32
  %251 = add i64 %250, 0
  %252 = mul i64 %251, 32
  %253 = add i64 %252, %26
  %254 = mul i64 %253, 32
  %255 = add i64 %254, 30
  %256 = mul i64 %255, 8
  %257 = load <8 x float>, <8 x float>* %9, align 32
  %258 = fcmp ogt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> %257, <8 x float> zeroinitializer
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %254, 31
  %263 = mul i64 %262, 8
  %264 = load <8 x float>, <8 x float>* %8, align 32
  %265 = fcmp ogt <8 x float> %264, zeroinitializer
  %266 = select <8 x i1> %265, <8 x float> %264, <8 x float> zeroinitializer
  %267 = getelementptr inbounds float, float* %0, i64 %263
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = mul i64 %29, 4
  %270 = add i64 %269, %32
  %271 = add i64 %270, 1
  %272 = mul i64 %271, 32
  %273 = add i64 %272, %26
  %274 = mul i64 %273, 32
  %275 = add i64 %274, 30
  %276 = mul i64 %275, 8
  %277 = load <8 x float>, <8 x float>* %7, align 32
  %278 = fcmp ogt <8 x float> %277, zeroinitializer
  %279 = select <8 x i1> %278, <8 x float> %277, <8 x float> zeroinitializer
  %280 = getelementptr inbounds float, float* %0, i64 %276
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %279, <8 x float>* %281, align 4
  %282 = add i64 %274, 31
  %283 = mul i64 %282, 8
  %284 = load <8 x float>, <8 x float>* %6, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = getelementptr inbounds float, float* %0, i64 %283
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %286, <8 x float>* %288, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %289 = icmp slt i64 %kh13, 3
  br i1 %289, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %290 = mul i64 %kh13, 34
  %291 = add i64 %246, %290
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %292 = icmp slt i64 %kw17, 3
  br i1 %292, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %293 = mul i64 %kw17, 1
  %294 = add i64 %291, %293
  %295 = mul i64 %kh13, 3
  %296 = add i64 %295, %kw17
  %297 = mul i64 %296, 8
  %298 = add i64 %248, %297
  %299 = add i64 %298, 0
  %300 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = add i64 %298, 216
  %304 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.packed to float*), i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = add i64 %294, 0
  %308 = getelementptr inbounds float, float* %2, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat18 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %9, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %302, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %9, align 32
  %313 = load <8 x float>, <8 x float>* %7, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %306, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %7, align 32
  %315 = add i64 %294, 1
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat19 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %8, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %302, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %8, align 32
  %321 = load <8 x float>, <8 x float>* %6, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %306, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %6, align 32
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 2
  %20 = sdiv i64 %task, 2
  %21 = srem i64 %20, 30
  %22 = mul i64 %21, 1
  %23 = sdiv i64 %task, 60
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %23, 1
  %26 = mul i64 %24, 4
  %27 = mul i64 %19, 2
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 4
  %30 = mul i64 %24, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 8192
  %33 = mul i64 %28, 2304
  %34 = mul i64 %22, 256
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %35 = icmp slt i64 %x, 30
  br i1 %35, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %36 = add i64 %28, 0
  %37 = mul i64 %36, 8
  %38 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  %41 = add i64 %28, 1
  %42 = mul i64 %41, 8
  %43 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  store <8 x float> %45, <8 x float>* %11, align 32
  store <8 x float> %45, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %45, <8 x float>* %8, align 32
  store <8 x float> %45, <8 x float>* %7, align 32
  store <8 x float> %45, <8 x float>* %6, align 32
  %46 = mul i64 %x, 8
  %47 = add i64 %34, %46
  %48 = add i64 %32, %47
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %49 = icmp slt i64 %u, 4
  br i1 %49, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %50 = mul i64 %u, 8192
  %51 = add i64 %48, %50
  %52 = mul i64 %u, 576
  %53 = add i64 %33, %52
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %54 = mul i64 %25, 4
  %55 = add i64 %54, %28
  %56 = add i64 %55, 0
  %57 = mul i64 %56, 30
  %58 = add i64 %57, %22
  %59 = mul i64 %58, 30
  %60 = add i64 %x, 0
  %61 = add i64 %59, %60
  %62 = mul i64 %61, 8
  %63 = load <8 x float>, <8 x float>* %17, align 32
  %64 = fcmp ogt <8 x float> %63, zeroinitializer
  %65 = select <8 x i1> %64, <8 x float> %63, <8 x float> zeroinitializer
  %66 = getelementptr inbounds float, float* %0, i64 %62
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %65, <8 x float>* %67, align 4
  %68 = add i64 %x, 1
  %69 = add i64 %59, %68
  %70 = mul i64 %69, 8
  %71 = load <8 x float>, <8 x float>* %16, align 32
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = getelementptr inbounds float, float* %0, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %x, 2
  %77 = add i64 %59, %76
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %15, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 3
  %85 = add i64 %59, %84
  %86 = mul i64 %85, 8
  %87 = load <8 x float>, <8 x float>* %14, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 4
  %93 = add i64 %59, %92
  %94 = mul i64 %93, 8
  %95 = load <8 x float>, <8 x float>* %13, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = getelementptr inbounds float, float* %0, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %x, 5
  %101 = add i64 %59, %100
  %102 = mul i64 %101, 8
  %103 = load <8 x float>, <8 x float>* %12, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = mul i64 %25, 4
  %109 = add i64 %108, %28
  %110 = add i64 %109, 1
  %111 = mul i64 %110, 30
  %112 = add i64 %111, %22
  %113 = mul i64 %112, 30
  %114 = add i64 %x, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %11, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 1
  %123 = add i64 %113, %122
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %10, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 2
  %131 = add i64 %113, %130
  %132 = mul i64 %131, 8
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = getelementptr inbounds float, float* %0, i64 %132
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = add i64 %x, 3
  %139 = add i64 %113, %138
  %140 = mul i64 %139, 8
  %141 = load <8 x float>, <8 x float>* %8, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = getelementptr inbounds float, float* %0, i64 %140
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = add i64 %x, 4
  %147 = add i64 %113, %146
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %7, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 5
  %155 = add i64 %113, %154
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %6, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %162 = icmp slt i64 %kh, 3
  br i1 %162, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %163 = mul i64 %kh, 256
  %164 = add i64 %51, %163
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %165 = icmp slt i64 %kw, 3
  br i1 %165, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %166 = mul i64 %kw, 8
  %167 = add i64 %164, %166
  %168 = mul i64 %kh, 3
  %169 = add i64 %168, %kw
  %170 = mul i64 %169, 64
  %171 = add i64 %53, %170
  %172 = add i64 %171, 0
  %173 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = add i64 %171, 2304
  %177 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %167, 0
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %175, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = load <8 x float>, <8 x float>* %11, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %179, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %11, align 32
  %188 = add i64 %167, 8
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = load float, float* %189, align 4
  %191 = insertelement <8 x float> undef, float %190, i32 0
  %splat1 = shufflevector <8 x float> %191, <8 x float> undef, <8 x i32> zeroinitializer
  %192 = load <8 x float>, <8 x float>* %16, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %175, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %16, align 32
  %194 = load <8 x float>, <8 x float>* %10, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %179, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %10, align 32
  %196 = add i64 %167, 16
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat2 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %15, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %175, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %15, align 32
  %202 = load <8 x float>, <8 x float>* %9, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %179, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %9, align 32
  %204 = add i64 %167, 24
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat3 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %14, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %175, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %14, align 32
  %210 = load <8 x float>, <8 x float>* %8, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %179, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %8, align 32
  %212 = add i64 %167, 32
  %213 = getelementptr inbounds float, float* %1, i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat4 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %13, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %175, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %13, align 32
  %218 = load <8 x float>, <8 x float>* %7, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %179, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %7, align 32
  %220 = add i64 %167, 40
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat5 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %12, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %175, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %12, align 32
  %226 = load <8 x float>, <8 x float>* %6, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %179, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %6, align 32
  %228 = add i64 %171, 8
  %229 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = add i64 %171, 2312
  %233 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = add i64 %167, 1
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat6 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %17, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %231, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %17, align 32
  %242 = load <8 x float>, <8 x float>* %11, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %235, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %11, align 32
  %244 = add i64 %167, 9
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat7 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %231, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = load <8 x float>, <8 x float>* %10, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %235, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %10, align 32
  %252 = add i64 %167, 17
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat8 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %15, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %231, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %15, align 32
  %258 = load <8 x float>, <8 x float>* %9, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %235, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %9, align 32
  %260 = add i64 %167, 25
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat9 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %14, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %231, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %14, align 32
  %266 = load <8 x float>, <8 x float>* %8, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %235, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %8, align 32
  %268 = add i64 %167, 33
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat10 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %13, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %231, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %13, align 32
  %274 = load <8 x float>, <8 x float>* %7, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %235, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %7, align 32
  %276 = add i64 %167, 41
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat11 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %12, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %231, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %12, align 32
  %282 = load <8 x float>, <8 x float>* %6, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %235, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %6, align 32
  %284 = add i64 %171, 16
  %285 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = add i64 %171, 2320
  %289 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = add i64 %167, 2
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat12 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %287, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = load <8 x float>, <8 x float>* %11, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %291, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %11, align 32
  %300 = add i64 %167, 10
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat13 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %287, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %16, align 32
  %306 = load <8 x float>, <8 x float>* %10, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %291, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %10, align 32
  %308 = add i64 %167, 18
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat14 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %15, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %287, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %15, align 32
  %314 = load <8 x float>, <8 x float>* %9, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %291, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %9, align 32
  %316 = add i64 %167, 26
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat15 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %14, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %287, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %14, align 32
  %322 = load <8 x float>, <8 x float>* %8, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %291, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %8, align 32
  %324 = add i64 %167, 34
  %325 = getelementptr inbounds float, float* %1, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat16 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %13, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %287, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %13, align 32
  %330 = load <8 x float>, <8 x float>* %7, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %291, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %7, align 32
  %332 = add i64 %167, 42
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat17 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %12, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %287, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %12, align 32
  %338 = load <8 x float>, <8 x float>* %6, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %291, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %6, align 32
  %340 = add i64 %171, 24
  %341 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %171, 2328
  %345 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %167, 3
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat18 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %17, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %343, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %17, align 32
  %354 = load <8 x float>, <8 x float>* %11, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %347, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %11, align 32
  %356 = add i64 %167, 11
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat19 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %16, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %343, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %16, align 32
  %362 = load <8 x float>, <8 x float>* %10, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %347, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %10, align 32
  %364 = add i64 %167, 19
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat20 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %15, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %343, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %15, align 32
  %370 = load <8 x float>, <8 x float>* %9, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %347, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %9, align 32
  %372 = add i64 %167, 27
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat21 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %14, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %343, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %14, align 32
  %378 = load <8 x float>, <8 x float>* %8, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %347, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %8, align 32
  %380 = add i64 %167, 35
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat22 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %13, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %343, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %13, align 32
  %386 = load <8 x float>, <8 x float>* %7, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %347, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %7, align 32
  %388 = add i64 %167, 43
  %389 = getelementptr inbounds float, float* %1, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat23 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %12, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %343, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %12, align 32
  %394 = load <8 x float>, <8 x float>* %6, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %347, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %6, align 32
  %396 = add i64 %171, 32
  %397 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %171, 2336
  %401 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %167, 4
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat24 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %399, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = load <8 x float>, <8 x float>* %11, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %403, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %11, align 32
  %412 = add i64 %167, 12
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat25 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %399, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = load <8 x float>, <8 x float>* %10, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %403, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %10, align 32
  %420 = add i64 %167, 20
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat26 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %15, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %399, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %15, align 32
  %426 = load <8 x float>, <8 x float>* %9, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %403, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %9, align 32
  %428 = add i64 %167, 28
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat27 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %14, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %399, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %14, align 32
  %434 = load <8 x float>, <8 x float>* %8, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %403, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %8, align 32
  %436 = add i64 %167, 36
  %437 = getelementptr inbounds float, float* %1, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat28 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %13, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %399, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %13, align 32
  %442 = load <8 x float>, <8 x float>* %7, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %403, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %7, align 32
  %444 = add i64 %167, 44
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat29 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %12, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %399, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %12, align 32
  %450 = load <8 x float>, <8 x float>* %6, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %403, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %6, align 32
  %452 = add i64 %171, 40
  %453 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %171, 2344
  %457 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %167, 5
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat30 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %17, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %455, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %17, align 32
  %466 = load <8 x float>, <8 x float>* %11, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %459, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %11, align 32
  %468 = add i64 %167, 13
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat31 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %16, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %455, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %16, align 32
  %474 = load <8 x float>, <8 x float>* %10, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %459, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %10, align 32
  %476 = add i64 %167, 21
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat32 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %15, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %455, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %15, align 32
  %482 = load <8 x float>, <8 x float>* %9, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %459, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %9, align 32
  %484 = add i64 %167, 29
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat33 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %14, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %455, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %14, align 32
  %490 = load <8 x float>, <8 x float>* %8, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %459, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %8, align 32
  %492 = add i64 %167, 37
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat34 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %13, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %455, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %13, align 32
  %498 = load <8 x float>, <8 x float>* %7, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %459, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %7, align 32
  %500 = add i64 %167, 45
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat35 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %12, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %455, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %12, align 32
  %506 = load <8 x float>, <8 x float>* %6, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %459, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %6, align 32
  %508 = add i64 %171, 48
  %509 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = add i64 %171, 2352
  %513 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = add i64 %167, 6
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat36 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %17, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %511, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %17, align 32
  %522 = load <8 x float>, <8 x float>* %11, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %515, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %11, align 32
  %524 = add i64 %167, 14
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat37 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %16, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %511, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %16, align 32
  %530 = load <8 x float>, <8 x float>* %10, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %515, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %10, align 32
  %532 = add i64 %167, 22
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat38 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %15, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %511, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %15, align 32
  %538 = load <8 x float>, <8 x float>* %9, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %515, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %9, align 32
  %540 = add i64 %167, 30
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat39 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %14, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %511, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %14, align 32
  %546 = load <8 x float>, <8 x float>* %8, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %515, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %8, align 32
  %548 = add i64 %167, 38
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat40 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %13, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %511, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %13, align 32
  %554 = load <8 x float>, <8 x float>* %7, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %515, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %7, align 32
  %556 = add i64 %167, 46
  %557 = getelementptr inbounds float, float* %1, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat41 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %12, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %511, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %12, align 32
  %562 = load <8 x float>, <8 x float>* %6, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %515, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %6, align 32
  %564 = add i64 %171, 56
  %565 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = add i64 %171, 2360
  %569 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.packed to float*), i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %167, 7
  %573 = getelementptr inbounds float, float* %1, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat42 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %17, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %567, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %17, align 32
  %578 = load <8 x float>, <8 x float>* %11, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %571, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %11, align 32
  %580 = add i64 %167, 15
  %581 = getelementptr inbounds float, float* %1, i64 %580
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat43 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %16, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %567, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %16, align 32
  %586 = load <8 x float>, <8 x float>* %10, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %571, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %10, align 32
  %588 = add i64 %167, 23
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat44 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %15, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %567, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %15, align 32
  %594 = load <8 x float>, <8 x float>* %9, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %571, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %9, align 32
  %596 = add i64 %167, 31
  %597 = getelementptr inbounds float, float* %1, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat45 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %14, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %567, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %14, align 32
  %602 = load <8 x float>, <8 x float>* %8, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %571, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %8, align 32
  %604 = add i64 %167, 39
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat46 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %13, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %567, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %13, align 32
  %610 = load <8 x float>, <8 x float>* %7, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %571, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %7, align 32
  %612 = add i64 %167, 47
  %613 = getelementptr inbounds float, float* %1, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat47 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %12, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %567, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %12, align 32
  %618 = load <8 x float>, <8 x float>* %6, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %571, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %6, align 32
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
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
define internal void @node3.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
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
  br label %task.header

task.header:                                      ; preds = %u.exit428, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit428 ]
  %96 = icmp slt i64 %task, %5
  br i1 %96, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %97 = srem i64 %task, 4
  %98 = sdiv i64 %task, 4
  %99 = srem i64 %98, 5
  %100 = mul i64 %99, 3
  %101 = sdiv i64 %task, 20
  %102 = srem i64 %101, 1
  %103 = sdiv i64 %101, 1
  %104 = mul i64 %102, 8
  %105 = mul i64 %97, 2
  %106 = add i64 %104, %105
  %107 = mul i64 %103, 4
  %108 = mul i64 %102, 4
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 2312
  %111 = mul i64 %106, 2304
  %112 = mul i64 %100, 136
  %113 = add i64 %106, 0
  %114 = mul i64 %113, 8
  %115 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  store <8 x float> %117, <8 x float>* %95, align 32
  store <8 x float> %117, <8 x float>* %94, align 32
  store <8 x float> %117, <8 x float>* %93, align 32
  store <8 x float> %117, <8 x float>* %92, align 32
  store <8 x float> %117, <8 x float>* %91, align 32
  store <8 x float> %117, <8 x float>* %90, align 32
  %118 = add i64 %106, 1
  %119 = mul i64 %118, 8
  %120 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  store <8 x float> %122, <8 x float>* %89, align 32
  store <8 x float> %122, <8 x float>* %88, align 32
  store <8 x float> %122, <8 x float>* %87, align 32
  store <8 x float> %122, <8 x float>* %86, align 32
  store <8 x float> %122, <8 x float>* %85, align 32
  store <8 x float> %122, <8 x float>* %84, align 32
  %123 = add i64 %112, 0
  %124 = add i64 %110, %123
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %125 = icmp slt i64 %u, 4
  br i1 %125, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %126 = mul i64 %u, 2312
  %127 = add i64 %124, %126
  %128 = mul i64 %u, 576
  %129 = add i64 %111, %128
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %130 = mul i64 %103, 8
  %131 = add i64 %130, %106
  %132 = add i64 %131, 0
  %133 = mul i64 %132, 15
  %134 = add i64 %133, %100
  %135 = mul i64 %134, 15
  %136 = add i64 %135, 0
  %137 = mul i64 %136, 8
  %138 = load <8 x float>, <8 x float>* %95, align 32
  %139 = fcmp ogt <8 x float> %138, zeroinitializer
  %140 = select <8 x i1> %139, <8 x float> %138, <8 x float> zeroinitializer
  %141 = getelementptr inbounds float, float* %0, i64 %137
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %143 = add i64 %135, 1
  %144 = mul i64 %143, 8
  %145 = load <8 x float>, <8 x float>* %94, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = getelementptr inbounds float, float* %0, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %135, 2
  %151 = mul i64 %150, 8
  %152 = load <8 x float>, <8 x float>* %93, align 32
  %153 = fcmp ogt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> %152, <8 x float> zeroinitializer
  %155 = getelementptr inbounds float, float* %0, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %135, 3
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %92, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %135, 4
  %165 = mul i64 %164, 8
  %166 = load <8 x float>, <8 x float>* %91, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = getelementptr inbounds float, float* %0, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %135, 5
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %90, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %178 = mul i64 %103, 8
  %179 = add i64 %178, %106
  %180 = add i64 %179, 1
  %181 = mul i64 %180, 15
  %182 = add i64 %181, %100
  %183 = mul i64 %182, 15
  %184 = add i64 %183, 0
  %185 = mul i64 %184, 8
  %186 = load <8 x float>, <8 x float>* %89, align 32
  %187 = fcmp ogt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> %186, <8 x float> zeroinitializer
  %189 = getelementptr inbounds float, float* %0, i64 %185
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %188, <8 x float>* %190, align 4
  %191 = add i64 %183, 1
  %192 = mul i64 %191, 8
  %193 = load <8 x float>, <8 x float>* %88, align 32
  %194 = fcmp ogt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> %193, <8 x float> zeroinitializer
  %196 = getelementptr inbounds float, float* %0, i64 %192
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %195, <8 x float>* %197, align 4
  %198 = add i64 %183, 2
  %199 = mul i64 %198, 8
  %200 = load <8 x float>, <8 x float>* %87, align 32
  %201 = fcmp ogt <8 x float> %200, zeroinitializer
  %202 = select <8 x i1> %201, <8 x float> %200, <8 x float> zeroinitializer
  %203 = getelementptr inbounds float, float* %0, i64 %199
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = add i64 %183, 3
  %206 = mul i64 %205, 8
  %207 = load <8 x float>, <8 x float>* %86, align 32
  %208 = fcmp ogt <8 x float> %207, zeroinitializer
  %209 = select <8 x i1> %208, <8 x float> %207, <8 x float> zeroinitializer
  %210 = getelementptr inbounds float, float* %0, i64 %206
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %209, <8 x float>* %211, align 4
  %212 = add i64 %183, 4
  %213 = mul i64 %212, 8
  %214 = load <8 x float>, <8 x float>* %85, align 32
  %215 = fcmp ogt <8 x float> %214, zeroinitializer
  %216 = select <8 x i1> %215, <8 x float> %214, <8 x float> zeroinitializer
  %217 = getelementptr inbounds float, float* %0, i64 %213
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  %219 = add i64 %183, 5
  %220 = mul i64 %219, 8
  %221 = load <8 x float>, <8 x float>* %84, align 32
  %222 = fcmp ogt <8 x float> %221, zeroinitializer
  %223 = select <8 x i1> %222, <8 x float> %221, <8 x float> zeroinitializer
  %224 = getelementptr inbounds float, float* %0, i64 %220
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %223, <8 x float>* %225, align 4
  %226 = add i64 %106, 0
  %227 = mul i64 %226, 8
  %228 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  %230 = load <8 x float>, <8 x float>* %229, align 4
  store <8 x float> %230, <8 x float>* %83, align 32
  store <8 x float> %230, <8 x float>* %82, align 32
  store <8 x float> %230, <8 x float>* %81, align 32
  store <8 x float> %230, <8 x float>* %80, align 32
  store <8 x float> %230, <8 x float>* %79, align 32
  store <8 x float> %230, <8 x float>* %78, align 32
  %231 = add i64 %106, 1
  %232 = mul i64 %231, 8
  %233 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  store <8 x float> %235, <8 x float>* %77, align 32
  store <8 x float> %235, <8 x float>* %76, align 32
  store <8 x float> %235, <8 x float>* %75, align 32
  store <8 x float> %235, <8 x float>* %74, align 32
  store <8 x float> %235, <8 x float>* %73, align 32
  store <8 x float> %235, <8 x float>* %72, align 32
  %236 = add i64 %112, 0
  %237 = add i64 %110, %236
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %238 = icmp slt i64 %kh, 3
  br i1 %238, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %239 = mul i64 %kh, 136
  %240 = add i64 %127, %239
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %241 = icmp slt i64 %kw, 3
  br i1 %241, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %242 = mul i64 %kw, 8
  %243 = add i64 %240, %242
  %244 = mul i64 %kh, 3
  %245 = add i64 %244, %kw
  %246 = mul i64 %245, 64
  %247 = add i64 %129, %246
  %248 = add i64 %247, 0
  %249 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %247, 2304
  %253 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %243, 0
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %95, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %251, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %95, align 32
  %262 = load <8 x float>, <8 x float>* %89, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %255, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %89, align 32
  %264 = add i64 %243, 8
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat1 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %94, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %251, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %94, align 32
  %270 = load <8 x float>, <8 x float>* %88, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %255, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %88, align 32
  %272 = add i64 %243, 16
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat2 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %93, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %251, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %93, align 32
  %278 = load <8 x float>, <8 x float>* %87, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %87, align 32
  %280 = add i64 %243, 24
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat3 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %92, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %251, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %92, align 32
  %286 = load <8 x float>, <8 x float>* %86, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %255, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %86, align 32
  %288 = add i64 %243, 32
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat4 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %91, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %251, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %91, align 32
  %294 = load <8 x float>, <8 x float>* %85, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %85, align 32
  %296 = add i64 %243, 40
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat5 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %90, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %251, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %90, align 32
  %302 = load <8 x float>, <8 x float>* %84, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %84, align 32
  %304 = add i64 %247, 8
  %305 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %247, 2312
  %309 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %243, 1
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat6 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %95, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %307, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %95, align 32
  %318 = load <8 x float>, <8 x float>* %89, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %311, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %89, align 32
  %320 = add i64 %243, 9
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %splat7 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %324 = load <8 x float>, <8 x float>* %94, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %307, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %94, align 32
  %326 = load <8 x float>, <8 x float>* %88, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %311, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %88, align 32
  %328 = add i64 %243, 17
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat8 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %93, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %307, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %93, align 32
  %334 = load <8 x float>, <8 x float>* %87, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %311, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %87, align 32
  %336 = add i64 %243, 25
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat9 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %92, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %307, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %92, align 32
  %342 = load <8 x float>, <8 x float>* %86, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %311, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %86, align 32
  %344 = add i64 %243, 33
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat10 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %91, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %307, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %91, align 32
  %350 = load <8 x float>, <8 x float>* %85, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %311, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %85, align 32
  %352 = add i64 %243, 41
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat11 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %90, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %307, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %90, align 32
  %358 = load <8 x float>, <8 x float>* %84, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %311, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %84, align 32
  %360 = add i64 %247, 16
  %361 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %247, 2320
  %365 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %243, 2
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat12 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %95, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %363, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %95, align 32
  %374 = load <8 x float>, <8 x float>* %89, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %367, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %89, align 32
  %376 = add i64 %243, 10
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat13 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %94, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %363, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %94, align 32
  %382 = load <8 x float>, <8 x float>* %88, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %367, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %88, align 32
  %384 = add i64 %243, 18
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat14 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %93, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %363, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %93, align 32
  %390 = load <8 x float>, <8 x float>* %87, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %367, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %87, align 32
  %392 = add i64 %243, 26
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat15 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %92, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %363, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %92, align 32
  %398 = load <8 x float>, <8 x float>* %86, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %367, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %86, align 32
  %400 = add i64 %243, 34
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat16 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %91, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %363, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %91, align 32
  %406 = load <8 x float>, <8 x float>* %85, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %367, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %85, align 32
  %408 = add i64 %243, 42
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat17 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %90, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %363, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %90, align 32
  %414 = load <8 x float>, <8 x float>* %84, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %367, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %84, align 32
  %416 = add i64 %247, 24
  %417 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %247, 2328
  %421 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %243, 3
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat18 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %95, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %419, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %95, align 32
  %430 = load <8 x float>, <8 x float>* %89, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %423, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %89, align 32
  %432 = add i64 %243, 11
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat19 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %94, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %94, align 32
  %438 = load <8 x float>, <8 x float>* %88, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %423, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %88, align 32
  %440 = add i64 %243, 19
  %441 = getelementptr inbounds float, float* %2, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat20 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %93, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %419, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %93, align 32
  %446 = load <8 x float>, <8 x float>* %87, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %423, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %87, align 32
  %448 = add i64 %243, 27
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat21 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %92, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %419, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %92, align 32
  %454 = load <8 x float>, <8 x float>* %86, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %423, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %86, align 32
  %456 = add i64 %243, 35
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat22 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %91, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %91, align 32
  %462 = load <8 x float>, <8 x float>* %85, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %423, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %85, align 32
  %464 = add i64 %243, 43
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat23 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %90, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %419, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %90, align 32
  %470 = load <8 x float>, <8 x float>* %84, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %423, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %84, align 32
  %472 = add i64 %247, 32
  %473 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %247, 2336
  %477 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %476
  %478 = bitcast float* %477 to <8 x float>*
  %479 = load <8 x float>, <8 x float>* %478, align 4
  %480 = add i64 %243, 4
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat24 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %95, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %475, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %95, align 32
  %486 = load <8 x float>, <8 x float>* %89, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %479, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %89, align 32
  %488 = add i64 %243, 12
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat25 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %94, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %475, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %94, align 32
  %494 = load <8 x float>, <8 x float>* %88, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %479, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %88, align 32
  %496 = add i64 %243, 20
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat26 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = load <8 x float>, <8 x float>* %93, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %475, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %93, align 32
  %502 = load <8 x float>, <8 x float>* %87, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %479, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %87, align 32
  %504 = add i64 %243, 28
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat27 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %92, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %475, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %92, align 32
  %510 = load <8 x float>, <8 x float>* %86, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %479, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %86, align 32
  %512 = add i64 %243, 36
  %513 = getelementptr inbounds float, float* %2, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat28 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %91, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %475, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %91, align 32
  %518 = load <8 x float>, <8 x float>* %85, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %479, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %85, align 32
  %520 = add i64 %243, 44
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat29 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %90, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %475, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %90, align 32
  %526 = load <8 x float>, <8 x float>* %84, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %479, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %84, align 32
  %528 = add i64 %247, 40
  %529 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %247, 2344
  %533 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = add i64 %243, 5
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat30 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %95, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %531, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %95, align 32
  %542 = load <8 x float>, <8 x float>* %89, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %535, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %89, align 32
  %544 = add i64 %243, 13
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat31 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %94, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %531, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %94, align 32
  %550 = load <8 x float>, <8 x float>* %88, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %535, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %88, align 32
  %552 = add i64 %243, 21
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = load float, float* %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %splat32 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, <8 x float>* %93, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %531, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %93, align 32
  %558 = load <8 x float>, <8 x float>* %87, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %535, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %87, align 32
  %560 = add i64 %243, 29
  %561 = getelementptr inbounds float, float* %2, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat33 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %92, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %531, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %92, align 32
  %566 = load <8 x float>, <8 x float>* %86, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %535, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %86, align 32
  %568 = add i64 %243, 37
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat34 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %91, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %531, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %91, align 32
  %574 = load <8 x float>, <8 x float>* %85, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %535, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %85, align 32
  %576 = add i64 %243, 45
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat35 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %90, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %531, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %90, align 32
  %582 = load <8 x float>, <8 x float>* %84, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %535, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %84, align 32
  %584 = add i64 %247, 48
  %585 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %247, 2352
  %589 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = add i64 %243, 6
  %593 = getelementptr inbounds float, float* %2, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat36 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %95, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %587, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %95, align 32
  %598 = load <8 x float>, <8 x float>* %89, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %591, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %89, align 32
  %600 = add i64 %243, 14
  %601 = getelementptr inbounds float, float* %2, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat37 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %94, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %587, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %94, align 32
  %606 = load <8 x float>, <8 x float>* %88, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %591, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %88, align 32
  %608 = add i64 %243, 22
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat38 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %93, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %587, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %93, align 32
  %614 = load <8 x float>, <8 x float>* %87, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %591, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %87, align 32
  %616 = add i64 %243, 30
  %617 = getelementptr inbounds float, float* %2, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat39 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %92, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %587, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %92, align 32
  %622 = load <8 x float>, <8 x float>* %86, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %591, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %86, align 32
  %624 = add i64 %243, 38
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat40 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %91, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %587, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %91, align 32
  %630 = load <8 x float>, <8 x float>* %85, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %591, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %85, align 32
  %632 = add i64 %243, 46
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat41 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %90, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %587, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %90, align 32
  %638 = load <8 x float>, <8 x float>* %84, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %591, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %84, align 32
  %640 = add i64 %247, 56
  %641 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = add i64 %247, 2360
  %645 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %644
  %646 = bitcast float* %645 to <8 x float>*
  %647 = load <8 x float>, <8 x float>* %646, align 4
  %648 = add i64 %243, 7
  %649 = getelementptr inbounds float, float* %2, i64 %648
  %650 = load float, float* %649, align 4
  %651 = insertelement <8 x float> undef, float %650, i32 0
  %splat42 = shufflevector <8 x float> %651, <8 x float> undef, <8 x i32> zeroinitializer
  %652 = load <8 x float>, <8 x float>* %95, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %643, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %95, align 32
  %654 = load <8 x float>, <8 x float>* %89, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %647, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %89, align 32
  %656 = add i64 %243, 15
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat43 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %94, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %643, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %94, align 32
  %662 = load <8 x float>, <8 x float>* %88, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %647, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %88, align 32
  %664 = add i64 %243, 23
  %665 = getelementptr inbounds float, float* %2, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat44 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %93, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %643, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %93, align 32
  %670 = load <8 x float>, <8 x float>* %87, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %647, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %87, align 32
  %672 = add i64 %243, 31
  %673 = getelementptr inbounds float, float* %2, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat45 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %92, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %643, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %92, align 32
  %678 = load <8 x float>, <8 x float>* %86, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %647, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %86, align 32
  %680 = add i64 %243, 39
  %681 = getelementptr inbounds float, float* %2, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat46 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %91, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %643, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %91, align 32
  %686 = load <8 x float>, <8 x float>* %85, align 32
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %647, <8 x float> %686)
  store <8 x float> %687, <8 x float>* %85, align 32
  %688 = add i64 %243, 47
  %689 = getelementptr inbounds float, float* %2, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat47 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %90, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %643, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %90, align 32
  %694 = load <8 x float>, <8 x float>* %84, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %647, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %84, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %696 = icmp slt i64 %u51, 4
  br i1 %696, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %697 = mul i64 %u51, 2312
  %698 = add i64 %237, %697
  %699 = mul i64 %u51, 576
  %700 = add i64 %111, %699
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %701 = mul i64 %103, 8
  %702 = add i64 %701, %106
  %703 = add i64 %702, 0
  %704 = mul i64 %703, 15
  %705 = add i64 %704, %100
  %706 = mul i64 %705, 15
  %707 = add i64 %706, 6
  %708 = mul i64 %707, 8
  %709 = load <8 x float>, <8 x float>* %83, align 32
  %710 = fcmp ogt <8 x float> %709, zeroinitializer
  %711 = select <8 x i1> %710, <8 x float> %709, <8 x float> zeroinitializer
  %712 = getelementptr inbounds float, float* %0, i64 %708
  %713 = bitcast float* %712 to <8 x float>*
  store <8 x float> %711, <8 x float>* %713, align 4
  %714 = add i64 %706, 7
  %715 = mul i64 %714, 8
  %716 = load <8 x float>, <8 x float>* %82, align 32
  %717 = fcmp ogt <8 x float> %716, zeroinitializer
  %718 = select <8 x i1> %717, <8 x float> %716, <8 x float> zeroinitializer
  %719 = getelementptr inbounds float, float* %0, i64 %715
  %720 = bitcast float* %719 to <8 x float>*
  store <8 x float> %718, <8 x float>* %720, align 4
  %721 = add i64 %706, 8
  %722 = mul i64 %721, 8
  %723 = load <8 x float>, <8 x float>* %81, align 32
  %724 = fcmp ogt <8 x float> %723, zeroinitializer
  %725 = select <8 x i1> %724, <8 x float> %723, <8 x float> zeroinitializer
  %726 = getelementptr inbounds float, float* %0, i64 %722
  %727 = bitcast float* %726 to <8 x float>*
  store <8 x float> %725, <8 x float>* %727, align 4
  %728 = add i64 %706, 9
  %729 = mul i64 %728, 8
  %730 = load <8 x float>, <8 x float>* %80, align 32
  %731 = fcmp ogt <8 x float> %730, zeroinitializer
  %732 = select <8 x i1> %731, <8 x float> %730, <8 x float> zeroinitializer
  %733 = getelementptr inbounds float, float* %0, i64 %729
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %732, <8 x float>* %734, align 4
  %735 = add i64 %706, 10
  %736 = mul i64 %735, 8
  %737 = load <8 x float>, <8 x float>* %79, align 32
  %738 = fcmp ogt <8 x float> %737, zeroinitializer
  %739 = select <8 x i1> %738, <8 x float> %737, <8 x float> zeroinitializer
  %740 = getelementptr inbounds float, float* %0, i64 %736
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = add i64 %706, 11
  %743 = mul i64 %742, 8
  %744 = load <8 x float>, <8 x float>* %78, align 32
  %745 = fcmp ogt <8 x float> %744, zeroinitializer
  %746 = select <8 x i1> %745, <8 x float> %744, <8 x float> zeroinitializer
  %747 = getelementptr inbounds float, float* %0, i64 %743
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %746, <8 x float>* %748, align 4
  %749 = mul i64 %103, 8
  %750 = add i64 %749, %106
  %751 = add i64 %750, 1
  %752 = mul i64 %751, 15
  %753 = add i64 %752, %100
  %754 = mul i64 %753, 15
  %755 = add i64 %754, 6
  %756 = mul i64 %755, 8
  %757 = load <8 x float>, <8 x float>* %77, align 32
  %758 = fcmp ogt <8 x float> %757, zeroinitializer
  %759 = select <8 x i1> %758, <8 x float> %757, <8 x float> zeroinitializer
  %760 = getelementptr inbounds float, float* %0, i64 %756
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %759, <8 x float>* %761, align 4
  %762 = add i64 %754, 7
  %763 = mul i64 %762, 8
  %764 = load <8 x float>, <8 x float>* %76, align 32
  %765 = fcmp ogt <8 x float> %764, zeroinitializer
  %766 = select <8 x i1> %765, <8 x float> %764, <8 x float> zeroinitializer
  %767 = getelementptr inbounds float, float* %0, i64 %763
  %768 = bitcast float* %767 to <8 x float>*
  store <8 x float> %766, <8 x float>* %768, align 4
  %769 = add i64 %754, 8
  %770 = mul i64 %769, 8
  %771 = load <8 x float>, <8 x float>* %75, align 32
  %772 = fcmp ogt <8 x float> %771, zeroinitializer
  %773 = select <8 x i1> %772, <8 x float> %771, <8 x float> zeroinitializer
  %774 = getelementptr inbounds float, float* %0, i64 %770
  %775 = bitcast float* %774 to <8 x float>*
  store <8 x float> %773, <8 x float>* %775, align 4
  %776 = add i64 %754, 9
  %777 = mul i64 %776, 8
  %778 = load <8 x float>, <8 x float>* %74, align 32
  %779 = fcmp ogt <8 x float> %778, zeroinitializer
  %780 = select <8 x i1> %779, <8 x float> %778, <8 x float> zeroinitializer
  %781 = getelementptr inbounds float, float* %0, i64 %777
  %782 = bitcast float* %781 to <8 x float>*
  store <8 x float> %780, <8 x float>* %782, align 4
  %783 = add i64 %754, 10
  %784 = mul i64 %783, 8
  %785 = load <8 x float>, <8 x float>* %73, align 32
  %786 = fcmp ogt <8 x float> %785, zeroinitializer
  %787 = select <8 x i1> %786, <8 x float> %785, <8 x float> zeroinitializer
  %788 = getelementptr inbounds float, float* %0, i64 %784
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %787, <8 x float>* %789, align 4
  %790 = add i64 %754, 11
  %791 = mul i64 %790, 8
  %792 = load <8 x float>, <8 x float>* %72, align 32
  %793 = fcmp ogt <8 x float> %792, zeroinitializer
  %794 = select <8 x i1> %793, <8 x float> %792, <8 x float> zeroinitializer
  %795 = getelementptr inbounds float, float* %0, i64 %791
  %796 = bitcast float* %795 to <8 x float>*
  store <8 x float> %794, <8 x float>* %796, align 4
  %797 = add i64 %106, 0
  %798 = mul i64 %797, 8
  %799 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %798
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  store <8 x float> %801, <8 x float>* %71, align 32
  store <8 x float> %801, <8 x float>* %70, align 32
  store <8 x float> %801, <8 x float>* %69, align 32
  store <8 x float> %801, <8 x float>* %68, align 32
  store <8 x float> %801, <8 x float>* %67, align 32
  store <8 x float> %801, <8 x float>* %66, align 32
  %802 = add i64 %106, 1
  %803 = mul i64 %802, 8
  %804 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  store <8 x float> %806, <8 x float>* %65, align 32
  store <8 x float> %806, <8 x float>* %64, align 32
  store <8 x float> %806, <8 x float>* %63, align 32
  store <8 x float> %806, <8 x float>* %62, align 32
  store <8 x float> %806, <8 x float>* %61, align 32
  store <8 x float> %806, <8 x float>* %60, align 32
  %807 = add i64 %112, 0
  %808 = add i64 %110, %807
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %809 = icmp slt i64 %kh55, 3
  br i1 %809, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %810 = mul i64 %kh55, 136
  %811 = add i64 %698, %810
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %812 = icmp slt i64 %kw59, 3
  br i1 %812, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %813 = mul i64 %kw59, 8
  %814 = add i64 %811, %813
  %815 = mul i64 %kh55, 3
  %816 = add i64 %815, %kw59
  %817 = mul i64 %816, 64
  %818 = add i64 %700, %817
  %819 = add i64 %818, 0
  %820 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %819
  %821 = bitcast float* %820 to <8 x float>*
  %822 = load <8 x float>, <8 x float>* %821, align 4
  %823 = add i64 %818, 2304
  %824 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %823
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  %827 = add i64 %814, 48
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat60 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %83, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %822, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %83, align 32
  %833 = load <8 x float>, <8 x float>* %77, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %826, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %77, align 32
  %835 = add i64 %814, 56
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat61 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %82, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %822, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %82, align 32
  %841 = load <8 x float>, <8 x float>* %76, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %826, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %76, align 32
  %843 = add i64 %814, 64
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat62 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %81, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %822, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %81, align 32
  %849 = load <8 x float>, <8 x float>* %75, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %826, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %75, align 32
  %851 = add i64 %814, 72
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat63 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %80, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %822, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %80, align 32
  %857 = load <8 x float>, <8 x float>* %74, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %826, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %74, align 32
  %859 = add i64 %814, 80
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat64 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %79, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %822, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %79, align 32
  %865 = load <8 x float>, <8 x float>* %73, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %826, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %73, align 32
  %867 = add i64 %814, 88
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat65 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %78, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %822, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %78, align 32
  %873 = load <8 x float>, <8 x float>* %72, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %826, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %72, align 32
  %875 = add i64 %818, 8
  %876 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %818, 2312
  %880 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = add i64 %814, 49
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat66 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %83, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %878, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %83, align 32
  %889 = load <8 x float>, <8 x float>* %77, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %882, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %77, align 32
  %891 = add i64 %814, 57
  %892 = getelementptr inbounds float, float* %2, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat67 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %82, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %878, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %82, align 32
  %897 = load <8 x float>, <8 x float>* %76, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %882, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %76, align 32
  %899 = add i64 %814, 65
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat68 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %81, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %878, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %81, align 32
  %905 = load <8 x float>, <8 x float>* %75, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %882, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %75, align 32
  %907 = add i64 %814, 73
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat69 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %80, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %878, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %80, align 32
  %913 = load <8 x float>, <8 x float>* %74, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %882, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %74, align 32
  %915 = add i64 %814, 81
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat70 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %79, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %878, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %79, align 32
  %921 = load <8 x float>, <8 x float>* %73, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %882, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %73, align 32
  %923 = add i64 %814, 89
  %924 = getelementptr inbounds float, float* %2, i64 %923
  %925 = load float, float* %924, align 4
  %926 = insertelement <8 x float> undef, float %925, i32 0
  %splat71 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
  %927 = load <8 x float>, <8 x float>* %78, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %878, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %78, align 32
  %929 = load <8 x float>, <8 x float>* %72, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %882, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %72, align 32
  %931 = add i64 %818, 16
  %932 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = add i64 %818, 2320
  %936 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = add i64 %814, 50
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat72 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %83, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %934, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %83, align 32
  %945 = load <8 x float>, <8 x float>* %77, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %938, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %77, align 32
  %947 = add i64 %814, 58
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat73 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %82, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %934, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %82, align 32
  %953 = load <8 x float>, <8 x float>* %76, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %938, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %76, align 32
  %955 = add i64 %814, 66
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat74 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %81, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %934, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %81, align 32
  %961 = load <8 x float>, <8 x float>* %75, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %938, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %75, align 32
  %963 = add i64 %814, 74
  %964 = getelementptr inbounds float, float* %2, i64 %963
  %965 = load float, float* %964, align 4
  %966 = insertelement <8 x float> undef, float %965, i32 0
  %splat75 = shufflevector <8 x float> %966, <8 x float> undef, <8 x i32> zeroinitializer
  %967 = load <8 x float>, <8 x float>* %80, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %934, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %80, align 32
  %969 = load <8 x float>, <8 x float>* %74, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %938, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %74, align 32
  %971 = add i64 %814, 82
  %972 = getelementptr inbounds float, float* %2, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat76 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %79, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %934, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %79, align 32
  %977 = load <8 x float>, <8 x float>* %73, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %938, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %73, align 32
  %979 = add i64 %814, 90
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat77 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %78, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %934, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %78, align 32
  %985 = load <8 x float>, <8 x float>* %72, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %938, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %72, align 32
  %987 = add i64 %818, 24
  %988 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = add i64 %818, 2328
  %992 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = add i64 %814, 51
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat78 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %83, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %990, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %83, align 32
  %1001 = load <8 x float>, <8 x float>* %77, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %994, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %77, align 32
  %1003 = add i64 %814, 59
  %1004 = getelementptr inbounds float, float* %2, i64 %1003
  %1005 = load float, float* %1004, align 4
  %1006 = insertelement <8 x float> undef, float %1005, i32 0
  %splat79 = shufflevector <8 x float> %1006, <8 x float> undef, <8 x i32> zeroinitializer
  %1007 = load <8 x float>, <8 x float>* %82, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %990, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %82, align 32
  %1009 = load <8 x float>, <8 x float>* %76, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %994, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %76, align 32
  %1011 = add i64 %814, 67
  %1012 = getelementptr inbounds float, float* %2, i64 %1011
  %1013 = load float, float* %1012, align 4
  %1014 = insertelement <8 x float> undef, float %1013, i32 0
  %splat80 = shufflevector <8 x float> %1014, <8 x float> undef, <8 x i32> zeroinitializer
  %1015 = load <8 x float>, <8 x float>* %81, align 32
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %990, <8 x float> %1015)
  store <8 x float> %1016, <8 x float>* %81, align 32
  %1017 = load <8 x float>, <8 x float>* %75, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %994, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %75, align 32
  %1019 = add i64 %814, 75
  %1020 = getelementptr inbounds float, float* %2, i64 %1019
  %1021 = load float, float* %1020, align 4
  %1022 = insertelement <8 x float> undef, float %1021, i32 0
  %splat81 = shufflevector <8 x float> %1022, <8 x float> undef, <8 x i32> zeroinitializer
  %1023 = load <8 x float>, <8 x float>* %80, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %990, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %80, align 32
  %1025 = load <8 x float>, <8 x float>* %74, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %994, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %74, align 32
  %1027 = add i64 %814, 83
  %1028 = getelementptr inbounds float, float* %2, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat82 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %79, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %990, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %79, align 32
  %1033 = load <8 x float>, <8 x float>* %73, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %994, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %73, align 32
  %1035 = add i64 %814, 91
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = load float, float* %1036, align 4
  %1038 = insertelement <8 x float> undef, float %1037, i32 0
  %splat83 = shufflevector <8 x float> %1038, <8 x float> undef, <8 x i32> zeroinitializer
  %1039 = load <8 x float>, <8 x float>* %78, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %990, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %78, align 32
  %1041 = load <8 x float>, <8 x float>* %72, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %994, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %72, align 32
  %1043 = add i64 %818, 32
  %1044 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1043
  %1045 = bitcast float* %1044 to <8 x float>*
  %1046 = load <8 x float>, <8 x float>* %1045, align 4
  %1047 = add i64 %818, 2336
  %1048 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1047
  %1049 = bitcast float* %1048 to <8 x float>*
  %1050 = load <8 x float>, <8 x float>* %1049, align 4
  %1051 = add i64 %814, 52
  %1052 = getelementptr inbounds float, float* %2, i64 %1051
  %1053 = load float, float* %1052, align 4
  %1054 = insertelement <8 x float> undef, float %1053, i32 0
  %splat84 = shufflevector <8 x float> %1054, <8 x float> undef, <8 x i32> zeroinitializer
  %1055 = load <8 x float>, <8 x float>* %83, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1046, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %83, align 32
  %1057 = load <8 x float>, <8 x float>* %77, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1050, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %77, align 32
  %1059 = add i64 %814, 60
  %1060 = getelementptr inbounds float, float* %2, i64 %1059
  %1061 = load float, float* %1060, align 4
  %1062 = insertelement <8 x float> undef, float %1061, i32 0
  %splat85 = shufflevector <8 x float> %1062, <8 x float> undef, <8 x i32> zeroinitializer
  %1063 = load <8 x float>, <8 x float>* %82, align 32
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1046, <8 x float> %1063)
  store <8 x float> %1064, <8 x float>* %82, align 32
  %1065 = load <8 x float>, <8 x float>* %76, align 32
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1050, <8 x float> %1065)
  store <8 x float> %1066, <8 x float>* %76, align 32
  %1067 = add i64 %814, 68
  %1068 = getelementptr inbounds float, float* %2, i64 %1067
  %1069 = load float, float* %1068, align 4
  %1070 = insertelement <8 x float> undef, float %1069, i32 0
  %splat86 = shufflevector <8 x float> %1070, <8 x float> undef, <8 x i32> zeroinitializer
  %1071 = load <8 x float>, <8 x float>* %81, align 32
  %1072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1046, <8 x float> %1071)
  store <8 x float> %1072, <8 x float>* %81, align 32
  %1073 = load <8 x float>, <8 x float>* %75, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1050, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %75, align 32
  %1075 = add i64 %814, 76
  %1076 = getelementptr inbounds float, float* %2, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat87 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %80, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1046, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %80, align 32
  %1081 = load <8 x float>, <8 x float>* %74, align 32
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1050, <8 x float> %1081)
  store <8 x float> %1082, <8 x float>* %74, align 32
  %1083 = add i64 %814, 84
  %1084 = getelementptr inbounds float, float* %2, i64 %1083
  %1085 = load float, float* %1084, align 4
  %1086 = insertelement <8 x float> undef, float %1085, i32 0
  %splat88 = shufflevector <8 x float> %1086, <8 x float> undef, <8 x i32> zeroinitializer
  %1087 = load <8 x float>, <8 x float>* %79, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1046, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %79, align 32
  %1089 = load <8 x float>, <8 x float>* %73, align 32
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1050, <8 x float> %1089)
  store <8 x float> %1090, <8 x float>* %73, align 32
  %1091 = add i64 %814, 92
  %1092 = getelementptr inbounds float, float* %2, i64 %1091
  %1093 = load float, float* %1092, align 4
  %1094 = insertelement <8 x float> undef, float %1093, i32 0
  %splat89 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1095 = load <8 x float>, <8 x float>* %78, align 32
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1046, <8 x float> %1095)
  store <8 x float> %1096, <8 x float>* %78, align 32
  %1097 = load <8 x float>, <8 x float>* %72, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1050, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %72, align 32
  %1099 = add i64 %818, 40
  %1100 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1099
  %1101 = bitcast float* %1100 to <8 x float>*
  %1102 = load <8 x float>, <8 x float>* %1101, align 4
  %1103 = add i64 %818, 2344
  %1104 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1103
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = add i64 %814, 53
  %1108 = getelementptr inbounds float, float* %2, i64 %1107
  %1109 = load float, float* %1108, align 4
  %1110 = insertelement <8 x float> undef, float %1109, i32 0
  %splat90 = shufflevector <8 x float> %1110, <8 x float> undef, <8 x i32> zeroinitializer
  %1111 = load <8 x float>, <8 x float>* %83, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1102, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %83, align 32
  %1113 = load <8 x float>, <8 x float>* %77, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1106, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %77, align 32
  %1115 = add i64 %814, 61
  %1116 = getelementptr inbounds float, float* %2, i64 %1115
  %1117 = load float, float* %1116, align 4
  %1118 = insertelement <8 x float> undef, float %1117, i32 0
  %splat91 = shufflevector <8 x float> %1118, <8 x float> undef, <8 x i32> zeroinitializer
  %1119 = load <8 x float>, <8 x float>* %82, align 32
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1102, <8 x float> %1119)
  store <8 x float> %1120, <8 x float>* %82, align 32
  %1121 = load <8 x float>, <8 x float>* %76, align 32
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1106, <8 x float> %1121)
  store <8 x float> %1122, <8 x float>* %76, align 32
  %1123 = add i64 %814, 69
  %1124 = getelementptr inbounds float, float* %2, i64 %1123
  %1125 = load float, float* %1124, align 4
  %1126 = insertelement <8 x float> undef, float %1125, i32 0
  %splat92 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
  %1127 = load <8 x float>, <8 x float>* %81, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1102, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %81, align 32
  %1129 = load <8 x float>, <8 x float>* %75, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1106, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %75, align 32
  %1131 = add i64 %814, 77
  %1132 = getelementptr inbounds float, float* %2, i64 %1131
  %1133 = load float, float* %1132, align 4
  %1134 = insertelement <8 x float> undef, float %1133, i32 0
  %splat93 = shufflevector <8 x float> %1134, <8 x float> undef, <8 x i32> zeroinitializer
  %1135 = load <8 x float>, <8 x float>* %80, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1102, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %80, align 32
  %1137 = load <8 x float>, <8 x float>* %74, align 32
  %1138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1106, <8 x float> %1137)
  store <8 x float> %1138, <8 x float>* %74, align 32
  %1139 = add i64 %814, 85
  %1140 = getelementptr inbounds float, float* %2, i64 %1139
  %1141 = load float, float* %1140, align 4
  %1142 = insertelement <8 x float> undef, float %1141, i32 0
  %splat94 = shufflevector <8 x float> %1142, <8 x float> undef, <8 x i32> zeroinitializer
  %1143 = load <8 x float>, <8 x float>* %79, align 32
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1102, <8 x float> %1143)
  store <8 x float> %1144, <8 x float>* %79, align 32
  %1145 = load <8 x float>, <8 x float>* %73, align 32
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1106, <8 x float> %1145)
  store <8 x float> %1146, <8 x float>* %73, align 32
  %1147 = add i64 %814, 93
  %1148 = getelementptr inbounds float, float* %2, i64 %1147
  %1149 = load float, float* %1148, align 4
  %1150 = insertelement <8 x float> undef, float %1149, i32 0
  %splat95 = shufflevector <8 x float> %1150, <8 x float> undef, <8 x i32> zeroinitializer
  %1151 = load <8 x float>, <8 x float>* %78, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1102, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %78, align 32
  %1153 = load <8 x float>, <8 x float>* %72, align 32
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1106, <8 x float> %1153)
  store <8 x float> %1154, <8 x float>* %72, align 32
  %1155 = add i64 %818, 48
  %1156 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1155
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = add i64 %818, 2352
  %1160 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1159
  %1161 = bitcast float* %1160 to <8 x float>*
  %1162 = load <8 x float>, <8 x float>* %1161, align 4
  %1163 = add i64 %814, 54
  %1164 = getelementptr inbounds float, float* %2, i64 %1163
  %1165 = load float, float* %1164, align 4
  %1166 = insertelement <8 x float> undef, float %1165, i32 0
  %splat96 = shufflevector <8 x float> %1166, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, <8 x float>* %83, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1158, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %83, align 32
  %1169 = load <8 x float>, <8 x float>* %77, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1162, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %77, align 32
  %1171 = add i64 %814, 62
  %1172 = getelementptr inbounds float, float* %2, i64 %1171
  %1173 = load float, float* %1172, align 4
  %1174 = insertelement <8 x float> undef, float %1173, i32 0
  %splat97 = shufflevector <8 x float> %1174, <8 x float> undef, <8 x i32> zeroinitializer
  %1175 = load <8 x float>, <8 x float>* %82, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1158, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %82, align 32
  %1177 = load <8 x float>, <8 x float>* %76, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1162, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %76, align 32
  %1179 = add i64 %814, 70
  %1180 = getelementptr inbounds float, float* %2, i64 %1179
  %1181 = load float, float* %1180, align 4
  %1182 = insertelement <8 x float> undef, float %1181, i32 0
  %splat98 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
  %1183 = load <8 x float>, <8 x float>* %81, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1158, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %81, align 32
  %1185 = load <8 x float>, <8 x float>* %75, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1162, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %75, align 32
  %1187 = add i64 %814, 78
  %1188 = getelementptr inbounds float, float* %2, i64 %1187
  %1189 = load float, float* %1188, align 4
  %1190 = insertelement <8 x float> undef, float %1189, i32 0
  %splat99 = shufflevector <8 x float> %1190, <8 x float> undef, <8 x i32> zeroinitializer
  %1191 = load <8 x float>, <8 x float>* %80, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1158, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %80, align 32
  %1193 = load <8 x float>, <8 x float>* %74, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1162, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %74, align 32
  %1195 = add i64 %814, 86
  %1196 = getelementptr inbounds float, float* %2, i64 %1195
  %1197 = load float, float* %1196, align 4
  %1198 = insertelement <8 x float> undef, float %1197, i32 0
  %splat100 = shufflevector <8 x float> %1198, <8 x float> undef, <8 x i32> zeroinitializer
  %1199 = load <8 x float>, <8 x float>* %79, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1158, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %79, align 32
  %1201 = load <8 x float>, <8 x float>* %73, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1162, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %73, align 32
  %1203 = add i64 %814, 94
  %1204 = getelementptr inbounds float, float* %2, i64 %1203
  %1205 = load float, float* %1204, align 4
  %1206 = insertelement <8 x float> undef, float %1205, i32 0
  %splat101 = shufflevector <8 x float> %1206, <8 x float> undef, <8 x i32> zeroinitializer
  %1207 = load <8 x float>, <8 x float>* %78, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1158, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %78, align 32
  %1209 = load <8 x float>, <8 x float>* %72, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1162, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %72, align 32
  %1211 = add i64 %818, 56
  %1212 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1211
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = add i64 %818, 2360
  %1216 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1215
  %1217 = bitcast float* %1216 to <8 x float>*
  %1218 = load <8 x float>, <8 x float>* %1217, align 4
  %1219 = add i64 %814, 55
  %1220 = getelementptr inbounds float, float* %2, i64 %1219
  %1221 = load float, float* %1220, align 4
  %1222 = insertelement <8 x float> undef, float %1221, i32 0
  %splat102 = shufflevector <8 x float> %1222, <8 x float> undef, <8 x i32> zeroinitializer
  %1223 = load <8 x float>, <8 x float>* %83, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1214, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %83, align 32
  %1225 = load <8 x float>, <8 x float>* %77, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1218, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %77, align 32
  %1227 = add i64 %814, 63
  %1228 = getelementptr inbounds float, float* %2, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat103 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %82, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1214, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %82, align 32
  %1233 = load <8 x float>, <8 x float>* %76, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1218, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %76, align 32
  %1235 = add i64 %814, 71
  %1236 = getelementptr inbounds float, float* %2, i64 %1235
  %1237 = load float, float* %1236, align 4
  %1238 = insertelement <8 x float> undef, float %1237, i32 0
  %splat104 = shufflevector <8 x float> %1238, <8 x float> undef, <8 x i32> zeroinitializer
  %1239 = load <8 x float>, <8 x float>* %81, align 32
  %1240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1214, <8 x float> %1239)
  store <8 x float> %1240, <8 x float>* %81, align 32
  %1241 = load <8 x float>, <8 x float>* %75, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1218, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %75, align 32
  %1243 = add i64 %814, 79
  %1244 = getelementptr inbounds float, float* %2, i64 %1243
  %1245 = load float, float* %1244, align 4
  %1246 = insertelement <8 x float> undef, float %1245, i32 0
  %splat105 = shufflevector <8 x float> %1246, <8 x float> undef, <8 x i32> zeroinitializer
  %1247 = load <8 x float>, <8 x float>* %80, align 32
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1214, <8 x float> %1247)
  store <8 x float> %1248, <8 x float>* %80, align 32
  %1249 = load <8 x float>, <8 x float>* %74, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1218, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %74, align 32
  %1251 = add i64 %814, 87
  %1252 = getelementptr inbounds float, float* %2, i64 %1251
  %1253 = load float, float* %1252, align 4
  %1254 = insertelement <8 x float> undef, float %1253, i32 0
  %splat106 = shufflevector <8 x float> %1254, <8 x float> undef, <8 x i32> zeroinitializer
  %1255 = load <8 x float>, <8 x float>* %79, align 32
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1214, <8 x float> %1255)
  store <8 x float> %1256, <8 x float>* %79, align 32
  %1257 = load <8 x float>, <8 x float>* %73, align 32
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1218, <8 x float> %1257)
  store <8 x float> %1258, <8 x float>* %73, align 32
  %1259 = add i64 %814, 95
  %1260 = getelementptr inbounds float, float* %2, i64 %1259
  %1261 = load float, float* %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %splat107 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1263 = load <8 x float>, <8 x float>* %78, align 32
  %1264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1214, <8 x float> %1263)
  store <8 x float> %1264, <8 x float>* %78, align 32
  %1265 = load <8 x float>, <8 x float>* %72, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1218, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %72, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next173, %kh.exit117 ]
  %1267 = icmp slt i64 %u114, 4
  br i1 %1267, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1268 = mul i64 %u114, 2312
  %1269 = add i64 %808, %1268
  %1270 = mul i64 %u114, 576
  %1271 = add i64 %111, %1270
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1272 = mul i64 %103, 8
  %1273 = add i64 %1272, %106
  %1274 = add i64 %1273, 0
  %1275 = mul i64 %1274, 15
  %1276 = add i64 %1275, %100
  %1277 = mul i64 %1276, 15
  %1278 = add i64 %1277, 12
  %1279 = mul i64 %1278, 8
  %1280 = load <8 x float>, <8 x float>* %71, align 32
  %1281 = fcmp ogt <8 x float> %1280, zeroinitializer
  %1282 = select <8 x i1> %1281, <8 x float> %1280, <8 x float> zeroinitializer
  %1283 = getelementptr inbounds float, float* %0, i64 %1279
  %1284 = bitcast float* %1283 to <8 x float>*
  store <8 x float> %1282, <8 x float>* %1284, align 4
  %1285 = add i64 %1277, 13
  %1286 = mul i64 %1285, 8
  %1287 = load <8 x float>, <8 x float>* %70, align 32
  %1288 = fcmp ogt <8 x float> %1287, zeroinitializer
  %1289 = select <8 x i1> %1288, <8 x float> %1287, <8 x float> zeroinitializer
  %1290 = getelementptr inbounds float, float* %0, i64 %1286
  %1291 = bitcast float* %1290 to <8 x float>*
  store <8 x float> %1289, <8 x float>* %1291, align 4
  %1292 = add i64 %1277, 14
  %1293 = mul i64 %1292, 8
  %1294 = load <8 x float>, <8 x float>* %69, align 32
  %1295 = fcmp ogt <8 x float> %1294, zeroinitializer
  %1296 = select <8 x i1> %1295, <8 x float> %1294, <8 x float> zeroinitializer
  %1297 = getelementptr inbounds float, float* %0, i64 %1293
  %1298 = bitcast float* %1297 to <8 x float>*
  store <8 x float> %1296, <8 x float>* %1298, align 4
  %1299 = add i64 %1277, 15
  %1300 = mul i64 %1299, 8
  %1301 = load <8 x float>, <8 x float>* %68, align 32
  %1302 = fcmp ogt <8 x float> %1301, zeroinitializer
  %1303 = select <8 x i1> %1302, <8 x float> %1301, <8 x float> zeroinitializer
  %1304 = getelementptr inbounds float, float* %0, i64 %1300
  %1305 = bitcast float* %1304 to <8 x float>*
  store <8 x float> %1303, <8 x float>* %1305, align 4
  %1306 = add i64 %1277, 16
  %1307 = mul i64 %1306, 8
  %1308 = load <8 x float>, <8 x float>* %67, align 32
  %1309 = fcmp ogt <8 x float> %1308, zeroinitializer
  %1310 = select <8 x i1> %1309, <8 x float> %1308, <8 x float> zeroinitializer
  %1311 = getelementptr inbounds float, float* %0, i64 %1307
  %1312 = bitcast float* %1311 to <8 x float>*
  store <8 x float> %1310, <8 x float>* %1312, align 4
  %1313 = add i64 %1277, 17
  %1314 = mul i64 %1313, 8
  %1315 = load <8 x float>, <8 x float>* %66, align 32
  %1316 = fcmp ogt <8 x float> %1315, zeroinitializer
  %1317 = select <8 x i1> %1316, <8 x float> %1315, <8 x float> zeroinitializer
  %1318 = getelementptr inbounds float, float* %0, i64 %1314
  %1319 = bitcast float* %1318 to <8 x float>*
  store <8 x float> %1317, <8 x float>* %1319, align 4
  %1320 = mul i64 %103, 8
  %1321 = add i64 %1320, %106
  %1322 = add i64 %1321, 1
  %1323 = mul i64 %1322, 15
  %1324 = add i64 %1323, %100
  %1325 = mul i64 %1324, 15
  %1326 = add i64 %1325, 12
  %1327 = mul i64 %1326, 8
  %1328 = load <8 x float>, <8 x float>* %65, align 32
  %1329 = fcmp ogt <8 x float> %1328, zeroinitializer
  %1330 = select <8 x i1> %1329, <8 x float> %1328, <8 x float> zeroinitializer
  %1331 = getelementptr inbounds float, float* %0, i64 %1327
  %1332 = bitcast float* %1331 to <8 x float>*
  store <8 x float> %1330, <8 x float>* %1332, align 4
  %1333 = add i64 %1325, 13
  %1334 = mul i64 %1333, 8
  %1335 = load <8 x float>, <8 x float>* %64, align 32
  %1336 = fcmp ogt <8 x float> %1335, zeroinitializer
  %1337 = select <8 x i1> %1336, <8 x float> %1335, <8 x float> zeroinitializer
  %1338 = getelementptr inbounds float, float* %0, i64 %1334
  %1339 = bitcast float* %1338 to <8 x float>*
  store <8 x float> %1337, <8 x float>* %1339, align 4
  %1340 = add i64 %1325, 14
  %1341 = mul i64 %1340, 8
  %1342 = load <8 x float>, <8 x float>* %63, align 32
  %1343 = fcmp ogt <8 x float> %1342, zeroinitializer
  %1344 = select <8 x i1> %1343, <8 x float> %1342, <8 x float> zeroinitializer
  %1345 = getelementptr inbounds float, float* %0, i64 %1341
  %1346 = bitcast float* %1345 to <8 x float>*
  store <8 x float> %1344, <8 x float>* %1346, align 4
  %1347 = add i64 %1325, 15
  %1348 = mul i64 %1347, 8
  %1349 = load <8 x float>, <8 x float>* %62, align 32
  %1350 = fcmp ogt <8 x float> %1349, zeroinitializer
  %1351 = select <8 x i1> %1350, <8 x float> %1349, <8 x float> zeroinitializer
  %1352 = getelementptr inbounds float, float* %0, i64 %1348
  %1353 = bitcast float* %1352 to <8 x float>*
  store <8 x float> %1351, <8 x float>* %1353, align 4
  %1354 = add i64 %1325, 16
  %1355 = mul i64 %1354, 8
  %1356 = load <8 x float>, <8 x float>* %61, align 32
  %1357 = fcmp ogt <8 x float> %1356, zeroinitializer
  %1358 = select <8 x i1> %1357, <8 x float> %1356, <8 x float> zeroinitializer
  %1359 = getelementptr inbounds float, float* %0, i64 %1355
  %1360 = bitcast float* %1359 to <8 x float>*
  store <8 x float> %1358, <8 x float>* %1360, align 4
  %1361 = add i64 %1325, 17
  %1362 = mul i64 %1361, 8
  %1363 = load <8 x float>, <8 x float>* %60, align 32
  %1364 = fcmp ogt <8 x float> %1363, zeroinitializer
  %1365 = select <8 x i1> %1364, <8 x float> %1363, <8 x float> zeroinitializer
  %1366 = getelementptr inbounds float, float* %0, i64 %1362
  %1367 = bitcast float* %1366 to <8 x float>*
  store <8 x float> %1365, <8 x float>* %1367, align 4
  %1368 = add i64 %106, 0
  %1369 = mul i64 %1368, 8
  %1370 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1369
  %1371 = bitcast float* %1370 to <8 x float>*
  %1372 = load <8 x float>, <8 x float>* %1371, align 4
  store <8 x float> %1372, <8 x float>* %59, align 32
  store <8 x float> %1372, <8 x float>* %58, align 32
  store <8 x float> %1372, <8 x float>* %57, align 32
  store <8 x float> %1372, <8 x float>* %56, align 32
  store <8 x float> %1372, <8 x float>* %55, align 32
  store <8 x float> %1372, <8 x float>* %54, align 32
  %1373 = add i64 %106, 1
  %1374 = mul i64 %1373, 8
  %1375 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1374
  %1376 = bitcast float* %1375 to <8 x float>*
  %1377 = load <8 x float>, <8 x float>* %1376, align 4
  store <8 x float> %1377, <8 x float>* %53, align 32
  store <8 x float> %1377, <8 x float>* %52, align 32
  store <8 x float> %1377, <8 x float>* %51, align 32
  store <8 x float> %1377, <8 x float>* %50, align 32
  store <8 x float> %1377, <8 x float>* %49, align 32
  store <8 x float> %1377, <8 x float>* %48, align 32
  %1378 = add i64 %112, 0
  %1379 = add i64 %110, %1378
  br label %u.header174

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next172, %kw.exit121 ]
  %1380 = icmp slt i64 %kh118, 3
  br i1 %1380, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1381 = mul i64 %kh118, 136
  %1382 = add i64 %1269, %1381
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next173 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next171, %kw.body120 ]
  %1383 = icmp slt i64 %kw122, 3
  br i1 %1383, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1384 = mul i64 %kw122, 8
  %1385 = add i64 %1382, %1384
  %1386 = mul i64 %kh118, 3
  %1387 = add i64 %1386, %kw122
  %1388 = mul i64 %1387, 64
  %1389 = add i64 %1271, %1388
  %1390 = add i64 %1389, 0
  %1391 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1390
  %1392 = bitcast float* %1391 to <8 x float>*
  %1393 = load <8 x float>, <8 x float>* %1392, align 4
  %1394 = add i64 %1389, 2304
  %1395 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1394
  %1396 = bitcast float* %1395 to <8 x float>*
  %1397 = load <8 x float>, <8 x float>* %1396, align 4
  %1398 = add i64 %1385, 96
  %1399 = getelementptr inbounds float, float* %2, i64 %1398
  %1400 = load float, float* %1399, align 4
  %1401 = insertelement <8 x float> undef, float %1400, i32 0
  %splat123 = shufflevector <8 x float> %1401, <8 x float> undef, <8 x i32> zeroinitializer
  %1402 = load <8 x float>, <8 x float>* %71, align 32
  %1403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1393, <8 x float> %1402)
  store <8 x float> %1403, <8 x float>* %71, align 32
  %1404 = load <8 x float>, <8 x float>* %65, align 32
  %1405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1397, <8 x float> %1404)
  store <8 x float> %1405, <8 x float>* %65, align 32
  %1406 = add i64 %1385, 104
  %1407 = getelementptr inbounds float, float* %2, i64 %1406
  %1408 = load float, float* %1407, align 4
  %1409 = insertelement <8 x float> undef, float %1408, i32 0
  %splat124 = shufflevector <8 x float> %1409, <8 x float> undef, <8 x i32> zeroinitializer
  %1410 = load <8 x float>, <8 x float>* %70, align 32
  %1411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1393, <8 x float> %1410)
  store <8 x float> %1411, <8 x float>* %70, align 32
  %1412 = load <8 x float>, <8 x float>* %64, align 32
  %1413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1397, <8 x float> %1412)
  store <8 x float> %1413, <8 x float>* %64, align 32
  %1414 = add i64 %1385, 112
  %1415 = getelementptr inbounds float, float* %2, i64 %1414
  %1416 = load float, float* %1415, align 4
  %1417 = insertelement <8 x float> undef, float %1416, i32 0
  %splat125 = shufflevector <8 x float> %1417, <8 x float> undef, <8 x i32> zeroinitializer
  %1418 = load <8 x float>, <8 x float>* %69, align 32
  %1419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1393, <8 x float> %1418)
  store <8 x float> %1419, <8 x float>* %69, align 32
  %1420 = load <8 x float>, <8 x float>* %63, align 32
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1397, <8 x float> %1420)
  store <8 x float> %1421, <8 x float>* %63, align 32
  %1422 = add i64 %1385, 136
  %1423 = getelementptr inbounds float, float* %2, i64 %1422
  %1424 = load float, float* %1423, align 4
  %1425 = insertelement <8 x float> undef, float %1424, i32 0
  %splat126 = shufflevector <8 x float> %1425, <8 x float> undef, <8 x i32> zeroinitializer
  %1426 = load <8 x float>, <8 x float>* %68, align 32
  %1427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1393, <8 x float> %1426)
  store <8 x float> %1427, <8 x float>* %68, align 32
  %1428 = load <8 x float>, <8 x float>* %62, align 32
  %1429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1397, <8 x float> %1428)
  store <8 x float> %1429, <8 x float>* %62, align 32
  %1430 = add i64 %1385, 144
  %1431 = getelementptr inbounds float, float* %2, i64 %1430
  %1432 = load float, float* %1431, align 4
  %1433 = insertelement <8 x float> undef, float %1432, i32 0
  %splat127 = shufflevector <8 x float> %1433, <8 x float> undef, <8 x i32> zeroinitializer
  %1434 = load <8 x float>, <8 x float>* %67, align 32
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1393, <8 x float> %1434)
  store <8 x float> %1435, <8 x float>* %67, align 32
  %1436 = load <8 x float>, <8 x float>* %61, align 32
  %1437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1397, <8 x float> %1436)
  store <8 x float> %1437, <8 x float>* %61, align 32
  %1438 = add i64 %1385, 152
  %1439 = getelementptr inbounds float, float* %2, i64 %1438
  %1440 = load float, float* %1439, align 4
  %1441 = insertelement <8 x float> undef, float %1440, i32 0
  %splat128 = shufflevector <8 x float> %1441, <8 x float> undef, <8 x i32> zeroinitializer
  %1442 = load <8 x float>, <8 x float>* %66, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1393, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %66, align 32
  %1444 = load <8 x float>, <8 x float>* %60, align 32
  %1445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1397, <8 x float> %1444)
  store <8 x float> %1445, <8 x float>* %60, align 32
  %1446 = add i64 %1389, 8
  %1447 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1446
  %1448 = bitcast float* %1447 to <8 x float>*
  %1449 = load <8 x float>, <8 x float>* %1448, align 4
  %1450 = add i64 %1389, 2312
  %1451 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1450
  %1452 = bitcast float* %1451 to <8 x float>*
  %1453 = load <8 x float>, <8 x float>* %1452, align 4
  %1454 = add i64 %1385, 97
  %1455 = getelementptr inbounds float, float* %2, i64 %1454
  %1456 = load float, float* %1455, align 4
  %1457 = insertelement <8 x float> undef, float %1456, i32 0
  %splat129 = shufflevector <8 x float> %1457, <8 x float> undef, <8 x i32> zeroinitializer
  %1458 = load <8 x float>, <8 x float>* %71, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1449, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %71, align 32
  %1460 = load <8 x float>, <8 x float>* %65, align 32
  %1461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1453, <8 x float> %1460)
  store <8 x float> %1461, <8 x float>* %65, align 32
  %1462 = add i64 %1385, 105
  %1463 = getelementptr inbounds float, float* %2, i64 %1462
  %1464 = load float, float* %1463, align 4
  %1465 = insertelement <8 x float> undef, float %1464, i32 0
  %splat130 = shufflevector <8 x float> %1465, <8 x float> undef, <8 x i32> zeroinitializer
  %1466 = load <8 x float>, <8 x float>* %70, align 32
  %1467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1449, <8 x float> %1466)
  store <8 x float> %1467, <8 x float>* %70, align 32
  %1468 = load <8 x float>, <8 x float>* %64, align 32
  %1469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1453, <8 x float> %1468)
  store <8 x float> %1469, <8 x float>* %64, align 32
  %1470 = add i64 %1385, 113
  %1471 = getelementptr inbounds float, float* %2, i64 %1470
  %1472 = load float, float* %1471, align 4
  %1473 = insertelement <8 x float> undef, float %1472, i32 0
  %splat131 = shufflevector <8 x float> %1473, <8 x float> undef, <8 x i32> zeroinitializer
  %1474 = load <8 x float>, <8 x float>* %69, align 32
  %1475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1449, <8 x float> %1474)
  store <8 x float> %1475, <8 x float>* %69, align 32
  %1476 = load <8 x float>, <8 x float>* %63, align 32
  %1477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1453, <8 x float> %1476)
  store <8 x float> %1477, <8 x float>* %63, align 32
  %1478 = add i64 %1385, 137
  %1479 = getelementptr inbounds float, float* %2, i64 %1478
  %1480 = load float, float* %1479, align 4
  %1481 = insertelement <8 x float> undef, float %1480, i32 0
  %splat132 = shufflevector <8 x float> %1481, <8 x float> undef, <8 x i32> zeroinitializer
  %1482 = load <8 x float>, <8 x float>* %68, align 32
  %1483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1449, <8 x float> %1482)
  store <8 x float> %1483, <8 x float>* %68, align 32
  %1484 = load <8 x float>, <8 x float>* %62, align 32
  %1485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1453, <8 x float> %1484)
  store <8 x float> %1485, <8 x float>* %62, align 32
  %1486 = add i64 %1385, 145
  %1487 = getelementptr inbounds float, float* %2, i64 %1486
  %1488 = load float, float* %1487, align 4
  %1489 = insertelement <8 x float> undef, float %1488, i32 0
  %splat133 = shufflevector <8 x float> %1489, <8 x float> undef, <8 x i32> zeroinitializer
  %1490 = load <8 x float>, <8 x float>* %67, align 32
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1449, <8 x float> %1490)
  store <8 x float> %1491, <8 x float>* %67, align 32
  %1492 = load <8 x float>, <8 x float>* %61, align 32
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1453, <8 x float> %1492)
  store <8 x float> %1493, <8 x float>* %61, align 32
  %1494 = add i64 %1385, 153
  %1495 = getelementptr inbounds float, float* %2, i64 %1494
  %1496 = load float, float* %1495, align 4
  %1497 = insertelement <8 x float> undef, float %1496, i32 0
  %splat134 = shufflevector <8 x float> %1497, <8 x float> undef, <8 x i32> zeroinitializer
  %1498 = load <8 x float>, <8 x float>* %66, align 32
  %1499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1449, <8 x float> %1498)
  store <8 x float> %1499, <8 x float>* %66, align 32
  %1500 = load <8 x float>, <8 x float>* %60, align 32
  %1501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1453, <8 x float> %1500)
  store <8 x float> %1501, <8 x float>* %60, align 32
  %1502 = add i64 %1389, 16
  %1503 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1502
  %1504 = bitcast float* %1503 to <8 x float>*
  %1505 = load <8 x float>, <8 x float>* %1504, align 4
  %1506 = add i64 %1389, 2320
  %1507 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1506
  %1508 = bitcast float* %1507 to <8 x float>*
  %1509 = load <8 x float>, <8 x float>* %1508, align 4
  %1510 = add i64 %1385, 98
  %1511 = getelementptr inbounds float, float* %2, i64 %1510
  %1512 = load float, float* %1511, align 4
  %1513 = insertelement <8 x float> undef, float %1512, i32 0
  %splat135 = shufflevector <8 x float> %1513, <8 x float> undef, <8 x i32> zeroinitializer
  %1514 = load <8 x float>, <8 x float>* %71, align 32
  %1515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1505, <8 x float> %1514)
  store <8 x float> %1515, <8 x float>* %71, align 32
  %1516 = load <8 x float>, <8 x float>* %65, align 32
  %1517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1509, <8 x float> %1516)
  store <8 x float> %1517, <8 x float>* %65, align 32
  %1518 = add i64 %1385, 106
  %1519 = getelementptr inbounds float, float* %2, i64 %1518
  %1520 = load float, float* %1519, align 4
  %1521 = insertelement <8 x float> undef, float %1520, i32 0
  %splat136 = shufflevector <8 x float> %1521, <8 x float> undef, <8 x i32> zeroinitializer
  %1522 = load <8 x float>, <8 x float>* %70, align 32
  %1523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1505, <8 x float> %1522)
  store <8 x float> %1523, <8 x float>* %70, align 32
  %1524 = load <8 x float>, <8 x float>* %64, align 32
  %1525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1509, <8 x float> %1524)
  store <8 x float> %1525, <8 x float>* %64, align 32
  %1526 = add i64 %1385, 114
  %1527 = getelementptr inbounds float, float* %2, i64 %1526
  %1528 = load float, float* %1527, align 4
  %1529 = insertelement <8 x float> undef, float %1528, i32 0
  %splat137 = shufflevector <8 x float> %1529, <8 x float> undef, <8 x i32> zeroinitializer
  %1530 = load <8 x float>, <8 x float>* %69, align 32
  %1531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1505, <8 x float> %1530)
  store <8 x float> %1531, <8 x float>* %69, align 32
  %1532 = load <8 x float>, <8 x float>* %63, align 32
  %1533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1509, <8 x float> %1532)
  store <8 x float> %1533, <8 x float>* %63, align 32
  %1534 = add i64 %1385, 138
  %1535 = getelementptr inbounds float, float* %2, i64 %1534
  %1536 = load float, float* %1535, align 4
  %1537 = insertelement <8 x float> undef, float %1536, i32 0
  %splat138 = shufflevector <8 x float> %1537, <8 x float> undef, <8 x i32> zeroinitializer
  %1538 = load <8 x float>, <8 x float>* %68, align 32
  %1539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1505, <8 x float> %1538)
  store <8 x float> %1539, <8 x float>* %68, align 32
  %1540 = load <8 x float>, <8 x float>* %62, align 32
  %1541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1509, <8 x float> %1540)
  store <8 x float> %1541, <8 x float>* %62, align 32
  %1542 = add i64 %1385, 146
  %1543 = getelementptr inbounds float, float* %2, i64 %1542
  %1544 = load float, float* %1543, align 4
  %1545 = insertelement <8 x float> undef, float %1544, i32 0
  %splat139 = shufflevector <8 x float> %1545, <8 x float> undef, <8 x i32> zeroinitializer
  %1546 = load <8 x float>, <8 x float>* %67, align 32
  %1547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1505, <8 x float> %1546)
  store <8 x float> %1547, <8 x float>* %67, align 32
  %1548 = load <8 x float>, <8 x float>* %61, align 32
  %1549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1509, <8 x float> %1548)
  store <8 x float> %1549, <8 x float>* %61, align 32
  %1550 = add i64 %1385, 154
  %1551 = getelementptr inbounds float, float* %2, i64 %1550
  %1552 = load float, float* %1551, align 4
  %1553 = insertelement <8 x float> undef, float %1552, i32 0
  %splat140 = shufflevector <8 x float> %1553, <8 x float> undef, <8 x i32> zeroinitializer
  %1554 = load <8 x float>, <8 x float>* %66, align 32
  %1555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1505, <8 x float> %1554)
  store <8 x float> %1555, <8 x float>* %66, align 32
  %1556 = load <8 x float>, <8 x float>* %60, align 32
  %1557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1509, <8 x float> %1556)
  store <8 x float> %1557, <8 x float>* %60, align 32
  %1558 = add i64 %1389, 24
  %1559 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1558
  %1560 = bitcast float* %1559 to <8 x float>*
  %1561 = load <8 x float>, <8 x float>* %1560, align 4
  %1562 = add i64 %1389, 2328
  %1563 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1562
  %1564 = bitcast float* %1563 to <8 x float>*
  %1565 = load <8 x float>, <8 x float>* %1564, align 4
  %1566 = add i64 %1385, 99
  %1567 = getelementptr inbounds float, float* %2, i64 %1566
  %1568 = load float, float* %1567, align 4
  %1569 = insertelement <8 x float> undef, float %1568, i32 0
  %splat141 = shufflevector <8 x float> %1569, <8 x float> undef, <8 x i32> zeroinitializer
  %1570 = load <8 x float>, <8 x float>* %71, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1561, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %71, align 32
  %1572 = load <8 x float>, <8 x float>* %65, align 32
  %1573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1565, <8 x float> %1572)
  store <8 x float> %1573, <8 x float>* %65, align 32
  %1574 = add i64 %1385, 107
  %1575 = getelementptr inbounds float, float* %2, i64 %1574
  %1576 = load float, float* %1575, align 4
  %1577 = insertelement <8 x float> undef, float %1576, i32 0
  %splat142 = shufflevector <8 x float> %1577, <8 x float> undef, <8 x i32> zeroinitializer
  %1578 = load <8 x float>, <8 x float>* %70, align 32
  %1579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1561, <8 x float> %1578)
  store <8 x float> %1579, <8 x float>* %70, align 32
  %1580 = load <8 x float>, <8 x float>* %64, align 32
  %1581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1565, <8 x float> %1580)
  store <8 x float> %1581, <8 x float>* %64, align 32
  %1582 = add i64 %1385, 115
  %1583 = getelementptr inbounds float, float* %2, i64 %1582
  %1584 = load float, float* %1583, align 4
  %1585 = insertelement <8 x float> undef, float %1584, i32 0
  %splat143 = shufflevector <8 x float> %1585, <8 x float> undef, <8 x i32> zeroinitializer
  %1586 = load <8 x float>, <8 x float>* %69, align 32
  %1587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1561, <8 x float> %1586)
  store <8 x float> %1587, <8 x float>* %69, align 32
  %1588 = load <8 x float>, <8 x float>* %63, align 32
  %1589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1565, <8 x float> %1588)
  store <8 x float> %1589, <8 x float>* %63, align 32
  %1590 = add i64 %1385, 139
  %1591 = getelementptr inbounds float, float* %2, i64 %1590
  %1592 = load float, float* %1591, align 4
  %1593 = insertelement <8 x float> undef, float %1592, i32 0
  %splat144 = shufflevector <8 x float> %1593, <8 x float> undef, <8 x i32> zeroinitializer
  %1594 = load <8 x float>, <8 x float>* %68, align 32
  %1595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1561, <8 x float> %1594)
  store <8 x float> %1595, <8 x float>* %68, align 32
  %1596 = load <8 x float>, <8 x float>* %62, align 32
  %1597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1565, <8 x float> %1596)
  store <8 x float> %1597, <8 x float>* %62, align 32
  %1598 = add i64 %1385, 147
  %1599 = getelementptr inbounds float, float* %2, i64 %1598
  %1600 = load float, float* %1599, align 4
  %1601 = insertelement <8 x float> undef, float %1600, i32 0
  %splat145 = shufflevector <8 x float> %1601, <8 x float> undef, <8 x i32> zeroinitializer
  %1602 = load <8 x float>, <8 x float>* %67, align 32
  %1603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1561, <8 x float> %1602)
  store <8 x float> %1603, <8 x float>* %67, align 32
  %1604 = load <8 x float>, <8 x float>* %61, align 32
  %1605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1565, <8 x float> %1604)
  store <8 x float> %1605, <8 x float>* %61, align 32
  %1606 = add i64 %1385, 155
  %1607 = getelementptr inbounds float, float* %2, i64 %1606
  %1608 = load float, float* %1607, align 4
  %1609 = insertelement <8 x float> undef, float %1608, i32 0
  %splat146 = shufflevector <8 x float> %1609, <8 x float> undef, <8 x i32> zeroinitializer
  %1610 = load <8 x float>, <8 x float>* %66, align 32
  %1611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1561, <8 x float> %1610)
  store <8 x float> %1611, <8 x float>* %66, align 32
  %1612 = load <8 x float>, <8 x float>* %60, align 32
  %1613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1565, <8 x float> %1612)
  store <8 x float> %1613, <8 x float>* %60, align 32
  %1614 = add i64 %1389, 32
  %1615 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1614
  %1616 = bitcast float* %1615 to <8 x float>*
  %1617 = load <8 x float>, <8 x float>* %1616, align 4
  %1618 = add i64 %1389, 2336
  %1619 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1618
  %1620 = bitcast float* %1619 to <8 x float>*
  %1621 = load <8 x float>, <8 x float>* %1620, align 4
  %1622 = add i64 %1385, 100
  %1623 = getelementptr inbounds float, float* %2, i64 %1622
  %1624 = load float, float* %1623, align 4
  %1625 = insertelement <8 x float> undef, float %1624, i32 0
  %splat147 = shufflevector <8 x float> %1625, <8 x float> undef, <8 x i32> zeroinitializer
  %1626 = load <8 x float>, <8 x float>* %71, align 32
  %1627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1617, <8 x float> %1626)
  store <8 x float> %1627, <8 x float>* %71, align 32
  %1628 = load <8 x float>, <8 x float>* %65, align 32
  %1629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1621, <8 x float> %1628)
  store <8 x float> %1629, <8 x float>* %65, align 32
  %1630 = add i64 %1385, 108
  %1631 = getelementptr inbounds float, float* %2, i64 %1630
  %1632 = load float, float* %1631, align 4
  %1633 = insertelement <8 x float> undef, float %1632, i32 0
  %splat148 = shufflevector <8 x float> %1633, <8 x float> undef, <8 x i32> zeroinitializer
  %1634 = load <8 x float>, <8 x float>* %70, align 32
  %1635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1617, <8 x float> %1634)
  store <8 x float> %1635, <8 x float>* %70, align 32
  %1636 = load <8 x float>, <8 x float>* %64, align 32
  %1637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1621, <8 x float> %1636)
  store <8 x float> %1637, <8 x float>* %64, align 32
  %1638 = add i64 %1385, 116
  %1639 = getelementptr inbounds float, float* %2, i64 %1638
  %1640 = load float, float* %1639, align 4
  %1641 = insertelement <8 x float> undef, float %1640, i32 0
  %splat149 = shufflevector <8 x float> %1641, <8 x float> undef, <8 x i32> zeroinitializer
  %1642 = load <8 x float>, <8 x float>* %69, align 32
  %1643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1617, <8 x float> %1642)
  store <8 x float> %1643, <8 x float>* %69, align 32
  %1644 = load <8 x float>, <8 x float>* %63, align 32
  %1645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1621, <8 x float> %1644)
  store <8 x float> %1645, <8 x float>* %63, align 32
  %1646 = add i64 %1385, 140
  %1647 = getelementptr inbounds float, float* %2, i64 %1646
  %1648 = load float, float* %1647, align 4
  %1649 = insertelement <8 x float> undef, float %1648, i32 0
  %splat150 = shufflevector <8 x float> %1649, <8 x float> undef, <8 x i32> zeroinitializer
  %1650 = load <8 x float>, <8 x float>* %68, align 32
  %1651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1617, <8 x float> %1650)
  store <8 x float> %1651, <8 x float>* %68, align 32
  %1652 = load <8 x float>, <8 x float>* %62, align 32
  %1653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1621, <8 x float> %1652)
  store <8 x float> %1653, <8 x float>* %62, align 32
  %1654 = add i64 %1385, 148
  %1655 = getelementptr inbounds float, float* %2, i64 %1654
  %1656 = load float, float* %1655, align 4
  %1657 = insertelement <8 x float> undef, float %1656, i32 0
  %splat151 = shufflevector <8 x float> %1657, <8 x float> undef, <8 x i32> zeroinitializer
  %1658 = load <8 x float>, <8 x float>* %67, align 32
  %1659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1617, <8 x float> %1658)
  store <8 x float> %1659, <8 x float>* %67, align 32
  %1660 = load <8 x float>, <8 x float>* %61, align 32
  %1661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1621, <8 x float> %1660)
  store <8 x float> %1661, <8 x float>* %61, align 32
  %1662 = add i64 %1385, 156
  %1663 = getelementptr inbounds float, float* %2, i64 %1662
  %1664 = load float, float* %1663, align 4
  %1665 = insertelement <8 x float> undef, float %1664, i32 0
  %splat152 = shufflevector <8 x float> %1665, <8 x float> undef, <8 x i32> zeroinitializer
  %1666 = load <8 x float>, <8 x float>* %66, align 32
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1617, <8 x float> %1666)
  store <8 x float> %1667, <8 x float>* %66, align 32
  %1668 = load <8 x float>, <8 x float>* %60, align 32
  %1669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1621, <8 x float> %1668)
  store <8 x float> %1669, <8 x float>* %60, align 32
  %1670 = add i64 %1389, 40
  %1671 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1670
  %1672 = bitcast float* %1671 to <8 x float>*
  %1673 = load <8 x float>, <8 x float>* %1672, align 4
  %1674 = add i64 %1389, 2344
  %1675 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1674
  %1676 = bitcast float* %1675 to <8 x float>*
  %1677 = load <8 x float>, <8 x float>* %1676, align 4
  %1678 = add i64 %1385, 101
  %1679 = getelementptr inbounds float, float* %2, i64 %1678
  %1680 = load float, float* %1679, align 4
  %1681 = insertelement <8 x float> undef, float %1680, i32 0
  %splat153 = shufflevector <8 x float> %1681, <8 x float> undef, <8 x i32> zeroinitializer
  %1682 = load <8 x float>, <8 x float>* %71, align 32
  %1683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1673, <8 x float> %1682)
  store <8 x float> %1683, <8 x float>* %71, align 32
  %1684 = load <8 x float>, <8 x float>* %65, align 32
  %1685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1677, <8 x float> %1684)
  store <8 x float> %1685, <8 x float>* %65, align 32
  %1686 = add i64 %1385, 109
  %1687 = getelementptr inbounds float, float* %2, i64 %1686
  %1688 = load float, float* %1687, align 4
  %1689 = insertelement <8 x float> undef, float %1688, i32 0
  %splat154 = shufflevector <8 x float> %1689, <8 x float> undef, <8 x i32> zeroinitializer
  %1690 = load <8 x float>, <8 x float>* %70, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1673, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %70, align 32
  %1692 = load <8 x float>, <8 x float>* %64, align 32
  %1693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1677, <8 x float> %1692)
  store <8 x float> %1693, <8 x float>* %64, align 32
  %1694 = add i64 %1385, 117
  %1695 = getelementptr inbounds float, float* %2, i64 %1694
  %1696 = load float, float* %1695, align 4
  %1697 = insertelement <8 x float> undef, float %1696, i32 0
  %splat155 = shufflevector <8 x float> %1697, <8 x float> undef, <8 x i32> zeroinitializer
  %1698 = load <8 x float>, <8 x float>* %69, align 32
  %1699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1673, <8 x float> %1698)
  store <8 x float> %1699, <8 x float>* %69, align 32
  %1700 = load <8 x float>, <8 x float>* %63, align 32
  %1701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1677, <8 x float> %1700)
  store <8 x float> %1701, <8 x float>* %63, align 32
  %1702 = add i64 %1385, 141
  %1703 = getelementptr inbounds float, float* %2, i64 %1702
  %1704 = load float, float* %1703, align 4
  %1705 = insertelement <8 x float> undef, float %1704, i32 0
  %splat156 = shufflevector <8 x float> %1705, <8 x float> undef, <8 x i32> zeroinitializer
  %1706 = load <8 x float>, <8 x float>* %68, align 32
  %1707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1673, <8 x float> %1706)
  store <8 x float> %1707, <8 x float>* %68, align 32
  %1708 = load <8 x float>, <8 x float>* %62, align 32
  %1709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1677, <8 x float> %1708)
  store <8 x float> %1709, <8 x float>* %62, align 32
  %1710 = add i64 %1385, 149
  %1711 = getelementptr inbounds float, float* %2, i64 %1710
  %1712 = load float, float* %1711, align 4
  %1713 = insertelement <8 x float> undef, float %1712, i32 0
  %splat157 = shufflevector <8 x float> %1713, <8 x float> undef, <8 x i32> zeroinitializer
  %1714 = load <8 x float>, <8 x float>* %67, align 32
  %1715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1673, <8 x float> %1714)
  store <8 x float> %1715, <8 x float>* %67, align 32
  %1716 = load <8 x float>, <8 x float>* %61, align 32
  %1717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1677, <8 x float> %1716)
  store <8 x float> %1717, <8 x float>* %61, align 32
  %1718 = add i64 %1385, 157
  %1719 = getelementptr inbounds float, float* %2, i64 %1718
  %1720 = load float, float* %1719, align 4
  %1721 = insertelement <8 x float> undef, float %1720, i32 0
  %splat158 = shufflevector <8 x float> %1721, <8 x float> undef, <8 x i32> zeroinitializer
  %1722 = load <8 x float>, <8 x float>* %66, align 32
  %1723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1673, <8 x float> %1722)
  store <8 x float> %1723, <8 x float>* %66, align 32
  %1724 = load <8 x float>, <8 x float>* %60, align 32
  %1725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1677, <8 x float> %1724)
  store <8 x float> %1725, <8 x float>* %60, align 32
  %1726 = add i64 %1389, 48
  %1727 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1726
  %1728 = bitcast float* %1727 to <8 x float>*
  %1729 = load <8 x float>, <8 x float>* %1728, align 4
  %1730 = add i64 %1389, 2352
  %1731 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1730
  %1732 = bitcast float* %1731 to <8 x float>*
  %1733 = load <8 x float>, <8 x float>* %1732, align 4
  %1734 = add i64 %1385, 102
  %1735 = getelementptr inbounds float, float* %2, i64 %1734
  %1736 = load float, float* %1735, align 4
  %1737 = insertelement <8 x float> undef, float %1736, i32 0
  %splat159 = shufflevector <8 x float> %1737, <8 x float> undef, <8 x i32> zeroinitializer
  %1738 = load <8 x float>, <8 x float>* %71, align 32
  %1739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1729, <8 x float> %1738)
  store <8 x float> %1739, <8 x float>* %71, align 32
  %1740 = load <8 x float>, <8 x float>* %65, align 32
  %1741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1733, <8 x float> %1740)
  store <8 x float> %1741, <8 x float>* %65, align 32
  %1742 = add i64 %1385, 110
  %1743 = getelementptr inbounds float, float* %2, i64 %1742
  %1744 = load float, float* %1743, align 4
  %1745 = insertelement <8 x float> undef, float %1744, i32 0
  %splat160 = shufflevector <8 x float> %1745, <8 x float> undef, <8 x i32> zeroinitializer
  %1746 = load <8 x float>, <8 x float>* %70, align 32
  %1747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1729, <8 x float> %1746)
  store <8 x float> %1747, <8 x float>* %70, align 32
  %1748 = load <8 x float>, <8 x float>* %64, align 32
  %1749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1733, <8 x float> %1748)
  store <8 x float> %1749, <8 x float>* %64, align 32
  %1750 = add i64 %1385, 118
  %1751 = getelementptr inbounds float, float* %2, i64 %1750
  %1752 = load float, float* %1751, align 4
  %1753 = insertelement <8 x float> undef, float %1752, i32 0
  %splat161 = shufflevector <8 x float> %1753, <8 x float> undef, <8 x i32> zeroinitializer
  %1754 = load <8 x float>, <8 x float>* %69, align 32
  %1755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1729, <8 x float> %1754)
  store <8 x float> %1755, <8 x float>* %69, align 32
  %1756 = load <8 x float>, <8 x float>* %63, align 32
  %1757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1733, <8 x float> %1756)
  store <8 x float> %1757, <8 x float>* %63, align 32
  %1758 = add i64 %1385, 142
  %1759 = getelementptr inbounds float, float* %2, i64 %1758
  %1760 = load float, float* %1759, align 4
  %1761 = insertelement <8 x float> undef, float %1760, i32 0
  %splat162 = shufflevector <8 x float> %1761, <8 x float> undef, <8 x i32> zeroinitializer
  %1762 = load <8 x float>, <8 x float>* %68, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1729, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %68, align 32
  %1764 = load <8 x float>, <8 x float>* %62, align 32
  %1765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1733, <8 x float> %1764)
  store <8 x float> %1765, <8 x float>* %62, align 32
  %1766 = add i64 %1385, 150
  %1767 = getelementptr inbounds float, float* %2, i64 %1766
  %1768 = load float, float* %1767, align 4
  %1769 = insertelement <8 x float> undef, float %1768, i32 0
  %splat163 = shufflevector <8 x float> %1769, <8 x float> undef, <8 x i32> zeroinitializer
  %1770 = load <8 x float>, <8 x float>* %67, align 32
  %1771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1729, <8 x float> %1770)
  store <8 x float> %1771, <8 x float>* %67, align 32
  %1772 = load <8 x float>, <8 x float>* %61, align 32
  %1773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1733, <8 x float> %1772)
  store <8 x float> %1773, <8 x float>* %61, align 32
  %1774 = add i64 %1385, 158
  %1775 = getelementptr inbounds float, float* %2, i64 %1774
  %1776 = load float, float* %1775, align 4
  %1777 = insertelement <8 x float> undef, float %1776, i32 0
  %splat164 = shufflevector <8 x float> %1777, <8 x float> undef, <8 x i32> zeroinitializer
  %1778 = load <8 x float>, <8 x float>* %66, align 32
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1729, <8 x float> %1778)
  store <8 x float> %1779, <8 x float>* %66, align 32
  %1780 = load <8 x float>, <8 x float>* %60, align 32
  %1781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1733, <8 x float> %1780)
  store <8 x float> %1781, <8 x float>* %60, align 32
  %1782 = add i64 %1389, 56
  %1783 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1782
  %1784 = bitcast float* %1783 to <8 x float>*
  %1785 = load <8 x float>, <8 x float>* %1784, align 4
  %1786 = add i64 %1389, 2360
  %1787 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1786
  %1788 = bitcast float* %1787 to <8 x float>*
  %1789 = load <8 x float>, <8 x float>* %1788, align 4
  %1790 = add i64 %1385, 103
  %1791 = getelementptr inbounds float, float* %2, i64 %1790
  %1792 = load float, float* %1791, align 4
  %1793 = insertelement <8 x float> undef, float %1792, i32 0
  %splat165 = shufflevector <8 x float> %1793, <8 x float> undef, <8 x i32> zeroinitializer
  %1794 = load <8 x float>, <8 x float>* %71, align 32
  %1795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1785, <8 x float> %1794)
  store <8 x float> %1795, <8 x float>* %71, align 32
  %1796 = load <8 x float>, <8 x float>* %65, align 32
  %1797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1789, <8 x float> %1796)
  store <8 x float> %1797, <8 x float>* %65, align 32
  %1798 = add i64 %1385, 111
  %1799 = getelementptr inbounds float, float* %2, i64 %1798
  %1800 = load float, float* %1799, align 4
  %1801 = insertelement <8 x float> undef, float %1800, i32 0
  %splat166 = shufflevector <8 x float> %1801, <8 x float> undef, <8 x i32> zeroinitializer
  %1802 = load <8 x float>, <8 x float>* %70, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1785, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %70, align 32
  %1804 = load <8 x float>, <8 x float>* %64, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1789, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %64, align 32
  %1806 = add i64 %1385, 119
  %1807 = getelementptr inbounds float, float* %2, i64 %1806
  %1808 = load float, float* %1807, align 4
  %1809 = insertelement <8 x float> undef, float %1808, i32 0
  %splat167 = shufflevector <8 x float> %1809, <8 x float> undef, <8 x i32> zeroinitializer
  %1810 = load <8 x float>, <8 x float>* %69, align 32
  %1811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1785, <8 x float> %1810)
  store <8 x float> %1811, <8 x float>* %69, align 32
  %1812 = load <8 x float>, <8 x float>* %63, align 32
  %1813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1789, <8 x float> %1812)
  store <8 x float> %1813, <8 x float>* %63, align 32
  %1814 = add i64 %1385, 143
  %1815 = getelementptr inbounds float, float* %2, i64 %1814
  %1816 = load float, float* %1815, align 4
  %1817 = insertelement <8 x float> undef, float %1816, i32 0
  %splat168 = shufflevector <8 x float> %1817, <8 x float> undef, <8 x i32> zeroinitializer
  %1818 = load <8 x float>, <8 x float>* %68, align 32
  %1819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1785, <8 x float> %1818)
  store <8 x float> %1819, <8 x float>* %68, align 32
  %1820 = load <8 x float>, <8 x float>* %62, align 32
  %1821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1789, <8 x float> %1820)
  store <8 x float> %1821, <8 x float>* %62, align 32
  %1822 = add i64 %1385, 151
  %1823 = getelementptr inbounds float, float* %2, i64 %1822
  %1824 = load float, float* %1823, align 4
  %1825 = insertelement <8 x float> undef, float %1824, i32 0
  %splat169 = shufflevector <8 x float> %1825, <8 x float> undef, <8 x i32> zeroinitializer
  %1826 = load <8 x float>, <8 x float>* %67, align 32
  %1827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1785, <8 x float> %1826)
  store <8 x float> %1827, <8 x float>* %67, align 32
  %1828 = load <8 x float>, <8 x float>* %61, align 32
  %1829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1789, <8 x float> %1828)
  store <8 x float> %1829, <8 x float>* %61, align 32
  %1830 = add i64 %1385, 159
  %1831 = getelementptr inbounds float, float* %2, i64 %1830
  %1832 = load float, float* %1831, align 4
  %1833 = insertelement <8 x float> undef, float %1832, i32 0
  %splat170 = shufflevector <8 x float> %1833, <8 x float> undef, <8 x i32> zeroinitializer
  %1834 = load <8 x float>, <8 x float>* %66, align 32
  %1835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1785, <8 x float> %1834)
  store <8 x float> %1835, <8 x float>* %66, align 32
  %1836 = load <8 x float>, <8 x float>* %60, align 32
  %1837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1789, <8 x float> %1836)
  store <8 x float> %1837, <8 x float>* %60, align 32
  %kw.next171 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next172 = add i64 %kh118, 1
  br label %kh.header115

u.header174:                                      ; preds = %kh.exit180, %u.exit113
  %u177 = phi i64 [ 0, %u.exit113 ], [ %u.next236, %kh.exit180 ]
  %1838 = icmp slt i64 %u177, 4
  br i1 %1838, label %u.body175, label %u.exit176

u.body175:                                        ; preds = %u.header174
  %1839 = mul i64 %u177, 2312
  %1840 = add i64 %1379, %1839
  %1841 = mul i64 %u177, 576
  %1842 = add i64 %111, %1841
  br label %kh.header178

u.exit176:                                        ; preds = %u.header174
  %1843 = mul i64 %103, 8
  %1844 = add i64 %1843, %106
  %1845 = add i64 %1844, 0
  %1846 = mul i64 %1845, 15
  %1847 = add i64 %1846, %100
  %1848 = mul i64 %1847, 15
  %1849 = add i64 %1848, 18
  %1850 = mul i64 %1849, 8
  %1851 = load <8 x float>, <8 x float>* %59, align 32
  %1852 = fcmp ogt <8 x float> %1851, zeroinitializer
  %1853 = select <8 x i1> %1852, <8 x float> %1851, <8 x float> zeroinitializer
  %1854 = getelementptr inbounds float, float* %0, i64 %1850
  %1855 = bitcast float* %1854 to <8 x float>*
  store <8 x float> %1853, <8 x float>* %1855, align 4
  %1856 = add i64 %1848, 19
  %1857 = mul i64 %1856, 8
  %1858 = load <8 x float>, <8 x float>* %58, align 32
  %1859 = fcmp ogt <8 x float> %1858, zeroinitializer
  %1860 = select <8 x i1> %1859, <8 x float> %1858, <8 x float> zeroinitializer
  %1861 = getelementptr inbounds float, float* %0, i64 %1857
  %1862 = bitcast float* %1861 to <8 x float>*
  store <8 x float> %1860, <8 x float>* %1862, align 4
  %1863 = add i64 %1848, 20
  %1864 = mul i64 %1863, 8
  %1865 = load <8 x float>, <8 x float>* %57, align 32
  %1866 = fcmp ogt <8 x float> %1865, zeroinitializer
  %1867 = select <8 x i1> %1866, <8 x float> %1865, <8 x float> zeroinitializer
  %1868 = getelementptr inbounds float, float* %0, i64 %1864
  %1869 = bitcast float* %1868 to <8 x float>*
  store <8 x float> %1867, <8 x float>* %1869, align 4
  %1870 = add i64 %1848, 21
  %1871 = mul i64 %1870, 8
  %1872 = load <8 x float>, <8 x float>* %56, align 32
  %1873 = fcmp ogt <8 x float> %1872, zeroinitializer
  %1874 = select <8 x i1> %1873, <8 x float> %1872, <8 x float> zeroinitializer
  %1875 = getelementptr inbounds float, float* %0, i64 %1871
  %1876 = bitcast float* %1875 to <8 x float>*
  store <8 x float> %1874, <8 x float>* %1876, align 4
  %1877 = add i64 %1848, 22
  %1878 = mul i64 %1877, 8
  %1879 = load <8 x float>, <8 x float>* %55, align 32
  %1880 = fcmp ogt <8 x float> %1879, zeroinitializer
  %1881 = select <8 x i1> %1880, <8 x float> %1879, <8 x float> zeroinitializer
  %1882 = getelementptr inbounds float, float* %0, i64 %1878
  %1883 = bitcast float* %1882 to <8 x float>*
  store <8 x float> %1881, <8 x float>* %1883, align 4
  %1884 = add i64 %1848, 23
  %1885 = mul i64 %1884, 8
  %1886 = load <8 x float>, <8 x float>* %54, align 32
  %1887 = fcmp ogt <8 x float> %1886, zeroinitializer
  %1888 = select <8 x i1> %1887, <8 x float> %1886, <8 x float> zeroinitializer
  %1889 = getelementptr inbounds float, float* %0, i64 %1885
  %1890 = bitcast float* %1889 to <8 x float>*
  store <8 x float> %1888, <8 x float>* %1890, align 4
  %1891 = mul i64 %103, 8
  %1892 = add i64 %1891, %106
  %1893 = add i64 %1892, 1
  %1894 = mul i64 %1893, 15
  %1895 = add i64 %1894, %100
  %1896 = mul i64 %1895, 15
  %1897 = add i64 %1896, 18
  %1898 = mul i64 %1897, 8
  %1899 = load <8 x float>, <8 x float>* %53, align 32
  %1900 = fcmp ogt <8 x float> %1899, zeroinitializer
  %1901 = select <8 x i1> %1900, <8 x float> %1899, <8 x float> zeroinitializer
  %1902 = getelementptr inbounds float, float* %0, i64 %1898
  %1903 = bitcast float* %1902 to <8 x float>*
  store <8 x float> %1901, <8 x float>* %1903, align 4
  %1904 = add i64 %1896, 19
  %1905 = mul i64 %1904, 8
  %1906 = load <8 x float>, <8 x float>* %52, align 32
  %1907 = fcmp ogt <8 x float> %1906, zeroinitializer
  %1908 = select <8 x i1> %1907, <8 x float> %1906, <8 x float> zeroinitializer
  %1909 = getelementptr inbounds float, float* %0, i64 %1905
  %1910 = bitcast float* %1909 to <8 x float>*
  store <8 x float> %1908, <8 x float>* %1910, align 4
  %1911 = add i64 %1896, 20
  %1912 = mul i64 %1911, 8
  %1913 = load <8 x float>, <8 x float>* %51, align 32
  %1914 = fcmp ogt <8 x float> %1913, zeroinitializer
  %1915 = select <8 x i1> %1914, <8 x float> %1913, <8 x float> zeroinitializer
  %1916 = getelementptr inbounds float, float* %0, i64 %1912
  %1917 = bitcast float* %1916 to <8 x float>*
  store <8 x float> %1915, <8 x float>* %1917, align 4
  %1918 = add i64 %1896, 21
  %1919 = mul i64 %1918, 8
  %1920 = load <8 x float>, <8 x float>* %50, align 32
  %1921 = fcmp ogt <8 x float> %1920, zeroinitializer
  %1922 = select <8 x i1> %1921, <8 x float> %1920, <8 x float> zeroinitializer
  %1923 = getelementptr inbounds float, float* %0, i64 %1919
  %1924 = bitcast float* %1923 to <8 x float>*
  store <8 x float> %1922, <8 x float>* %1924, align 4
  %1925 = add i64 %1896, 22
  %1926 = mul i64 %1925, 8
  %1927 = load <8 x float>, <8 x float>* %49, align 32
  %1928 = fcmp ogt <8 x float> %1927, zeroinitializer
  %1929 = select <8 x i1> %1928, <8 x float> %1927, <8 x float> zeroinitializer
  %1930 = getelementptr inbounds float, float* %0, i64 %1926
  %1931 = bitcast float* %1930 to <8 x float>*
  store <8 x float> %1929, <8 x float>* %1931, align 4
  %1932 = add i64 %1896, 23
  %1933 = mul i64 %1932, 8
  %1934 = load <8 x float>, <8 x float>* %48, align 32
  %1935 = fcmp ogt <8 x float> %1934, zeroinitializer
  %1936 = select <8 x i1> %1935, <8 x float> %1934, <8 x float> zeroinitializer
  %1937 = getelementptr inbounds float, float* %0, i64 %1933
  %1938 = bitcast float* %1937 to <8 x float>*
  store <8 x float> %1936, <8 x float>* %1938, align 4
  %1939 = add i64 %106, 0
  %1940 = mul i64 %1939, 8
  %1941 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1940
  %1942 = bitcast float* %1941 to <8 x float>*
  %1943 = load <8 x float>, <8 x float>* %1942, align 4
  store <8 x float> %1943, <8 x float>* %47, align 32
  store <8 x float> %1943, <8 x float>* %46, align 32
  store <8 x float> %1943, <8 x float>* %45, align 32
  store <8 x float> %1943, <8 x float>* %44, align 32
  store <8 x float> %1943, <8 x float>* %43, align 32
  store <8 x float> %1943, <8 x float>* %42, align 32
  %1944 = add i64 %106, 1
  %1945 = mul i64 %1944, 8
  %1946 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1945
  %1947 = bitcast float* %1946 to <8 x float>*
  %1948 = load <8 x float>, <8 x float>* %1947, align 4
  store <8 x float> %1948, <8 x float>* %41, align 32
  store <8 x float> %1948, <8 x float>* %40, align 32
  store <8 x float> %1948, <8 x float>* %39, align 32
  store <8 x float> %1948, <8 x float>* %38, align 32
  store <8 x float> %1948, <8 x float>* %37, align 32
  store <8 x float> %1948, <8 x float>* %36, align 32
  %1949 = add i64 %112, 0
  %1950 = add i64 %110, %1949
  br label %u.header237

kh.header178:                                     ; preds = %kw.exit184, %u.body175
  %kh181 = phi i64 [ 0, %u.body175 ], [ %kh.next235, %kw.exit184 ]
  %1951 = icmp slt i64 %kh181, 3
  br i1 %1951, label %kh.body179, label %kh.exit180

kh.body179:                                       ; preds = %kh.header178
  %1952 = mul i64 %kh181, 136
  %1953 = add i64 %1840, %1952
  br label %kw.header182

kh.exit180:                                       ; preds = %kh.header178
  %u.next236 = add i64 %u177, 1
  br label %u.header174

kw.header182:                                     ; preds = %kw.body183, %kh.body179
  %kw185 = phi i64 [ 0, %kh.body179 ], [ %kw.next234, %kw.body183 ]
  %1954 = icmp slt i64 %kw185, 3
  br i1 %1954, label %kw.body183, label %kw.exit184

kw.body183:                                       ; preds = %kw.header182
  %1955 = mul i64 %kw185, 8
  %1956 = add i64 %1953, %1955
  %1957 = mul i64 %kh181, 3
  %1958 = add i64 %1957, %kw185
  %1959 = mul i64 %1958, 64
  %1960 = add i64 %1842, %1959
  %1961 = add i64 %1960, 0
  %1962 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1961
  %1963 = bitcast float* %1962 to <8 x float>*
  %1964 = load <8 x float>, <8 x float>* %1963, align 4
  %1965 = add i64 %1960, 2304
  %1966 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %1965
  %1967 = bitcast float* %1966 to <8 x float>*
  %1968 = load <8 x float>, <8 x float>* %1967, align 4
  %1969 = add i64 %1956, 160
  %1970 = getelementptr inbounds float, float* %2, i64 %1969
  %1971 = load float, float* %1970, align 4
  %1972 = insertelement <8 x float> undef, float %1971, i32 0
  %splat186 = shufflevector <8 x float> %1972, <8 x float> undef, <8 x i32> zeroinitializer
  %1973 = load <8 x float>, <8 x float>* %59, align 32
  %1974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1964, <8 x float> %1973)
  store <8 x float> %1974, <8 x float>* %59, align 32
  %1975 = load <8 x float>, <8 x float>* %53, align 32
  %1976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1968, <8 x float> %1975)
  store <8 x float> %1976, <8 x float>* %53, align 32
  %1977 = add i64 %1956, 168
  %1978 = getelementptr inbounds float, float* %2, i64 %1977
  %1979 = load float, float* %1978, align 4
  %1980 = insertelement <8 x float> undef, float %1979, i32 0
  %splat187 = shufflevector <8 x float> %1980, <8 x float> undef, <8 x i32> zeroinitializer
  %1981 = load <8 x float>, <8 x float>* %58, align 32
  %1982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1964, <8 x float> %1981)
  store <8 x float> %1982, <8 x float>* %58, align 32
  %1983 = load <8 x float>, <8 x float>* %52, align 32
  %1984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1968, <8 x float> %1983)
  store <8 x float> %1984, <8 x float>* %52, align 32
  %1985 = add i64 %1956, 176
  %1986 = getelementptr inbounds float, float* %2, i64 %1985
  %1987 = load float, float* %1986, align 4
  %1988 = insertelement <8 x float> undef, float %1987, i32 0
  %splat188 = shufflevector <8 x float> %1988, <8 x float> undef, <8 x i32> zeroinitializer
  %1989 = load <8 x float>, <8 x float>* %57, align 32
  %1990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1964, <8 x float> %1989)
  store <8 x float> %1990, <8 x float>* %57, align 32
  %1991 = load <8 x float>, <8 x float>* %51, align 32
  %1992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1968, <8 x float> %1991)
  store <8 x float> %1992, <8 x float>* %51, align 32
  %1993 = add i64 %1956, 184
  %1994 = getelementptr inbounds float, float* %2, i64 %1993
  %1995 = load float, float* %1994, align 4
  %1996 = insertelement <8 x float> undef, float %1995, i32 0
  %splat189 = shufflevector <8 x float> %1996, <8 x float> undef, <8 x i32> zeroinitializer
  %1997 = load <8 x float>, <8 x float>* %56, align 32
  %1998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1964, <8 x float> %1997)
  store <8 x float> %1998, <8 x float>* %56, align 32
  %1999 = load <8 x float>, <8 x float>* %50, align 32
  %2000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1968, <8 x float> %1999)
  store <8 x float> %2000, <8 x float>* %50, align 32
  %2001 = add i64 %1956, 192
  %2002 = getelementptr inbounds float, float* %2, i64 %2001
  %2003 = load float, float* %2002, align 4
  %2004 = insertelement <8 x float> undef, float %2003, i32 0
  %splat190 = shufflevector <8 x float> %2004, <8 x float> undef, <8 x i32> zeroinitializer
  %2005 = load <8 x float>, <8 x float>* %55, align 32
  %2006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1964, <8 x float> %2005)
  store <8 x float> %2006, <8 x float>* %55, align 32
  %2007 = load <8 x float>, <8 x float>* %49, align 32
  %2008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1968, <8 x float> %2007)
  store <8 x float> %2008, <8 x float>* %49, align 32
  %2009 = add i64 %1956, 200
  %2010 = getelementptr inbounds float, float* %2, i64 %2009
  %2011 = load float, float* %2010, align 4
  %2012 = insertelement <8 x float> undef, float %2011, i32 0
  %splat191 = shufflevector <8 x float> %2012, <8 x float> undef, <8 x i32> zeroinitializer
  %2013 = load <8 x float>, <8 x float>* %54, align 32
  %2014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1964, <8 x float> %2013)
  store <8 x float> %2014, <8 x float>* %54, align 32
  %2015 = load <8 x float>, <8 x float>* %48, align 32
  %2016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1968, <8 x float> %2015)
  store <8 x float> %2016, <8 x float>* %48, align 32
  %2017 = add i64 %1960, 8
  %2018 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2017
  %2019 = bitcast float* %2018 to <8 x float>*
  %2020 = load <8 x float>, <8 x float>* %2019, align 4
  %2021 = add i64 %1960, 2312
  %2022 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2021
  %2023 = bitcast float* %2022 to <8 x float>*
  %2024 = load <8 x float>, <8 x float>* %2023, align 4
  %2025 = add i64 %1956, 161
  %2026 = getelementptr inbounds float, float* %2, i64 %2025
  %2027 = load float, float* %2026, align 4
  %2028 = insertelement <8 x float> undef, float %2027, i32 0
  %splat192 = shufflevector <8 x float> %2028, <8 x float> undef, <8 x i32> zeroinitializer
  %2029 = load <8 x float>, <8 x float>* %59, align 32
  %2030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2020, <8 x float> %2029)
  store <8 x float> %2030, <8 x float>* %59, align 32
  %2031 = load <8 x float>, <8 x float>* %53, align 32
  %2032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2024, <8 x float> %2031)
  store <8 x float> %2032, <8 x float>* %53, align 32
  %2033 = add i64 %1956, 169
  %2034 = getelementptr inbounds float, float* %2, i64 %2033
  %2035 = load float, float* %2034, align 4
  %2036 = insertelement <8 x float> undef, float %2035, i32 0
  %splat193 = shufflevector <8 x float> %2036, <8 x float> undef, <8 x i32> zeroinitializer
  %2037 = load <8 x float>, <8 x float>* %58, align 32
  %2038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2020, <8 x float> %2037)
  store <8 x float> %2038, <8 x float>* %58, align 32
  %2039 = load <8 x float>, <8 x float>* %52, align 32
  %2040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2024, <8 x float> %2039)
  store <8 x float> %2040, <8 x float>* %52, align 32
  %2041 = add i64 %1956, 177
  %2042 = getelementptr inbounds float, float* %2, i64 %2041
  %2043 = load float, float* %2042, align 4
  %2044 = insertelement <8 x float> undef, float %2043, i32 0
  %splat194 = shufflevector <8 x float> %2044, <8 x float> undef, <8 x i32> zeroinitializer
  %2045 = load <8 x float>, <8 x float>* %57, align 32
  %2046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %2020, <8 x float> %2045)
  store <8 x float> %2046, <8 x float>* %57, align 32
  %2047 = load <8 x float>, <8 x float>* %51, align 32
  %2048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %2024, <8 x float> %2047)
  store <8 x float> %2048, <8 x float>* %51, align 32
  %2049 = add i64 %1956, 185
  %2050 = getelementptr inbounds float, float* %2, i64 %2049
  %2051 = load float, float* %2050, align 4
  %2052 = insertelement <8 x float> undef, float %2051, i32 0
  %splat195 = shufflevector <8 x float> %2052, <8 x float> undef, <8 x i32> zeroinitializer
  %2053 = load <8 x float>, <8 x float>* %56, align 32
  %2054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %2020, <8 x float> %2053)
  store <8 x float> %2054, <8 x float>* %56, align 32
  %2055 = load <8 x float>, <8 x float>* %50, align 32
  %2056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %2024, <8 x float> %2055)
  store <8 x float> %2056, <8 x float>* %50, align 32
  %2057 = add i64 %1956, 193
  %2058 = getelementptr inbounds float, float* %2, i64 %2057
  %2059 = load float, float* %2058, align 4
  %2060 = insertelement <8 x float> undef, float %2059, i32 0
  %splat196 = shufflevector <8 x float> %2060, <8 x float> undef, <8 x i32> zeroinitializer
  %2061 = load <8 x float>, <8 x float>* %55, align 32
  %2062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %2020, <8 x float> %2061)
  store <8 x float> %2062, <8 x float>* %55, align 32
  %2063 = load <8 x float>, <8 x float>* %49, align 32
  %2064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %2024, <8 x float> %2063)
  store <8 x float> %2064, <8 x float>* %49, align 32
  %2065 = add i64 %1956, 201
  %2066 = getelementptr inbounds float, float* %2, i64 %2065
  %2067 = load float, float* %2066, align 4
  %2068 = insertelement <8 x float> undef, float %2067, i32 0
  %splat197 = shufflevector <8 x float> %2068, <8 x float> undef, <8 x i32> zeroinitializer
  %2069 = load <8 x float>, <8 x float>* %54, align 32
  %2070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %2020, <8 x float> %2069)
  store <8 x float> %2070, <8 x float>* %54, align 32
  %2071 = load <8 x float>, <8 x float>* %48, align 32
  %2072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %2024, <8 x float> %2071)
  store <8 x float> %2072, <8 x float>* %48, align 32
  %2073 = add i64 %1960, 16
  %2074 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2073
  %2075 = bitcast float* %2074 to <8 x float>*
  %2076 = load <8 x float>, <8 x float>* %2075, align 4
  %2077 = add i64 %1960, 2320
  %2078 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2077
  %2079 = bitcast float* %2078 to <8 x float>*
  %2080 = load <8 x float>, <8 x float>* %2079, align 4
  %2081 = add i64 %1956, 162
  %2082 = getelementptr inbounds float, float* %2, i64 %2081
  %2083 = load float, float* %2082, align 4
  %2084 = insertelement <8 x float> undef, float %2083, i32 0
  %splat198 = shufflevector <8 x float> %2084, <8 x float> undef, <8 x i32> zeroinitializer
  %2085 = load <8 x float>, <8 x float>* %59, align 32
  %2086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2076, <8 x float> %2085)
  store <8 x float> %2086, <8 x float>* %59, align 32
  %2087 = load <8 x float>, <8 x float>* %53, align 32
  %2088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2080, <8 x float> %2087)
  store <8 x float> %2088, <8 x float>* %53, align 32
  %2089 = add i64 %1956, 170
  %2090 = getelementptr inbounds float, float* %2, i64 %2089
  %2091 = load float, float* %2090, align 4
  %2092 = insertelement <8 x float> undef, float %2091, i32 0
  %splat199 = shufflevector <8 x float> %2092, <8 x float> undef, <8 x i32> zeroinitializer
  %2093 = load <8 x float>, <8 x float>* %58, align 32
  %2094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2076, <8 x float> %2093)
  store <8 x float> %2094, <8 x float>* %58, align 32
  %2095 = load <8 x float>, <8 x float>* %52, align 32
  %2096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2080, <8 x float> %2095)
  store <8 x float> %2096, <8 x float>* %52, align 32
  %2097 = add i64 %1956, 178
  %2098 = getelementptr inbounds float, float* %2, i64 %2097
  %2099 = load float, float* %2098, align 4
  %2100 = insertelement <8 x float> undef, float %2099, i32 0
  %splat200 = shufflevector <8 x float> %2100, <8 x float> undef, <8 x i32> zeroinitializer
  %2101 = load <8 x float>, <8 x float>* %57, align 32
  %2102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2076, <8 x float> %2101)
  store <8 x float> %2102, <8 x float>* %57, align 32
  %2103 = load <8 x float>, <8 x float>* %51, align 32
  %2104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2080, <8 x float> %2103)
  store <8 x float> %2104, <8 x float>* %51, align 32
  %2105 = add i64 %1956, 186
  %2106 = getelementptr inbounds float, float* %2, i64 %2105
  %2107 = load float, float* %2106, align 4
  %2108 = insertelement <8 x float> undef, float %2107, i32 0
  %splat201 = shufflevector <8 x float> %2108, <8 x float> undef, <8 x i32> zeroinitializer
  %2109 = load <8 x float>, <8 x float>* %56, align 32
  %2110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2076, <8 x float> %2109)
  store <8 x float> %2110, <8 x float>* %56, align 32
  %2111 = load <8 x float>, <8 x float>* %50, align 32
  %2112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2080, <8 x float> %2111)
  store <8 x float> %2112, <8 x float>* %50, align 32
  %2113 = add i64 %1956, 194
  %2114 = getelementptr inbounds float, float* %2, i64 %2113
  %2115 = load float, float* %2114, align 4
  %2116 = insertelement <8 x float> undef, float %2115, i32 0
  %splat202 = shufflevector <8 x float> %2116, <8 x float> undef, <8 x i32> zeroinitializer
  %2117 = load <8 x float>, <8 x float>* %55, align 32
  %2118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2076, <8 x float> %2117)
  store <8 x float> %2118, <8 x float>* %55, align 32
  %2119 = load <8 x float>, <8 x float>* %49, align 32
  %2120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2080, <8 x float> %2119)
  store <8 x float> %2120, <8 x float>* %49, align 32
  %2121 = add i64 %1956, 202
  %2122 = getelementptr inbounds float, float* %2, i64 %2121
  %2123 = load float, float* %2122, align 4
  %2124 = insertelement <8 x float> undef, float %2123, i32 0
  %splat203 = shufflevector <8 x float> %2124, <8 x float> undef, <8 x i32> zeroinitializer
  %2125 = load <8 x float>, <8 x float>* %54, align 32
  %2126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2076, <8 x float> %2125)
  store <8 x float> %2126, <8 x float>* %54, align 32
  %2127 = load <8 x float>, <8 x float>* %48, align 32
  %2128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2080, <8 x float> %2127)
  store <8 x float> %2128, <8 x float>* %48, align 32
  %2129 = add i64 %1960, 24
  %2130 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2129
  %2131 = bitcast float* %2130 to <8 x float>*
  %2132 = load <8 x float>, <8 x float>* %2131, align 4
  %2133 = add i64 %1960, 2328
  %2134 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2133
  %2135 = bitcast float* %2134 to <8 x float>*
  %2136 = load <8 x float>, <8 x float>* %2135, align 4
  %2137 = add i64 %1956, 163
  %2138 = getelementptr inbounds float, float* %2, i64 %2137
  %2139 = load float, float* %2138, align 4
  %2140 = insertelement <8 x float> undef, float %2139, i32 0
  %splat204 = shufflevector <8 x float> %2140, <8 x float> undef, <8 x i32> zeroinitializer
  %2141 = load <8 x float>, <8 x float>* %59, align 32
  %2142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2132, <8 x float> %2141)
  store <8 x float> %2142, <8 x float>* %59, align 32
  %2143 = load <8 x float>, <8 x float>* %53, align 32
  %2144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2136, <8 x float> %2143)
  store <8 x float> %2144, <8 x float>* %53, align 32
  %2145 = add i64 %1956, 171
  %2146 = getelementptr inbounds float, float* %2, i64 %2145
  %2147 = load float, float* %2146, align 4
  %2148 = insertelement <8 x float> undef, float %2147, i32 0
  %splat205 = shufflevector <8 x float> %2148, <8 x float> undef, <8 x i32> zeroinitializer
  %2149 = load <8 x float>, <8 x float>* %58, align 32
  %2150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2132, <8 x float> %2149)
  store <8 x float> %2150, <8 x float>* %58, align 32
  %2151 = load <8 x float>, <8 x float>* %52, align 32
  %2152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2136, <8 x float> %2151)
  store <8 x float> %2152, <8 x float>* %52, align 32
  %2153 = add i64 %1956, 179
  %2154 = getelementptr inbounds float, float* %2, i64 %2153
  %2155 = load float, float* %2154, align 4
  %2156 = insertelement <8 x float> undef, float %2155, i32 0
  %splat206 = shufflevector <8 x float> %2156, <8 x float> undef, <8 x i32> zeroinitializer
  %2157 = load <8 x float>, <8 x float>* %57, align 32
  %2158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2132, <8 x float> %2157)
  store <8 x float> %2158, <8 x float>* %57, align 32
  %2159 = load <8 x float>, <8 x float>* %51, align 32
  %2160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2136, <8 x float> %2159)
  store <8 x float> %2160, <8 x float>* %51, align 32
  %2161 = add i64 %1956, 187
  %2162 = getelementptr inbounds float, float* %2, i64 %2161
  %2163 = load float, float* %2162, align 4
  %2164 = insertelement <8 x float> undef, float %2163, i32 0
  %splat207 = shufflevector <8 x float> %2164, <8 x float> undef, <8 x i32> zeroinitializer
  %2165 = load <8 x float>, <8 x float>* %56, align 32
  %2166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2132, <8 x float> %2165)
  store <8 x float> %2166, <8 x float>* %56, align 32
  %2167 = load <8 x float>, <8 x float>* %50, align 32
  %2168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2136, <8 x float> %2167)
  store <8 x float> %2168, <8 x float>* %50, align 32
  %2169 = add i64 %1956, 195
  %2170 = getelementptr inbounds float, float* %2, i64 %2169
  %2171 = load float, float* %2170, align 4
  %2172 = insertelement <8 x float> undef, float %2171, i32 0
  %splat208 = shufflevector <8 x float> %2172, <8 x float> undef, <8 x i32> zeroinitializer
  %2173 = load <8 x float>, <8 x float>* %55, align 32
  %2174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2132, <8 x float> %2173)
  store <8 x float> %2174, <8 x float>* %55, align 32
  %2175 = load <8 x float>, <8 x float>* %49, align 32
  %2176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2136, <8 x float> %2175)
  store <8 x float> %2176, <8 x float>* %49, align 32
  %2177 = add i64 %1956, 203
  %2178 = getelementptr inbounds float, float* %2, i64 %2177
  %2179 = load float, float* %2178, align 4
  %2180 = insertelement <8 x float> undef, float %2179, i32 0
  %splat209 = shufflevector <8 x float> %2180, <8 x float> undef, <8 x i32> zeroinitializer
  %2181 = load <8 x float>, <8 x float>* %54, align 32
  %2182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2132, <8 x float> %2181)
  store <8 x float> %2182, <8 x float>* %54, align 32
  %2183 = load <8 x float>, <8 x float>* %48, align 32
  %2184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2136, <8 x float> %2183)
  store <8 x float> %2184, <8 x float>* %48, align 32
  %2185 = add i64 %1960, 32
  %2186 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2185
  %2187 = bitcast float* %2186 to <8 x float>*
  %2188 = load <8 x float>, <8 x float>* %2187, align 4
  %2189 = add i64 %1960, 2336
  %2190 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2189
  %2191 = bitcast float* %2190 to <8 x float>*
  %2192 = load <8 x float>, <8 x float>* %2191, align 4
  %2193 = add i64 %1956, 164
  %2194 = getelementptr inbounds float, float* %2, i64 %2193
  %2195 = load float, float* %2194, align 4
  %2196 = insertelement <8 x float> undef, float %2195, i32 0
  %splat210 = shufflevector <8 x float> %2196, <8 x float> undef, <8 x i32> zeroinitializer
  %2197 = load <8 x float>, <8 x float>* %59, align 32
  %2198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2188, <8 x float> %2197)
  store <8 x float> %2198, <8 x float>* %59, align 32
  %2199 = load <8 x float>, <8 x float>* %53, align 32
  %2200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2192, <8 x float> %2199)
  store <8 x float> %2200, <8 x float>* %53, align 32
  %2201 = add i64 %1956, 172
  %2202 = getelementptr inbounds float, float* %2, i64 %2201
  %2203 = load float, float* %2202, align 4
  %2204 = insertelement <8 x float> undef, float %2203, i32 0
  %splat211 = shufflevector <8 x float> %2204, <8 x float> undef, <8 x i32> zeroinitializer
  %2205 = load <8 x float>, <8 x float>* %58, align 32
  %2206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2188, <8 x float> %2205)
  store <8 x float> %2206, <8 x float>* %58, align 32
  %2207 = load <8 x float>, <8 x float>* %52, align 32
  %2208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2192, <8 x float> %2207)
  store <8 x float> %2208, <8 x float>* %52, align 32
  %2209 = add i64 %1956, 180
  %2210 = getelementptr inbounds float, float* %2, i64 %2209
  %2211 = load float, float* %2210, align 4
  %2212 = insertelement <8 x float> undef, float %2211, i32 0
  %splat212 = shufflevector <8 x float> %2212, <8 x float> undef, <8 x i32> zeroinitializer
  %2213 = load <8 x float>, <8 x float>* %57, align 32
  %2214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2188, <8 x float> %2213)
  store <8 x float> %2214, <8 x float>* %57, align 32
  %2215 = load <8 x float>, <8 x float>* %51, align 32
  %2216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2192, <8 x float> %2215)
  store <8 x float> %2216, <8 x float>* %51, align 32
  %2217 = add i64 %1956, 188
  %2218 = getelementptr inbounds float, float* %2, i64 %2217
  %2219 = load float, float* %2218, align 4
  %2220 = insertelement <8 x float> undef, float %2219, i32 0
  %splat213 = shufflevector <8 x float> %2220, <8 x float> undef, <8 x i32> zeroinitializer
  %2221 = load <8 x float>, <8 x float>* %56, align 32
  %2222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2188, <8 x float> %2221)
  store <8 x float> %2222, <8 x float>* %56, align 32
  %2223 = load <8 x float>, <8 x float>* %50, align 32
  %2224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2192, <8 x float> %2223)
  store <8 x float> %2224, <8 x float>* %50, align 32
  %2225 = add i64 %1956, 196
  %2226 = getelementptr inbounds float, float* %2, i64 %2225
  %2227 = load float, float* %2226, align 4
  %2228 = insertelement <8 x float> undef, float %2227, i32 0
  %splat214 = shufflevector <8 x float> %2228, <8 x float> undef, <8 x i32> zeroinitializer
  %2229 = load <8 x float>, <8 x float>* %55, align 32
  %2230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2188, <8 x float> %2229)
  store <8 x float> %2230, <8 x float>* %55, align 32
  %2231 = load <8 x float>, <8 x float>* %49, align 32
  %2232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2192, <8 x float> %2231)
  store <8 x float> %2232, <8 x float>* %49, align 32
  %2233 = add i64 %1956, 204
  %2234 = getelementptr inbounds float, float* %2, i64 %2233
  %2235 = load float, float* %2234, align 4
  %2236 = insertelement <8 x float> undef, float %2235, i32 0
  %splat215 = shufflevector <8 x float> %2236, <8 x float> undef, <8 x i32> zeroinitializer
  %2237 = load <8 x float>, <8 x float>* %54, align 32
  %2238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2188, <8 x float> %2237)
  store <8 x float> %2238, <8 x float>* %54, align 32
  %2239 = load <8 x float>, <8 x float>* %48, align 32
  %2240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2192, <8 x float> %2239)
  store <8 x float> %2240, <8 x float>* %48, align 32
  %2241 = add i64 %1960, 40
  %2242 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2241
  %2243 = bitcast float* %2242 to <8 x float>*
  %2244 = load <8 x float>, <8 x float>* %2243, align 4
  %2245 = add i64 %1960, 2344
  %2246 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2245
  %2247 = bitcast float* %2246 to <8 x float>*
  %2248 = load <8 x float>, <8 x float>* %2247, align 4
  %2249 = add i64 %1956, 165
  %2250 = getelementptr inbounds float, float* %2, i64 %2249
  %2251 = load float, float* %2250, align 4
  %2252 = insertelement <8 x float> undef, float %2251, i32 0
  %splat216 = shufflevector <8 x float> %2252, <8 x float> undef, <8 x i32> zeroinitializer
  %2253 = load <8 x float>, <8 x float>* %59, align 32
  %2254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2244, <8 x float> %2253)
  store <8 x float> %2254, <8 x float>* %59, align 32
  %2255 = load <8 x float>, <8 x float>* %53, align 32
  %2256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2248, <8 x float> %2255)
  store <8 x float> %2256, <8 x float>* %53, align 32
  %2257 = add i64 %1956, 173
  %2258 = getelementptr inbounds float, float* %2, i64 %2257
  %2259 = load float, float* %2258, align 4
  %2260 = insertelement <8 x float> undef, float %2259, i32 0
  %splat217 = shufflevector <8 x float> %2260, <8 x float> undef, <8 x i32> zeroinitializer
  %2261 = load <8 x float>, <8 x float>* %58, align 32
  %2262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2244, <8 x float> %2261)
  store <8 x float> %2262, <8 x float>* %58, align 32
  %2263 = load <8 x float>, <8 x float>* %52, align 32
  %2264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2248, <8 x float> %2263)
  store <8 x float> %2264, <8 x float>* %52, align 32
  %2265 = add i64 %1956, 181
  %2266 = getelementptr inbounds float, float* %2, i64 %2265
  %2267 = load float, float* %2266, align 4
  %2268 = insertelement <8 x float> undef, float %2267, i32 0
  %splat218 = shufflevector <8 x float> %2268, <8 x float> undef, <8 x i32> zeroinitializer
  %2269 = load <8 x float>, <8 x float>* %57, align 32
  %2270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2244, <8 x float> %2269)
  store <8 x float> %2270, <8 x float>* %57, align 32
  %2271 = load <8 x float>, <8 x float>* %51, align 32
  %2272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2248, <8 x float> %2271)
  store <8 x float> %2272, <8 x float>* %51, align 32
  %2273 = add i64 %1956, 189
  %2274 = getelementptr inbounds float, float* %2, i64 %2273
  %2275 = load float, float* %2274, align 4
  %2276 = insertelement <8 x float> undef, float %2275, i32 0
  %splat219 = shufflevector <8 x float> %2276, <8 x float> undef, <8 x i32> zeroinitializer
  %2277 = load <8 x float>, <8 x float>* %56, align 32
  %2278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2244, <8 x float> %2277)
  store <8 x float> %2278, <8 x float>* %56, align 32
  %2279 = load <8 x float>, <8 x float>* %50, align 32
  %2280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2248, <8 x float> %2279)
  store <8 x float> %2280, <8 x float>* %50, align 32
  %2281 = add i64 %1956, 197
  %2282 = getelementptr inbounds float, float* %2, i64 %2281
  %2283 = load float, float* %2282, align 4
  %2284 = insertelement <8 x float> undef, float %2283, i32 0
  %splat220 = shufflevector <8 x float> %2284, <8 x float> undef, <8 x i32> zeroinitializer
  %2285 = load <8 x float>, <8 x float>* %55, align 32
  %2286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2244, <8 x float> %2285)
  store <8 x float> %2286, <8 x float>* %55, align 32
  %2287 = load <8 x float>, <8 x float>* %49, align 32
  %2288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2248, <8 x float> %2287)
  store <8 x float> %2288, <8 x float>* %49, align 32
  %2289 = add i64 %1956, 205
  %2290 = getelementptr inbounds float, float* %2, i64 %2289
  %2291 = load float, float* %2290, align 4
  %2292 = insertelement <8 x float> undef, float %2291, i32 0
  %splat221 = shufflevector <8 x float> %2292, <8 x float> undef, <8 x i32> zeroinitializer
  %2293 = load <8 x float>, <8 x float>* %54, align 32
  %2294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2244, <8 x float> %2293)
  store <8 x float> %2294, <8 x float>* %54, align 32
  %2295 = load <8 x float>, <8 x float>* %48, align 32
  %2296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2248, <8 x float> %2295)
  store <8 x float> %2296, <8 x float>* %48, align 32
  %2297 = add i64 %1960, 48
  %2298 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2297
  %2299 = bitcast float* %2298 to <8 x float>*
  %2300 = load <8 x float>, <8 x float>* %2299, align 4
  %2301 = add i64 %1960, 2352
  %2302 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2301
  %2303 = bitcast float* %2302 to <8 x float>*
  %2304 = load <8 x float>, <8 x float>* %2303, align 4
  %2305 = add i64 %1956, 166
  %2306 = getelementptr inbounds float, float* %2, i64 %2305
  %2307 = load float, float* %2306, align 4
  %2308 = insertelement <8 x float> undef, float %2307, i32 0
  %splat222 = shufflevector <8 x float> %2308, <8 x float> undef, <8 x i32> zeroinitializer
  %2309 = load <8 x float>, <8 x float>* %59, align 32
  %2310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2300, <8 x float> %2309)
  store <8 x float> %2310, <8 x float>* %59, align 32
  %2311 = load <8 x float>, <8 x float>* %53, align 32
  %2312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2304, <8 x float> %2311)
  store <8 x float> %2312, <8 x float>* %53, align 32
  %2313 = add i64 %1956, 174
  %2314 = getelementptr inbounds float, float* %2, i64 %2313
  %2315 = load float, float* %2314, align 4
  %2316 = insertelement <8 x float> undef, float %2315, i32 0
  %splat223 = shufflevector <8 x float> %2316, <8 x float> undef, <8 x i32> zeroinitializer
  %2317 = load <8 x float>, <8 x float>* %58, align 32
  %2318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2300, <8 x float> %2317)
  store <8 x float> %2318, <8 x float>* %58, align 32
  %2319 = load <8 x float>, <8 x float>* %52, align 32
  %2320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2304, <8 x float> %2319)
  store <8 x float> %2320, <8 x float>* %52, align 32
  %2321 = add i64 %1956, 182
  %2322 = getelementptr inbounds float, float* %2, i64 %2321
  %2323 = load float, float* %2322, align 4
  %2324 = insertelement <8 x float> undef, float %2323, i32 0
  %splat224 = shufflevector <8 x float> %2324, <8 x float> undef, <8 x i32> zeroinitializer
  %2325 = load <8 x float>, <8 x float>* %57, align 32
  %2326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2300, <8 x float> %2325)
  store <8 x float> %2326, <8 x float>* %57, align 32
  %2327 = load <8 x float>, <8 x float>* %51, align 32
  %2328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2304, <8 x float> %2327)
  store <8 x float> %2328, <8 x float>* %51, align 32
  %2329 = add i64 %1956, 190
  %2330 = getelementptr inbounds float, float* %2, i64 %2329
  %2331 = load float, float* %2330, align 4
  %2332 = insertelement <8 x float> undef, float %2331, i32 0
  %splat225 = shufflevector <8 x float> %2332, <8 x float> undef, <8 x i32> zeroinitializer
  %2333 = load <8 x float>, <8 x float>* %56, align 32
  %2334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2300, <8 x float> %2333)
  store <8 x float> %2334, <8 x float>* %56, align 32
  %2335 = load <8 x float>, <8 x float>* %50, align 32
  %2336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2304, <8 x float> %2335)
  store <8 x float> %2336, <8 x float>* %50, align 32
  %2337 = add i64 %1956, 198
  %2338 = getelementptr inbounds float, float* %2, i64 %2337
  %2339 = load float, float* %2338, align 4
  %2340 = insertelement <8 x float> undef, float %2339, i32 0
  %splat226 = shufflevector <8 x float> %2340, <8 x float> undef, <8 x i32> zeroinitializer
  %2341 = load <8 x float>, <8 x float>* %55, align 32
  %2342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2300, <8 x float> %2341)
  store <8 x float> %2342, <8 x float>* %55, align 32
  %2343 = load <8 x float>, <8 x float>* %49, align 32
  %2344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2304, <8 x float> %2343)
  store <8 x float> %2344, <8 x float>* %49, align 32
  %2345 = add i64 %1956, 206
  %2346 = getelementptr inbounds float, float* %2, i64 %2345
  %2347 = load float, float* %2346, align 4
  %2348 = insertelement <8 x float> undef, float %2347, i32 0
  %splat227 = shufflevector <8 x float> %2348, <8 x float> undef, <8 x i32> zeroinitializer
  %2349 = load <8 x float>, <8 x float>* %54, align 32
  %2350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2300, <8 x float> %2349)
  store <8 x float> %2350, <8 x float>* %54, align 32
  %2351 = load <8 x float>, <8 x float>* %48, align 32
  %2352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2304, <8 x float> %2351)
  store <8 x float> %2352, <8 x float>* %48, align 32
  %2353 = add i64 %1960, 56
  %2354 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2353
  %2355 = bitcast float* %2354 to <8 x float>*
  %2356 = load <8 x float>, <8 x float>* %2355, align 4
  %2357 = add i64 %1960, 2360
  %2358 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2357
  %2359 = bitcast float* %2358 to <8 x float>*
  %2360 = load <8 x float>, <8 x float>* %2359, align 4
  %2361 = add i64 %1956, 167
  %2362 = getelementptr inbounds float, float* %2, i64 %2361
  %2363 = load float, float* %2362, align 4
  %2364 = insertelement <8 x float> undef, float %2363, i32 0
  %splat228 = shufflevector <8 x float> %2364, <8 x float> undef, <8 x i32> zeroinitializer
  %2365 = load <8 x float>, <8 x float>* %59, align 32
  %2366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2356, <8 x float> %2365)
  store <8 x float> %2366, <8 x float>* %59, align 32
  %2367 = load <8 x float>, <8 x float>* %53, align 32
  %2368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2360, <8 x float> %2367)
  store <8 x float> %2368, <8 x float>* %53, align 32
  %2369 = add i64 %1956, 175
  %2370 = getelementptr inbounds float, float* %2, i64 %2369
  %2371 = load float, float* %2370, align 4
  %2372 = insertelement <8 x float> undef, float %2371, i32 0
  %splat229 = shufflevector <8 x float> %2372, <8 x float> undef, <8 x i32> zeroinitializer
  %2373 = load <8 x float>, <8 x float>* %58, align 32
  %2374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2356, <8 x float> %2373)
  store <8 x float> %2374, <8 x float>* %58, align 32
  %2375 = load <8 x float>, <8 x float>* %52, align 32
  %2376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2360, <8 x float> %2375)
  store <8 x float> %2376, <8 x float>* %52, align 32
  %2377 = add i64 %1956, 183
  %2378 = getelementptr inbounds float, float* %2, i64 %2377
  %2379 = load float, float* %2378, align 4
  %2380 = insertelement <8 x float> undef, float %2379, i32 0
  %splat230 = shufflevector <8 x float> %2380, <8 x float> undef, <8 x i32> zeroinitializer
  %2381 = load <8 x float>, <8 x float>* %57, align 32
  %2382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2356, <8 x float> %2381)
  store <8 x float> %2382, <8 x float>* %57, align 32
  %2383 = load <8 x float>, <8 x float>* %51, align 32
  %2384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2360, <8 x float> %2383)
  store <8 x float> %2384, <8 x float>* %51, align 32
  %2385 = add i64 %1956, 191
  %2386 = getelementptr inbounds float, float* %2, i64 %2385
  %2387 = load float, float* %2386, align 4
  %2388 = insertelement <8 x float> undef, float %2387, i32 0
  %splat231 = shufflevector <8 x float> %2388, <8 x float> undef, <8 x i32> zeroinitializer
  %2389 = load <8 x float>, <8 x float>* %56, align 32
  %2390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2356, <8 x float> %2389)
  store <8 x float> %2390, <8 x float>* %56, align 32
  %2391 = load <8 x float>, <8 x float>* %50, align 32
  %2392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2360, <8 x float> %2391)
  store <8 x float> %2392, <8 x float>* %50, align 32
  %2393 = add i64 %1956, 199
  %2394 = getelementptr inbounds float, float* %2, i64 %2393
  %2395 = load float, float* %2394, align 4
  %2396 = insertelement <8 x float> undef, float %2395, i32 0
  %splat232 = shufflevector <8 x float> %2396, <8 x float> undef, <8 x i32> zeroinitializer
  %2397 = load <8 x float>, <8 x float>* %55, align 32
  %2398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2356, <8 x float> %2397)
  store <8 x float> %2398, <8 x float>* %55, align 32
  %2399 = load <8 x float>, <8 x float>* %49, align 32
  %2400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2360, <8 x float> %2399)
  store <8 x float> %2400, <8 x float>* %49, align 32
  %2401 = add i64 %1956, 207
  %2402 = getelementptr inbounds float, float* %2, i64 %2401
  %2403 = load float, float* %2402, align 4
  %2404 = insertelement <8 x float> undef, float %2403, i32 0
  %splat233 = shufflevector <8 x float> %2404, <8 x float> undef, <8 x i32> zeroinitializer
  %2405 = load <8 x float>, <8 x float>* %54, align 32
  %2406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2356, <8 x float> %2405)
  store <8 x float> %2406, <8 x float>* %54, align 32
  %2407 = load <8 x float>, <8 x float>* %48, align 32
  %2408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2360, <8 x float> %2407)
  store <8 x float> %2408, <8 x float>* %48, align 32
  %kw.next234 = add i64 %kw185, 1
  br label %kw.header182

kw.exit184:                                       ; preds = %kw.header182
  %kh.next235 = add i64 %kh181, 1
  br label %kh.header178

u.header237:                                      ; preds = %kh.exit243, %u.exit176
  %u240 = phi i64 [ 0, %u.exit176 ], [ %u.next299, %kh.exit243 ]
  %2409 = icmp slt i64 %u240, 4
  br i1 %2409, label %u.body238, label %u.exit239

u.body238:                                        ; preds = %u.header237
  %2410 = mul i64 %u240, 2312
  %2411 = add i64 %1950, %2410
  %2412 = mul i64 %u240, 576
  %2413 = add i64 %111, %2412
  br label %kh.header241

u.exit239:                                        ; preds = %u.header237
  %2414 = mul i64 %103, 8
  %2415 = add i64 %2414, %106
  %2416 = add i64 %2415, 0
  %2417 = mul i64 %2416, 15
  %2418 = add i64 %2417, %100
  %2419 = mul i64 %2418, 15
  %2420 = add i64 %2419, 24
  %2421 = mul i64 %2420, 8
  %2422 = load <8 x float>, <8 x float>* %47, align 32
  %2423 = fcmp ogt <8 x float> %2422, zeroinitializer
  %2424 = select <8 x i1> %2423, <8 x float> %2422, <8 x float> zeroinitializer
  %2425 = getelementptr inbounds float, float* %0, i64 %2421
  %2426 = bitcast float* %2425 to <8 x float>*
  store <8 x float> %2424, <8 x float>* %2426, align 4
  %2427 = add i64 %2419, 25
  %2428 = mul i64 %2427, 8
  %2429 = load <8 x float>, <8 x float>* %46, align 32
  %2430 = fcmp ogt <8 x float> %2429, zeroinitializer
  %2431 = select <8 x i1> %2430, <8 x float> %2429, <8 x float> zeroinitializer
  %2432 = getelementptr inbounds float, float* %0, i64 %2428
  %2433 = bitcast float* %2432 to <8 x float>*
  store <8 x float> %2431, <8 x float>* %2433, align 4
  %2434 = add i64 %2419, 26
  %2435 = mul i64 %2434, 8
  %2436 = load <8 x float>, <8 x float>* %45, align 32
  %2437 = fcmp ogt <8 x float> %2436, zeroinitializer
  %2438 = select <8 x i1> %2437, <8 x float> %2436, <8 x float> zeroinitializer
  %2439 = getelementptr inbounds float, float* %0, i64 %2435
  %2440 = bitcast float* %2439 to <8 x float>*
  store <8 x float> %2438, <8 x float>* %2440, align 4
  %2441 = add i64 %2419, 27
  %2442 = mul i64 %2441, 8
  %2443 = load <8 x float>, <8 x float>* %44, align 32
  %2444 = fcmp ogt <8 x float> %2443, zeroinitializer
  %2445 = select <8 x i1> %2444, <8 x float> %2443, <8 x float> zeroinitializer
  %2446 = getelementptr inbounds float, float* %0, i64 %2442
  %2447 = bitcast float* %2446 to <8 x float>*
  store <8 x float> %2445, <8 x float>* %2447, align 4
  %2448 = add i64 %2419, 28
  %2449 = mul i64 %2448, 8
  %2450 = load <8 x float>, <8 x float>* %43, align 32
  %2451 = fcmp ogt <8 x float> %2450, zeroinitializer
  %2452 = select <8 x i1> %2451, <8 x float> %2450, <8 x float> zeroinitializer
  %2453 = getelementptr inbounds float, float* %0, i64 %2449
  %2454 = bitcast float* %2453 to <8 x float>*
  store <8 x float> %2452, <8 x float>* %2454, align 4
  %2455 = add i64 %2419, 29
  %2456 = mul i64 %2455, 8
  %2457 = load <8 x float>, <8 x float>* %42, align 32
  %2458 = fcmp ogt <8 x float> %2457, zeroinitializer
  %2459 = select <8 x i1> %2458, <8 x float> %2457, <8 x float> zeroinitializer
  %2460 = getelementptr inbounds float, float* %0, i64 %2456
  %2461 = bitcast float* %2460 to <8 x float>*
  store <8 x float> %2459, <8 x float>* %2461, align 4
  %2462 = mul i64 %103, 8
  %2463 = add i64 %2462, %106
  %2464 = add i64 %2463, 1
  %2465 = mul i64 %2464, 15
  %2466 = add i64 %2465, %100
  %2467 = mul i64 %2466, 15
  %2468 = add i64 %2467, 24
  %2469 = mul i64 %2468, 8
  %2470 = load <8 x float>, <8 x float>* %41, align 32
  %2471 = fcmp ogt <8 x float> %2470, zeroinitializer
  %2472 = select <8 x i1> %2471, <8 x float> %2470, <8 x float> zeroinitializer
  %2473 = getelementptr inbounds float, float* %0, i64 %2469
  %2474 = bitcast float* %2473 to <8 x float>*
  store <8 x float> %2472, <8 x float>* %2474, align 4
  %2475 = add i64 %2467, 25
  %2476 = mul i64 %2475, 8
  %2477 = load <8 x float>, <8 x float>* %40, align 32
  %2478 = fcmp ogt <8 x float> %2477, zeroinitializer
  %2479 = select <8 x i1> %2478, <8 x float> %2477, <8 x float> zeroinitializer
  %2480 = getelementptr inbounds float, float* %0, i64 %2476
  %2481 = bitcast float* %2480 to <8 x float>*
  store <8 x float> %2479, <8 x float>* %2481, align 4
  %2482 = add i64 %2467, 26
  %2483 = mul i64 %2482, 8
  %2484 = load <8 x float>, <8 x float>* %39, align 32
  %2485 = fcmp ogt <8 x float> %2484, zeroinitializer
  %2486 = select <8 x i1> %2485, <8 x float> %2484, <8 x float> zeroinitializer
  %2487 = getelementptr inbounds float, float* %0, i64 %2483
  %2488 = bitcast float* %2487 to <8 x float>*
  store <8 x float> %2486, <8 x float>* %2488, align 4
  %2489 = add i64 %2467, 27
  %2490 = mul i64 %2489, 8
  %2491 = load <8 x float>, <8 x float>* %38, align 32
  %2492 = fcmp ogt <8 x float> %2491, zeroinitializer
  %2493 = select <8 x i1> %2492, <8 x float> %2491, <8 x float> zeroinitializer
  %2494 = getelementptr inbounds float, float* %0, i64 %2490
  %2495 = bitcast float* %2494 to <8 x float>*
  store <8 x float> %2493, <8 x float>* %2495, align 4
  %2496 = add i64 %2467, 28
  %2497 = mul i64 %2496, 8
  %2498 = load <8 x float>, <8 x float>* %37, align 32
  %2499 = fcmp ogt <8 x float> %2498, zeroinitializer
  %2500 = select <8 x i1> %2499, <8 x float> %2498, <8 x float> zeroinitializer
  %2501 = getelementptr inbounds float, float* %0, i64 %2497
  %2502 = bitcast float* %2501 to <8 x float>*
  store <8 x float> %2500, <8 x float>* %2502, align 4
  %2503 = add i64 %2467, 29
  %2504 = mul i64 %2503, 8
  %2505 = load <8 x float>, <8 x float>* %36, align 32
  %2506 = fcmp ogt <8 x float> %2505, zeroinitializer
  %2507 = select <8 x i1> %2506, <8 x float> %2505, <8 x float> zeroinitializer
  %2508 = getelementptr inbounds float, float* %0, i64 %2504
  %2509 = bitcast float* %2508 to <8 x float>*
  store <8 x float> %2507, <8 x float>* %2509, align 4
  %2510 = add i64 %106, 0
  %2511 = mul i64 %2510, 8
  %2512 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %2511
  %2513 = bitcast float* %2512 to <8 x float>*
  %2514 = load <8 x float>, <8 x float>* %2513, align 4
  store <8 x float> %2514, <8 x float>* %35, align 32
  store <8 x float> %2514, <8 x float>* %34, align 32
  store <8 x float> %2514, <8 x float>* %33, align 32
  store <8 x float> %2514, <8 x float>* %32, align 32
  store <8 x float> %2514, <8 x float>* %31, align 32
  store <8 x float> %2514, <8 x float>* %30, align 32
  %2515 = add i64 %106, 1
  %2516 = mul i64 %2515, 8
  %2517 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %2516
  %2518 = bitcast float* %2517 to <8 x float>*
  %2519 = load <8 x float>, <8 x float>* %2518, align 4
  store <8 x float> %2519, <8 x float>* %29, align 32
  store <8 x float> %2519, <8 x float>* %28, align 32
  store <8 x float> %2519, <8 x float>* %27, align 32
  store <8 x float> %2519, <8 x float>* %26, align 32
  store <8 x float> %2519, <8 x float>* %25, align 32
  store <8 x float> %2519, <8 x float>* %24, align 32
  %2520 = add i64 %112, 0
  %2521 = add i64 %110, %2520
  br label %u.header300

kh.header241:                                     ; preds = %kw.exit247, %u.body238
  %kh244 = phi i64 [ 0, %u.body238 ], [ %kh.next298, %kw.exit247 ]
  %2522 = icmp slt i64 %kh244, 3
  br i1 %2522, label %kh.body242, label %kh.exit243

kh.body242:                                       ; preds = %kh.header241
  %2523 = mul i64 %kh244, 136
  %2524 = add i64 %2411, %2523
  br label %kw.header245

kh.exit243:                                       ; preds = %kh.header241
  %u.next299 = add i64 %u240, 1
  br label %u.header237

kw.header245:                                     ; preds = %kw.body246, %kh.body242
  %kw248 = phi i64 [ 0, %kh.body242 ], [ %kw.next297, %kw.body246 ]
  %2525 = icmp slt i64 %kw248, 3
  br i1 %2525, label %kw.body246, label %kw.exit247

kw.body246:                                       ; preds = %kw.header245
  %2526 = mul i64 %kw248, 8
  %2527 = add i64 %2524, %2526
  %2528 = mul i64 %kh244, 3
  %2529 = add i64 %2528, %kw248
  %2530 = mul i64 %2529, 64
  %2531 = add i64 %2413, %2530
  %2532 = add i64 %2531, 0
  %2533 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2532
  %2534 = bitcast float* %2533 to <8 x float>*
  %2535 = load <8 x float>, <8 x float>* %2534, align 4
  %2536 = add i64 %2531, 2304
  %2537 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2536
  %2538 = bitcast float* %2537 to <8 x float>*
  %2539 = load <8 x float>, <8 x float>* %2538, align 4
  %2540 = add i64 %2527, 208
  %2541 = getelementptr inbounds float, float* %2, i64 %2540
  %2542 = load float, float* %2541, align 4
  %2543 = insertelement <8 x float> undef, float %2542, i32 0
  %splat249 = shufflevector <8 x float> %2543, <8 x float> undef, <8 x i32> zeroinitializer
  %2544 = load <8 x float>, <8 x float>* %47, align 32
  %2545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2535, <8 x float> %2544)
  store <8 x float> %2545, <8 x float>* %47, align 32
  %2546 = load <8 x float>, <8 x float>* %41, align 32
  %2547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2539, <8 x float> %2546)
  store <8 x float> %2547, <8 x float>* %41, align 32
  %2548 = add i64 %2527, 216
  %2549 = getelementptr inbounds float, float* %2, i64 %2548
  %2550 = load float, float* %2549, align 4
  %2551 = insertelement <8 x float> undef, float %2550, i32 0
  %splat250 = shufflevector <8 x float> %2551, <8 x float> undef, <8 x i32> zeroinitializer
  %2552 = load <8 x float>, <8 x float>* %46, align 32
  %2553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2535, <8 x float> %2552)
  store <8 x float> %2553, <8 x float>* %46, align 32
  %2554 = load <8 x float>, <8 x float>* %40, align 32
  %2555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2539, <8 x float> %2554)
  store <8 x float> %2555, <8 x float>* %40, align 32
  %2556 = add i64 %2527, 224
  %2557 = getelementptr inbounds float, float* %2, i64 %2556
  %2558 = load float, float* %2557, align 4
  %2559 = insertelement <8 x float> undef, float %2558, i32 0
  %splat251 = shufflevector <8 x float> %2559, <8 x float> undef, <8 x i32> zeroinitializer
  %2560 = load <8 x float>, <8 x float>* %45, align 32
  %2561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2535, <8 x float> %2560)
  store <8 x float> %2561, <8 x float>* %45, align 32
  %2562 = load <8 x float>, <8 x float>* %39, align 32
  %2563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2539, <8 x float> %2562)
  store <8 x float> %2563, <8 x float>* %39, align 32
  %2564 = add i64 %2527, 232
  %2565 = getelementptr inbounds float, float* %2, i64 %2564
  %2566 = load float, float* %2565, align 4
  %2567 = insertelement <8 x float> undef, float %2566, i32 0
  %splat252 = shufflevector <8 x float> %2567, <8 x float> undef, <8 x i32> zeroinitializer
  %2568 = load <8 x float>, <8 x float>* %44, align 32
  %2569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2535, <8 x float> %2568)
  store <8 x float> %2569, <8 x float>* %44, align 32
  %2570 = load <8 x float>, <8 x float>* %38, align 32
  %2571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2539, <8 x float> %2570)
  store <8 x float> %2571, <8 x float>* %38, align 32
  %2572 = add i64 %2527, 240
  %2573 = getelementptr inbounds float, float* %2, i64 %2572
  %2574 = load float, float* %2573, align 4
  %2575 = insertelement <8 x float> undef, float %2574, i32 0
  %splat253 = shufflevector <8 x float> %2575, <8 x float> undef, <8 x i32> zeroinitializer
  %2576 = load <8 x float>, <8 x float>* %43, align 32
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2535, <8 x float> %2576)
  store <8 x float> %2577, <8 x float>* %43, align 32
  %2578 = load <8 x float>, <8 x float>* %37, align 32
  %2579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2539, <8 x float> %2578)
  store <8 x float> %2579, <8 x float>* %37, align 32
  %2580 = add i64 %2527, 248
  %2581 = getelementptr inbounds float, float* %2, i64 %2580
  %2582 = load float, float* %2581, align 4
  %2583 = insertelement <8 x float> undef, float %2582, i32 0
  %splat254 = shufflevector <8 x float> %2583, <8 x float> undef, <8 x i32> zeroinitializer
  %2584 = load <8 x float>, <8 x float>* %42, align 32
  %2585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2535, <8 x float> %2584)
  store <8 x float> %2585, <8 x float>* %42, align 32
  %2586 = load <8 x float>, <8 x float>* %36, align 32
  %2587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2539, <8 x float> %2586)
  store <8 x float> %2587, <8 x float>* %36, align 32
  %2588 = add i64 %2531, 8
  %2589 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2588
  %2590 = bitcast float* %2589 to <8 x float>*
  %2591 = load <8 x float>, <8 x float>* %2590, align 4
  %2592 = add i64 %2531, 2312
  %2593 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2592
  %2594 = bitcast float* %2593 to <8 x float>*
  %2595 = load <8 x float>, <8 x float>* %2594, align 4
  %2596 = add i64 %2527, 209
  %2597 = getelementptr inbounds float, float* %2, i64 %2596
  %2598 = load float, float* %2597, align 4
  %2599 = insertelement <8 x float> undef, float %2598, i32 0
  %splat255 = shufflevector <8 x float> %2599, <8 x float> undef, <8 x i32> zeroinitializer
  %2600 = load <8 x float>, <8 x float>* %47, align 32
  %2601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2591, <8 x float> %2600)
  store <8 x float> %2601, <8 x float>* %47, align 32
  %2602 = load <8 x float>, <8 x float>* %41, align 32
  %2603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2595, <8 x float> %2602)
  store <8 x float> %2603, <8 x float>* %41, align 32
  %2604 = add i64 %2527, 217
  %2605 = getelementptr inbounds float, float* %2, i64 %2604
  %2606 = load float, float* %2605, align 4
  %2607 = insertelement <8 x float> undef, float %2606, i32 0
  %splat256 = shufflevector <8 x float> %2607, <8 x float> undef, <8 x i32> zeroinitializer
  %2608 = load <8 x float>, <8 x float>* %46, align 32
  %2609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2591, <8 x float> %2608)
  store <8 x float> %2609, <8 x float>* %46, align 32
  %2610 = load <8 x float>, <8 x float>* %40, align 32
  %2611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2595, <8 x float> %2610)
  store <8 x float> %2611, <8 x float>* %40, align 32
  %2612 = add i64 %2527, 225
  %2613 = getelementptr inbounds float, float* %2, i64 %2612
  %2614 = load float, float* %2613, align 4
  %2615 = insertelement <8 x float> undef, float %2614, i32 0
  %splat257 = shufflevector <8 x float> %2615, <8 x float> undef, <8 x i32> zeroinitializer
  %2616 = load <8 x float>, <8 x float>* %45, align 32
  %2617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2591, <8 x float> %2616)
  store <8 x float> %2617, <8 x float>* %45, align 32
  %2618 = load <8 x float>, <8 x float>* %39, align 32
  %2619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2595, <8 x float> %2618)
  store <8 x float> %2619, <8 x float>* %39, align 32
  %2620 = add i64 %2527, 233
  %2621 = getelementptr inbounds float, float* %2, i64 %2620
  %2622 = load float, float* %2621, align 4
  %2623 = insertelement <8 x float> undef, float %2622, i32 0
  %splat258 = shufflevector <8 x float> %2623, <8 x float> undef, <8 x i32> zeroinitializer
  %2624 = load <8 x float>, <8 x float>* %44, align 32
  %2625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2591, <8 x float> %2624)
  store <8 x float> %2625, <8 x float>* %44, align 32
  %2626 = load <8 x float>, <8 x float>* %38, align 32
  %2627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2595, <8 x float> %2626)
  store <8 x float> %2627, <8 x float>* %38, align 32
  %2628 = add i64 %2527, 241
  %2629 = getelementptr inbounds float, float* %2, i64 %2628
  %2630 = load float, float* %2629, align 4
  %2631 = insertelement <8 x float> undef, float %2630, i32 0
  %splat259 = shufflevector <8 x float> %2631, <8 x float> undef, <8 x i32> zeroinitializer
  %2632 = load <8 x float>, <8 x float>* %43, align 32
  %2633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2591, <8 x float> %2632)
  store <8 x float> %2633, <8 x float>* %43, align 32
  %2634 = load <8 x float>, <8 x float>* %37, align 32
  %2635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2595, <8 x float> %2634)
  store <8 x float> %2635, <8 x float>* %37, align 32
  %2636 = add i64 %2527, 249
  %2637 = getelementptr inbounds float, float* %2, i64 %2636
  %2638 = load float, float* %2637, align 4
  %2639 = insertelement <8 x float> undef, float %2638, i32 0
  %splat260 = shufflevector <8 x float> %2639, <8 x float> undef, <8 x i32> zeroinitializer
  %2640 = load <8 x float>, <8 x float>* %42, align 32
  %2641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2591, <8 x float> %2640)
  store <8 x float> %2641, <8 x float>* %42, align 32
  %2642 = load <8 x float>, <8 x float>* %36, align 32
  %2643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2595, <8 x float> %2642)
  store <8 x float> %2643, <8 x float>* %36, align 32
  %2644 = add i64 %2531, 16
  %2645 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2644
  %2646 = bitcast float* %2645 to <8 x float>*
  %2647 = load <8 x float>, <8 x float>* %2646, align 4
  %2648 = add i64 %2531, 2320
  %2649 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2648
  %2650 = bitcast float* %2649 to <8 x float>*
  %2651 = load <8 x float>, <8 x float>* %2650, align 4
  %2652 = add i64 %2527, 210
  %2653 = getelementptr inbounds float, float* %2, i64 %2652
  %2654 = load float, float* %2653, align 4
  %2655 = insertelement <8 x float> undef, float %2654, i32 0
  %splat261 = shufflevector <8 x float> %2655, <8 x float> undef, <8 x i32> zeroinitializer
  %2656 = load <8 x float>, <8 x float>* %47, align 32
  %2657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2647, <8 x float> %2656)
  store <8 x float> %2657, <8 x float>* %47, align 32
  %2658 = load <8 x float>, <8 x float>* %41, align 32
  %2659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2651, <8 x float> %2658)
  store <8 x float> %2659, <8 x float>* %41, align 32
  %2660 = add i64 %2527, 218
  %2661 = getelementptr inbounds float, float* %2, i64 %2660
  %2662 = load float, float* %2661, align 4
  %2663 = insertelement <8 x float> undef, float %2662, i32 0
  %splat262 = shufflevector <8 x float> %2663, <8 x float> undef, <8 x i32> zeroinitializer
  %2664 = load <8 x float>, <8 x float>* %46, align 32
  %2665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2647, <8 x float> %2664)
  store <8 x float> %2665, <8 x float>* %46, align 32
  %2666 = load <8 x float>, <8 x float>* %40, align 32
  %2667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2651, <8 x float> %2666)
  store <8 x float> %2667, <8 x float>* %40, align 32
  %2668 = add i64 %2527, 226
  %2669 = getelementptr inbounds float, float* %2, i64 %2668
  %2670 = load float, float* %2669, align 4
  %2671 = insertelement <8 x float> undef, float %2670, i32 0
  %splat263 = shufflevector <8 x float> %2671, <8 x float> undef, <8 x i32> zeroinitializer
  %2672 = load <8 x float>, <8 x float>* %45, align 32
  %2673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2647, <8 x float> %2672)
  store <8 x float> %2673, <8 x float>* %45, align 32
  %2674 = load <8 x float>, <8 x float>* %39, align 32
  %2675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2651, <8 x float> %2674)
  store <8 x float> %2675, <8 x float>* %39, align 32
  %2676 = add i64 %2527, 234
  %2677 = getelementptr inbounds float, float* %2, i64 %2676
  %2678 = load float, float* %2677, align 4
  %2679 = insertelement <8 x float> undef, float %2678, i32 0
  %splat264 = shufflevector <8 x float> %2679, <8 x float> undef, <8 x i32> zeroinitializer
  %2680 = load <8 x float>, <8 x float>* %44, align 32
  %2681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2647, <8 x float> %2680)
  store <8 x float> %2681, <8 x float>* %44, align 32
  %2682 = load <8 x float>, <8 x float>* %38, align 32
  %2683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2651, <8 x float> %2682)
  store <8 x float> %2683, <8 x float>* %38, align 32
  %2684 = add i64 %2527, 242
  %2685 = getelementptr inbounds float, float* %2, i64 %2684
  %2686 = load float, float* %2685, align 4
  %2687 = insertelement <8 x float> undef, float %2686, i32 0
  %splat265 = shufflevector <8 x float> %2687, <8 x float> undef, <8 x i32> zeroinitializer
  %2688 = load <8 x float>, <8 x float>* %43, align 32
  %2689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2647, <8 x float> %2688)
  store <8 x float> %2689, <8 x float>* %43, align 32
  %2690 = load <8 x float>, <8 x float>* %37, align 32
  %2691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2651, <8 x float> %2690)
  store <8 x float> %2691, <8 x float>* %37, align 32
  %2692 = add i64 %2527, 250
  %2693 = getelementptr inbounds float, float* %2, i64 %2692
  %2694 = load float, float* %2693, align 4
  %2695 = insertelement <8 x float> undef, float %2694, i32 0
  %splat266 = shufflevector <8 x float> %2695, <8 x float> undef, <8 x i32> zeroinitializer
  %2696 = load <8 x float>, <8 x float>* %42, align 32
  %2697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2647, <8 x float> %2696)
  store <8 x float> %2697, <8 x float>* %42, align 32
  %2698 = load <8 x float>, <8 x float>* %36, align 32
  %2699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2651, <8 x float> %2698)
  store <8 x float> %2699, <8 x float>* %36, align 32
  %2700 = add i64 %2531, 24
  %2701 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2700
  %2702 = bitcast float* %2701 to <8 x float>*
  %2703 = load <8 x float>, <8 x float>* %2702, align 4
  %2704 = add i64 %2531, 2328
  %2705 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2704
  %2706 = bitcast float* %2705 to <8 x float>*
  %2707 = load <8 x float>, <8 x float>* %2706, align 4
  %2708 = add i64 %2527, 211
  %2709 = getelementptr inbounds float, float* %2, i64 %2708
  %2710 = load float, float* %2709, align 4
  %2711 = insertelement <8 x float> undef, float %2710, i32 0
  %splat267 = shufflevector <8 x float> %2711, <8 x float> undef, <8 x i32> zeroinitializer
  %2712 = load <8 x float>, <8 x float>* %47, align 32
  %2713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2703, <8 x float> %2712)
  store <8 x float> %2713, <8 x float>* %47, align 32
  %2714 = load <8 x float>, <8 x float>* %41, align 32
  %2715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2707, <8 x float> %2714)
  store <8 x float> %2715, <8 x float>* %41, align 32
  %2716 = add i64 %2527, 219
  %2717 = getelementptr inbounds float, float* %2, i64 %2716
  %2718 = load float, float* %2717, align 4
  %2719 = insertelement <8 x float> undef, float %2718, i32 0
  %splat268 = shufflevector <8 x float> %2719, <8 x float> undef, <8 x i32> zeroinitializer
  %2720 = load <8 x float>, <8 x float>* %46, align 32
  %2721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2703, <8 x float> %2720)
  store <8 x float> %2721, <8 x float>* %46, align 32
  %2722 = load <8 x float>, <8 x float>* %40, align 32
  %2723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2707, <8 x float> %2722)
  store <8 x float> %2723, <8 x float>* %40, align 32
  %2724 = add i64 %2527, 227
  %2725 = getelementptr inbounds float, float* %2, i64 %2724
  %2726 = load float, float* %2725, align 4
  %2727 = insertelement <8 x float> undef, float %2726, i32 0
  %splat269 = shufflevector <8 x float> %2727, <8 x float> undef, <8 x i32> zeroinitializer
  %2728 = load <8 x float>, <8 x float>* %45, align 32
  %2729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2703, <8 x float> %2728)
  store <8 x float> %2729, <8 x float>* %45, align 32
  %2730 = load <8 x float>, <8 x float>* %39, align 32
  %2731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2707, <8 x float> %2730)
  store <8 x float> %2731, <8 x float>* %39, align 32
  %2732 = add i64 %2527, 235
  %2733 = getelementptr inbounds float, float* %2, i64 %2732
  %2734 = load float, float* %2733, align 4
  %2735 = insertelement <8 x float> undef, float %2734, i32 0
  %splat270 = shufflevector <8 x float> %2735, <8 x float> undef, <8 x i32> zeroinitializer
  %2736 = load <8 x float>, <8 x float>* %44, align 32
  %2737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2703, <8 x float> %2736)
  store <8 x float> %2737, <8 x float>* %44, align 32
  %2738 = load <8 x float>, <8 x float>* %38, align 32
  %2739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2707, <8 x float> %2738)
  store <8 x float> %2739, <8 x float>* %38, align 32
  %2740 = add i64 %2527, 243
  %2741 = getelementptr inbounds float, float* %2, i64 %2740
  %2742 = load float, float* %2741, align 4
  %2743 = insertelement <8 x float> undef, float %2742, i32 0
  %splat271 = shufflevector <8 x float> %2743, <8 x float> undef, <8 x i32> zeroinitializer
  %2744 = load <8 x float>, <8 x float>* %43, align 32
  %2745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2703, <8 x float> %2744)
  store <8 x float> %2745, <8 x float>* %43, align 32
  %2746 = load <8 x float>, <8 x float>* %37, align 32
  %2747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2707, <8 x float> %2746)
  store <8 x float> %2747, <8 x float>* %37, align 32
  %2748 = add i64 %2527, 251
  %2749 = getelementptr inbounds float, float* %2, i64 %2748
  %2750 = load float, float* %2749, align 4
  %2751 = insertelement <8 x float> undef, float %2750, i32 0
  %splat272 = shufflevector <8 x float> %2751, <8 x float> undef, <8 x i32> zeroinitializer
  %2752 = load <8 x float>, <8 x float>* %42, align 32
  %2753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2703, <8 x float> %2752)
  store <8 x float> %2753, <8 x float>* %42, align 32
  %2754 = load <8 x float>, <8 x float>* %36, align 32
  %2755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2707, <8 x float> %2754)
  store <8 x float> %2755, <8 x float>* %36, align 32
  %2756 = add i64 %2531, 32
  %2757 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2756
  %2758 = bitcast float* %2757 to <8 x float>*
  %2759 = load <8 x float>, <8 x float>* %2758, align 4
  %2760 = add i64 %2531, 2336
  %2761 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2760
  %2762 = bitcast float* %2761 to <8 x float>*
  %2763 = load <8 x float>, <8 x float>* %2762, align 4
  %2764 = add i64 %2527, 212
  %2765 = getelementptr inbounds float, float* %2, i64 %2764
  %2766 = load float, float* %2765, align 4
  %2767 = insertelement <8 x float> undef, float %2766, i32 0
  %splat273 = shufflevector <8 x float> %2767, <8 x float> undef, <8 x i32> zeroinitializer
  %2768 = load <8 x float>, <8 x float>* %47, align 32
  %2769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2759, <8 x float> %2768)
  store <8 x float> %2769, <8 x float>* %47, align 32
  %2770 = load <8 x float>, <8 x float>* %41, align 32
  %2771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2763, <8 x float> %2770)
  store <8 x float> %2771, <8 x float>* %41, align 32
  %2772 = add i64 %2527, 220
  %2773 = getelementptr inbounds float, float* %2, i64 %2772
  %2774 = load float, float* %2773, align 4
  %2775 = insertelement <8 x float> undef, float %2774, i32 0
  %splat274 = shufflevector <8 x float> %2775, <8 x float> undef, <8 x i32> zeroinitializer
  %2776 = load <8 x float>, <8 x float>* %46, align 32
  %2777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2759, <8 x float> %2776)
  store <8 x float> %2777, <8 x float>* %46, align 32
  %2778 = load <8 x float>, <8 x float>* %40, align 32
  %2779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2763, <8 x float> %2778)
  store <8 x float> %2779, <8 x float>* %40, align 32
  %2780 = add i64 %2527, 228
  %2781 = getelementptr inbounds float, float* %2, i64 %2780
  %2782 = load float, float* %2781, align 4
  %2783 = insertelement <8 x float> undef, float %2782, i32 0
  %splat275 = shufflevector <8 x float> %2783, <8 x float> undef, <8 x i32> zeroinitializer
  %2784 = load <8 x float>, <8 x float>* %45, align 32
  %2785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2759, <8 x float> %2784)
  store <8 x float> %2785, <8 x float>* %45, align 32
  %2786 = load <8 x float>, <8 x float>* %39, align 32
  %2787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2763, <8 x float> %2786)
  store <8 x float> %2787, <8 x float>* %39, align 32
  %2788 = add i64 %2527, 236
  %2789 = getelementptr inbounds float, float* %2, i64 %2788
  %2790 = load float, float* %2789, align 4
  %2791 = insertelement <8 x float> undef, float %2790, i32 0
  %splat276 = shufflevector <8 x float> %2791, <8 x float> undef, <8 x i32> zeroinitializer
  %2792 = load <8 x float>, <8 x float>* %44, align 32
  %2793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2759, <8 x float> %2792)
  store <8 x float> %2793, <8 x float>* %44, align 32
  %2794 = load <8 x float>, <8 x float>* %38, align 32
  %2795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2763, <8 x float> %2794)
  store <8 x float> %2795, <8 x float>* %38, align 32
  %2796 = add i64 %2527, 244
  %2797 = getelementptr inbounds float, float* %2, i64 %2796
  %2798 = load float, float* %2797, align 4
  %2799 = insertelement <8 x float> undef, float %2798, i32 0
  %splat277 = shufflevector <8 x float> %2799, <8 x float> undef, <8 x i32> zeroinitializer
  %2800 = load <8 x float>, <8 x float>* %43, align 32
  %2801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2759, <8 x float> %2800)
  store <8 x float> %2801, <8 x float>* %43, align 32
  %2802 = load <8 x float>, <8 x float>* %37, align 32
  %2803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2763, <8 x float> %2802)
  store <8 x float> %2803, <8 x float>* %37, align 32
  %2804 = add i64 %2527, 252
  %2805 = getelementptr inbounds float, float* %2, i64 %2804
  %2806 = load float, float* %2805, align 4
  %2807 = insertelement <8 x float> undef, float %2806, i32 0
  %splat278 = shufflevector <8 x float> %2807, <8 x float> undef, <8 x i32> zeroinitializer
  %2808 = load <8 x float>, <8 x float>* %42, align 32
  %2809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2759, <8 x float> %2808)
  store <8 x float> %2809, <8 x float>* %42, align 32
  %2810 = load <8 x float>, <8 x float>* %36, align 32
  %2811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2763, <8 x float> %2810)
  store <8 x float> %2811, <8 x float>* %36, align 32
  %2812 = add i64 %2531, 40
  %2813 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2812
  %2814 = bitcast float* %2813 to <8 x float>*
  %2815 = load <8 x float>, <8 x float>* %2814, align 4
  %2816 = add i64 %2531, 2344
  %2817 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2816
  %2818 = bitcast float* %2817 to <8 x float>*
  %2819 = load <8 x float>, <8 x float>* %2818, align 4
  %2820 = add i64 %2527, 213
  %2821 = getelementptr inbounds float, float* %2, i64 %2820
  %2822 = load float, float* %2821, align 4
  %2823 = insertelement <8 x float> undef, float %2822, i32 0
  %splat279 = shufflevector <8 x float> %2823, <8 x float> undef, <8 x i32> zeroinitializer
  %2824 = load <8 x float>, <8 x float>* %47, align 32
  %2825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2815, <8 x float> %2824)
  store <8 x float> %2825, <8 x float>* %47, align 32
  %2826 = load <8 x float>, <8 x float>* %41, align 32
  %2827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2819, <8 x float> %2826)
  store <8 x float> %2827, <8 x float>* %41, align 32
  %2828 = add i64 %2527, 221
  %2829 = getelementptr inbounds float, float* %2, i64 %2828
  %2830 = load float, float* %2829, align 4
  %2831 = insertelement <8 x float> undef, float %2830, i32 0
  %splat280 = shufflevector <8 x float> %2831, <8 x float> undef, <8 x i32> zeroinitializer
  %2832 = load <8 x float>, <8 x float>* %46, align 32
  %2833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2815, <8 x float> %2832)
  store <8 x float> %2833, <8 x float>* %46, align 32
  %2834 = load <8 x float>, <8 x float>* %40, align 32
  %2835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2819, <8 x float> %2834)
  store <8 x float> %2835, <8 x float>* %40, align 32
  %2836 = add i64 %2527, 229
  %2837 = getelementptr inbounds float, float* %2, i64 %2836
  %2838 = load float, float* %2837, align 4
  %2839 = insertelement <8 x float> undef, float %2838, i32 0
  %splat281 = shufflevector <8 x float> %2839, <8 x float> undef, <8 x i32> zeroinitializer
  %2840 = load <8 x float>, <8 x float>* %45, align 32
  %2841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2815, <8 x float> %2840)
  store <8 x float> %2841, <8 x float>* %45, align 32
  %2842 = load <8 x float>, <8 x float>* %39, align 32
  %2843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2819, <8 x float> %2842)
  store <8 x float> %2843, <8 x float>* %39, align 32
  %2844 = add i64 %2527, 237
  %2845 = getelementptr inbounds float, float* %2, i64 %2844
  %2846 = load float, float* %2845, align 4
  %2847 = insertelement <8 x float> undef, float %2846, i32 0
  %splat282 = shufflevector <8 x float> %2847, <8 x float> undef, <8 x i32> zeroinitializer
  %2848 = load <8 x float>, <8 x float>* %44, align 32
  %2849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2815, <8 x float> %2848)
  store <8 x float> %2849, <8 x float>* %44, align 32
  %2850 = load <8 x float>, <8 x float>* %38, align 32
  %2851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2819, <8 x float> %2850)
  store <8 x float> %2851, <8 x float>* %38, align 32
  %2852 = add i64 %2527, 245
  %2853 = getelementptr inbounds float, float* %2, i64 %2852
  %2854 = load float, float* %2853, align 4
  %2855 = insertelement <8 x float> undef, float %2854, i32 0
  %splat283 = shufflevector <8 x float> %2855, <8 x float> undef, <8 x i32> zeroinitializer
  %2856 = load <8 x float>, <8 x float>* %43, align 32
  %2857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2815, <8 x float> %2856)
  store <8 x float> %2857, <8 x float>* %43, align 32
  %2858 = load <8 x float>, <8 x float>* %37, align 32
  %2859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2819, <8 x float> %2858)
  store <8 x float> %2859, <8 x float>* %37, align 32
  %2860 = add i64 %2527, 253
  %2861 = getelementptr inbounds float, float* %2, i64 %2860
  %2862 = load float, float* %2861, align 4
  %2863 = insertelement <8 x float> undef, float %2862, i32 0
  %splat284 = shufflevector <8 x float> %2863, <8 x float> undef, <8 x i32> zeroinitializer
  %2864 = load <8 x float>, <8 x float>* %42, align 32
  %2865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2815, <8 x float> %2864)
  store <8 x float> %2865, <8 x float>* %42, align 32
  %2866 = load <8 x float>, <8 x float>* %36, align 32
  %2867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2819, <8 x float> %2866)
  store <8 x float> %2867, <8 x float>* %36, align 32
  %2868 = add i64 %2531, 48
  %2869 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2868
  %2870 = bitcast float* %2869 to <8 x float>*
  %2871 = load <8 x float>, <8 x float>* %2870, align 4
  %2872 = add i64 %2531, 2352
  %2873 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2872
  %2874 = bitcast float* %2873 to <8 x float>*
  %2875 = load <8 x float>, <8 x float>* %2874, align 4
  %2876 = add i64 %2527, 214
  %2877 = getelementptr inbounds float, float* %2, i64 %2876
  %2878 = load float, float* %2877, align 4
  %2879 = insertelement <8 x float> undef, float %2878, i32 0
  %splat285 = shufflevector <8 x float> %2879, <8 x float> undef, <8 x i32> zeroinitializer
  %2880 = load <8 x float>, <8 x float>* %47, align 32
  %2881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2871, <8 x float> %2880)
  store <8 x float> %2881, <8 x float>* %47, align 32
  %2882 = load <8 x float>, <8 x float>* %41, align 32
  %2883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2875, <8 x float> %2882)
  store <8 x float> %2883, <8 x float>* %41, align 32
  %2884 = add i64 %2527, 222
  %2885 = getelementptr inbounds float, float* %2, i64 %2884
  %2886 = load float, float* %2885, align 4
  %2887 = insertelement <8 x float> undef, float %2886, i32 0
  %splat286 = shufflevector <8 x float> %2887, <8 x float> undef, <8 x i32> zeroinitializer
  %2888 = load <8 x float>, <8 x float>* %46, align 32
  %2889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2871, <8 x float> %2888)
  store <8 x float> %2889, <8 x float>* %46, align 32
  %2890 = load <8 x float>, <8 x float>* %40, align 32
  %2891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2875, <8 x float> %2890)
  store <8 x float> %2891, <8 x float>* %40, align 32
  %2892 = add i64 %2527, 230
  %2893 = getelementptr inbounds float, float* %2, i64 %2892
  %2894 = load float, float* %2893, align 4
  %2895 = insertelement <8 x float> undef, float %2894, i32 0
  %splat287 = shufflevector <8 x float> %2895, <8 x float> undef, <8 x i32> zeroinitializer
  %2896 = load <8 x float>, <8 x float>* %45, align 32
  %2897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2871, <8 x float> %2896)
  store <8 x float> %2897, <8 x float>* %45, align 32
  %2898 = load <8 x float>, <8 x float>* %39, align 32
  %2899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2875, <8 x float> %2898)
  store <8 x float> %2899, <8 x float>* %39, align 32
  %2900 = add i64 %2527, 238
  %2901 = getelementptr inbounds float, float* %2, i64 %2900
  %2902 = load float, float* %2901, align 4
  %2903 = insertelement <8 x float> undef, float %2902, i32 0
  %splat288 = shufflevector <8 x float> %2903, <8 x float> undef, <8 x i32> zeroinitializer
  %2904 = load <8 x float>, <8 x float>* %44, align 32
  %2905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2871, <8 x float> %2904)
  store <8 x float> %2905, <8 x float>* %44, align 32
  %2906 = load <8 x float>, <8 x float>* %38, align 32
  %2907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2875, <8 x float> %2906)
  store <8 x float> %2907, <8 x float>* %38, align 32
  %2908 = add i64 %2527, 246
  %2909 = getelementptr inbounds float, float* %2, i64 %2908
  %2910 = load float, float* %2909, align 4
  %2911 = insertelement <8 x float> undef, float %2910, i32 0
  %splat289 = shufflevector <8 x float> %2911, <8 x float> undef, <8 x i32> zeroinitializer
  %2912 = load <8 x float>, <8 x float>* %43, align 32
  %2913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2871, <8 x float> %2912)
  store <8 x float> %2913, <8 x float>* %43, align 32
  %2914 = load <8 x float>, <8 x float>* %37, align 32
  %2915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2875, <8 x float> %2914)
  store <8 x float> %2915, <8 x float>* %37, align 32
  %2916 = add i64 %2527, 254
  %2917 = getelementptr inbounds float, float* %2, i64 %2916
  %2918 = load float, float* %2917, align 4
  %2919 = insertelement <8 x float> undef, float %2918, i32 0
  %splat290 = shufflevector <8 x float> %2919, <8 x float> undef, <8 x i32> zeroinitializer
  %2920 = load <8 x float>, <8 x float>* %42, align 32
  %2921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2871, <8 x float> %2920)
  store <8 x float> %2921, <8 x float>* %42, align 32
  %2922 = load <8 x float>, <8 x float>* %36, align 32
  %2923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2875, <8 x float> %2922)
  store <8 x float> %2923, <8 x float>* %36, align 32
  %2924 = add i64 %2531, 56
  %2925 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2924
  %2926 = bitcast float* %2925 to <8 x float>*
  %2927 = load <8 x float>, <8 x float>* %2926, align 4
  %2928 = add i64 %2531, 2360
  %2929 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %2928
  %2930 = bitcast float* %2929 to <8 x float>*
  %2931 = load <8 x float>, <8 x float>* %2930, align 4
  %2932 = add i64 %2527, 215
  %2933 = getelementptr inbounds float, float* %2, i64 %2932
  %2934 = load float, float* %2933, align 4
  %2935 = insertelement <8 x float> undef, float %2934, i32 0
  %splat291 = shufflevector <8 x float> %2935, <8 x float> undef, <8 x i32> zeroinitializer
  %2936 = load <8 x float>, <8 x float>* %47, align 32
  %2937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2927, <8 x float> %2936)
  store <8 x float> %2937, <8 x float>* %47, align 32
  %2938 = load <8 x float>, <8 x float>* %41, align 32
  %2939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2931, <8 x float> %2938)
  store <8 x float> %2939, <8 x float>* %41, align 32
  %2940 = add i64 %2527, 223
  %2941 = getelementptr inbounds float, float* %2, i64 %2940
  %2942 = load float, float* %2941, align 4
  %2943 = insertelement <8 x float> undef, float %2942, i32 0
  %splat292 = shufflevector <8 x float> %2943, <8 x float> undef, <8 x i32> zeroinitializer
  %2944 = load <8 x float>, <8 x float>* %46, align 32
  %2945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2927, <8 x float> %2944)
  store <8 x float> %2945, <8 x float>* %46, align 32
  %2946 = load <8 x float>, <8 x float>* %40, align 32
  %2947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2931, <8 x float> %2946)
  store <8 x float> %2947, <8 x float>* %40, align 32
  %2948 = add i64 %2527, 231
  %2949 = getelementptr inbounds float, float* %2, i64 %2948
  %2950 = load float, float* %2949, align 4
  %2951 = insertelement <8 x float> undef, float %2950, i32 0
  %splat293 = shufflevector <8 x float> %2951, <8 x float> undef, <8 x i32> zeroinitializer
  %2952 = load <8 x float>, <8 x float>* %45, align 32
  %2953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2927, <8 x float> %2952)
  store <8 x float> %2953, <8 x float>* %45, align 32
  %2954 = load <8 x float>, <8 x float>* %39, align 32
  %2955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2931, <8 x float> %2954)
  store <8 x float> %2955, <8 x float>* %39, align 32
  %2956 = add i64 %2527, 239
  %2957 = getelementptr inbounds float, float* %2, i64 %2956
  %2958 = load float, float* %2957, align 4
  %2959 = insertelement <8 x float> undef, float %2958, i32 0
  %splat294 = shufflevector <8 x float> %2959, <8 x float> undef, <8 x i32> zeroinitializer
  %2960 = load <8 x float>, <8 x float>* %44, align 32
  %2961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2927, <8 x float> %2960)
  store <8 x float> %2961, <8 x float>* %44, align 32
  %2962 = load <8 x float>, <8 x float>* %38, align 32
  %2963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2931, <8 x float> %2962)
  store <8 x float> %2963, <8 x float>* %38, align 32
  %2964 = add i64 %2527, 247
  %2965 = getelementptr inbounds float, float* %2, i64 %2964
  %2966 = load float, float* %2965, align 4
  %2967 = insertelement <8 x float> undef, float %2966, i32 0
  %splat295 = shufflevector <8 x float> %2967, <8 x float> undef, <8 x i32> zeroinitializer
  %2968 = load <8 x float>, <8 x float>* %43, align 32
  %2969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2927, <8 x float> %2968)
  store <8 x float> %2969, <8 x float>* %43, align 32
  %2970 = load <8 x float>, <8 x float>* %37, align 32
  %2971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2931, <8 x float> %2970)
  store <8 x float> %2971, <8 x float>* %37, align 32
  %2972 = add i64 %2527, 255
  %2973 = getelementptr inbounds float, float* %2, i64 %2972
  %2974 = load float, float* %2973, align 4
  %2975 = insertelement <8 x float> undef, float %2974, i32 0
  %splat296 = shufflevector <8 x float> %2975, <8 x float> undef, <8 x i32> zeroinitializer
  %2976 = load <8 x float>, <8 x float>* %42, align 32
  %2977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2927, <8 x float> %2976)
  store <8 x float> %2977, <8 x float>* %42, align 32
  %2978 = load <8 x float>, <8 x float>* %36, align 32
  %2979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2931, <8 x float> %2978)
  store <8 x float> %2979, <8 x float>* %36, align 32
  %kw.next297 = add i64 %kw248, 1
  br label %kw.header245

kw.exit247:                                       ; preds = %kw.header245
  %kh.next298 = add i64 %kh244, 1
  br label %kh.header241

u.header300:                                      ; preds = %kh.exit306, %u.exit239
  %u303 = phi i64 [ 0, %u.exit239 ], [ %u.next362, %kh.exit306 ]
  %2980 = icmp slt i64 %u303, 4
  br i1 %2980, label %u.body301, label %u.exit302

u.body301:                                        ; preds = %u.header300
  %2981 = mul i64 %u303, 2312
  %2982 = add i64 %2521, %2981
  %2983 = mul i64 %u303, 576
  %2984 = add i64 %111, %2983
  br label %kh.header304

u.exit302:                                        ; preds = %u.header300
  %2985 = mul i64 %103, 8
  %2986 = add i64 %2985, %106
  %2987 = add i64 %2986, 0
  %2988 = mul i64 %2987, 15
  %2989 = add i64 %2988, %100
  %2990 = mul i64 %2989, 15
  %2991 = add i64 %2990, 30
  %2992 = mul i64 %2991, 8
  %2993 = load <8 x float>, <8 x float>* %35, align 32
  %2994 = fcmp ogt <8 x float> %2993, zeroinitializer
  %2995 = select <8 x i1> %2994, <8 x float> %2993, <8 x float> zeroinitializer
  %2996 = getelementptr inbounds float, float* %0, i64 %2992
  %2997 = bitcast float* %2996 to <8 x float>*
  store <8 x float> %2995, <8 x float>* %2997, align 4
  %2998 = add i64 %2990, 31
  %2999 = mul i64 %2998, 8
  %3000 = load <8 x float>, <8 x float>* %34, align 32
  %3001 = fcmp ogt <8 x float> %3000, zeroinitializer
  %3002 = select <8 x i1> %3001, <8 x float> %3000, <8 x float> zeroinitializer
  %3003 = getelementptr inbounds float, float* %0, i64 %2999
  %3004 = bitcast float* %3003 to <8 x float>*
  store <8 x float> %3002, <8 x float>* %3004, align 4
  %3005 = add i64 %2990, 32
  %3006 = mul i64 %3005, 8
  %3007 = load <8 x float>, <8 x float>* %33, align 32
  %3008 = fcmp ogt <8 x float> %3007, zeroinitializer
  %3009 = select <8 x i1> %3008, <8 x float> %3007, <8 x float> zeroinitializer
  %3010 = getelementptr inbounds float, float* %0, i64 %3006
  %3011 = bitcast float* %3010 to <8 x float>*
  store <8 x float> %3009, <8 x float>* %3011, align 4
  %3012 = add i64 %2990, 33
  %3013 = mul i64 %3012, 8
  %3014 = load <8 x float>, <8 x float>* %32, align 32
  %3015 = fcmp ogt <8 x float> %3014, zeroinitializer
  %3016 = select <8 x i1> %3015, <8 x float> %3014, <8 x float> zeroinitializer
  %3017 = getelementptr inbounds float, float* %0, i64 %3013
  %3018 = bitcast float* %3017 to <8 x float>*
  store <8 x float> %3016, <8 x float>* %3018, align 4
  %3019 = add i64 %2990, 34
  %3020 = mul i64 %3019, 8
  %3021 = load <8 x float>, <8 x float>* %31, align 32
  %3022 = fcmp ogt <8 x float> %3021, zeroinitializer
  %3023 = select <8 x i1> %3022, <8 x float> %3021, <8 x float> zeroinitializer
  %3024 = getelementptr inbounds float, float* %0, i64 %3020
  %3025 = bitcast float* %3024 to <8 x float>*
  store <8 x float> %3023, <8 x float>* %3025, align 4
  %3026 = add i64 %2990, 35
  %3027 = mul i64 %3026, 8
  %3028 = load <8 x float>, <8 x float>* %30, align 32
  %3029 = fcmp ogt <8 x float> %3028, zeroinitializer
  %3030 = select <8 x i1> %3029, <8 x float> %3028, <8 x float> zeroinitializer
  %3031 = getelementptr inbounds float, float* %0, i64 %3027
  %3032 = bitcast float* %3031 to <8 x float>*
  store <8 x float> %3030, <8 x float>* %3032, align 4
  %3033 = mul i64 %103, 8
  %3034 = add i64 %3033, %106
  %3035 = add i64 %3034, 1
  %3036 = mul i64 %3035, 15
  %3037 = add i64 %3036, %100
  %3038 = mul i64 %3037, 15
  %3039 = add i64 %3038, 30
  %3040 = mul i64 %3039, 8
  %3041 = load <8 x float>, <8 x float>* %29, align 32
  %3042 = fcmp ogt <8 x float> %3041, zeroinitializer
  %3043 = select <8 x i1> %3042, <8 x float> %3041, <8 x float> zeroinitializer
  %3044 = getelementptr inbounds float, float* %0, i64 %3040
  %3045 = bitcast float* %3044 to <8 x float>*
  store <8 x float> %3043, <8 x float>* %3045, align 4
  %3046 = add i64 %3038, 31
  %3047 = mul i64 %3046, 8
  %3048 = load <8 x float>, <8 x float>* %28, align 32
  %3049 = fcmp ogt <8 x float> %3048, zeroinitializer
  %3050 = select <8 x i1> %3049, <8 x float> %3048, <8 x float> zeroinitializer
  %3051 = getelementptr inbounds float, float* %0, i64 %3047
  %3052 = bitcast float* %3051 to <8 x float>*
  store <8 x float> %3050, <8 x float>* %3052, align 4
  %3053 = add i64 %3038, 32
  %3054 = mul i64 %3053, 8
  %3055 = load <8 x float>, <8 x float>* %27, align 32
  %3056 = fcmp ogt <8 x float> %3055, zeroinitializer
  %3057 = select <8 x i1> %3056, <8 x float> %3055, <8 x float> zeroinitializer
  %3058 = getelementptr inbounds float, float* %0, i64 %3054
  %3059 = bitcast float* %3058 to <8 x float>*
  store <8 x float> %3057, <8 x float>* %3059, align 4
  %3060 = add i64 %3038, 33
  %3061 = mul i64 %3060, 8
  %3062 = load <8 x float>, <8 x float>* %26, align 32
  %3063 = fcmp ogt <8 x float> %3062, zeroinitializer
  %3064 = select <8 x i1> %3063, <8 x float> %3062, <8 x float> zeroinitializer
  %3065 = getelementptr inbounds float, float* %0, i64 %3061
  %3066 = bitcast float* %3065 to <8 x float>*
  store <8 x float> %3064, <8 x float>* %3066, align 4
  %3067 = add i64 %3038, 34
  %3068 = mul i64 %3067, 8
  %3069 = load <8 x float>, <8 x float>* %25, align 32
  %3070 = fcmp ogt <8 x float> %3069, zeroinitializer
  %3071 = select <8 x i1> %3070, <8 x float> %3069, <8 x float> zeroinitializer
  %3072 = getelementptr inbounds float, float* %0, i64 %3068
  %3073 = bitcast float* %3072 to <8 x float>*
  store <8 x float> %3071, <8 x float>* %3073, align 4
  %3074 = add i64 %3038, 35
  %3075 = mul i64 %3074, 8
  %3076 = load <8 x float>, <8 x float>* %24, align 32
  %3077 = fcmp ogt <8 x float> %3076, zeroinitializer
  %3078 = select <8 x i1> %3077, <8 x float> %3076, <8 x float> zeroinitializer
  %3079 = getelementptr inbounds float, float* %0, i64 %3075
  %3080 = bitcast float* %3079 to <8 x float>*
  store <8 x float> %3078, <8 x float>* %3080, align 4
  %3081 = add i64 %106, 0
  %3082 = mul i64 %3081, 8
  %3083 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %3082
  %3084 = bitcast float* %3083 to <8 x float>*
  %3085 = load <8 x float>, <8 x float>* %3084, align 4
  store <8 x float> %3085, <8 x float>* %23, align 32
  store <8 x float> %3085, <8 x float>* %22, align 32
  store <8 x float> %3085, <8 x float>* %21, align 32
  store <8 x float> %3085, <8 x float>* %20, align 32
  store <8 x float> %3085, <8 x float>* %19, align 32
  store <8 x float> %3085, <8 x float>* %18, align 32
  %3086 = add i64 %106, 1
  %3087 = mul i64 %3086, 8
  %3088 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %3087
  %3089 = bitcast float* %3088 to <8 x float>*
  %3090 = load <8 x float>, <8 x float>* %3089, align 4
  store <8 x float> %3090, <8 x float>* %17, align 32
  store <8 x float> %3090, <8 x float>* %16, align 32
  store <8 x float> %3090, <8 x float>* %15, align 32
  store <8 x float> %3090, <8 x float>* %14, align 32
  store <8 x float> %3090, <8 x float>* %13, align 32
  store <8 x float> %3090, <8 x float>* %12, align 32
  %3091 = add i64 %112, 0
  %3092 = add i64 %110, %3091
  br label %u.header363

kh.header304:                                     ; preds = %kw.exit310, %u.body301
  %kh307 = phi i64 [ 0, %u.body301 ], [ %kh.next361, %kw.exit310 ]
  %3093 = icmp slt i64 %kh307, 3
  br i1 %3093, label %kh.body305, label %kh.exit306

kh.body305:                                       ; preds = %kh.header304
  %3094 = mul i64 %kh307, 136
  %3095 = add i64 %2982, %3094
  br label %kw.header308

kh.exit306:                                       ; preds = %kh.header304
  %u.next362 = add i64 %u303, 1
  br label %u.header300

kw.header308:                                     ; preds = %kw.body309, %kh.body305
  %kw311 = phi i64 [ 0, %kh.body305 ], [ %kw.next360, %kw.body309 ]
  %3096 = icmp slt i64 %kw311, 3
  br i1 %3096, label %kw.body309, label %kw.exit310

kw.body309:                                       ; preds = %kw.header308
  %3097 = mul i64 %kw311, 8
  %3098 = add i64 %3095, %3097
  %3099 = mul i64 %kh307, 3
  %3100 = add i64 %3099, %kw311
  %3101 = mul i64 %3100, 64
  %3102 = add i64 %2984, %3101
  %3103 = add i64 %3102, 0
  %3104 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3103
  %3105 = bitcast float* %3104 to <8 x float>*
  %3106 = load <8 x float>, <8 x float>* %3105, align 4
  %3107 = add i64 %3102, 2304
  %3108 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3107
  %3109 = bitcast float* %3108 to <8 x float>*
  %3110 = load <8 x float>, <8 x float>* %3109, align 4
  %3111 = add i64 %3098, 272
  %3112 = getelementptr inbounds float, float* %2, i64 %3111
  %3113 = load float, float* %3112, align 4
  %3114 = insertelement <8 x float> undef, float %3113, i32 0
  %splat312 = shufflevector <8 x float> %3114, <8 x float> undef, <8 x i32> zeroinitializer
  %3115 = load <8 x float>, <8 x float>* %35, align 32
  %3116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat312, <8 x float> %3106, <8 x float> %3115)
  store <8 x float> %3116, <8 x float>* %35, align 32
  %3117 = load <8 x float>, <8 x float>* %29, align 32
  %3118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat312, <8 x float> %3110, <8 x float> %3117)
  store <8 x float> %3118, <8 x float>* %29, align 32
  %3119 = add i64 %3098, 280
  %3120 = getelementptr inbounds float, float* %2, i64 %3119
  %3121 = load float, float* %3120, align 4
  %3122 = insertelement <8 x float> undef, float %3121, i32 0
  %splat313 = shufflevector <8 x float> %3122, <8 x float> undef, <8 x i32> zeroinitializer
  %3123 = load <8 x float>, <8 x float>* %34, align 32
  %3124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat313, <8 x float> %3106, <8 x float> %3123)
  store <8 x float> %3124, <8 x float>* %34, align 32
  %3125 = load <8 x float>, <8 x float>* %28, align 32
  %3126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat313, <8 x float> %3110, <8 x float> %3125)
  store <8 x float> %3126, <8 x float>* %28, align 32
  %3127 = add i64 %3098, 288
  %3128 = getelementptr inbounds float, float* %2, i64 %3127
  %3129 = load float, float* %3128, align 4
  %3130 = insertelement <8 x float> undef, float %3129, i32 0
  %splat314 = shufflevector <8 x float> %3130, <8 x float> undef, <8 x i32> zeroinitializer
  %3131 = load <8 x float>, <8 x float>* %33, align 32
  %3132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat314, <8 x float> %3106, <8 x float> %3131)
  store <8 x float> %3132, <8 x float>* %33, align 32
  %3133 = load <8 x float>, <8 x float>* %27, align 32
  %3134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat314, <8 x float> %3110, <8 x float> %3133)
  store <8 x float> %3134, <8 x float>* %27, align 32
  %3135 = add i64 %3098, 296
  %3136 = getelementptr inbounds float, float* %2, i64 %3135
  %3137 = load float, float* %3136, align 4
  %3138 = insertelement <8 x float> undef, float %3137, i32 0
  %splat315 = shufflevector <8 x float> %3138, <8 x float> undef, <8 x i32> zeroinitializer
  %3139 = load <8 x float>, <8 x float>* %32, align 32
  %3140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat315, <8 x float> %3106, <8 x float> %3139)
  store <8 x float> %3140, <8 x float>* %32, align 32
  %3141 = load <8 x float>, <8 x float>* %26, align 32
  %3142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat315, <8 x float> %3110, <8 x float> %3141)
  store <8 x float> %3142, <8 x float>* %26, align 32
  %3143 = add i64 %3098, 304
  %3144 = getelementptr inbounds float, float* %2, i64 %3143
  %3145 = load float, float* %3144, align 4
  %3146 = insertelement <8 x float> undef, float %3145, i32 0
  %splat316 = shufflevector <8 x float> %3146, <8 x float> undef, <8 x i32> zeroinitializer
  %3147 = load <8 x float>, <8 x float>* %31, align 32
  %3148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat316, <8 x float> %3106, <8 x float> %3147)
  store <8 x float> %3148, <8 x float>* %31, align 32
  %3149 = load <8 x float>, <8 x float>* %25, align 32
  %3150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat316, <8 x float> %3110, <8 x float> %3149)
  store <8 x float> %3150, <8 x float>* %25, align 32
  %3151 = add i64 %3098, 312
  %3152 = getelementptr inbounds float, float* %2, i64 %3151
  %3153 = load float, float* %3152, align 4
  %3154 = insertelement <8 x float> undef, float %3153, i32 0
  %splat317 = shufflevector <8 x float> %3154, <8 x float> undef, <8 x i32> zeroinitializer
  %3155 = load <8 x float>, <8 x float>* %30, align 32
  %3156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat317, <8 x float> %3106, <8 x float> %3155)
  store <8 x float> %3156, <8 x float>* %30, align 32
  %3157 = load <8 x float>, <8 x float>* %24, align 32
  %3158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat317, <8 x float> %3110, <8 x float> %3157)
  store <8 x float> %3158, <8 x float>* %24, align 32
  %3159 = add i64 %3102, 8
  %3160 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3159
  %3161 = bitcast float* %3160 to <8 x float>*
  %3162 = load <8 x float>, <8 x float>* %3161, align 4
  %3163 = add i64 %3102, 2312
  %3164 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3163
  %3165 = bitcast float* %3164 to <8 x float>*
  %3166 = load <8 x float>, <8 x float>* %3165, align 4
  %3167 = add i64 %3098, 273
  %3168 = getelementptr inbounds float, float* %2, i64 %3167
  %3169 = load float, float* %3168, align 4
  %3170 = insertelement <8 x float> undef, float %3169, i32 0
  %splat318 = shufflevector <8 x float> %3170, <8 x float> undef, <8 x i32> zeroinitializer
  %3171 = load <8 x float>, <8 x float>* %35, align 32
  %3172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat318, <8 x float> %3162, <8 x float> %3171)
  store <8 x float> %3172, <8 x float>* %35, align 32
  %3173 = load <8 x float>, <8 x float>* %29, align 32
  %3174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat318, <8 x float> %3166, <8 x float> %3173)
  store <8 x float> %3174, <8 x float>* %29, align 32
  %3175 = add i64 %3098, 281
  %3176 = getelementptr inbounds float, float* %2, i64 %3175
  %3177 = load float, float* %3176, align 4
  %3178 = insertelement <8 x float> undef, float %3177, i32 0
  %splat319 = shufflevector <8 x float> %3178, <8 x float> undef, <8 x i32> zeroinitializer
  %3179 = load <8 x float>, <8 x float>* %34, align 32
  %3180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat319, <8 x float> %3162, <8 x float> %3179)
  store <8 x float> %3180, <8 x float>* %34, align 32
  %3181 = load <8 x float>, <8 x float>* %28, align 32
  %3182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat319, <8 x float> %3166, <8 x float> %3181)
  store <8 x float> %3182, <8 x float>* %28, align 32
  %3183 = add i64 %3098, 289
  %3184 = getelementptr inbounds float, float* %2, i64 %3183
  %3185 = load float, float* %3184, align 4
  %3186 = insertelement <8 x float> undef, float %3185, i32 0
  %splat320 = shufflevector <8 x float> %3186, <8 x float> undef, <8 x i32> zeroinitializer
  %3187 = load <8 x float>, <8 x float>* %33, align 32
  %3188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat320, <8 x float> %3162, <8 x float> %3187)
  store <8 x float> %3188, <8 x float>* %33, align 32
  %3189 = load <8 x float>, <8 x float>* %27, align 32
  %3190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat320, <8 x float> %3166, <8 x float> %3189)
  store <8 x float> %3190, <8 x float>* %27, align 32
  %3191 = add i64 %3098, 297
  %3192 = getelementptr inbounds float, float* %2, i64 %3191
  %3193 = load float, float* %3192, align 4
  %3194 = insertelement <8 x float> undef, float %3193, i32 0
  %splat321 = shufflevector <8 x float> %3194, <8 x float> undef, <8 x i32> zeroinitializer
  %3195 = load <8 x float>, <8 x float>* %32, align 32
  %3196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat321, <8 x float> %3162, <8 x float> %3195)
  store <8 x float> %3196, <8 x float>* %32, align 32
  %3197 = load <8 x float>, <8 x float>* %26, align 32
  %3198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat321, <8 x float> %3166, <8 x float> %3197)
  store <8 x float> %3198, <8 x float>* %26, align 32
  %3199 = add i64 %3098, 305
  %3200 = getelementptr inbounds float, float* %2, i64 %3199
  %3201 = load float, float* %3200, align 4
  %3202 = insertelement <8 x float> undef, float %3201, i32 0
  %splat322 = shufflevector <8 x float> %3202, <8 x float> undef, <8 x i32> zeroinitializer
  %3203 = load <8 x float>, <8 x float>* %31, align 32
  %3204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat322, <8 x float> %3162, <8 x float> %3203)
  store <8 x float> %3204, <8 x float>* %31, align 32
  %3205 = load <8 x float>, <8 x float>* %25, align 32
  %3206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat322, <8 x float> %3166, <8 x float> %3205)
  store <8 x float> %3206, <8 x float>* %25, align 32
  %3207 = add i64 %3098, 313
  %3208 = getelementptr inbounds float, float* %2, i64 %3207
  %3209 = load float, float* %3208, align 4
  %3210 = insertelement <8 x float> undef, float %3209, i32 0
  %splat323 = shufflevector <8 x float> %3210, <8 x float> undef, <8 x i32> zeroinitializer
  %3211 = load <8 x float>, <8 x float>* %30, align 32
  %3212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat323, <8 x float> %3162, <8 x float> %3211)
  store <8 x float> %3212, <8 x float>* %30, align 32
  %3213 = load <8 x float>, <8 x float>* %24, align 32
  %3214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat323, <8 x float> %3166, <8 x float> %3213)
  store <8 x float> %3214, <8 x float>* %24, align 32
  %3215 = add i64 %3102, 16
  %3216 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3215
  %3217 = bitcast float* %3216 to <8 x float>*
  %3218 = load <8 x float>, <8 x float>* %3217, align 4
  %3219 = add i64 %3102, 2320
  %3220 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3219
  %3221 = bitcast float* %3220 to <8 x float>*
  %3222 = load <8 x float>, <8 x float>* %3221, align 4
  %3223 = add i64 %3098, 274
  %3224 = getelementptr inbounds float, float* %2, i64 %3223
  %3225 = load float, float* %3224, align 4
  %3226 = insertelement <8 x float> undef, float %3225, i32 0
  %splat324 = shufflevector <8 x float> %3226, <8 x float> undef, <8 x i32> zeroinitializer
  %3227 = load <8 x float>, <8 x float>* %35, align 32
  %3228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat324, <8 x float> %3218, <8 x float> %3227)
  store <8 x float> %3228, <8 x float>* %35, align 32
  %3229 = load <8 x float>, <8 x float>* %29, align 32
  %3230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat324, <8 x float> %3222, <8 x float> %3229)
  store <8 x float> %3230, <8 x float>* %29, align 32
  %3231 = add i64 %3098, 282
  %3232 = getelementptr inbounds float, float* %2, i64 %3231
  %3233 = load float, float* %3232, align 4
  %3234 = insertelement <8 x float> undef, float %3233, i32 0
  %splat325 = shufflevector <8 x float> %3234, <8 x float> undef, <8 x i32> zeroinitializer
  %3235 = load <8 x float>, <8 x float>* %34, align 32
  %3236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat325, <8 x float> %3218, <8 x float> %3235)
  store <8 x float> %3236, <8 x float>* %34, align 32
  %3237 = load <8 x float>, <8 x float>* %28, align 32
  %3238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat325, <8 x float> %3222, <8 x float> %3237)
  store <8 x float> %3238, <8 x float>* %28, align 32
  %3239 = add i64 %3098, 290
  %3240 = getelementptr inbounds float, float* %2, i64 %3239
  %3241 = load float, float* %3240, align 4
  %3242 = insertelement <8 x float> undef, float %3241, i32 0
  %splat326 = shufflevector <8 x float> %3242, <8 x float> undef, <8 x i32> zeroinitializer
  %3243 = load <8 x float>, <8 x float>* %33, align 32
  %3244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat326, <8 x float> %3218, <8 x float> %3243)
  store <8 x float> %3244, <8 x float>* %33, align 32
  %3245 = load <8 x float>, <8 x float>* %27, align 32
  %3246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat326, <8 x float> %3222, <8 x float> %3245)
  store <8 x float> %3246, <8 x float>* %27, align 32
  %3247 = add i64 %3098, 298
  %3248 = getelementptr inbounds float, float* %2, i64 %3247
  %3249 = load float, float* %3248, align 4
  %3250 = insertelement <8 x float> undef, float %3249, i32 0
  %splat327 = shufflevector <8 x float> %3250, <8 x float> undef, <8 x i32> zeroinitializer
  %3251 = load <8 x float>, <8 x float>* %32, align 32
  %3252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %3218, <8 x float> %3251)
  store <8 x float> %3252, <8 x float>* %32, align 32
  %3253 = load <8 x float>, <8 x float>* %26, align 32
  %3254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %3222, <8 x float> %3253)
  store <8 x float> %3254, <8 x float>* %26, align 32
  %3255 = add i64 %3098, 306
  %3256 = getelementptr inbounds float, float* %2, i64 %3255
  %3257 = load float, float* %3256, align 4
  %3258 = insertelement <8 x float> undef, float %3257, i32 0
  %splat328 = shufflevector <8 x float> %3258, <8 x float> undef, <8 x i32> zeroinitializer
  %3259 = load <8 x float>, <8 x float>* %31, align 32
  %3260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %3218, <8 x float> %3259)
  store <8 x float> %3260, <8 x float>* %31, align 32
  %3261 = load <8 x float>, <8 x float>* %25, align 32
  %3262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %3222, <8 x float> %3261)
  store <8 x float> %3262, <8 x float>* %25, align 32
  %3263 = add i64 %3098, 314
  %3264 = getelementptr inbounds float, float* %2, i64 %3263
  %3265 = load float, float* %3264, align 4
  %3266 = insertelement <8 x float> undef, float %3265, i32 0
  %splat329 = shufflevector <8 x float> %3266, <8 x float> undef, <8 x i32> zeroinitializer
  %3267 = load <8 x float>, <8 x float>* %30, align 32
  %3268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %3218, <8 x float> %3267)
  store <8 x float> %3268, <8 x float>* %30, align 32
  %3269 = load <8 x float>, <8 x float>* %24, align 32
  %3270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %3222, <8 x float> %3269)
  store <8 x float> %3270, <8 x float>* %24, align 32
  %3271 = add i64 %3102, 24
  %3272 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3271
  %3273 = bitcast float* %3272 to <8 x float>*
  %3274 = load <8 x float>, <8 x float>* %3273, align 4
  %3275 = add i64 %3102, 2328
  %3276 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3275
  %3277 = bitcast float* %3276 to <8 x float>*
  %3278 = load <8 x float>, <8 x float>* %3277, align 4
  %3279 = add i64 %3098, 275
  %3280 = getelementptr inbounds float, float* %2, i64 %3279
  %3281 = load float, float* %3280, align 4
  %3282 = insertelement <8 x float> undef, float %3281, i32 0
  %splat330 = shufflevector <8 x float> %3282, <8 x float> undef, <8 x i32> zeroinitializer
  %3283 = load <8 x float>, <8 x float>* %35, align 32
  %3284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %3274, <8 x float> %3283)
  store <8 x float> %3284, <8 x float>* %35, align 32
  %3285 = load <8 x float>, <8 x float>* %29, align 32
  %3286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %3278, <8 x float> %3285)
  store <8 x float> %3286, <8 x float>* %29, align 32
  %3287 = add i64 %3098, 283
  %3288 = getelementptr inbounds float, float* %2, i64 %3287
  %3289 = load float, float* %3288, align 4
  %3290 = insertelement <8 x float> undef, float %3289, i32 0
  %splat331 = shufflevector <8 x float> %3290, <8 x float> undef, <8 x i32> zeroinitializer
  %3291 = load <8 x float>, <8 x float>* %34, align 32
  %3292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %3274, <8 x float> %3291)
  store <8 x float> %3292, <8 x float>* %34, align 32
  %3293 = load <8 x float>, <8 x float>* %28, align 32
  %3294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %3278, <8 x float> %3293)
  store <8 x float> %3294, <8 x float>* %28, align 32
  %3295 = add i64 %3098, 291
  %3296 = getelementptr inbounds float, float* %2, i64 %3295
  %3297 = load float, float* %3296, align 4
  %3298 = insertelement <8 x float> undef, float %3297, i32 0
  %splat332 = shufflevector <8 x float> %3298, <8 x float> undef, <8 x i32> zeroinitializer
  %3299 = load <8 x float>, <8 x float>* %33, align 32
  %3300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %3274, <8 x float> %3299)
  store <8 x float> %3300, <8 x float>* %33, align 32
  %3301 = load <8 x float>, <8 x float>* %27, align 32
  %3302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %3278, <8 x float> %3301)
  store <8 x float> %3302, <8 x float>* %27, align 32
  %3303 = add i64 %3098, 299
  %3304 = getelementptr inbounds float, float* %2, i64 %3303
  %3305 = load float, float* %3304, align 4
  %3306 = insertelement <8 x float> undef, float %3305, i32 0
  %splat333 = shufflevector <8 x float> %3306, <8 x float> undef, <8 x i32> zeroinitializer
  %3307 = load <8 x float>, <8 x float>* %32, align 32
  %3308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %3274, <8 x float> %3307)
  store <8 x float> %3308, <8 x float>* %32, align 32
  %3309 = load <8 x float>, <8 x float>* %26, align 32
  %3310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %3278, <8 x float> %3309)
  store <8 x float> %3310, <8 x float>* %26, align 32
  %3311 = add i64 %3098, 307
  %3312 = getelementptr inbounds float, float* %2, i64 %3311
  %3313 = load float, float* %3312, align 4
  %3314 = insertelement <8 x float> undef, float %3313, i32 0
  %splat334 = shufflevector <8 x float> %3314, <8 x float> undef, <8 x i32> zeroinitializer
  %3315 = load <8 x float>, <8 x float>* %31, align 32
  %3316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %3274, <8 x float> %3315)
  store <8 x float> %3316, <8 x float>* %31, align 32
  %3317 = load <8 x float>, <8 x float>* %25, align 32
  %3318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %3278, <8 x float> %3317)
  store <8 x float> %3318, <8 x float>* %25, align 32
  %3319 = add i64 %3098, 315
  %3320 = getelementptr inbounds float, float* %2, i64 %3319
  %3321 = load float, float* %3320, align 4
  %3322 = insertelement <8 x float> undef, float %3321, i32 0
  %splat335 = shufflevector <8 x float> %3322, <8 x float> undef, <8 x i32> zeroinitializer
  %3323 = load <8 x float>, <8 x float>* %30, align 32
  %3324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %3274, <8 x float> %3323)
  store <8 x float> %3324, <8 x float>* %30, align 32
  %3325 = load <8 x float>, <8 x float>* %24, align 32
  %3326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %3278, <8 x float> %3325)
  store <8 x float> %3326, <8 x float>* %24, align 32
  %3327 = add i64 %3102, 32
  %3328 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3327
  %3329 = bitcast float* %3328 to <8 x float>*
  %3330 = load <8 x float>, <8 x float>* %3329, align 4
  %3331 = add i64 %3102, 2336
  %3332 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3331
  %3333 = bitcast float* %3332 to <8 x float>*
  %3334 = load <8 x float>, <8 x float>* %3333, align 4
  %3335 = add i64 %3098, 276
  %3336 = getelementptr inbounds float, float* %2, i64 %3335
  %3337 = load float, float* %3336, align 4
  %3338 = insertelement <8 x float> undef, float %3337, i32 0
  %splat336 = shufflevector <8 x float> %3338, <8 x float> undef, <8 x i32> zeroinitializer
  %3339 = load <8 x float>, <8 x float>* %35, align 32
  %3340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %3330, <8 x float> %3339)
  store <8 x float> %3340, <8 x float>* %35, align 32
  %3341 = load <8 x float>, <8 x float>* %29, align 32
  %3342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %3334, <8 x float> %3341)
  store <8 x float> %3342, <8 x float>* %29, align 32
  %3343 = add i64 %3098, 284
  %3344 = getelementptr inbounds float, float* %2, i64 %3343
  %3345 = load float, float* %3344, align 4
  %3346 = insertelement <8 x float> undef, float %3345, i32 0
  %splat337 = shufflevector <8 x float> %3346, <8 x float> undef, <8 x i32> zeroinitializer
  %3347 = load <8 x float>, <8 x float>* %34, align 32
  %3348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %3330, <8 x float> %3347)
  store <8 x float> %3348, <8 x float>* %34, align 32
  %3349 = load <8 x float>, <8 x float>* %28, align 32
  %3350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %3334, <8 x float> %3349)
  store <8 x float> %3350, <8 x float>* %28, align 32
  %3351 = add i64 %3098, 292
  %3352 = getelementptr inbounds float, float* %2, i64 %3351
  %3353 = load float, float* %3352, align 4
  %3354 = insertelement <8 x float> undef, float %3353, i32 0
  %splat338 = shufflevector <8 x float> %3354, <8 x float> undef, <8 x i32> zeroinitializer
  %3355 = load <8 x float>, <8 x float>* %33, align 32
  %3356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %3330, <8 x float> %3355)
  store <8 x float> %3356, <8 x float>* %33, align 32
  %3357 = load <8 x float>, <8 x float>* %27, align 32
  %3358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %3334, <8 x float> %3357)
  store <8 x float> %3358, <8 x float>* %27, align 32
  %3359 = add i64 %3098, 300
  %3360 = getelementptr inbounds float, float* %2, i64 %3359
  %3361 = load float, float* %3360, align 4
  %3362 = insertelement <8 x float> undef, float %3361, i32 0
  %splat339 = shufflevector <8 x float> %3362, <8 x float> undef, <8 x i32> zeroinitializer
  %3363 = load <8 x float>, <8 x float>* %32, align 32
  %3364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %3330, <8 x float> %3363)
  store <8 x float> %3364, <8 x float>* %32, align 32
  %3365 = load <8 x float>, <8 x float>* %26, align 32
  %3366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %3334, <8 x float> %3365)
  store <8 x float> %3366, <8 x float>* %26, align 32
  %3367 = add i64 %3098, 308
  %3368 = getelementptr inbounds float, float* %2, i64 %3367
  %3369 = load float, float* %3368, align 4
  %3370 = insertelement <8 x float> undef, float %3369, i32 0
  %splat340 = shufflevector <8 x float> %3370, <8 x float> undef, <8 x i32> zeroinitializer
  %3371 = load <8 x float>, <8 x float>* %31, align 32
  %3372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %3330, <8 x float> %3371)
  store <8 x float> %3372, <8 x float>* %31, align 32
  %3373 = load <8 x float>, <8 x float>* %25, align 32
  %3374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %3334, <8 x float> %3373)
  store <8 x float> %3374, <8 x float>* %25, align 32
  %3375 = add i64 %3098, 316
  %3376 = getelementptr inbounds float, float* %2, i64 %3375
  %3377 = load float, float* %3376, align 4
  %3378 = insertelement <8 x float> undef, float %3377, i32 0
  %splat341 = shufflevector <8 x float> %3378, <8 x float> undef, <8 x i32> zeroinitializer
  %3379 = load <8 x float>, <8 x float>* %30, align 32
  %3380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %3330, <8 x float> %3379)
  store <8 x float> %3380, <8 x float>* %30, align 32
  %3381 = load <8 x float>, <8 x float>* %24, align 32
  %3382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %3334, <8 x float> %3381)
  store <8 x float> %3382, <8 x float>* %24, align 32
  %3383 = add i64 %3102, 40
  %3384 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3383
  %3385 = bitcast float* %3384 to <8 x float>*
  %3386 = load <8 x float>, <8 x float>* %3385, align 4
  %3387 = add i64 %3102, 2344
  %3388 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3387
  %3389 = bitcast float* %3388 to <8 x float>*
  %3390 = load <8 x float>, <8 x float>* %3389, align 4
  %3391 = add i64 %3098, 277
  %3392 = getelementptr inbounds float, float* %2, i64 %3391
  %3393 = load float, float* %3392, align 4
  %3394 = insertelement <8 x float> undef, float %3393, i32 0
  %splat342 = shufflevector <8 x float> %3394, <8 x float> undef, <8 x i32> zeroinitializer
  %3395 = load <8 x float>, <8 x float>* %35, align 32
  %3396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %3386, <8 x float> %3395)
  store <8 x float> %3396, <8 x float>* %35, align 32
  %3397 = load <8 x float>, <8 x float>* %29, align 32
  %3398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %3390, <8 x float> %3397)
  store <8 x float> %3398, <8 x float>* %29, align 32
  %3399 = add i64 %3098, 285
  %3400 = getelementptr inbounds float, float* %2, i64 %3399
  %3401 = load float, float* %3400, align 4
  %3402 = insertelement <8 x float> undef, float %3401, i32 0
  %splat343 = shufflevector <8 x float> %3402, <8 x float> undef, <8 x i32> zeroinitializer
  %3403 = load <8 x float>, <8 x float>* %34, align 32
  %3404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %3386, <8 x float> %3403)
  store <8 x float> %3404, <8 x float>* %34, align 32
  %3405 = load <8 x float>, <8 x float>* %28, align 32
  %3406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %3390, <8 x float> %3405)
  store <8 x float> %3406, <8 x float>* %28, align 32
  %3407 = add i64 %3098, 293
  %3408 = getelementptr inbounds float, float* %2, i64 %3407
  %3409 = load float, float* %3408, align 4
  %3410 = insertelement <8 x float> undef, float %3409, i32 0
  %splat344 = shufflevector <8 x float> %3410, <8 x float> undef, <8 x i32> zeroinitializer
  %3411 = load <8 x float>, <8 x float>* %33, align 32
  %3412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %3386, <8 x float> %3411)
  store <8 x float> %3412, <8 x float>* %33, align 32
  %3413 = load <8 x float>, <8 x float>* %27, align 32
  %3414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %3390, <8 x float> %3413)
  store <8 x float> %3414, <8 x float>* %27, align 32
  %3415 = add i64 %3098, 301
  %3416 = getelementptr inbounds float, float* %2, i64 %3415
  %3417 = load float, float* %3416, align 4
  %3418 = insertelement <8 x float> undef, float %3417, i32 0
  %splat345 = shufflevector <8 x float> %3418, <8 x float> undef, <8 x i32> zeroinitializer
  %3419 = load <8 x float>, <8 x float>* %32, align 32
  %3420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %3386, <8 x float> %3419)
  store <8 x float> %3420, <8 x float>* %32, align 32
  %3421 = load <8 x float>, <8 x float>* %26, align 32
  %3422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %3390, <8 x float> %3421)
  store <8 x float> %3422, <8 x float>* %26, align 32
  %3423 = add i64 %3098, 309
  %3424 = getelementptr inbounds float, float* %2, i64 %3423
  %3425 = load float, float* %3424, align 4
  %3426 = insertelement <8 x float> undef, float %3425, i32 0
  %splat346 = shufflevector <8 x float> %3426, <8 x float> undef, <8 x i32> zeroinitializer
  %3427 = load <8 x float>, <8 x float>* %31, align 32
  %3428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %3386, <8 x float> %3427)
  store <8 x float> %3428, <8 x float>* %31, align 32
  %3429 = load <8 x float>, <8 x float>* %25, align 32
  %3430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %3390, <8 x float> %3429)
  store <8 x float> %3430, <8 x float>* %25, align 32
  %3431 = add i64 %3098, 317
  %3432 = getelementptr inbounds float, float* %2, i64 %3431
  %3433 = load float, float* %3432, align 4
  %3434 = insertelement <8 x float> undef, float %3433, i32 0
  %splat347 = shufflevector <8 x float> %3434, <8 x float> undef, <8 x i32> zeroinitializer
  %3435 = load <8 x float>, <8 x float>* %30, align 32
  %3436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %3386, <8 x float> %3435)
  store <8 x float> %3436, <8 x float>* %30, align 32
  %3437 = load <8 x float>, <8 x float>* %24, align 32
  %3438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %3390, <8 x float> %3437)
  store <8 x float> %3438, <8 x float>* %24, align 32
  %3439 = add i64 %3102, 48
  %3440 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3439
  %3441 = bitcast float* %3440 to <8 x float>*
  %3442 = load <8 x float>, <8 x float>* %3441, align 4
  %3443 = add i64 %3102, 2352
  %3444 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3443
  %3445 = bitcast float* %3444 to <8 x float>*
  %3446 = load <8 x float>, <8 x float>* %3445, align 4
  %3447 = add i64 %3098, 278
  %3448 = getelementptr inbounds float, float* %2, i64 %3447
  %3449 = load float, float* %3448, align 4
  %3450 = insertelement <8 x float> undef, float %3449, i32 0
  %splat348 = shufflevector <8 x float> %3450, <8 x float> undef, <8 x i32> zeroinitializer
  %3451 = load <8 x float>, <8 x float>* %35, align 32
  %3452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %3442, <8 x float> %3451)
  store <8 x float> %3452, <8 x float>* %35, align 32
  %3453 = load <8 x float>, <8 x float>* %29, align 32
  %3454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %3446, <8 x float> %3453)
  store <8 x float> %3454, <8 x float>* %29, align 32
  %3455 = add i64 %3098, 286
  %3456 = getelementptr inbounds float, float* %2, i64 %3455
  %3457 = load float, float* %3456, align 4
  %3458 = insertelement <8 x float> undef, float %3457, i32 0
  %splat349 = shufflevector <8 x float> %3458, <8 x float> undef, <8 x i32> zeroinitializer
  %3459 = load <8 x float>, <8 x float>* %34, align 32
  %3460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %3442, <8 x float> %3459)
  store <8 x float> %3460, <8 x float>* %34, align 32
  %3461 = load <8 x float>, <8 x float>* %28, align 32
  %3462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %3446, <8 x float> %3461)
  store <8 x float> %3462, <8 x float>* %28, align 32
  %3463 = add i64 %3098, 294
  %3464 = getelementptr inbounds float, float* %2, i64 %3463
  %3465 = load float, float* %3464, align 4
  %3466 = insertelement <8 x float> undef, float %3465, i32 0
  %splat350 = shufflevector <8 x float> %3466, <8 x float> undef, <8 x i32> zeroinitializer
  %3467 = load <8 x float>, <8 x float>* %33, align 32
  %3468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %3442, <8 x float> %3467)
  store <8 x float> %3468, <8 x float>* %33, align 32
  %3469 = load <8 x float>, <8 x float>* %27, align 32
  %3470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %3446, <8 x float> %3469)
  store <8 x float> %3470, <8 x float>* %27, align 32
  %3471 = add i64 %3098, 302
  %3472 = getelementptr inbounds float, float* %2, i64 %3471
  %3473 = load float, float* %3472, align 4
  %3474 = insertelement <8 x float> undef, float %3473, i32 0
  %splat351 = shufflevector <8 x float> %3474, <8 x float> undef, <8 x i32> zeroinitializer
  %3475 = load <8 x float>, <8 x float>* %32, align 32
  %3476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %3442, <8 x float> %3475)
  store <8 x float> %3476, <8 x float>* %32, align 32
  %3477 = load <8 x float>, <8 x float>* %26, align 32
  %3478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %3446, <8 x float> %3477)
  store <8 x float> %3478, <8 x float>* %26, align 32
  %3479 = add i64 %3098, 310
  %3480 = getelementptr inbounds float, float* %2, i64 %3479
  %3481 = load float, float* %3480, align 4
  %3482 = insertelement <8 x float> undef, float %3481, i32 0
  %splat352 = shufflevector <8 x float> %3482, <8 x float> undef, <8 x i32> zeroinitializer
  %3483 = load <8 x float>, <8 x float>* %31, align 32
  %3484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3442, <8 x float> %3483)
  store <8 x float> %3484, <8 x float>* %31, align 32
  %3485 = load <8 x float>, <8 x float>* %25, align 32
  %3486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3446, <8 x float> %3485)
  store <8 x float> %3486, <8 x float>* %25, align 32
  %3487 = add i64 %3098, 318
  %3488 = getelementptr inbounds float, float* %2, i64 %3487
  %3489 = load float, float* %3488, align 4
  %3490 = insertelement <8 x float> undef, float %3489, i32 0
  %splat353 = shufflevector <8 x float> %3490, <8 x float> undef, <8 x i32> zeroinitializer
  %3491 = load <8 x float>, <8 x float>* %30, align 32
  %3492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3442, <8 x float> %3491)
  store <8 x float> %3492, <8 x float>* %30, align 32
  %3493 = load <8 x float>, <8 x float>* %24, align 32
  %3494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3446, <8 x float> %3493)
  store <8 x float> %3494, <8 x float>* %24, align 32
  %3495 = add i64 %3102, 56
  %3496 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3495
  %3497 = bitcast float* %3496 to <8 x float>*
  %3498 = load <8 x float>, <8 x float>* %3497, align 4
  %3499 = add i64 %3102, 2360
  %3500 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3499
  %3501 = bitcast float* %3500 to <8 x float>*
  %3502 = load <8 x float>, <8 x float>* %3501, align 4
  %3503 = add i64 %3098, 279
  %3504 = getelementptr inbounds float, float* %2, i64 %3503
  %3505 = load float, float* %3504, align 4
  %3506 = insertelement <8 x float> undef, float %3505, i32 0
  %splat354 = shufflevector <8 x float> %3506, <8 x float> undef, <8 x i32> zeroinitializer
  %3507 = load <8 x float>, <8 x float>* %35, align 32
  %3508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3498, <8 x float> %3507)
  store <8 x float> %3508, <8 x float>* %35, align 32
  %3509 = load <8 x float>, <8 x float>* %29, align 32
  %3510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3502, <8 x float> %3509)
  store <8 x float> %3510, <8 x float>* %29, align 32
  %3511 = add i64 %3098, 287
  %3512 = getelementptr inbounds float, float* %2, i64 %3511
  %3513 = load float, float* %3512, align 4
  %3514 = insertelement <8 x float> undef, float %3513, i32 0
  %splat355 = shufflevector <8 x float> %3514, <8 x float> undef, <8 x i32> zeroinitializer
  %3515 = load <8 x float>, <8 x float>* %34, align 32
  %3516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3498, <8 x float> %3515)
  store <8 x float> %3516, <8 x float>* %34, align 32
  %3517 = load <8 x float>, <8 x float>* %28, align 32
  %3518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3502, <8 x float> %3517)
  store <8 x float> %3518, <8 x float>* %28, align 32
  %3519 = add i64 %3098, 295
  %3520 = getelementptr inbounds float, float* %2, i64 %3519
  %3521 = load float, float* %3520, align 4
  %3522 = insertelement <8 x float> undef, float %3521, i32 0
  %splat356 = shufflevector <8 x float> %3522, <8 x float> undef, <8 x i32> zeroinitializer
  %3523 = load <8 x float>, <8 x float>* %33, align 32
  %3524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3498, <8 x float> %3523)
  store <8 x float> %3524, <8 x float>* %33, align 32
  %3525 = load <8 x float>, <8 x float>* %27, align 32
  %3526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3502, <8 x float> %3525)
  store <8 x float> %3526, <8 x float>* %27, align 32
  %3527 = add i64 %3098, 303
  %3528 = getelementptr inbounds float, float* %2, i64 %3527
  %3529 = load float, float* %3528, align 4
  %3530 = insertelement <8 x float> undef, float %3529, i32 0
  %splat357 = shufflevector <8 x float> %3530, <8 x float> undef, <8 x i32> zeroinitializer
  %3531 = load <8 x float>, <8 x float>* %32, align 32
  %3532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3498, <8 x float> %3531)
  store <8 x float> %3532, <8 x float>* %32, align 32
  %3533 = load <8 x float>, <8 x float>* %26, align 32
  %3534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3502, <8 x float> %3533)
  store <8 x float> %3534, <8 x float>* %26, align 32
  %3535 = add i64 %3098, 311
  %3536 = getelementptr inbounds float, float* %2, i64 %3535
  %3537 = load float, float* %3536, align 4
  %3538 = insertelement <8 x float> undef, float %3537, i32 0
  %splat358 = shufflevector <8 x float> %3538, <8 x float> undef, <8 x i32> zeroinitializer
  %3539 = load <8 x float>, <8 x float>* %31, align 32
  %3540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3498, <8 x float> %3539)
  store <8 x float> %3540, <8 x float>* %31, align 32
  %3541 = load <8 x float>, <8 x float>* %25, align 32
  %3542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3502, <8 x float> %3541)
  store <8 x float> %3542, <8 x float>* %25, align 32
  %3543 = add i64 %3098, 319
  %3544 = getelementptr inbounds float, float* %2, i64 %3543
  %3545 = load float, float* %3544, align 4
  %3546 = insertelement <8 x float> undef, float %3545, i32 0
  %splat359 = shufflevector <8 x float> %3546, <8 x float> undef, <8 x i32> zeroinitializer
  %3547 = load <8 x float>, <8 x float>* %30, align 32
  %3548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3498, <8 x float> %3547)
  store <8 x float> %3548, <8 x float>* %30, align 32
  %3549 = load <8 x float>, <8 x float>* %24, align 32
  %3550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3502, <8 x float> %3549)
  store <8 x float> %3550, <8 x float>* %24, align 32
  %kw.next360 = add i64 %kw311, 1
  br label %kw.header308

kw.exit310:                                       ; preds = %kw.header308
  %kh.next361 = add i64 %kh307, 1
  br label %kh.header304

u.header363:                                      ; preds = %kh.exit369, %u.exit302
  %u366 = phi i64 [ 0, %u.exit302 ], [ %u.next425, %kh.exit369 ]
  %3551 = icmp slt i64 %u366, 4
  br i1 %3551, label %u.body364, label %u.exit365

u.body364:                                        ; preds = %u.header363
  %3552 = mul i64 %u366, 2312
  %3553 = add i64 %3092, %3552
  %3554 = mul i64 %u366, 576
  %3555 = add i64 %111, %3554
  br label %kh.header367

u.exit365:                                        ; preds = %u.header363
  %3556 = mul i64 %103, 8
  %3557 = add i64 %3556, %106
  %3558 = add i64 %3557, 0
  %3559 = mul i64 %3558, 15
  %3560 = add i64 %3559, %100
  %3561 = mul i64 %3560, 15
  %3562 = add i64 %3561, 36
  %3563 = mul i64 %3562, 8
  %3564 = load <8 x float>, <8 x float>* %23, align 32
  %3565 = fcmp ogt <8 x float> %3564, zeroinitializer
  %3566 = select <8 x i1> %3565, <8 x float> %3564, <8 x float> zeroinitializer
  %3567 = getelementptr inbounds float, float* %0, i64 %3563
  %3568 = bitcast float* %3567 to <8 x float>*
  store <8 x float> %3566, <8 x float>* %3568, align 4
  %3569 = add i64 %3561, 37
  %3570 = mul i64 %3569, 8
  %3571 = load <8 x float>, <8 x float>* %22, align 32
  %3572 = fcmp ogt <8 x float> %3571, zeroinitializer
  %3573 = select <8 x i1> %3572, <8 x float> %3571, <8 x float> zeroinitializer
  %3574 = getelementptr inbounds float, float* %0, i64 %3570
  %3575 = bitcast float* %3574 to <8 x float>*
  store <8 x float> %3573, <8 x float>* %3575, align 4
  %3576 = add i64 %3561, 38
  %3577 = mul i64 %3576, 8
  %3578 = load <8 x float>, <8 x float>* %21, align 32
  %3579 = fcmp ogt <8 x float> %3578, zeroinitializer
  %3580 = select <8 x i1> %3579, <8 x float> %3578, <8 x float> zeroinitializer
  %3581 = getelementptr inbounds float, float* %0, i64 %3577
  %3582 = bitcast float* %3581 to <8 x float>*
  store <8 x float> %3580, <8 x float>* %3582, align 4
  %3583 = add i64 %3561, 39
  %3584 = mul i64 %3583, 8
  %3585 = load <8 x float>, <8 x float>* %20, align 32
  %3586 = fcmp ogt <8 x float> %3585, zeroinitializer
  %3587 = select <8 x i1> %3586, <8 x float> %3585, <8 x float> zeroinitializer
  %3588 = getelementptr inbounds float, float* %0, i64 %3584
  %3589 = bitcast float* %3588 to <8 x float>*
  store <8 x float> %3587, <8 x float>* %3589, align 4
  %3590 = add i64 %3561, 40
  %3591 = mul i64 %3590, 8
  %3592 = load <8 x float>, <8 x float>* %19, align 32
  %3593 = fcmp ogt <8 x float> %3592, zeroinitializer
  %3594 = select <8 x i1> %3593, <8 x float> %3592, <8 x float> zeroinitializer
  %3595 = getelementptr inbounds float, float* %0, i64 %3591
  %3596 = bitcast float* %3595 to <8 x float>*
  store <8 x float> %3594, <8 x float>* %3596, align 4
  %3597 = add i64 %3561, 41
  %3598 = mul i64 %3597, 8
  %3599 = load <8 x float>, <8 x float>* %18, align 32
  %3600 = fcmp ogt <8 x float> %3599, zeroinitializer
  %3601 = select <8 x i1> %3600, <8 x float> %3599, <8 x float> zeroinitializer
  %3602 = getelementptr inbounds float, float* %0, i64 %3598
  %3603 = bitcast float* %3602 to <8 x float>*
  store <8 x float> %3601, <8 x float>* %3603, align 4
  %3604 = mul i64 %103, 8
  %3605 = add i64 %3604, %106
  %3606 = add i64 %3605, 1
  %3607 = mul i64 %3606, 15
  %3608 = add i64 %3607, %100
  %3609 = mul i64 %3608, 15
  %3610 = add i64 %3609, 36
  %3611 = mul i64 %3610, 8
  %3612 = load <8 x float>, <8 x float>* %17, align 32
  %3613 = fcmp ogt <8 x float> %3612, zeroinitializer
  %3614 = select <8 x i1> %3613, <8 x float> %3612, <8 x float> zeroinitializer
  %3615 = getelementptr inbounds float, float* %0, i64 %3611
  %3616 = bitcast float* %3615 to <8 x float>*
  store <8 x float> %3614, <8 x float>* %3616, align 4
  %3617 = add i64 %3609, 37
  %3618 = mul i64 %3617, 8
  %3619 = load <8 x float>, <8 x float>* %16, align 32
  %3620 = fcmp ogt <8 x float> %3619, zeroinitializer
  %3621 = select <8 x i1> %3620, <8 x float> %3619, <8 x float> zeroinitializer
  %3622 = getelementptr inbounds float, float* %0, i64 %3618
  %3623 = bitcast float* %3622 to <8 x float>*
  store <8 x float> %3621, <8 x float>* %3623, align 4
  %3624 = add i64 %3609, 38
  %3625 = mul i64 %3624, 8
  %3626 = load <8 x float>, <8 x float>* %15, align 32
  %3627 = fcmp ogt <8 x float> %3626, zeroinitializer
  %3628 = select <8 x i1> %3627, <8 x float> %3626, <8 x float> zeroinitializer
  %3629 = getelementptr inbounds float, float* %0, i64 %3625
  %3630 = bitcast float* %3629 to <8 x float>*
  store <8 x float> %3628, <8 x float>* %3630, align 4
  %3631 = add i64 %3609, 39
  %3632 = mul i64 %3631, 8
  %3633 = load <8 x float>, <8 x float>* %14, align 32
  %3634 = fcmp ogt <8 x float> %3633, zeroinitializer
  %3635 = select <8 x i1> %3634, <8 x float> %3633, <8 x float> zeroinitializer
  %3636 = getelementptr inbounds float, float* %0, i64 %3632
  %3637 = bitcast float* %3636 to <8 x float>*
  store <8 x float> %3635, <8 x float>* %3637, align 4
  %3638 = add i64 %3609, 40
  %3639 = mul i64 %3638, 8
  %3640 = load <8 x float>, <8 x float>* %13, align 32
  %3641 = fcmp ogt <8 x float> %3640, zeroinitializer
  %3642 = select <8 x i1> %3641, <8 x float> %3640, <8 x float> zeroinitializer
  %3643 = getelementptr inbounds float, float* %0, i64 %3639
  %3644 = bitcast float* %3643 to <8 x float>*
  store <8 x float> %3642, <8 x float>* %3644, align 4
  %3645 = add i64 %3609, 41
  %3646 = mul i64 %3645, 8
  %3647 = load <8 x float>, <8 x float>* %12, align 32
  %3648 = fcmp ogt <8 x float> %3647, zeroinitializer
  %3649 = select <8 x i1> %3648, <8 x float> %3647, <8 x float> zeroinitializer
  %3650 = getelementptr inbounds float, float* %0, i64 %3646
  %3651 = bitcast float* %3650 to <8 x float>*
  store <8 x float> %3649, <8 x float>* %3651, align 4
  %3652 = add i64 %106, 0
  %3653 = mul i64 %3652, 8
  %3654 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %3653
  %3655 = bitcast float* %3654 to <8 x float>*
  %3656 = load <8 x float>, <8 x float>* %3655, align 4
  store <8 x float> %3656, <8 x float>* %11, align 32
  store <8 x float> %3656, <8 x float>* %10, align 32
  store <8 x float> %3656, <8 x float>* %9, align 32
  %3657 = add i64 %106, 1
  %3658 = mul i64 %3657, 8
  %3659 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %3658
  %3660 = bitcast float* %3659 to <8 x float>*
  %3661 = load <8 x float>, <8 x float>* %3660, align 4
  store <8 x float> %3661, <8 x float>* %8, align 32
  store <8 x float> %3661, <8 x float>* %7, align 32
  store <8 x float> %3661, <8 x float>* %6, align 32
  %3662 = add i64 %112, 0
  %3663 = add i64 %110, %3662
  br label %u.header426

kh.header367:                                     ; preds = %kw.exit373, %u.body364
  %kh370 = phi i64 [ 0, %u.body364 ], [ %kh.next424, %kw.exit373 ]
  %3664 = icmp slt i64 %kh370, 3
  br i1 %3664, label %kh.body368, label %kh.exit369

kh.body368:                                       ; preds = %kh.header367
  %3665 = mul i64 %kh370, 136
  %3666 = add i64 %3553, %3665
  br label %kw.header371

kh.exit369:                                       ; preds = %kh.header367
  %u.next425 = add i64 %u366, 1
  br label %u.header363

kw.header371:                                     ; preds = %kw.body372, %kh.body368
  %kw374 = phi i64 [ 0, %kh.body368 ], [ %kw.next423, %kw.body372 ]
  %3667 = icmp slt i64 %kw374, 3
  br i1 %3667, label %kw.body372, label %kw.exit373

kw.body372:                                       ; preds = %kw.header371
  %3668 = mul i64 %kw374, 8
  %3669 = add i64 %3666, %3668
  %3670 = mul i64 %kh370, 3
  %3671 = add i64 %3670, %kw374
  %3672 = mul i64 %3671, 64
  %3673 = add i64 %3555, %3672
  %3674 = add i64 %3673, 0
  %3675 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3674
  %3676 = bitcast float* %3675 to <8 x float>*
  %3677 = load <8 x float>, <8 x float>* %3676, align 4
  %3678 = add i64 %3673, 2304
  %3679 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3678
  %3680 = bitcast float* %3679 to <8 x float>*
  %3681 = load <8 x float>, <8 x float>* %3680, align 4
  %3682 = add i64 %3669, 320
  %3683 = getelementptr inbounds float, float* %2, i64 %3682
  %3684 = load float, float* %3683, align 4
  %3685 = insertelement <8 x float> undef, float %3684, i32 0
  %splat375 = shufflevector <8 x float> %3685, <8 x float> undef, <8 x i32> zeroinitializer
  %3686 = load <8 x float>, <8 x float>* %23, align 32
  %3687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat375, <8 x float> %3677, <8 x float> %3686)
  store <8 x float> %3687, <8 x float>* %23, align 32
  %3688 = load <8 x float>, <8 x float>* %17, align 32
  %3689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat375, <8 x float> %3681, <8 x float> %3688)
  store <8 x float> %3689, <8 x float>* %17, align 32
  %3690 = add i64 %3669, 328
  %3691 = getelementptr inbounds float, float* %2, i64 %3690
  %3692 = load float, float* %3691, align 4
  %3693 = insertelement <8 x float> undef, float %3692, i32 0
  %splat376 = shufflevector <8 x float> %3693, <8 x float> undef, <8 x i32> zeroinitializer
  %3694 = load <8 x float>, <8 x float>* %22, align 32
  %3695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat376, <8 x float> %3677, <8 x float> %3694)
  store <8 x float> %3695, <8 x float>* %22, align 32
  %3696 = load <8 x float>, <8 x float>* %16, align 32
  %3697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat376, <8 x float> %3681, <8 x float> %3696)
  store <8 x float> %3697, <8 x float>* %16, align 32
  %3698 = add i64 %3669, 336
  %3699 = getelementptr inbounds float, float* %2, i64 %3698
  %3700 = load float, float* %3699, align 4
  %3701 = insertelement <8 x float> undef, float %3700, i32 0
  %splat377 = shufflevector <8 x float> %3701, <8 x float> undef, <8 x i32> zeroinitializer
  %3702 = load <8 x float>, <8 x float>* %21, align 32
  %3703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat377, <8 x float> %3677, <8 x float> %3702)
  store <8 x float> %3703, <8 x float>* %21, align 32
  %3704 = load <8 x float>, <8 x float>* %15, align 32
  %3705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat377, <8 x float> %3681, <8 x float> %3704)
  store <8 x float> %3705, <8 x float>* %15, align 32
  %3706 = add i64 %3669, 344
  %3707 = getelementptr inbounds float, float* %2, i64 %3706
  %3708 = load float, float* %3707, align 4
  %3709 = insertelement <8 x float> undef, float %3708, i32 0
  %splat378 = shufflevector <8 x float> %3709, <8 x float> undef, <8 x i32> zeroinitializer
  %3710 = load <8 x float>, <8 x float>* %20, align 32
  %3711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat378, <8 x float> %3677, <8 x float> %3710)
  store <8 x float> %3711, <8 x float>* %20, align 32
  %3712 = load <8 x float>, <8 x float>* %14, align 32
  %3713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat378, <8 x float> %3681, <8 x float> %3712)
  store <8 x float> %3713, <8 x float>* %14, align 32
  %3714 = add i64 %3669, 352
  %3715 = getelementptr inbounds float, float* %2, i64 %3714
  %3716 = load float, float* %3715, align 4
  %3717 = insertelement <8 x float> undef, float %3716, i32 0
  %splat379 = shufflevector <8 x float> %3717, <8 x float> undef, <8 x i32> zeroinitializer
  %3718 = load <8 x float>, <8 x float>* %19, align 32
  %3719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat379, <8 x float> %3677, <8 x float> %3718)
  store <8 x float> %3719, <8 x float>* %19, align 32
  %3720 = load <8 x float>, <8 x float>* %13, align 32
  %3721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat379, <8 x float> %3681, <8 x float> %3720)
  store <8 x float> %3721, <8 x float>* %13, align 32
  %3722 = add i64 %3669, 360
  %3723 = getelementptr inbounds float, float* %2, i64 %3722
  %3724 = load float, float* %3723, align 4
  %3725 = insertelement <8 x float> undef, float %3724, i32 0
  %splat380 = shufflevector <8 x float> %3725, <8 x float> undef, <8 x i32> zeroinitializer
  %3726 = load <8 x float>, <8 x float>* %18, align 32
  %3727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat380, <8 x float> %3677, <8 x float> %3726)
  store <8 x float> %3727, <8 x float>* %18, align 32
  %3728 = load <8 x float>, <8 x float>* %12, align 32
  %3729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat380, <8 x float> %3681, <8 x float> %3728)
  store <8 x float> %3729, <8 x float>* %12, align 32
  %3730 = add i64 %3673, 8
  %3731 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3730
  %3732 = bitcast float* %3731 to <8 x float>*
  %3733 = load <8 x float>, <8 x float>* %3732, align 4
  %3734 = add i64 %3673, 2312
  %3735 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3734
  %3736 = bitcast float* %3735 to <8 x float>*
  %3737 = load <8 x float>, <8 x float>* %3736, align 4
  %3738 = add i64 %3669, 321
  %3739 = getelementptr inbounds float, float* %2, i64 %3738
  %3740 = load float, float* %3739, align 4
  %3741 = insertelement <8 x float> undef, float %3740, i32 0
  %splat381 = shufflevector <8 x float> %3741, <8 x float> undef, <8 x i32> zeroinitializer
  %3742 = load <8 x float>, <8 x float>* %23, align 32
  %3743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat381, <8 x float> %3733, <8 x float> %3742)
  store <8 x float> %3743, <8 x float>* %23, align 32
  %3744 = load <8 x float>, <8 x float>* %17, align 32
  %3745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat381, <8 x float> %3737, <8 x float> %3744)
  store <8 x float> %3745, <8 x float>* %17, align 32
  %3746 = add i64 %3669, 329
  %3747 = getelementptr inbounds float, float* %2, i64 %3746
  %3748 = load float, float* %3747, align 4
  %3749 = insertelement <8 x float> undef, float %3748, i32 0
  %splat382 = shufflevector <8 x float> %3749, <8 x float> undef, <8 x i32> zeroinitializer
  %3750 = load <8 x float>, <8 x float>* %22, align 32
  %3751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3733, <8 x float> %3750)
  store <8 x float> %3751, <8 x float>* %22, align 32
  %3752 = load <8 x float>, <8 x float>* %16, align 32
  %3753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3737, <8 x float> %3752)
  store <8 x float> %3753, <8 x float>* %16, align 32
  %3754 = add i64 %3669, 337
  %3755 = getelementptr inbounds float, float* %2, i64 %3754
  %3756 = load float, float* %3755, align 4
  %3757 = insertelement <8 x float> undef, float %3756, i32 0
  %splat383 = shufflevector <8 x float> %3757, <8 x float> undef, <8 x i32> zeroinitializer
  %3758 = load <8 x float>, <8 x float>* %21, align 32
  %3759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3733, <8 x float> %3758)
  store <8 x float> %3759, <8 x float>* %21, align 32
  %3760 = load <8 x float>, <8 x float>* %15, align 32
  %3761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3737, <8 x float> %3760)
  store <8 x float> %3761, <8 x float>* %15, align 32
  %3762 = add i64 %3669, 345
  %3763 = getelementptr inbounds float, float* %2, i64 %3762
  %3764 = load float, float* %3763, align 4
  %3765 = insertelement <8 x float> undef, float %3764, i32 0
  %splat384 = shufflevector <8 x float> %3765, <8 x float> undef, <8 x i32> zeroinitializer
  %3766 = load <8 x float>, <8 x float>* %20, align 32
  %3767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3733, <8 x float> %3766)
  store <8 x float> %3767, <8 x float>* %20, align 32
  %3768 = load <8 x float>, <8 x float>* %14, align 32
  %3769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3737, <8 x float> %3768)
  store <8 x float> %3769, <8 x float>* %14, align 32
  %3770 = add i64 %3669, 353
  %3771 = getelementptr inbounds float, float* %2, i64 %3770
  %3772 = load float, float* %3771, align 4
  %3773 = insertelement <8 x float> undef, float %3772, i32 0
  %splat385 = shufflevector <8 x float> %3773, <8 x float> undef, <8 x i32> zeroinitializer
  %3774 = load <8 x float>, <8 x float>* %19, align 32
  %3775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3733, <8 x float> %3774)
  store <8 x float> %3775, <8 x float>* %19, align 32
  %3776 = load <8 x float>, <8 x float>* %13, align 32
  %3777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3737, <8 x float> %3776)
  store <8 x float> %3777, <8 x float>* %13, align 32
  %3778 = add i64 %3669, 361
  %3779 = getelementptr inbounds float, float* %2, i64 %3778
  %3780 = load float, float* %3779, align 4
  %3781 = insertelement <8 x float> undef, float %3780, i32 0
  %splat386 = shufflevector <8 x float> %3781, <8 x float> undef, <8 x i32> zeroinitializer
  %3782 = load <8 x float>, <8 x float>* %18, align 32
  %3783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3733, <8 x float> %3782)
  store <8 x float> %3783, <8 x float>* %18, align 32
  %3784 = load <8 x float>, <8 x float>* %12, align 32
  %3785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3737, <8 x float> %3784)
  store <8 x float> %3785, <8 x float>* %12, align 32
  %3786 = add i64 %3673, 16
  %3787 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3786
  %3788 = bitcast float* %3787 to <8 x float>*
  %3789 = load <8 x float>, <8 x float>* %3788, align 4
  %3790 = add i64 %3673, 2320
  %3791 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3790
  %3792 = bitcast float* %3791 to <8 x float>*
  %3793 = load <8 x float>, <8 x float>* %3792, align 4
  %3794 = add i64 %3669, 322
  %3795 = getelementptr inbounds float, float* %2, i64 %3794
  %3796 = load float, float* %3795, align 4
  %3797 = insertelement <8 x float> undef, float %3796, i32 0
  %splat387 = shufflevector <8 x float> %3797, <8 x float> undef, <8 x i32> zeroinitializer
  %3798 = load <8 x float>, <8 x float>* %23, align 32
  %3799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3789, <8 x float> %3798)
  store <8 x float> %3799, <8 x float>* %23, align 32
  %3800 = load <8 x float>, <8 x float>* %17, align 32
  %3801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3793, <8 x float> %3800)
  store <8 x float> %3801, <8 x float>* %17, align 32
  %3802 = add i64 %3669, 330
  %3803 = getelementptr inbounds float, float* %2, i64 %3802
  %3804 = load float, float* %3803, align 4
  %3805 = insertelement <8 x float> undef, float %3804, i32 0
  %splat388 = shufflevector <8 x float> %3805, <8 x float> undef, <8 x i32> zeroinitializer
  %3806 = load <8 x float>, <8 x float>* %22, align 32
  %3807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3789, <8 x float> %3806)
  store <8 x float> %3807, <8 x float>* %22, align 32
  %3808 = load <8 x float>, <8 x float>* %16, align 32
  %3809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3793, <8 x float> %3808)
  store <8 x float> %3809, <8 x float>* %16, align 32
  %3810 = add i64 %3669, 338
  %3811 = getelementptr inbounds float, float* %2, i64 %3810
  %3812 = load float, float* %3811, align 4
  %3813 = insertelement <8 x float> undef, float %3812, i32 0
  %splat389 = shufflevector <8 x float> %3813, <8 x float> undef, <8 x i32> zeroinitializer
  %3814 = load <8 x float>, <8 x float>* %21, align 32
  %3815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3789, <8 x float> %3814)
  store <8 x float> %3815, <8 x float>* %21, align 32
  %3816 = load <8 x float>, <8 x float>* %15, align 32
  %3817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3793, <8 x float> %3816)
  store <8 x float> %3817, <8 x float>* %15, align 32
  %3818 = add i64 %3669, 346
  %3819 = getelementptr inbounds float, float* %2, i64 %3818
  %3820 = load float, float* %3819, align 4
  %3821 = insertelement <8 x float> undef, float %3820, i32 0
  %splat390 = shufflevector <8 x float> %3821, <8 x float> undef, <8 x i32> zeroinitializer
  %3822 = load <8 x float>, <8 x float>* %20, align 32
  %3823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3789, <8 x float> %3822)
  store <8 x float> %3823, <8 x float>* %20, align 32
  %3824 = load <8 x float>, <8 x float>* %14, align 32
  %3825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3793, <8 x float> %3824)
  store <8 x float> %3825, <8 x float>* %14, align 32
  %3826 = add i64 %3669, 354
  %3827 = getelementptr inbounds float, float* %2, i64 %3826
  %3828 = load float, float* %3827, align 4
  %3829 = insertelement <8 x float> undef, float %3828, i32 0
  %splat391 = shufflevector <8 x float> %3829, <8 x float> undef, <8 x i32> zeroinitializer
  %3830 = load <8 x float>, <8 x float>* %19, align 32
  %3831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3789, <8 x float> %3830)
  store <8 x float> %3831, <8 x float>* %19, align 32
  %3832 = load <8 x float>, <8 x float>* %13, align 32
  %3833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3793, <8 x float> %3832)
  store <8 x float> %3833, <8 x float>* %13, align 32
  %3834 = add i64 %3669, 362
  %3835 = getelementptr inbounds float, float* %2, i64 %3834
  %3836 = load float, float* %3835, align 4
  %3837 = insertelement <8 x float> undef, float %3836, i32 0
  %splat392 = shufflevector <8 x float> %3837, <8 x float> undef, <8 x i32> zeroinitializer
  %3838 = load <8 x float>, <8 x float>* %18, align 32
  %3839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3789, <8 x float> %3838)
  store <8 x float> %3839, <8 x float>* %18, align 32
  %3840 = load <8 x float>, <8 x float>* %12, align 32
  %3841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3793, <8 x float> %3840)
  store <8 x float> %3841, <8 x float>* %12, align 32
  %3842 = add i64 %3673, 24
  %3843 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3842
  %3844 = bitcast float* %3843 to <8 x float>*
  %3845 = load <8 x float>, <8 x float>* %3844, align 4
  %3846 = add i64 %3673, 2328
  %3847 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3846
  %3848 = bitcast float* %3847 to <8 x float>*
  %3849 = load <8 x float>, <8 x float>* %3848, align 4
  %3850 = add i64 %3669, 323
  %3851 = getelementptr inbounds float, float* %2, i64 %3850
  %3852 = load float, float* %3851, align 4
  %3853 = insertelement <8 x float> undef, float %3852, i32 0
  %splat393 = shufflevector <8 x float> %3853, <8 x float> undef, <8 x i32> zeroinitializer
  %3854 = load <8 x float>, <8 x float>* %23, align 32
  %3855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3845, <8 x float> %3854)
  store <8 x float> %3855, <8 x float>* %23, align 32
  %3856 = load <8 x float>, <8 x float>* %17, align 32
  %3857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3849, <8 x float> %3856)
  store <8 x float> %3857, <8 x float>* %17, align 32
  %3858 = add i64 %3669, 331
  %3859 = getelementptr inbounds float, float* %2, i64 %3858
  %3860 = load float, float* %3859, align 4
  %3861 = insertelement <8 x float> undef, float %3860, i32 0
  %splat394 = shufflevector <8 x float> %3861, <8 x float> undef, <8 x i32> zeroinitializer
  %3862 = load <8 x float>, <8 x float>* %22, align 32
  %3863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3845, <8 x float> %3862)
  store <8 x float> %3863, <8 x float>* %22, align 32
  %3864 = load <8 x float>, <8 x float>* %16, align 32
  %3865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3849, <8 x float> %3864)
  store <8 x float> %3865, <8 x float>* %16, align 32
  %3866 = add i64 %3669, 339
  %3867 = getelementptr inbounds float, float* %2, i64 %3866
  %3868 = load float, float* %3867, align 4
  %3869 = insertelement <8 x float> undef, float %3868, i32 0
  %splat395 = shufflevector <8 x float> %3869, <8 x float> undef, <8 x i32> zeroinitializer
  %3870 = load <8 x float>, <8 x float>* %21, align 32
  %3871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3845, <8 x float> %3870)
  store <8 x float> %3871, <8 x float>* %21, align 32
  %3872 = load <8 x float>, <8 x float>* %15, align 32
  %3873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3849, <8 x float> %3872)
  store <8 x float> %3873, <8 x float>* %15, align 32
  %3874 = add i64 %3669, 347
  %3875 = getelementptr inbounds float, float* %2, i64 %3874
  %3876 = load float, float* %3875, align 4
  %3877 = insertelement <8 x float> undef, float %3876, i32 0
  %splat396 = shufflevector <8 x float> %3877, <8 x float> undef, <8 x i32> zeroinitializer
  %3878 = load <8 x float>, <8 x float>* %20, align 32
  %3879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3845, <8 x float> %3878)
  store <8 x float> %3879, <8 x float>* %20, align 32
  %3880 = load <8 x float>, <8 x float>* %14, align 32
  %3881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3849, <8 x float> %3880)
  store <8 x float> %3881, <8 x float>* %14, align 32
  %3882 = add i64 %3669, 355
  %3883 = getelementptr inbounds float, float* %2, i64 %3882
  %3884 = load float, float* %3883, align 4
  %3885 = insertelement <8 x float> undef, float %3884, i32 0
  %splat397 = shufflevector <8 x float> %3885, <8 x float> undef, <8 x i32> zeroinitializer
  %3886 = load <8 x float>, <8 x float>* %19, align 32
  %3887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3845, <8 x float> %3886)
  store <8 x float> %3887, <8 x float>* %19, align 32
  %3888 = load <8 x float>, <8 x float>* %13, align 32
  %3889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3849, <8 x float> %3888)
  store <8 x float> %3889, <8 x float>* %13, align 32
  %3890 = add i64 %3669, 363
  %3891 = getelementptr inbounds float, float* %2, i64 %3890
  %3892 = load float, float* %3891, align 4
  %3893 = insertelement <8 x float> undef, float %3892, i32 0
  %splat398 = shufflevector <8 x float> %3893, <8 x float> undef, <8 x i32> zeroinitializer
  %3894 = load <8 x float>, <8 x float>* %18, align 32
  %3895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3845, <8 x float> %3894)
  store <8 x float> %3895, <8 x float>* %18, align 32
  %3896 = load <8 x float>, <8 x float>* %12, align 32
  %3897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3849, <8 x float> %3896)
  store <8 x float> %3897, <8 x float>* %12, align 32
  %3898 = add i64 %3673, 32
  %3899 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3898
  %3900 = bitcast float* %3899 to <8 x float>*
  %3901 = load <8 x float>, <8 x float>* %3900, align 4
  %3902 = add i64 %3673, 2336
  %3903 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3902
  %3904 = bitcast float* %3903 to <8 x float>*
  %3905 = load <8 x float>, <8 x float>* %3904, align 4
  %3906 = add i64 %3669, 324
  %3907 = getelementptr inbounds float, float* %2, i64 %3906
  %3908 = load float, float* %3907, align 4
  %3909 = insertelement <8 x float> undef, float %3908, i32 0
  %splat399 = shufflevector <8 x float> %3909, <8 x float> undef, <8 x i32> zeroinitializer
  %3910 = load <8 x float>, <8 x float>* %23, align 32
  %3911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3901, <8 x float> %3910)
  store <8 x float> %3911, <8 x float>* %23, align 32
  %3912 = load <8 x float>, <8 x float>* %17, align 32
  %3913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3905, <8 x float> %3912)
  store <8 x float> %3913, <8 x float>* %17, align 32
  %3914 = add i64 %3669, 332
  %3915 = getelementptr inbounds float, float* %2, i64 %3914
  %3916 = load float, float* %3915, align 4
  %3917 = insertelement <8 x float> undef, float %3916, i32 0
  %splat400 = shufflevector <8 x float> %3917, <8 x float> undef, <8 x i32> zeroinitializer
  %3918 = load <8 x float>, <8 x float>* %22, align 32
  %3919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3901, <8 x float> %3918)
  store <8 x float> %3919, <8 x float>* %22, align 32
  %3920 = load <8 x float>, <8 x float>* %16, align 32
  %3921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3905, <8 x float> %3920)
  store <8 x float> %3921, <8 x float>* %16, align 32
  %3922 = add i64 %3669, 340
  %3923 = getelementptr inbounds float, float* %2, i64 %3922
  %3924 = load float, float* %3923, align 4
  %3925 = insertelement <8 x float> undef, float %3924, i32 0
  %splat401 = shufflevector <8 x float> %3925, <8 x float> undef, <8 x i32> zeroinitializer
  %3926 = load <8 x float>, <8 x float>* %21, align 32
  %3927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3901, <8 x float> %3926)
  store <8 x float> %3927, <8 x float>* %21, align 32
  %3928 = load <8 x float>, <8 x float>* %15, align 32
  %3929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3905, <8 x float> %3928)
  store <8 x float> %3929, <8 x float>* %15, align 32
  %3930 = add i64 %3669, 348
  %3931 = getelementptr inbounds float, float* %2, i64 %3930
  %3932 = load float, float* %3931, align 4
  %3933 = insertelement <8 x float> undef, float %3932, i32 0
  %splat402 = shufflevector <8 x float> %3933, <8 x float> undef, <8 x i32> zeroinitializer
  %3934 = load <8 x float>, <8 x float>* %20, align 32
  %3935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3901, <8 x float> %3934)
  store <8 x float> %3935, <8 x float>* %20, align 32
  %3936 = load <8 x float>, <8 x float>* %14, align 32
  %3937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3905, <8 x float> %3936)
  store <8 x float> %3937, <8 x float>* %14, align 32
  %3938 = add i64 %3669, 356
  %3939 = getelementptr inbounds float, float* %2, i64 %3938
  %3940 = load float, float* %3939, align 4
  %3941 = insertelement <8 x float> undef, float %3940, i32 0
  %splat403 = shufflevector <8 x float> %3941, <8 x float> undef, <8 x i32> zeroinitializer
  %3942 = load <8 x float>, <8 x float>* %19, align 32
  %3943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3901, <8 x float> %3942)
  store <8 x float> %3943, <8 x float>* %19, align 32
  %3944 = load <8 x float>, <8 x float>* %13, align 32
  %3945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3905, <8 x float> %3944)
  store <8 x float> %3945, <8 x float>* %13, align 32
  %3946 = add i64 %3669, 364
  %3947 = getelementptr inbounds float, float* %2, i64 %3946
  %3948 = load float, float* %3947, align 4
  %3949 = insertelement <8 x float> undef, float %3948, i32 0
  %splat404 = shufflevector <8 x float> %3949, <8 x float> undef, <8 x i32> zeroinitializer
  %3950 = load <8 x float>, <8 x float>* %18, align 32
  %3951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3901, <8 x float> %3950)
  store <8 x float> %3951, <8 x float>* %18, align 32
  %3952 = load <8 x float>, <8 x float>* %12, align 32
  %3953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3905, <8 x float> %3952)
  store <8 x float> %3953, <8 x float>* %12, align 32
  %3954 = add i64 %3673, 40
  %3955 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3954
  %3956 = bitcast float* %3955 to <8 x float>*
  %3957 = load <8 x float>, <8 x float>* %3956, align 4
  %3958 = add i64 %3673, 2344
  %3959 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %3958
  %3960 = bitcast float* %3959 to <8 x float>*
  %3961 = load <8 x float>, <8 x float>* %3960, align 4
  %3962 = add i64 %3669, 325
  %3963 = getelementptr inbounds float, float* %2, i64 %3962
  %3964 = load float, float* %3963, align 4
  %3965 = insertelement <8 x float> undef, float %3964, i32 0
  %splat405 = shufflevector <8 x float> %3965, <8 x float> undef, <8 x i32> zeroinitializer
  %3966 = load <8 x float>, <8 x float>* %23, align 32
  %3967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3957, <8 x float> %3966)
  store <8 x float> %3967, <8 x float>* %23, align 32
  %3968 = load <8 x float>, <8 x float>* %17, align 32
  %3969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3961, <8 x float> %3968)
  store <8 x float> %3969, <8 x float>* %17, align 32
  %3970 = add i64 %3669, 333
  %3971 = getelementptr inbounds float, float* %2, i64 %3970
  %3972 = load float, float* %3971, align 4
  %3973 = insertelement <8 x float> undef, float %3972, i32 0
  %splat406 = shufflevector <8 x float> %3973, <8 x float> undef, <8 x i32> zeroinitializer
  %3974 = load <8 x float>, <8 x float>* %22, align 32
  %3975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3957, <8 x float> %3974)
  store <8 x float> %3975, <8 x float>* %22, align 32
  %3976 = load <8 x float>, <8 x float>* %16, align 32
  %3977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3961, <8 x float> %3976)
  store <8 x float> %3977, <8 x float>* %16, align 32
  %3978 = add i64 %3669, 341
  %3979 = getelementptr inbounds float, float* %2, i64 %3978
  %3980 = load float, float* %3979, align 4
  %3981 = insertelement <8 x float> undef, float %3980, i32 0
  %splat407 = shufflevector <8 x float> %3981, <8 x float> undef, <8 x i32> zeroinitializer
  %3982 = load <8 x float>, <8 x float>* %21, align 32
  %3983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3957, <8 x float> %3982)
  store <8 x float> %3983, <8 x float>* %21, align 32
  %3984 = load <8 x float>, <8 x float>* %15, align 32
  %3985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3961, <8 x float> %3984)
  store <8 x float> %3985, <8 x float>* %15, align 32
  %3986 = add i64 %3669, 349
  %3987 = getelementptr inbounds float, float* %2, i64 %3986
  %3988 = load float, float* %3987, align 4
  %3989 = insertelement <8 x float> undef, float %3988, i32 0
  %splat408 = shufflevector <8 x float> %3989, <8 x float> undef, <8 x i32> zeroinitializer
  %3990 = load <8 x float>, <8 x float>* %20, align 32
  %3991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3957, <8 x float> %3990)
  store <8 x float> %3991, <8 x float>* %20, align 32
  %3992 = load <8 x float>, <8 x float>* %14, align 32
  %3993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3961, <8 x float> %3992)
  store <8 x float> %3993, <8 x float>* %14, align 32
  %3994 = add i64 %3669, 357
  %3995 = getelementptr inbounds float, float* %2, i64 %3994
  %3996 = load float, float* %3995, align 4
  %3997 = insertelement <8 x float> undef, float %3996, i32 0
  %splat409 = shufflevector <8 x float> %3997, <8 x float> undef, <8 x i32> zeroinitializer
  %3998 = load <8 x float>, <8 x float>* %19, align 32
  %3999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3957, <8 x float> %3998)
  store <8 x float> %3999, <8 x float>* %19, align 32
  %4000 = load <8 x float>, <8 x float>* %13, align 32
  %4001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3961, <8 x float> %4000)
  store <8 x float> %4001, <8 x float>* %13, align 32
  %4002 = add i64 %3669, 365
  %4003 = getelementptr inbounds float, float* %2, i64 %4002
  %4004 = load float, float* %4003, align 4
  %4005 = insertelement <8 x float> undef, float %4004, i32 0
  %splat410 = shufflevector <8 x float> %4005, <8 x float> undef, <8 x i32> zeroinitializer
  %4006 = load <8 x float>, <8 x float>* %18, align 32
  %4007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3957, <8 x float> %4006)
  store <8 x float> %4007, <8 x float>* %18, align 32
  %4008 = load <8 x float>, <8 x float>* %12, align 32
  %4009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3961, <8 x float> %4008)
  store <8 x float> %4009, <8 x float>* %12, align 32
  %4010 = add i64 %3673, 48
  %4011 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4010
  %4012 = bitcast float* %4011 to <8 x float>*
  %4013 = load <8 x float>, <8 x float>* %4012, align 4
  %4014 = add i64 %3673, 2352
  %4015 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4014
  %4016 = bitcast float* %4015 to <8 x float>*
  %4017 = load <8 x float>, <8 x float>* %4016, align 4
  %4018 = add i64 %3669, 326
  %4019 = getelementptr inbounds float, float* %2, i64 %4018
  %4020 = load float, float* %4019, align 4
  %4021 = insertelement <8 x float> undef, float %4020, i32 0
  %splat411 = shufflevector <8 x float> %4021, <8 x float> undef, <8 x i32> zeroinitializer
  %4022 = load <8 x float>, <8 x float>* %23, align 32
  %4023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %4013, <8 x float> %4022)
  store <8 x float> %4023, <8 x float>* %23, align 32
  %4024 = load <8 x float>, <8 x float>* %17, align 32
  %4025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %4017, <8 x float> %4024)
  store <8 x float> %4025, <8 x float>* %17, align 32
  %4026 = add i64 %3669, 334
  %4027 = getelementptr inbounds float, float* %2, i64 %4026
  %4028 = load float, float* %4027, align 4
  %4029 = insertelement <8 x float> undef, float %4028, i32 0
  %splat412 = shufflevector <8 x float> %4029, <8 x float> undef, <8 x i32> zeroinitializer
  %4030 = load <8 x float>, <8 x float>* %22, align 32
  %4031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %4013, <8 x float> %4030)
  store <8 x float> %4031, <8 x float>* %22, align 32
  %4032 = load <8 x float>, <8 x float>* %16, align 32
  %4033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %4017, <8 x float> %4032)
  store <8 x float> %4033, <8 x float>* %16, align 32
  %4034 = add i64 %3669, 342
  %4035 = getelementptr inbounds float, float* %2, i64 %4034
  %4036 = load float, float* %4035, align 4
  %4037 = insertelement <8 x float> undef, float %4036, i32 0
  %splat413 = shufflevector <8 x float> %4037, <8 x float> undef, <8 x i32> zeroinitializer
  %4038 = load <8 x float>, <8 x float>* %21, align 32
  %4039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %4013, <8 x float> %4038)
  store <8 x float> %4039, <8 x float>* %21, align 32
  %4040 = load <8 x float>, <8 x float>* %15, align 32
  %4041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %4017, <8 x float> %4040)
  store <8 x float> %4041, <8 x float>* %15, align 32
  %4042 = add i64 %3669, 350
  %4043 = getelementptr inbounds float, float* %2, i64 %4042
  %4044 = load float, float* %4043, align 4
  %4045 = insertelement <8 x float> undef, float %4044, i32 0
  %splat414 = shufflevector <8 x float> %4045, <8 x float> undef, <8 x i32> zeroinitializer
  %4046 = load <8 x float>, <8 x float>* %20, align 32
  %4047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %4013, <8 x float> %4046)
  store <8 x float> %4047, <8 x float>* %20, align 32
  %4048 = load <8 x float>, <8 x float>* %14, align 32
  %4049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %4017, <8 x float> %4048)
  store <8 x float> %4049, <8 x float>* %14, align 32
  %4050 = add i64 %3669, 358
  %4051 = getelementptr inbounds float, float* %2, i64 %4050
  %4052 = load float, float* %4051, align 4
  %4053 = insertelement <8 x float> undef, float %4052, i32 0
  %splat415 = shufflevector <8 x float> %4053, <8 x float> undef, <8 x i32> zeroinitializer
  %4054 = load <8 x float>, <8 x float>* %19, align 32
  %4055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %4013, <8 x float> %4054)
  store <8 x float> %4055, <8 x float>* %19, align 32
  %4056 = load <8 x float>, <8 x float>* %13, align 32
  %4057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %4017, <8 x float> %4056)
  store <8 x float> %4057, <8 x float>* %13, align 32
  %4058 = add i64 %3669, 366
  %4059 = getelementptr inbounds float, float* %2, i64 %4058
  %4060 = load float, float* %4059, align 4
  %4061 = insertelement <8 x float> undef, float %4060, i32 0
  %splat416 = shufflevector <8 x float> %4061, <8 x float> undef, <8 x i32> zeroinitializer
  %4062 = load <8 x float>, <8 x float>* %18, align 32
  %4063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %4013, <8 x float> %4062)
  store <8 x float> %4063, <8 x float>* %18, align 32
  %4064 = load <8 x float>, <8 x float>* %12, align 32
  %4065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %4017, <8 x float> %4064)
  store <8 x float> %4065, <8 x float>* %12, align 32
  %4066 = add i64 %3673, 56
  %4067 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4066
  %4068 = bitcast float* %4067 to <8 x float>*
  %4069 = load <8 x float>, <8 x float>* %4068, align 4
  %4070 = add i64 %3673, 2360
  %4071 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4070
  %4072 = bitcast float* %4071 to <8 x float>*
  %4073 = load <8 x float>, <8 x float>* %4072, align 4
  %4074 = add i64 %3669, 327
  %4075 = getelementptr inbounds float, float* %2, i64 %4074
  %4076 = load float, float* %4075, align 4
  %4077 = insertelement <8 x float> undef, float %4076, i32 0
  %splat417 = shufflevector <8 x float> %4077, <8 x float> undef, <8 x i32> zeroinitializer
  %4078 = load <8 x float>, <8 x float>* %23, align 32
  %4079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %4069, <8 x float> %4078)
  store <8 x float> %4079, <8 x float>* %23, align 32
  %4080 = load <8 x float>, <8 x float>* %17, align 32
  %4081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %4073, <8 x float> %4080)
  store <8 x float> %4081, <8 x float>* %17, align 32
  %4082 = add i64 %3669, 335
  %4083 = getelementptr inbounds float, float* %2, i64 %4082
  %4084 = load float, float* %4083, align 4
  %4085 = insertelement <8 x float> undef, float %4084, i32 0
  %splat418 = shufflevector <8 x float> %4085, <8 x float> undef, <8 x i32> zeroinitializer
  %4086 = load <8 x float>, <8 x float>* %22, align 32
  %4087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %4069, <8 x float> %4086)
  store <8 x float> %4087, <8 x float>* %22, align 32
  %4088 = load <8 x float>, <8 x float>* %16, align 32
  %4089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %4073, <8 x float> %4088)
  store <8 x float> %4089, <8 x float>* %16, align 32
  %4090 = add i64 %3669, 343
  %4091 = getelementptr inbounds float, float* %2, i64 %4090
  %4092 = load float, float* %4091, align 4
  %4093 = insertelement <8 x float> undef, float %4092, i32 0
  %splat419 = shufflevector <8 x float> %4093, <8 x float> undef, <8 x i32> zeroinitializer
  %4094 = load <8 x float>, <8 x float>* %21, align 32
  %4095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %4069, <8 x float> %4094)
  store <8 x float> %4095, <8 x float>* %21, align 32
  %4096 = load <8 x float>, <8 x float>* %15, align 32
  %4097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %4073, <8 x float> %4096)
  store <8 x float> %4097, <8 x float>* %15, align 32
  %4098 = add i64 %3669, 351
  %4099 = getelementptr inbounds float, float* %2, i64 %4098
  %4100 = load float, float* %4099, align 4
  %4101 = insertelement <8 x float> undef, float %4100, i32 0
  %splat420 = shufflevector <8 x float> %4101, <8 x float> undef, <8 x i32> zeroinitializer
  %4102 = load <8 x float>, <8 x float>* %20, align 32
  %4103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %4069, <8 x float> %4102)
  store <8 x float> %4103, <8 x float>* %20, align 32
  %4104 = load <8 x float>, <8 x float>* %14, align 32
  %4105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %4073, <8 x float> %4104)
  store <8 x float> %4105, <8 x float>* %14, align 32
  %4106 = add i64 %3669, 359
  %4107 = getelementptr inbounds float, float* %2, i64 %4106
  %4108 = load float, float* %4107, align 4
  %4109 = insertelement <8 x float> undef, float %4108, i32 0
  %splat421 = shufflevector <8 x float> %4109, <8 x float> undef, <8 x i32> zeroinitializer
  %4110 = load <8 x float>, <8 x float>* %19, align 32
  %4111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %4069, <8 x float> %4110)
  store <8 x float> %4111, <8 x float>* %19, align 32
  %4112 = load <8 x float>, <8 x float>* %13, align 32
  %4113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %4073, <8 x float> %4112)
  store <8 x float> %4113, <8 x float>* %13, align 32
  %4114 = add i64 %3669, 367
  %4115 = getelementptr inbounds float, float* %2, i64 %4114
  %4116 = load float, float* %4115, align 4
  %4117 = insertelement <8 x float> undef, float %4116, i32 0
  %splat422 = shufflevector <8 x float> %4117, <8 x float> undef, <8 x i32> zeroinitializer
  %4118 = load <8 x float>, <8 x float>* %18, align 32
  %4119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat422, <8 x float> %4069, <8 x float> %4118)
  store <8 x float> %4119, <8 x float>* %18, align 32
  %4120 = load <8 x float>, <8 x float>* %12, align 32
  %4121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat422, <8 x float> %4073, <8 x float> %4120)
  store <8 x float> %4121, <8 x float>* %12, align 32
  %kw.next423 = add i64 %kw374, 1
  br label %kw.header371

kw.exit373:                                       ; preds = %kw.header371
  %kh.next424 = add i64 %kh370, 1
  br label %kh.header367

u.header426:                                      ; preds = %kh.exit432, %u.exit365
  %u429 = phi i64 [ 0, %u.exit365 ], [ %u.next464, %kh.exit432 ]
  %4122 = icmp slt i64 %u429, 4
  br i1 %4122, label %u.body427, label %u.exit428

u.body427:                                        ; preds = %u.header426
  %4123 = mul i64 %u429, 2312
  %4124 = add i64 %3663, %4123
  %4125 = mul i64 %u429, 576
  %4126 = add i64 %111, %4125
  br label %kh.header430

u.exit428:                                        ; preds = %u.header426
  %4127 = mul i64 %103, 8
  %4128 = add i64 %4127, %106
  %4129 = add i64 %4128, 0
  %4130 = mul i64 %4129, 15
  %4131 = add i64 %4130, %100
  %4132 = mul i64 %4131, 15
  %4133 = add i64 %4132, 42
  %4134 = mul i64 %4133, 8
  %4135 = load <8 x float>, <8 x float>* %11, align 32
  %4136 = fcmp ogt <8 x float> %4135, zeroinitializer
  %4137 = select <8 x i1> %4136, <8 x float> %4135, <8 x float> zeroinitializer
  %4138 = getelementptr inbounds float, float* %0, i64 %4134
  %4139 = bitcast float* %4138 to <8 x float>*
  store <8 x float> %4137, <8 x float>* %4139, align 4
  %4140 = add i64 %4132, 43
  %4141 = mul i64 %4140, 8
  %4142 = load <8 x float>, <8 x float>* %10, align 32
  %4143 = fcmp ogt <8 x float> %4142, zeroinitializer
  %4144 = select <8 x i1> %4143, <8 x float> %4142, <8 x float> zeroinitializer
  %4145 = getelementptr inbounds float, float* %0, i64 %4141
  %4146 = bitcast float* %4145 to <8 x float>*
  store <8 x float> %4144, <8 x float>* %4146, align 4
  %4147 = add i64 %4132, 44
  %4148 = mul i64 %4147, 8
  %4149 = load <8 x float>, <8 x float>* %9, align 32
  %4150 = fcmp ogt <8 x float> %4149, zeroinitializer
  %4151 = select <8 x i1> %4150, <8 x float> %4149, <8 x float> zeroinitializer
  %4152 = getelementptr inbounds float, float* %0, i64 %4148
  %4153 = bitcast float* %4152 to <8 x float>*
  store <8 x float> %4151, <8 x float>* %4153, align 4
  %4154 = mul i64 %103, 8
  %4155 = add i64 %4154, %106
  %4156 = add i64 %4155, 1
  %4157 = mul i64 %4156, 15
  %4158 = add i64 %4157, %100
  %4159 = mul i64 %4158, 15
  %4160 = add i64 %4159, 42
  %4161 = mul i64 %4160, 8
  %4162 = load <8 x float>, <8 x float>* %8, align 32
  %4163 = fcmp ogt <8 x float> %4162, zeroinitializer
  %4164 = select <8 x i1> %4163, <8 x float> %4162, <8 x float> zeroinitializer
  %4165 = getelementptr inbounds float, float* %0, i64 %4161
  %4166 = bitcast float* %4165 to <8 x float>*
  store <8 x float> %4164, <8 x float>* %4166, align 4
  %4167 = add i64 %4159, 43
  %4168 = mul i64 %4167, 8
  %4169 = load <8 x float>, <8 x float>* %7, align 32
  %4170 = fcmp ogt <8 x float> %4169, zeroinitializer
  %4171 = select <8 x i1> %4170, <8 x float> %4169, <8 x float> zeroinitializer
  %4172 = getelementptr inbounds float, float* %0, i64 %4168
  %4173 = bitcast float* %4172 to <8 x float>*
  store <8 x float> %4171, <8 x float>* %4173, align 4
  %4174 = add i64 %4159, 44
  %4175 = mul i64 %4174, 8
  %4176 = load <8 x float>, <8 x float>* %6, align 32
  %4177 = fcmp ogt <8 x float> %4176, zeroinitializer
  %4178 = select <8 x i1> %4177, <8 x float> %4176, <8 x float> zeroinitializer
  %4179 = getelementptr inbounds float, float* %0, i64 %4175
  %4180 = bitcast float* %4179 to <8 x float>*
  store <8 x float> %4178, <8 x float>* %4180, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header430:                                     ; preds = %kw.exit436, %u.body427
  %kh433 = phi i64 [ 0, %u.body427 ], [ %kh.next463, %kw.exit436 ]
  %4181 = icmp slt i64 %kh433, 3
  br i1 %4181, label %kh.body431, label %kh.exit432

kh.body431:                                       ; preds = %kh.header430
  %4182 = mul i64 %kh433, 136
  %4183 = add i64 %4124, %4182
  br label %kw.header434

kh.exit432:                                       ; preds = %kh.header430
  %u.next464 = add i64 %u429, 1
  br label %u.header426

kw.header434:                                     ; preds = %kw.body435, %kh.body431
  %kw437 = phi i64 [ 0, %kh.body431 ], [ %kw.next462, %kw.body435 ]
  %4184 = icmp slt i64 %kw437, 3
  br i1 %4184, label %kw.body435, label %kw.exit436

kw.body435:                                       ; preds = %kw.header434
  %4185 = mul i64 %kw437, 8
  %4186 = add i64 %4183, %4185
  %4187 = mul i64 %kh433, 3
  %4188 = add i64 %4187, %kw437
  %4189 = mul i64 %4188, 64
  %4190 = add i64 %4126, %4189
  %4191 = add i64 %4190, 0
  %4192 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4191
  %4193 = bitcast float* %4192 to <8 x float>*
  %4194 = load <8 x float>, <8 x float>* %4193, align 4
  %4195 = add i64 %4190, 2304
  %4196 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4195
  %4197 = bitcast float* %4196 to <8 x float>*
  %4198 = load <8 x float>, <8 x float>* %4197, align 4
  %4199 = add i64 %4186, 368
  %4200 = getelementptr inbounds float, float* %2, i64 %4199
  %4201 = load float, float* %4200, align 4
  %4202 = insertelement <8 x float> undef, float %4201, i32 0
  %splat438 = shufflevector <8 x float> %4202, <8 x float> undef, <8 x i32> zeroinitializer
  %4203 = load <8 x float>, <8 x float>* %11, align 32
  %4204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %4194, <8 x float> %4203)
  store <8 x float> %4204, <8 x float>* %11, align 32
  %4205 = load <8 x float>, <8 x float>* %8, align 32
  %4206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %4198, <8 x float> %4205)
  store <8 x float> %4206, <8 x float>* %8, align 32
  %4207 = add i64 %4186, 376
  %4208 = getelementptr inbounds float, float* %2, i64 %4207
  %4209 = load float, float* %4208, align 4
  %4210 = insertelement <8 x float> undef, float %4209, i32 0
  %splat439 = shufflevector <8 x float> %4210, <8 x float> undef, <8 x i32> zeroinitializer
  %4211 = load <8 x float>, <8 x float>* %10, align 32
  %4212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %4194, <8 x float> %4211)
  store <8 x float> %4212, <8 x float>* %10, align 32
  %4213 = load <8 x float>, <8 x float>* %7, align 32
  %4214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %4198, <8 x float> %4213)
  store <8 x float> %4214, <8 x float>* %7, align 32
  %4215 = add i64 %4186, 384
  %4216 = getelementptr inbounds float, float* %2, i64 %4215
  %4217 = load float, float* %4216, align 4
  %4218 = insertelement <8 x float> undef, float %4217, i32 0
  %splat440 = shufflevector <8 x float> %4218, <8 x float> undef, <8 x i32> zeroinitializer
  %4219 = load <8 x float>, <8 x float>* %9, align 32
  %4220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %4194, <8 x float> %4219)
  store <8 x float> %4220, <8 x float>* %9, align 32
  %4221 = load <8 x float>, <8 x float>* %6, align 32
  %4222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %4198, <8 x float> %4221)
  store <8 x float> %4222, <8 x float>* %6, align 32
  %4223 = add i64 %4190, 8
  %4224 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4223
  %4225 = bitcast float* %4224 to <8 x float>*
  %4226 = load <8 x float>, <8 x float>* %4225, align 4
  %4227 = add i64 %4190, 2312
  %4228 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4227
  %4229 = bitcast float* %4228 to <8 x float>*
  %4230 = load <8 x float>, <8 x float>* %4229, align 4
  %4231 = add i64 %4186, 369
  %4232 = getelementptr inbounds float, float* %2, i64 %4231
  %4233 = load float, float* %4232, align 4
  %4234 = insertelement <8 x float> undef, float %4233, i32 0
  %splat441 = shufflevector <8 x float> %4234, <8 x float> undef, <8 x i32> zeroinitializer
  %4235 = load <8 x float>, <8 x float>* %11, align 32
  %4236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %4226, <8 x float> %4235)
  store <8 x float> %4236, <8 x float>* %11, align 32
  %4237 = load <8 x float>, <8 x float>* %8, align 32
  %4238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %4230, <8 x float> %4237)
  store <8 x float> %4238, <8 x float>* %8, align 32
  %4239 = add i64 %4186, 377
  %4240 = getelementptr inbounds float, float* %2, i64 %4239
  %4241 = load float, float* %4240, align 4
  %4242 = insertelement <8 x float> undef, float %4241, i32 0
  %splat442 = shufflevector <8 x float> %4242, <8 x float> undef, <8 x i32> zeroinitializer
  %4243 = load <8 x float>, <8 x float>* %10, align 32
  %4244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %4226, <8 x float> %4243)
  store <8 x float> %4244, <8 x float>* %10, align 32
  %4245 = load <8 x float>, <8 x float>* %7, align 32
  %4246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %4230, <8 x float> %4245)
  store <8 x float> %4246, <8 x float>* %7, align 32
  %4247 = add i64 %4186, 385
  %4248 = getelementptr inbounds float, float* %2, i64 %4247
  %4249 = load float, float* %4248, align 4
  %4250 = insertelement <8 x float> undef, float %4249, i32 0
  %splat443 = shufflevector <8 x float> %4250, <8 x float> undef, <8 x i32> zeroinitializer
  %4251 = load <8 x float>, <8 x float>* %9, align 32
  %4252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %4226, <8 x float> %4251)
  store <8 x float> %4252, <8 x float>* %9, align 32
  %4253 = load <8 x float>, <8 x float>* %6, align 32
  %4254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %4230, <8 x float> %4253)
  store <8 x float> %4254, <8 x float>* %6, align 32
  %4255 = add i64 %4190, 16
  %4256 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4255
  %4257 = bitcast float* %4256 to <8 x float>*
  %4258 = load <8 x float>, <8 x float>* %4257, align 4
  %4259 = add i64 %4190, 2320
  %4260 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4259
  %4261 = bitcast float* %4260 to <8 x float>*
  %4262 = load <8 x float>, <8 x float>* %4261, align 4
  %4263 = add i64 %4186, 370
  %4264 = getelementptr inbounds float, float* %2, i64 %4263
  %4265 = load float, float* %4264, align 4
  %4266 = insertelement <8 x float> undef, float %4265, i32 0
  %splat444 = shufflevector <8 x float> %4266, <8 x float> undef, <8 x i32> zeroinitializer
  %4267 = load <8 x float>, <8 x float>* %11, align 32
  %4268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %4258, <8 x float> %4267)
  store <8 x float> %4268, <8 x float>* %11, align 32
  %4269 = load <8 x float>, <8 x float>* %8, align 32
  %4270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %4262, <8 x float> %4269)
  store <8 x float> %4270, <8 x float>* %8, align 32
  %4271 = add i64 %4186, 378
  %4272 = getelementptr inbounds float, float* %2, i64 %4271
  %4273 = load float, float* %4272, align 4
  %4274 = insertelement <8 x float> undef, float %4273, i32 0
  %splat445 = shufflevector <8 x float> %4274, <8 x float> undef, <8 x i32> zeroinitializer
  %4275 = load <8 x float>, <8 x float>* %10, align 32
  %4276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %4258, <8 x float> %4275)
  store <8 x float> %4276, <8 x float>* %10, align 32
  %4277 = load <8 x float>, <8 x float>* %7, align 32
  %4278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %4262, <8 x float> %4277)
  store <8 x float> %4278, <8 x float>* %7, align 32
  %4279 = add i64 %4186, 386
  %4280 = getelementptr inbounds float, float* %2, i64 %4279
  %4281 = load float, float* %4280, align 4
  %4282 = insertelement <8 x float> undef, float %4281, i32 0
  %splat446 = shufflevector <8 x float> %4282, <8 x float> undef, <8 x i32> zeroinitializer
  %4283 = load <8 x float>, <8 x float>* %9, align 32
  %4284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %4258, <8 x float> %4283)
  store <8 x float> %4284, <8 x float>* %9, align 32
  %4285 = load <8 x float>, <8 x float>* %6, align 32
  %4286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %4262, <8 x float> %4285)
  store <8 x float> %4286, <8 x float>* %6, align 32
  %4287 = add i64 %4190, 24
  %4288 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4287
  %4289 = bitcast float* %4288 to <8 x float>*
  %4290 = load <8 x float>, <8 x float>* %4289, align 4
  %4291 = add i64 %4190, 2328
  %4292 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4291
  %4293 = bitcast float* %4292 to <8 x float>*
  %4294 = load <8 x float>, <8 x float>* %4293, align 4
  %4295 = add i64 %4186, 371
  %4296 = getelementptr inbounds float, float* %2, i64 %4295
  %4297 = load float, float* %4296, align 4
  %4298 = insertelement <8 x float> undef, float %4297, i32 0
  %splat447 = shufflevector <8 x float> %4298, <8 x float> undef, <8 x i32> zeroinitializer
  %4299 = load <8 x float>, <8 x float>* %11, align 32
  %4300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %4290, <8 x float> %4299)
  store <8 x float> %4300, <8 x float>* %11, align 32
  %4301 = load <8 x float>, <8 x float>* %8, align 32
  %4302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %4294, <8 x float> %4301)
  store <8 x float> %4302, <8 x float>* %8, align 32
  %4303 = add i64 %4186, 379
  %4304 = getelementptr inbounds float, float* %2, i64 %4303
  %4305 = load float, float* %4304, align 4
  %4306 = insertelement <8 x float> undef, float %4305, i32 0
  %splat448 = shufflevector <8 x float> %4306, <8 x float> undef, <8 x i32> zeroinitializer
  %4307 = load <8 x float>, <8 x float>* %10, align 32
  %4308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %4290, <8 x float> %4307)
  store <8 x float> %4308, <8 x float>* %10, align 32
  %4309 = load <8 x float>, <8 x float>* %7, align 32
  %4310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %4294, <8 x float> %4309)
  store <8 x float> %4310, <8 x float>* %7, align 32
  %4311 = add i64 %4186, 387
  %4312 = getelementptr inbounds float, float* %2, i64 %4311
  %4313 = load float, float* %4312, align 4
  %4314 = insertelement <8 x float> undef, float %4313, i32 0
  %splat449 = shufflevector <8 x float> %4314, <8 x float> undef, <8 x i32> zeroinitializer
  %4315 = load <8 x float>, <8 x float>* %9, align 32
  %4316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %4290, <8 x float> %4315)
  store <8 x float> %4316, <8 x float>* %9, align 32
  %4317 = load <8 x float>, <8 x float>* %6, align 32
  %4318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %4294, <8 x float> %4317)
  store <8 x float> %4318, <8 x float>* %6, align 32
  %4319 = add i64 %4190, 32
  %4320 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4319
  %4321 = bitcast float* %4320 to <8 x float>*
  %4322 = load <8 x float>, <8 x float>* %4321, align 4
  %4323 = add i64 %4190, 2336
  %4324 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4323
  %4325 = bitcast float* %4324 to <8 x float>*
  %4326 = load <8 x float>, <8 x float>* %4325, align 4
  %4327 = add i64 %4186, 372
  %4328 = getelementptr inbounds float, float* %2, i64 %4327
  %4329 = load float, float* %4328, align 4
  %4330 = insertelement <8 x float> undef, float %4329, i32 0
  %splat450 = shufflevector <8 x float> %4330, <8 x float> undef, <8 x i32> zeroinitializer
  %4331 = load <8 x float>, <8 x float>* %11, align 32
  %4332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %4322, <8 x float> %4331)
  store <8 x float> %4332, <8 x float>* %11, align 32
  %4333 = load <8 x float>, <8 x float>* %8, align 32
  %4334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %4326, <8 x float> %4333)
  store <8 x float> %4334, <8 x float>* %8, align 32
  %4335 = add i64 %4186, 380
  %4336 = getelementptr inbounds float, float* %2, i64 %4335
  %4337 = load float, float* %4336, align 4
  %4338 = insertelement <8 x float> undef, float %4337, i32 0
  %splat451 = shufflevector <8 x float> %4338, <8 x float> undef, <8 x i32> zeroinitializer
  %4339 = load <8 x float>, <8 x float>* %10, align 32
  %4340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %4322, <8 x float> %4339)
  store <8 x float> %4340, <8 x float>* %10, align 32
  %4341 = load <8 x float>, <8 x float>* %7, align 32
  %4342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %4326, <8 x float> %4341)
  store <8 x float> %4342, <8 x float>* %7, align 32
  %4343 = add i64 %4186, 388
  %4344 = getelementptr inbounds float, float* %2, i64 %4343
  %4345 = load float, float* %4344, align 4
  %4346 = insertelement <8 x float> undef, float %4345, i32 0
  %splat452 = shufflevector <8 x float> %4346, <8 x float> undef, <8 x i32> zeroinitializer
  %4347 = load <8 x float>, <8 x float>* %9, align 32
  %4348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %4322, <8 x float> %4347)
  store <8 x float> %4348, <8 x float>* %9, align 32
  %4349 = load <8 x float>, <8 x float>* %6, align 32
  %4350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %4326, <8 x float> %4349)
  store <8 x float> %4350, <8 x float>* %6, align 32
  %4351 = add i64 %4190, 40
  %4352 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4351
  %4353 = bitcast float* %4352 to <8 x float>*
  %4354 = load <8 x float>, <8 x float>* %4353, align 4
  %4355 = add i64 %4190, 2344
  %4356 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4355
  %4357 = bitcast float* %4356 to <8 x float>*
  %4358 = load <8 x float>, <8 x float>* %4357, align 4
  %4359 = add i64 %4186, 373
  %4360 = getelementptr inbounds float, float* %2, i64 %4359
  %4361 = load float, float* %4360, align 4
  %4362 = insertelement <8 x float> undef, float %4361, i32 0
  %splat453 = shufflevector <8 x float> %4362, <8 x float> undef, <8 x i32> zeroinitializer
  %4363 = load <8 x float>, <8 x float>* %11, align 32
  %4364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %4354, <8 x float> %4363)
  store <8 x float> %4364, <8 x float>* %11, align 32
  %4365 = load <8 x float>, <8 x float>* %8, align 32
  %4366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %4358, <8 x float> %4365)
  store <8 x float> %4366, <8 x float>* %8, align 32
  %4367 = add i64 %4186, 381
  %4368 = getelementptr inbounds float, float* %2, i64 %4367
  %4369 = load float, float* %4368, align 4
  %4370 = insertelement <8 x float> undef, float %4369, i32 0
  %splat454 = shufflevector <8 x float> %4370, <8 x float> undef, <8 x i32> zeroinitializer
  %4371 = load <8 x float>, <8 x float>* %10, align 32
  %4372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %4354, <8 x float> %4371)
  store <8 x float> %4372, <8 x float>* %10, align 32
  %4373 = load <8 x float>, <8 x float>* %7, align 32
  %4374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %4358, <8 x float> %4373)
  store <8 x float> %4374, <8 x float>* %7, align 32
  %4375 = add i64 %4186, 389
  %4376 = getelementptr inbounds float, float* %2, i64 %4375
  %4377 = load float, float* %4376, align 4
  %4378 = insertelement <8 x float> undef, float %4377, i32 0
  %splat455 = shufflevector <8 x float> %4378, <8 x float> undef, <8 x i32> zeroinitializer
  %4379 = load <8 x float>, <8 x float>* %9, align 32
  %4380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %4354, <8 x float> %4379)
  store <8 x float> %4380, <8 x float>* %9, align 32
  %4381 = load <8 x float>, <8 x float>* %6, align 32
  %4382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %4358, <8 x float> %4381)
  store <8 x float> %4382, <8 x float>* %6, align 32
  %4383 = add i64 %4190, 48
  %4384 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4383
  %4385 = bitcast float* %4384 to <8 x float>*
  %4386 = load <8 x float>, <8 x float>* %4385, align 4
  %4387 = add i64 %4190, 2352
  %4388 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4387
  %4389 = bitcast float* %4388 to <8 x float>*
  %4390 = load <8 x float>, <8 x float>* %4389, align 4
  %4391 = add i64 %4186, 374
  %4392 = getelementptr inbounds float, float* %2, i64 %4391
  %4393 = load float, float* %4392, align 4
  %4394 = insertelement <8 x float> undef, float %4393, i32 0
  %splat456 = shufflevector <8 x float> %4394, <8 x float> undef, <8 x i32> zeroinitializer
  %4395 = load <8 x float>, <8 x float>* %11, align 32
  %4396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %4386, <8 x float> %4395)
  store <8 x float> %4396, <8 x float>* %11, align 32
  %4397 = load <8 x float>, <8 x float>* %8, align 32
  %4398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %4390, <8 x float> %4397)
  store <8 x float> %4398, <8 x float>* %8, align 32
  %4399 = add i64 %4186, 382
  %4400 = getelementptr inbounds float, float* %2, i64 %4399
  %4401 = load float, float* %4400, align 4
  %4402 = insertelement <8 x float> undef, float %4401, i32 0
  %splat457 = shufflevector <8 x float> %4402, <8 x float> undef, <8 x i32> zeroinitializer
  %4403 = load <8 x float>, <8 x float>* %10, align 32
  %4404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4386, <8 x float> %4403)
  store <8 x float> %4404, <8 x float>* %10, align 32
  %4405 = load <8 x float>, <8 x float>* %7, align 32
  %4406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4390, <8 x float> %4405)
  store <8 x float> %4406, <8 x float>* %7, align 32
  %4407 = add i64 %4186, 390
  %4408 = getelementptr inbounds float, float* %2, i64 %4407
  %4409 = load float, float* %4408, align 4
  %4410 = insertelement <8 x float> undef, float %4409, i32 0
  %splat458 = shufflevector <8 x float> %4410, <8 x float> undef, <8 x i32> zeroinitializer
  %4411 = load <8 x float>, <8 x float>* %9, align 32
  %4412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4386, <8 x float> %4411)
  store <8 x float> %4412, <8 x float>* %9, align 32
  %4413 = load <8 x float>, <8 x float>* %6, align 32
  %4414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4390, <8 x float> %4413)
  store <8 x float> %4414, <8 x float>* %6, align 32
  %4415 = add i64 %4190, 56
  %4416 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4415
  %4417 = bitcast float* %4416 to <8 x float>*
  %4418 = load <8 x float>, <8 x float>* %4417, align 4
  %4419 = add i64 %4190, 2360
  %4420 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_3.packed to float*), i64 %4419
  %4421 = bitcast float* %4420 to <8 x float>*
  %4422 = load <8 x float>, <8 x float>* %4421, align 4
  %4423 = add i64 %4186, 375
  %4424 = getelementptr inbounds float, float* %2, i64 %4423
  %4425 = load float, float* %4424, align 4
  %4426 = insertelement <8 x float> undef, float %4425, i32 0
  %splat459 = shufflevector <8 x float> %4426, <8 x float> undef, <8 x i32> zeroinitializer
  %4427 = load <8 x float>, <8 x float>* %11, align 32
  %4428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4418, <8 x float> %4427)
  store <8 x float> %4428, <8 x float>* %11, align 32
  %4429 = load <8 x float>, <8 x float>* %8, align 32
  %4430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4422, <8 x float> %4429)
  store <8 x float> %4430, <8 x float>* %8, align 32
  %4431 = add i64 %4186, 383
  %4432 = getelementptr inbounds float, float* %2, i64 %4431
  %4433 = load float, float* %4432, align 4
  %4434 = insertelement <8 x float> undef, float %4433, i32 0
  %splat460 = shufflevector <8 x float> %4434, <8 x float> undef, <8 x i32> zeroinitializer
  %4435 = load <8 x float>, <8 x float>* %10, align 32
  %4436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4418, <8 x float> %4435)
  store <8 x float> %4436, <8 x float>* %10, align 32
  %4437 = load <8 x float>, <8 x float>* %7, align 32
  %4438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4422, <8 x float> %4437)
  store <8 x float> %4438, <8 x float>* %7, align 32
  %4439 = add i64 %4186, 391
  %4440 = getelementptr inbounds float, float* %2, i64 %4439
  %4441 = load float, float* %4440, align 4
  %4442 = insertelement <8 x float> undef, float %4441, i32 0
  %splat461 = shufflevector <8 x float> %4442, <8 x float> undef, <8 x i32> zeroinitializer
  %4443 = load <8 x float>, <8 x float>* %9, align 32
  %4444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4418, <8 x float> %4443)
  store <8 x float> %4444, <8 x float>* %9, align 32
  %4445 = load <8 x float>, <8 x float>* %6, align 32
  %4446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4422, <8 x float> %4445)
  store <8 x float> %4446, <8 x float>* %6, align 32
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 20, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 20
  %23 = select i1 %22, i64 %21, i64 20
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 20
  %26 = select i1 %25, i64 %24, i64 20
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %19 = icmp slt i64 %task, %5
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = srem i64 %task, 8
  %21 = sdiv i64 %task, 8
  %22 = srem i64 %21, 13
  %23 = mul i64 %22, 1
  %24 = sdiv i64 %task, 104
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 8
  %28 = mul i64 %20, 1
  %29 = add i64 %27, %28
  %30 = mul i64 %26, 8
  %31 = mul i64 %25, 8
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1800
  %34 = mul i64 %29, 4608
  %35 = mul i64 %23, 120
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %36 = icmp slt i64 %x, 13
  br i1 %36, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %37 = add i64 %29, 0
  %38 = mul i64 %37, 8
  %39 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  store <8 x float> %41, <8 x float>* %18, align 32
  store <8 x float> %41, <8 x float>* %17, align 32
  store <8 x float> %41, <8 x float>* %16, align 32
  store <8 x float> %41, <8 x float>* %15, align 32
  store <8 x float> %41, <8 x float>* %14, align 32
  store <8 x float> %41, <8 x float>* %13, align 32
  store <8 x float> %41, <8 x float>* %12, align 32
  store <8 x float> %41, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %41, <8 x float>* %9, align 32
  store <8 x float> %41, <8 x float>* %8, align 32
  store <8 x float> %41, <8 x float>* %7, align 32
  store <8 x float> %41, <8 x float>* %6, align 32
  %42 = mul i64 %x, 8
  %43 = add i64 %35, %42
  %44 = add i64 %33, %43
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %45 = icmp slt i64 %u, 8
  br i1 %45, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %46 = mul i64 %u, 1800
  %47 = add i64 %44, %46
  %48 = mul i64 %u, 576
  %49 = add i64 %34, %48
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %50 = mul i64 %26, 8
  %51 = add i64 %50, %29
  %52 = add i64 %51, 0
  %53 = mul i64 %52, 13
  %54 = add i64 %53, %23
  %55 = mul i64 %54, 13
  %56 = add i64 %x, 0
  %57 = add i64 %55, %56
  %58 = mul i64 %57, 8
  %59 = load <8 x float>, <8 x float>* %18, align 32
  %60 = fcmp ogt <8 x float> %59, zeroinitializer
  %61 = select <8 x i1> %60, <8 x float> %59, <8 x float> zeroinitializer
  %62 = getelementptr inbounds float, float* %0, i64 %58
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %61, <8 x float>* %63, align 4
  %64 = add i64 %x, 1
  %65 = add i64 %55, %64
  %66 = mul i64 %65, 8
  %67 = load <8 x float>, <8 x float>* %17, align 32
  %68 = fcmp ogt <8 x float> %67, zeroinitializer
  %69 = select <8 x i1> %68, <8 x float> %67, <8 x float> zeroinitializer
  %70 = getelementptr inbounds float, float* %0, i64 %66
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add i64 %x, 2
  %73 = add i64 %55, %72
  %74 = mul i64 %73, 8
  %75 = load <8 x float>, <8 x float>* %16, align 32
  %76 = fcmp ogt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> %75, <8 x float> zeroinitializer
  %78 = getelementptr inbounds float, float* %0, i64 %74
  %79 = bitcast float* %78 to <8 x float>*
  store <8 x float> %77, <8 x float>* %79, align 4
  %80 = add i64 %x, 3
  %81 = add i64 %55, %80
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %15, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 4
  %89 = add i64 %55, %88
  %90 = mul i64 %89, 8
  %91 = load <8 x float>, <8 x float>* %14, align 32
  %92 = fcmp ogt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> %91, <8 x float> zeroinitializer
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 5
  %97 = add i64 %55, %96
  %98 = mul i64 %97, 8
  %99 = load <8 x float>, <8 x float>* %13, align 32
  %100 = fcmp ogt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> %99, <8 x float> zeroinitializer
  %102 = getelementptr inbounds float, float* %0, i64 %98
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = add i64 %x, 6
  %105 = add i64 %55, %104
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %12, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 7
  %113 = add i64 %55, %112
  %114 = mul i64 %113, 8
  %115 = load <8 x float>, <8 x float>* %11, align 32
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 8
  %121 = add i64 %55, %120
  %122 = mul i64 %121, 8
  %123 = load <8 x float>, <8 x float>* %10, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = add i64 %x, 9
  %129 = add i64 %55, %128
  %130 = mul i64 %129, 8
  %131 = load <8 x float>, <8 x float>* %9, align 32
  %132 = fcmp ogt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> %131, <8 x float> zeroinitializer
  %134 = getelementptr inbounds float, float* %0, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = add i64 %x, 10
  %137 = add i64 %55, %136
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %8, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 11
  %145 = add i64 %55, %144
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %7, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 12
  %153 = add i64 %55, %152
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %6, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %x.next = add i64 %x, 13
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %160 = icmp slt i64 %kh, 3
  br i1 %160, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %161 = mul i64 %kh, 120
  %162 = add i64 %47, %161
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %163 = icmp slt i64 %kw, 3
  br i1 %163, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %164 = mul i64 %kw, 8
  %165 = add i64 %162, %164
  %166 = mul i64 %kh, 3
  %167 = add i64 %166, %kw
  %168 = mul i64 %167, 64
  %169 = add i64 %49, %168
  %170 = add i64 %169, 0
  %171 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %165, 0
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %18, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %173, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %18, align 32
  %180 = add i64 %165, 8
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat1 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %173, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = add i64 %165, 16
  %187 = getelementptr inbounds float, float* %1, i64 %186
  %188 = load float, float* %187, align 4
  %189 = insertelement <8 x float> undef, float %188, i32 0
  %splat2 = shufflevector <8 x float> %189, <8 x float> undef, <8 x i32> zeroinitializer
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %173, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = add i64 %165, 24
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat3 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %173, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %15, align 32
  %198 = add i64 %165, 32
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat4 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %14, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %173, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %14, align 32
  %204 = add i64 %165, 40
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat5 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %13, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %173, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %13, align 32
  %210 = add i64 %165, 48
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat6 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %12, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %12, align 32
  %216 = add i64 %165, 56
  %217 = getelementptr inbounds float, float* %1, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat7 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %11, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %11, align 32
  %222 = add i64 %165, 64
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat8 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %10, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %10, align 32
  %228 = add i64 %165, 72
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat9 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %9, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %9, align 32
  %234 = add i64 %165, 80
  %235 = getelementptr inbounds float, float* %1, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat10 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %8, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %8, align 32
  %240 = add i64 %165, 88
  %241 = getelementptr inbounds float, float* %1, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat11 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %7, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %7, align 32
  %246 = add i64 %165, 96
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat12 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %6, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %173, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %6, align 32
  %252 = add i64 %169, 8
  %253 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %165, 1
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat13 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %18, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %255, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %18, align 32
  %262 = add i64 %165, 9
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat14 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %17, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %255, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %17, align 32
  %268 = add i64 %165, 17
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat15 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %16, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %255, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %16, align 32
  %274 = add i64 %165, 25
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat16 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %15, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %15, align 32
  %280 = add i64 %165, 33
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat17 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %255, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %165, 41
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat18 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %13, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %13, align 32
  %292 = add i64 %165, 49
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat19 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %12, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %255, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %12, align 32
  %298 = add i64 %165, 57
  %299 = getelementptr inbounds float, float* %1, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat20 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %11, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %11, align 32
  %304 = add i64 %165, 65
  %305 = getelementptr inbounds float, float* %1, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat21 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %10, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %255, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %10, align 32
  %310 = add i64 %165, 73
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat22 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %9, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %255, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %9, align 32
  %316 = add i64 %165, 81
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat23 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %8, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %255, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %8, align 32
  %322 = add i64 %165, 89
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat24 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %7, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %255, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %7, align 32
  %328 = add i64 %165, 97
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat25 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %6, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %255, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %6, align 32
  %334 = add i64 %169, 16
  %335 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = add i64 %165, 2
  %339 = getelementptr inbounds float, float* %1, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat26 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %18, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %337, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %18, align 32
  %344 = add i64 %165, 10
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat27 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %17, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %337, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %17, align 32
  %350 = add i64 %165, 18
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat28 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %337, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = add i64 %165, 26
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat29 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %15, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %337, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %15, align 32
  %362 = add i64 %165, 34
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat30 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %14, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %337, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %14, align 32
  %368 = add i64 %165, 42
  %369 = getelementptr inbounds float, float* %1, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat31 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %337, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %13, align 32
  %374 = add i64 %165, 50
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat32 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %12, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %337, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %12, align 32
  %380 = add i64 %165, 58
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat33 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %337, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %165, 66
  %387 = getelementptr inbounds float, float* %1, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat34 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %10, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %337, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %10, align 32
  %392 = add i64 %165, 74
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat35 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %9, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %337, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %9, align 32
  %398 = add i64 %165, 82
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat36 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %337, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %165, 90
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat37 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %7, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %337, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %7, align 32
  %410 = add i64 %165, 98
  %411 = getelementptr inbounds float, float* %1, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat38 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %6, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %337, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %6, align 32
  %416 = add i64 %169, 24
  %417 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %165, 3
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat39 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %419, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %165, 11
  %427 = getelementptr inbounds float, float* %1, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat40 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %17, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %419, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %17, align 32
  %432 = add i64 %165, 19
  %433 = getelementptr inbounds float, float* %1, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat41 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %165, 27
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat42 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = add i64 %165, 35
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat43 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %419, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = add i64 %165, 43
  %451 = getelementptr inbounds float, float* %1, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat44 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %13, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %419, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %13, align 32
  %456 = add i64 %165, 51
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat45 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %12, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %12, align 32
  %462 = add i64 %165, 59
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat46 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %11, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %11, align 32
  %468 = add i64 %165, 67
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat47 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %10, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %419, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %10, align 32
  %474 = add i64 %165, 75
  %475 = getelementptr inbounds float, float* %1, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat48 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %9, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %419, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %9, align 32
  %480 = add i64 %165, 83
  %481 = getelementptr inbounds float, float* %1, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat49 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %8, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %419, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %8, align 32
  %486 = add i64 %165, 91
  %487 = getelementptr inbounds float, float* %1, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat50 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %7, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %419, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %7, align 32
  %492 = add i64 %165, 99
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat51 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %6, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %419, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %6, align 32
  %498 = add i64 %169, 32
  %499 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %165, 4
  %503 = getelementptr inbounds float, float* %1, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat52 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %18, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %501, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %18, align 32
  %508 = add i64 %165, 12
  %509 = getelementptr inbounds float, float* %1, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat53 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %17, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %501, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %17, align 32
  %514 = add i64 %165, 20
  %515 = getelementptr inbounds float, float* %1, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat54 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %16, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %501, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %16, align 32
  %520 = add i64 %165, 28
  %521 = getelementptr inbounds float, float* %1, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat55 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %15, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %501, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %15, align 32
  %526 = add i64 %165, 36
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat56 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %14, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %501, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %14, align 32
  %532 = add i64 %165, 44
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat57 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %13, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %501, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %13, align 32
  %538 = add i64 %165, 52
  %539 = getelementptr inbounds float, float* %1, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat58 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %12, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %501, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %12, align 32
  %544 = add i64 %165, 60
  %545 = getelementptr inbounds float, float* %1, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat59 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %11, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %501, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %11, align 32
  %550 = add i64 %165, 68
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat60 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %10, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %501, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %10, align 32
  %556 = add i64 %165, 76
  %557 = getelementptr inbounds float, float* %1, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat61 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %9, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %501, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %9, align 32
  %562 = add i64 %165, 84
  %563 = getelementptr inbounds float, float* %1, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat62 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %8, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %501, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %8, align 32
  %568 = add i64 %165, 92
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat63 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %7, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %501, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %7, align 32
  %574 = add i64 %165, 100
  %575 = getelementptr inbounds float, float* %1, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat64 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %6, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %501, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %6, align 32
  %580 = add i64 %169, 40
  %581 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %165, 5
  %585 = getelementptr inbounds float, float* %1, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat65 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %18, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %583, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %18, align 32
  %590 = add i64 %165, 13
  %591 = getelementptr inbounds float, float* %1, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat66 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %583, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %165, 21
  %597 = getelementptr inbounds float, float* %1, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat67 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %16, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %16, align 32
  %602 = add i64 %165, 29
  %603 = getelementptr inbounds float, float* %1, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat68 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %15, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %583, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %15, align 32
  %608 = add i64 %165, 37
  %609 = getelementptr inbounds float, float* %1, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat69 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %14, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %583, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %14, align 32
  %614 = add i64 %165, 45
  %615 = getelementptr inbounds float, float* %1, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat70 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %13, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %583, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %13, align 32
  %620 = add i64 %165, 53
  %621 = getelementptr inbounds float, float* %1, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat71 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %12, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %12, align 32
  %626 = add i64 %165, 61
  %627 = getelementptr inbounds float, float* %1, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat72 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %11, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %583, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %11, align 32
  %632 = add i64 %165, 69
  %633 = getelementptr inbounds float, float* %1, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat73 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %10, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %583, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %10, align 32
  %638 = add i64 %165, 77
  %639 = getelementptr inbounds float, float* %1, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat74 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %9, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %583, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %9, align 32
  %644 = add i64 %165, 85
  %645 = getelementptr inbounds float, float* %1, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat75 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %8, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %583, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %8, align 32
  %650 = add i64 %165, 93
  %651 = getelementptr inbounds float, float* %1, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat76 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %7, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %583, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %7, align 32
  %656 = add i64 %165, 101
  %657 = getelementptr inbounds float, float* %1, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat77 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %6, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %583, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %6, align 32
  %662 = add i64 %169, 48
  %663 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = add i64 %165, 6
  %667 = getelementptr inbounds float, float* %1, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat78 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %18, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %665, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %18, align 32
  %672 = add i64 %165, 14
  %673 = getelementptr inbounds float, float* %1, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat79 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %17, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %665, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %17, align 32
  %678 = add i64 %165, 22
  %679 = getelementptr inbounds float, float* %1, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat80 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %16, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %665, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %16, align 32
  %684 = add i64 %165, 30
  %685 = getelementptr inbounds float, float* %1, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat81 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %665, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %165, 38
  %691 = getelementptr inbounds float, float* %1, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat82 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %14, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %665, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %14, align 32
  %696 = add i64 %165, 46
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat83 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %13, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %665, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %13, align 32
  %702 = add i64 %165, 54
  %703 = getelementptr inbounds float, float* %1, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat84 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %12, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %665, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %12, align 32
  %708 = add i64 %165, 62
  %709 = getelementptr inbounds float, float* %1, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat85 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %11, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %665, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %11, align 32
  %714 = add i64 %165, 70
  %715 = getelementptr inbounds float, float* %1, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat86 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %10, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %665, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %10, align 32
  %720 = add i64 %165, 78
  %721 = getelementptr inbounds float, float* %1, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat87 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %9, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %665, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %9, align 32
  %726 = add i64 %165, 86
  %727 = getelementptr inbounds float, float* %1, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat88 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %8, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %665, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %8, align 32
  %732 = add i64 %165, 94
  %733 = getelementptr inbounds float, float* %1, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat89 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %7, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %665, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %7, align 32
  %738 = add i64 %165, 102
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat90 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %6, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %665, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %6, align 32
  %744 = add i64 %169, 56
  %745 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.packed to float*), i64 %744
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = add i64 %165, 7
  %749 = getelementptr inbounds float, float* %1, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat91 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %18, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %747, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %18, align 32
  %754 = add i64 %165, 15
  %755 = getelementptr inbounds float, float* %1, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat92 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, <8 x float>* %17, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %747, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %17, align 32
  %760 = add i64 %165, 23
  %761 = getelementptr inbounds float, float* %1, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat93 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %16, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %747, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %16, align 32
  %766 = add i64 %165, 31
  %767 = getelementptr inbounds float, float* %1, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat94 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %15, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %747, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %15, align 32
  %772 = add i64 %165, 39
  %773 = getelementptr inbounds float, float* %1, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat95 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %14, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %747, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %14, align 32
  %778 = add i64 %165, 47
  %779 = getelementptr inbounds float, float* %1, i64 %778
  %780 = load float, float* %779, align 4
  %781 = insertelement <8 x float> undef, float %780, i32 0
  %splat96 = shufflevector <8 x float> %781, <8 x float> undef, <8 x i32> zeroinitializer
  %782 = load <8 x float>, <8 x float>* %13, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %747, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %13, align 32
  %784 = add i64 %165, 55
  %785 = getelementptr inbounds float, float* %1, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat97 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %12, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %747, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %12, align 32
  %790 = add i64 %165, 63
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat98 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %747, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = add i64 %165, 71
  %797 = getelementptr inbounds float, float* %1, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat99 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %10, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %747, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %10, align 32
  %802 = add i64 %165, 79
  %803 = getelementptr inbounds float, float* %1, i64 %802
  %804 = load float, float* %803, align 4
  %805 = insertelement <8 x float> undef, float %804, i32 0
  %splat100 = shufflevector <8 x float> %805, <8 x float> undef, <8 x i32> zeroinitializer
  %806 = load <8 x float>, <8 x float>* %9, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %747, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %9, align 32
  %808 = add i64 %165, 87
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat101 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %8, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %747, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %8, align 32
  %814 = add i64 %165, 95
  %815 = getelementptr inbounds float, float* %1, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat102 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %747, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %165, 103
  %821 = getelementptr inbounds float, float* %1, i64 %820
  %822 = load float, float* %821, align 4
  %823 = insertelement <8 x float> undef, float %822, i32 0
  %splat103 = shufflevector <8 x float> %823, <8 x float> undef, <8 x i32> zeroinitializer
  %824 = load <8 x float>, <8 x float>* %6, align 32
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %747, <8 x float> %824)
  store <8 x float> %825, <8 x float>* %6, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 104, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 104
  %23 = select i1 %22, i64 %21, i64 104
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 104
  %26 = select i1 %25, i64 %24, i64 104
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
define internal void @node8.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = mul i64 %task, 2304
  %12 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 2304
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %n.body
  %k = phi i64 [ 0, %n.body ], [ %k.next, %k.body ]
  %16 = icmp slt i64 %k, 2304
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = add i64 %15, %17
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %9, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %9, align 32
  %28 = add i64 %k, 8
  %29 = add i64 %11, %28
  %30 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  %33 = add i64 %15, %28
  %34 = getelementptr inbounds float, float* %1, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = load <8 x float>, <8 x float>* %8, align 32
  %38 = call <8 x float> @llvm.fma.v8f32(<8 x float> %32, <8 x float> %36, <8 x float> %37)
  store <8 x float> %38, <8 x float>* %8, align 32
  %39 = add i64 %k, 16
  %40 = add i64 %11, %39
  %41 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %15, %39
  %45 = getelementptr inbounds float, float* %1, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = load <8 x float>, <8 x float>* %7, align 32
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> %47, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %7, align 32
  %50 = add i64 %k, 24
  %51 = add i64 %11, %50
  %52 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %15, %50
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = load <8 x float>, <8 x float>* %6, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %58, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %6, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 2304, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 2304
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.dense_1.weight to float*), i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %15, %k4
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = load <8 x float>, <8 x float>* %9, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> %69, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %9, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %72 = load <8 x float>, <8 x float>* %9, align 32
  %73 = load <8 x float>, <8 x float>* %8, align 32
  %74 = fadd <8 x float> %72, %73
  %75 = load <8 x float>, <8 x float>* %7, align 32
  %76 = load <8 x float>, <8 x float>* %6, align 32
  %77 = fadd <8 x float> %75, %76
  %78 = fadd <8 x float> %74, %77
  %79 = shufflevector <8 x float> %78, <8 x float> %78, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %80 = shufflevector <8 x float> %78, <8 x float> %78, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %81 = fadd <4 x float> %79, %80
  %82 = shufflevector <4 x float> %81, <4 x float> %81, <2 x i32> <i32 0, i32 1>
  %83 = shufflevector <4 x float> %81, <4 x float> %81, <2 x i32> <i32 2, i32 3>
  %84 = fadd <2 x float> %82, %83
  %85 = shufflevector <2 x float> %84, <2 x float> %84, <1 x i32> zeroinitializer
  %86 = shufflevector <2 x float> %84, <2 x float> %84, <1 x i32> <i32 1>
  %87 = fadd <1 x float> %85, %86
  %88 = extractelement <1 x float> %87, i32 0
  %89 = fadd float %88, %13
  %90 = fcmp ogt float %89, 0.000000e+00
  %91 = select i1 %90, float %89, float 0.000000e+00
  %92 = mul i64 %n, 512
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node8.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %n.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %n.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = mul i64 %task, 512
  %12 = getelementptr inbounds float, float* bitcast ([40 x i8]* @weight.dense_2.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 512
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %k.header

n.exit:                                           ; preds = %n.header
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %n.body
  %k = phi i64 [ 0, %n.body ], [ %k.next, %k.body ]
  %16 = icmp slt i64 %k, 512
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = add i64 %15, %17
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %9, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %9, align 32
  %28 = add i64 %k, 8
  %29 = add i64 %11, %28
  %30 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %32 = load <8 x float>, <8 x float>* %31, align 4
  %33 = add i64 %15, %28
  %34 = getelementptr inbounds float, float* %1, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = load <8 x float>, <8 x float>* %8, align 32
  %38 = call <8 x float> @llvm.fma.v8f32(<8 x float> %32, <8 x float> %36, <8 x float> %37)
  store <8 x float> %38, <8 x float>* %8, align 32
  %39 = add i64 %k, 16
  %40 = add i64 %11, %39
  %41 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %15, %39
  %45 = getelementptr inbounds float, float* %1, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = load <8 x float>, <8 x float>* %7, align 32
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> %47, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %7, align 32
  %50 = add i64 %k, 24
  %51 = add i64 %11, %50
  %52 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %15, %50
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = load <8 x float>, <8 x float>* %6, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %58, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %6, align 32
  %k.next = add i64 %k, 32
  br label %k.header

k.exit:                                           ; preds = %k.header
  br label %k.header1

k.header1:                                        ; preds = %k.body2, %k.exit
  %k4 = phi i64 [ 512, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 512
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([20480 x i8]* @weight.dense_2.weight to float*), i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %15, %k4
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = load <8 x float>, <8 x float>* %9, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> %69, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %9, align 32
  %k.next5 = add i64 %k4, 8
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %72 = load <8 x float>, <8 x float>* %9, align 32
  %73 = load <8 x float>, <8 x float>* %8, align 32
  %74 = fadd <8 x float> %72, %73
  %75 = load <8 x float>, <8 x float>* %7, align 32
  %76 = load <8 x float>, <8 x float>* %6, align 32
  %77 = fadd <8 x float> %75, %76
  %78 = fadd <8 x float> %74, %77
  %79 = shufflevector <8 x float> %78, <8 x float> %78, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %80 = shufflevector <8 x float> %78, <8 x float> %78, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %81 = fadd <4 x float> %79, %80
  %82 = shufflevector <4 x float> %81, <4 x float> %81, <2 x i32> <i32 0, i32 1>
  %83 = shufflevector <4 x float> %81, <4 x float> %81, <2 x i32> <i32 2, i32 3>
  %84 = fadd <2 x float> %82, %83
  %85 = shufflevector <2 x float> %84, <2 x float> %84, <1 x i32> zeroinitializer
  %86 = shufflevector <2 x float> %84, <2 x float> %84, <1 x i32> <i32 1>
  %87 = fadd <1 x float> %85, %86
  %88 = extractelement <1 x float> %87, i32 0
  %89 = fadd float %88, %13
  %90 = mul i64 %n, 10
  %91 = add i64 %90, %task
  %92 = getelementptr inbounds float, float* %0, i64 %91
  store float %89, float* %92, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 10, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 10
  %23 = select i1 %22, i64 %21, i64 10
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 10
  %26 = select i1 %25, i64 %24, i64 10
  call void @node9.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %args = alloca [4 x i8*], align 8
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
  %20 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %21, align 8
  %22 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %23, align 8
  %24 = bitcast [4 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %24)
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %24, i32 0, i32 0)
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 131072
  %26 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %27 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %29, align 8
  %30 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %30, align 8
  %31 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %31, i32 0, i32 0)
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 94592
  %33 = getelementptr inbounds i8, i8* %workspace7, i64 131072
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %37, align 8
  %38 = bitcast [4 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %38)
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %40 = getelementptr inbounds i8, i8* %workspace7, i64 94592
  %41 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %39, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %40, i8** %43, align 8
  %44 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %41, i8** %44, align 8
  %45 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %45, align 8
  %46 = bitcast [4 x i8*]* %args to i8*
  call void @node3.conv2d_3.step0(i8* %46)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %46, i32 0, i32 0)
  %47 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %48 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %47, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %48, i8** %50, align 8
  %51 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %51, align 8
  %52 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %52, align 8
  %53 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step0, i8* %53, i32 0, i32 0)
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 57600
  %56 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %56, align 8
  %57 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %58, align 8
  %59 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %59, align 8
  %60 = bitcast [4 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %60)
  %61 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %62 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %61, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %62, i8** %64, align 8
  %65 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %65, align 8
  %66 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %66, align 8
  %67 = bitcast [4 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %67)
  %68 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %69 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %68, i8** %70, align 8
  %71 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %69, i8** %71, align 8
  %72 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %72, align 8
  %73 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %73, align 8
  %74 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %74, i32 0, i32 0)
  %75 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %75, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %78, align 8
  %79 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %79, align 8
  %80 = bitcast [4 x i8*]* %args to i8*
  call void @node9.dense_2.step0(i8* %80)
  %81 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %81, align 8
  %82 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %82, align 8
  %83 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %83, align 8
  %84 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %84, align 8
  %85 = bitcast [4 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %85)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @cifar10_cnn_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @cifar10_cnn_workspace_size() #5 {
entry:
  ret i64 246335
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #5 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
