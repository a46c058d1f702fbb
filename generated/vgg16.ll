; vgg16: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg16'
source_filename = "vgg16"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.packed = external constant [147456 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.packed = external constant [294912 x i8], align 64
@weight.conv2d_3.bias = external constant [512 x i8], align 64
@weight.conv2d_4.packed = external constant [589824 x i8], align 64
@weight.conv2d_4.bias = external constant [512 x i8], align 64
@weight.conv2d_5.packed = external constant [1179648 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.packed = external constant [2359296 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.packed = external constant [2359296 x i8], align 64
@weight.conv2d_7.bias = external constant [1024 x i8], align 64
@weight.conv2d_8.packed = external constant [4718592 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.packed = external constant [9437184 x i8], align 64
@weight.conv2d_9.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.packed = external constant [9437184 x i8], align 64
@weight.conv2d_10.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.packed = external constant [9437184 x i8], align 64
@weight.conv2d_11.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.packed = external constant [9437184 x i8], align 64
@weight.conv2d_12.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.packed = external constant [9437184 x i8], align 64
@weight.conv2d_13.bias = external constant [2048 x i8], align 64
@weight.dense_1.packed = external constant [411041792 x i8], align 64
@weight.dense_1.bias = external constant [16384 x i8], align 64
@weight.dense_2.packed = external constant [67108864 x i8], align 64
@weight.dense_2.bias = external constant [16384 x i8], align 64
@weight.dense_3.packed = external constant [16384000 x i8], align 64
@weight.dense_3.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"vgg16\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 38765631, i64 15470264320 }

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
  %7 = srem i64 %task, 226
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 226
  %10 = mul i64 %task, 226
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 224
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 224
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 4, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 1
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 225
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 904, i1 false)
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
  %19 = add i64 678, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 678
  %23 = select i1 %22, i64 %21, i64 678
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 678
  %26 = select i1 %25, i64 %24, i64 678
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
  %25 = srem i64 %task, 4
  %26 = sdiv i64 %task, 4
  %27 = srem i64 %26, 224
  %28 = mul i64 %27, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 8
  %33 = mul i64 %25, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 3
  %36 = mul i64 %30, 3
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 51076
  %39 = mul i64 %34, 216
  %40 = mul i64 %28, 226
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 222
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
  %65 = add i64 %40, 222
  %66 = add i64 %38, %65
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 3
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 51076
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 72
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 8
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 224
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 224
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
  %126 = mul i64 %31, 8
  %127 = add i64 %126, %34
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 224
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 224
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
  %181 = mul i64 %kh, 226
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
  %247 = mul i64 %u9, 51076
  %248 = add i64 %66, %247
  %249 = mul i64 %u9, 72
  %250 = add i64 %39, %249
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %251 = mul i64 %31, 8
  %252 = add i64 %251, %34
  %253 = add i64 %252, 0
  %254 = mul i64 %253, 224
  %255 = add i64 %254, %28
  %256 = mul i64 %255, 224
  %257 = add i64 %256, 222
  %258 = mul i64 %257, 8
  %259 = load <8 x float>, <8 x float>* %11, align 32
  %260 = fcmp ogt <8 x float> %259, zeroinitializer
  %261 = select <8 x i1> %260, <8 x float> %259, <8 x float> zeroinitializer
  %262 = getelementptr inbounds float, float* %0, i64 %258
  %263 = bitcast float* %262 to <8 x float>*
  store <8 x float> %261, <8 x float>* %263, align 4
  %264 = add i64 %256, 223
  %265 = mul i64 %264, 8
  %266 = load <8 x float>, <8 x float>* %10, align 32
  %267 = fcmp ogt <8 x float> %266, zeroinitializer
  %268 = select <8 x i1> %267, <8 x float> %266, <8 x float> zeroinitializer
  %269 = getelementptr inbounds float, float* %0, i64 %265
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = mul i64 %31, 8
  %272 = add i64 %271, %34
  %273 = add i64 %272, 1
  %274 = mul i64 %273, 224
  %275 = add i64 %274, %28
  %276 = mul i64 %275, 224
  %277 = add i64 %276, 222
  %278 = mul i64 %277, 8
  %279 = load <8 x float>, <8 x float>* %9, align 32
  %280 = fcmp ogt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> %279, <8 x float> zeroinitializer
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %276, 223
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
  %292 = mul i64 %kh13, 226
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 226
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 226
  %10 = mul i64 %task, 1808
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 224
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 224
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 1792
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 7168, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 1800
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 7232, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
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
  %19 = add i64 1808, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1808
  %23 = select i1 %22, i64 %21, i64 1808
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1808
  %26 = select i1 %25, i64 %24, i64 1808
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 4
  %26 = sdiv i64 %task, 4
  %27 = srem i64 %26, 224
  %28 = mul i64 %27, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 8
  %33 = mul i64 %25, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 8
  %36 = mul i64 %30, 8
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 408608
  %39 = mul i64 %34, 4608
  %40 = mul i64 %28, 1808
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 222
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
  %52 = mul i64 %x, 8
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
  %65 = add i64 %40, 1776
  %66 = add i64 %38, %65
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 8
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 408608
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 576
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 8
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 224
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 224
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
  %126 = mul i64 %31, 8
  %127 = add i64 %126, %34
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 224
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 224
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
  %181 = mul i64 %kh, 1808
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
  %184 = mul i64 %kw, 8
  %185 = add i64 %182, %184
  %186 = mul i64 %kh, 3
  %187 = add i64 %186, %kw
  %188 = mul i64 %187, 64
  %189 = add i64 %71, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %4, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %189, 4608
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
  %206 = add i64 %185, 8
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
  %214 = add i64 %185, 16
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
  %222 = add i64 %185, 24
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
  %230 = add i64 %185, 32
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
  %238 = add i64 %185, 40
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
  %246 = add i64 %189, 8
  %247 = getelementptr inbounds float, float* %4, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = add i64 %189, 4616
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %185, 1
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat6 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %23, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %249, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %23, align 32
  %260 = load <8 x float>, <8 x float>* %17, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %17, align 32
  %262 = add i64 %185, 9
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat7 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %22, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %249, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %22, align 32
  %268 = load <8 x float>, <8 x float>* %16, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %16, align 32
  %270 = add i64 %185, 17
  %271 = getelementptr inbounds float, float* %2, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat8 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %21, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %249, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %21, align 32
  %276 = load <8 x float>, <8 x float>* %15, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %15, align 32
  %278 = add i64 %185, 25
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat9 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %20, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %249, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %20, align 32
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %185, 33
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat10 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %19, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %249, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %19, align 32
  %292 = load <8 x float>, <8 x float>* %13, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %13, align 32
  %294 = add i64 %185, 41
  %295 = getelementptr inbounds float, float* %2, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat11 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %18, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %249, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %18, align 32
  %300 = load <8 x float>, <8 x float>* %12, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %12, align 32
  %302 = add i64 %189, 16
  %303 = getelementptr inbounds float, float* %4, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %189, 4624
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %185, 2
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat12 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %23, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %305, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %23, align 32
  %316 = load <8 x float>, <8 x float>* %17, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %17, align 32
  %318 = add i64 %185, 10
  %319 = getelementptr inbounds float, float* %2, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat13 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %22, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %305, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %22, align 32
  %324 = load <8 x float>, <8 x float>* %16, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %16, align 32
  %326 = add i64 %185, 18
  %327 = getelementptr inbounds float, float* %2, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat14 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %21, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %305, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %21, align 32
  %332 = load <8 x float>, <8 x float>* %15, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %15, align 32
  %334 = add i64 %185, 26
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat15 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %20, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %305, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %20, align 32
  %340 = load <8 x float>, <8 x float>* %14, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %14, align 32
  %342 = add i64 %185, 34
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat16 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %19, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %305, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %19, align 32
  %348 = load <8 x float>, <8 x float>* %13, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %13, align 32
  %350 = add i64 %185, 42
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat17 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %18, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %305, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %18, align 32
  %356 = load <8 x float>, <8 x float>* %12, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %12, align 32
  %358 = add i64 %189, 24
  %359 = getelementptr inbounds float, float* %4, i64 %358
  %360 = bitcast float* %359 to <8 x float>*
  %361 = load <8 x float>, <8 x float>* %360, align 4
  %362 = add i64 %189, 4632
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %185, 3
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat18 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %23, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %361, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %23, align 32
  %372 = load <8 x float>, <8 x float>* %17, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %17, align 32
  %374 = add i64 %185, 11
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat19 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %22, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %361, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %22, align 32
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = add i64 %185, 19
  %383 = getelementptr inbounds float, float* %2, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat20 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %21, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %361, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %21, align 32
  %388 = load <8 x float>, <8 x float>* %15, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %15, align 32
  %390 = add i64 %185, 27
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat21 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %20, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %361, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %20, align 32
  %396 = load <8 x float>, <8 x float>* %14, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %14, align 32
  %398 = add i64 %185, 35
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat22 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %19, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %361, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %19, align 32
  %404 = load <8 x float>, <8 x float>* %13, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %13, align 32
  %406 = add i64 %185, 43
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat23 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %18, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %361, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %18, align 32
  %412 = load <8 x float>, <8 x float>* %12, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %12, align 32
  %414 = add i64 %189, 32
  %415 = getelementptr inbounds float, float* %4, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = add i64 %189, 4640
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %185, 4
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat24 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %23, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %417, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %23, align 32
  %428 = load <8 x float>, <8 x float>* %17, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %17, align 32
  %430 = add i64 %185, 12
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat25 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %22, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %417, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %22, align 32
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %185, 20
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat26 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %21, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %417, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %21, align 32
  %444 = load <8 x float>, <8 x float>* %15, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %15, align 32
  %446 = add i64 %185, 28
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat27 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %20, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %417, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %20, align 32
  %452 = load <8 x float>, <8 x float>* %14, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %14, align 32
  %454 = add i64 %185, 36
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat28 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %19, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %417, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %19, align 32
  %460 = load <8 x float>, <8 x float>* %13, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %13, align 32
  %462 = add i64 %185, 44
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat29 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %18, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %417, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %18, align 32
  %468 = load <8 x float>, <8 x float>* %12, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %12, align 32
  %470 = add i64 %189, 40
  %471 = getelementptr inbounds float, float* %4, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = add i64 %189, 4648
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %185, 5
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat30 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %23, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %473, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %23, align 32
  %484 = load <8 x float>, <8 x float>* %17, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %17, align 32
  %486 = add i64 %185, 13
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat31 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %22, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %473, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %22, align 32
  %492 = load <8 x float>, <8 x float>* %16, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %16, align 32
  %494 = add i64 %185, 21
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat32 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %21, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %473, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %21, align 32
  %500 = load <8 x float>, <8 x float>* %15, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %15, align 32
  %502 = add i64 %185, 29
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat33 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %20, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %473, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %20, align 32
  %508 = load <8 x float>, <8 x float>* %14, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %14, align 32
  %510 = add i64 %185, 37
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat34 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %19, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %473, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %19, align 32
  %516 = load <8 x float>, <8 x float>* %13, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %13, align 32
  %518 = add i64 %185, 45
  %519 = getelementptr inbounds float, float* %2, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat35 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %18, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %473, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %18, align 32
  %524 = load <8 x float>, <8 x float>* %12, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %12, align 32
  %526 = add i64 %189, 48
  %527 = getelementptr inbounds float, float* %4, i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  %530 = add i64 %189, 4656
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %185, 6
  %535 = getelementptr inbounds float, float* %2, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat36 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %23, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %529, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %23, align 32
  %540 = load <8 x float>, <8 x float>* %17, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %17, align 32
  %542 = add i64 %185, 14
  %543 = getelementptr inbounds float, float* %2, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat37 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %22, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %529, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %22, align 32
  %548 = load <8 x float>, <8 x float>* %16, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %16, align 32
  %550 = add i64 %185, 22
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat38 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %21, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %529, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %21, align 32
  %556 = load <8 x float>, <8 x float>* %15, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %15, align 32
  %558 = add i64 %185, 30
  %559 = getelementptr inbounds float, float* %2, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat39 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %20, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %529, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %20, align 32
  %564 = load <8 x float>, <8 x float>* %14, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %14, align 32
  %566 = add i64 %185, 38
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat40 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %19, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %529, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %19, align 32
  %572 = load <8 x float>, <8 x float>* %13, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %13, align 32
  %574 = add i64 %185, 46
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat41 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %18, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %529, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %18, align 32
  %580 = load <8 x float>, <8 x float>* %12, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %12, align 32
  %582 = add i64 %189, 56
  %583 = getelementptr inbounds float, float* %4, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %189, 4664
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %185, 7
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat42 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %23, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %585, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %23, align 32
  %596 = load <8 x float>, <8 x float>* %17, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %17, align 32
  %598 = add i64 %185, 15
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat43 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %22, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %585, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %22, align 32
  %604 = load <8 x float>, <8 x float>* %16, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %16, align 32
  %606 = add i64 %185, 23
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat44 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %21, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %585, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %21, align 32
  %612 = load <8 x float>, <8 x float>* %15, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %15, align 32
  %614 = add i64 %185, 31
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat45 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %20, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %585, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %20, align 32
  %620 = load <8 x float>, <8 x float>* %14, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %14, align 32
  %622 = add i64 %185, 39
  %623 = getelementptr inbounds float, float* %2, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat46 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %19, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %585, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %19, align 32
  %628 = load <8 x float>, <8 x float>* %13, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %13, align 32
  %630 = add i64 %185, 47
  %631 = getelementptr inbounds float, float* %2, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat47 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %18, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %585, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %18, align 32
  %636 = load <8 x float>, <8 x float>* %12, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %638 = icmp slt i64 %u51, 8
  br i1 %638, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %639 = mul i64 %u51, 408608
  %640 = add i64 %66, %639
  %641 = mul i64 %u51, 576
  %642 = add i64 %39, %641
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %643 = mul i64 %31, 8
  %644 = add i64 %643, %34
  %645 = add i64 %644, 0
  %646 = mul i64 %645, 224
  %647 = add i64 %646, %28
  %648 = mul i64 %647, 224
  %649 = add i64 %648, 222
  %650 = mul i64 %649, 8
  %651 = load <8 x float>, <8 x float>* %11, align 32
  %652 = fcmp ogt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> %651, <8 x float> zeroinitializer
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = add i64 %648, 223
  %657 = mul i64 %656, 8
  %658 = load <8 x float>, <8 x float>* %10, align 32
  %659 = fcmp ogt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> %658, <8 x float> zeroinitializer
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = mul i64 %31, 8
  %664 = add i64 %663, %34
  %665 = add i64 %664, 1
  %666 = mul i64 %665, 224
  %667 = add i64 %666, %28
  %668 = mul i64 %667, 224
  %669 = add i64 %668, 222
  %670 = mul i64 %669, 8
  %671 = load <8 x float>, <8 x float>* %9, align 32
  %672 = fcmp ogt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> %671, <8 x float> zeroinitializer
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = add i64 %668, 223
  %677 = mul i64 %676, 8
  %678 = load <8 x float>, <8 x float>* %8, align 32
  %679 = fcmp ogt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> %678, <8 x float> zeroinitializer
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %683 = icmp slt i64 %kh55, 3
  br i1 %683, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %684 = mul i64 %kh55, 1808
  %685 = add i64 %640, %684
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %686 = icmp slt i64 %kw59, 3
  br i1 %686, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %687 = mul i64 %kw59, 8
  %688 = add i64 %685, %687
  %689 = mul i64 %kh55, 3
  %690 = add i64 %689, %kw59
  %691 = mul i64 %690, 64
  %692 = add i64 %642, %691
  %693 = add i64 %692, 0
  %694 = getelementptr inbounds float, float* %4, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %692, 4608
  %698 = getelementptr inbounds float, float* %4, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %688, 0
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat60 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %11, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %696, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %11, align 32
  %707 = load <8 x float>, <8 x float>* %9, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %700, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %9, align 32
  %709 = add i64 %688, 8
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat61 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %10, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %696, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %10, align 32
  %715 = load <8 x float>, <8 x float>* %8, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %700, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %8, align 32
  %717 = add i64 %692, 8
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %692, 4616
  %722 = getelementptr inbounds float, float* %4, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %688, 1
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat62 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %11, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %720, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %11, align 32
  %731 = load <8 x float>, <8 x float>* %9, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %724, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %9, align 32
  %733 = add i64 %688, 9
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat63 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %10, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %720, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %10, align 32
  %739 = load <8 x float>, <8 x float>* %8, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %724, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %8, align 32
  %741 = add i64 %692, 16
  %742 = getelementptr inbounds float, float* %4, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = add i64 %692, 4624
  %746 = getelementptr inbounds float, float* %4, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = add i64 %688, 2
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat64 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %11, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %744, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %11, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %748, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %688, 10
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat65 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %10, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %744, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %10, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %748, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %692, 24
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %692, 4632
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %688, 3
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat66 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %11, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %11, align 32
  %779 = load <8 x float>, <8 x float>* %9, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %9, align 32
  %781 = add i64 %688, 11
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat67 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %10, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %10, align 32
  %787 = load <8 x float>, <8 x float>* %8, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %8, align 32
  %789 = add i64 %692, 32
  %790 = getelementptr inbounds float, float* %4, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %692, 4640
  %794 = getelementptr inbounds float, float* %4, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = add i64 %688, 4
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat68 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %11, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %792, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %11, align 32
  %803 = load <8 x float>, <8 x float>* %9, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %796, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %9, align 32
  %805 = add i64 %688, 12
  %806 = getelementptr inbounds float, float* %2, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat69 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %10, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %792, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %10, align 32
  %811 = load <8 x float>, <8 x float>* %8, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %796, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %8, align 32
  %813 = add i64 %692, 40
  %814 = getelementptr inbounds float, float* %4, i64 %813
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = add i64 %692, 4648
  %818 = getelementptr inbounds float, float* %4, i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = add i64 %688, 5
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat70 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %11, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %816, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %11, align 32
  %827 = load <8 x float>, <8 x float>* %9, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %820, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %9, align 32
  %829 = add i64 %688, 13
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat71 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %10, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %816, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %10, align 32
  %835 = load <8 x float>, <8 x float>* %8, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %820, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %8, align 32
  %837 = add i64 %692, 48
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %692, 4656
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %688, 6
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat72 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %11, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %840, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %11, align 32
  %851 = load <8 x float>, <8 x float>* %9, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %844, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %9, align 32
  %853 = add i64 %688, 14
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat73 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %10, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %840, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %10, align 32
  %859 = load <8 x float>, <8 x float>* %8, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %844, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %8, align 32
  %861 = add i64 %692, 56
  %862 = getelementptr inbounds float, float* %4, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 %692, 4664
  %866 = getelementptr inbounds float, float* %4, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %688, 7
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %11, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %864, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %11, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %868, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %688, 15
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %10, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %864, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %10, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %868, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step1(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node1.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
  %8 = sdiv i64 %task, 112
  %9 = srem i64 %task, 112
  %10 = mul i64 %8, 401408
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 112
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 896
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 224
  %22 = select i1 %21, i64 %20, i64 224
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 224
  %25 = select i1 %24, i64 %23, i64 224
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 112
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 224
  %34 = select i1 %33, i64 %32, i64 224
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 224
  %37 = select i1 %36, i64 %35, i64 224
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
  %45 = mul i64 %r, 224
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
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
  %7 = srem i64 %task, 114
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 114
  %10 = mul i64 %task, 912
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 112
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 112
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 896
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 3584, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 904
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 3648, i1 false)
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
  %19 = add i64 912, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 912
  %23 = select i1 %22, i64 %21, i64 912
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 912
  %26 = select i1 %25, i64 %24, i64 912
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 112
  %30 = sdiv i64 %task, 112
  %31 = srem i64 %30, 8
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 16
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 8
  %40 = mul i64 %34, 8
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 103968
  %43 = mul i64 %38, 4608
  %44 = mul i64 %32, 912
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %45 = icmp slt i64 %x, 108
  br i1 %45, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %46 = add i64 %38, 0
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %5, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  store <8 x float> %50, <8 x float>* %27, align 32
  store <8 x float> %50, <8 x float>* %26, align 32
  store <8 x float> %50, <8 x float>* %25, align 32
  store <8 x float> %50, <8 x float>* %24, align 32
  store <8 x float> %50, <8 x float>* %23, align 32
  store <8 x float> %50, <8 x float>* %22, align 32
  %51 = add i64 %38, 1
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* %5, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %21, align 32
  store <8 x float> %55, <8 x float>* %20, align 32
  store <8 x float> %55, <8 x float>* %19, align 32
  store <8 x float> %55, <8 x float>* %18, align 32
  store <8 x float> %55, <8 x float>* %17, align 32
  store <8 x float> %55, <8 x float>* %16, align 32
  %56 = mul i64 %x, 8
  %57 = add i64 %44, %56
  %58 = add i64 %42, %57
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %38, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* %5, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %15, align 32
  store <8 x float> %63, <8 x float>* %14, align 32
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %38, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* %5, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  store <8 x float> %68, <8 x float>* %9, align 32
  store <8 x float> %68, <8 x float>* %8, align 32
  %69 = add i64 %44, 864
  %70 = add i64 %42, %69
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %71 = icmp slt i64 %u, 8
  br i1 %71, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %72 = mul i64 %u, 103968
  %73 = add i64 %58, %72
  %74 = mul i64 %u, 576
  %75 = add i64 %43, %74
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %76 = mul i64 %35, 16
  %77 = add i64 %76, %38
  %78 = add i64 %77, 0
  %79 = mul i64 %78, 112
  %80 = add i64 %79, %32
  %81 = mul i64 %80, 112
  %82 = add i64 %x, 0
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 8
  %85 = load <8 x float>, <8 x float>* %27, align 32
  %86 = fcmp ogt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> %85, <8 x float> zeroinitializer
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %x, 1
  %91 = add i64 %81, %90
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %26, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 2
  %99 = add i64 %81, %98
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %25, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 3
  %107 = add i64 %81, %106
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %24, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %x, 4
  %115 = add i64 %81, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %23, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 5
  %123 = add i64 %81, %122
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = mul i64 %35, 16
  %131 = add i64 %130, %38
  %132 = add i64 %131, 1
  %133 = mul i64 %132, 112
  %134 = add i64 %133, %32
  %135 = mul i64 %134, 112
  %136 = add i64 %x, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 1
  %145 = add i64 %135, %144
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %20, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 2
  %153 = add i64 %135, %152
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %19, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 3
  %161 = add i64 %135, %160
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %18, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 4
  %169 = add i64 %135, %168
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %17, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 5
  %177 = add i64 %135, %176
  %178 = mul i64 %177, 8
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = getelementptr inbounds float, float* %0, i64 %178
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %184 = icmp slt i64 %kh, 3
  br i1 %184, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %185 = mul i64 %kh, 912
  %186 = add i64 %73, %185
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %187 = icmp slt i64 %kw, 3
  br i1 %187, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %188 = mul i64 %kw, 8
  %189 = add i64 %186, %188
  %190 = mul i64 %kh, 3
  %191 = add i64 %190, %kw
  %192 = mul i64 %191, 64
  %193 = add i64 %75, %192
  %194 = add i64 %193, 0
  %195 = getelementptr inbounds float, float* %4, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %193, 4608
  %199 = getelementptr inbounds float, float* %4, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = add i64 %189, 0
  %203 = getelementptr inbounds float, float* %2, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %27, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %197, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %27, align 32
  %208 = load <8 x float>, <8 x float>* %21, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %201, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %21, align 32
  %210 = add i64 %189, 8
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat1 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %26, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %197, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %26, align 32
  %216 = load <8 x float>, <8 x float>* %20, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %201, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %20, align 32
  %218 = add i64 %189, 16
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = load float, float* %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %splat2 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %222 = load <8 x float>, <8 x float>* %25, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %197, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %25, align 32
  %224 = load <8 x float>, <8 x float>* %19, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %201, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %19, align 32
  %226 = add i64 %189, 24
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat3 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %24, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %197, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %24, align 32
  %232 = load <8 x float>, <8 x float>* %18, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %201, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %18, align 32
  %234 = add i64 %189, 32
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat4 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %23, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %197, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %23, align 32
  %240 = load <8 x float>, <8 x float>* %17, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %201, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %17, align 32
  %242 = add i64 %189, 40
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat5 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %22, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %197, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %22, align 32
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %201, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = add i64 %193, 8
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %193, 4616
  %255 = getelementptr inbounds float, float* %4, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = add i64 %189, 1
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat6 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %27, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %27, align 32
  %264 = load <8 x float>, <8 x float>* %21, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %257, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %21, align 32
  %266 = add i64 %189, 9
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat7 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %26, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %26, align 32
  %272 = load <8 x float>, <8 x float>* %20, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %257, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %20, align 32
  %274 = add i64 %189, 17
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat8 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %25, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %25, align 32
  %280 = load <8 x float>, <8 x float>* %19, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %257, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %19, align 32
  %282 = add i64 %189, 25
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat9 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %24, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %24, align 32
  %288 = load <8 x float>, <8 x float>* %18, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %257, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %18, align 32
  %290 = add i64 %189, 33
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat10 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %257, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %189, 41
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat11 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %22, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %22, align 32
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %257, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %16, align 32
  %306 = add i64 %193, 16
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %193, 4624
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %189, 2
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat12 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %27, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %27, align 32
  %320 = load <8 x float>, <8 x float>* %21, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %21, align 32
  %322 = add i64 %189, 10
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat13 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %26, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %26, align 32
  %328 = load <8 x float>, <8 x float>* %20, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %20, align 32
  %330 = add i64 %189, 18
  %331 = getelementptr inbounds float, float* %2, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat14 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %25, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %25, align 32
  %336 = load <8 x float>, <8 x float>* %19, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %19, align 32
  %338 = add i64 %189, 26
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat15 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %24, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %24, align 32
  %344 = load <8 x float>, <8 x float>* %18, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %18, align 32
  %346 = add i64 %189, 34
  %347 = getelementptr inbounds float, float* %2, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat16 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %23, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %23, align 32
  %352 = load <8 x float>, <8 x float>* %17, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %17, align 32
  %354 = add i64 %189, 42
  %355 = getelementptr inbounds float, float* %2, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat17 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %22, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %22, align 32
  %360 = load <8 x float>, <8 x float>* %16, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %16, align 32
  %362 = add i64 %193, 24
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %193, 4632
  %367 = getelementptr inbounds float, float* %4, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %189, 3
  %371 = getelementptr inbounds float, float* %2, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat18 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %27, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %27, align 32
  %376 = load <8 x float>, <8 x float>* %21, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %369, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %21, align 32
  %378 = add i64 %189, 11
  %379 = getelementptr inbounds float, float* %2, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat19 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %26, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %26, align 32
  %384 = load <8 x float>, <8 x float>* %20, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %369, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %20, align 32
  %386 = add i64 %189, 19
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat20 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %25, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %25, align 32
  %392 = load <8 x float>, <8 x float>* %19, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %369, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %19, align 32
  %394 = add i64 %189, 27
  %395 = getelementptr inbounds float, float* %2, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat21 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %24, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %24, align 32
  %400 = load <8 x float>, <8 x float>* %18, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %369, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %18, align 32
  %402 = add i64 %189, 35
  %403 = getelementptr inbounds float, float* %2, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat22 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %23, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %23, align 32
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %369, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = add i64 %189, 43
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat23 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %22, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %22, align 32
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %369, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = add i64 %193, 32
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %193, 4640
  %423 = getelementptr inbounds float, float* %4, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %189, 4
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat24 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %27, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %27, align 32
  %432 = load <8 x float>, <8 x float>* %21, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %425, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %21, align 32
  %434 = add i64 %189, 12
  %435 = getelementptr inbounds float, float* %2, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat25 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %26, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %26, align 32
  %440 = load <8 x float>, <8 x float>* %20, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %425, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %20, align 32
  %442 = add i64 %189, 20
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat26 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %25, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %25, align 32
  %448 = load <8 x float>, <8 x float>* %19, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %425, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %19, align 32
  %450 = add i64 %189, 28
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat27 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %24, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %24, align 32
  %456 = load <8 x float>, <8 x float>* %18, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %425, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %18, align 32
  %458 = add i64 %189, 36
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat28 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %23, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %23, align 32
  %464 = load <8 x float>, <8 x float>* %17, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %425, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %17, align 32
  %466 = add i64 %189, 44
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat29 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %22, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %22, align 32
  %472 = load <8 x float>, <8 x float>* %16, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %425, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %16, align 32
  %474 = add i64 %193, 40
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %193, 4648
  %479 = getelementptr inbounds float, float* %4, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %189, 5
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat30 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %27, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %27, align 32
  %488 = load <8 x float>, <8 x float>* %21, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %481, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %21, align 32
  %490 = add i64 %189, 13
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat31 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %26, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %26, align 32
  %496 = load <8 x float>, <8 x float>* %20, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %481, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %20, align 32
  %498 = add i64 %189, 21
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat32 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %25, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %25, align 32
  %504 = load <8 x float>, <8 x float>* %19, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %481, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %19, align 32
  %506 = add i64 %189, 29
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat33 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %24, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %24, align 32
  %512 = load <8 x float>, <8 x float>* %18, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %481, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %18, align 32
  %514 = add i64 %189, 37
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat34 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %23, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %23, align 32
  %520 = load <8 x float>, <8 x float>* %17, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %481, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %17, align 32
  %522 = add i64 %189, 45
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat35 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %22, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %22, align 32
  %528 = load <8 x float>, <8 x float>* %16, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %481, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %16, align 32
  %530 = add i64 %193, 48
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %193, 4656
  %535 = getelementptr inbounds float, float* %4, i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = add i64 %189, 6
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat36 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %27, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %27, align 32
  %544 = load <8 x float>, <8 x float>* %21, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %537, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %21, align 32
  %546 = add i64 %189, 14
  %547 = getelementptr inbounds float, float* %2, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat37 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %26, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %26, align 32
  %552 = load <8 x float>, <8 x float>* %20, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %537, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %20, align 32
  %554 = add i64 %189, 22
  %555 = getelementptr inbounds float, float* %2, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat38 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %25, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %25, align 32
  %560 = load <8 x float>, <8 x float>* %19, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %537, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %19, align 32
  %562 = add i64 %189, 30
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat39 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %24, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %24, align 32
  %568 = load <8 x float>, <8 x float>* %18, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %537, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %18, align 32
  %570 = add i64 %189, 38
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat40 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %23, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %23, align 32
  %576 = load <8 x float>, <8 x float>* %17, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %537, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %17, align 32
  %578 = add i64 %189, 46
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat41 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %22, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %22, align 32
  %584 = load <8 x float>, <8 x float>* %16, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %537, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %16, align 32
  %586 = add i64 %193, 56
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %193, 4664
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %189, 7
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat42 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %27, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %27, align 32
  %600 = load <8 x float>, <8 x float>* %21, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %593, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %21, align 32
  %602 = add i64 %189, 15
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat43 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %26, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %26, align 32
  %608 = load <8 x float>, <8 x float>* %20, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %593, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %20, align 32
  %610 = add i64 %189, 23
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat44 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %25, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %25, align 32
  %616 = load <8 x float>, <8 x float>* %19, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %19, align 32
  %618 = add i64 %189, 31
  %619 = getelementptr inbounds float, float* %2, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat45 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %24, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %24, align 32
  %624 = load <8 x float>, <8 x float>* %18, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %593, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %18, align 32
  %626 = add i64 %189, 39
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat46 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %23, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %23, align 32
  %632 = load <8 x float>, <8 x float>* %17, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %593, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %17, align 32
  %634 = add i64 %189, 47
  %635 = getelementptr inbounds float, float* %2, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat47 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %22, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %22, align 32
  %640 = load <8 x float>, <8 x float>* %16, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %593, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %642 = icmp slt i64 %u51, 8
  br i1 %642, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %643 = mul i64 %u51, 103968
  %644 = add i64 %70, %643
  %645 = mul i64 %u51, 576
  %646 = add i64 %43, %645
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %647 = mul i64 %35, 16
  %648 = add i64 %647, %38
  %649 = add i64 %648, 0
  %650 = mul i64 %649, 112
  %651 = add i64 %650, %32
  %652 = mul i64 %651, 112
  %653 = add i64 %652, 108
  %654 = mul i64 %653, 8
  %655 = load <8 x float>, <8 x float>* %15, align 32
  %656 = fcmp ogt <8 x float> %655, zeroinitializer
  %657 = select <8 x i1> %656, <8 x float> %655, <8 x float> zeroinitializer
  %658 = getelementptr inbounds float, float* %0, i64 %654
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %657, <8 x float>* %659, align 4
  %660 = add i64 %652, 109
  %661 = mul i64 %660, 8
  %662 = load <8 x float>, <8 x float>* %14, align 32
  %663 = fcmp ogt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> %662, <8 x float> zeroinitializer
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = add i64 %652, 110
  %668 = mul i64 %667, 8
  %669 = load <8 x float>, <8 x float>* %13, align 32
  %670 = fcmp ogt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> %669, <8 x float> zeroinitializer
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %652, 111
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %12, align 32
  %677 = fcmp ogt <8 x float> %676, zeroinitializer
  %678 = select <8 x i1> %677, <8 x float> %676, <8 x float> zeroinitializer
  %679 = getelementptr inbounds float, float* %0, i64 %675
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %681 = mul i64 %35, 16
  %682 = add i64 %681, %38
  %683 = add i64 %682, 1
  %684 = mul i64 %683, 112
  %685 = add i64 %684, %32
  %686 = mul i64 %685, 112
  %687 = add i64 %686, 108
  %688 = mul i64 %687, 8
  %689 = load <8 x float>, <8 x float>* %11, align 32
  %690 = fcmp ogt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> %689, <8 x float> zeroinitializer
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %686, 109
  %695 = mul i64 %694, 8
  %696 = load <8 x float>, <8 x float>* %10, align 32
  %697 = fcmp ogt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> %696, <8 x float> zeroinitializer
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %686, 110
  %702 = mul i64 %701, 8
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = fcmp ogt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> %703, <8 x float> zeroinitializer
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %686, 111
  %709 = mul i64 %708, 8
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = fcmp ogt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> zeroinitializer
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %715 = icmp slt i64 %kh55, 3
  br i1 %715, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %716 = mul i64 %kh55, 912
  %717 = add i64 %644, %716
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %718 = icmp slt i64 %kw59, 3
  br i1 %718, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %719 = mul i64 %kw59, 8
  %720 = add i64 %717, %719
  %721 = mul i64 %kh55, 3
  %722 = add i64 %721, %kw59
  %723 = mul i64 %722, 64
  %724 = add i64 %646, %723
  %725 = add i64 %724, 0
  %726 = getelementptr inbounds float, float* %4, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %724, 4608
  %730 = getelementptr inbounds float, float* %4, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %720, 0
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat60 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %15, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %728, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %15, align 32
  %739 = load <8 x float>, <8 x float>* %11, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %732, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %11, align 32
  %741 = add i64 %720, 8
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat61 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %14, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %728, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %14, align 32
  %747 = load <8 x float>, <8 x float>* %10, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %732, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %10, align 32
  %749 = add i64 %720, 16
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat62 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %13, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %728, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %13, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %732, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %720, 24
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat63 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %12, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %728, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %12, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %732, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %724, 8
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %724, 4616
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %720, 1
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat64 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %15, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %15, align 32
  %779 = load <8 x float>, <8 x float>* %11, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %11, align 32
  %781 = add i64 %720, 9
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat65 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %14, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %14, align 32
  %787 = load <8 x float>, <8 x float>* %10, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %10, align 32
  %789 = add i64 %720, 17
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat66 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %13, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %13, align 32
  %795 = load <8 x float>, <8 x float>* %9, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %9, align 32
  %797 = add i64 %720, 25
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat67 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %12, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %12, align 32
  %803 = load <8 x float>, <8 x float>* %8, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %8, align 32
  %805 = add i64 %724, 16
  %806 = getelementptr inbounds float, float* %4, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = add i64 %724, 4624
  %810 = getelementptr inbounds float, float* %4, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = add i64 %720, 2
  %814 = getelementptr inbounds float, float* %2, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat68 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %15, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %808, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %15, align 32
  %819 = load <8 x float>, <8 x float>* %11, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %812, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %11, align 32
  %821 = add i64 %720, 10
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat69 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %14, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %808, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %14, align 32
  %827 = load <8 x float>, <8 x float>* %10, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %812, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %10, align 32
  %829 = add i64 %720, 18
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat70 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %13, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %808, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %13, align 32
  %835 = load <8 x float>, <8 x float>* %9, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %812, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %9, align 32
  %837 = add i64 %720, 26
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat71 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %12, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %808, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %12, align 32
  %843 = load <8 x float>, <8 x float>* %8, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %812, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %8, align 32
  %845 = add i64 %724, 24
  %846 = getelementptr inbounds float, float* %4, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %724, 4632
  %850 = getelementptr inbounds float, float* %4, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = add i64 %720, 3
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat72 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %15, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %848, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %15, align 32
  %859 = load <8 x float>, <8 x float>* %11, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %852, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %11, align 32
  %861 = add i64 %720, 11
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat73 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %14, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %848, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %14, align 32
  %867 = load <8 x float>, <8 x float>* %10, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %852, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %10, align 32
  %869 = add i64 %720, 19
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %13, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %848, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %13, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %852, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %720, 27
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %12, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %848, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %12, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %852, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %885 = add i64 %724, 32
  %886 = getelementptr inbounds float, float* %4, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %724, 4640
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %720, 4
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat76 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %15, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %888, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %15, align 32
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %892, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %720, 12
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat77 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %14, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %888, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %14, align 32
  %907 = load <8 x float>, <8 x float>* %10, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %892, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %10, align 32
  %909 = add i64 %720, 20
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat78 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %13, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %888, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %13, align 32
  %915 = load <8 x float>, <8 x float>* %9, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %892, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %9, align 32
  %917 = add i64 %720, 28
  %918 = getelementptr inbounds float, float* %2, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat79 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %12, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %888, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %12, align 32
  %923 = load <8 x float>, <8 x float>* %8, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %892, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %8, align 32
  %925 = add i64 %724, 40
  %926 = getelementptr inbounds float, float* %4, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %724, 4648
  %930 = getelementptr inbounds float, float* %4, i64 %929
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = add i64 %720, 5
  %934 = getelementptr inbounds float, float* %2, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat80 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %15, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %928, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %15, align 32
  %939 = load <8 x float>, <8 x float>* %11, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %932, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %11, align 32
  %941 = add i64 %720, 13
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat81 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %14, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %928, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %14, align 32
  %947 = load <8 x float>, <8 x float>* %10, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %932, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %10, align 32
  %949 = add i64 %720, 21
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat82 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %13, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %928, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %13, align 32
  %955 = load <8 x float>, <8 x float>* %9, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %932, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %9, align 32
  %957 = add i64 %720, 29
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat83 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %12, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %928, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %12, align 32
  %963 = load <8 x float>, <8 x float>* %8, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %932, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %8, align 32
  %965 = add i64 %724, 48
  %966 = getelementptr inbounds float, float* %4, i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = add i64 %724, 4656
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %720, 6
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat84 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %15, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %968, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %15, align 32
  %979 = load <8 x float>, <8 x float>* %11, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %972, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %11, align 32
  %981 = add i64 %720, 14
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat85 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %14, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %968, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %14, align 32
  %987 = load <8 x float>, <8 x float>* %10, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %972, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %10, align 32
  %989 = add i64 %720, 22
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat86 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %13, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %968, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %13, align 32
  %995 = load <8 x float>, <8 x float>* %9, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %972, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %9, align 32
  %997 = add i64 %720, 30
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = load float, float* %998, align 4
  %1000 = insertelement <8 x float> undef, float %999, i32 0
  %splat87 = shufflevector <8 x float> %1000, <8 x float> undef, <8 x i32> zeroinitializer
  %1001 = load <8 x float>, <8 x float>* %12, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %968, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %12, align 32
  %1003 = load <8 x float>, <8 x float>* %8, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %972, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %8, align 32
  %1005 = add i64 %724, 56
  %1006 = getelementptr inbounds float, float* %4, i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %724, 4664
  %1010 = getelementptr inbounds float, float* %4, i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %720, 7
  %1014 = getelementptr inbounds float, float* %2, i64 %1013
  %1015 = load float, float* %1014, align 4
  %1016 = insertelement <8 x float> undef, float %1015, i32 0
  %splat88 = shufflevector <8 x float> %1016, <8 x float> undef, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, <8 x float>* %15, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1008, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %15, align 32
  %1019 = load <8 x float>, <8 x float>* %11, align 32
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1012, <8 x float> %1019)
  store <8 x float> %1020, <8 x float>* %11, align 32
  %1021 = add i64 %720, 15
  %1022 = getelementptr inbounds float, float* %2, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat89 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %14, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1008, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %14, align 32
  %1027 = load <8 x float>, <8 x float>* %10, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1012, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %10, align 32
  %1029 = add i64 %720, 23
  %1030 = getelementptr inbounds float, float* %2, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat90 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %13, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1008, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %13, align 32
  %1035 = load <8 x float>, <8 x float>* %9, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1012, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %9, align 32
  %1037 = add i64 %720, 31
  %1038 = getelementptr inbounds float, float* %2, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat91 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %12, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1008, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %12, align 32
  %1043 = load <8 x float>, <8 x float>* %8, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1012, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 114
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 114
  %10 = mul i64 %task, 912
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 112
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 112
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 896
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 3584, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 904
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 3648, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
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
  %19 = add i64 1824, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1824
  %23 = select i1 %22, i64 %21, i64 1824
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1824
  %26 = select i1 %25, i64 %24, i64 1824
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 112
  %30 = sdiv i64 %task, 112
  %31 = srem i64 %30, 8
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 16
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 16
  %40 = mul i64 %34, 16
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 103968
  %43 = mul i64 %38, 9216
  %44 = mul i64 %32, 912
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %45 = icmp slt i64 %x, 108
  br i1 %45, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %46 = add i64 %38, 0
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %5, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  store <8 x float> %50, <8 x float>* %27, align 32
  store <8 x float> %50, <8 x float>* %26, align 32
  store <8 x float> %50, <8 x float>* %25, align 32
  store <8 x float> %50, <8 x float>* %24, align 32
  store <8 x float> %50, <8 x float>* %23, align 32
  store <8 x float> %50, <8 x float>* %22, align 32
  %51 = add i64 %38, 1
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* %5, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %21, align 32
  store <8 x float> %55, <8 x float>* %20, align 32
  store <8 x float> %55, <8 x float>* %19, align 32
  store <8 x float> %55, <8 x float>* %18, align 32
  store <8 x float> %55, <8 x float>* %17, align 32
  store <8 x float> %55, <8 x float>* %16, align 32
  %56 = mul i64 %x, 8
  %57 = add i64 %44, %56
  %58 = add i64 %42, %57
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %38, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* %5, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %15, align 32
  store <8 x float> %63, <8 x float>* %14, align 32
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %38, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* %5, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  store <8 x float> %68, <8 x float>* %9, align 32
  store <8 x float> %68, <8 x float>* %8, align 32
  %69 = add i64 %44, 864
  %70 = add i64 %42, %69
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %71 = icmp slt i64 %u, 16
  br i1 %71, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %72 = mul i64 %u, 103968
  %73 = add i64 %58, %72
  %74 = mul i64 %u, 576
  %75 = add i64 %43, %74
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %76 = mul i64 %35, 16
  %77 = add i64 %76, %38
  %78 = add i64 %77, 0
  %79 = mul i64 %78, 112
  %80 = add i64 %79, %32
  %81 = mul i64 %80, 112
  %82 = add i64 %x, 0
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 8
  %85 = load <8 x float>, <8 x float>* %27, align 32
  %86 = fcmp ogt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> %85, <8 x float> zeroinitializer
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %x, 1
  %91 = add i64 %81, %90
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %26, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 2
  %99 = add i64 %81, %98
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %25, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 3
  %107 = add i64 %81, %106
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %24, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %x, 4
  %115 = add i64 %81, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %23, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 5
  %123 = add i64 %81, %122
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = mul i64 %35, 16
  %131 = add i64 %130, %38
  %132 = add i64 %131, 1
  %133 = mul i64 %132, 112
  %134 = add i64 %133, %32
  %135 = mul i64 %134, 112
  %136 = add i64 %x, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 1
  %145 = add i64 %135, %144
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %20, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 2
  %153 = add i64 %135, %152
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %19, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 3
  %161 = add i64 %135, %160
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %18, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 4
  %169 = add i64 %135, %168
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %17, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 5
  %177 = add i64 %135, %176
  %178 = mul i64 %177, 8
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = getelementptr inbounds float, float* %0, i64 %178
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %184 = icmp slt i64 %kh, 3
  br i1 %184, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %185 = mul i64 %kh, 912
  %186 = add i64 %73, %185
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %187 = icmp slt i64 %kw, 3
  br i1 %187, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %188 = mul i64 %kw, 8
  %189 = add i64 %186, %188
  %190 = mul i64 %kh, 3
  %191 = add i64 %190, %kw
  %192 = mul i64 %191, 64
  %193 = add i64 %75, %192
  %194 = add i64 %193, 0
  %195 = getelementptr inbounds float, float* %4, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %193, 9216
  %199 = getelementptr inbounds float, float* %4, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = add i64 %189, 0
  %203 = getelementptr inbounds float, float* %2, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %27, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %197, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %27, align 32
  %208 = load <8 x float>, <8 x float>* %21, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %201, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %21, align 32
  %210 = add i64 %189, 8
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat1 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %26, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %197, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %26, align 32
  %216 = load <8 x float>, <8 x float>* %20, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %201, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %20, align 32
  %218 = add i64 %189, 16
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = load float, float* %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %splat2 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %222 = load <8 x float>, <8 x float>* %25, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %197, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %25, align 32
  %224 = load <8 x float>, <8 x float>* %19, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %201, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %19, align 32
  %226 = add i64 %189, 24
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat3 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %24, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %197, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %24, align 32
  %232 = load <8 x float>, <8 x float>* %18, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %201, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %18, align 32
  %234 = add i64 %189, 32
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat4 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %23, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %197, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %23, align 32
  %240 = load <8 x float>, <8 x float>* %17, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %201, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %17, align 32
  %242 = add i64 %189, 40
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat5 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %22, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %197, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %22, align 32
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %201, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = add i64 %193, 8
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %193, 9224
  %255 = getelementptr inbounds float, float* %4, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = add i64 %189, 1
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat6 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %27, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %27, align 32
  %264 = load <8 x float>, <8 x float>* %21, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %257, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %21, align 32
  %266 = add i64 %189, 9
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat7 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %26, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %26, align 32
  %272 = load <8 x float>, <8 x float>* %20, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %257, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %20, align 32
  %274 = add i64 %189, 17
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat8 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %25, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %25, align 32
  %280 = load <8 x float>, <8 x float>* %19, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %257, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %19, align 32
  %282 = add i64 %189, 25
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat9 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %24, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %24, align 32
  %288 = load <8 x float>, <8 x float>* %18, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %257, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %18, align 32
  %290 = add i64 %189, 33
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat10 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %257, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %189, 41
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat11 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %22, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %22, align 32
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %257, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %16, align 32
  %306 = add i64 %193, 16
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %193, 9232
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %189, 2
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat12 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %27, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %27, align 32
  %320 = load <8 x float>, <8 x float>* %21, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %21, align 32
  %322 = add i64 %189, 10
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat13 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %26, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %26, align 32
  %328 = load <8 x float>, <8 x float>* %20, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %20, align 32
  %330 = add i64 %189, 18
  %331 = getelementptr inbounds float, float* %2, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat14 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %25, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %25, align 32
  %336 = load <8 x float>, <8 x float>* %19, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %19, align 32
  %338 = add i64 %189, 26
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat15 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %24, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %24, align 32
  %344 = load <8 x float>, <8 x float>* %18, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %18, align 32
  %346 = add i64 %189, 34
  %347 = getelementptr inbounds float, float* %2, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat16 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %23, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %23, align 32
  %352 = load <8 x float>, <8 x float>* %17, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %17, align 32
  %354 = add i64 %189, 42
  %355 = getelementptr inbounds float, float* %2, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat17 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %22, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %22, align 32
  %360 = load <8 x float>, <8 x float>* %16, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %16, align 32
  %362 = add i64 %193, 24
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %193, 9240
  %367 = getelementptr inbounds float, float* %4, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %189, 3
  %371 = getelementptr inbounds float, float* %2, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat18 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %27, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %27, align 32
  %376 = load <8 x float>, <8 x float>* %21, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %369, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %21, align 32
  %378 = add i64 %189, 11
  %379 = getelementptr inbounds float, float* %2, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat19 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %26, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %26, align 32
  %384 = load <8 x float>, <8 x float>* %20, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %369, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %20, align 32
  %386 = add i64 %189, 19
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat20 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %25, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %25, align 32
  %392 = load <8 x float>, <8 x float>* %19, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %369, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %19, align 32
  %394 = add i64 %189, 27
  %395 = getelementptr inbounds float, float* %2, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat21 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %24, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %24, align 32
  %400 = load <8 x float>, <8 x float>* %18, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %369, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %18, align 32
  %402 = add i64 %189, 35
  %403 = getelementptr inbounds float, float* %2, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat22 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %23, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %23, align 32
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %369, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = add i64 %189, 43
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat23 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %22, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %22, align 32
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %369, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = add i64 %193, 32
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %193, 9248
  %423 = getelementptr inbounds float, float* %4, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %189, 4
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat24 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %27, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %27, align 32
  %432 = load <8 x float>, <8 x float>* %21, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %425, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %21, align 32
  %434 = add i64 %189, 12
  %435 = getelementptr inbounds float, float* %2, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat25 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %26, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %26, align 32
  %440 = load <8 x float>, <8 x float>* %20, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %425, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %20, align 32
  %442 = add i64 %189, 20
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat26 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %25, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %25, align 32
  %448 = load <8 x float>, <8 x float>* %19, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %425, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %19, align 32
  %450 = add i64 %189, 28
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat27 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %24, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %24, align 32
  %456 = load <8 x float>, <8 x float>* %18, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %425, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %18, align 32
  %458 = add i64 %189, 36
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat28 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %23, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %23, align 32
  %464 = load <8 x float>, <8 x float>* %17, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %425, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %17, align 32
  %466 = add i64 %189, 44
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat29 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %22, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %22, align 32
  %472 = load <8 x float>, <8 x float>* %16, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %425, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %16, align 32
  %474 = add i64 %193, 40
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %193, 9256
  %479 = getelementptr inbounds float, float* %4, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %189, 5
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat30 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %27, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %27, align 32
  %488 = load <8 x float>, <8 x float>* %21, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %481, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %21, align 32
  %490 = add i64 %189, 13
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat31 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %26, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %26, align 32
  %496 = load <8 x float>, <8 x float>* %20, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %481, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %20, align 32
  %498 = add i64 %189, 21
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat32 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %25, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %25, align 32
  %504 = load <8 x float>, <8 x float>* %19, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %481, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %19, align 32
  %506 = add i64 %189, 29
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat33 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %24, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %24, align 32
  %512 = load <8 x float>, <8 x float>* %18, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %481, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %18, align 32
  %514 = add i64 %189, 37
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat34 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %23, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %23, align 32
  %520 = load <8 x float>, <8 x float>* %17, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %481, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %17, align 32
  %522 = add i64 %189, 45
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat35 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %22, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %22, align 32
  %528 = load <8 x float>, <8 x float>* %16, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %481, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %16, align 32
  %530 = add i64 %193, 48
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %193, 9264
  %535 = getelementptr inbounds float, float* %4, i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = add i64 %189, 6
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat36 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %27, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %27, align 32
  %544 = load <8 x float>, <8 x float>* %21, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %537, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %21, align 32
  %546 = add i64 %189, 14
  %547 = getelementptr inbounds float, float* %2, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat37 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %26, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %26, align 32
  %552 = load <8 x float>, <8 x float>* %20, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %537, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %20, align 32
  %554 = add i64 %189, 22
  %555 = getelementptr inbounds float, float* %2, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat38 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %25, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %25, align 32
  %560 = load <8 x float>, <8 x float>* %19, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %537, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %19, align 32
  %562 = add i64 %189, 30
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat39 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %24, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %24, align 32
  %568 = load <8 x float>, <8 x float>* %18, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %537, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %18, align 32
  %570 = add i64 %189, 38
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat40 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %23, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %23, align 32
  %576 = load <8 x float>, <8 x float>* %17, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %537, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %17, align 32
  %578 = add i64 %189, 46
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat41 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %22, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %22, align 32
  %584 = load <8 x float>, <8 x float>* %16, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %537, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %16, align 32
  %586 = add i64 %193, 56
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %193, 9272
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %189, 7
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat42 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %27, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %27, align 32
  %600 = load <8 x float>, <8 x float>* %21, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %593, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %21, align 32
  %602 = add i64 %189, 15
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat43 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %26, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %26, align 32
  %608 = load <8 x float>, <8 x float>* %20, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %593, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %20, align 32
  %610 = add i64 %189, 23
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat44 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %25, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %25, align 32
  %616 = load <8 x float>, <8 x float>* %19, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %19, align 32
  %618 = add i64 %189, 31
  %619 = getelementptr inbounds float, float* %2, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat45 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %24, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %24, align 32
  %624 = load <8 x float>, <8 x float>* %18, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %593, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %18, align 32
  %626 = add i64 %189, 39
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat46 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %23, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %23, align 32
  %632 = load <8 x float>, <8 x float>* %17, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %593, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %17, align 32
  %634 = add i64 %189, 47
  %635 = getelementptr inbounds float, float* %2, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat47 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %22, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %22, align 32
  %640 = load <8 x float>, <8 x float>* %16, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %593, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %642 = icmp slt i64 %u51, 16
  br i1 %642, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %643 = mul i64 %u51, 103968
  %644 = add i64 %70, %643
  %645 = mul i64 %u51, 576
  %646 = add i64 %43, %645
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %647 = mul i64 %35, 16
  %648 = add i64 %647, %38
  %649 = add i64 %648, 0
  %650 = mul i64 %649, 112
  %651 = add i64 %650, %32
  %652 = mul i64 %651, 112
  %653 = add i64 %652, 108
  %654 = mul i64 %653, 8
  %655 = load <8 x float>, <8 x float>* %15, align 32
  %656 = fcmp ogt <8 x float> %655, zeroinitializer
  %657 = select <8 x i1> %656, <8 x float> %655, <8 x float> zeroinitializer
  %658 = getelementptr inbounds float, float* %0, i64 %654
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %657, <8 x float>* %659, align 4
  %660 = add i64 %652, 109
  %661 = mul i64 %660, 8
  %662 = load <8 x float>, <8 x float>* %14, align 32
  %663 = fcmp ogt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> %662, <8 x float> zeroinitializer
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = add i64 %652, 110
  %668 = mul i64 %667, 8
  %669 = load <8 x float>, <8 x float>* %13, align 32
  %670 = fcmp ogt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> %669, <8 x float> zeroinitializer
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %652, 111
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %12, align 32
  %677 = fcmp ogt <8 x float> %676, zeroinitializer
  %678 = select <8 x i1> %677, <8 x float> %676, <8 x float> zeroinitializer
  %679 = getelementptr inbounds float, float* %0, i64 %675
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %681 = mul i64 %35, 16
  %682 = add i64 %681, %38
  %683 = add i64 %682, 1
  %684 = mul i64 %683, 112
  %685 = add i64 %684, %32
  %686 = mul i64 %685, 112
  %687 = add i64 %686, 108
  %688 = mul i64 %687, 8
  %689 = load <8 x float>, <8 x float>* %11, align 32
  %690 = fcmp ogt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> %689, <8 x float> zeroinitializer
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %686, 109
  %695 = mul i64 %694, 8
  %696 = load <8 x float>, <8 x float>* %10, align 32
  %697 = fcmp ogt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> %696, <8 x float> zeroinitializer
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %686, 110
  %702 = mul i64 %701, 8
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = fcmp ogt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> %703, <8 x float> zeroinitializer
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %686, 111
  %709 = mul i64 %708, 8
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = fcmp ogt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> zeroinitializer
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %715 = icmp slt i64 %kh55, 3
  br i1 %715, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %716 = mul i64 %kh55, 912
  %717 = add i64 %644, %716
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %718 = icmp slt i64 %kw59, 3
  br i1 %718, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %719 = mul i64 %kw59, 8
  %720 = add i64 %717, %719
  %721 = mul i64 %kh55, 3
  %722 = add i64 %721, %kw59
  %723 = mul i64 %722, 64
  %724 = add i64 %646, %723
  %725 = add i64 %724, 0
  %726 = getelementptr inbounds float, float* %4, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %724, 9216
  %730 = getelementptr inbounds float, float* %4, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %720, 0
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat60 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %15, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %728, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %15, align 32
  %739 = load <8 x float>, <8 x float>* %11, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %732, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %11, align 32
  %741 = add i64 %720, 8
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat61 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %14, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %728, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %14, align 32
  %747 = load <8 x float>, <8 x float>* %10, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %732, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %10, align 32
  %749 = add i64 %720, 16
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat62 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %13, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %728, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %13, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %732, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %720, 24
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat63 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %12, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %728, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %12, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %732, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %724, 8
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %724, 9224
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %720, 1
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat64 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %15, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %15, align 32
  %779 = load <8 x float>, <8 x float>* %11, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %11, align 32
  %781 = add i64 %720, 9
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat65 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %14, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %14, align 32
  %787 = load <8 x float>, <8 x float>* %10, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %10, align 32
  %789 = add i64 %720, 17
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat66 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %13, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %13, align 32
  %795 = load <8 x float>, <8 x float>* %9, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %9, align 32
  %797 = add i64 %720, 25
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat67 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %12, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %12, align 32
  %803 = load <8 x float>, <8 x float>* %8, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %8, align 32
  %805 = add i64 %724, 16
  %806 = getelementptr inbounds float, float* %4, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = add i64 %724, 9232
  %810 = getelementptr inbounds float, float* %4, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = add i64 %720, 2
  %814 = getelementptr inbounds float, float* %2, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat68 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %15, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %808, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %15, align 32
  %819 = load <8 x float>, <8 x float>* %11, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %812, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %11, align 32
  %821 = add i64 %720, 10
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat69 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %14, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %808, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %14, align 32
  %827 = load <8 x float>, <8 x float>* %10, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %812, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %10, align 32
  %829 = add i64 %720, 18
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat70 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %13, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %808, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %13, align 32
  %835 = load <8 x float>, <8 x float>* %9, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %812, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %9, align 32
  %837 = add i64 %720, 26
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat71 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %12, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %808, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %12, align 32
  %843 = load <8 x float>, <8 x float>* %8, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %812, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %8, align 32
  %845 = add i64 %724, 24
  %846 = getelementptr inbounds float, float* %4, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %724, 9240
  %850 = getelementptr inbounds float, float* %4, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = add i64 %720, 3
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat72 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %15, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %848, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %15, align 32
  %859 = load <8 x float>, <8 x float>* %11, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %852, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %11, align 32
  %861 = add i64 %720, 11
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat73 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %14, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %848, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %14, align 32
  %867 = load <8 x float>, <8 x float>* %10, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %852, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %10, align 32
  %869 = add i64 %720, 19
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %13, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %848, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %13, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %852, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %720, 27
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %12, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %848, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %12, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %852, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %885 = add i64 %724, 32
  %886 = getelementptr inbounds float, float* %4, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %724, 9248
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %720, 4
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat76 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %15, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %888, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %15, align 32
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %892, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %720, 12
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat77 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %14, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %888, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %14, align 32
  %907 = load <8 x float>, <8 x float>* %10, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %892, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %10, align 32
  %909 = add i64 %720, 20
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat78 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %13, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %888, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %13, align 32
  %915 = load <8 x float>, <8 x float>* %9, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %892, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %9, align 32
  %917 = add i64 %720, 28
  %918 = getelementptr inbounds float, float* %2, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat79 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %12, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %888, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %12, align 32
  %923 = load <8 x float>, <8 x float>* %8, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %892, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %8, align 32
  %925 = add i64 %724, 40
  %926 = getelementptr inbounds float, float* %4, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %724, 9256
  %930 = getelementptr inbounds float, float* %4, i64 %929
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = add i64 %720, 5
  %934 = getelementptr inbounds float, float* %2, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat80 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %15, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %928, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %15, align 32
  %939 = load <8 x float>, <8 x float>* %11, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %932, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %11, align 32
  %941 = add i64 %720, 13
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat81 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %14, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %928, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %14, align 32
  %947 = load <8 x float>, <8 x float>* %10, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %932, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %10, align 32
  %949 = add i64 %720, 21
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat82 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %13, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %928, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %13, align 32
  %955 = load <8 x float>, <8 x float>* %9, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %932, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %9, align 32
  %957 = add i64 %720, 29
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat83 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %12, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %928, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %12, align 32
  %963 = load <8 x float>, <8 x float>* %8, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %932, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %8, align 32
  %965 = add i64 %724, 48
  %966 = getelementptr inbounds float, float* %4, i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = add i64 %724, 9264
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %720, 6
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat84 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %15, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %968, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %15, align 32
  %979 = load <8 x float>, <8 x float>* %11, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %972, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %11, align 32
  %981 = add i64 %720, 14
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat85 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %14, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %968, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %14, align 32
  %987 = load <8 x float>, <8 x float>* %10, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %972, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %10, align 32
  %989 = add i64 %720, 22
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat86 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %13, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %968, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %13, align 32
  %995 = load <8 x float>, <8 x float>* %9, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %972, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %9, align 32
  %997 = add i64 %720, 30
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = load float, float* %998, align 4
  %1000 = insertelement <8 x float> undef, float %999, i32 0
  %splat87 = shufflevector <8 x float> %1000, <8 x float> undef, <8 x i32> zeroinitializer
  %1001 = load <8 x float>, <8 x float>* %12, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %968, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %12, align 32
  %1003 = load <8 x float>, <8 x float>* %8, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %972, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %8, align 32
  %1005 = add i64 %724, 56
  %1006 = getelementptr inbounds float, float* %4, i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %724, 9272
  %1010 = getelementptr inbounds float, float* %4, i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %720, 7
  %1014 = getelementptr inbounds float, float* %2, i64 %1013
  %1015 = load float, float* %1014, align 4
  %1016 = insertelement <8 x float> undef, float %1015, i32 0
  %splat88 = shufflevector <8 x float> %1016, <8 x float> undef, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, <8 x float>* %15, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1008, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %15, align 32
  %1019 = load <8 x float>, <8 x float>* %11, align 32
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1012, <8 x float> %1019)
  store <8 x float> %1020, <8 x float>* %11, align 32
  %1021 = add i64 %720, 15
  %1022 = getelementptr inbounds float, float* %2, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat89 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %14, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1008, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %14, align 32
  %1027 = load <8 x float>, <8 x float>* %10, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1012, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %10, align 32
  %1029 = add i64 %720, 23
  %1030 = getelementptr inbounds float, float* %2, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat90 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %13, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1008, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %13, align 32
  %1035 = load <8 x float>, <8 x float>* %9, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1012, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %9, align 32
  %1037 = add i64 %720, 31
  %1038 = getelementptr inbounds float, float* %2, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat91 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %12, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1008, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %12, align 32
  %1043 = load <8 x float>, <8 x float>* %8, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1012, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node4.conv2d_4.step1(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node4.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
  %8 = sdiv i64 %task, 56
  %9 = srem i64 %task, 56
  %10 = mul i64 %8, 100352
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 56
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 448
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 112
  %22 = select i1 %21, i64 %20, i64 112
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 112
  %25 = select i1 %24, i64 %23, i64 112
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 56
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 112
  %34 = select i1 %33, i64 %32, i64 112
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 112
  %37 = select i1 %36, i64 %35, i64 112
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
  %45 = mul i64 %r, 112
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node5.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 58
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 58
  %10 = mul i64 %task, 464
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 56
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 56
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 448
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 1792, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 456
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 1856, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node6.conv2d_5.step0(i8* %0) #3 {
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
  %19 = add i64 928, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 928
  %23 = select i1 %22, i64 %21, i64 928
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 928
  %26 = select i1 %25, i64 %24, i64 928
  call void @node6.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 56
  %26 = sdiv i64 %task, 56
  %27 = srem i64 %26, 16
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 32
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 16
  %36 = mul i64 %30, 16
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 26912
  %39 = mul i64 %34, 9216
  %40 = mul i64 %28, 464
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 54
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
  %52 = mul i64 %x, 8
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
  %65 = add i64 %40, 432
  %66 = add i64 %38, %65
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 16
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 26912
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 576
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 32
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 56
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 56
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
  %126 = mul i64 %31, 32
  %127 = add i64 %126, %34
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 56
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 56
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
  %181 = mul i64 %kh, 464
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
  %184 = mul i64 %kw, 8
  %185 = add i64 %182, %184
  %186 = mul i64 %kh, 3
  %187 = add i64 %186, %kw
  %188 = mul i64 %187, 64
  %189 = add i64 %71, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %4, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %189, 9216
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
  %206 = add i64 %185, 8
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
  %214 = add i64 %185, 16
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
  %222 = add i64 %185, 24
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
  %230 = add i64 %185, 32
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
  %238 = add i64 %185, 40
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
  %246 = add i64 %189, 8
  %247 = getelementptr inbounds float, float* %4, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = add i64 %189, 9224
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %185, 1
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat6 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %23, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %249, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %23, align 32
  %260 = load <8 x float>, <8 x float>* %17, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %17, align 32
  %262 = add i64 %185, 9
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat7 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %22, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %249, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %22, align 32
  %268 = load <8 x float>, <8 x float>* %16, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %16, align 32
  %270 = add i64 %185, 17
  %271 = getelementptr inbounds float, float* %2, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat8 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %21, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %249, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %21, align 32
  %276 = load <8 x float>, <8 x float>* %15, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %15, align 32
  %278 = add i64 %185, 25
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat9 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %20, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %249, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %20, align 32
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %185, 33
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat10 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %19, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %249, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %19, align 32
  %292 = load <8 x float>, <8 x float>* %13, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %13, align 32
  %294 = add i64 %185, 41
  %295 = getelementptr inbounds float, float* %2, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat11 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %18, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %249, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %18, align 32
  %300 = load <8 x float>, <8 x float>* %12, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %12, align 32
  %302 = add i64 %189, 16
  %303 = getelementptr inbounds float, float* %4, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %189, 9232
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %185, 2
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat12 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %23, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %305, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %23, align 32
  %316 = load <8 x float>, <8 x float>* %17, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %17, align 32
  %318 = add i64 %185, 10
  %319 = getelementptr inbounds float, float* %2, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat13 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %22, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %305, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %22, align 32
  %324 = load <8 x float>, <8 x float>* %16, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %16, align 32
  %326 = add i64 %185, 18
  %327 = getelementptr inbounds float, float* %2, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat14 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %21, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %305, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %21, align 32
  %332 = load <8 x float>, <8 x float>* %15, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %15, align 32
  %334 = add i64 %185, 26
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat15 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %20, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %305, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %20, align 32
  %340 = load <8 x float>, <8 x float>* %14, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %14, align 32
  %342 = add i64 %185, 34
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat16 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %19, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %305, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %19, align 32
  %348 = load <8 x float>, <8 x float>* %13, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %13, align 32
  %350 = add i64 %185, 42
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat17 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %18, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %305, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %18, align 32
  %356 = load <8 x float>, <8 x float>* %12, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %12, align 32
  %358 = add i64 %189, 24
  %359 = getelementptr inbounds float, float* %4, i64 %358
  %360 = bitcast float* %359 to <8 x float>*
  %361 = load <8 x float>, <8 x float>* %360, align 4
  %362 = add i64 %189, 9240
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %185, 3
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat18 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %23, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %361, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %23, align 32
  %372 = load <8 x float>, <8 x float>* %17, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %17, align 32
  %374 = add i64 %185, 11
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat19 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %22, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %361, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %22, align 32
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = add i64 %185, 19
  %383 = getelementptr inbounds float, float* %2, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat20 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %21, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %361, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %21, align 32
  %388 = load <8 x float>, <8 x float>* %15, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %15, align 32
  %390 = add i64 %185, 27
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat21 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %20, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %361, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %20, align 32
  %396 = load <8 x float>, <8 x float>* %14, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %14, align 32
  %398 = add i64 %185, 35
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat22 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %19, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %361, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %19, align 32
  %404 = load <8 x float>, <8 x float>* %13, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %13, align 32
  %406 = add i64 %185, 43
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat23 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %18, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %361, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %18, align 32
  %412 = load <8 x float>, <8 x float>* %12, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %12, align 32
  %414 = add i64 %189, 32
  %415 = getelementptr inbounds float, float* %4, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = add i64 %189, 9248
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %185, 4
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat24 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %23, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %417, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %23, align 32
  %428 = load <8 x float>, <8 x float>* %17, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %17, align 32
  %430 = add i64 %185, 12
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat25 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %22, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %417, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %22, align 32
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %185, 20
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat26 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %21, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %417, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %21, align 32
  %444 = load <8 x float>, <8 x float>* %15, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %15, align 32
  %446 = add i64 %185, 28
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat27 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %20, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %417, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %20, align 32
  %452 = load <8 x float>, <8 x float>* %14, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %14, align 32
  %454 = add i64 %185, 36
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat28 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %19, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %417, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %19, align 32
  %460 = load <8 x float>, <8 x float>* %13, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %13, align 32
  %462 = add i64 %185, 44
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat29 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %18, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %417, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %18, align 32
  %468 = load <8 x float>, <8 x float>* %12, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %12, align 32
  %470 = add i64 %189, 40
  %471 = getelementptr inbounds float, float* %4, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = add i64 %189, 9256
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %185, 5
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat30 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %23, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %473, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %23, align 32
  %484 = load <8 x float>, <8 x float>* %17, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %17, align 32
  %486 = add i64 %185, 13
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat31 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %22, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %473, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %22, align 32
  %492 = load <8 x float>, <8 x float>* %16, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %16, align 32
  %494 = add i64 %185, 21
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat32 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %21, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %473, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %21, align 32
  %500 = load <8 x float>, <8 x float>* %15, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %15, align 32
  %502 = add i64 %185, 29
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat33 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %20, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %473, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %20, align 32
  %508 = load <8 x float>, <8 x float>* %14, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %14, align 32
  %510 = add i64 %185, 37
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat34 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %19, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %473, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %19, align 32
  %516 = load <8 x float>, <8 x float>* %13, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %13, align 32
  %518 = add i64 %185, 45
  %519 = getelementptr inbounds float, float* %2, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat35 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %18, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %473, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %18, align 32
  %524 = load <8 x float>, <8 x float>* %12, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %12, align 32
  %526 = add i64 %189, 48
  %527 = getelementptr inbounds float, float* %4, i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  %530 = add i64 %189, 9264
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %185, 6
  %535 = getelementptr inbounds float, float* %2, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat36 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %23, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %529, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %23, align 32
  %540 = load <8 x float>, <8 x float>* %17, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %17, align 32
  %542 = add i64 %185, 14
  %543 = getelementptr inbounds float, float* %2, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat37 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %22, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %529, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %22, align 32
  %548 = load <8 x float>, <8 x float>* %16, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %16, align 32
  %550 = add i64 %185, 22
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat38 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %21, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %529, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %21, align 32
  %556 = load <8 x float>, <8 x float>* %15, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %15, align 32
  %558 = add i64 %185, 30
  %559 = getelementptr inbounds float, float* %2, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat39 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %20, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %529, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %20, align 32
  %564 = load <8 x float>, <8 x float>* %14, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %14, align 32
  %566 = add i64 %185, 38
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat40 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %19, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %529, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %19, align 32
  %572 = load <8 x float>, <8 x float>* %13, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %13, align 32
  %574 = add i64 %185, 46
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat41 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %18, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %529, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %18, align 32
  %580 = load <8 x float>, <8 x float>* %12, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %12, align 32
  %582 = add i64 %189, 56
  %583 = getelementptr inbounds float, float* %4, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %189, 9272
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %185, 7
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat42 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %23, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %585, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %23, align 32
  %596 = load <8 x float>, <8 x float>* %17, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %17, align 32
  %598 = add i64 %185, 15
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat43 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %22, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %585, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %22, align 32
  %604 = load <8 x float>, <8 x float>* %16, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %16, align 32
  %606 = add i64 %185, 23
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat44 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %21, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %585, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %21, align 32
  %612 = load <8 x float>, <8 x float>* %15, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %15, align 32
  %614 = add i64 %185, 31
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat45 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %20, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %585, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %20, align 32
  %620 = load <8 x float>, <8 x float>* %14, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %14, align 32
  %622 = add i64 %185, 39
  %623 = getelementptr inbounds float, float* %2, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat46 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %19, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %585, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %19, align 32
  %628 = load <8 x float>, <8 x float>* %13, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %13, align 32
  %630 = add i64 %185, 47
  %631 = getelementptr inbounds float, float* %2, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat47 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %18, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %585, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %18, align 32
  %636 = load <8 x float>, <8 x float>* %12, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %638 = icmp slt i64 %u51, 16
  br i1 %638, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %639 = mul i64 %u51, 26912
  %640 = add i64 %66, %639
  %641 = mul i64 %u51, 576
  %642 = add i64 %39, %641
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %643 = mul i64 %31, 32
  %644 = add i64 %643, %34
  %645 = add i64 %644, 0
  %646 = mul i64 %645, 56
  %647 = add i64 %646, %28
  %648 = mul i64 %647, 56
  %649 = add i64 %648, 54
  %650 = mul i64 %649, 8
  %651 = load <8 x float>, <8 x float>* %11, align 32
  %652 = fcmp ogt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> %651, <8 x float> zeroinitializer
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = add i64 %648, 55
  %657 = mul i64 %656, 8
  %658 = load <8 x float>, <8 x float>* %10, align 32
  %659 = fcmp ogt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> %658, <8 x float> zeroinitializer
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = mul i64 %31, 32
  %664 = add i64 %663, %34
  %665 = add i64 %664, 1
  %666 = mul i64 %665, 56
  %667 = add i64 %666, %28
  %668 = mul i64 %667, 56
  %669 = add i64 %668, 54
  %670 = mul i64 %669, 8
  %671 = load <8 x float>, <8 x float>* %9, align 32
  %672 = fcmp ogt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> %671, <8 x float> zeroinitializer
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = add i64 %668, 55
  %677 = mul i64 %676, 8
  %678 = load <8 x float>, <8 x float>* %8, align 32
  %679 = fcmp ogt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> %678, <8 x float> zeroinitializer
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %683 = icmp slt i64 %kh55, 3
  br i1 %683, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %684 = mul i64 %kh55, 464
  %685 = add i64 %640, %684
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %686 = icmp slt i64 %kw59, 3
  br i1 %686, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %687 = mul i64 %kw59, 8
  %688 = add i64 %685, %687
  %689 = mul i64 %kh55, 3
  %690 = add i64 %689, %kw59
  %691 = mul i64 %690, 64
  %692 = add i64 %642, %691
  %693 = add i64 %692, 0
  %694 = getelementptr inbounds float, float* %4, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %692, 9216
  %698 = getelementptr inbounds float, float* %4, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %688, 0
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat60 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %11, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %696, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %11, align 32
  %707 = load <8 x float>, <8 x float>* %9, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %700, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %9, align 32
  %709 = add i64 %688, 8
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat61 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %10, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %696, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %10, align 32
  %715 = load <8 x float>, <8 x float>* %8, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %700, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %8, align 32
  %717 = add i64 %692, 8
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %692, 9224
  %722 = getelementptr inbounds float, float* %4, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %688, 1
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat62 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %11, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %720, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %11, align 32
  %731 = load <8 x float>, <8 x float>* %9, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %724, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %9, align 32
  %733 = add i64 %688, 9
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat63 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %10, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %720, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %10, align 32
  %739 = load <8 x float>, <8 x float>* %8, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %724, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %8, align 32
  %741 = add i64 %692, 16
  %742 = getelementptr inbounds float, float* %4, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = add i64 %692, 9232
  %746 = getelementptr inbounds float, float* %4, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = add i64 %688, 2
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat64 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %11, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %744, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %11, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %748, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %688, 10
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat65 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %10, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %744, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %10, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %748, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %692, 24
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %692, 9240
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %688, 3
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat66 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %11, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %11, align 32
  %779 = load <8 x float>, <8 x float>* %9, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %9, align 32
  %781 = add i64 %688, 11
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat67 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %10, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %10, align 32
  %787 = load <8 x float>, <8 x float>* %8, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %8, align 32
  %789 = add i64 %692, 32
  %790 = getelementptr inbounds float, float* %4, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %692, 9248
  %794 = getelementptr inbounds float, float* %4, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = add i64 %688, 4
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat68 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %11, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %792, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %11, align 32
  %803 = load <8 x float>, <8 x float>* %9, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %796, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %9, align 32
  %805 = add i64 %688, 12
  %806 = getelementptr inbounds float, float* %2, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat69 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %10, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %792, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %10, align 32
  %811 = load <8 x float>, <8 x float>* %8, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %796, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %8, align 32
  %813 = add i64 %692, 40
  %814 = getelementptr inbounds float, float* %4, i64 %813
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = add i64 %692, 9256
  %818 = getelementptr inbounds float, float* %4, i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = add i64 %688, 5
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat70 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %11, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %816, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %11, align 32
  %827 = load <8 x float>, <8 x float>* %9, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %820, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %9, align 32
  %829 = add i64 %688, 13
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat71 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %10, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %816, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %10, align 32
  %835 = load <8 x float>, <8 x float>* %8, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %820, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %8, align 32
  %837 = add i64 %692, 48
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %692, 9264
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %688, 6
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat72 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %11, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %840, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %11, align 32
  %851 = load <8 x float>, <8 x float>* %9, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %844, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %9, align 32
  %853 = add i64 %688, 14
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat73 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %10, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %840, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %10, align 32
  %859 = load <8 x float>, <8 x float>* %8, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %844, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %8, align 32
  %861 = add i64 %692, 56
  %862 = getelementptr inbounds float, float* %4, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 %692, 9272
  %866 = getelementptr inbounds float, float* %4, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %688, 7
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %11, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %864, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %11, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %868, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %688, 15
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %10, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %864, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %10, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %868, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node6.conv2d_5.step1(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node6.conv2d_5.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 58
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 58
  %10 = mul i64 %task, 464
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 56
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 56
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 448
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 1792, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 456
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 1856, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node7.conv2d_6.step0(i8* %0) #3 {
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
  %19 = add i64 1856, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1856
  %23 = select i1 %22, i64 %21, i64 1856
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1856
  %26 = select i1 %25, i64 %24, i64 1856
  call void @node7.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_6.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 56
  %26 = sdiv i64 %task, 56
  %27 = srem i64 %26, 16
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 32
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 32
  %36 = mul i64 %30, 32
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 26912
  %39 = mul i64 %34, 18432
  %40 = mul i64 %28, 464
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 54
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
  %52 = mul i64 %x, 8
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
  %65 = add i64 %40, 432
  %66 = add i64 %38, %65
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 32
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 26912
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 576
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 32
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 56
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 56
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
  %126 = mul i64 %31, 32
  %127 = add i64 %126, %34
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 56
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 56
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
  %181 = mul i64 %kh, 464
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
  %184 = mul i64 %kw, 8
  %185 = add i64 %182, %184
  %186 = mul i64 %kh, 3
  %187 = add i64 %186, %kw
  %188 = mul i64 %187, 64
  %189 = add i64 %71, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* %4, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %189, 18432
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
  %206 = add i64 %185, 8
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
  %214 = add i64 %185, 16
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
  %222 = add i64 %185, 24
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
  %230 = add i64 %185, 32
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
  %238 = add i64 %185, 40
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
  %246 = add i64 %189, 8
  %247 = getelementptr inbounds float, float* %4, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = add i64 %189, 18440
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %185, 1
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat6 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %23, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %249, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %23, align 32
  %260 = load <8 x float>, <8 x float>* %17, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %17, align 32
  %262 = add i64 %185, 9
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat7 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %22, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %249, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %22, align 32
  %268 = load <8 x float>, <8 x float>* %16, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %16, align 32
  %270 = add i64 %185, 17
  %271 = getelementptr inbounds float, float* %2, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat8 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %21, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %249, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %21, align 32
  %276 = load <8 x float>, <8 x float>* %15, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %15, align 32
  %278 = add i64 %185, 25
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat9 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %20, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %249, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %20, align 32
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %185, 33
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat10 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %19, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %249, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %19, align 32
  %292 = load <8 x float>, <8 x float>* %13, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %13, align 32
  %294 = add i64 %185, 41
  %295 = getelementptr inbounds float, float* %2, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat11 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %18, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %249, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %18, align 32
  %300 = load <8 x float>, <8 x float>* %12, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %12, align 32
  %302 = add i64 %189, 16
  %303 = getelementptr inbounds float, float* %4, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %189, 18448
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %185, 2
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat12 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %23, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %305, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %23, align 32
  %316 = load <8 x float>, <8 x float>* %17, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %17, align 32
  %318 = add i64 %185, 10
  %319 = getelementptr inbounds float, float* %2, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat13 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %22, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %305, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %22, align 32
  %324 = load <8 x float>, <8 x float>* %16, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %16, align 32
  %326 = add i64 %185, 18
  %327 = getelementptr inbounds float, float* %2, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat14 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %21, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %305, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %21, align 32
  %332 = load <8 x float>, <8 x float>* %15, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %15, align 32
  %334 = add i64 %185, 26
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat15 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %20, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %305, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %20, align 32
  %340 = load <8 x float>, <8 x float>* %14, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %14, align 32
  %342 = add i64 %185, 34
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat16 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %19, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %305, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %19, align 32
  %348 = load <8 x float>, <8 x float>* %13, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %13, align 32
  %350 = add i64 %185, 42
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat17 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %18, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %305, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %18, align 32
  %356 = load <8 x float>, <8 x float>* %12, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %12, align 32
  %358 = add i64 %189, 24
  %359 = getelementptr inbounds float, float* %4, i64 %358
  %360 = bitcast float* %359 to <8 x float>*
  %361 = load <8 x float>, <8 x float>* %360, align 4
  %362 = add i64 %189, 18456
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %185, 3
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat18 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %23, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %361, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %23, align 32
  %372 = load <8 x float>, <8 x float>* %17, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %17, align 32
  %374 = add i64 %185, 11
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat19 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %22, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %361, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %22, align 32
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = add i64 %185, 19
  %383 = getelementptr inbounds float, float* %2, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat20 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %21, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %361, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %21, align 32
  %388 = load <8 x float>, <8 x float>* %15, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %15, align 32
  %390 = add i64 %185, 27
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat21 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %20, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %361, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %20, align 32
  %396 = load <8 x float>, <8 x float>* %14, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %14, align 32
  %398 = add i64 %185, 35
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat22 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %19, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %361, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %19, align 32
  %404 = load <8 x float>, <8 x float>* %13, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %13, align 32
  %406 = add i64 %185, 43
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat23 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %18, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %361, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %18, align 32
  %412 = load <8 x float>, <8 x float>* %12, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %12, align 32
  %414 = add i64 %189, 32
  %415 = getelementptr inbounds float, float* %4, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = add i64 %189, 18464
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %185, 4
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat24 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %23, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %417, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %23, align 32
  %428 = load <8 x float>, <8 x float>* %17, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %17, align 32
  %430 = add i64 %185, 12
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat25 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %22, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %417, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %22, align 32
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %185, 20
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat26 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %21, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %417, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %21, align 32
  %444 = load <8 x float>, <8 x float>* %15, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %15, align 32
  %446 = add i64 %185, 28
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat27 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %20, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %417, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %20, align 32
  %452 = load <8 x float>, <8 x float>* %14, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %14, align 32
  %454 = add i64 %185, 36
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat28 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %19, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %417, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %19, align 32
  %460 = load <8 x float>, <8 x float>* %13, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %13, align 32
  %462 = add i64 %185, 44
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat29 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %18, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %417, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %18, align 32
  %468 = load <8 x float>, <8 x float>* %12, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %12, align 32
  %470 = add i64 %189, 40
  %471 = getelementptr inbounds float, float* %4, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = add i64 %189, 18472
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %185, 5
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat30 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %23, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %473, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %23, align 32
  %484 = load <8 x float>, <8 x float>* %17, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %17, align 32
  %486 = add i64 %185, 13
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat31 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %22, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %473, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %22, align 32
  %492 = load <8 x float>, <8 x float>* %16, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %16, align 32
  %494 = add i64 %185, 21
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat32 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %21, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %473, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %21, align 32
  %500 = load <8 x float>, <8 x float>* %15, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %15, align 32
  %502 = add i64 %185, 29
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat33 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %20, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %473, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %20, align 32
  %508 = load <8 x float>, <8 x float>* %14, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %14, align 32
  %510 = add i64 %185, 37
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat34 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %19, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %473, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %19, align 32
  %516 = load <8 x float>, <8 x float>* %13, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %13, align 32
  %518 = add i64 %185, 45
  %519 = getelementptr inbounds float, float* %2, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat35 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %18, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %473, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %18, align 32
  %524 = load <8 x float>, <8 x float>* %12, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %12, align 32
  %526 = add i64 %189, 48
  %527 = getelementptr inbounds float, float* %4, i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  %530 = add i64 %189, 18480
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %185, 6
  %535 = getelementptr inbounds float, float* %2, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat36 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %23, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %529, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %23, align 32
  %540 = load <8 x float>, <8 x float>* %17, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %17, align 32
  %542 = add i64 %185, 14
  %543 = getelementptr inbounds float, float* %2, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat37 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %22, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %529, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %22, align 32
  %548 = load <8 x float>, <8 x float>* %16, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %16, align 32
  %550 = add i64 %185, 22
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat38 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %21, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %529, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %21, align 32
  %556 = load <8 x float>, <8 x float>* %15, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %15, align 32
  %558 = add i64 %185, 30
  %559 = getelementptr inbounds float, float* %2, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat39 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %20, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %529, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %20, align 32
  %564 = load <8 x float>, <8 x float>* %14, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %14, align 32
  %566 = add i64 %185, 38
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat40 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %19, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %529, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %19, align 32
  %572 = load <8 x float>, <8 x float>* %13, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %13, align 32
  %574 = add i64 %185, 46
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat41 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %18, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %529, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %18, align 32
  %580 = load <8 x float>, <8 x float>* %12, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %12, align 32
  %582 = add i64 %189, 56
  %583 = getelementptr inbounds float, float* %4, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %189, 18488
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %185, 7
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat42 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %23, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %585, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %23, align 32
  %596 = load <8 x float>, <8 x float>* %17, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %17, align 32
  %598 = add i64 %185, 15
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat43 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %22, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %585, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %22, align 32
  %604 = load <8 x float>, <8 x float>* %16, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %16, align 32
  %606 = add i64 %185, 23
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = load float, float* %607, align 4
  %609 = insertelement <8 x float> undef, float %608, i32 0
  %splat44 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, <8 x float>* %21, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %585, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %21, align 32
  %612 = load <8 x float>, <8 x float>* %15, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %15, align 32
  %614 = add i64 %185, 31
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat45 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %20, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %585, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %20, align 32
  %620 = load <8 x float>, <8 x float>* %14, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %14, align 32
  %622 = add i64 %185, 39
  %623 = getelementptr inbounds float, float* %2, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat46 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %19, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %585, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %19, align 32
  %628 = load <8 x float>, <8 x float>* %13, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %13, align 32
  %630 = add i64 %185, 47
  %631 = getelementptr inbounds float, float* %2, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat47 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %18, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %585, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %18, align 32
  %636 = load <8 x float>, <8 x float>* %12, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %638 = icmp slt i64 %u51, 32
  br i1 %638, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %639 = mul i64 %u51, 26912
  %640 = add i64 %66, %639
  %641 = mul i64 %u51, 576
  %642 = add i64 %39, %641
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %643 = mul i64 %31, 32
  %644 = add i64 %643, %34
  %645 = add i64 %644, 0
  %646 = mul i64 %645, 56
  %647 = add i64 %646, %28
  %648 = mul i64 %647, 56
  %649 = add i64 %648, 54
  %650 = mul i64 %649, 8
  %651 = load <8 x float>, <8 x float>* %11, align 32
  %652 = fcmp ogt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> %651, <8 x float> zeroinitializer
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = add i64 %648, 55
  %657 = mul i64 %656, 8
  %658 = load <8 x float>, <8 x float>* %10, align 32
  %659 = fcmp ogt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> %658, <8 x float> zeroinitializer
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = mul i64 %31, 32
  %664 = add i64 %663, %34
  %665 = add i64 %664, 1
  %666 = mul i64 %665, 56
  %667 = add i64 %666, %28
  %668 = mul i64 %667, 56
  %669 = add i64 %668, 54
  %670 = mul i64 %669, 8
  %671 = load <8 x float>, <8 x float>* %9, align 32
  %672 = fcmp ogt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> %671, <8 x float> zeroinitializer
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = add i64 %668, 55
  %677 = mul i64 %676, 8
  %678 = load <8 x float>, <8 x float>* %8, align 32
  %679 = fcmp ogt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> %678, <8 x float> zeroinitializer
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %683 = icmp slt i64 %kh55, 3
  br i1 %683, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %684 = mul i64 %kh55, 464
  %685 = add i64 %640, %684
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %686 = icmp slt i64 %kw59, 3
  br i1 %686, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %687 = mul i64 %kw59, 8
  %688 = add i64 %685, %687
  %689 = mul i64 %kh55, 3
  %690 = add i64 %689, %kw59
  %691 = mul i64 %690, 64
  %692 = add i64 %642, %691
  %693 = add i64 %692, 0
  %694 = getelementptr inbounds float, float* %4, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %692, 18432
  %698 = getelementptr inbounds float, float* %4, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %688, 0
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat60 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %11, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %696, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %11, align 32
  %707 = load <8 x float>, <8 x float>* %9, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %700, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %9, align 32
  %709 = add i64 %688, 8
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat61 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %10, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %696, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %10, align 32
  %715 = load <8 x float>, <8 x float>* %8, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %700, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %8, align 32
  %717 = add i64 %692, 8
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %692, 18440
  %722 = getelementptr inbounds float, float* %4, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %688, 1
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat62 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %11, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %720, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %11, align 32
  %731 = load <8 x float>, <8 x float>* %9, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %724, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %9, align 32
  %733 = add i64 %688, 9
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat63 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %10, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %720, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %10, align 32
  %739 = load <8 x float>, <8 x float>* %8, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %724, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %8, align 32
  %741 = add i64 %692, 16
  %742 = getelementptr inbounds float, float* %4, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = add i64 %692, 18448
  %746 = getelementptr inbounds float, float* %4, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = add i64 %688, 2
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat64 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %11, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %744, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %11, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %748, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %688, 10
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat65 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %10, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %744, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %10, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %748, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %692, 24
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %692, 18456
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %688, 3
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat66 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %11, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %11, align 32
  %779 = load <8 x float>, <8 x float>* %9, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %9, align 32
  %781 = add i64 %688, 11
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat67 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %10, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %10, align 32
  %787 = load <8 x float>, <8 x float>* %8, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %8, align 32
  %789 = add i64 %692, 32
  %790 = getelementptr inbounds float, float* %4, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %692, 18464
  %794 = getelementptr inbounds float, float* %4, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = add i64 %688, 4
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat68 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %11, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %792, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %11, align 32
  %803 = load <8 x float>, <8 x float>* %9, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %796, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %9, align 32
  %805 = add i64 %688, 12
  %806 = getelementptr inbounds float, float* %2, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat69 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %10, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %792, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %10, align 32
  %811 = load <8 x float>, <8 x float>* %8, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %796, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %8, align 32
  %813 = add i64 %692, 40
  %814 = getelementptr inbounds float, float* %4, i64 %813
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = add i64 %692, 18472
  %818 = getelementptr inbounds float, float* %4, i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = add i64 %688, 5
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat70 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %11, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %816, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %11, align 32
  %827 = load <8 x float>, <8 x float>* %9, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %820, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %9, align 32
  %829 = add i64 %688, 13
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat71 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %10, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %816, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %10, align 32
  %835 = load <8 x float>, <8 x float>* %8, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %820, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %8, align 32
  %837 = add i64 %692, 48
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %692, 18480
  %842 = getelementptr inbounds float, float* %4, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %688, 6
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat72 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %11, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %840, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %11, align 32
  %851 = load <8 x float>, <8 x float>* %9, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %844, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %9, align 32
  %853 = add i64 %688, 14
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat73 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %10, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %840, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %10, align 32
  %859 = load <8 x float>, <8 x float>* %8, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %844, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %8, align 32
  %861 = add i64 %692, 56
  %862 = getelementptr inbounds float, float* %4, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = add i64 %692, 18488
  %866 = getelementptr inbounds float, float* %4, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %688, 7
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %11, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %864, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %11, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %868, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %688, 15
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %10, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %864, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %10, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %868, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node7.conv2d_6.step1(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node7.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 28
  %9 = srem i64 %task, 28
  %10 = mul i64 %8, 25088
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 28
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 224
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 56
  %22 = select i1 %21, i64 %20, i64 56
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 56
  %25 = select i1 %24, i64 %23, i64 56
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 28
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 56
  %34 = select i1 %33, i64 %32, i64 56
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 56
  %37 = select i1 %36, i64 %35, i64 56
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
  %45 = mul i64 %r, 56
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
define internal void @node9.maxPool2d_3.step0(i8* %0) #3 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node9.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 30
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 30
  %10 = mul i64 %task, 240
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 28
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 28
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 232
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 960, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node10.conv2d_8.step0(i8* %0) #3 {
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
  %19 = add i64 960, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 960
  %23 = select i1 %22, i64 %21, i64 960
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 960
  %26 = select i1 %25, i64 %24, i64 960
  call void @node10.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_8.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 28
  %30 = sdiv i64 %task, 28
  %31 = srem i64 %30, 32
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 64
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 32
  %40 = mul i64 %34, 32
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 7200
  %43 = mul i64 %38, 18432
  %44 = mul i64 %32, 240
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %45 = icmp slt i64 %x, 24
  br i1 %45, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %46 = add i64 %38, 0
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %5, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  store <8 x float> %50, <8 x float>* %27, align 32
  store <8 x float> %50, <8 x float>* %26, align 32
  store <8 x float> %50, <8 x float>* %25, align 32
  store <8 x float> %50, <8 x float>* %24, align 32
  store <8 x float> %50, <8 x float>* %23, align 32
  store <8 x float> %50, <8 x float>* %22, align 32
  %51 = add i64 %38, 1
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* %5, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %21, align 32
  store <8 x float> %55, <8 x float>* %20, align 32
  store <8 x float> %55, <8 x float>* %19, align 32
  store <8 x float> %55, <8 x float>* %18, align 32
  store <8 x float> %55, <8 x float>* %17, align 32
  store <8 x float> %55, <8 x float>* %16, align 32
  %56 = mul i64 %x, 8
  %57 = add i64 %44, %56
  %58 = add i64 %42, %57
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %38, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* %5, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %15, align 32
  store <8 x float> %63, <8 x float>* %14, align 32
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %38, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* %5, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  store <8 x float> %68, <8 x float>* %9, align 32
  store <8 x float> %68, <8 x float>* %8, align 32
  %69 = add i64 %44, 192
  %70 = add i64 %42, %69
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %71 = icmp slt i64 %u, 32
  br i1 %71, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %72 = mul i64 %u, 7200
  %73 = add i64 %58, %72
  %74 = mul i64 %u, 576
  %75 = add i64 %43, %74
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %76 = mul i64 %35, 64
  %77 = add i64 %76, %38
  %78 = add i64 %77, 0
  %79 = mul i64 %78, 28
  %80 = add i64 %79, %32
  %81 = mul i64 %80, 28
  %82 = add i64 %x, 0
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 8
  %85 = load <8 x float>, <8 x float>* %27, align 32
  %86 = fcmp ogt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> %85, <8 x float> zeroinitializer
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %x, 1
  %91 = add i64 %81, %90
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %26, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 2
  %99 = add i64 %81, %98
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %25, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 3
  %107 = add i64 %81, %106
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %24, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %x, 4
  %115 = add i64 %81, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %23, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 5
  %123 = add i64 %81, %122
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = mul i64 %35, 64
  %131 = add i64 %130, %38
  %132 = add i64 %131, 1
  %133 = mul i64 %132, 28
  %134 = add i64 %133, %32
  %135 = mul i64 %134, 28
  %136 = add i64 %x, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 1
  %145 = add i64 %135, %144
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %20, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 2
  %153 = add i64 %135, %152
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %19, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 3
  %161 = add i64 %135, %160
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %18, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 4
  %169 = add i64 %135, %168
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %17, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 5
  %177 = add i64 %135, %176
  %178 = mul i64 %177, 8
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = getelementptr inbounds float, float* %0, i64 %178
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %184 = icmp slt i64 %kh, 3
  br i1 %184, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %185 = mul i64 %kh, 240
  %186 = add i64 %73, %185
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %187 = icmp slt i64 %kw, 3
  br i1 %187, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %188 = mul i64 %kw, 8
  %189 = add i64 %186, %188
  %190 = mul i64 %kh, 3
  %191 = add i64 %190, %kw
  %192 = mul i64 %191, 64
  %193 = add i64 %75, %192
  %194 = add i64 %193, 0
  %195 = getelementptr inbounds float, float* %4, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %193, 18432
  %199 = getelementptr inbounds float, float* %4, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = add i64 %189, 0
  %203 = getelementptr inbounds float, float* %2, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %27, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %197, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %27, align 32
  %208 = load <8 x float>, <8 x float>* %21, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %201, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %21, align 32
  %210 = add i64 %189, 8
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat1 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %26, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %197, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %26, align 32
  %216 = load <8 x float>, <8 x float>* %20, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %201, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %20, align 32
  %218 = add i64 %189, 16
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = load float, float* %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %splat2 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %222 = load <8 x float>, <8 x float>* %25, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %197, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %25, align 32
  %224 = load <8 x float>, <8 x float>* %19, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %201, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %19, align 32
  %226 = add i64 %189, 24
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat3 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %24, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %197, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %24, align 32
  %232 = load <8 x float>, <8 x float>* %18, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %201, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %18, align 32
  %234 = add i64 %189, 32
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat4 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %23, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %197, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %23, align 32
  %240 = load <8 x float>, <8 x float>* %17, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %201, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %17, align 32
  %242 = add i64 %189, 40
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat5 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %22, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %197, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %22, align 32
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %201, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = add i64 %193, 8
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %193, 18440
  %255 = getelementptr inbounds float, float* %4, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = add i64 %189, 1
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat6 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %27, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %27, align 32
  %264 = load <8 x float>, <8 x float>* %21, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %257, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %21, align 32
  %266 = add i64 %189, 9
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat7 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %26, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %26, align 32
  %272 = load <8 x float>, <8 x float>* %20, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %257, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %20, align 32
  %274 = add i64 %189, 17
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat8 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %25, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %25, align 32
  %280 = load <8 x float>, <8 x float>* %19, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %257, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %19, align 32
  %282 = add i64 %189, 25
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat9 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %24, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %24, align 32
  %288 = load <8 x float>, <8 x float>* %18, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %257, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %18, align 32
  %290 = add i64 %189, 33
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat10 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %257, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %189, 41
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat11 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %22, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %22, align 32
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %257, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %16, align 32
  %306 = add i64 %193, 16
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %193, 18448
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %189, 2
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat12 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %27, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %27, align 32
  %320 = load <8 x float>, <8 x float>* %21, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %21, align 32
  %322 = add i64 %189, 10
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat13 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %26, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %26, align 32
  %328 = load <8 x float>, <8 x float>* %20, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %20, align 32
  %330 = add i64 %189, 18
  %331 = getelementptr inbounds float, float* %2, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat14 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %25, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %25, align 32
  %336 = load <8 x float>, <8 x float>* %19, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %19, align 32
  %338 = add i64 %189, 26
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat15 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %24, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %24, align 32
  %344 = load <8 x float>, <8 x float>* %18, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %18, align 32
  %346 = add i64 %189, 34
  %347 = getelementptr inbounds float, float* %2, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat16 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %23, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %23, align 32
  %352 = load <8 x float>, <8 x float>* %17, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %17, align 32
  %354 = add i64 %189, 42
  %355 = getelementptr inbounds float, float* %2, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat17 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %22, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %22, align 32
  %360 = load <8 x float>, <8 x float>* %16, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %16, align 32
  %362 = add i64 %193, 24
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %193, 18456
  %367 = getelementptr inbounds float, float* %4, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %189, 3
  %371 = getelementptr inbounds float, float* %2, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat18 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %27, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %27, align 32
  %376 = load <8 x float>, <8 x float>* %21, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %369, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %21, align 32
  %378 = add i64 %189, 11
  %379 = getelementptr inbounds float, float* %2, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat19 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %26, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %26, align 32
  %384 = load <8 x float>, <8 x float>* %20, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %369, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %20, align 32
  %386 = add i64 %189, 19
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat20 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %25, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %25, align 32
  %392 = load <8 x float>, <8 x float>* %19, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %369, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %19, align 32
  %394 = add i64 %189, 27
  %395 = getelementptr inbounds float, float* %2, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat21 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %24, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %24, align 32
  %400 = load <8 x float>, <8 x float>* %18, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %369, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %18, align 32
  %402 = add i64 %189, 35
  %403 = getelementptr inbounds float, float* %2, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat22 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %23, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %23, align 32
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %369, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = add i64 %189, 43
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat23 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %22, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %22, align 32
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %369, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = add i64 %193, 32
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %193, 18464
  %423 = getelementptr inbounds float, float* %4, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %189, 4
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat24 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %27, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %27, align 32
  %432 = load <8 x float>, <8 x float>* %21, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %425, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %21, align 32
  %434 = add i64 %189, 12
  %435 = getelementptr inbounds float, float* %2, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat25 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %26, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %26, align 32
  %440 = load <8 x float>, <8 x float>* %20, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %425, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %20, align 32
  %442 = add i64 %189, 20
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat26 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %25, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %25, align 32
  %448 = load <8 x float>, <8 x float>* %19, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %425, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %19, align 32
  %450 = add i64 %189, 28
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat27 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %24, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %24, align 32
  %456 = load <8 x float>, <8 x float>* %18, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %425, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %18, align 32
  %458 = add i64 %189, 36
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat28 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %23, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %23, align 32
  %464 = load <8 x float>, <8 x float>* %17, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %425, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %17, align 32
  %466 = add i64 %189, 44
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat29 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %22, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %22, align 32
  %472 = load <8 x float>, <8 x float>* %16, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %425, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %16, align 32
  %474 = add i64 %193, 40
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %193, 18472
  %479 = getelementptr inbounds float, float* %4, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %189, 5
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat30 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %27, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %27, align 32
  %488 = load <8 x float>, <8 x float>* %21, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %481, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %21, align 32
  %490 = add i64 %189, 13
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat31 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %26, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %26, align 32
  %496 = load <8 x float>, <8 x float>* %20, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %481, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %20, align 32
  %498 = add i64 %189, 21
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat32 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %25, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %25, align 32
  %504 = load <8 x float>, <8 x float>* %19, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %481, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %19, align 32
  %506 = add i64 %189, 29
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat33 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %24, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %24, align 32
  %512 = load <8 x float>, <8 x float>* %18, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %481, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %18, align 32
  %514 = add i64 %189, 37
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat34 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %23, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %23, align 32
  %520 = load <8 x float>, <8 x float>* %17, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %481, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %17, align 32
  %522 = add i64 %189, 45
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat35 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %22, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %22, align 32
  %528 = load <8 x float>, <8 x float>* %16, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %481, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %16, align 32
  %530 = add i64 %193, 48
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %193, 18480
  %535 = getelementptr inbounds float, float* %4, i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = add i64 %189, 6
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat36 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %27, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %27, align 32
  %544 = load <8 x float>, <8 x float>* %21, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %537, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %21, align 32
  %546 = add i64 %189, 14
  %547 = getelementptr inbounds float, float* %2, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat37 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %26, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %26, align 32
  %552 = load <8 x float>, <8 x float>* %20, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %537, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %20, align 32
  %554 = add i64 %189, 22
  %555 = getelementptr inbounds float, float* %2, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat38 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %25, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %25, align 32
  %560 = load <8 x float>, <8 x float>* %19, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %537, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %19, align 32
  %562 = add i64 %189, 30
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat39 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %24, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %24, align 32
  %568 = load <8 x float>, <8 x float>* %18, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %537, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %18, align 32
  %570 = add i64 %189, 38
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat40 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %23, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %23, align 32
  %576 = load <8 x float>, <8 x float>* %17, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %537, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %17, align 32
  %578 = add i64 %189, 46
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat41 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %22, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %22, align 32
  %584 = load <8 x float>, <8 x float>* %16, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %537, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %16, align 32
  %586 = add i64 %193, 56
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %193, 18488
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %189, 7
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat42 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %27, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %27, align 32
  %600 = load <8 x float>, <8 x float>* %21, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %593, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %21, align 32
  %602 = add i64 %189, 15
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat43 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %26, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %26, align 32
  %608 = load <8 x float>, <8 x float>* %20, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %593, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %20, align 32
  %610 = add i64 %189, 23
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat44 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %25, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %25, align 32
  %616 = load <8 x float>, <8 x float>* %19, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %19, align 32
  %618 = add i64 %189, 31
  %619 = getelementptr inbounds float, float* %2, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat45 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %24, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %24, align 32
  %624 = load <8 x float>, <8 x float>* %18, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %593, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %18, align 32
  %626 = add i64 %189, 39
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat46 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %23, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %23, align 32
  %632 = load <8 x float>, <8 x float>* %17, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %593, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %17, align 32
  %634 = add i64 %189, 47
  %635 = getelementptr inbounds float, float* %2, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat47 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %22, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %22, align 32
  %640 = load <8 x float>, <8 x float>* %16, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %593, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %642 = icmp slt i64 %u51, 32
  br i1 %642, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %643 = mul i64 %u51, 7200
  %644 = add i64 %70, %643
  %645 = mul i64 %u51, 576
  %646 = add i64 %43, %645
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %647 = mul i64 %35, 64
  %648 = add i64 %647, %38
  %649 = add i64 %648, 0
  %650 = mul i64 %649, 28
  %651 = add i64 %650, %32
  %652 = mul i64 %651, 28
  %653 = add i64 %652, 24
  %654 = mul i64 %653, 8
  %655 = load <8 x float>, <8 x float>* %15, align 32
  %656 = fcmp ogt <8 x float> %655, zeroinitializer
  %657 = select <8 x i1> %656, <8 x float> %655, <8 x float> zeroinitializer
  %658 = getelementptr inbounds float, float* %0, i64 %654
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %657, <8 x float>* %659, align 4
  %660 = add i64 %652, 25
  %661 = mul i64 %660, 8
  %662 = load <8 x float>, <8 x float>* %14, align 32
  %663 = fcmp ogt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> %662, <8 x float> zeroinitializer
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = add i64 %652, 26
  %668 = mul i64 %667, 8
  %669 = load <8 x float>, <8 x float>* %13, align 32
  %670 = fcmp ogt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> %669, <8 x float> zeroinitializer
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %652, 27
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %12, align 32
  %677 = fcmp ogt <8 x float> %676, zeroinitializer
  %678 = select <8 x i1> %677, <8 x float> %676, <8 x float> zeroinitializer
  %679 = getelementptr inbounds float, float* %0, i64 %675
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %681 = mul i64 %35, 64
  %682 = add i64 %681, %38
  %683 = add i64 %682, 1
  %684 = mul i64 %683, 28
  %685 = add i64 %684, %32
  %686 = mul i64 %685, 28
  %687 = add i64 %686, 24
  %688 = mul i64 %687, 8
  %689 = load <8 x float>, <8 x float>* %11, align 32
  %690 = fcmp ogt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> %689, <8 x float> zeroinitializer
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %686, 25
  %695 = mul i64 %694, 8
  %696 = load <8 x float>, <8 x float>* %10, align 32
  %697 = fcmp ogt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> %696, <8 x float> zeroinitializer
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %686, 26
  %702 = mul i64 %701, 8
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = fcmp ogt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> %703, <8 x float> zeroinitializer
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %686, 27
  %709 = mul i64 %708, 8
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = fcmp ogt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> zeroinitializer
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %715 = icmp slt i64 %kh55, 3
  br i1 %715, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %716 = mul i64 %kh55, 240
  %717 = add i64 %644, %716
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %718 = icmp slt i64 %kw59, 3
  br i1 %718, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %719 = mul i64 %kw59, 8
  %720 = add i64 %717, %719
  %721 = mul i64 %kh55, 3
  %722 = add i64 %721, %kw59
  %723 = mul i64 %722, 64
  %724 = add i64 %646, %723
  %725 = add i64 %724, 0
  %726 = getelementptr inbounds float, float* %4, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %724, 18432
  %730 = getelementptr inbounds float, float* %4, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %720, 0
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat60 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %15, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %728, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %15, align 32
  %739 = load <8 x float>, <8 x float>* %11, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %732, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %11, align 32
  %741 = add i64 %720, 8
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat61 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %14, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %728, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %14, align 32
  %747 = load <8 x float>, <8 x float>* %10, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %732, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %10, align 32
  %749 = add i64 %720, 16
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat62 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %13, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %728, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %13, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %732, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %720, 24
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat63 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %12, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %728, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %12, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %732, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %724, 8
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %724, 18440
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %720, 1
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat64 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %15, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %15, align 32
  %779 = load <8 x float>, <8 x float>* %11, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %11, align 32
  %781 = add i64 %720, 9
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat65 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %14, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %14, align 32
  %787 = load <8 x float>, <8 x float>* %10, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %10, align 32
  %789 = add i64 %720, 17
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat66 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %13, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %13, align 32
  %795 = load <8 x float>, <8 x float>* %9, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %9, align 32
  %797 = add i64 %720, 25
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat67 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %12, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %12, align 32
  %803 = load <8 x float>, <8 x float>* %8, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %8, align 32
  %805 = add i64 %724, 16
  %806 = getelementptr inbounds float, float* %4, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = add i64 %724, 18448
  %810 = getelementptr inbounds float, float* %4, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = add i64 %720, 2
  %814 = getelementptr inbounds float, float* %2, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat68 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %15, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %808, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %15, align 32
  %819 = load <8 x float>, <8 x float>* %11, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %812, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %11, align 32
  %821 = add i64 %720, 10
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat69 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %14, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %808, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %14, align 32
  %827 = load <8 x float>, <8 x float>* %10, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %812, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %10, align 32
  %829 = add i64 %720, 18
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat70 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %13, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %808, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %13, align 32
  %835 = load <8 x float>, <8 x float>* %9, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %812, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %9, align 32
  %837 = add i64 %720, 26
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat71 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %12, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %808, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %12, align 32
  %843 = load <8 x float>, <8 x float>* %8, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %812, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %8, align 32
  %845 = add i64 %724, 24
  %846 = getelementptr inbounds float, float* %4, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %724, 18456
  %850 = getelementptr inbounds float, float* %4, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = add i64 %720, 3
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat72 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %15, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %848, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %15, align 32
  %859 = load <8 x float>, <8 x float>* %11, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %852, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %11, align 32
  %861 = add i64 %720, 11
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat73 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %14, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %848, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %14, align 32
  %867 = load <8 x float>, <8 x float>* %10, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %852, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %10, align 32
  %869 = add i64 %720, 19
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %13, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %848, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %13, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %852, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %720, 27
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %12, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %848, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %12, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %852, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %885 = add i64 %724, 32
  %886 = getelementptr inbounds float, float* %4, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %724, 18464
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %720, 4
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat76 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %15, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %888, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %15, align 32
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %892, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %720, 12
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat77 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %14, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %888, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %14, align 32
  %907 = load <8 x float>, <8 x float>* %10, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %892, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %10, align 32
  %909 = add i64 %720, 20
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat78 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %13, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %888, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %13, align 32
  %915 = load <8 x float>, <8 x float>* %9, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %892, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %9, align 32
  %917 = add i64 %720, 28
  %918 = getelementptr inbounds float, float* %2, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat79 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %12, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %888, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %12, align 32
  %923 = load <8 x float>, <8 x float>* %8, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %892, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %8, align 32
  %925 = add i64 %724, 40
  %926 = getelementptr inbounds float, float* %4, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %724, 18472
  %930 = getelementptr inbounds float, float* %4, i64 %929
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = add i64 %720, 5
  %934 = getelementptr inbounds float, float* %2, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat80 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %15, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %928, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %15, align 32
  %939 = load <8 x float>, <8 x float>* %11, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %932, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %11, align 32
  %941 = add i64 %720, 13
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat81 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %14, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %928, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %14, align 32
  %947 = load <8 x float>, <8 x float>* %10, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %932, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %10, align 32
  %949 = add i64 %720, 21
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat82 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %13, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %928, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %13, align 32
  %955 = load <8 x float>, <8 x float>* %9, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %932, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %9, align 32
  %957 = add i64 %720, 29
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat83 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %12, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %928, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %12, align 32
  %963 = load <8 x float>, <8 x float>* %8, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %932, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %8, align 32
  %965 = add i64 %724, 48
  %966 = getelementptr inbounds float, float* %4, i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = add i64 %724, 18480
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %720, 6
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat84 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %15, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %968, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %15, align 32
  %979 = load <8 x float>, <8 x float>* %11, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %972, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %11, align 32
  %981 = add i64 %720, 14
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat85 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %14, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %968, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %14, align 32
  %987 = load <8 x float>, <8 x float>* %10, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %972, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %10, align 32
  %989 = add i64 %720, 22
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat86 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %13, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %968, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %13, align 32
  %995 = load <8 x float>, <8 x float>* %9, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %972, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %9, align 32
  %997 = add i64 %720, 30
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = load float, float* %998, align 4
  %1000 = insertelement <8 x float> undef, float %999, i32 0
  %splat87 = shufflevector <8 x float> %1000, <8 x float> undef, <8 x i32> zeroinitializer
  %1001 = load <8 x float>, <8 x float>* %12, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %968, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %12, align 32
  %1003 = load <8 x float>, <8 x float>* %8, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %972, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %8, align 32
  %1005 = add i64 %724, 56
  %1006 = getelementptr inbounds float, float* %4, i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %724, 18488
  %1010 = getelementptr inbounds float, float* %4, i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %720, 7
  %1014 = getelementptr inbounds float, float* %2, i64 %1013
  %1015 = load float, float* %1014, align 4
  %1016 = insertelement <8 x float> undef, float %1015, i32 0
  %splat88 = shufflevector <8 x float> %1016, <8 x float> undef, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, <8 x float>* %15, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1008, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %15, align 32
  %1019 = load <8 x float>, <8 x float>* %11, align 32
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1012, <8 x float> %1019)
  store <8 x float> %1020, <8 x float>* %11, align 32
  %1021 = add i64 %720, 15
  %1022 = getelementptr inbounds float, float* %2, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat89 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %14, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1008, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %14, align 32
  %1027 = load <8 x float>, <8 x float>* %10, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1012, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %10, align 32
  %1029 = add i64 %720, 23
  %1030 = getelementptr inbounds float, float* %2, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat90 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %13, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1008, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %13, align 32
  %1035 = load <8 x float>, <8 x float>* %9, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1012, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %9, align 32
  %1037 = add i64 %720, 31
  %1038 = getelementptr inbounds float, float* %2, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat91 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %12, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1008, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %12, align 32
  %1043 = load <8 x float>, <8 x float>* %8, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1012, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node10.conv2d_8.step1(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node10.conv2d_8.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 30
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 30
  %10 = mul i64 %task, 240
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 28
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 28
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 232
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 960, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node11.conv2d_9.step0(i8* %0) #3 {
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
  %19 = add i64 1920, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1920
  %23 = select i1 %22, i64 %21, i64 1920
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1920
  %26 = select i1 %25, i64 %24, i64 1920
  call void @node11.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_9.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 28
  %30 = sdiv i64 %task, 28
  %31 = srem i64 %30, 32
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 64
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 64
  %40 = mul i64 %34, 64
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 7200
  %43 = mul i64 %38, 36864
  %44 = mul i64 %32, 240
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %45 = icmp slt i64 %x, 24
  br i1 %45, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %46 = add i64 %38, 0
  %47 = mul i64 %46, 8
  %48 = getelementptr inbounds float, float* %5, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  store <8 x float> %50, <8 x float>* %27, align 32
  store <8 x float> %50, <8 x float>* %26, align 32
  store <8 x float> %50, <8 x float>* %25, align 32
  store <8 x float> %50, <8 x float>* %24, align 32
  store <8 x float> %50, <8 x float>* %23, align 32
  store <8 x float> %50, <8 x float>* %22, align 32
  %51 = add i64 %38, 1
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* %5, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %21, align 32
  store <8 x float> %55, <8 x float>* %20, align 32
  store <8 x float> %55, <8 x float>* %19, align 32
  store <8 x float> %55, <8 x float>* %18, align 32
  store <8 x float> %55, <8 x float>* %17, align 32
  store <8 x float> %55, <8 x float>* %16, align 32
  %56 = mul i64 %x, 8
  %57 = add i64 %44, %56
  %58 = add i64 %42, %57
  br label %u.header

x.exit:                                           ; preds = %x.header
  %59 = add i64 %38, 0
  %60 = mul i64 %59, 8
  %61 = getelementptr inbounds float, float* %5, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  store <8 x float> %63, <8 x float>* %15, align 32
  store <8 x float> %63, <8 x float>* %14, align 32
  store <8 x float> %63, <8 x float>* %13, align 32
  store <8 x float> %63, <8 x float>* %12, align 32
  %64 = add i64 %38, 1
  %65 = mul i64 %64, 8
  %66 = getelementptr inbounds float, float* %5, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  store <8 x float> %68, <8 x float>* %11, align 32
  store <8 x float> %68, <8 x float>* %10, align 32
  store <8 x float> %68, <8 x float>* %9, align 32
  store <8 x float> %68, <8 x float>* %8, align 32
  %69 = add i64 %44, 192
  %70 = add i64 %42, %69
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %71 = icmp slt i64 %u, 64
  br i1 %71, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %72 = mul i64 %u, 7200
  %73 = add i64 %58, %72
  %74 = mul i64 %u, 576
  %75 = add i64 %43, %74
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %76 = mul i64 %35, 64
  %77 = add i64 %76, %38
  %78 = add i64 %77, 0
  %79 = mul i64 %78, 28
  %80 = add i64 %79, %32
  %81 = mul i64 %80, 28
  %82 = add i64 %x, 0
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 8
  %85 = load <8 x float>, <8 x float>* %27, align 32
  %86 = fcmp ogt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> %85, <8 x float> zeroinitializer
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %x, 1
  %91 = add i64 %81, %90
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %26, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 2
  %99 = add i64 %81, %98
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %25, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 3
  %107 = add i64 %81, %106
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %24, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %x, 4
  %115 = add i64 %81, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %23, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 5
  %123 = add i64 %81, %122
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %22, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = mul i64 %35, 64
  %131 = add i64 %130, %38
  %132 = add i64 %131, 1
  %133 = mul i64 %132, 28
  %134 = add i64 %133, %32
  %135 = mul i64 %134, 28
  %136 = add i64 %x, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %21, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 1
  %145 = add i64 %135, %144
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %20, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 2
  %153 = add i64 %135, %152
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %19, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 3
  %161 = add i64 %135, %160
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %18, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 4
  %169 = add i64 %135, %168
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %17, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %x, 5
  %177 = add i64 %135, %176
  %178 = mul i64 %177, 8
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = getelementptr inbounds float, float* %0, i64 %178
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %184 = icmp slt i64 %kh, 3
  br i1 %184, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %185 = mul i64 %kh, 240
  %186 = add i64 %73, %185
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %187 = icmp slt i64 %kw, 3
  br i1 %187, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %188 = mul i64 %kw, 8
  %189 = add i64 %186, %188
  %190 = mul i64 %kh, 3
  %191 = add i64 %190, %kw
  %192 = mul i64 %191, 64
  %193 = add i64 %75, %192
  %194 = add i64 %193, 0
  %195 = getelementptr inbounds float, float* %4, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %193, 36864
  %199 = getelementptr inbounds float, float* %4, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = add i64 %189, 0
  %203 = getelementptr inbounds float, float* %2, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %27, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %197, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %27, align 32
  %208 = load <8 x float>, <8 x float>* %21, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %201, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %21, align 32
  %210 = add i64 %189, 8
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat1 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %26, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %197, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %26, align 32
  %216 = load <8 x float>, <8 x float>* %20, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %201, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %20, align 32
  %218 = add i64 %189, 16
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = load float, float* %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %splat2 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %222 = load <8 x float>, <8 x float>* %25, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %197, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %25, align 32
  %224 = load <8 x float>, <8 x float>* %19, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %201, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %19, align 32
  %226 = add i64 %189, 24
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat3 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %24, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %197, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %24, align 32
  %232 = load <8 x float>, <8 x float>* %18, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %201, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %18, align 32
  %234 = add i64 %189, 32
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat4 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %23, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %197, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %23, align 32
  %240 = load <8 x float>, <8 x float>* %17, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %201, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %17, align 32
  %242 = add i64 %189, 40
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat5 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %22, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %197, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %22, align 32
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %201, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = add i64 %193, 8
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %193, 36872
  %255 = getelementptr inbounds float, float* %4, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = add i64 %189, 1
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat6 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %27, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %253, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %27, align 32
  %264 = load <8 x float>, <8 x float>* %21, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %257, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %21, align 32
  %266 = add i64 %189, 9
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat7 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %26, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %253, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %26, align 32
  %272 = load <8 x float>, <8 x float>* %20, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %257, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %20, align 32
  %274 = add i64 %189, 17
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat8 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %25, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %253, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %25, align 32
  %280 = load <8 x float>, <8 x float>* %19, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %257, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %19, align 32
  %282 = add i64 %189, 25
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat9 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %24, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %253, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %24, align 32
  %288 = load <8 x float>, <8 x float>* %18, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %257, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %18, align 32
  %290 = add i64 %189, 33
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat10 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %23, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %253, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %23, align 32
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %257, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = add i64 %189, 41
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat11 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %22, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %253, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %22, align 32
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %257, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %16, align 32
  %306 = add i64 %193, 16
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %193, 36880
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %189, 2
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat12 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %27, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %27, align 32
  %320 = load <8 x float>, <8 x float>* %21, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %21, align 32
  %322 = add i64 %189, 10
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat13 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %26, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %26, align 32
  %328 = load <8 x float>, <8 x float>* %20, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %20, align 32
  %330 = add i64 %189, 18
  %331 = getelementptr inbounds float, float* %2, i64 %330
  %332 = load float, float* %331, align 4
  %333 = insertelement <8 x float> undef, float %332, i32 0
  %splat14 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %25, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %309, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %25, align 32
  %336 = load <8 x float>, <8 x float>* %19, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %19, align 32
  %338 = add i64 %189, 26
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat15 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %24, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %309, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %24, align 32
  %344 = load <8 x float>, <8 x float>* %18, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %18, align 32
  %346 = add i64 %189, 34
  %347 = getelementptr inbounds float, float* %2, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat16 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %23, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %309, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %23, align 32
  %352 = load <8 x float>, <8 x float>* %17, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %17, align 32
  %354 = add i64 %189, 42
  %355 = getelementptr inbounds float, float* %2, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat17 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %22, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %309, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %22, align 32
  %360 = load <8 x float>, <8 x float>* %16, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %16, align 32
  %362 = add i64 %193, 24
  %363 = getelementptr inbounds float, float* %4, i64 %362
  %364 = bitcast float* %363 to <8 x float>*
  %365 = load <8 x float>, <8 x float>* %364, align 4
  %366 = add i64 %193, 36888
  %367 = getelementptr inbounds float, float* %4, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = add i64 %189, 3
  %371 = getelementptr inbounds float, float* %2, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat18 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %27, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %365, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %27, align 32
  %376 = load <8 x float>, <8 x float>* %21, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %369, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %21, align 32
  %378 = add i64 %189, 11
  %379 = getelementptr inbounds float, float* %2, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat19 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %26, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %365, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %26, align 32
  %384 = load <8 x float>, <8 x float>* %20, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %369, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %20, align 32
  %386 = add i64 %189, 19
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat20 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %25, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %365, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %25, align 32
  %392 = load <8 x float>, <8 x float>* %19, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %369, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %19, align 32
  %394 = add i64 %189, 27
  %395 = getelementptr inbounds float, float* %2, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat21 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %24, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %365, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %24, align 32
  %400 = load <8 x float>, <8 x float>* %18, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %369, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %18, align 32
  %402 = add i64 %189, 35
  %403 = getelementptr inbounds float, float* %2, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat22 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %23, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %365, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %23, align 32
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %369, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = add i64 %189, 43
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat23 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %22, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %365, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %22, align 32
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %369, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = add i64 %193, 32
  %419 = getelementptr inbounds float, float* %4, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %193, 36896
  %423 = getelementptr inbounds float, float* %4, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %189, 4
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat24 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %27, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %421, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %27, align 32
  %432 = load <8 x float>, <8 x float>* %21, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %425, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %21, align 32
  %434 = add i64 %189, 12
  %435 = getelementptr inbounds float, float* %2, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat25 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %26, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %421, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %26, align 32
  %440 = load <8 x float>, <8 x float>* %20, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %425, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %20, align 32
  %442 = add i64 %189, 20
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat26 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %25, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %421, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %25, align 32
  %448 = load <8 x float>, <8 x float>* %19, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %425, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %19, align 32
  %450 = add i64 %189, 28
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat27 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %24, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %421, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %24, align 32
  %456 = load <8 x float>, <8 x float>* %18, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %425, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %18, align 32
  %458 = add i64 %189, 36
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat28 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %23, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %421, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %23, align 32
  %464 = load <8 x float>, <8 x float>* %17, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %425, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %17, align 32
  %466 = add i64 %189, 44
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat29 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %22, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %421, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %22, align 32
  %472 = load <8 x float>, <8 x float>* %16, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %425, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %16, align 32
  %474 = add i64 %193, 40
  %475 = getelementptr inbounds float, float* %4, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = add i64 %193, 36904
  %479 = getelementptr inbounds float, float* %4, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  %481 = load <8 x float>, <8 x float>* %480, align 4
  %482 = add i64 %189, 5
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat30 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %27, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %477, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %27, align 32
  %488 = load <8 x float>, <8 x float>* %21, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %481, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %21, align 32
  %490 = add i64 %189, 13
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = load float, float* %491, align 4
  %493 = insertelement <8 x float> undef, float %492, i32 0
  %splat31 = shufflevector <8 x float> %493, <8 x float> undef, <8 x i32> zeroinitializer
  %494 = load <8 x float>, <8 x float>* %26, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %477, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %26, align 32
  %496 = load <8 x float>, <8 x float>* %20, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %481, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %20, align 32
  %498 = add i64 %189, 21
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat32 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %25, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %477, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %25, align 32
  %504 = load <8 x float>, <8 x float>* %19, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %481, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %19, align 32
  %506 = add i64 %189, 29
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat33 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %24, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %477, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %24, align 32
  %512 = load <8 x float>, <8 x float>* %18, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %481, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %18, align 32
  %514 = add i64 %189, 37
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat34 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %23, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %477, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %23, align 32
  %520 = load <8 x float>, <8 x float>* %17, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %481, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %17, align 32
  %522 = add i64 %189, 45
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat35 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %22, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %477, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %22, align 32
  %528 = load <8 x float>, <8 x float>* %16, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %481, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %16, align 32
  %530 = add i64 %193, 48
  %531 = getelementptr inbounds float, float* %4, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  %533 = load <8 x float>, <8 x float>* %532, align 4
  %534 = add i64 %193, 36912
  %535 = getelementptr inbounds float, float* %4, i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = add i64 %189, 6
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat36 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %27, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %533, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %27, align 32
  %544 = load <8 x float>, <8 x float>* %21, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %537, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %21, align 32
  %546 = add i64 %189, 14
  %547 = getelementptr inbounds float, float* %2, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat37 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %26, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %533, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %26, align 32
  %552 = load <8 x float>, <8 x float>* %20, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %537, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %20, align 32
  %554 = add i64 %189, 22
  %555 = getelementptr inbounds float, float* %2, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat38 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %25, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %533, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %25, align 32
  %560 = load <8 x float>, <8 x float>* %19, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %537, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %19, align 32
  %562 = add i64 %189, 30
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat39 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %24, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %533, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %24, align 32
  %568 = load <8 x float>, <8 x float>* %18, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %537, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %18, align 32
  %570 = add i64 %189, 38
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat40 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %23, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %533, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %23, align 32
  %576 = load <8 x float>, <8 x float>* %17, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %537, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %17, align 32
  %578 = add i64 %189, 46
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat41 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %22, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %533, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %22, align 32
  %584 = load <8 x float>, <8 x float>* %16, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %537, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %16, align 32
  %586 = add i64 %193, 56
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %193, 36920
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %189, 7
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat42 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %27, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %589, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %27, align 32
  %600 = load <8 x float>, <8 x float>* %21, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %593, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %21, align 32
  %602 = add i64 %189, 15
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat43 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %26, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %589, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %26, align 32
  %608 = load <8 x float>, <8 x float>* %20, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %593, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %20, align 32
  %610 = add i64 %189, 23
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat44 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %25, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %589, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %25, align 32
  %616 = load <8 x float>, <8 x float>* %19, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %19, align 32
  %618 = add i64 %189, 31
  %619 = getelementptr inbounds float, float* %2, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat45 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %24, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %589, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %24, align 32
  %624 = load <8 x float>, <8 x float>* %18, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %593, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %18, align 32
  %626 = add i64 %189, 39
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat46 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %23, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %589, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %23, align 32
  %632 = load <8 x float>, <8 x float>* %17, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %593, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %17, align 32
  %634 = add i64 %189, 47
  %635 = getelementptr inbounds float, float* %2, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat47 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %22, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %589, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %22, align 32
  %640 = load <8 x float>, <8 x float>* %16, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %593, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %642 = icmp slt i64 %u51, 64
  br i1 %642, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %643 = mul i64 %u51, 7200
  %644 = add i64 %70, %643
  %645 = mul i64 %u51, 576
  %646 = add i64 %43, %645
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %647 = mul i64 %35, 64
  %648 = add i64 %647, %38
  %649 = add i64 %648, 0
  %650 = mul i64 %649, 28
  %651 = add i64 %650, %32
  %652 = mul i64 %651, 28
  %653 = add i64 %652, 24
  %654 = mul i64 %653, 8
  %655 = load <8 x float>, <8 x float>* %15, align 32
  %656 = fcmp ogt <8 x float> %655, zeroinitializer
  %657 = select <8 x i1> %656, <8 x float> %655, <8 x float> zeroinitializer
  %658 = getelementptr inbounds float, float* %0, i64 %654
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %657, <8 x float>* %659, align 4
  %660 = add i64 %652, 25
  %661 = mul i64 %660, 8
  %662 = load <8 x float>, <8 x float>* %14, align 32
  %663 = fcmp ogt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> %662, <8 x float> zeroinitializer
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = add i64 %652, 26
  %668 = mul i64 %667, 8
  %669 = load <8 x float>, <8 x float>* %13, align 32
  %670 = fcmp ogt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> %669, <8 x float> zeroinitializer
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %652, 27
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %12, align 32
  %677 = fcmp ogt <8 x float> %676, zeroinitializer
  %678 = select <8 x i1> %677, <8 x float> %676, <8 x float> zeroinitializer
  %679 = getelementptr inbounds float, float* %0, i64 %675
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %681 = mul i64 %35, 64
  %682 = add i64 %681, %38
  %683 = add i64 %682, 1
  %684 = mul i64 %683, 28
  %685 = add i64 %684, %32
  %686 = mul i64 %685, 28
  %687 = add i64 %686, 24
  %688 = mul i64 %687, 8
  %689 = load <8 x float>, <8 x float>* %11, align 32
  %690 = fcmp ogt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> %689, <8 x float> zeroinitializer
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %686, 25
  %695 = mul i64 %694, 8
  %696 = load <8 x float>, <8 x float>* %10, align 32
  %697 = fcmp ogt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> %696, <8 x float> zeroinitializer
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %686, 26
  %702 = mul i64 %701, 8
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = fcmp ogt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> %703, <8 x float> zeroinitializer
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %686, 27
  %709 = mul i64 %708, 8
  %710 = load <8 x float>, <8 x float>* %8, align 32
  %711 = fcmp ogt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> zeroinitializer
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %715 = icmp slt i64 %kh55, 3
  br i1 %715, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %716 = mul i64 %kh55, 240
  %717 = add i64 %644, %716
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %718 = icmp slt i64 %kw59, 3
  br i1 %718, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %719 = mul i64 %kw59, 8
  %720 = add i64 %717, %719
  %721 = mul i64 %kh55, 3
  %722 = add i64 %721, %kw59
  %723 = mul i64 %722, 64
  %724 = add i64 %646, %723
  %725 = add i64 %724, 0
  %726 = getelementptr inbounds float, float* %4, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %724, 36864
  %730 = getelementptr inbounds float, float* %4, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %720, 0
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat60 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %15, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %728, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %15, align 32
  %739 = load <8 x float>, <8 x float>* %11, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %732, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %11, align 32
  %741 = add i64 %720, 8
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat61 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %14, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %728, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %14, align 32
  %747 = load <8 x float>, <8 x float>* %10, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %732, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %10, align 32
  %749 = add i64 %720, 16
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = load float, float* %750, align 4
  %752 = insertelement <8 x float> undef, float %751, i32 0
  %splat62 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
  %753 = load <8 x float>, <8 x float>* %13, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %728, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %13, align 32
  %755 = load <8 x float>, <8 x float>* %9, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %732, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %9, align 32
  %757 = add i64 %720, 24
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat63 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %12, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %728, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %12, align 32
  %763 = load <8 x float>, <8 x float>* %8, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %732, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %8, align 32
  %765 = add i64 %724, 8
  %766 = getelementptr inbounds float, float* %4, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %724, 36872
  %770 = getelementptr inbounds float, float* %4, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %720, 1
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat64 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %15, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %768, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %15, align 32
  %779 = load <8 x float>, <8 x float>* %11, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %772, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %11, align 32
  %781 = add i64 %720, 9
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = load float, float* %782, align 4
  %784 = insertelement <8 x float> undef, float %783, i32 0
  %splat65 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
  %785 = load <8 x float>, <8 x float>* %14, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %768, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %14, align 32
  %787 = load <8 x float>, <8 x float>* %10, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %772, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %10, align 32
  %789 = add i64 %720, 17
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = load float, float* %790, align 4
  %792 = insertelement <8 x float> undef, float %791, i32 0
  %splat66 = shufflevector <8 x float> %792, <8 x float> undef, <8 x i32> zeroinitializer
  %793 = load <8 x float>, <8 x float>* %13, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %768, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %13, align 32
  %795 = load <8 x float>, <8 x float>* %9, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %772, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %9, align 32
  %797 = add i64 %720, 25
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat67 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %12, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %768, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %12, align 32
  %803 = load <8 x float>, <8 x float>* %8, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %772, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %8, align 32
  %805 = add i64 %724, 16
  %806 = getelementptr inbounds float, float* %4, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = add i64 %724, 36880
  %810 = getelementptr inbounds float, float* %4, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = add i64 %720, 2
  %814 = getelementptr inbounds float, float* %2, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat68 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %15, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %808, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %15, align 32
  %819 = load <8 x float>, <8 x float>* %11, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %812, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %11, align 32
  %821 = add i64 %720, 10
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat69 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %14, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %808, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %14, align 32
  %827 = load <8 x float>, <8 x float>* %10, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %812, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %10, align 32
  %829 = add i64 %720, 18
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat70 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %13, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %808, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %13, align 32
  %835 = load <8 x float>, <8 x float>* %9, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %812, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %9, align 32
  %837 = add i64 %720, 26
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat71 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %12, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %808, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %12, align 32
  %843 = load <8 x float>, <8 x float>* %8, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %812, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %8, align 32
  %845 = add i64 %724, 24
  %846 = getelementptr inbounds float, float* %4, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %724, 36888
  %850 = getelementptr inbounds float, float* %4, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = add i64 %720, 3
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat72 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %15, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %848, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %15, align 32
  %859 = load <8 x float>, <8 x float>* %11, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %852, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %11, align 32
  %861 = add i64 %720, 11
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = load float, float* %862, align 4
  %864 = insertelement <8 x float> undef, float %863, i32 0
  %splat73 = shufflevector <8 x float> %864, <8 x float> undef, <8 x i32> zeroinitializer
  %865 = load <8 x float>, <8 x float>* %14, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %848, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %14, align 32
  %867 = load <8 x float>, <8 x float>* %10, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %852, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %10, align 32
  %869 = add i64 %720, 19
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat74 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %13, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %848, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %13, align 32
  %875 = load <8 x float>, <8 x float>* %9, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %852, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %9, align 32
  %877 = add i64 %720, 27
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat75 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %12, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %848, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %12, align 32
  %883 = load <8 x float>, <8 x float>* %8, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %852, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %8, align 32
  %885 = add i64 %724, 32
  %886 = getelementptr inbounds float, float* %4, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %724, 36896
  %890 = getelementptr inbounds float, float* %4, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %720, 4
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat76 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %15, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %888, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %15, align 32
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %892, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %720, 12
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = load float, float* %902, align 4
  %904 = insertelement <8 x float> undef, float %903, i32 0
  %splat77 = shufflevector <8 x float> %904, <8 x float> undef, <8 x i32> zeroinitializer
  %905 = load <8 x float>, <8 x float>* %14, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %888, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %14, align 32
  %907 = load <8 x float>, <8 x float>* %10, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %892, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %10, align 32
  %909 = add i64 %720, 20
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat78 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %13, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %888, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %13, align 32
  %915 = load <8 x float>, <8 x float>* %9, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %892, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %9, align 32
  %917 = add i64 %720, 28
  %918 = getelementptr inbounds float, float* %2, i64 %917
  %919 = load float, float* %918, align 4
  %920 = insertelement <8 x float> undef, float %919, i32 0
  %splat79 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
  %921 = load <8 x float>, <8 x float>* %12, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %888, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %12, align 32
  %923 = load <8 x float>, <8 x float>* %8, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %892, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %8, align 32
  %925 = add i64 %724, 40
  %926 = getelementptr inbounds float, float* %4, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %724, 36904
  %930 = getelementptr inbounds float, float* %4, i64 %929
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = add i64 %720, 5
  %934 = getelementptr inbounds float, float* %2, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat80 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %15, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %928, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %15, align 32
  %939 = load <8 x float>, <8 x float>* %11, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %932, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %11, align 32
  %941 = add i64 %720, 13
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = load float, float* %942, align 4
  %944 = insertelement <8 x float> undef, float %943, i32 0
  %splat81 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
  %945 = load <8 x float>, <8 x float>* %14, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %928, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %14, align 32
  %947 = load <8 x float>, <8 x float>* %10, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %932, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %10, align 32
  %949 = add i64 %720, 21
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat82 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %13, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %928, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %13, align 32
  %955 = load <8 x float>, <8 x float>* %9, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %932, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %9, align 32
  %957 = add i64 %720, 29
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = load float, float* %958, align 4
  %960 = insertelement <8 x float> undef, float %959, i32 0
  %splat83 = shufflevector <8 x float> %960, <8 x float> undef, <8 x i32> zeroinitializer
  %961 = load <8 x float>, <8 x float>* %12, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %928, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %12, align 32
  %963 = load <8 x float>, <8 x float>* %8, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %932, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %8, align 32
  %965 = add i64 %724, 48
  %966 = getelementptr inbounds float, float* %4, i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = add i64 %724, 36912
  %970 = getelementptr inbounds float, float* %4, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = add i64 %720, 6
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat84 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %15, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %968, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %15, align 32
  %979 = load <8 x float>, <8 x float>* %11, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %972, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %11, align 32
  %981 = add i64 %720, 14
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = load float, float* %982, align 4
  %984 = insertelement <8 x float> undef, float %983, i32 0
  %splat85 = shufflevector <8 x float> %984, <8 x float> undef, <8 x i32> zeroinitializer
  %985 = load <8 x float>, <8 x float>* %14, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %968, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %14, align 32
  %987 = load <8 x float>, <8 x float>* %10, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %972, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %10, align 32
  %989 = add i64 %720, 22
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat86 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %13, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %968, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %13, align 32
  %995 = load <8 x float>, <8 x float>* %9, align 32
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %972, <8 x float> %995)
  store <8 x float> %996, <8 x float>* %9, align 32
  %997 = add i64 %720, 30
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = load float, float* %998, align 4
  %1000 = insertelement <8 x float> undef, float %999, i32 0
  %splat87 = shufflevector <8 x float> %1000, <8 x float> undef, <8 x i32> zeroinitializer
  %1001 = load <8 x float>, <8 x float>* %12, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %968, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %12, align 32
  %1003 = load <8 x float>, <8 x float>* %8, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %972, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %8, align 32
  %1005 = add i64 %724, 56
  %1006 = getelementptr inbounds float, float* %4, i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %724, 36920
  %1010 = getelementptr inbounds float, float* %4, i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %720, 7
  %1014 = getelementptr inbounds float, float* %2, i64 %1013
  %1015 = load float, float* %1014, align 4
  %1016 = insertelement <8 x float> undef, float %1015, i32 0
  %splat88 = shufflevector <8 x float> %1016, <8 x float> undef, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, <8 x float>* %15, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1008, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %15, align 32
  %1019 = load <8 x float>, <8 x float>* %11, align 32
  %1020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1012, <8 x float> %1019)
  store <8 x float> %1020, <8 x float>* %11, align 32
  %1021 = add i64 %720, 15
  %1022 = getelementptr inbounds float, float* %2, i64 %1021
  %1023 = load float, float* %1022, align 4
  %1024 = insertelement <8 x float> undef, float %1023, i32 0
  %splat89 = shufflevector <8 x float> %1024, <8 x float> undef, <8 x i32> zeroinitializer
  %1025 = load <8 x float>, <8 x float>* %14, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1008, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %14, align 32
  %1027 = load <8 x float>, <8 x float>* %10, align 32
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1012, <8 x float> %1027)
  store <8 x float> %1028, <8 x float>* %10, align 32
  %1029 = add i64 %720, 23
  %1030 = getelementptr inbounds float, float* %2, i64 %1029
  %1031 = load float, float* %1030, align 4
  %1032 = insertelement <8 x float> undef, float %1031, i32 0
  %splat90 = shufflevector <8 x float> %1032, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, <8 x float>* %13, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1008, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %13, align 32
  %1035 = load <8 x float>, <8 x float>* %9, align 32
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1012, <8 x float> %1035)
  store <8 x float> %1036, <8 x float>* %9, align 32
  %1037 = add i64 %720, 31
  %1038 = getelementptr inbounds float, float* %2, i64 %1037
  %1039 = load float, float* %1038, align 4
  %1040 = insertelement <8 x float> undef, float %1039, i32 0
  %splat91 = shufflevector <8 x float> %1040, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, <8 x float>* %12, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1008, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %12, align 32
  %1043 = load <8 x float>, <8 x float>* %8, align 32
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1012, <8 x float> %1043)
  store <8 x float> %1044, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node11.conv2d_9.step1(i8* %0) #3 {
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node11.conv2d_9.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 14
  %9 = srem i64 %task, 14
  %10 = mul i64 %8, 6272
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 14
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 112
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 28
  %22 = select i1 %21, i64 %20, i64 28
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 28
  %25 = select i1 %24, i64 %23, i64 28
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 14
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 28
  %34 = select i1 %33, i64 %32, i64 28
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 28
  %37 = select i1 %36, i64 %35, i64 28
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
  %45 = mul i64 %r, 28
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
define internal void @node13.maxPool2d_4.step0(i8* %0) #3 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node13.maxPool2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 16
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 16
  %10 = mul i64 %task, 128
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 14
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 14
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 112
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 448, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 120
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 512, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node14.conv2d_11.step0(i8* %0) #3 {
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
  %19 = add i64 1024, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1024
  %23 = select i1 %22, i64 %21, i64 1024
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1024
  %26 = select i1 %25, i64 %24, i64 1024
  call void @node14.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_11.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit239, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit239 ]
  %64 = icmp slt i64 %task, %7
  br i1 %64, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %65 = srem i64 %task, 7
  %66 = sdiv i64 %task, 7
  %67 = srem i64 %66, 32
  %68 = mul i64 %65, 2
  %69 = sdiv i64 %task, 224
  %70 = srem i64 %69, 1
  %71 = sdiv i64 %69, 1
  %72 = mul i64 %70, 64
  %73 = mul i64 %67, 2
  %74 = add i64 %72, %73
  %75 = mul i64 %71, 64
  %76 = mul i64 %70, 64
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 2048
  %79 = mul i64 %74, 36864
  %80 = mul i64 %68, 128
  %81 = add i64 %74, 0
  %82 = mul i64 %81, 8
  %83 = getelementptr inbounds float, float* %5, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  store <8 x float> %85, <8 x float>* %63, align 32
  store <8 x float> %85, <8 x float>* %62, align 32
  store <8 x float> %85, <8 x float>* %61, align 32
  store <8 x float> %85, <8 x float>* %60, align 32
  store <8 x float> %85, <8 x float>* %59, align 32
  store <8 x float> %85, <8 x float>* %58, align 32
  %86 = add i64 %74, 1
  %87 = mul i64 %86, 8
  %88 = getelementptr inbounds float, float* %5, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  store <8 x float> %90, <8 x float>* %57, align 32
  store <8 x float> %90, <8 x float>* %56, align 32
  store <8 x float> %90, <8 x float>* %55, align 32
  store <8 x float> %90, <8 x float>* %54, align 32
  store <8 x float> %90, <8 x float>* %53, align 32
  store <8 x float> %90, <8 x float>* %52, align 32
  %91 = add i64 %80, 0
  %92 = add i64 %78, %91
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %93 = icmp slt i64 %u, 64
  br i1 %93, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %94 = mul i64 %u, 2048
  %95 = add i64 %92, %94
  %96 = mul i64 %u, 576
  %97 = add i64 %79, %96
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %98 = mul i64 %71, 64
  %99 = add i64 %98, %74
  %100 = add i64 %99, 0
  %101 = mul i64 %100, 14
  %102 = add i64 %101, %68
  %103 = mul i64 %102, 14
  %104 = add i64 %103, 0
  %105 = mul i64 %104, 8
  %106 = load <8 x float>, <8 x float>* %63, align 32
  %107 = fcmp ogt <8 x float> %106, zeroinitializer
  %108 = select <8 x i1> %107, <8 x float> %106, <8 x float> zeroinitializer
  %109 = getelementptr inbounds float, float* %0, i64 %105
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %108, <8 x float>* %110, align 4
  %111 = add i64 %103, 1
  %112 = mul i64 %111, 8
  %113 = load <8 x float>, <8 x float>* %62, align 32
  %114 = fcmp ogt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> %113, <8 x float> zeroinitializer
  %116 = getelementptr inbounds float, float* %0, i64 %112
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %115, <8 x float>* %117, align 4
  %118 = add i64 %103, 2
  %119 = mul i64 %118, 8
  %120 = load <8 x float>, <8 x float>* %61, align 32
  %121 = fcmp ogt <8 x float> %120, zeroinitializer
  %122 = select <8 x i1> %121, <8 x float> %120, <8 x float> zeroinitializer
  %123 = getelementptr inbounds float, float* %0, i64 %119
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %122, <8 x float>* %124, align 4
  %125 = add i64 %103, 3
  %126 = mul i64 %125, 8
  %127 = load <8 x float>, <8 x float>* %60, align 32
  %128 = fcmp ogt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> %127, <8 x float> zeroinitializer
  %130 = getelementptr inbounds float, float* %0, i64 %126
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %129, <8 x float>* %131, align 4
  %132 = add i64 %103, 4
  %133 = mul i64 %132, 8
  %134 = load <8 x float>, <8 x float>* %59, align 32
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = getelementptr inbounds float, float* %0, i64 %133
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %103, 5
  %140 = mul i64 %139, 8
  %141 = load <8 x float>, <8 x float>* %58, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = getelementptr inbounds float, float* %0, i64 %140
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = mul i64 %71, 64
  %147 = add i64 %146, %74
  %148 = add i64 %147, 1
  %149 = mul i64 %148, 14
  %150 = add i64 %149, %68
  %151 = mul i64 %150, 14
  %152 = add i64 %151, 0
  %153 = mul i64 %152, 8
  %154 = load <8 x float>, <8 x float>* %57, align 32
  %155 = fcmp ogt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> %154, <8 x float> zeroinitializer
  %157 = getelementptr inbounds float, float* %0, i64 %153
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = add i64 %151, 1
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %56, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = add i64 %151, 2
  %167 = mul i64 %166, 8
  %168 = load <8 x float>, <8 x float>* %55, align 32
  %169 = fcmp ogt <8 x float> %168, zeroinitializer
  %170 = select <8 x i1> %169, <8 x float> %168, <8 x float> zeroinitializer
  %171 = getelementptr inbounds float, float* %0, i64 %167
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %170, <8 x float>* %172, align 4
  %173 = add i64 %151, 3
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %54, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = add i64 %151, 4
  %181 = mul i64 %180, 8
  %182 = load <8 x float>, <8 x float>* %53, align 32
  %183 = fcmp ogt <8 x float> %182, zeroinitializer
  %184 = select <8 x i1> %183, <8 x float> %182, <8 x float> zeroinitializer
  %185 = getelementptr inbounds float, float* %0, i64 %181
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %184, <8 x float>* %186, align 4
  %187 = add i64 %151, 5
  %188 = mul i64 %187, 8
  %189 = load <8 x float>, <8 x float>* %52, align 32
  %190 = fcmp ogt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> %189, <8 x float> zeroinitializer
  %192 = getelementptr inbounds float, float* %0, i64 %188
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = add i64 %74, 0
  %195 = mul i64 %194, 8
  %196 = getelementptr inbounds float, float* %5, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  store <8 x float> %198, <8 x float>* %51, align 32
  store <8 x float> %198, <8 x float>* %50, align 32
  store <8 x float> %198, <8 x float>* %49, align 32
  store <8 x float> %198, <8 x float>* %48, align 32
  store <8 x float> %198, <8 x float>* %47, align 32
  store <8 x float> %198, <8 x float>* %46, align 32
  %199 = add i64 %74, 1
  %200 = mul i64 %199, 8
  %201 = getelementptr inbounds float, float* %5, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  store <8 x float> %203, <8 x float>* %45, align 32
  store <8 x float> %203, <8 x float>* %44, align 32
  store <8 x float> %203, <8 x float>* %43, align 32
  store <8 x float> %203, <8 x float>* %42, align 32
  store <8 x float> %203, <8 x float>* %41, align 32
  store <8 x float> %203, <8 x float>* %40, align 32
  %204 = add i64 %80, 0
  %205 = add i64 %78, %204
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %206 = icmp slt i64 %kh, 3
  br i1 %206, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %207 = mul i64 %kh, 128
  %208 = add i64 %95, %207
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %209 = icmp slt i64 %kw, 3
  br i1 %209, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %210 = mul i64 %kw, 8
  %211 = add i64 %208, %210
  %212 = mul i64 %kh, 3
  %213 = add i64 %212, %kw
  %214 = mul i64 %213, 64
  %215 = add i64 %97, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %4, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = add i64 %215, 36864
  %221 = getelementptr inbounds float, float* %4, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = add i64 %211, 0
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = load float, float* %225, align 4
  %227 = insertelement <8 x float> undef, float %226, i32 0
  %splat = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = load <8 x float>, <8 x float>* %63, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %219, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %63, align 32
  %230 = load <8 x float>, <8 x float>* %57, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %223, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %57, align 32
  %232 = add i64 %211, 8
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat1 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %62, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %219, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %62, align 32
  %238 = load <8 x float>, <8 x float>* %56, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %223, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %56, align 32
  %240 = add i64 %211, 16
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat2 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %61, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %219, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %61, align 32
  %246 = load <8 x float>, <8 x float>* %55, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %223, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %55, align 32
  %248 = add i64 %211, 24
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = load float, float* %249, align 4
  %251 = insertelement <8 x float> undef, float %250, i32 0
  %splat3 = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = load <8 x float>, <8 x float>* %60, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %219, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %60, align 32
  %254 = load <8 x float>, <8 x float>* %54, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %223, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %54, align 32
  %256 = add i64 %211, 32
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat4 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %59, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %219, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %59, align 32
  %262 = load <8 x float>, <8 x float>* %53, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %223, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %53, align 32
  %264 = add i64 %211, 40
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat5 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %58, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %219, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %58, align 32
  %270 = load <8 x float>, <8 x float>* %52, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %223, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %52, align 32
  %272 = add i64 %215, 8
  %273 = getelementptr inbounds float, float* %4, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = add i64 %215, 36872
  %277 = getelementptr inbounds float, float* %4, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %211, 1
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat6 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %63, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %275, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %63, align 32
  %286 = load <8 x float>, <8 x float>* %57, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %279, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %57, align 32
  %288 = add i64 %211, 9
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat7 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %62, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %275, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %62, align 32
  %294 = load <8 x float>, <8 x float>* %56, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %279, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %56, align 32
  %296 = add i64 %211, 17
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat8 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %61, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %275, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %61, align 32
  %302 = load <8 x float>, <8 x float>* %55, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %279, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %55, align 32
  %304 = add i64 %211, 25
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat9 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %60, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %275, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %60, align 32
  %310 = load <8 x float>, <8 x float>* %54, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %279, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %54, align 32
  %312 = add i64 %211, 33
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat10 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %59, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %275, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %59, align 32
  %318 = load <8 x float>, <8 x float>* %53, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %279, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %53, align 32
  %320 = add i64 %211, 41
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %splat11 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %324 = load <8 x float>, <8 x float>* %58, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %275, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %58, align 32
  %326 = load <8 x float>, <8 x float>* %52, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %279, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %52, align 32
  %328 = add i64 %215, 16
  %329 = getelementptr inbounds float, float* %4, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %215, 36880
  %333 = getelementptr inbounds float, float* %4, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %211, 2
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat12 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %63, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %331, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %63, align 32
  %342 = load <8 x float>, <8 x float>* %57, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %335, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %57, align 32
  %344 = add i64 %211, 10
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat13 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %62, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %331, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %62, align 32
  %350 = load <8 x float>, <8 x float>* %56, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %335, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %56, align 32
  %352 = add i64 %211, 18
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat14 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %61, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %331, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %61, align 32
  %358 = load <8 x float>, <8 x float>* %55, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %335, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %55, align 32
  %360 = add i64 %211, 26
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = load float, float* %361, align 4
  %363 = insertelement <8 x float> undef, float %362, i32 0
  %splat15 = shufflevector <8 x float> %363, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %60, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %331, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %60, align 32
  %366 = load <8 x float>, <8 x float>* %54, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %335, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %54, align 32
  %368 = add i64 %211, 34
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat16 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %59, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %331, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %59, align 32
  %374 = load <8 x float>, <8 x float>* %53, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %335, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %53, align 32
  %376 = add i64 %211, 42
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat17 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %58, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %331, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %58, align 32
  %382 = load <8 x float>, <8 x float>* %52, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %335, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %52, align 32
  %384 = add i64 %215, 24
  %385 = getelementptr inbounds float, float* %4, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %215, 36888
  %389 = getelementptr inbounds float, float* %4, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %211, 3
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat18 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %63, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %387, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %63, align 32
  %398 = load <8 x float>, <8 x float>* %57, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %391, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %57, align 32
  %400 = add i64 %211, 11
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat19 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %62, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %387, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %62, align 32
  %406 = load <8 x float>, <8 x float>* %56, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %391, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %56, align 32
  %408 = add i64 %211, 19
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat20 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %61, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %387, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %61, align 32
  %414 = load <8 x float>, <8 x float>* %55, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %391, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %55, align 32
  %416 = add i64 %211, 27
  %417 = getelementptr inbounds float, float* %2, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat21 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %60, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %387, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %60, align 32
  %422 = load <8 x float>, <8 x float>* %54, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %391, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %54, align 32
  %424 = add i64 %211, 35
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat22 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %59, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %387, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %59, align 32
  %430 = load <8 x float>, <8 x float>* %53, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %391, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %53, align 32
  %432 = add i64 %211, 43
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat23 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %58, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %387, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %58, align 32
  %438 = load <8 x float>, <8 x float>* %52, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %391, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %52, align 32
  %440 = add i64 %215, 32
  %441 = getelementptr inbounds float, float* %4, i64 %440
  %442 = bitcast float* %441 to <8 x float>*
  %443 = load <8 x float>, <8 x float>* %442, align 4
  %444 = add i64 %215, 36896
  %445 = getelementptr inbounds float, float* %4, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = add i64 %211, 4
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat24 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %63, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %443, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %63, align 32
  %454 = load <8 x float>, <8 x float>* %57, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %447, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %57, align 32
  %456 = add i64 %211, 12
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat25 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %62, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %443, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %62, align 32
  %462 = load <8 x float>, <8 x float>* %56, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %447, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %56, align 32
  %464 = add i64 %211, 20
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat26 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %61, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %443, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %61, align 32
  %470 = load <8 x float>, <8 x float>* %55, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %447, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %55, align 32
  %472 = add i64 %211, 28
  %473 = getelementptr inbounds float, float* %2, i64 %472
  %474 = load float, float* %473, align 4
  %475 = insertelement <8 x float> undef, float %474, i32 0
  %splat27 = shufflevector <8 x float> %475, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = load <8 x float>, <8 x float>* %60, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %443, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %60, align 32
  %478 = load <8 x float>, <8 x float>* %54, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %447, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %54, align 32
  %480 = add i64 %211, 36
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat28 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %59, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %443, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %59, align 32
  %486 = load <8 x float>, <8 x float>* %53, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %447, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %53, align 32
  %488 = add i64 %211, 44
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat29 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %58, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %443, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %58, align 32
  %494 = load <8 x float>, <8 x float>* %52, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %447, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %52, align 32
  %496 = add i64 %215, 40
  %497 = getelementptr inbounds float, float* %4, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = add i64 %215, 36904
  %501 = getelementptr inbounds float, float* %4, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %211, 5
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat30 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %63, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %499, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %63, align 32
  %510 = load <8 x float>, <8 x float>* %57, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %503, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %57, align 32
  %512 = add i64 %211, 13
  %513 = getelementptr inbounds float, float* %2, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat31 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %62, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %499, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %62, align 32
  %518 = load <8 x float>, <8 x float>* %56, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %503, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %56, align 32
  %520 = add i64 %211, 21
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat32 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %61, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %499, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %61, align 32
  %526 = load <8 x float>, <8 x float>* %55, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %503, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %55, align 32
  %528 = add i64 %211, 29
  %529 = getelementptr inbounds float, float* %2, i64 %528
  %530 = load float, float* %529, align 4
  %531 = insertelement <8 x float> undef, float %530, i32 0
  %splat33 = shufflevector <8 x float> %531, <8 x float> undef, <8 x i32> zeroinitializer
  %532 = load <8 x float>, <8 x float>* %60, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %499, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %60, align 32
  %534 = load <8 x float>, <8 x float>* %54, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %503, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %54, align 32
  %536 = add i64 %211, 37
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat34 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %59, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %499, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %59, align 32
  %542 = load <8 x float>, <8 x float>* %53, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %503, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %53, align 32
  %544 = add i64 %211, 45
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat35 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %58, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %499, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %58, align 32
  %550 = load <8 x float>, <8 x float>* %52, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %503, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %52, align 32
  %552 = add i64 %215, 48
  %553 = getelementptr inbounds float, float* %4, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = add i64 %215, 36912
  %557 = getelementptr inbounds float, float* %4, i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = add i64 %211, 6
  %561 = getelementptr inbounds float, float* %2, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat36 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %63, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %555, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %63, align 32
  %566 = load <8 x float>, <8 x float>* %57, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %559, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %57, align 32
  %568 = add i64 %211, 14
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat37 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %62, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %555, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %62, align 32
  %574 = load <8 x float>, <8 x float>* %56, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %559, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %56, align 32
  %576 = add i64 %211, 22
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat38 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %61, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %555, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %61, align 32
  %582 = load <8 x float>, <8 x float>* %55, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %559, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %55, align 32
  %584 = add i64 %211, 30
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat39 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %60, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %555, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %60, align 32
  %590 = load <8 x float>, <8 x float>* %54, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %559, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %54, align 32
  %592 = add i64 %211, 38
  %593 = getelementptr inbounds float, float* %2, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat40 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %59, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %555, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %59, align 32
  %598 = load <8 x float>, <8 x float>* %53, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %559, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %53, align 32
  %600 = add i64 %211, 46
  %601 = getelementptr inbounds float, float* %2, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat41 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %58, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %555, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %58, align 32
  %606 = load <8 x float>, <8 x float>* %52, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %559, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %52, align 32
  %608 = add i64 %215, 56
  %609 = getelementptr inbounds float, float* %4, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  %611 = load <8 x float>, <8 x float>* %610, align 4
  %612 = add i64 %215, 36920
  %613 = getelementptr inbounds float, float* %4, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = add i64 %211, 7
  %617 = getelementptr inbounds float, float* %2, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat42 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %63, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %611, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %63, align 32
  %622 = load <8 x float>, <8 x float>* %57, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %615, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %57, align 32
  %624 = add i64 %211, 15
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat43 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %62, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %611, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %62, align 32
  %630 = load <8 x float>, <8 x float>* %56, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %615, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %56, align 32
  %632 = add i64 %211, 23
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat44 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %61, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %611, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %61, align 32
  %638 = load <8 x float>, <8 x float>* %55, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %615, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %55, align 32
  %640 = add i64 %211, 31
  %641 = getelementptr inbounds float, float* %2, i64 %640
  %642 = load float, float* %641, align 4
  %643 = insertelement <8 x float> undef, float %642, i32 0
  %splat45 = shufflevector <8 x float> %643, <8 x float> undef, <8 x i32> zeroinitializer
  %644 = load <8 x float>, <8 x float>* %60, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %611, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %60, align 32
  %646 = load <8 x float>, <8 x float>* %54, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %615, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %54, align 32
  %648 = add i64 %211, 39
  %649 = getelementptr inbounds float, float* %2, i64 %648
  %650 = load float, float* %649, align 4
  %651 = insertelement <8 x float> undef, float %650, i32 0
  %splat46 = shufflevector <8 x float> %651, <8 x float> undef, <8 x i32> zeroinitializer
  %652 = load <8 x float>, <8 x float>* %59, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %611, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %59, align 32
  %654 = load <8 x float>, <8 x float>* %53, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %615, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %53, align 32
  %656 = add i64 %211, 47
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat47 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %58, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %611, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %58, align 32
  %662 = load <8 x float>, <8 x float>* %52, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %615, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %52, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %664 = icmp slt i64 %u51, 64
  br i1 %664, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %665 = mul i64 %u51, 2048
  %666 = add i64 %205, %665
  %667 = mul i64 %u51, 576
  %668 = add i64 %79, %667
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %669 = mul i64 %71, 64
  %670 = add i64 %669, %74
  %671 = add i64 %670, 0
  %672 = mul i64 %671, 14
  %673 = add i64 %672, %68
  %674 = mul i64 %673, 14
  %675 = add i64 %674, 6
  %676 = mul i64 %675, 8
  %677 = load <8 x float>, <8 x float>* %51, align 32
  %678 = fcmp ogt <8 x float> %677, zeroinitializer
  %679 = select <8 x i1> %678, <8 x float> %677, <8 x float> zeroinitializer
  %680 = getelementptr inbounds float, float* %0, i64 %676
  %681 = bitcast float* %680 to <8 x float>*
  store <8 x float> %679, <8 x float>* %681, align 4
  %682 = add i64 %674, 7
  %683 = mul i64 %682, 8
  %684 = load <8 x float>, <8 x float>* %50, align 32
  %685 = fcmp ogt <8 x float> %684, zeroinitializer
  %686 = select <8 x i1> %685, <8 x float> %684, <8 x float> zeroinitializer
  %687 = getelementptr inbounds float, float* %0, i64 %683
  %688 = bitcast float* %687 to <8 x float>*
  store <8 x float> %686, <8 x float>* %688, align 4
  %689 = add i64 %674, 8
  %690 = mul i64 %689, 8
  %691 = load <8 x float>, <8 x float>* %49, align 32
  %692 = fcmp ogt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> %691, <8 x float> zeroinitializer
  %694 = getelementptr inbounds float, float* %0, i64 %690
  %695 = bitcast float* %694 to <8 x float>*
  store <8 x float> %693, <8 x float>* %695, align 4
  %696 = add i64 %674, 9
  %697 = mul i64 %696, 8
  %698 = load <8 x float>, <8 x float>* %48, align 32
  %699 = fcmp ogt <8 x float> %698, zeroinitializer
  %700 = select <8 x i1> %699, <8 x float> %698, <8 x float> zeroinitializer
  %701 = getelementptr inbounds float, float* %0, i64 %697
  %702 = bitcast float* %701 to <8 x float>*
  store <8 x float> %700, <8 x float>* %702, align 4
  %703 = add i64 %674, 10
  %704 = mul i64 %703, 8
  %705 = load <8 x float>, <8 x float>* %47, align 32
  %706 = fcmp ogt <8 x float> %705, zeroinitializer
  %707 = select <8 x i1> %706, <8 x float> %705, <8 x float> zeroinitializer
  %708 = getelementptr inbounds float, float* %0, i64 %704
  %709 = bitcast float* %708 to <8 x float>*
  store <8 x float> %707, <8 x float>* %709, align 4
  %710 = add i64 %674, 11
  %711 = mul i64 %710, 8
  %712 = load <8 x float>, <8 x float>* %46, align 32
  %713 = fcmp ogt <8 x float> %712, zeroinitializer
  %714 = select <8 x i1> %713, <8 x float> %712, <8 x float> zeroinitializer
  %715 = getelementptr inbounds float, float* %0, i64 %711
  %716 = bitcast float* %715 to <8 x float>*
  store <8 x float> %714, <8 x float>* %716, align 4
  %717 = mul i64 %71, 64
  %718 = add i64 %717, %74
  %719 = add i64 %718, 1
  %720 = mul i64 %719, 14
  %721 = add i64 %720, %68
  %722 = mul i64 %721, 14
  %723 = add i64 %722, 6
  %724 = mul i64 %723, 8
  %725 = load <8 x float>, <8 x float>* %45, align 32
  %726 = fcmp ogt <8 x float> %725, zeroinitializer
  %727 = select <8 x i1> %726, <8 x float> %725, <8 x float> zeroinitializer
  %728 = getelementptr inbounds float, float* %0, i64 %724
  %729 = bitcast float* %728 to <8 x float>*
  store <8 x float> %727, <8 x float>* %729, align 4
  %730 = add i64 %722, 7
  %731 = mul i64 %730, 8
  %732 = load <8 x float>, <8 x float>* %44, align 32
  %733 = fcmp ogt <8 x float> %732, zeroinitializer
  %734 = select <8 x i1> %733, <8 x float> %732, <8 x float> zeroinitializer
  %735 = getelementptr inbounds float, float* %0, i64 %731
  %736 = bitcast float* %735 to <8 x float>*
  store <8 x float> %734, <8 x float>* %736, align 4
  %737 = add i64 %722, 8
  %738 = mul i64 %737, 8
  %739 = load <8 x float>, <8 x float>* %43, align 32
  %740 = fcmp ogt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> %739, <8 x float> zeroinitializer
  %742 = getelementptr inbounds float, float* %0, i64 %738
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = add i64 %722, 9
  %745 = mul i64 %744, 8
  %746 = load <8 x float>, <8 x float>* %42, align 32
  %747 = fcmp ogt <8 x float> %746, zeroinitializer
  %748 = select <8 x i1> %747, <8 x float> %746, <8 x float> zeroinitializer
  %749 = getelementptr inbounds float, float* %0, i64 %745
  %750 = bitcast float* %749 to <8 x float>*
  store <8 x float> %748, <8 x float>* %750, align 4
  %751 = add i64 %722, 10
  %752 = mul i64 %751, 8
  %753 = load <8 x float>, <8 x float>* %41, align 32
  %754 = fcmp ogt <8 x float> %753, zeroinitializer
  %755 = select <8 x i1> %754, <8 x float> %753, <8 x float> zeroinitializer
  %756 = getelementptr inbounds float, float* %0, i64 %752
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %755, <8 x float>* %757, align 4
  %758 = add i64 %722, 11
  %759 = mul i64 %758, 8
  %760 = load <8 x float>, <8 x float>* %40, align 32
  %761 = fcmp ogt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> %760, <8 x float> zeroinitializer
  %763 = getelementptr inbounds float, float* %0, i64 %759
  %764 = bitcast float* %763 to <8 x float>*
  store <8 x float> %762, <8 x float>* %764, align 4
  %765 = add i64 %74, 0
  %766 = mul i64 %765, 8
  %767 = getelementptr inbounds float, float* %5, i64 %766
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  store <8 x float> %769, <8 x float>* %39, align 32
  store <8 x float> %769, <8 x float>* %38, align 32
  store <8 x float> %769, <8 x float>* %37, align 32
  store <8 x float> %769, <8 x float>* %36, align 32
  store <8 x float> %769, <8 x float>* %35, align 32
  store <8 x float> %769, <8 x float>* %34, align 32
  %770 = add i64 %74, 1
  %771 = mul i64 %770, 8
  %772 = getelementptr inbounds float, float* %5, i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  store <8 x float> %774, <8 x float>* %33, align 32
  store <8 x float> %774, <8 x float>* %32, align 32
  store <8 x float> %774, <8 x float>* %31, align 32
  store <8 x float> %774, <8 x float>* %30, align 32
  store <8 x float> %774, <8 x float>* %29, align 32
  store <8 x float> %774, <8 x float>* %28, align 32
  %775 = add i64 %80, 0
  %776 = add i64 %78, %775
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %777 = icmp slt i64 %kh55, 3
  br i1 %777, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %778 = mul i64 %kh55, 128
  %779 = add i64 %666, %778
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %780 = icmp slt i64 %kw59, 3
  br i1 %780, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %781 = mul i64 %kw59, 8
  %782 = add i64 %779, %781
  %783 = mul i64 %kh55, 3
  %784 = add i64 %783, %kw59
  %785 = mul i64 %784, 64
  %786 = add i64 %668, %785
  %787 = add i64 %786, 0
  %788 = getelementptr inbounds float, float* %4, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %786, 36864
  %792 = getelementptr inbounds float, float* %4, i64 %791
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = add i64 %782, 48
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat60 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %51, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %790, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %51, align 32
  %801 = load <8 x float>, <8 x float>* %45, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %794, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %45, align 32
  %803 = add i64 %782, 56
  %804 = getelementptr inbounds float, float* %2, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat61 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %50, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %790, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %50, align 32
  %809 = load <8 x float>, <8 x float>* %44, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %794, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %44, align 32
  %811 = add i64 %782, 64
  %812 = getelementptr inbounds float, float* %2, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat62 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %49, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %790, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %49, align 32
  %817 = load <8 x float>, <8 x float>* %43, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %794, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %43, align 32
  %819 = add i64 %782, 72
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat63 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %48, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %790, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %48, align 32
  %825 = load <8 x float>, <8 x float>* %42, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %794, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %42, align 32
  %827 = add i64 %782, 80
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat64 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %47, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %790, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %47, align 32
  %833 = load <8 x float>, <8 x float>* %41, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %794, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %41, align 32
  %835 = add i64 %782, 88
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat65 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %46, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %790, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %46, align 32
  %841 = load <8 x float>, <8 x float>* %40, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %794, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %40, align 32
  %843 = add i64 %786, 8
  %844 = getelementptr inbounds float, float* %4, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %786, 36872
  %848 = getelementptr inbounds float, float* %4, i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %782, 49
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat66 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %51, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %846, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %51, align 32
  %857 = load <8 x float>, <8 x float>* %45, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %850, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %45, align 32
  %859 = add i64 %782, 57
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat67 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %50, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %846, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %50, align 32
  %865 = load <8 x float>, <8 x float>* %44, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %850, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %44, align 32
  %867 = add i64 %782, 65
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat68 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %49, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %846, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %49, align 32
  %873 = load <8 x float>, <8 x float>* %43, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %850, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %43, align 32
  %875 = add i64 %782, 73
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat69 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %48, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %846, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %48, align 32
  %881 = load <8 x float>, <8 x float>* %42, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %850, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %42, align 32
  %883 = add i64 %782, 81
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat70 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %47, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %846, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %47, align 32
  %889 = load <8 x float>, <8 x float>* %41, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %850, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %41, align 32
  %891 = add i64 %782, 89
  %892 = getelementptr inbounds float, float* %2, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat71 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %46, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %846, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %46, align 32
  %897 = load <8 x float>, <8 x float>* %40, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %850, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %40, align 32
  %899 = add i64 %786, 16
  %900 = getelementptr inbounds float, float* %4, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %786, 36880
  %904 = getelementptr inbounds float, float* %4, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %782, 50
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat72 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %51, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %902, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %51, align 32
  %913 = load <8 x float>, <8 x float>* %45, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %906, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %45, align 32
  %915 = add i64 %782, 58
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat73 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %50, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %902, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %50, align 32
  %921 = load <8 x float>, <8 x float>* %44, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %906, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %44, align 32
  %923 = add i64 %782, 66
  %924 = getelementptr inbounds float, float* %2, i64 %923
  %925 = load float, float* %924, align 4
  %926 = insertelement <8 x float> undef, float %925, i32 0
  %splat74 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
  %927 = load <8 x float>, <8 x float>* %49, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %902, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %49, align 32
  %929 = load <8 x float>, <8 x float>* %43, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %906, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %43, align 32
  %931 = add i64 %782, 74
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat75 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %48, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %902, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %48, align 32
  %937 = load <8 x float>, <8 x float>* %42, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %906, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %42, align 32
  %939 = add i64 %782, 82
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat76 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %47, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %902, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %47, align 32
  %945 = load <8 x float>, <8 x float>* %41, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %906, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %41, align 32
  %947 = add i64 %782, 90
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat77 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %46, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %902, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %46, align 32
  %953 = load <8 x float>, <8 x float>* %40, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %906, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %40, align 32
  %955 = add i64 %786, 24
  %956 = getelementptr inbounds float, float* %4, i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = add i64 %786, 36888
  %960 = getelementptr inbounds float, float* %4, i64 %959
  %961 = bitcast float* %960 to <8 x float>*
  %962 = load <8 x float>, <8 x float>* %961, align 4
  %963 = add i64 %782, 51
  %964 = getelementptr inbounds float, float* %2, i64 %963
  %965 = load float, float* %964, align 4
  %966 = insertelement <8 x float> undef, float %965, i32 0
  %splat78 = shufflevector <8 x float> %966, <8 x float> undef, <8 x i32> zeroinitializer
  %967 = load <8 x float>, <8 x float>* %51, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %958, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %51, align 32
  %969 = load <8 x float>, <8 x float>* %45, align 32
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %962, <8 x float> %969)
  store <8 x float> %970, <8 x float>* %45, align 32
  %971 = add i64 %782, 59
  %972 = getelementptr inbounds float, float* %2, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat79 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %50, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %958, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %50, align 32
  %977 = load <8 x float>, <8 x float>* %44, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %962, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %44, align 32
  %979 = add i64 %782, 67
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat80 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %49, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %958, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %49, align 32
  %985 = load <8 x float>, <8 x float>* %43, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %962, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %43, align 32
  %987 = add i64 %782, 75
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = load float, float* %988, align 4
  %990 = insertelement <8 x float> undef, float %989, i32 0
  %splat81 = shufflevector <8 x float> %990, <8 x float> undef, <8 x i32> zeroinitializer
  %991 = load <8 x float>, <8 x float>* %48, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %958, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %48, align 32
  %993 = load <8 x float>, <8 x float>* %42, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %962, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %42, align 32
  %995 = add i64 %782, 83
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat82 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %47, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %958, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %47, align 32
  %1001 = load <8 x float>, <8 x float>* %41, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %962, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %41, align 32
  %1003 = add i64 %782, 91
  %1004 = getelementptr inbounds float, float* %2, i64 %1003
  %1005 = load float, float* %1004, align 4
  %1006 = insertelement <8 x float> undef, float %1005, i32 0
  %splat83 = shufflevector <8 x float> %1006, <8 x float> undef, <8 x i32> zeroinitializer
  %1007 = load <8 x float>, <8 x float>* %46, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %958, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %46, align 32
  %1009 = load <8 x float>, <8 x float>* %40, align 32
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %962, <8 x float> %1009)
  store <8 x float> %1010, <8 x float>* %40, align 32
  %1011 = add i64 %786, 32
  %1012 = getelementptr inbounds float, float* %4, i64 %1011
  %1013 = bitcast float* %1012 to <8 x float>*
  %1014 = load <8 x float>, <8 x float>* %1013, align 4
  %1015 = add i64 %786, 36896
  %1016 = getelementptr inbounds float, float* %4, i64 %1015
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = add i64 %782, 52
  %1020 = getelementptr inbounds float, float* %2, i64 %1019
  %1021 = load float, float* %1020, align 4
  %1022 = insertelement <8 x float> undef, float %1021, i32 0
  %splat84 = shufflevector <8 x float> %1022, <8 x float> undef, <8 x i32> zeroinitializer
  %1023 = load <8 x float>, <8 x float>* %51, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1014, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %51, align 32
  %1025 = load <8 x float>, <8 x float>* %45, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1018, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %45, align 32
  %1027 = add i64 %782, 60
  %1028 = getelementptr inbounds float, float* %2, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat85 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %50, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1014, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %50, align 32
  %1033 = load <8 x float>, <8 x float>* %44, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1018, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %44, align 32
  %1035 = add i64 %782, 68
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = load float, float* %1036, align 4
  %1038 = insertelement <8 x float> undef, float %1037, i32 0
  %splat86 = shufflevector <8 x float> %1038, <8 x float> undef, <8 x i32> zeroinitializer
  %1039 = load <8 x float>, <8 x float>* %49, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1014, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %49, align 32
  %1041 = load <8 x float>, <8 x float>* %43, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1018, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %43, align 32
  %1043 = add i64 %782, 76
  %1044 = getelementptr inbounds float, float* %2, i64 %1043
  %1045 = load float, float* %1044, align 4
  %1046 = insertelement <8 x float> undef, float %1045, i32 0
  %splat87 = shufflevector <8 x float> %1046, <8 x float> undef, <8 x i32> zeroinitializer
  %1047 = load <8 x float>, <8 x float>* %48, align 32
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1014, <8 x float> %1047)
  store <8 x float> %1048, <8 x float>* %48, align 32
  %1049 = load <8 x float>, <8 x float>* %42, align 32
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1018, <8 x float> %1049)
  store <8 x float> %1050, <8 x float>* %42, align 32
  %1051 = add i64 %782, 84
  %1052 = getelementptr inbounds float, float* %2, i64 %1051
  %1053 = load float, float* %1052, align 4
  %1054 = insertelement <8 x float> undef, float %1053, i32 0
  %splat88 = shufflevector <8 x float> %1054, <8 x float> undef, <8 x i32> zeroinitializer
  %1055 = load <8 x float>, <8 x float>* %47, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1014, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %47, align 32
  %1057 = load <8 x float>, <8 x float>* %41, align 32
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1018, <8 x float> %1057)
  store <8 x float> %1058, <8 x float>* %41, align 32
  %1059 = add i64 %782, 92
  %1060 = getelementptr inbounds float, float* %2, i64 %1059
  %1061 = load float, float* %1060, align 4
  %1062 = insertelement <8 x float> undef, float %1061, i32 0
  %splat89 = shufflevector <8 x float> %1062, <8 x float> undef, <8 x i32> zeroinitializer
  %1063 = load <8 x float>, <8 x float>* %46, align 32
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1014, <8 x float> %1063)
  store <8 x float> %1064, <8 x float>* %46, align 32
  %1065 = load <8 x float>, <8 x float>* %40, align 32
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1018, <8 x float> %1065)
  store <8 x float> %1066, <8 x float>* %40, align 32
  %1067 = add i64 %786, 40
  %1068 = getelementptr inbounds float, float* %4, i64 %1067
  %1069 = bitcast float* %1068 to <8 x float>*
  %1070 = load <8 x float>, <8 x float>* %1069, align 4
  %1071 = add i64 %786, 36904
  %1072 = getelementptr inbounds float, float* %4, i64 %1071
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = add i64 %782, 53
  %1076 = getelementptr inbounds float, float* %2, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat90 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %51, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1070, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %51, align 32
  %1081 = load <8 x float>, <8 x float>* %45, align 32
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1074, <8 x float> %1081)
  store <8 x float> %1082, <8 x float>* %45, align 32
  %1083 = add i64 %782, 61
  %1084 = getelementptr inbounds float, float* %2, i64 %1083
  %1085 = load float, float* %1084, align 4
  %1086 = insertelement <8 x float> undef, float %1085, i32 0
  %splat91 = shufflevector <8 x float> %1086, <8 x float> undef, <8 x i32> zeroinitializer
  %1087 = load <8 x float>, <8 x float>* %50, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1070, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %50, align 32
  %1089 = load <8 x float>, <8 x float>* %44, align 32
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1074, <8 x float> %1089)
  store <8 x float> %1090, <8 x float>* %44, align 32
  %1091 = add i64 %782, 69
  %1092 = getelementptr inbounds float, float* %2, i64 %1091
  %1093 = load float, float* %1092, align 4
  %1094 = insertelement <8 x float> undef, float %1093, i32 0
  %splat92 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1095 = load <8 x float>, <8 x float>* %49, align 32
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1070, <8 x float> %1095)
  store <8 x float> %1096, <8 x float>* %49, align 32
  %1097 = load <8 x float>, <8 x float>* %43, align 32
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1074, <8 x float> %1097)
  store <8 x float> %1098, <8 x float>* %43, align 32
  %1099 = add i64 %782, 77
  %1100 = getelementptr inbounds float, float* %2, i64 %1099
  %1101 = load float, float* %1100, align 4
  %1102 = insertelement <8 x float> undef, float %1101, i32 0
  %splat93 = shufflevector <8 x float> %1102, <8 x float> undef, <8 x i32> zeroinitializer
  %1103 = load <8 x float>, <8 x float>* %48, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1070, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %48, align 32
  %1105 = load <8 x float>, <8 x float>* %42, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1074, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %42, align 32
  %1107 = add i64 %782, 85
  %1108 = getelementptr inbounds float, float* %2, i64 %1107
  %1109 = load float, float* %1108, align 4
  %1110 = insertelement <8 x float> undef, float %1109, i32 0
  %splat94 = shufflevector <8 x float> %1110, <8 x float> undef, <8 x i32> zeroinitializer
  %1111 = load <8 x float>, <8 x float>* %47, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1070, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %47, align 32
  %1113 = load <8 x float>, <8 x float>* %41, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1074, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %41, align 32
  %1115 = add i64 %782, 93
  %1116 = getelementptr inbounds float, float* %2, i64 %1115
  %1117 = load float, float* %1116, align 4
  %1118 = insertelement <8 x float> undef, float %1117, i32 0
  %splat95 = shufflevector <8 x float> %1118, <8 x float> undef, <8 x i32> zeroinitializer
  %1119 = load <8 x float>, <8 x float>* %46, align 32
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1070, <8 x float> %1119)
  store <8 x float> %1120, <8 x float>* %46, align 32
  %1121 = load <8 x float>, <8 x float>* %40, align 32
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1074, <8 x float> %1121)
  store <8 x float> %1122, <8 x float>* %40, align 32
  %1123 = add i64 %786, 48
  %1124 = getelementptr inbounds float, float* %4, i64 %1123
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = add i64 %786, 36912
  %1128 = getelementptr inbounds float, float* %4, i64 %1127
  %1129 = bitcast float* %1128 to <8 x float>*
  %1130 = load <8 x float>, <8 x float>* %1129, align 4
  %1131 = add i64 %782, 54
  %1132 = getelementptr inbounds float, float* %2, i64 %1131
  %1133 = load float, float* %1132, align 4
  %1134 = insertelement <8 x float> undef, float %1133, i32 0
  %splat96 = shufflevector <8 x float> %1134, <8 x float> undef, <8 x i32> zeroinitializer
  %1135 = load <8 x float>, <8 x float>* %51, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1126, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %51, align 32
  %1137 = load <8 x float>, <8 x float>* %45, align 32
  %1138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1130, <8 x float> %1137)
  store <8 x float> %1138, <8 x float>* %45, align 32
  %1139 = add i64 %782, 62
  %1140 = getelementptr inbounds float, float* %2, i64 %1139
  %1141 = load float, float* %1140, align 4
  %1142 = insertelement <8 x float> undef, float %1141, i32 0
  %splat97 = shufflevector <8 x float> %1142, <8 x float> undef, <8 x i32> zeroinitializer
  %1143 = load <8 x float>, <8 x float>* %50, align 32
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1126, <8 x float> %1143)
  store <8 x float> %1144, <8 x float>* %50, align 32
  %1145 = load <8 x float>, <8 x float>* %44, align 32
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1130, <8 x float> %1145)
  store <8 x float> %1146, <8 x float>* %44, align 32
  %1147 = add i64 %782, 70
  %1148 = getelementptr inbounds float, float* %2, i64 %1147
  %1149 = load float, float* %1148, align 4
  %1150 = insertelement <8 x float> undef, float %1149, i32 0
  %splat98 = shufflevector <8 x float> %1150, <8 x float> undef, <8 x i32> zeroinitializer
  %1151 = load <8 x float>, <8 x float>* %49, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1126, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %49, align 32
  %1153 = load <8 x float>, <8 x float>* %43, align 32
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1130, <8 x float> %1153)
  store <8 x float> %1154, <8 x float>* %43, align 32
  %1155 = add i64 %782, 78
  %1156 = getelementptr inbounds float, float* %2, i64 %1155
  %1157 = load float, float* %1156, align 4
  %1158 = insertelement <8 x float> undef, float %1157, i32 0
  %splat99 = shufflevector <8 x float> %1158, <8 x float> undef, <8 x i32> zeroinitializer
  %1159 = load <8 x float>, <8 x float>* %48, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1126, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %48, align 32
  %1161 = load <8 x float>, <8 x float>* %42, align 32
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1130, <8 x float> %1161)
  store <8 x float> %1162, <8 x float>* %42, align 32
  %1163 = add i64 %782, 86
  %1164 = getelementptr inbounds float, float* %2, i64 %1163
  %1165 = load float, float* %1164, align 4
  %1166 = insertelement <8 x float> undef, float %1165, i32 0
  %splat100 = shufflevector <8 x float> %1166, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, <8 x float>* %47, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1126, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %47, align 32
  %1169 = load <8 x float>, <8 x float>* %41, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1130, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %41, align 32
  %1171 = add i64 %782, 94
  %1172 = getelementptr inbounds float, float* %2, i64 %1171
  %1173 = load float, float* %1172, align 4
  %1174 = insertelement <8 x float> undef, float %1173, i32 0
  %splat101 = shufflevector <8 x float> %1174, <8 x float> undef, <8 x i32> zeroinitializer
  %1175 = load <8 x float>, <8 x float>* %46, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1126, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %46, align 32
  %1177 = load <8 x float>, <8 x float>* %40, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1130, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %40, align 32
  %1179 = add i64 %786, 56
  %1180 = getelementptr inbounds float, float* %4, i64 %1179
  %1181 = bitcast float* %1180 to <8 x float>*
  %1182 = load <8 x float>, <8 x float>* %1181, align 4
  %1183 = add i64 %786, 36920
  %1184 = getelementptr inbounds float, float* %4, i64 %1183
  %1185 = bitcast float* %1184 to <8 x float>*
  %1186 = load <8 x float>, <8 x float>* %1185, align 4
  %1187 = add i64 %782, 55
  %1188 = getelementptr inbounds float, float* %2, i64 %1187
  %1189 = load float, float* %1188, align 4
  %1190 = insertelement <8 x float> undef, float %1189, i32 0
  %splat102 = shufflevector <8 x float> %1190, <8 x float> undef, <8 x i32> zeroinitializer
  %1191 = load <8 x float>, <8 x float>* %51, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1182, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %51, align 32
  %1193 = load <8 x float>, <8 x float>* %45, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1186, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %45, align 32
  %1195 = add i64 %782, 63
  %1196 = getelementptr inbounds float, float* %2, i64 %1195
  %1197 = load float, float* %1196, align 4
  %1198 = insertelement <8 x float> undef, float %1197, i32 0
  %splat103 = shufflevector <8 x float> %1198, <8 x float> undef, <8 x i32> zeroinitializer
  %1199 = load <8 x float>, <8 x float>* %50, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1182, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %50, align 32
  %1201 = load <8 x float>, <8 x float>* %44, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1186, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %44, align 32
  %1203 = add i64 %782, 71
  %1204 = getelementptr inbounds float, float* %2, i64 %1203
  %1205 = load float, float* %1204, align 4
  %1206 = insertelement <8 x float> undef, float %1205, i32 0
  %splat104 = shufflevector <8 x float> %1206, <8 x float> undef, <8 x i32> zeroinitializer
  %1207 = load <8 x float>, <8 x float>* %49, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1182, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %49, align 32
  %1209 = load <8 x float>, <8 x float>* %43, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1186, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %43, align 32
  %1211 = add i64 %782, 79
  %1212 = getelementptr inbounds float, float* %2, i64 %1211
  %1213 = load float, float* %1212, align 4
  %1214 = insertelement <8 x float> undef, float %1213, i32 0
  %splat105 = shufflevector <8 x float> %1214, <8 x float> undef, <8 x i32> zeroinitializer
  %1215 = load <8 x float>, <8 x float>* %48, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1182, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %48, align 32
  %1217 = load <8 x float>, <8 x float>* %42, align 32
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1186, <8 x float> %1217)
  store <8 x float> %1218, <8 x float>* %42, align 32
  %1219 = add i64 %782, 87
  %1220 = getelementptr inbounds float, float* %2, i64 %1219
  %1221 = load float, float* %1220, align 4
  %1222 = insertelement <8 x float> undef, float %1221, i32 0
  %splat106 = shufflevector <8 x float> %1222, <8 x float> undef, <8 x i32> zeroinitializer
  %1223 = load <8 x float>, <8 x float>* %47, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1182, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %47, align 32
  %1225 = load <8 x float>, <8 x float>* %41, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1186, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %41, align 32
  %1227 = add i64 %782, 95
  %1228 = getelementptr inbounds float, float* %2, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat107 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %46, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1182, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %46, align 32
  %1233 = load <8 x float>, <8 x float>* %40, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1186, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %40, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next173, %kh.exit117 ]
  %1235 = icmp slt i64 %u114, 64
  br i1 %1235, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1236 = mul i64 %u114, 2048
  %1237 = add i64 %776, %1236
  %1238 = mul i64 %u114, 576
  %1239 = add i64 %79, %1238
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1240 = mul i64 %71, 64
  %1241 = add i64 %1240, %74
  %1242 = add i64 %1241, 0
  %1243 = mul i64 %1242, 14
  %1244 = add i64 %1243, %68
  %1245 = mul i64 %1244, 14
  %1246 = add i64 %1245, 12
  %1247 = mul i64 %1246, 8
  %1248 = load <8 x float>, <8 x float>* %39, align 32
  %1249 = fcmp ogt <8 x float> %1248, zeroinitializer
  %1250 = select <8 x i1> %1249, <8 x float> %1248, <8 x float> zeroinitializer
  %1251 = getelementptr inbounds float, float* %0, i64 %1247
  %1252 = bitcast float* %1251 to <8 x float>*
  store <8 x float> %1250, <8 x float>* %1252, align 4
  %1253 = add i64 %1245, 13
  %1254 = mul i64 %1253, 8
  %1255 = load <8 x float>, <8 x float>* %38, align 32
  %1256 = fcmp ogt <8 x float> %1255, zeroinitializer
  %1257 = select <8 x i1> %1256, <8 x float> %1255, <8 x float> zeroinitializer
  %1258 = getelementptr inbounds float, float* %0, i64 %1254
  %1259 = bitcast float* %1258 to <8 x float>*
  store <8 x float> %1257, <8 x float>* %1259, align 4
  %1260 = add i64 %1245, 14
  %1261 = mul i64 %1260, 8
  %1262 = load <8 x float>, <8 x float>* %37, align 32
  %1263 = fcmp ogt <8 x float> %1262, zeroinitializer
  %1264 = select <8 x i1> %1263, <8 x float> %1262, <8 x float> zeroinitializer
  %1265 = getelementptr inbounds float, float* %0, i64 %1261
  %1266 = bitcast float* %1265 to <8 x float>*
  store <8 x float> %1264, <8 x float>* %1266, align 4
  %1267 = add i64 %1245, 15
  %1268 = mul i64 %1267, 8
  %1269 = load <8 x float>, <8 x float>* %36, align 32
  %1270 = fcmp ogt <8 x float> %1269, zeroinitializer
  %1271 = select <8 x i1> %1270, <8 x float> %1269, <8 x float> zeroinitializer
  %1272 = getelementptr inbounds float, float* %0, i64 %1268
  %1273 = bitcast float* %1272 to <8 x float>*
  store <8 x float> %1271, <8 x float>* %1273, align 4
  %1274 = add i64 %1245, 16
  %1275 = mul i64 %1274, 8
  %1276 = load <8 x float>, <8 x float>* %35, align 32
  %1277 = fcmp ogt <8 x float> %1276, zeroinitializer
  %1278 = select <8 x i1> %1277, <8 x float> %1276, <8 x float> zeroinitializer
  %1279 = getelementptr inbounds float, float* %0, i64 %1275
  %1280 = bitcast float* %1279 to <8 x float>*
  store <8 x float> %1278, <8 x float>* %1280, align 4
  %1281 = add i64 %1245, 17
  %1282 = mul i64 %1281, 8
  %1283 = load <8 x float>, <8 x float>* %34, align 32
  %1284 = fcmp ogt <8 x float> %1283, zeroinitializer
  %1285 = select <8 x i1> %1284, <8 x float> %1283, <8 x float> zeroinitializer
  %1286 = getelementptr inbounds float, float* %0, i64 %1282
  %1287 = bitcast float* %1286 to <8 x float>*
  store <8 x float> %1285, <8 x float>* %1287, align 4
  %1288 = mul i64 %71, 64
  %1289 = add i64 %1288, %74
  %1290 = add i64 %1289, 1
  %1291 = mul i64 %1290, 14
  %1292 = add i64 %1291, %68
  %1293 = mul i64 %1292, 14
  %1294 = add i64 %1293, 12
  %1295 = mul i64 %1294, 8
  %1296 = load <8 x float>, <8 x float>* %33, align 32
  %1297 = fcmp ogt <8 x float> %1296, zeroinitializer
  %1298 = select <8 x i1> %1297, <8 x float> %1296, <8 x float> zeroinitializer
  %1299 = getelementptr inbounds float, float* %0, i64 %1295
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1298, <8 x float>* %1300, align 4
  %1301 = add i64 %1293, 13
  %1302 = mul i64 %1301, 8
  %1303 = load <8 x float>, <8 x float>* %32, align 32
  %1304 = fcmp ogt <8 x float> %1303, zeroinitializer
  %1305 = select <8 x i1> %1304, <8 x float> %1303, <8 x float> zeroinitializer
  %1306 = getelementptr inbounds float, float* %0, i64 %1302
  %1307 = bitcast float* %1306 to <8 x float>*
  store <8 x float> %1305, <8 x float>* %1307, align 4
  %1308 = add i64 %1293, 14
  %1309 = mul i64 %1308, 8
  %1310 = load <8 x float>, <8 x float>* %31, align 32
  %1311 = fcmp ogt <8 x float> %1310, zeroinitializer
  %1312 = select <8 x i1> %1311, <8 x float> %1310, <8 x float> zeroinitializer
  %1313 = getelementptr inbounds float, float* %0, i64 %1309
  %1314 = bitcast float* %1313 to <8 x float>*
  store <8 x float> %1312, <8 x float>* %1314, align 4
  %1315 = add i64 %1293, 15
  %1316 = mul i64 %1315, 8
  %1317 = load <8 x float>, <8 x float>* %30, align 32
  %1318 = fcmp ogt <8 x float> %1317, zeroinitializer
  %1319 = select <8 x i1> %1318, <8 x float> %1317, <8 x float> zeroinitializer
  %1320 = getelementptr inbounds float, float* %0, i64 %1316
  %1321 = bitcast float* %1320 to <8 x float>*
  store <8 x float> %1319, <8 x float>* %1321, align 4
  %1322 = add i64 %1293, 16
  %1323 = mul i64 %1322, 8
  %1324 = load <8 x float>, <8 x float>* %29, align 32
  %1325 = fcmp ogt <8 x float> %1324, zeroinitializer
  %1326 = select <8 x i1> %1325, <8 x float> %1324, <8 x float> zeroinitializer
  %1327 = getelementptr inbounds float, float* %0, i64 %1323
  %1328 = bitcast float* %1327 to <8 x float>*
  store <8 x float> %1326, <8 x float>* %1328, align 4
  %1329 = add i64 %1293, 17
  %1330 = mul i64 %1329, 8
  %1331 = load <8 x float>, <8 x float>* %28, align 32
  %1332 = fcmp ogt <8 x float> %1331, zeroinitializer
  %1333 = select <8 x i1> %1332, <8 x float> %1331, <8 x float> zeroinitializer
  %1334 = getelementptr inbounds float, float* %0, i64 %1330
  %1335 = bitcast float* %1334 to <8 x float>*
  store <8 x float> %1333, <8 x float>* %1335, align 4
  %1336 = add i64 %74, 0
  %1337 = mul i64 %1336, 8
  %1338 = getelementptr inbounds float, float* %5, i64 %1337
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  store <8 x float> %1340, <8 x float>* %27, align 32
  store <8 x float> %1340, <8 x float>* %26, align 32
  store <8 x float> %1340, <8 x float>* %25, align 32
  store <8 x float> %1340, <8 x float>* %24, align 32
  store <8 x float> %1340, <8 x float>* %23, align 32
  store <8 x float> %1340, <8 x float>* %22, align 32
  %1341 = add i64 %74, 1
  %1342 = mul i64 %1341, 8
  %1343 = getelementptr inbounds float, float* %5, i64 %1342
  %1344 = bitcast float* %1343 to <8 x float>*
  %1345 = load <8 x float>, <8 x float>* %1344, align 4
  store <8 x float> %1345, <8 x float>* %21, align 32
  store <8 x float> %1345, <8 x float>* %20, align 32
  store <8 x float> %1345, <8 x float>* %19, align 32
  store <8 x float> %1345, <8 x float>* %18, align 32
  store <8 x float> %1345, <8 x float>* %17, align 32
  store <8 x float> %1345, <8 x float>* %16, align 32
  %1346 = add i64 %80, 0
  %1347 = add i64 %78, %1346
  br label %u.header174

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next172, %kw.exit121 ]
  %1348 = icmp slt i64 %kh118, 3
  br i1 %1348, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1349 = mul i64 %kh118, 128
  %1350 = add i64 %1237, %1349
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next173 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next171, %kw.body120 ]
  %1351 = icmp slt i64 %kw122, 3
  br i1 %1351, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1352 = mul i64 %kw122, 8
  %1353 = add i64 %1350, %1352
  %1354 = mul i64 %kh118, 3
  %1355 = add i64 %1354, %kw122
  %1356 = mul i64 %1355, 64
  %1357 = add i64 %1239, %1356
  %1358 = add i64 %1357, 0
  %1359 = getelementptr inbounds float, float* %4, i64 %1358
  %1360 = bitcast float* %1359 to <8 x float>*
  %1361 = load <8 x float>, <8 x float>* %1360, align 4
  %1362 = add i64 %1357, 36864
  %1363 = getelementptr inbounds float, float* %4, i64 %1362
  %1364 = bitcast float* %1363 to <8 x float>*
  %1365 = load <8 x float>, <8 x float>* %1364, align 4
  %1366 = add i64 %1353, 96
  %1367 = getelementptr inbounds float, float* %2, i64 %1366
  %1368 = load float, float* %1367, align 4
  %1369 = insertelement <8 x float> undef, float %1368, i32 0
  %splat123 = shufflevector <8 x float> %1369, <8 x float> undef, <8 x i32> zeroinitializer
  %1370 = load <8 x float>, <8 x float>* %39, align 32
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1361, <8 x float> %1370)
  store <8 x float> %1371, <8 x float>* %39, align 32
  %1372 = load <8 x float>, <8 x float>* %33, align 32
  %1373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1365, <8 x float> %1372)
  store <8 x float> %1373, <8 x float>* %33, align 32
  %1374 = add i64 %1353, 104
  %1375 = getelementptr inbounds float, float* %2, i64 %1374
  %1376 = load float, float* %1375, align 4
  %1377 = insertelement <8 x float> undef, float %1376, i32 0
  %splat124 = shufflevector <8 x float> %1377, <8 x float> undef, <8 x i32> zeroinitializer
  %1378 = load <8 x float>, <8 x float>* %38, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1361, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %38, align 32
  %1380 = load <8 x float>, <8 x float>* %32, align 32
  %1381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1365, <8 x float> %1380)
  store <8 x float> %1381, <8 x float>* %32, align 32
  %1382 = add i64 %1353, 128
  %1383 = getelementptr inbounds float, float* %2, i64 %1382
  %1384 = load float, float* %1383, align 4
  %1385 = insertelement <8 x float> undef, float %1384, i32 0
  %splat125 = shufflevector <8 x float> %1385, <8 x float> undef, <8 x i32> zeroinitializer
  %1386 = load <8 x float>, <8 x float>* %37, align 32
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1361, <8 x float> %1386)
  store <8 x float> %1387, <8 x float>* %37, align 32
  %1388 = load <8 x float>, <8 x float>* %31, align 32
  %1389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1365, <8 x float> %1388)
  store <8 x float> %1389, <8 x float>* %31, align 32
  %1390 = add i64 %1353, 136
  %1391 = getelementptr inbounds float, float* %2, i64 %1390
  %1392 = load float, float* %1391, align 4
  %1393 = insertelement <8 x float> undef, float %1392, i32 0
  %splat126 = shufflevector <8 x float> %1393, <8 x float> undef, <8 x i32> zeroinitializer
  %1394 = load <8 x float>, <8 x float>* %36, align 32
  %1395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1361, <8 x float> %1394)
  store <8 x float> %1395, <8 x float>* %36, align 32
  %1396 = load <8 x float>, <8 x float>* %30, align 32
  %1397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1365, <8 x float> %1396)
  store <8 x float> %1397, <8 x float>* %30, align 32
  %1398 = add i64 %1353, 144
  %1399 = getelementptr inbounds float, float* %2, i64 %1398
  %1400 = load float, float* %1399, align 4
  %1401 = insertelement <8 x float> undef, float %1400, i32 0
  %splat127 = shufflevector <8 x float> %1401, <8 x float> undef, <8 x i32> zeroinitializer
  %1402 = load <8 x float>, <8 x float>* %35, align 32
  %1403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1361, <8 x float> %1402)
  store <8 x float> %1403, <8 x float>* %35, align 32
  %1404 = load <8 x float>, <8 x float>* %29, align 32
  %1405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1365, <8 x float> %1404)
  store <8 x float> %1405, <8 x float>* %29, align 32
  %1406 = add i64 %1353, 152
  %1407 = getelementptr inbounds float, float* %2, i64 %1406
  %1408 = load float, float* %1407, align 4
  %1409 = insertelement <8 x float> undef, float %1408, i32 0
  %splat128 = shufflevector <8 x float> %1409, <8 x float> undef, <8 x i32> zeroinitializer
  %1410 = load <8 x float>, <8 x float>* %34, align 32
  %1411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1361, <8 x float> %1410)
  store <8 x float> %1411, <8 x float>* %34, align 32
  %1412 = load <8 x float>, <8 x float>* %28, align 32
  %1413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1365, <8 x float> %1412)
  store <8 x float> %1413, <8 x float>* %28, align 32
  %1414 = add i64 %1357, 8
  %1415 = getelementptr inbounds float, float* %4, i64 %1414
  %1416 = bitcast float* %1415 to <8 x float>*
  %1417 = load <8 x float>, <8 x float>* %1416, align 4
  %1418 = add i64 %1357, 36872
  %1419 = getelementptr inbounds float, float* %4, i64 %1418
  %1420 = bitcast float* %1419 to <8 x float>*
  %1421 = load <8 x float>, <8 x float>* %1420, align 4
  %1422 = add i64 %1353, 97
  %1423 = getelementptr inbounds float, float* %2, i64 %1422
  %1424 = load float, float* %1423, align 4
  %1425 = insertelement <8 x float> undef, float %1424, i32 0
  %splat129 = shufflevector <8 x float> %1425, <8 x float> undef, <8 x i32> zeroinitializer
  %1426 = load <8 x float>, <8 x float>* %39, align 32
  %1427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1417, <8 x float> %1426)
  store <8 x float> %1427, <8 x float>* %39, align 32
  %1428 = load <8 x float>, <8 x float>* %33, align 32
  %1429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1421, <8 x float> %1428)
  store <8 x float> %1429, <8 x float>* %33, align 32
  %1430 = add i64 %1353, 105
  %1431 = getelementptr inbounds float, float* %2, i64 %1430
  %1432 = load float, float* %1431, align 4
  %1433 = insertelement <8 x float> undef, float %1432, i32 0
  %splat130 = shufflevector <8 x float> %1433, <8 x float> undef, <8 x i32> zeroinitializer
  %1434 = load <8 x float>, <8 x float>* %38, align 32
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1417, <8 x float> %1434)
  store <8 x float> %1435, <8 x float>* %38, align 32
  %1436 = load <8 x float>, <8 x float>* %32, align 32
  %1437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1421, <8 x float> %1436)
  store <8 x float> %1437, <8 x float>* %32, align 32
  %1438 = add i64 %1353, 129
  %1439 = getelementptr inbounds float, float* %2, i64 %1438
  %1440 = load float, float* %1439, align 4
  %1441 = insertelement <8 x float> undef, float %1440, i32 0
  %splat131 = shufflevector <8 x float> %1441, <8 x float> undef, <8 x i32> zeroinitializer
  %1442 = load <8 x float>, <8 x float>* %37, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1417, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %37, align 32
  %1444 = load <8 x float>, <8 x float>* %31, align 32
  %1445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1421, <8 x float> %1444)
  store <8 x float> %1445, <8 x float>* %31, align 32
  %1446 = add i64 %1353, 137
  %1447 = getelementptr inbounds float, float* %2, i64 %1446
  %1448 = load float, float* %1447, align 4
  %1449 = insertelement <8 x float> undef, float %1448, i32 0
  %splat132 = shufflevector <8 x float> %1449, <8 x float> undef, <8 x i32> zeroinitializer
  %1450 = load <8 x float>, <8 x float>* %36, align 32
  %1451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1417, <8 x float> %1450)
  store <8 x float> %1451, <8 x float>* %36, align 32
  %1452 = load <8 x float>, <8 x float>* %30, align 32
  %1453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1421, <8 x float> %1452)
  store <8 x float> %1453, <8 x float>* %30, align 32
  %1454 = add i64 %1353, 145
  %1455 = getelementptr inbounds float, float* %2, i64 %1454
  %1456 = load float, float* %1455, align 4
  %1457 = insertelement <8 x float> undef, float %1456, i32 0
  %splat133 = shufflevector <8 x float> %1457, <8 x float> undef, <8 x i32> zeroinitializer
  %1458 = load <8 x float>, <8 x float>* %35, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1417, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %35, align 32
  %1460 = load <8 x float>, <8 x float>* %29, align 32
  %1461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1421, <8 x float> %1460)
  store <8 x float> %1461, <8 x float>* %29, align 32
  %1462 = add i64 %1353, 153
  %1463 = getelementptr inbounds float, float* %2, i64 %1462
  %1464 = load float, float* %1463, align 4
  %1465 = insertelement <8 x float> undef, float %1464, i32 0
  %splat134 = shufflevector <8 x float> %1465, <8 x float> undef, <8 x i32> zeroinitializer
  %1466 = load <8 x float>, <8 x float>* %34, align 32
  %1467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1417, <8 x float> %1466)
  store <8 x float> %1467, <8 x float>* %34, align 32
  %1468 = load <8 x float>, <8 x float>* %28, align 32
  %1469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1421, <8 x float> %1468)
  store <8 x float> %1469, <8 x float>* %28, align 32
  %1470 = add i64 %1357, 16
  %1471 = getelementptr inbounds float, float* %4, i64 %1470
  %1472 = bitcast float* %1471 to <8 x float>*
  %1473 = load <8 x float>, <8 x float>* %1472, align 4
  %1474 = add i64 %1357, 36880
  %1475 = getelementptr inbounds float, float* %4, i64 %1474
  %1476 = bitcast float* %1475 to <8 x float>*
  %1477 = load <8 x float>, <8 x float>* %1476, align 4
  %1478 = add i64 %1353, 98
  %1479 = getelementptr inbounds float, float* %2, i64 %1478
  %1480 = load float, float* %1479, align 4
  %1481 = insertelement <8 x float> undef, float %1480, i32 0
  %splat135 = shufflevector <8 x float> %1481, <8 x float> undef, <8 x i32> zeroinitializer
  %1482 = load <8 x float>, <8 x float>* %39, align 32
  %1483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1473, <8 x float> %1482)
  store <8 x float> %1483, <8 x float>* %39, align 32
  %1484 = load <8 x float>, <8 x float>* %33, align 32
  %1485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1477, <8 x float> %1484)
  store <8 x float> %1485, <8 x float>* %33, align 32
  %1486 = add i64 %1353, 106
  %1487 = getelementptr inbounds float, float* %2, i64 %1486
  %1488 = load float, float* %1487, align 4
  %1489 = insertelement <8 x float> undef, float %1488, i32 0
  %splat136 = shufflevector <8 x float> %1489, <8 x float> undef, <8 x i32> zeroinitializer
  %1490 = load <8 x float>, <8 x float>* %38, align 32
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1473, <8 x float> %1490)
  store <8 x float> %1491, <8 x float>* %38, align 32
  %1492 = load <8 x float>, <8 x float>* %32, align 32
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1477, <8 x float> %1492)
  store <8 x float> %1493, <8 x float>* %32, align 32
  %1494 = add i64 %1353, 130
  %1495 = getelementptr inbounds float, float* %2, i64 %1494
  %1496 = load float, float* %1495, align 4
  %1497 = insertelement <8 x float> undef, float %1496, i32 0
  %splat137 = shufflevector <8 x float> %1497, <8 x float> undef, <8 x i32> zeroinitializer
  %1498 = load <8 x float>, <8 x float>* %37, align 32
  %1499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1473, <8 x float> %1498)
  store <8 x float> %1499, <8 x float>* %37, align 32
  %1500 = load <8 x float>, <8 x float>* %31, align 32
  %1501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1477, <8 x float> %1500)
  store <8 x float> %1501, <8 x float>* %31, align 32
  %1502 = add i64 %1353, 138
  %1503 = getelementptr inbounds float, float* %2, i64 %1502
  %1504 = load float, float* %1503, align 4
  %1505 = insertelement <8 x float> undef, float %1504, i32 0
  %splat138 = shufflevector <8 x float> %1505, <8 x float> undef, <8 x i32> zeroinitializer
  %1506 = load <8 x float>, <8 x float>* %36, align 32
  %1507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1473, <8 x float> %1506)
  store <8 x float> %1507, <8 x float>* %36, align 32
  %1508 = load <8 x float>, <8 x float>* %30, align 32
  %1509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1477, <8 x float> %1508)
  store <8 x float> %1509, <8 x float>* %30, align 32
  %1510 = add i64 %1353, 146
  %1511 = getelementptr inbounds float, float* %2, i64 %1510
  %1512 = load float, float* %1511, align 4
  %1513 = insertelement <8 x float> undef, float %1512, i32 0
  %splat139 = shufflevector <8 x float> %1513, <8 x float> undef, <8 x i32> zeroinitializer
  %1514 = load <8 x float>, <8 x float>* %35, align 32
  %1515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1473, <8 x float> %1514)
  store <8 x float> %1515, <8 x float>* %35, align 32
  %1516 = load <8 x float>, <8 x float>* %29, align 32
  %1517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1477, <8 x float> %1516)
  store <8 x float> %1517, <8 x float>* %29, align 32
  %1518 = add i64 %1353, 154
  %1519 = getelementptr inbounds float, float* %2, i64 %1518
  %1520 = load float, float* %1519, align 4
  %1521 = insertelement <8 x float> undef, float %1520, i32 0
  %splat140 = shufflevector <8 x float> %1521, <8 x float> undef, <8 x i32> zeroinitializer
  %1522 = load <8 x float>, <8 x float>* %34, align 32
  %1523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1473, <8 x float> %1522)
  store <8 x float> %1523, <8 x float>* %34, align 32
  %1524 = load <8 x float>, <8 x float>* %28, align 32
  %1525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1477, <8 x float> %1524)
  store <8 x float> %1525, <8 x float>* %28, align 32
  %1526 = add i64 %1357, 24
  %1527 = getelementptr inbounds float, float* %4, i64 %1526
  %1528 = bitcast float* %1527 to <8 x float>*
  %1529 = load <8 x float>, <8 x float>* %1528, align 4
  %1530 = add i64 %1357, 36888
  %1531 = getelementptr inbounds float, float* %4, i64 %1530
  %1532 = bitcast float* %1531 to <8 x float>*
  %1533 = load <8 x float>, <8 x float>* %1532, align 4
  %1534 = add i64 %1353, 99
  %1535 = getelementptr inbounds float, float* %2, i64 %1534
  %1536 = load float, float* %1535, align 4
  %1537 = insertelement <8 x float> undef, float %1536, i32 0
  %splat141 = shufflevector <8 x float> %1537, <8 x float> undef, <8 x i32> zeroinitializer
  %1538 = load <8 x float>, <8 x float>* %39, align 32
  %1539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1529, <8 x float> %1538)
  store <8 x float> %1539, <8 x float>* %39, align 32
  %1540 = load <8 x float>, <8 x float>* %33, align 32
  %1541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1533, <8 x float> %1540)
  store <8 x float> %1541, <8 x float>* %33, align 32
  %1542 = add i64 %1353, 107
  %1543 = getelementptr inbounds float, float* %2, i64 %1542
  %1544 = load float, float* %1543, align 4
  %1545 = insertelement <8 x float> undef, float %1544, i32 0
  %splat142 = shufflevector <8 x float> %1545, <8 x float> undef, <8 x i32> zeroinitializer
  %1546 = load <8 x float>, <8 x float>* %38, align 32
  %1547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1529, <8 x float> %1546)
  store <8 x float> %1547, <8 x float>* %38, align 32
  %1548 = load <8 x float>, <8 x float>* %32, align 32
  %1549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1533, <8 x float> %1548)
  store <8 x float> %1549, <8 x float>* %32, align 32
  %1550 = add i64 %1353, 131
  %1551 = getelementptr inbounds float, float* %2, i64 %1550
  %1552 = load float, float* %1551, align 4
  %1553 = insertelement <8 x float> undef, float %1552, i32 0
  %splat143 = shufflevector <8 x float> %1553, <8 x float> undef, <8 x i32> zeroinitializer
  %1554 = load <8 x float>, <8 x float>* %37, align 32
  %1555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1529, <8 x float> %1554)
  store <8 x float> %1555, <8 x float>* %37, align 32
  %1556 = load <8 x float>, <8 x float>* %31, align 32
  %1557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1533, <8 x float> %1556)
  store <8 x float> %1557, <8 x float>* %31, align 32
  %1558 = add i64 %1353, 139
  %1559 = getelementptr inbounds float, float* %2, i64 %1558
  %1560 = load float, float* %1559, align 4
  %1561 = insertelement <8 x float> undef, float %1560, i32 0
  %splat144 = shufflevector <8 x float> %1561, <8 x float> undef, <8 x i32> zeroinitializer
  %1562 = load <8 x float>, <8 x float>* %36, align 32
  %1563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1529, <8 x float> %1562)
  store <8 x float> %1563, <8 x float>* %36, align 32
  %1564 = load <8 x float>, <8 x float>* %30, align 32
  %1565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1533, <8 x float> %1564)
  store <8 x float> %1565, <8 x float>* %30, align 32
  %1566 = add i64 %1353, 147
  %1567 = getelementptr inbounds float, float* %2, i64 %1566
  %1568 = load float, float* %1567, align 4
  %1569 = insertelement <8 x float> undef, float %1568, i32 0
  %splat145 = shufflevector <8 x float> %1569, <8 x float> undef, <8 x i32> zeroinitializer
  %1570 = load <8 x float>, <8 x float>* %35, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1529, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %35, align 32
  %1572 = load <8 x float>, <8 x float>* %29, align 32
  %1573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1533, <8 x float> %1572)
  store <8 x float> %1573, <8 x float>* %29, align 32
  %1574 = add i64 %1353, 155
  %1575 = getelementptr inbounds float, float* %2, i64 %1574
  %1576 = load float, float* %1575, align 4
  %1577 = insertelement <8 x float> undef, float %1576, i32 0
  %splat146 = shufflevector <8 x float> %1577, <8 x float> undef, <8 x i32> zeroinitializer
  %1578 = load <8 x float>, <8 x float>* %34, align 32
  %1579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1529, <8 x float> %1578)
  store <8 x float> %1579, <8 x float>* %34, align 32
  %1580 = load <8 x float>, <8 x float>* %28, align 32
  %1581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1533, <8 x float> %1580)
  store <8 x float> %1581, <8 x float>* %28, align 32
  %1582 = add i64 %1357, 32
  %1583 = getelementptr inbounds float, float* %4, i64 %1582
  %1584 = bitcast float* %1583 to <8 x float>*
  %1585 = load <8 x float>, <8 x float>* %1584, align 4
  %1586 = add i64 %1357, 36896
  %1587 = getelementptr inbounds float, float* %4, i64 %1586
  %1588 = bitcast float* %1587 to <8 x float>*
  %1589 = load <8 x float>, <8 x float>* %1588, align 4
  %1590 = add i64 %1353, 100
  %1591 = getelementptr inbounds float, float* %2, i64 %1590
  %1592 = load float, float* %1591, align 4
  %1593 = insertelement <8 x float> undef, float %1592, i32 0
  %splat147 = shufflevector <8 x float> %1593, <8 x float> undef, <8 x i32> zeroinitializer
  %1594 = load <8 x float>, <8 x float>* %39, align 32
  %1595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1585, <8 x float> %1594)
  store <8 x float> %1595, <8 x float>* %39, align 32
  %1596 = load <8 x float>, <8 x float>* %33, align 32
  %1597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1589, <8 x float> %1596)
  store <8 x float> %1597, <8 x float>* %33, align 32
  %1598 = add i64 %1353, 108
  %1599 = getelementptr inbounds float, float* %2, i64 %1598
  %1600 = load float, float* %1599, align 4
  %1601 = insertelement <8 x float> undef, float %1600, i32 0
  %splat148 = shufflevector <8 x float> %1601, <8 x float> undef, <8 x i32> zeroinitializer
  %1602 = load <8 x float>, <8 x float>* %38, align 32
  %1603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1585, <8 x float> %1602)
  store <8 x float> %1603, <8 x float>* %38, align 32
  %1604 = load <8 x float>, <8 x float>* %32, align 32
  %1605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1589, <8 x float> %1604)
  store <8 x float> %1605, <8 x float>* %32, align 32
  %1606 = add i64 %1353, 132
  %1607 = getelementptr inbounds float, float* %2, i64 %1606
  %1608 = load float, float* %1607, align 4
  %1609 = insertelement <8 x float> undef, float %1608, i32 0
  %splat149 = shufflevector <8 x float> %1609, <8 x float> undef, <8 x i32> zeroinitializer
  %1610 = load <8 x float>, <8 x float>* %37, align 32
  %1611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1585, <8 x float> %1610)
  store <8 x float> %1611, <8 x float>* %37, align 32
  %1612 = load <8 x float>, <8 x float>* %31, align 32
  %1613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1589, <8 x float> %1612)
  store <8 x float> %1613, <8 x float>* %31, align 32
  %1614 = add i64 %1353, 140
  %1615 = getelementptr inbounds float, float* %2, i64 %1614
  %1616 = load float, float* %1615, align 4
  %1617 = insertelement <8 x float> undef, float %1616, i32 0
  %splat150 = shufflevector <8 x float> %1617, <8 x float> undef, <8 x i32> zeroinitializer
  %1618 = load <8 x float>, <8 x float>* %36, align 32
  %1619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1585, <8 x float> %1618)
  store <8 x float> %1619, <8 x float>* %36, align 32
  %1620 = load <8 x float>, <8 x float>* %30, align 32
  %1621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1589, <8 x float> %1620)
  store <8 x float> %1621, <8 x float>* %30, align 32
  %1622 = add i64 %1353, 148
  %1623 = getelementptr inbounds float, float* %2, i64 %1622
  %1624 = load float, float* %1623, align 4
  %1625 = insertelement <8 x float> undef, float %1624, i32 0
  %splat151 = shufflevector <8 x float> %1625, <8 x float> undef, <8 x i32> zeroinitializer
  %1626 = load <8 x float>, <8 x float>* %35, align 32
  %1627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1585, <8 x float> %1626)
  store <8 x float> %1627, <8 x float>* %35, align 32
  %1628 = load <8 x float>, <8 x float>* %29, align 32
  %1629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1589, <8 x float> %1628)
  store <8 x float> %1629, <8 x float>* %29, align 32
  %1630 = add i64 %1353, 156
  %1631 = getelementptr inbounds float, float* %2, i64 %1630
  %1632 = load float, float* %1631, align 4
  %1633 = insertelement <8 x float> undef, float %1632, i32 0
  %splat152 = shufflevector <8 x float> %1633, <8 x float> undef, <8 x i32> zeroinitializer
  %1634 = load <8 x float>, <8 x float>* %34, align 32
  %1635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1585, <8 x float> %1634)
  store <8 x float> %1635, <8 x float>* %34, align 32
  %1636 = load <8 x float>, <8 x float>* %28, align 32
  %1637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1589, <8 x float> %1636)
  store <8 x float> %1637, <8 x float>* %28, align 32
  %1638 = add i64 %1357, 40
  %1639 = getelementptr inbounds float, float* %4, i64 %1638
  %1640 = bitcast float* %1639 to <8 x float>*
  %1641 = load <8 x float>, <8 x float>* %1640, align 4
  %1642 = add i64 %1357, 36904
  %1643 = getelementptr inbounds float, float* %4, i64 %1642
  %1644 = bitcast float* %1643 to <8 x float>*
  %1645 = load <8 x float>, <8 x float>* %1644, align 4
  %1646 = add i64 %1353, 101
  %1647 = getelementptr inbounds float, float* %2, i64 %1646
  %1648 = load float, float* %1647, align 4
  %1649 = insertelement <8 x float> undef, float %1648, i32 0
  %splat153 = shufflevector <8 x float> %1649, <8 x float> undef, <8 x i32> zeroinitializer
  %1650 = load <8 x float>, <8 x float>* %39, align 32
  %1651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1641, <8 x float> %1650)
  store <8 x float> %1651, <8 x float>* %39, align 32
  %1652 = load <8 x float>, <8 x float>* %33, align 32
  %1653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1645, <8 x float> %1652)
  store <8 x float> %1653, <8 x float>* %33, align 32
  %1654 = add i64 %1353, 109
  %1655 = getelementptr inbounds float, float* %2, i64 %1654
  %1656 = load float, float* %1655, align 4
  %1657 = insertelement <8 x float> undef, float %1656, i32 0
  %splat154 = shufflevector <8 x float> %1657, <8 x float> undef, <8 x i32> zeroinitializer
  %1658 = load <8 x float>, <8 x float>* %38, align 32
  %1659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1641, <8 x float> %1658)
  store <8 x float> %1659, <8 x float>* %38, align 32
  %1660 = load <8 x float>, <8 x float>* %32, align 32
  %1661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1645, <8 x float> %1660)
  store <8 x float> %1661, <8 x float>* %32, align 32
  %1662 = add i64 %1353, 133
  %1663 = getelementptr inbounds float, float* %2, i64 %1662
  %1664 = load float, float* %1663, align 4
  %1665 = insertelement <8 x float> undef, float %1664, i32 0
  %splat155 = shufflevector <8 x float> %1665, <8 x float> undef, <8 x i32> zeroinitializer
  %1666 = load <8 x float>, <8 x float>* %37, align 32
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1641, <8 x float> %1666)
  store <8 x float> %1667, <8 x float>* %37, align 32
  %1668 = load <8 x float>, <8 x float>* %31, align 32
  %1669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1645, <8 x float> %1668)
  store <8 x float> %1669, <8 x float>* %31, align 32
  %1670 = add i64 %1353, 141
  %1671 = getelementptr inbounds float, float* %2, i64 %1670
  %1672 = load float, float* %1671, align 4
  %1673 = insertelement <8 x float> undef, float %1672, i32 0
  %splat156 = shufflevector <8 x float> %1673, <8 x float> undef, <8 x i32> zeroinitializer
  %1674 = load <8 x float>, <8 x float>* %36, align 32
  %1675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1641, <8 x float> %1674)
  store <8 x float> %1675, <8 x float>* %36, align 32
  %1676 = load <8 x float>, <8 x float>* %30, align 32
  %1677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1645, <8 x float> %1676)
  store <8 x float> %1677, <8 x float>* %30, align 32
  %1678 = add i64 %1353, 149
  %1679 = getelementptr inbounds float, float* %2, i64 %1678
  %1680 = load float, float* %1679, align 4
  %1681 = insertelement <8 x float> undef, float %1680, i32 0
  %splat157 = shufflevector <8 x float> %1681, <8 x float> undef, <8 x i32> zeroinitializer
  %1682 = load <8 x float>, <8 x float>* %35, align 32
  %1683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1641, <8 x float> %1682)
  store <8 x float> %1683, <8 x float>* %35, align 32
  %1684 = load <8 x float>, <8 x float>* %29, align 32
  %1685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1645, <8 x float> %1684)
  store <8 x float> %1685, <8 x float>* %29, align 32
  %1686 = add i64 %1353, 157
  %1687 = getelementptr inbounds float, float* %2, i64 %1686
  %1688 = load float, float* %1687, align 4
  %1689 = insertelement <8 x float> undef, float %1688, i32 0
  %splat158 = shufflevector <8 x float> %1689, <8 x float> undef, <8 x i32> zeroinitializer
  %1690 = load <8 x float>, <8 x float>* %34, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1641, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %34, align 32
  %1692 = load <8 x float>, <8 x float>* %28, align 32
  %1693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1645, <8 x float> %1692)
  store <8 x float> %1693, <8 x float>* %28, align 32
  %1694 = add i64 %1357, 48
  %1695 = getelementptr inbounds float, float* %4, i64 %1694
  %1696 = bitcast float* %1695 to <8 x float>*
  %1697 = load <8 x float>, <8 x float>* %1696, align 4
  %1698 = add i64 %1357, 36912
  %1699 = getelementptr inbounds float, float* %4, i64 %1698
  %1700 = bitcast float* %1699 to <8 x float>*
  %1701 = load <8 x float>, <8 x float>* %1700, align 4
  %1702 = add i64 %1353, 102
  %1703 = getelementptr inbounds float, float* %2, i64 %1702
  %1704 = load float, float* %1703, align 4
  %1705 = insertelement <8 x float> undef, float %1704, i32 0
  %splat159 = shufflevector <8 x float> %1705, <8 x float> undef, <8 x i32> zeroinitializer
  %1706 = load <8 x float>, <8 x float>* %39, align 32
  %1707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1697, <8 x float> %1706)
  store <8 x float> %1707, <8 x float>* %39, align 32
  %1708 = load <8 x float>, <8 x float>* %33, align 32
  %1709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1701, <8 x float> %1708)
  store <8 x float> %1709, <8 x float>* %33, align 32
  %1710 = add i64 %1353, 110
  %1711 = getelementptr inbounds float, float* %2, i64 %1710
  %1712 = load float, float* %1711, align 4
  %1713 = insertelement <8 x float> undef, float %1712, i32 0
  %splat160 = shufflevector <8 x float> %1713, <8 x float> undef, <8 x i32> zeroinitializer
  %1714 = load <8 x float>, <8 x float>* %38, align 32
  %1715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1697, <8 x float> %1714)
  store <8 x float> %1715, <8 x float>* %38, align 32
  %1716 = load <8 x float>, <8 x float>* %32, align 32
  %1717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1701, <8 x float> %1716)
  store <8 x float> %1717, <8 x float>* %32, align 32
  %1718 = add i64 %1353, 134
  %1719 = getelementptr inbounds float, float* %2, i64 %1718
  %1720 = load float, float* %1719, align 4
  %1721 = insertelement <8 x float> undef, float %1720, i32 0
  %splat161 = shufflevector <8 x float> %1721, <8 x float> undef, <8 x i32> zeroinitializer
  %1722 = load <8 x float>, <8 x float>* %37, align 32
  %1723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1697, <8 x float> %1722)
  store <8 x float> %1723, <8 x float>* %37, align 32
  %1724 = load <8 x float>, <8 x float>* %31, align 32
  %1725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1701, <8 x float> %1724)
  store <8 x float> %1725, <8 x float>* %31, align 32
  %1726 = add i64 %1353, 142
  %1727 = getelementptr inbounds float, float* %2, i64 %1726
  %1728 = load float, float* %1727, align 4
  %1729 = insertelement <8 x float> undef, float %1728, i32 0
  %splat162 = shufflevector <8 x float> %1729, <8 x float> undef, <8 x i32> zeroinitializer
  %1730 = load <8 x float>, <8 x float>* %36, align 32
  %1731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1697, <8 x float> %1730)
  store <8 x float> %1731, <8 x float>* %36, align 32
  %1732 = load <8 x float>, <8 x float>* %30, align 32
  %1733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1701, <8 x float> %1732)
  store <8 x float> %1733, <8 x float>* %30, align 32
  %1734 = add i64 %1353, 150
  %1735 = getelementptr inbounds float, float* %2, i64 %1734
  %1736 = load float, float* %1735, align 4
  %1737 = insertelement <8 x float> undef, float %1736, i32 0
  %splat163 = shufflevector <8 x float> %1737, <8 x float> undef, <8 x i32> zeroinitializer
  %1738 = load <8 x float>, <8 x float>* %35, align 32
  %1739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1697, <8 x float> %1738)
  store <8 x float> %1739, <8 x float>* %35, align 32
  %1740 = load <8 x float>, <8 x float>* %29, align 32
  %1741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1701, <8 x float> %1740)
  store <8 x float> %1741, <8 x float>* %29, align 32
  %1742 = add i64 %1353, 158
  %1743 = getelementptr inbounds float, float* %2, i64 %1742
  %1744 = load float, float* %1743, align 4
  %1745 = insertelement <8 x float> undef, float %1744, i32 0
  %splat164 = shufflevector <8 x float> %1745, <8 x float> undef, <8 x i32> zeroinitializer
  %1746 = load <8 x float>, <8 x float>* %34, align 32
  %1747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1697, <8 x float> %1746)
  store <8 x float> %1747, <8 x float>* %34, align 32
  %1748 = load <8 x float>, <8 x float>* %28, align 32
  %1749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1701, <8 x float> %1748)
  store <8 x float> %1749, <8 x float>* %28, align 32
  %1750 = add i64 %1357, 56
  %1751 = getelementptr inbounds float, float* %4, i64 %1750
  %1752 = bitcast float* %1751 to <8 x float>*
  %1753 = load <8 x float>, <8 x float>* %1752, align 4
  %1754 = add i64 %1357, 36920
  %1755 = getelementptr inbounds float, float* %4, i64 %1754
  %1756 = bitcast float* %1755 to <8 x float>*
  %1757 = load <8 x float>, <8 x float>* %1756, align 4
  %1758 = add i64 %1353, 103
  %1759 = getelementptr inbounds float, float* %2, i64 %1758
  %1760 = load float, float* %1759, align 4
  %1761 = insertelement <8 x float> undef, float %1760, i32 0
  %splat165 = shufflevector <8 x float> %1761, <8 x float> undef, <8 x i32> zeroinitializer
  %1762 = load <8 x float>, <8 x float>* %39, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1753, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %39, align 32
  %1764 = load <8 x float>, <8 x float>* %33, align 32
  %1765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1757, <8 x float> %1764)
  store <8 x float> %1765, <8 x float>* %33, align 32
  %1766 = add i64 %1353, 111
  %1767 = getelementptr inbounds float, float* %2, i64 %1766
  %1768 = load float, float* %1767, align 4
  %1769 = insertelement <8 x float> undef, float %1768, i32 0
  %splat166 = shufflevector <8 x float> %1769, <8 x float> undef, <8 x i32> zeroinitializer
  %1770 = load <8 x float>, <8 x float>* %38, align 32
  %1771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1753, <8 x float> %1770)
  store <8 x float> %1771, <8 x float>* %38, align 32
  %1772 = load <8 x float>, <8 x float>* %32, align 32
  %1773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1757, <8 x float> %1772)
  store <8 x float> %1773, <8 x float>* %32, align 32
  %1774 = add i64 %1353, 135
  %1775 = getelementptr inbounds float, float* %2, i64 %1774
  %1776 = load float, float* %1775, align 4
  %1777 = insertelement <8 x float> undef, float %1776, i32 0
  %splat167 = shufflevector <8 x float> %1777, <8 x float> undef, <8 x i32> zeroinitializer
  %1778 = load <8 x float>, <8 x float>* %37, align 32
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1753, <8 x float> %1778)
  store <8 x float> %1779, <8 x float>* %37, align 32
  %1780 = load <8 x float>, <8 x float>* %31, align 32
  %1781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1757, <8 x float> %1780)
  store <8 x float> %1781, <8 x float>* %31, align 32
  %1782 = add i64 %1353, 143
  %1783 = getelementptr inbounds float, float* %2, i64 %1782
  %1784 = load float, float* %1783, align 4
  %1785 = insertelement <8 x float> undef, float %1784, i32 0
  %splat168 = shufflevector <8 x float> %1785, <8 x float> undef, <8 x i32> zeroinitializer
  %1786 = load <8 x float>, <8 x float>* %36, align 32
  %1787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1753, <8 x float> %1786)
  store <8 x float> %1787, <8 x float>* %36, align 32
  %1788 = load <8 x float>, <8 x float>* %30, align 32
  %1789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1757, <8 x float> %1788)
  store <8 x float> %1789, <8 x float>* %30, align 32
  %1790 = add i64 %1353, 151
  %1791 = getelementptr inbounds float, float* %2, i64 %1790
  %1792 = load float, float* %1791, align 4
  %1793 = insertelement <8 x float> undef, float %1792, i32 0
  %splat169 = shufflevector <8 x float> %1793, <8 x float> undef, <8 x i32> zeroinitializer
  %1794 = load <8 x float>, <8 x float>* %35, align 32
  %1795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1753, <8 x float> %1794)
  store <8 x float> %1795, <8 x float>* %35, align 32
  %1796 = load <8 x float>, <8 x float>* %29, align 32
  %1797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1757, <8 x float> %1796)
  store <8 x float> %1797, <8 x float>* %29, align 32
  %1798 = add i64 %1353, 159
  %1799 = getelementptr inbounds float, float* %2, i64 %1798
  %1800 = load float, float* %1799, align 4
  %1801 = insertelement <8 x float> undef, float %1800, i32 0
  %splat170 = shufflevector <8 x float> %1801, <8 x float> undef, <8 x i32> zeroinitializer
  %1802 = load <8 x float>, <8 x float>* %34, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1753, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %34, align 32
  %1804 = load <8 x float>, <8 x float>* %28, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1757, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %28, align 32
  %kw.next171 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next172 = add i64 %kh118, 1
  br label %kh.header115

u.header174:                                      ; preds = %kh.exit180, %u.exit113
  %u177 = phi i64 [ 0, %u.exit113 ], [ %u.next236, %kh.exit180 ]
  %1806 = icmp slt i64 %u177, 64
  br i1 %1806, label %u.body175, label %u.exit176

u.body175:                                        ; preds = %u.header174
  %1807 = mul i64 %u177, 2048
  %1808 = add i64 %1347, %1807
  %1809 = mul i64 %u177, 576
  %1810 = add i64 %79, %1809
  br label %kh.header178

u.exit176:                                        ; preds = %u.header174
  %1811 = mul i64 %71, 64
  %1812 = add i64 %1811, %74
  %1813 = add i64 %1812, 0
  %1814 = mul i64 %1813, 14
  %1815 = add i64 %1814, %68
  %1816 = mul i64 %1815, 14
  %1817 = add i64 %1816, 18
  %1818 = mul i64 %1817, 8
  %1819 = load <8 x float>, <8 x float>* %27, align 32
  %1820 = fcmp ogt <8 x float> %1819, zeroinitializer
  %1821 = select <8 x i1> %1820, <8 x float> %1819, <8 x float> zeroinitializer
  %1822 = getelementptr inbounds float, float* %0, i64 %1818
  %1823 = bitcast float* %1822 to <8 x float>*
  store <8 x float> %1821, <8 x float>* %1823, align 4
  %1824 = add i64 %1816, 19
  %1825 = mul i64 %1824, 8
  %1826 = load <8 x float>, <8 x float>* %26, align 32
  %1827 = fcmp ogt <8 x float> %1826, zeroinitializer
  %1828 = select <8 x i1> %1827, <8 x float> %1826, <8 x float> zeroinitializer
  %1829 = getelementptr inbounds float, float* %0, i64 %1825
  %1830 = bitcast float* %1829 to <8 x float>*
  store <8 x float> %1828, <8 x float>* %1830, align 4
  %1831 = add i64 %1816, 20
  %1832 = mul i64 %1831, 8
  %1833 = load <8 x float>, <8 x float>* %25, align 32
  %1834 = fcmp ogt <8 x float> %1833, zeroinitializer
  %1835 = select <8 x i1> %1834, <8 x float> %1833, <8 x float> zeroinitializer
  %1836 = getelementptr inbounds float, float* %0, i64 %1832
  %1837 = bitcast float* %1836 to <8 x float>*
  store <8 x float> %1835, <8 x float>* %1837, align 4
  %1838 = add i64 %1816, 21
  %1839 = mul i64 %1838, 8
  %1840 = load <8 x float>, <8 x float>* %24, align 32
  %1841 = fcmp ogt <8 x float> %1840, zeroinitializer
  %1842 = select <8 x i1> %1841, <8 x float> %1840, <8 x float> zeroinitializer
  %1843 = getelementptr inbounds float, float* %0, i64 %1839
  %1844 = bitcast float* %1843 to <8 x float>*
  store <8 x float> %1842, <8 x float>* %1844, align 4
  %1845 = add i64 %1816, 22
  %1846 = mul i64 %1845, 8
  %1847 = load <8 x float>, <8 x float>* %23, align 32
  %1848 = fcmp ogt <8 x float> %1847, zeroinitializer
  %1849 = select <8 x i1> %1848, <8 x float> %1847, <8 x float> zeroinitializer
  %1850 = getelementptr inbounds float, float* %0, i64 %1846
  %1851 = bitcast float* %1850 to <8 x float>*
  store <8 x float> %1849, <8 x float>* %1851, align 4
  %1852 = add i64 %1816, 23
  %1853 = mul i64 %1852, 8
  %1854 = load <8 x float>, <8 x float>* %22, align 32
  %1855 = fcmp ogt <8 x float> %1854, zeroinitializer
  %1856 = select <8 x i1> %1855, <8 x float> %1854, <8 x float> zeroinitializer
  %1857 = getelementptr inbounds float, float* %0, i64 %1853
  %1858 = bitcast float* %1857 to <8 x float>*
  store <8 x float> %1856, <8 x float>* %1858, align 4
  %1859 = mul i64 %71, 64
  %1860 = add i64 %1859, %74
  %1861 = add i64 %1860, 1
  %1862 = mul i64 %1861, 14
  %1863 = add i64 %1862, %68
  %1864 = mul i64 %1863, 14
  %1865 = add i64 %1864, 18
  %1866 = mul i64 %1865, 8
  %1867 = load <8 x float>, <8 x float>* %21, align 32
  %1868 = fcmp ogt <8 x float> %1867, zeroinitializer
  %1869 = select <8 x i1> %1868, <8 x float> %1867, <8 x float> zeroinitializer
  %1870 = getelementptr inbounds float, float* %0, i64 %1866
  %1871 = bitcast float* %1870 to <8 x float>*
  store <8 x float> %1869, <8 x float>* %1871, align 4
  %1872 = add i64 %1864, 19
  %1873 = mul i64 %1872, 8
  %1874 = load <8 x float>, <8 x float>* %20, align 32
  %1875 = fcmp ogt <8 x float> %1874, zeroinitializer
  %1876 = select <8 x i1> %1875, <8 x float> %1874, <8 x float> zeroinitializer
  %1877 = getelementptr inbounds float, float* %0, i64 %1873
  %1878 = bitcast float* %1877 to <8 x float>*
  store <8 x float> %1876, <8 x float>* %1878, align 4
  %1879 = add i64 %1864, 20
  %1880 = mul i64 %1879, 8
  %1881 = load <8 x float>, <8 x float>* %19, align 32
  %1882 = fcmp ogt <8 x float> %1881, zeroinitializer
  %1883 = select <8 x i1> %1882, <8 x float> %1881, <8 x float> zeroinitializer
  %1884 = getelementptr inbounds float, float* %0, i64 %1880
  %1885 = bitcast float* %1884 to <8 x float>*
  store <8 x float> %1883, <8 x float>* %1885, align 4
  %1886 = add i64 %1864, 21
  %1887 = mul i64 %1886, 8
  %1888 = load <8 x float>, <8 x float>* %18, align 32
  %1889 = fcmp ogt <8 x float> %1888, zeroinitializer
  %1890 = select <8 x i1> %1889, <8 x float> %1888, <8 x float> zeroinitializer
  %1891 = getelementptr inbounds float, float* %0, i64 %1887
  %1892 = bitcast float* %1891 to <8 x float>*
  store <8 x float> %1890, <8 x float>* %1892, align 4
  %1893 = add i64 %1864, 22
  %1894 = mul i64 %1893, 8
  %1895 = load <8 x float>, <8 x float>* %17, align 32
  %1896 = fcmp ogt <8 x float> %1895, zeroinitializer
  %1897 = select <8 x i1> %1896, <8 x float> %1895, <8 x float> zeroinitializer
  %1898 = getelementptr inbounds float, float* %0, i64 %1894
  %1899 = bitcast float* %1898 to <8 x float>*
  store <8 x float> %1897, <8 x float>* %1899, align 4
  %1900 = add i64 %1864, 23
  %1901 = mul i64 %1900, 8
  %1902 = load <8 x float>, <8 x float>* %16, align 32
  %1903 = fcmp ogt <8 x float> %1902, zeroinitializer
  %1904 = select <8 x i1> %1903, <8 x float> %1902, <8 x float> zeroinitializer
  %1905 = getelementptr inbounds float, float* %0, i64 %1901
  %1906 = bitcast float* %1905 to <8 x float>*
  store <8 x float> %1904, <8 x float>* %1906, align 4
  %1907 = add i64 %74, 0
  %1908 = mul i64 %1907, 8
  %1909 = getelementptr inbounds float, float* %5, i64 %1908
  %1910 = bitcast float* %1909 to <8 x float>*
  %1911 = load <8 x float>, <8 x float>* %1910, align 4
  store <8 x float> %1911, <8 x float>* %15, align 32
  store <8 x float> %1911, <8 x float>* %14, align 32
  store <8 x float> %1911, <8 x float>* %13, align 32
  store <8 x float> %1911, <8 x float>* %12, align 32
  %1912 = add i64 %74, 1
  %1913 = mul i64 %1912, 8
  %1914 = getelementptr inbounds float, float* %5, i64 %1913
  %1915 = bitcast float* %1914 to <8 x float>*
  %1916 = load <8 x float>, <8 x float>* %1915, align 4
  store <8 x float> %1916, <8 x float>* %11, align 32
  store <8 x float> %1916, <8 x float>* %10, align 32
  store <8 x float> %1916, <8 x float>* %9, align 32
  store <8 x float> %1916, <8 x float>* %8, align 32
  %1917 = add i64 %80, 0
  %1918 = add i64 %78, %1917
  br label %u.header237

kh.header178:                                     ; preds = %kw.exit184, %u.body175
  %kh181 = phi i64 [ 0, %u.body175 ], [ %kh.next235, %kw.exit184 ]
  %1919 = icmp slt i64 %kh181, 3
  br i1 %1919, label %kh.body179, label %kh.exit180

kh.body179:                                       ; preds = %kh.header178
  %1920 = mul i64 %kh181, 128
  %1921 = add i64 %1808, %1920
  br label %kw.header182

kh.exit180:                                       ; preds = %kh.header178
  %u.next236 = add i64 %u177, 1
  br label %u.header174

kw.header182:                                     ; preds = %kw.body183, %kh.body179
  %kw185 = phi i64 [ 0, %kh.body179 ], [ %kw.next234, %kw.body183 ]
  %1922 = icmp slt i64 %kw185, 3
  br i1 %1922, label %kw.body183, label %kw.exit184

kw.body183:                                       ; preds = %kw.header182
  %1923 = mul i64 %kw185, 8
  %1924 = add i64 %1921, %1923
  %1925 = mul i64 %kh181, 3
  %1926 = add i64 %1925, %kw185
  %1927 = mul i64 %1926, 64
  %1928 = add i64 %1810, %1927
  %1929 = add i64 %1928, 0
  %1930 = getelementptr inbounds float, float* %4, i64 %1929
  %1931 = bitcast float* %1930 to <8 x float>*
  %1932 = load <8 x float>, <8 x float>* %1931, align 4
  %1933 = add i64 %1928, 36864
  %1934 = getelementptr inbounds float, float* %4, i64 %1933
  %1935 = bitcast float* %1934 to <8 x float>*
  %1936 = load <8 x float>, <8 x float>* %1935, align 4
  %1937 = add i64 %1924, 160
  %1938 = getelementptr inbounds float, float* %2, i64 %1937
  %1939 = load float, float* %1938, align 4
  %1940 = insertelement <8 x float> undef, float %1939, i32 0
  %splat186 = shufflevector <8 x float> %1940, <8 x float> undef, <8 x i32> zeroinitializer
  %1941 = load <8 x float>, <8 x float>* %27, align 32
  %1942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1932, <8 x float> %1941)
  store <8 x float> %1942, <8 x float>* %27, align 32
  %1943 = load <8 x float>, <8 x float>* %21, align 32
  %1944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1936, <8 x float> %1943)
  store <8 x float> %1944, <8 x float>* %21, align 32
  %1945 = add i64 %1924, 168
  %1946 = getelementptr inbounds float, float* %2, i64 %1945
  %1947 = load float, float* %1946, align 4
  %1948 = insertelement <8 x float> undef, float %1947, i32 0
  %splat187 = shufflevector <8 x float> %1948, <8 x float> undef, <8 x i32> zeroinitializer
  %1949 = load <8 x float>, <8 x float>* %26, align 32
  %1950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1932, <8 x float> %1949)
  store <8 x float> %1950, <8 x float>* %26, align 32
  %1951 = load <8 x float>, <8 x float>* %20, align 32
  %1952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1936, <8 x float> %1951)
  store <8 x float> %1952, <8 x float>* %20, align 32
  %1953 = add i64 %1924, 176
  %1954 = getelementptr inbounds float, float* %2, i64 %1953
  %1955 = load float, float* %1954, align 4
  %1956 = insertelement <8 x float> undef, float %1955, i32 0
  %splat188 = shufflevector <8 x float> %1956, <8 x float> undef, <8 x i32> zeroinitializer
  %1957 = load <8 x float>, <8 x float>* %25, align 32
  %1958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1932, <8 x float> %1957)
  store <8 x float> %1958, <8 x float>* %25, align 32
  %1959 = load <8 x float>, <8 x float>* %19, align 32
  %1960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1936, <8 x float> %1959)
  store <8 x float> %1960, <8 x float>* %19, align 32
  %1961 = add i64 %1924, 184
  %1962 = getelementptr inbounds float, float* %2, i64 %1961
  %1963 = load float, float* %1962, align 4
  %1964 = insertelement <8 x float> undef, float %1963, i32 0
  %splat189 = shufflevector <8 x float> %1964, <8 x float> undef, <8 x i32> zeroinitializer
  %1965 = load <8 x float>, <8 x float>* %24, align 32
  %1966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1932, <8 x float> %1965)
  store <8 x float> %1966, <8 x float>* %24, align 32
  %1967 = load <8 x float>, <8 x float>* %18, align 32
  %1968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1936, <8 x float> %1967)
  store <8 x float> %1968, <8 x float>* %18, align 32
  %1969 = add i64 %1924, 192
  %1970 = getelementptr inbounds float, float* %2, i64 %1969
  %1971 = load float, float* %1970, align 4
  %1972 = insertelement <8 x float> undef, float %1971, i32 0
  %splat190 = shufflevector <8 x float> %1972, <8 x float> undef, <8 x i32> zeroinitializer
  %1973 = load <8 x float>, <8 x float>* %23, align 32
  %1974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1932, <8 x float> %1973)
  store <8 x float> %1974, <8 x float>* %23, align 32
  %1975 = load <8 x float>, <8 x float>* %17, align 32
  %1976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1936, <8 x float> %1975)
  store <8 x float> %1976, <8 x float>* %17, align 32
  %1977 = add i64 %1924, 200
  %1978 = getelementptr inbounds float, float* %2, i64 %1977
  %1979 = load float, float* %1978, align 4
  %1980 = insertelement <8 x float> undef, float %1979, i32 0
  %splat191 = shufflevector <8 x float> %1980, <8 x float> undef, <8 x i32> zeroinitializer
  %1981 = load <8 x float>, <8 x float>* %22, align 32
  %1982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1932, <8 x float> %1981)
  store <8 x float> %1982, <8 x float>* %22, align 32
  %1983 = load <8 x float>, <8 x float>* %16, align 32
  %1984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1936, <8 x float> %1983)
  store <8 x float> %1984, <8 x float>* %16, align 32
  %1985 = add i64 %1928, 8
  %1986 = getelementptr inbounds float, float* %4, i64 %1985
  %1987 = bitcast float* %1986 to <8 x float>*
  %1988 = load <8 x float>, <8 x float>* %1987, align 4
  %1989 = add i64 %1928, 36872
  %1990 = getelementptr inbounds float, float* %4, i64 %1989
  %1991 = bitcast float* %1990 to <8 x float>*
  %1992 = load <8 x float>, <8 x float>* %1991, align 4
  %1993 = add i64 %1924, 161
  %1994 = getelementptr inbounds float, float* %2, i64 %1993
  %1995 = load float, float* %1994, align 4
  %1996 = insertelement <8 x float> undef, float %1995, i32 0
  %splat192 = shufflevector <8 x float> %1996, <8 x float> undef, <8 x i32> zeroinitializer
  %1997 = load <8 x float>, <8 x float>* %27, align 32
  %1998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1988, <8 x float> %1997)
  store <8 x float> %1998, <8 x float>* %27, align 32
  %1999 = load <8 x float>, <8 x float>* %21, align 32
  %2000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1992, <8 x float> %1999)
  store <8 x float> %2000, <8 x float>* %21, align 32
  %2001 = add i64 %1924, 169
  %2002 = getelementptr inbounds float, float* %2, i64 %2001
  %2003 = load float, float* %2002, align 4
  %2004 = insertelement <8 x float> undef, float %2003, i32 0
  %splat193 = shufflevector <8 x float> %2004, <8 x float> undef, <8 x i32> zeroinitializer
  %2005 = load <8 x float>, <8 x float>* %26, align 32
  %2006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1988, <8 x float> %2005)
  store <8 x float> %2006, <8 x float>* %26, align 32
  %2007 = load <8 x float>, <8 x float>* %20, align 32
  %2008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1992, <8 x float> %2007)
  store <8 x float> %2008, <8 x float>* %20, align 32
  %2009 = add i64 %1924, 177
  %2010 = getelementptr inbounds float, float* %2, i64 %2009
  %2011 = load float, float* %2010, align 4
  %2012 = insertelement <8 x float> undef, float %2011, i32 0
  %splat194 = shufflevector <8 x float> %2012, <8 x float> undef, <8 x i32> zeroinitializer
  %2013 = load <8 x float>, <8 x float>* %25, align 32
  %2014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1988, <8 x float> %2013)
  store <8 x float> %2014, <8 x float>* %25, align 32
  %2015 = load <8 x float>, <8 x float>* %19, align 32
  %2016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1992, <8 x float> %2015)
  store <8 x float> %2016, <8 x float>* %19, align 32
  %2017 = add i64 %1924, 185
  %2018 = getelementptr inbounds float, float* %2, i64 %2017
  %2019 = load float, float* %2018, align 4
  %2020 = insertelement <8 x float> undef, float %2019, i32 0
  %splat195 = shufflevector <8 x float> %2020, <8 x float> undef, <8 x i32> zeroinitializer
  %2021 = load <8 x float>, <8 x float>* %24, align 32
  %2022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1988, <8 x float> %2021)
  store <8 x float> %2022, <8 x float>* %24, align 32
  %2023 = load <8 x float>, <8 x float>* %18, align 32
  %2024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1992, <8 x float> %2023)
  store <8 x float> %2024, <8 x float>* %18, align 32
  %2025 = add i64 %1924, 193
  %2026 = getelementptr inbounds float, float* %2, i64 %2025
  %2027 = load float, float* %2026, align 4
  %2028 = insertelement <8 x float> undef, float %2027, i32 0
  %splat196 = shufflevector <8 x float> %2028, <8 x float> undef, <8 x i32> zeroinitializer
  %2029 = load <8 x float>, <8 x float>* %23, align 32
  %2030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1988, <8 x float> %2029)
  store <8 x float> %2030, <8 x float>* %23, align 32
  %2031 = load <8 x float>, <8 x float>* %17, align 32
  %2032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1992, <8 x float> %2031)
  store <8 x float> %2032, <8 x float>* %17, align 32
  %2033 = add i64 %1924, 201
  %2034 = getelementptr inbounds float, float* %2, i64 %2033
  %2035 = load float, float* %2034, align 4
  %2036 = insertelement <8 x float> undef, float %2035, i32 0
  %splat197 = shufflevector <8 x float> %2036, <8 x float> undef, <8 x i32> zeroinitializer
  %2037 = load <8 x float>, <8 x float>* %22, align 32
  %2038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1988, <8 x float> %2037)
  store <8 x float> %2038, <8 x float>* %22, align 32
  %2039 = load <8 x float>, <8 x float>* %16, align 32
  %2040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1992, <8 x float> %2039)
  store <8 x float> %2040, <8 x float>* %16, align 32
  %2041 = add i64 %1928, 16
  %2042 = getelementptr inbounds float, float* %4, i64 %2041
  %2043 = bitcast float* %2042 to <8 x float>*
  %2044 = load <8 x float>, <8 x float>* %2043, align 4
  %2045 = add i64 %1928, 36880
  %2046 = getelementptr inbounds float, float* %4, i64 %2045
  %2047 = bitcast float* %2046 to <8 x float>*
  %2048 = load <8 x float>, <8 x float>* %2047, align 4
  %2049 = add i64 %1924, 162
  %2050 = getelementptr inbounds float, float* %2, i64 %2049
  %2051 = load float, float* %2050, align 4
  %2052 = insertelement <8 x float> undef, float %2051, i32 0
  %splat198 = shufflevector <8 x float> %2052, <8 x float> undef, <8 x i32> zeroinitializer
  %2053 = load <8 x float>, <8 x float>* %27, align 32
  %2054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2044, <8 x float> %2053)
  store <8 x float> %2054, <8 x float>* %27, align 32
  %2055 = load <8 x float>, <8 x float>* %21, align 32
  %2056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2048, <8 x float> %2055)
  store <8 x float> %2056, <8 x float>* %21, align 32
  %2057 = add i64 %1924, 170
  %2058 = getelementptr inbounds float, float* %2, i64 %2057
  %2059 = load float, float* %2058, align 4
  %2060 = insertelement <8 x float> undef, float %2059, i32 0
  %splat199 = shufflevector <8 x float> %2060, <8 x float> undef, <8 x i32> zeroinitializer
  %2061 = load <8 x float>, <8 x float>* %26, align 32
  %2062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2044, <8 x float> %2061)
  store <8 x float> %2062, <8 x float>* %26, align 32
  %2063 = load <8 x float>, <8 x float>* %20, align 32
  %2064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2048, <8 x float> %2063)
  store <8 x float> %2064, <8 x float>* %20, align 32
  %2065 = add i64 %1924, 178
  %2066 = getelementptr inbounds float, float* %2, i64 %2065
  %2067 = load float, float* %2066, align 4
  %2068 = insertelement <8 x float> undef, float %2067, i32 0
  %splat200 = shufflevector <8 x float> %2068, <8 x float> undef, <8 x i32> zeroinitializer
  %2069 = load <8 x float>, <8 x float>* %25, align 32
  %2070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2044, <8 x float> %2069)
  store <8 x float> %2070, <8 x float>* %25, align 32
  %2071 = load <8 x float>, <8 x float>* %19, align 32
  %2072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2048, <8 x float> %2071)
  store <8 x float> %2072, <8 x float>* %19, align 32
  %2073 = add i64 %1924, 186
  %2074 = getelementptr inbounds float, float* %2, i64 %2073
  %2075 = load float, float* %2074, align 4
  %2076 = insertelement <8 x float> undef, float %2075, i32 0
  %splat201 = shufflevector <8 x float> %2076, <8 x float> undef, <8 x i32> zeroinitializer
  %2077 = load <8 x float>, <8 x float>* %24, align 32
  %2078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2044, <8 x float> %2077)
  store <8 x float> %2078, <8 x float>* %24, align 32
  %2079 = load <8 x float>, <8 x float>* %18, align 32
  %2080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2048, <8 x float> %2079)
  store <8 x float> %2080, <8 x float>* %18, align 32
  %2081 = add i64 %1924, 194
  %2082 = getelementptr inbounds float, float* %2, i64 %2081
  %2083 = load float, float* %2082, align 4
  %2084 = insertelement <8 x float> undef, float %2083, i32 0
  %splat202 = shufflevector <8 x float> %2084, <8 x float> undef, <8 x i32> zeroinitializer
  %2085 = load <8 x float>, <8 x float>* %23, align 32
  %2086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2044, <8 x float> %2085)
  store <8 x float> %2086, <8 x float>* %23, align 32
  %2087 = load <8 x float>, <8 x float>* %17, align 32
  %2088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2048, <8 x float> %2087)
  store <8 x float> %2088, <8 x float>* %17, align 32
  %2089 = add i64 %1924, 202
  %2090 = getelementptr inbounds float, float* %2, i64 %2089
  %2091 = load float, float* %2090, align 4
  %2092 = insertelement <8 x float> undef, float %2091, i32 0
  %splat203 = shufflevector <8 x float> %2092, <8 x float> undef, <8 x i32> zeroinitializer
  %2093 = load <8 x float>, <8 x float>* %22, align 32
  %2094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2044, <8 x float> %2093)
  store <8 x float> %2094, <8 x float>* %22, align 32
  %2095 = load <8 x float>, <8 x float>* %16, align 32
  %2096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2048, <8 x float> %2095)
  store <8 x float> %2096, <8 x float>* %16, align 32
  %2097 = add i64 %1928, 24
  %2098 = getelementptr inbounds float, float* %4, i64 %2097
  %2099 = bitcast float* %2098 to <8 x float>*
  %2100 = load <8 x float>, <8 x float>* %2099, align 4
  %2101 = add i64 %1928, 36888
  %2102 = getelementptr inbounds float, float* %4, i64 %2101
  %2103 = bitcast float* %2102 to <8 x float>*
  %2104 = load <8 x float>, <8 x float>* %2103, align 4
  %2105 = add i64 %1924, 163
  %2106 = getelementptr inbounds float, float* %2, i64 %2105
  %2107 = load float, float* %2106, align 4
  %2108 = insertelement <8 x float> undef, float %2107, i32 0
  %splat204 = shufflevector <8 x float> %2108, <8 x float> undef, <8 x i32> zeroinitializer
  %2109 = load <8 x float>, <8 x float>* %27, align 32
  %2110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2100, <8 x float> %2109)
  store <8 x float> %2110, <8 x float>* %27, align 32
  %2111 = load <8 x float>, <8 x float>* %21, align 32
  %2112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2104, <8 x float> %2111)
  store <8 x float> %2112, <8 x float>* %21, align 32
  %2113 = add i64 %1924, 171
  %2114 = getelementptr inbounds float, float* %2, i64 %2113
  %2115 = load float, float* %2114, align 4
  %2116 = insertelement <8 x float> undef, float %2115, i32 0
  %splat205 = shufflevector <8 x float> %2116, <8 x float> undef, <8 x i32> zeroinitializer
  %2117 = load <8 x float>, <8 x float>* %26, align 32
  %2118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2100, <8 x float> %2117)
  store <8 x float> %2118, <8 x float>* %26, align 32
  %2119 = load <8 x float>, <8 x float>* %20, align 32
  %2120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2104, <8 x float> %2119)
  store <8 x float> %2120, <8 x float>* %20, align 32
  %2121 = add i64 %1924, 179
  %2122 = getelementptr inbounds float, float* %2, i64 %2121
  %2123 = load float, float* %2122, align 4
  %2124 = insertelement <8 x float> undef, float %2123, i32 0
  %splat206 = shufflevector <8 x float> %2124, <8 x float> undef, <8 x i32> zeroinitializer
  %2125 = load <8 x float>, <8 x float>* %25, align 32
  %2126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2100, <8 x float> %2125)
  store <8 x float> %2126, <8 x float>* %25, align 32
  %2127 = load <8 x float>, <8 x float>* %19, align 32
  %2128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2104, <8 x float> %2127)
  store <8 x float> %2128, <8 x float>* %19, align 32
  %2129 = add i64 %1924, 187
  %2130 = getelementptr inbounds float, float* %2, i64 %2129
  %2131 = load float, float* %2130, align 4
  %2132 = insertelement <8 x float> undef, float %2131, i32 0
  %splat207 = shufflevector <8 x float> %2132, <8 x float> undef, <8 x i32> zeroinitializer
  %2133 = load <8 x float>, <8 x float>* %24, align 32
  %2134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2100, <8 x float> %2133)
  store <8 x float> %2134, <8 x float>* %24, align 32
  %2135 = load <8 x float>, <8 x float>* %18, align 32
  %2136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2104, <8 x float> %2135)
  store <8 x float> %2136, <8 x float>* %18, align 32
  %2137 = add i64 %1924, 195
  %2138 = getelementptr inbounds float, float* %2, i64 %2137
  %2139 = load float, float* %2138, align 4
  %2140 = insertelement <8 x float> undef, float %2139, i32 0
  %splat208 = shufflevector <8 x float> %2140, <8 x float> undef, <8 x i32> zeroinitializer
  %2141 = load <8 x float>, <8 x float>* %23, align 32
  %2142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2100, <8 x float> %2141)
  store <8 x float> %2142, <8 x float>* %23, align 32
  %2143 = load <8 x float>, <8 x float>* %17, align 32
  %2144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2104, <8 x float> %2143)
  store <8 x float> %2144, <8 x float>* %17, align 32
  %2145 = add i64 %1924, 203
  %2146 = getelementptr inbounds float, float* %2, i64 %2145
  %2147 = load float, float* %2146, align 4
  %2148 = insertelement <8 x float> undef, float %2147, i32 0
  %splat209 = shufflevector <8 x float> %2148, <8 x float> undef, <8 x i32> zeroinitializer
  %2149 = load <8 x float>, <8 x float>* %22, align 32
  %2150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2100, <8 x float> %2149)
  store <8 x float> %2150, <8 x float>* %22, align 32
  %2151 = load <8 x float>, <8 x float>* %16, align 32
  %2152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2104, <8 x float> %2151)
  store <8 x float> %2152, <8 x float>* %16, align 32
  %2153 = add i64 %1928, 32
  %2154 = getelementptr inbounds float, float* %4, i64 %2153
  %2155 = bitcast float* %2154 to <8 x float>*
  %2156 = load <8 x float>, <8 x float>* %2155, align 4
  %2157 = add i64 %1928, 36896
  %2158 = getelementptr inbounds float, float* %4, i64 %2157
  %2159 = bitcast float* %2158 to <8 x float>*
  %2160 = load <8 x float>, <8 x float>* %2159, align 4
  %2161 = add i64 %1924, 164
  %2162 = getelementptr inbounds float, float* %2, i64 %2161
  %2163 = load float, float* %2162, align 4
  %2164 = insertelement <8 x float> undef, float %2163, i32 0
  %splat210 = shufflevector <8 x float> %2164, <8 x float> undef, <8 x i32> zeroinitializer
  %2165 = load <8 x float>, <8 x float>* %27, align 32
  %2166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2156, <8 x float> %2165)
  store <8 x float> %2166, <8 x float>* %27, align 32
  %2167 = load <8 x float>, <8 x float>* %21, align 32
  %2168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2160, <8 x float> %2167)
  store <8 x float> %2168, <8 x float>* %21, align 32
  %2169 = add i64 %1924, 172
  %2170 = getelementptr inbounds float, float* %2, i64 %2169
  %2171 = load float, float* %2170, align 4
  %2172 = insertelement <8 x float> undef, float %2171, i32 0
  %splat211 = shufflevector <8 x float> %2172, <8 x float> undef, <8 x i32> zeroinitializer
  %2173 = load <8 x float>, <8 x float>* %26, align 32
  %2174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2156, <8 x float> %2173)
  store <8 x float> %2174, <8 x float>* %26, align 32
  %2175 = load <8 x float>, <8 x float>* %20, align 32
  %2176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2160, <8 x float> %2175)
  store <8 x float> %2176, <8 x float>* %20, align 32
  %2177 = add i64 %1924, 180
  %2178 = getelementptr inbounds float, float* %2, i64 %2177
  %2179 = load float, float* %2178, align 4
  %2180 = insertelement <8 x float> undef, float %2179, i32 0
  %splat212 = shufflevector <8 x float> %2180, <8 x float> undef, <8 x i32> zeroinitializer
  %2181 = load <8 x float>, <8 x float>* %25, align 32
  %2182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2156, <8 x float> %2181)
  store <8 x float> %2182, <8 x float>* %25, align 32
  %2183 = load <8 x float>, <8 x float>* %19, align 32
  %2184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2160, <8 x float> %2183)
  store <8 x float> %2184, <8 x float>* %19, align 32
  %2185 = add i64 %1924, 188
  %2186 = getelementptr inbounds float, float* %2, i64 %2185
  %2187 = load float, float* %2186, align 4
  %2188 = insertelement <8 x float> undef, float %2187, i32 0
  %splat213 = shufflevector <8 x float> %2188, <8 x float> undef, <8 x i32> zeroinitializer
  %2189 = load <8 x float>, <8 x float>* %24, align 32
  %2190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2156, <8 x float> %2189)
  store <8 x float> %2190, <8 x float>* %24, align 32
  %2191 = load <8 x float>, <8 x float>* %18, align 32
  %2192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2160, <8 x float> %2191)
  store <8 x float> %2192, <8 x float>* %18, align 32
  %2193 = add i64 %1924, 196
  %2194 = getelementptr inbounds float, float* %2, i64 %2193
  %2195 = load float, float* %2194, align 4
  %2196 = insertelement <8 x float> undef, float %2195, i32 0
  %splat214 = shufflevector <8 x float> %2196, <8 x float> undef, <8 x i32> zeroinitializer
  %2197 = load <8 x float>, <8 x float>* %23, align 32
  %2198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2156, <8 x float> %2197)
  store <8 x float> %2198, <8 x float>* %23, align 32
  %2199 = load <8 x float>, <8 x float>* %17, align 32
  %2200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2160, <8 x float> %2199)
  store <8 x float> %2200, <8 x float>* %17, align 32
  %2201 = add i64 %1924, 204
  %2202 = getelementptr inbounds float, float* %2, i64 %2201
  %2203 = load float, float* %2202, align 4
  %2204 = insertelement <8 x float> undef, float %2203, i32 0
  %splat215 = shufflevector <8 x float> %2204, <8 x float> undef, <8 x i32> zeroinitializer
  %2205 = load <8 x float>, <8 x float>* %22, align 32
  %2206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2156, <8 x float> %2205)
  store <8 x float> %2206, <8 x float>* %22, align 32
  %2207 = load <8 x float>, <8 x float>* %16, align 32
  %2208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2160, <8 x float> %2207)
  store <8 x float> %2208, <8 x float>* %16, align 32
  %2209 = add i64 %1928, 40
  %2210 = getelementptr inbounds float, float* %4, i64 %2209
  %2211 = bitcast float* %2210 to <8 x float>*
  %2212 = load <8 x float>, <8 x float>* %2211, align 4
  %2213 = add i64 %1928, 36904
  %2214 = getelementptr inbounds float, float* %4, i64 %2213
  %2215 = bitcast float* %2214 to <8 x float>*
  %2216 = load <8 x float>, <8 x float>* %2215, align 4
  %2217 = add i64 %1924, 165
  %2218 = getelementptr inbounds float, float* %2, i64 %2217
  %2219 = load float, float* %2218, align 4
  %2220 = insertelement <8 x float> undef, float %2219, i32 0
  %splat216 = shufflevector <8 x float> %2220, <8 x float> undef, <8 x i32> zeroinitializer
  %2221 = load <8 x float>, <8 x float>* %27, align 32
  %2222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2212, <8 x float> %2221)
  store <8 x float> %2222, <8 x float>* %27, align 32
  %2223 = load <8 x float>, <8 x float>* %21, align 32
  %2224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2216, <8 x float> %2223)
  store <8 x float> %2224, <8 x float>* %21, align 32
  %2225 = add i64 %1924, 173
  %2226 = getelementptr inbounds float, float* %2, i64 %2225
  %2227 = load float, float* %2226, align 4
  %2228 = insertelement <8 x float> undef, float %2227, i32 0
  %splat217 = shufflevector <8 x float> %2228, <8 x float> undef, <8 x i32> zeroinitializer
  %2229 = load <8 x float>, <8 x float>* %26, align 32
  %2230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2212, <8 x float> %2229)
  store <8 x float> %2230, <8 x float>* %26, align 32
  %2231 = load <8 x float>, <8 x float>* %20, align 32
  %2232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2216, <8 x float> %2231)
  store <8 x float> %2232, <8 x float>* %20, align 32
  %2233 = add i64 %1924, 181
  %2234 = getelementptr inbounds float, float* %2, i64 %2233
  %2235 = load float, float* %2234, align 4
  %2236 = insertelement <8 x float> undef, float %2235, i32 0
  %splat218 = shufflevector <8 x float> %2236, <8 x float> undef, <8 x i32> zeroinitializer
  %2237 = load <8 x float>, <8 x float>* %25, align 32
  %2238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2212, <8 x float> %2237)
  store <8 x float> %2238, <8 x float>* %25, align 32
  %2239 = load <8 x float>, <8 x float>* %19, align 32
  %2240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2216, <8 x float> %2239)
  store <8 x float> %2240, <8 x float>* %19, align 32
  %2241 = add i64 %1924, 189
  %2242 = getelementptr inbounds float, float* %2, i64 %2241
  %2243 = load float, float* %2242, align 4
  %2244 = insertelement <8 x float> undef, float %2243, i32 0
  %splat219 = shufflevector <8 x float> %2244, <8 x float> undef, <8 x i32> zeroinitializer
  %2245 = load <8 x float>, <8 x float>* %24, align 32
  %2246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2212, <8 x float> %2245)
  store <8 x float> %2246, <8 x float>* %24, align 32
  %2247 = load <8 x float>, <8 x float>* %18, align 32
  %2248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2216, <8 x float> %2247)
  store <8 x float> %2248, <8 x float>* %18, align 32
  %2249 = add i64 %1924, 197
  %2250 = getelementptr inbounds float, float* %2, i64 %2249
  %2251 = load float, float* %2250, align 4
  %2252 = insertelement <8 x float> undef, float %2251, i32 0
  %splat220 = shufflevector <8 x float> %2252, <8 x float> undef, <8 x i32> zeroinitializer
  %2253 = load <8 x float>, <8 x float>* %23, align 32
  %2254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2212, <8 x float> %2253)
  store <8 x float> %2254, <8 x float>* %23, align 32
  %2255 = load <8 x float>, <8 x float>* %17, align 32
  %2256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2216, <8 x float> %2255)
  store <8 x float> %2256, <8 x float>* %17, align 32
  %2257 = add i64 %1924, 205
  %2258 = getelementptr inbounds float, float* %2, i64 %2257
  %2259 = load float, float* %2258, align 4
  %2260 = insertelement <8 x float> undef, float %2259, i32 0
  %splat221 = shufflevector <8 x float> %2260, <8 x float> undef, <8 x i32> zeroinitializer
  %2261 = load <8 x float>, <8 x float>* %22, align 32
  %2262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2212, <8 x float> %2261)
  store <8 x float> %2262, <8 x float>* %22, align 32
  %2263 = load <8 x float>, <8 x float>* %16, align 32
  %2264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2216, <8 x float> %2263)
  store <8 x float> %2264, <8 x float>* %16, align 32
  %2265 = add i64 %1928, 48
  %2266 = getelementptr inbounds float, float* %4, i64 %2265
  %2267 = bitcast float* %2266 to <8 x float>*
  %2268 = load <8 x float>, <8 x float>* %2267, align 4
  %2269 = add i64 %1928, 36912
  %2270 = getelementptr inbounds float, float* %4, i64 %2269
  %2271 = bitcast float* %2270 to <8 x float>*
  %2272 = load <8 x float>, <8 x float>* %2271, align 4
  %2273 = add i64 %1924, 166
  %2274 = getelementptr inbounds float, float* %2, i64 %2273
  %2275 = load float, float* %2274, align 4
  %2276 = insertelement <8 x float> undef, float %2275, i32 0
  %splat222 = shufflevector <8 x float> %2276, <8 x float> undef, <8 x i32> zeroinitializer
  %2277 = load <8 x float>, <8 x float>* %27, align 32
  %2278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2268, <8 x float> %2277)
  store <8 x float> %2278, <8 x float>* %27, align 32
  %2279 = load <8 x float>, <8 x float>* %21, align 32
  %2280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2272, <8 x float> %2279)
  store <8 x float> %2280, <8 x float>* %21, align 32
  %2281 = add i64 %1924, 174
  %2282 = getelementptr inbounds float, float* %2, i64 %2281
  %2283 = load float, float* %2282, align 4
  %2284 = insertelement <8 x float> undef, float %2283, i32 0
  %splat223 = shufflevector <8 x float> %2284, <8 x float> undef, <8 x i32> zeroinitializer
  %2285 = load <8 x float>, <8 x float>* %26, align 32
  %2286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2268, <8 x float> %2285)
  store <8 x float> %2286, <8 x float>* %26, align 32
  %2287 = load <8 x float>, <8 x float>* %20, align 32
  %2288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2272, <8 x float> %2287)
  store <8 x float> %2288, <8 x float>* %20, align 32
  %2289 = add i64 %1924, 182
  %2290 = getelementptr inbounds float, float* %2, i64 %2289
  %2291 = load float, float* %2290, align 4
  %2292 = insertelement <8 x float> undef, float %2291, i32 0
  %splat224 = shufflevector <8 x float> %2292, <8 x float> undef, <8 x i32> zeroinitializer
  %2293 = load <8 x float>, <8 x float>* %25, align 32
  %2294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2268, <8 x float> %2293)
  store <8 x float> %2294, <8 x float>* %25, align 32
  %2295 = load <8 x float>, <8 x float>* %19, align 32
  %2296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2272, <8 x float> %2295)
  store <8 x float> %2296, <8 x float>* %19, align 32
  %2297 = add i64 %1924, 190
  %2298 = getelementptr inbounds float, float* %2, i64 %2297
  %2299 = load float, float* %2298, align 4
  %2300 = insertelement <8 x float> undef, float %2299, i32 0
  %splat225 = shufflevector <8 x float> %2300, <8 x float> undef, <8 x i32> zeroinitializer
  %2301 = load <8 x float>, <8 x float>* %24, align 32
  %2302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2268, <8 x float> %2301)
  store <8 x float> %2302, <8 x float>* %24, align 32
  %2303 = load <8 x float>, <8 x float>* %18, align 32
  %2304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2272, <8 x float> %2303)
  store <8 x float> %2304, <8 x float>* %18, align 32
  %2305 = add i64 %1924, 198
  %2306 = getelementptr inbounds float, float* %2, i64 %2305
  %2307 = load float, float* %2306, align 4
  %2308 = insertelement <8 x float> undef, float %2307, i32 0
  %splat226 = shufflevector <8 x float> %2308, <8 x float> undef, <8 x i32> zeroinitializer
  %2309 = load <8 x float>, <8 x float>* %23, align 32
  %2310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2268, <8 x float> %2309)
  store <8 x float> %2310, <8 x float>* %23, align 32
  %2311 = load <8 x float>, <8 x float>* %17, align 32
  %2312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2272, <8 x float> %2311)
  store <8 x float> %2312, <8 x float>* %17, align 32
  %2313 = add i64 %1924, 206
  %2314 = getelementptr inbounds float, float* %2, i64 %2313
  %2315 = load float, float* %2314, align 4
  %2316 = insertelement <8 x float> undef, float %2315, i32 0
  %splat227 = shufflevector <8 x float> %2316, <8 x float> undef, <8 x i32> zeroinitializer
  %2317 = load <8 x float>, <8 x float>* %22, align 32
  %2318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2268, <8 x float> %2317)
  store <8 x float> %2318, <8 x float>* %22, align 32
  %2319 = load <8 x float>, <8 x float>* %16, align 32
  %2320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2272, <8 x float> %2319)
  store <8 x float> %2320, <8 x float>* %16, align 32
  %2321 = add i64 %1928, 56
  %2322 = getelementptr inbounds float, float* %4, i64 %2321
  %2323 = bitcast float* %2322 to <8 x float>*
  %2324 = load <8 x float>, <8 x float>* %2323, align 4
  %2325 = add i64 %1928, 36920
  %2326 = getelementptr inbounds float, float* %4, i64 %2325
  %2327 = bitcast float* %2326 to <8 x float>*
  %2328 = load <8 x float>, <8 x float>* %2327, align 4
  %2329 = add i64 %1924, 167
  %2330 = getelementptr inbounds float, float* %2, i64 %2329
  %2331 = load float, float* %2330, align 4
  %2332 = insertelement <8 x float> undef, float %2331, i32 0
  %splat228 = shufflevector <8 x float> %2332, <8 x float> undef, <8 x i32> zeroinitializer
  %2333 = load <8 x float>, <8 x float>* %27, align 32
  %2334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2324, <8 x float> %2333)
  store <8 x float> %2334, <8 x float>* %27, align 32
  %2335 = load <8 x float>, <8 x float>* %21, align 32
  %2336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2328, <8 x float> %2335)
  store <8 x float> %2336, <8 x float>* %21, align 32
  %2337 = add i64 %1924, 175
  %2338 = getelementptr inbounds float, float* %2, i64 %2337
  %2339 = load float, float* %2338, align 4
  %2340 = insertelement <8 x float> undef, float %2339, i32 0
  %splat229 = shufflevector <8 x float> %2340, <8 x float> undef, <8 x i32> zeroinitializer
  %2341 = load <8 x float>, <8 x float>* %26, align 32
  %2342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2324, <8 x float> %2341)
  store <8 x float> %2342, <8 x float>* %26, align 32
  %2343 = load <8 x float>, <8 x float>* %20, align 32
  %2344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2328, <8 x float> %2343)
  store <8 x float> %2344, <8 x float>* %20, align 32
  %2345 = add i64 %1924, 183
  %2346 = getelementptr inbounds float, float* %2, i64 %2345
  %2347 = load float, float* %2346, align 4
  %2348 = insertelement <8 x float> undef, float %2347, i32 0
  %splat230 = shufflevector <8 x float> %2348, <8 x float> undef, <8 x i32> zeroinitializer
  %2349 = load <8 x float>, <8 x float>* %25, align 32
  %2350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2324, <8 x float> %2349)
  store <8 x float> %2350, <8 x float>* %25, align 32
  %2351 = load <8 x float>, <8 x float>* %19, align 32
  %2352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2328, <8 x float> %2351)
  store <8 x float> %2352, <8 x float>* %19, align 32
  %2353 = add i64 %1924, 191
  %2354 = getelementptr inbounds float, float* %2, i64 %2353
  %2355 = load float, float* %2354, align 4
  %2356 = insertelement <8 x float> undef, float %2355, i32 0
  %splat231 = shufflevector <8 x float> %2356, <8 x float> undef, <8 x i32> zeroinitializer
  %2357 = load <8 x float>, <8 x float>* %24, align 32
  %2358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2324, <8 x float> %2357)
  store <8 x float> %2358, <8 x float>* %24, align 32
  %2359 = load <8 x float>, <8 x float>* %18, align 32
  %2360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2328, <8 x float> %2359)
  store <8 x float> %2360, <8 x float>* %18, align 32
  %2361 = add i64 %1924, 199
  %2362 = getelementptr inbounds float, float* %2, i64 %2361
  %2363 = load float, float* %2362, align 4
  %2364 = insertelement <8 x float> undef, float %2363, i32 0
  %splat232 = shufflevector <8 x float> %2364, <8 x float> undef, <8 x i32> zeroinitializer
  %2365 = load <8 x float>, <8 x float>* %23, align 32
  %2366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2324, <8 x float> %2365)
  store <8 x float> %2366, <8 x float>* %23, align 32
  %2367 = load <8 x float>, <8 x float>* %17, align 32
  %2368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2328, <8 x float> %2367)
  store <8 x float> %2368, <8 x float>* %17, align 32
  %2369 = add i64 %1924, 207
  %2370 = getelementptr inbounds float, float* %2, i64 %2369
  %2371 = load float, float* %2370, align 4
  %2372 = insertelement <8 x float> undef, float %2371, i32 0
  %splat233 = shufflevector <8 x float> %2372, <8 x float> undef, <8 x i32> zeroinitializer
  %2373 = load <8 x float>, <8 x float>* %22, align 32
  %2374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2324, <8 x float> %2373)
  store <8 x float> %2374, <8 x float>* %22, align 32
  %2375 = load <8 x float>, <8 x float>* %16, align 32
  %2376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2328, <8 x float> %2375)
  store <8 x float> %2376, <8 x float>* %16, align 32
  %kw.next234 = add i64 %kw185, 1
  br label %kw.header182

kw.exit184:                                       ; preds = %kw.header182
  %kh.next235 = add i64 %kh181, 1
  br label %kh.header178

u.header237:                                      ; preds = %kh.exit243, %u.exit176
  %u240 = phi i64 [ 0, %u.exit176 ], [ %u.next283, %kh.exit243 ]
  %2377 = icmp slt i64 %u240, 64
  br i1 %2377, label %u.body238, label %u.exit239

u.body238:                                        ; preds = %u.header237
  %2378 = mul i64 %u240, 2048
  %2379 = add i64 %1918, %2378
  %2380 = mul i64 %u240, 576
  %2381 = add i64 %79, %2380
  br label %kh.header241

u.exit239:                                        ; preds = %u.header237
  %2382 = mul i64 %71, 64
  %2383 = add i64 %2382, %74
  %2384 = add i64 %2383, 0
  %2385 = mul i64 %2384, 14
  %2386 = add i64 %2385, %68
  %2387 = mul i64 %2386, 14
  %2388 = add i64 %2387, 24
  %2389 = mul i64 %2388, 8
  %2390 = load <8 x float>, <8 x float>* %15, align 32
  %2391 = fcmp ogt <8 x float> %2390, zeroinitializer
  %2392 = select <8 x i1> %2391, <8 x float> %2390, <8 x float> zeroinitializer
  %2393 = getelementptr inbounds float, float* %0, i64 %2389
  %2394 = bitcast float* %2393 to <8 x float>*
  store <8 x float> %2392, <8 x float>* %2394, align 4
  %2395 = add i64 %2387, 25
  %2396 = mul i64 %2395, 8
  %2397 = load <8 x float>, <8 x float>* %14, align 32
  %2398 = fcmp ogt <8 x float> %2397, zeroinitializer
  %2399 = select <8 x i1> %2398, <8 x float> %2397, <8 x float> zeroinitializer
  %2400 = getelementptr inbounds float, float* %0, i64 %2396
  %2401 = bitcast float* %2400 to <8 x float>*
  store <8 x float> %2399, <8 x float>* %2401, align 4
  %2402 = add i64 %2387, 26
  %2403 = mul i64 %2402, 8
  %2404 = load <8 x float>, <8 x float>* %13, align 32
  %2405 = fcmp ogt <8 x float> %2404, zeroinitializer
  %2406 = select <8 x i1> %2405, <8 x float> %2404, <8 x float> zeroinitializer
  %2407 = getelementptr inbounds float, float* %0, i64 %2403
  %2408 = bitcast float* %2407 to <8 x float>*
  store <8 x float> %2406, <8 x float>* %2408, align 4
  %2409 = add i64 %2387, 27
  %2410 = mul i64 %2409, 8
  %2411 = load <8 x float>, <8 x float>* %12, align 32
  %2412 = fcmp ogt <8 x float> %2411, zeroinitializer
  %2413 = select <8 x i1> %2412, <8 x float> %2411, <8 x float> zeroinitializer
  %2414 = getelementptr inbounds float, float* %0, i64 %2410
  %2415 = bitcast float* %2414 to <8 x float>*
  store <8 x float> %2413, <8 x float>* %2415, align 4
  %2416 = mul i64 %71, 64
  %2417 = add i64 %2416, %74
  %2418 = add i64 %2417, 1
  %2419 = mul i64 %2418, 14
  %2420 = add i64 %2419, %68
  %2421 = mul i64 %2420, 14
  %2422 = add i64 %2421, 24
  %2423 = mul i64 %2422, 8
  %2424 = load <8 x float>, <8 x float>* %11, align 32
  %2425 = fcmp ogt <8 x float> %2424, zeroinitializer
  %2426 = select <8 x i1> %2425, <8 x float> %2424, <8 x float> zeroinitializer
  %2427 = getelementptr inbounds float, float* %0, i64 %2423
  %2428 = bitcast float* %2427 to <8 x float>*
  store <8 x float> %2426, <8 x float>* %2428, align 4
  %2429 = add i64 %2421, 25
  %2430 = mul i64 %2429, 8
  %2431 = load <8 x float>, <8 x float>* %10, align 32
  %2432 = fcmp ogt <8 x float> %2431, zeroinitializer
  %2433 = select <8 x i1> %2432, <8 x float> %2431, <8 x float> zeroinitializer
  %2434 = getelementptr inbounds float, float* %0, i64 %2430
  %2435 = bitcast float* %2434 to <8 x float>*
  store <8 x float> %2433, <8 x float>* %2435, align 4
  %2436 = add i64 %2421, 26
  %2437 = mul i64 %2436, 8
  %2438 = load <8 x float>, <8 x float>* %9, align 32
  %2439 = fcmp ogt <8 x float> %2438, zeroinitializer
  %2440 = select <8 x i1> %2439, <8 x float> %2438, <8 x float> zeroinitializer
  %2441 = getelementptr inbounds float, float* %0, i64 %2437
  %2442 = bitcast float* %2441 to <8 x float>*
  store <8 x float> %2440, <8 x float>* %2442, align 4
  %2443 = add i64 %2421, 27
  %2444 = mul i64 %2443, 8
  %2445 = load <8 x float>, <8 x float>* %8, align 32
  %2446 = fcmp ogt <8 x float> %2445, zeroinitializer
  %2447 = select <8 x i1> %2446, <8 x float> %2445, <8 x float> zeroinitializer
  %2448 = getelementptr inbounds float, float* %0, i64 %2444
  %2449 = bitcast float* %2448 to <8 x float>*
  store <8 x float> %2447, <8 x float>* %2449, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header241:                                     ; preds = %kw.exit247, %u.body238
  %kh244 = phi i64 [ 0, %u.body238 ], [ %kh.next282, %kw.exit247 ]
  %2450 = icmp slt i64 %kh244, 3
  br i1 %2450, label %kh.body242, label %kh.exit243

kh.body242:                                       ; preds = %kh.header241
  %2451 = mul i64 %kh244, 128
  %2452 = add i64 %2379, %2451
  br label %kw.header245

kh.exit243:                                       ; preds = %kh.header241
  %u.next283 = add i64 %u240, 1
  br label %u.header237

kw.header245:                                     ; preds = %kw.body246, %kh.body242
  %kw248 = phi i64 [ 0, %kh.body242 ], [ %kw.next281, %kw.body246 ]
  %2453 = icmp slt i64 %kw248, 3
  br i1 %2453, label %kw.body246, label %kw.exit247

kw.body246:                                       ; preds = %kw.header245
  %2454 = mul i64 %kw248, 8
  %2455 = add i64 %2452, %2454
  %2456 = mul i64 %kh244, 3
  %2457 = add i64 %2456, %kw248
  %2458 = mul i64 %2457, 64
  %2459 = add i64 %2381, %2458
  %2460 = add i64 %2459, 0
  %2461 = getelementptr inbounds float, float* %4, i64 %2460
  %2462 = bitcast float* %2461 to <8 x float>*
  %2463 = load <8 x float>, <8 x float>* %2462, align 4
  %2464 = add i64 %2459, 36864
  %2465 = getelementptr inbounds float, float* %4, i64 %2464
  %2466 = bitcast float* %2465 to <8 x float>*
  %2467 = load <8 x float>, <8 x float>* %2466, align 4
  %2468 = add i64 %2455, 208
  %2469 = getelementptr inbounds float, float* %2, i64 %2468
  %2470 = load float, float* %2469, align 4
  %2471 = insertelement <8 x float> undef, float %2470, i32 0
  %splat249 = shufflevector <8 x float> %2471, <8 x float> undef, <8 x i32> zeroinitializer
  %2472 = load <8 x float>, <8 x float>* %15, align 32
  %2473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2463, <8 x float> %2472)
  store <8 x float> %2473, <8 x float>* %15, align 32
  %2474 = load <8 x float>, <8 x float>* %11, align 32
  %2475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2467, <8 x float> %2474)
  store <8 x float> %2475, <8 x float>* %11, align 32
  %2476 = add i64 %2455, 216
  %2477 = getelementptr inbounds float, float* %2, i64 %2476
  %2478 = load float, float* %2477, align 4
  %2479 = insertelement <8 x float> undef, float %2478, i32 0
  %splat250 = shufflevector <8 x float> %2479, <8 x float> undef, <8 x i32> zeroinitializer
  %2480 = load <8 x float>, <8 x float>* %14, align 32
  %2481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2463, <8 x float> %2480)
  store <8 x float> %2481, <8 x float>* %14, align 32
  %2482 = load <8 x float>, <8 x float>* %10, align 32
  %2483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2467, <8 x float> %2482)
  store <8 x float> %2483, <8 x float>* %10, align 32
  %2484 = add i64 %2455, 224
  %2485 = getelementptr inbounds float, float* %2, i64 %2484
  %2486 = load float, float* %2485, align 4
  %2487 = insertelement <8 x float> undef, float %2486, i32 0
  %splat251 = shufflevector <8 x float> %2487, <8 x float> undef, <8 x i32> zeroinitializer
  %2488 = load <8 x float>, <8 x float>* %13, align 32
  %2489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2463, <8 x float> %2488)
  store <8 x float> %2489, <8 x float>* %13, align 32
  %2490 = load <8 x float>, <8 x float>* %9, align 32
  %2491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2467, <8 x float> %2490)
  store <8 x float> %2491, <8 x float>* %9, align 32
  %2492 = add i64 %2455, 232
  %2493 = getelementptr inbounds float, float* %2, i64 %2492
  %2494 = load float, float* %2493, align 4
  %2495 = insertelement <8 x float> undef, float %2494, i32 0
  %splat252 = shufflevector <8 x float> %2495, <8 x float> undef, <8 x i32> zeroinitializer
  %2496 = load <8 x float>, <8 x float>* %12, align 32
  %2497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2463, <8 x float> %2496)
  store <8 x float> %2497, <8 x float>* %12, align 32
  %2498 = load <8 x float>, <8 x float>* %8, align 32
  %2499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2467, <8 x float> %2498)
  store <8 x float> %2499, <8 x float>* %8, align 32
  %2500 = add i64 %2459, 8
  %2501 = getelementptr inbounds float, float* %4, i64 %2500
  %2502 = bitcast float* %2501 to <8 x float>*
  %2503 = load <8 x float>, <8 x float>* %2502, align 4
  %2504 = add i64 %2459, 36872
  %2505 = getelementptr inbounds float, float* %4, i64 %2504
  %2506 = bitcast float* %2505 to <8 x float>*
  %2507 = load <8 x float>, <8 x float>* %2506, align 4
  %2508 = add i64 %2455, 209
  %2509 = getelementptr inbounds float, float* %2, i64 %2508
  %2510 = load float, float* %2509, align 4
  %2511 = insertelement <8 x float> undef, float %2510, i32 0
  %splat253 = shufflevector <8 x float> %2511, <8 x float> undef, <8 x i32> zeroinitializer
  %2512 = load <8 x float>, <8 x float>* %15, align 32
  %2513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2503, <8 x float> %2512)
  store <8 x float> %2513, <8 x float>* %15, align 32
  %2514 = load <8 x float>, <8 x float>* %11, align 32
  %2515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2507, <8 x float> %2514)
  store <8 x float> %2515, <8 x float>* %11, align 32
  %2516 = add i64 %2455, 217
  %2517 = getelementptr inbounds float, float* %2, i64 %2516
  %2518 = load float, float* %2517, align 4
  %2519 = insertelement <8 x float> undef, float %2518, i32 0
  %splat254 = shufflevector <8 x float> %2519, <8 x float> undef, <8 x i32> zeroinitializer
  %2520 = load <8 x float>, <8 x float>* %14, align 32
  %2521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2503, <8 x float> %2520)
  store <8 x float> %2521, <8 x float>* %14, align 32
  %2522 = load <8 x float>, <8 x float>* %10, align 32
  %2523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2507, <8 x float> %2522)
  store <8 x float> %2523, <8 x float>* %10, align 32
  %2524 = add i64 %2455, 225
  %2525 = getelementptr inbounds float, float* %2, i64 %2524
  %2526 = load float, float* %2525, align 4
  %2527 = insertelement <8 x float> undef, float %2526, i32 0
  %splat255 = shufflevector <8 x float> %2527, <8 x float> undef, <8 x i32> zeroinitializer
  %2528 = load <8 x float>, <8 x float>* %13, align 32
  %2529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2503, <8 x float> %2528)
  store <8 x float> %2529, <8 x float>* %13, align 32
  %2530 = load <8 x float>, <8 x float>* %9, align 32
  %2531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2507, <8 x float> %2530)
  store <8 x float> %2531, <8 x float>* %9, align 32
  %2532 = add i64 %2455, 233
  %2533 = getelementptr inbounds float, float* %2, i64 %2532
  %2534 = load float, float* %2533, align 4
  %2535 = insertelement <8 x float> undef, float %2534, i32 0
  %splat256 = shufflevector <8 x float> %2535, <8 x float> undef, <8 x i32> zeroinitializer
  %2536 = load <8 x float>, <8 x float>* %12, align 32
  %2537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2503, <8 x float> %2536)
  store <8 x float> %2537, <8 x float>* %12, align 32
  %2538 = load <8 x float>, <8 x float>* %8, align 32
  %2539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2507, <8 x float> %2538)
  store <8 x float> %2539, <8 x float>* %8, align 32
  %2540 = add i64 %2459, 16
  %2541 = getelementptr inbounds float, float* %4, i64 %2540
  %2542 = bitcast float* %2541 to <8 x float>*
  %2543 = load <8 x float>, <8 x float>* %2542, align 4
  %2544 = add i64 %2459, 36880
  %2545 = getelementptr inbounds float, float* %4, i64 %2544
  %2546 = bitcast float* %2545 to <8 x float>*
  %2547 = load <8 x float>, <8 x float>* %2546, align 4
  %2548 = add i64 %2455, 210
  %2549 = getelementptr inbounds float, float* %2, i64 %2548
  %2550 = load float, float* %2549, align 4
  %2551 = insertelement <8 x float> undef, float %2550, i32 0
  %splat257 = shufflevector <8 x float> %2551, <8 x float> undef, <8 x i32> zeroinitializer
  %2552 = load <8 x float>, <8 x float>* %15, align 32
  %2553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2543, <8 x float> %2552)
  store <8 x float> %2553, <8 x float>* %15, align 32
  %2554 = load <8 x float>, <8 x float>* %11, align 32
  %2555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2547, <8 x float> %2554)
  store <8 x float> %2555, <8 x float>* %11, align 32
  %2556 = add i64 %2455, 218
  %2557 = getelementptr inbounds float, float* %2, i64 %2556
  %2558 = load float, float* %2557, align 4
  %2559 = insertelement <8 x float> undef, float %2558, i32 0
  %splat258 = shufflevector <8 x float> %2559, <8 x float> undef, <8 x i32> zeroinitializer
  %2560 = load <8 x float>, <8 x float>* %14, align 32
  %2561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2543, <8 x float> %2560)
  store <8 x float> %2561, <8 x float>* %14, align 32
  %2562 = load <8 x float>, <8 x float>* %10, align 32
  %2563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2547, <8 x float> %2562)
  store <8 x float> %2563, <8 x float>* %10, align 32
  %2564 = add i64 %2455, 226
  %2565 = getelementptr inbounds float, float* %2, i64 %2564
  %2566 = load float, float* %2565, align 4
  %2567 = insertelement <8 x float> undef, float %2566, i32 0
  %splat259 = shufflevector <8 x float> %2567, <8 x float> undef, <8 x i32> zeroinitializer
  %2568 = load <8 x float>, <8 x float>* %13, align 32
  %2569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2543, <8 x float> %2568)
  store <8 x float> %2569, <8 x float>* %13, align 32
  %2570 = load <8 x float>, <8 x float>* %9, align 32
  %2571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2547, <8 x float> %2570)
  store <8 x float> %2571, <8 x float>* %9, align 32
  %2572 = add i64 %2455, 234
  %2573 = getelementptr inbounds float, float* %2, i64 %2572
  %2574 = load float, float* %2573, align 4
  %2575 = insertelement <8 x float> undef, float %2574, i32 0
  %splat260 = shufflevector <8 x float> %2575, <8 x float> undef, <8 x i32> zeroinitializer
  %2576 = load <8 x float>, <8 x float>* %12, align 32
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2543, <8 x float> %2576)
  store <8 x float> %2577, <8 x float>* %12, align 32
  %2578 = load <8 x float>, <8 x float>* %8, align 32
  %2579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2547, <8 x float> %2578)
  store <8 x float> %2579, <8 x float>* %8, align 32
  %2580 = add i64 %2459, 24
  %2581 = getelementptr inbounds float, float* %4, i64 %2580
  %2582 = bitcast float* %2581 to <8 x float>*
  %2583 = load <8 x float>, <8 x float>* %2582, align 4
  %2584 = add i64 %2459, 36888
  %2585 = getelementptr inbounds float, float* %4, i64 %2584
  %2586 = bitcast float* %2585 to <8 x float>*
  %2587 = load <8 x float>, <8 x float>* %2586, align 4
  %2588 = add i64 %2455, 211
  %2589 = getelementptr inbounds float, float* %2, i64 %2588
  %2590 = load float, float* %2589, align 4
  %2591 = insertelement <8 x float> undef, float %2590, i32 0
  %splat261 = shufflevector <8 x float> %2591, <8 x float> undef, <8 x i32> zeroinitializer
  %2592 = load <8 x float>, <8 x float>* %15, align 32
  %2593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2583, <8 x float> %2592)
  store <8 x float> %2593, <8 x float>* %15, align 32
  %2594 = load <8 x float>, <8 x float>* %11, align 32
  %2595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2587, <8 x float> %2594)
  store <8 x float> %2595, <8 x float>* %11, align 32
  %2596 = add i64 %2455, 219
  %2597 = getelementptr inbounds float, float* %2, i64 %2596
  %2598 = load float, float* %2597, align 4
  %2599 = insertelement <8 x float> undef, float %2598, i32 0
  %splat262 = shufflevector <8 x float> %2599, <8 x float> undef, <8 x i32> zeroinitializer
  %2600 = load <8 x float>, <8 x float>* %14, align 32
  %2601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2583, <8 x float> %2600)
  store <8 x float> %2601, <8 x float>* %14, align 32
  %2602 = load <8 x float>, <8 x float>* %10, align 32
  %2603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2587, <8 x float> %2602)
  store <8 x float> %2603, <8 x float>* %10, align 32
  %2604 = add i64 %2455, 227
  %2605 = getelementptr inbounds float, float* %2, i64 %2604
  %2606 = load float, float* %2605, align 4
  %2607 = insertelement <8 x float> undef, float %2606, i32 0
  %splat263 = shufflevector <8 x float> %2607, <8 x float> undef, <8 x i32> zeroinitializer
  %2608 = load <8 x float>, <8 x float>* %13, align 32
  %2609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2583, <8 x float> %2608)
  store <8 x float> %2609, <8 x float>* %13, align 32
  %2610 = load <8 x float>, <8 x float>* %9, align 32
  %2611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2587, <8 x float> %2610)
  store <8 x float> %2611, <8 x float>* %9, align 32
  %2612 = add i64 %2455, 235
  %2613 = getelementptr inbounds float, float* %2, i64 %2612
  %2614 = load float, float* %2613, align 4
  %2615 = insertelement <8 x float> undef, float %2614, i32 0
  %splat264 = shufflevector <8 x float> %2615, <8 x float> undef, <8 x i32> zeroinitializer
  %2616 = load <8 x float>, <8 x float>* %12, align 32
  %2617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2583, <8 x float> %2616)
  store <8 x float> %2617, <8 x float>* %12, align 32
  %2618 = load <8 x float>, <8 x float>* %8, align 32
  %2619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2587, <8 x float> %2618)
  store <8 x float> %2619, <8 x float>* %8, align 32
  %2620 = add i64 %2459, 32
  %2621 = getelementptr inbounds float, float* %4, i64 %2620
  %2622 = bitcast float* %2621 to <8 x float>*
  %2623 = load <8 x float>, <8 x float>* %2622, align 4
  %2624 = add i64 %2459, 36896
  %2625 = getelementptr inbounds float, float* %4, i64 %2624
  %2626 = bitcast float* %2625 to <8 x float>*
  %2627 = load <8 x float>, <8 x float>* %2626, align 4
  %2628 = add i64 %2455, 212
  %2629 = getelementptr inbounds float, float* %2, i64 %2628
  %2630 = load float, float* %2629, align 4
  %2631 = insertelement <8 x float> undef, float %2630, i32 0
  %splat265 = shufflevector <8 x float> %2631, <8 x float> undef, <8 x i32> zeroinitializer
  %2632 = load <8 x float>, <8 x float>* %15, align 32
  %2633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2623, <8 x float> %2632)
  store <8 x float> %2633, <8 x float>* %15, align 32
  %2634 = load <8 x float>, <8 x float>* %11, align 32
  %2635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2627, <8 x float> %2634)
  store <8 x float> %2635, <8 x float>* %11, align 32
  %2636 = add i64 %2455, 220
  %2637 = getelementptr inbounds float, float* %2, i64 %2636
  %2638 = load float, float* %2637, align 4
  %2639 = insertelement <8 x float> undef, float %2638, i32 0
  %splat266 = shufflevector <8 x float> %2639, <8 x float> undef, <8 x i32> zeroinitializer
  %2640 = load <8 x float>, <8 x float>* %14, align 32
  %2641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2623, <8 x float> %2640)
  store <8 x float> %2641, <8 x float>* %14, align 32
  %2642 = load <8 x float>, <8 x float>* %10, align 32
  %2643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2627, <8 x float> %2642)
  store <8 x float> %2643, <8 x float>* %10, align 32
  %2644 = add i64 %2455, 228
  %2645 = getelementptr inbounds float, float* %2, i64 %2644
  %2646 = load float, float* %2645, align 4
  %2647 = insertelement <8 x float> undef, float %2646, i32 0
  %splat267 = shufflevector <8 x float> %2647, <8 x float> undef, <8 x i32> zeroinitializer
  %2648 = load <8 x float>, <8 x float>* %13, align 32
  %2649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2623, <8 x float> %2648)
  store <8 x float> %2649, <8 x float>* %13, align 32
  %2650 = load <8 x float>, <8 x float>* %9, align 32
  %2651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2627, <8 x float> %2650)
  store <8 x float> %2651, <8 x float>* %9, align 32
  %2652 = add i64 %2455, 236
  %2653 = getelementptr inbounds float, float* %2, i64 %2652
  %2654 = load float, float* %2653, align 4
  %2655 = insertelement <8 x float> undef, float %2654, i32 0
  %splat268 = shufflevector <8 x float> %2655, <8 x float> undef, <8 x i32> zeroinitializer
  %2656 = load <8 x float>, <8 x float>* %12, align 32
  %2657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2623, <8 x float> %2656)
  store <8 x float> %2657, <8 x float>* %12, align 32
  %2658 = load <8 x float>, <8 x float>* %8, align 32
  %2659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2627, <8 x float> %2658)
  store <8 x float> %2659, <8 x float>* %8, align 32
  %2660 = add i64 %2459, 40
  %2661 = getelementptr inbounds float, float* %4, i64 %2660
  %2662 = bitcast float* %2661 to <8 x float>*
  %2663 = load <8 x float>, <8 x float>* %2662, align 4
  %2664 = add i64 %2459, 36904
  %2665 = getelementptr inbounds float, float* %4, i64 %2664
  %2666 = bitcast float* %2665 to <8 x float>*
  %2667 = load <8 x float>, <8 x float>* %2666, align 4
  %2668 = add i64 %2455, 213
  %2669 = getelementptr inbounds float, float* %2, i64 %2668
  %2670 = load float, float* %2669, align 4
  %2671 = insertelement <8 x float> undef, float %2670, i32 0
  %splat269 = shufflevector <8 x float> %2671, <8 x float> undef, <8 x i32> zeroinitializer
  %2672 = load <8 x float>, <8 x float>* %15, align 32
  %2673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2663, <8 x float> %2672)
  store <8 x float> %2673, <8 x float>* %15, align 32
  %2674 = load <8 x float>, <8 x float>* %11, align 32
  %2675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2667, <8 x float> %2674)
  store <8 x float> %2675, <8 x float>* %11, align 32
  %2676 = add i64 %2455, 221
  %2677 = getelementptr inbounds float, float* %2, i64 %2676
  %2678 = load float, float* %2677, align 4
  %2679 = insertelement <8 x float> undef, float %2678, i32 0
  %splat270 = shufflevector <8 x float> %2679, <8 x float> undef, <8 x i32> zeroinitializer
  %2680 = load <8 x float>, <8 x float>* %14, align 32
  %2681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2663, <8 x float> %2680)
  store <8 x float> %2681, <8 x float>* %14, align 32
  %2682 = load <8 x float>, <8 x float>* %10, align 32
  %2683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2667, <8 x float> %2682)
  store <8 x float> %2683, <8 x float>* %10, align 32
  %2684 = add i64 %2455, 229
  %2685 = getelementptr inbounds float, float* %2, i64 %2684
  %2686 = load float, float* %2685, align 4
  %2687 = insertelement <8 x float> undef, float %2686, i32 0
  %splat271 = shufflevector <8 x float> %2687, <8 x float> undef, <8 x i32> zeroinitializer
  %2688 = load <8 x float>, <8 x float>* %13, align 32
  %2689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2663, <8 x float> %2688)
  store <8 x float> %2689, <8 x float>* %13, align 32
  %2690 = load <8 x float>, <8 x float>* %9, align 32
  %2691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2667, <8 x float> %2690)
  store <8 x float> %2691, <8 x float>* %9, align 32
  %2692 = add i64 %2455, 237
  %2693 = getelementptr inbounds float, float* %2, i64 %2692
  %2694 = load float, float* %2693, align 4
  %2695 = insertelement <8 x float> undef, float %2694, i32 0
  %splat272 = shufflevector <8 x float> %2695, <8 x float> undef, <8 x i32> zeroinitializer
  %2696 = load <8 x float>, <8 x float>* %12, align 32
  %2697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2663, <8 x float> %2696)
  store <8 x float> %2697, <8 x float>* %12, align 32
  %2698 = load <8 x float>, <8 x float>* %8, align 32
  %2699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2667, <8 x float> %2698)
  store <8 x float> %2699, <8 x float>* %8, align 32
  %2700 = add i64 %2459, 48
  %2701 = getelementptr inbounds float, float* %4, i64 %2700
  %2702 = bitcast float* %2701 to <8 x float>*
  %2703 = load <8 x float>, <8 x float>* %2702, align 4
  %2704 = add i64 %2459, 36912
  %2705 = getelementptr inbounds float, float* %4, i64 %2704
  %2706 = bitcast float* %2705 to <8 x float>*
  %2707 = load <8 x float>, <8 x float>* %2706, align 4
  %2708 = add i64 %2455, 214
  %2709 = getelementptr inbounds float, float* %2, i64 %2708
  %2710 = load float, float* %2709, align 4
  %2711 = insertelement <8 x float> undef, float %2710, i32 0
  %splat273 = shufflevector <8 x float> %2711, <8 x float> undef, <8 x i32> zeroinitializer
  %2712 = load <8 x float>, <8 x float>* %15, align 32
  %2713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2703, <8 x float> %2712)
  store <8 x float> %2713, <8 x float>* %15, align 32
  %2714 = load <8 x float>, <8 x float>* %11, align 32
  %2715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2707, <8 x float> %2714)
  store <8 x float> %2715, <8 x float>* %11, align 32
  %2716 = add i64 %2455, 222
  %2717 = getelementptr inbounds float, float* %2, i64 %2716
  %2718 = load float, float* %2717, align 4
  %2719 = insertelement <8 x float> undef, float %2718, i32 0
  %splat274 = shufflevector <8 x float> %2719, <8 x float> undef, <8 x i32> zeroinitializer
  %2720 = load <8 x float>, <8 x float>* %14, align 32
  %2721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2703, <8 x float> %2720)
  store <8 x float> %2721, <8 x float>* %14, align 32
  %2722 = load <8 x float>, <8 x float>* %10, align 32
  %2723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2707, <8 x float> %2722)
  store <8 x float> %2723, <8 x float>* %10, align 32
  %2724 = add i64 %2455, 230
  %2725 = getelementptr inbounds float, float* %2, i64 %2724
  %2726 = load float, float* %2725, align 4
  %2727 = insertelement <8 x float> undef, float %2726, i32 0
  %splat275 = shufflevector <8 x float> %2727, <8 x float> undef, <8 x i32> zeroinitializer
  %2728 = load <8 x float>, <8 x float>* %13, align 32
  %2729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2703, <8 x float> %2728)
  store <8 x float> %2729, <8 x float>* %13, align 32
  %2730 = load <8 x float>, <8 x float>* %9, align 32
  %2731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2707, <8 x float> %2730)
  store <8 x float> %2731, <8 x float>* %9, align 32
  %2732 = add i64 %2455, 238
  %2733 = getelementptr inbounds float, float* %2, i64 %2732
  %2734 = load float, float* %2733, align 4
  %2735 = insertelement <8 x float> undef, float %2734, i32 0
  %splat276 = shufflevector <8 x float> %2735, <8 x float> undef, <8 x i32> zeroinitializer
  %2736 = load <8 x float>, <8 x float>* %12, align 32
  %2737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2703, <8 x float> %2736)
  store <8 x float> %2737, <8 x float>* %12, align 32
  %2738 = load <8 x float>, <8 x float>* %8, align 32
  %2739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2707, <8 x float> %2738)
  store <8 x float> %2739, <8 x float>* %8, align 32
  %2740 = add i64 %2459, 56
  %2741 = getelementptr inbounds float, float* %4, i64 %2740
  %2742 = bitcast float* %2741 to <8 x float>*
  %2743 = load <8 x float>, <8 x float>* %2742, align 4
  %2744 = add i64 %2459, 36920
  %2745 = getelementptr inbounds float, float* %4, i64 %2744
  %2746 = bitcast float* %2745 to <8 x float>*
  %2747 = load <8 x float>, <8 x float>* %2746, align 4
  %2748 = add i64 %2455, 215
  %2749 = getelementptr inbounds float, float* %2, i64 %2748
  %2750 = load float, float* %2749, align 4
  %2751 = insertelement <8 x float> undef, float %2750, i32 0
  %splat277 = shufflevector <8 x float> %2751, <8 x float> undef, <8 x i32> zeroinitializer
  %2752 = load <8 x float>, <8 x float>* %15, align 32
  %2753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2743, <8 x float> %2752)
  store <8 x float> %2753, <8 x float>* %15, align 32
  %2754 = load <8 x float>, <8 x float>* %11, align 32
  %2755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2747, <8 x float> %2754)
  store <8 x float> %2755, <8 x float>* %11, align 32
  %2756 = add i64 %2455, 223
  %2757 = getelementptr inbounds float, float* %2, i64 %2756
  %2758 = load float, float* %2757, align 4
  %2759 = insertelement <8 x float> undef, float %2758, i32 0
  %splat278 = shufflevector <8 x float> %2759, <8 x float> undef, <8 x i32> zeroinitializer
  %2760 = load <8 x float>, <8 x float>* %14, align 32
  %2761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2743, <8 x float> %2760)
  store <8 x float> %2761, <8 x float>* %14, align 32
  %2762 = load <8 x float>, <8 x float>* %10, align 32
  %2763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2747, <8 x float> %2762)
  store <8 x float> %2763, <8 x float>* %10, align 32
  %2764 = add i64 %2455, 231
  %2765 = getelementptr inbounds float, float* %2, i64 %2764
  %2766 = load float, float* %2765, align 4
  %2767 = insertelement <8 x float> undef, float %2766, i32 0
  %splat279 = shufflevector <8 x float> %2767, <8 x float> undef, <8 x i32> zeroinitializer
  %2768 = load <8 x float>, <8 x float>* %13, align 32
  %2769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2743, <8 x float> %2768)
  store <8 x float> %2769, <8 x float>* %13, align 32
  %2770 = load <8 x float>, <8 x float>* %9, align 32
  %2771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2747, <8 x float> %2770)
  store <8 x float> %2771, <8 x float>* %9, align 32
  %2772 = add i64 %2455, 239
  %2773 = getelementptr inbounds float, float* %2, i64 %2772
  %2774 = load float, float* %2773, align 4
  %2775 = insertelement <8 x float> undef, float %2774, i32 0
  %splat280 = shufflevector <8 x float> %2775, <8 x float> undef, <8 x i32> zeroinitializer
  %2776 = load <8 x float>, <8 x float>* %12, align 32
  %2777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2743, <8 x float> %2776)
  store <8 x float> %2777, <8 x float>* %12, align 32
  %2778 = load <8 x float>, <8 x float>* %8, align 32
  %2779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2747, <8 x float> %2778)
  store <8 x float> %2779, <8 x float>* %8, align 32
  %kw.next281 = add i64 %kw248, 1
  br label %kw.header245

kw.exit247:                                       ; preds = %kw.header245
  %kh.next282 = add i64 %kh244, 1
  br label %kh.header241
}

; Function Attrs: nounwind
define internal void @node14.conv2d_11.step1(i8* %0) #3 {
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
  %25 = add i64 224, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 224
  %29 = select i1 %28, i64 %27, i64 224
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 224
  %32 = select i1 %31, i64 %30, i64 224
  call void @node14.conv2d_11.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 7
  %9 = srem i64 %task, 7
  %10 = mul i64 %8, 1568
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 7
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 56
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 14
  %22 = select i1 %21, i64 %20, i64 14
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 14
  %25 = select i1 %24, i64 %23, i64 14
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 7
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 14
  %34 = select i1 %33, i64 %32, i64 14
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 14
  %37 = select i1 %36, i64 %35, i64 14
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
  %45 = mul i64 %r, 14
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
define internal void @node17.maxPool2d_5.step0(i8* %0) #3 {
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
  %19 = add i64 448, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 448
  %23 = select i1 %22, i64 %21, i64 448
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 448
  %26 = select i1 %25, i64 %24, i64 448
  call void @node17.maxPool2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.maxPool2d_5.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 7
  %8 = sdiv i64 %task, 7
  %9 = mul i64 %task, 56
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %10 = icmp slt i64 %ws, 7
  br i1 %10, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %11 = mul i64 %ws, 8
  %12 = add i64 %11, 0
  %13 = add i64 %9, %12
  %14 = mul i64 %8, 8
  %15 = add i64 %14, 0
  %16 = mul i64 %15, 49
  %17 = mul i64 %7, 7
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
  %28 = mul i64 %27, 49
  %29 = mul i64 %7, 7
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
  %40 = mul i64 %39, 49
  %41 = mul i64 %7, 7
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
  %52 = mul i64 %51, 49
  %53 = mul i64 %7, 7
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
  %64 = mul i64 %63, 49
  %65 = mul i64 %7, 7
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
  %76 = mul i64 %75, 49
  %77 = mul i64 %7, 7
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
  %88 = mul i64 %87, 49
  %89 = mul i64 %7, 7
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
  %100 = mul i64 %99, 49
  %101 = mul i64 %7, 7
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
define internal void @node18.maxPool2d_5.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 448, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 448
  %23 = select i1 %22, i64 %21, i64 448
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 448
  %26 = select i1 %25, i64 %24, i64 448
  call void @node18.maxPool2d_5.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node20.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 802816
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
  %34 = icmp slt i64 %k, 25088
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
  %54 = mul i64 %53, 25088
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
  %72 = mul i64 %67, 4096
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = mul i64 %76, 4096
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = mul i64 %85, 4096
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = mul i64 %94, 4096
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node20.dense_1.step0(i8* %0) #3 {
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
  %25 = add i64 128, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 128
  %29 = select i1 %28, i64 %27, i64 128
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 128
  %32 = select i1 %31, i64 %30, i64 128
  call void @node20.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node21.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 131072
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
  %34 = icmp slt i64 %k, 4096
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
  %54 = mul i64 %53, 4096
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
  %72 = mul i64 %67, 4096
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = mul i64 %76, 4096
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = mul i64 %85, 4096
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = mul i64 %94, 4096
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node21.dense_2.step0(i8* %0) #3 {
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
  %25 = add i64 128, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 128
  %29 = select i1 %28, i64 %27, i64 128
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 128
  %32 = select i1 %31, i64 %30, i64 128
  call void @node21.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node22.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %13 = icmp slt i64 %task, %7
  br i1 %13, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %14 = srem i64 %task, 1
  %15 = sdiv i64 %task, 1
  %16 = mul i64 %14, 1
  %17 = mul i64 %15, 32
  %18 = mul i64 %15, 131072
  %19 = icmp eq i64 %15, 31
  br i1 %19, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %20 = add i64 %17, 0
  %21 = getelementptr inbounds float, float* %5, i64 %20
  %22 = bitcast float* %21 to <8 x float>*
  %23 = load <8 x float>, <8 x float>* %22, align 4
  store <8 x float> %23, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %24 = add i64 %17, 0
  %25 = getelementptr inbounds float, float* %5, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  store <8 x float> %27, <8 x float>* %11, align 32
  %28 = add i64 %17, 8
  %29 = getelementptr inbounds float, float* %5, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  store <8 x float> %31, <8 x float>* %10, align 32
  %32 = add i64 %17, 16
  %33 = getelementptr inbounds float, float* %5, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  store <8 x float> %35, <8 x float>* %9, align 32
  %36 = add i64 %17, 24
  %37 = getelementptr inbounds float, float* %5, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  store <8 x float> %39, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %40 = icmp slt i64 %k, 4096
  br i1 %40, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %41 = mul i64 %k, 8
  %42 = add i64 %18, %41
  %43 = add i64 %42, 0
  %44 = getelementptr inbounds float, float* %4, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %16, 0
  %48 = mul i64 %47, 4096
  %49 = add i64 %48, %k
  %50 = getelementptr inbounds float, float* %1, i64 %49
  %51 = load float, float* %50, align 4
  %52 = insertelement <8 x float> undef, float %51, i32 0
  %splat = shufflevector <8 x float> %52, <8 x float> undef, <8 x i32> zeroinitializer
  %53 = load <8 x float>, <8 x float>* %12, align 32
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %46, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %55 = add i64 %16, 0
  %56 = add i64 %17, 0
  %57 = load <8 x float>, <8 x float>* %12, align 32
  %58 = mul i64 %55, 1000
  %59 = add i64 %58, %56
  %60 = getelementptr inbounds float, float* %0, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %57, <8 x float>* %61, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %62 = icmp slt i64 %k4, 4096
  br i1 %62, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %63 = mul i64 %k4, 32
  %64 = add i64 %18, %63
  %65 = add i64 %64, 0
  %66 = getelementptr inbounds float, float* %4, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = add i64 %64, 8
  %70 = getelementptr inbounds float, float* %4, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = add i64 %64, 16
  %74 = getelementptr inbounds float, float* %4, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %64, 24
  %78 = getelementptr inbounds float, float* %4, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %16, 0
  %82 = mul i64 %81, 4096
  %83 = add i64 %82, %k4
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = load float, float* %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %splat5 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %87 = load <8 x float>, <8 x float>* %11, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %68, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %11, align 32
  %89 = load <8 x float>, <8 x float>* %10, align 32
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %72, <8 x float> %89)
  store <8 x float> %90, <8 x float>* %10, align 32
  %91 = load <8 x float>, <8 x float>* %9, align 32
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %76, <8 x float> %91)
  store <8 x float> %92, <8 x float>* %9, align 32
  %93 = load <8 x float>, <8 x float>* %8, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %95 = add i64 %16, 0
  %96 = add i64 %17, 0
  %97 = load <8 x float>, <8 x float>* %11, align 32
  %98 = mul i64 %95, 1000
  %99 = add i64 %98, %96
  %100 = getelementptr inbounds float, float* %0, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %97, <8 x float>* %101, align 4
  %102 = add i64 %16, 0
  %103 = add i64 %17, 8
  %104 = load <8 x float>, <8 x float>* %10, align 32
  %105 = mul i64 %102, 1000
  %106 = add i64 %105, %103
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %104, <8 x float>* %108, align 4
  %109 = add i64 %16, 0
  %110 = add i64 %17, 16
  %111 = load <8 x float>, <8 x float>* %9, align 32
  %112 = mul i64 %109, 1000
  %113 = add i64 %112, %110
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %111, <8 x float>* %115, align 4
  %116 = add i64 %16, 0
  %117 = add i64 %17, 24
  %118 = load <8 x float>, <8 x float>* %8, align 32
  %119 = mul i64 %116, 1000
  %120 = add i64 %119, %117
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %118, <8 x float>* %122, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node22.dense_3.step0(i8* %0) #3 {
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
  %25 = add i64 32, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 32
  %29 = select i1 %28, i64 %27, i64 32
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 32
  %32 = select i1 %31, i64 %30, i64 32
  call void @node22.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 1000
  %12 = add i64 %11, 1000
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
define internal void @node23.dense_3.softmax.step0(i8* %0) #3 {
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
  call void @node23.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @vgg16_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %fresh = call i8* @malloc(i64 38765631)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 13075456
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  store i8* getelementptr inbounds ([6912 x i8], [6912 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %24, i32 0, i32 0)
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 25920512
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 13075456
  %29 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %28, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %29, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %33, align 8
  %34 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %34, i32 0, i32 0)
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([147456 x i8], [147456 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %36, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %34, i32 0, i32 0)
  %37 = getelementptr inbounds i8, i8* %workspace7, i64 3326976
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 25920512
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %42, align 8
  %43 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.maxPool2d_1.step0, i8* %43, i32 0, i32 0)
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 6653952
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 3326976
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %44, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %45, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %46, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([294912 x i8], [294912 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %53, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %51, i32 0, i32 0)
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 13076480
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 6653952
  %56 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %56, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %60, align 8
  %61 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step0, i8* %61, i32 0, i32 0)
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %63, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step1, i8* %61, i32 0, i32 0)
  %64 = getelementptr inbounds i8, i8* %workspace7, i64 1722368
  %65 = getelementptr inbounds i8, i8* %workspace7, i64 13076480
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.maxPool2d_2.step0, i8* %70, i32 0, i32 0)
  %71 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 1722368
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %71, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %73, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  call void @node6.conv2d_5.step0(i8* %78)
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1179648 x i8], [1179648 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %80, align 8
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_5.step1, i8* %78, i32 0, i32 0)
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %82 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %83 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %81, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %82, i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %83, i8** %86, align 8
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %87, align 8
  %88 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step0, i8* %88, i32 0, i32 0)
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2359296 x i8], [2359296 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %90, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step1, i8* %88, i32 0, i32 0)
  %91 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %92 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %93 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %91, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %92, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %93, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %97, align 8
  %98 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step0, i8* %98, i32 0, i32 0)
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2359296 x i8], [2359296 x i8]* @weight.conv2d_7.packed, i32 0, i32 0), i8** %99, align 8
  %100 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_7.bias, i32 0, i32 0), i8** %100, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step1, i8* %98, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 921600
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_3.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %109 = getelementptr inbounds i8, i8* %workspace7, i64 921600
  %110 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %108, i8** %111, align 8
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %109, i8** %112, align 8
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %110, i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %114, align 8
  %115 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_8.step0(i8* %115)
  %116 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %116, align 8
  %117 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %117, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_8.step1, i8* %115, i32 0, i32 0)
  %118 = getelementptr inbounds i8, i8* %workspace7, i64 3448832
  %119 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %120 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %118, i8** %121, align 8
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %119, i8** %122, align 8
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %120, i8** %123, align 8
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %124, align 8
  %125 = bitcast [6 x i8*]* %args to i8*
  call void @node11.conv2d_9.step0(i8* %125)
  %126 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %126, align 8
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %127, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_9.step1, i8* %125, i32 0, i32 0)
  %128 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %129 = getelementptr inbounds i8, i8* %workspace7, i64 3448832
  %130 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %128, i8** %131, align 8
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %129, i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %130, i8** %133, align 8
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %134, align 8
  %135 = bitcast [6 x i8*]* %args to i8*
  call void @node11.conv2d_9.step0(i8* %135)
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %137, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_9.step1, i8* %135, i32 0, i32 0)
  %138 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %139 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %138, i8** %140, align 8
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %139, i8** %141, align 8
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %142, align 8
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %143, align 8
  %144 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node13.maxPool2d_4.step0, i8* %144, i32 0, i32 0)
  %145 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %146 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %147 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %148 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %145, i8** %148, align 8
  %149 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %146, i8** %149, align 8
  %150 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %147, i8** %150, align 8
  %151 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %151, align 8
  %152 = bitcast [6 x i8*]* %args to i8*
  call void @node14.conv2d_11.step0(i8* %152)
  %153 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %153, align 8
  %154 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %154, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_11.step1, i8* %152, i32 0, i32 0)
  %155 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %156 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %157 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %158 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %155, i8** %158, align 8
  %159 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %156, i8** %159, align 8
  %160 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %157, i8** %160, align 8
  %161 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %161, align 8
  %162 = bitcast [6 x i8*]* %args to i8*
  call void @node14.conv2d_11.step0(i8* %162)
  %163 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %163, align 8
  %164 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %164, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_11.step1, i8* %162, i32 0, i32 0)
  %165 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %166 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %167 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %168 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %165, i8** %168, align 8
  %169 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %166, i8** %169, align 8
  %170 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %167, i8** %170, align 8
  %171 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %171, align 8
  %172 = bitcast [6 x i8*]* %args to i8*
  call void @node14.conv2d_11.step0(i8* %172)
  %173 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_13.packed, i32 0, i32 0), i8** %173, align 8
  %174 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_13.bias, i32 0, i32 0), i8** %174, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_11.step1, i8* %172, i32 0, i32 0)
  %175 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %176 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %177 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %175, i8** %177, align 8
  %178 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %176, i8** %178, align 8
  %179 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %179, align 8
  %180 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %180, align 8
  %181 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.maxPool2d_5.step0, i8* %181, i32 0, i32 0)
  %182 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %183 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %184 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %182, i8** %184, align 8
  %185 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %183, i8** %185, align 8
  %186 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %186, align 8
  %187 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %187, align 8
  %188 = bitcast [6 x i8*]* %args to i8*
  call void @node18.maxPool2d_5.nchw.step0(i8* %188)
  %189 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %190 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %191 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %189, i8** %191, align 8
  %192 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %190, i8** %192, align 8
  %193 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %193, align 8
  %194 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %194, align 8
  %195 = bitcast [6 x i8*]* %args to i8*
  %196 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([411041792 x i8], [411041792 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %196, align 8
  %197 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %197, align 8
  call void @GOMP_parallel(void (i8*)* @node20.dense_1.step0, i8* %195, i32 0, i32 0)
  %198 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %199 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %200 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %198, i8** %200, align 8
  %201 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %199, i8** %201, align 8
  %202 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %202, align 8
  %203 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %203, align 8
  %204 = bitcast [6 x i8*]* %args to i8*
  %205 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %205, align 8
  %206 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %206, align 8
  call void @GOMP_parallel(void (i8*)* @node21.dense_2.step0, i8* %204, i32 0, i32 0)
  %207 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %208 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %208, align 8
  %209 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %207, i8** %209, align 8
  %210 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %210, align 8
  %211 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %211, align 8
  %212 = bitcast [6 x i8*]* %args to i8*
  %213 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %213, align 8
  %214 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %214, align 8
  call void @GOMP_parallel(void (i8*)* @node22.dense_3.step0, i8* %212, i32 0, i32 0)
  %215 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %215, align 8
  %216 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %216, align 8
  %217 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %217, align 8
  %218 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %218, align 8
  %219 = bitcast [6 x i8*]* %args to i8*
  call void @node23.dense_3.softmax.step0(i8* %219)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg16_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg16_workspace_size() #5 {
entry:
  ret i64 38765631
}

; Function Attrs: nounwind
define i32 @vgg16_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @vgg16_run(i8** %7, i8** %10, i8* %2)
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
