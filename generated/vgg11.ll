; vgg11: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg11'
source_filename = "vgg11"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.packed = external constant [294912 x i8], align 64
@weight.conv2d_2.bias = external constant [512 x i8], align 64
@weight.conv2d_3.packed = external constant [1179648 x i8], align 64
@weight.conv2d_3.bias = external constant [1024 x i8], align 64
@weight.conv2d_4.packed = external constant [2359296 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.packed = external constant [4718592 x i8], align 64
@weight.conv2d_5.bias = external constant [2048 x i8], align 64
@weight.conv2d_6.packed = external constant [9437184 x i8], align 64
@weight.conv2d_6.bias = external constant [2048 x i8], align 64
@weight.conv2d_7.packed = external constant [9437184 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.packed = external constant [9437184 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.dense_1.weight = external constant [411041792 x i8], align 64
@weight.dense_1.bias = external constant [16384 x i8], align 64
@weight.dense_2.weight = external constant [67108864 x i8], align 64
@weight.dense_2.bias = external constant [16384 x i8], align 64
@weight.dense_3.weight = external constant [16384000 x i8], align 64
@weight.dense_3.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"vgg11\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 16056383, i64 7609090048 }

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
  %23 = srem i64 %task, 4
  %24 = sdiv i64 %task, 4
  %25 = srem i64 %24, 224
  %26 = mul i64 %25, 1
  %27 = sdiv i64 %task, 896
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 8
  %31 = mul i64 %23, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 3
  %34 = mul i64 %28, 3
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 51076
  %37 = mul i64 %32, 216
  %38 = mul i64 %26, 226
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %39 = icmp slt i64 %x, 222
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %32, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %41
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
  %47 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %46
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
  %55 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %9, align 32
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = add i64 %32, 1
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %7, align 32
  store <8 x float> %62, <8 x float>* %6, align 32
  %63 = add i64 %38, 222
  %64 = add i64 %36, %63
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %65 = icmp slt i64 %u, 3
  br i1 %65, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %66 = mul i64 %u, 51076
  %67 = add i64 %52, %66
  %68 = mul i64 %u, 72
  %69 = add i64 %37, %68
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %70 = mul i64 %29, 8
  %71 = add i64 %70, %32
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 224
  %74 = add i64 %73, %26
  %75 = mul i64 %74, 224
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
  %124 = mul i64 %29, 8
  %125 = add i64 %124, %32
  %126 = add i64 %125, 1
  %127 = mul i64 %126, 224
  %128 = add i64 %127, %26
  %129 = mul i64 %128, 224
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
  %179 = mul i64 %kh, 226
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
  %189 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %187, 216
  %193 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %192
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
  %245 = mul i64 %u9, 51076
  %246 = add i64 %64, %245
  %247 = mul i64 %u9, 72
  %248 = add i64 %37, %247
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %249 = mul i64 %29, 8
  %250 = add i64 %249, %32
  %251 = add i64 %250, 0
  %252 = mul i64 %251, 224
  %253 = add i64 %252, %26
  %254 = mul i64 %253, 224
  %255 = add i64 %254, 222
  %256 = mul i64 %255, 8
  %257 = load <8 x float>, <8 x float>* %9, align 32
  %258 = fcmp ogt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> %257, <8 x float> zeroinitializer
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %254, 223
  %263 = mul i64 %262, 8
  %264 = load <8 x float>, <8 x float>* %8, align 32
  %265 = fcmp ogt <8 x float> %264, zeroinitializer
  %266 = select <8 x i1> %265, <8 x float> %264, <8 x float> zeroinitializer
  %267 = getelementptr inbounds float, float* %0, i64 %263
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = mul i64 %29, 8
  %270 = add i64 %269, %32
  %271 = add i64 %270, 1
  %272 = mul i64 %271, 224
  %273 = add i64 %272, %26
  %274 = mul i64 %273, 224
  %275 = add i64 %274, 222
  %276 = mul i64 %275, 8
  %277 = load <8 x float>, <8 x float>* %7, align 32
  %278 = fcmp ogt <8 x float> %277, zeroinitializer
  %279 = select <8 x i1> %278, <8 x float> %277, <8 x float> zeroinitializer
  %280 = getelementptr inbounds float, float* %0, i64 %276
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %279, <8 x float>* %281, align 4
  %282 = add i64 %274, 223
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
  %290 = mul i64 %kh13, 226
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
  %300 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = add i64 %298, 216
  %304 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.packed to float*), i64 %303
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node1.maxPool2d_1.step0(i8* %0) #3 {
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
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node2.conv2d_2.step0(i8* %0) #3 {
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
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 112
  %28 = sdiv i64 %task, 112
  %29 = srem i64 %28, 8
  %30 = mul i64 %27, 1
  %31 = sdiv i64 %task, 896
  %32 = srem i64 %31, 1
  %33 = sdiv i64 %31, 1
  %34 = mul i64 %32, 16
  %35 = mul i64 %29, 2
  %36 = add i64 %34, %35
  %37 = mul i64 %33, 8
  %38 = mul i64 %32, 8
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 103968
  %41 = mul i64 %36, 4608
  %42 = mul i64 %30, 912
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %43 = icmp slt i64 %x, 108
  br i1 %43, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %44 = add i64 %36, 0
  %45 = mul i64 %44, 8
  %46 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  store <8 x float> %48, <8 x float>* %25, align 32
  store <8 x float> %48, <8 x float>* %24, align 32
  store <8 x float> %48, <8 x float>* %23, align 32
  store <8 x float> %48, <8 x float>* %22, align 32
  store <8 x float> %48, <8 x float>* %21, align 32
  store <8 x float> %48, <8 x float>* %20, align 32
  %49 = add i64 %36, 1
  %50 = mul i64 %49, 8
  %51 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  store <8 x float> %53, <8 x float>* %19, align 32
  store <8 x float> %53, <8 x float>* %18, align 32
  store <8 x float> %53, <8 x float>* %17, align 32
  store <8 x float> %53, <8 x float>* %16, align 32
  store <8 x float> %53, <8 x float>* %15, align 32
  store <8 x float> %53, <8 x float>* %14, align 32
  %54 = mul i64 %x, 8
  %55 = add i64 %42, %54
  %56 = add i64 %40, %55
  br label %u.header

x.exit:                                           ; preds = %x.header
  %57 = add i64 %36, 0
  %58 = mul i64 %57, 8
  %59 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  store <8 x float> %61, <8 x float>* %13, align 32
  store <8 x float> %61, <8 x float>* %12, align 32
  store <8 x float> %61, <8 x float>* %11, align 32
  store <8 x float> %61, <8 x float>* %10, align 32
  %62 = add i64 %36, 1
  %63 = mul i64 %62, 8
  %64 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  store <8 x float> %66, <8 x float>* %9, align 32
  store <8 x float> %66, <8 x float>* %8, align 32
  store <8 x float> %66, <8 x float>* %7, align 32
  store <8 x float> %66, <8 x float>* %6, align 32
  %67 = add i64 %42, 864
  %68 = add i64 %40, %67
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 8
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 103968
  %71 = add i64 %56, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %41, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = mul i64 %33, 16
  %75 = add i64 %74, %36
  %76 = add i64 %75, 0
  %77 = mul i64 %76, 112
  %78 = add i64 %77, %30
  %79 = mul i64 %78, 112
  %80 = add i64 %x, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = add i64 %79, %88
  %90 = mul i64 %89, 8
  %91 = load <8 x float>, <8 x float>* %24, align 32
  %92 = fcmp ogt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> %91, <8 x float> zeroinitializer
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 2
  %97 = add i64 %79, %96
  %98 = mul i64 %97, 8
  %99 = load <8 x float>, <8 x float>* %23, align 32
  %100 = fcmp ogt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> %99, <8 x float> zeroinitializer
  %102 = getelementptr inbounds float, float* %0, i64 %98
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = add i64 %x, 3
  %105 = add i64 %79, %104
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %22, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = add i64 %79, %112
  %114 = mul i64 %113, 8
  %115 = load <8 x float>, <8 x float>* %21, align 32
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 5
  %121 = add i64 %79, %120
  %122 = mul i64 %121, 8
  %123 = load <8 x float>, <8 x float>* %20, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = mul i64 %33, 16
  %129 = add i64 %128, %36
  %130 = add i64 %129, 1
  %131 = mul i64 %130, 112
  %132 = add i64 %131, %30
  %133 = mul i64 %132, 112
  %134 = add i64 %x, 0
  %135 = add i64 %133, %134
  %136 = mul i64 %135, 8
  %137 = load <8 x float>, <8 x float>* %19, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = getelementptr inbounds float, float* %0, i64 %136
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %139, <8 x float>* %141, align 4
  %142 = add i64 %x, 1
  %143 = add i64 %133, %142
  %144 = mul i64 %143, 8
  %145 = load <8 x float>, <8 x float>* %18, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = getelementptr inbounds float, float* %0, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 2
  %151 = add i64 %133, %150
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %17, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 3
  %159 = add i64 %133, %158
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %16, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = add i64 %x, 4
  %167 = add i64 %133, %166
  %168 = mul i64 %167, 8
  %169 = load <8 x float>, <8 x float>* %15, align 32
  %170 = fcmp ogt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> %169, <8 x float> zeroinitializer
  %172 = getelementptr inbounds float, float* %0, i64 %168
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = add i64 %x, 5
  %175 = add i64 %133, %174
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %14, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %182 = icmp slt i64 %kh, 3
  br i1 %182, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %183 = mul i64 %kh, 912
  %184 = add i64 %71, %183
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %185 = icmp slt i64 %kw, 3
  br i1 %185, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %186 = mul i64 %kw, 8
  %187 = add i64 %184, %186
  %188 = mul i64 %kh, 3
  %189 = add i64 %188, %kw
  %190 = mul i64 %189, 64
  %191 = add i64 %73, %190
  %192 = add i64 %191, 0
  %193 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %191, 4608
  %197 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %187, 0
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = load float, float* %201, align 4
  %203 = insertelement <8 x float> undef, float %202, i32 0
  %splat = shufflevector <8 x float> %203, <8 x float> undef, <8 x i32> zeroinitializer
  %204 = load <8 x float>, <8 x float>* %25, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %195, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %25, align 32
  %206 = load <8 x float>, <8 x float>* %19, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %19, align 32
  %208 = add i64 %187, 8
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat1 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %24, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %195, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %24, align 32
  %214 = load <8 x float>, <8 x float>* %18, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %18, align 32
  %216 = add i64 %187, 16
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat2 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %23, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %195, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %23, align 32
  %222 = load <8 x float>, <8 x float>* %17, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %17, align 32
  %224 = add i64 %187, 24
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = load float, float* %225, align 4
  %227 = insertelement <8 x float> undef, float %226, i32 0
  %splat3 = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = load <8 x float>, <8 x float>* %22, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %195, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %22, align 32
  %230 = load <8 x float>, <8 x float>* %16, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %16, align 32
  %232 = add i64 %187, 32
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat4 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %21, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %195, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %21, align 32
  %238 = load <8 x float>, <8 x float>* %15, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %199, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %15, align 32
  %240 = add i64 %187, 40
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat5 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %20, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %195, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %20, align 32
  %246 = load <8 x float>, <8 x float>* %14, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %199, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %14, align 32
  %248 = add i64 %191, 8
  %249 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %191, 4616
  %253 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %187, 1
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat6 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %25, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %251, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %25, align 32
  %262 = load <8 x float>, <8 x float>* %19, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %19, align 32
  %264 = add i64 %187, 9
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat7 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %24, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %251, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %24, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %272 = add i64 %187, 17
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat8 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %23, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %251, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %23, align 32
  %278 = load <8 x float>, <8 x float>* %17, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %17, align 32
  %280 = add i64 %187, 25
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat9 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %22, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %251, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %22, align 32
  %286 = load <8 x float>, <8 x float>* %16, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %255, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %16, align 32
  %288 = add i64 %187, 33
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat10 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %21, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %251, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %21, align 32
  %294 = load <8 x float>, <8 x float>* %15, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %255, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %15, align 32
  %296 = add i64 %187, 41
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat11 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %20, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %251, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %20, align 32
  %302 = load <8 x float>, <8 x float>* %14, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %14, align 32
  %304 = add i64 %191, 16
  %305 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %191, 4624
  %309 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %187, 2
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat12 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %25, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %307, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %25, align 32
  %318 = load <8 x float>, <8 x float>* %19, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %311, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %19, align 32
  %320 = add i64 %187, 10
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %splat13 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %324 = load <8 x float>, <8 x float>* %24, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %307, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %24, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %311, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %328 = add i64 %187, 18
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat14 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %23, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %307, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %23, align 32
  %334 = load <8 x float>, <8 x float>* %17, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %311, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %17, align 32
  %336 = add i64 %187, 26
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat15 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %22, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %307, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %22, align 32
  %342 = load <8 x float>, <8 x float>* %16, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %311, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %16, align 32
  %344 = add i64 %187, 34
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat16 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %21, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %307, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %21, align 32
  %350 = load <8 x float>, <8 x float>* %15, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %311, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %15, align 32
  %352 = add i64 %187, 42
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat17 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %20, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %307, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %20, align 32
  %358 = load <8 x float>, <8 x float>* %14, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %311, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %14, align 32
  %360 = add i64 %191, 24
  %361 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %191, 4632
  %365 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %187, 3
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat18 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %25, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %363, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %25, align 32
  %374 = load <8 x float>, <8 x float>* %19, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %367, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %19, align 32
  %376 = add i64 %187, 11
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat19 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %24, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %363, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %24, align 32
  %382 = load <8 x float>, <8 x float>* %18, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %367, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %18, align 32
  %384 = add i64 %187, 19
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat20 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %23, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %363, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %23, align 32
  %390 = load <8 x float>, <8 x float>* %17, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %367, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %17, align 32
  %392 = add i64 %187, 27
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat21 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %22, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %363, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %22, align 32
  %398 = load <8 x float>, <8 x float>* %16, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %367, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %16, align 32
  %400 = add i64 %187, 35
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat22 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %21, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %363, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %21, align 32
  %406 = load <8 x float>, <8 x float>* %15, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %367, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %15, align 32
  %408 = add i64 %187, 43
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat23 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %20, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %363, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %20, align 32
  %414 = load <8 x float>, <8 x float>* %14, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %367, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %14, align 32
  %416 = add i64 %191, 32
  %417 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %191, 4640
  %421 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %187, 4
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat24 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %25, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %419, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %25, align 32
  %430 = load <8 x float>, <8 x float>* %19, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %423, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %19, align 32
  %432 = add i64 %187, 12
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat25 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %24, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %24, align 32
  %438 = load <8 x float>, <8 x float>* %18, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %423, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %18, align 32
  %440 = add i64 %187, 20
  %441 = getelementptr inbounds float, float* %2, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat26 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %23, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %419, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %23, align 32
  %446 = load <8 x float>, <8 x float>* %17, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %423, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %17, align 32
  %448 = add i64 %187, 28
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat27 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %22, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %419, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %22, align 32
  %454 = load <8 x float>, <8 x float>* %16, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %423, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %16, align 32
  %456 = add i64 %187, 36
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat28 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %21, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %21, align 32
  %462 = load <8 x float>, <8 x float>* %15, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %423, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %15, align 32
  %464 = add i64 %187, 44
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat29 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %20, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %419, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %20, align 32
  %470 = load <8 x float>, <8 x float>* %14, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %423, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %14, align 32
  %472 = add i64 %191, 40
  %473 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %191, 4648
  %477 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %476
  %478 = bitcast float* %477 to <8 x float>*
  %479 = load <8 x float>, <8 x float>* %478, align 4
  %480 = add i64 %187, 5
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat30 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %25, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %475, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %25, align 32
  %486 = load <8 x float>, <8 x float>* %19, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %479, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %19, align 32
  %488 = add i64 %187, 13
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat31 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %24, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %475, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %24, align 32
  %494 = load <8 x float>, <8 x float>* %18, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %479, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %18, align 32
  %496 = add i64 %187, 21
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat32 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = load <8 x float>, <8 x float>* %23, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %475, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %23, align 32
  %502 = load <8 x float>, <8 x float>* %17, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %479, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %17, align 32
  %504 = add i64 %187, 29
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat33 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %22, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %475, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %22, align 32
  %510 = load <8 x float>, <8 x float>* %16, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %479, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %16, align 32
  %512 = add i64 %187, 37
  %513 = getelementptr inbounds float, float* %2, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat34 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %21, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %475, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %21, align 32
  %518 = load <8 x float>, <8 x float>* %15, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %479, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %15, align 32
  %520 = add i64 %187, 45
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat35 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %20, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %475, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %20, align 32
  %526 = load <8 x float>, <8 x float>* %14, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %479, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %14, align 32
  %528 = add i64 %191, 48
  %529 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %191, 4656
  %533 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = add i64 %187, 6
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat36 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %25, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %531, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %25, align 32
  %542 = load <8 x float>, <8 x float>* %19, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %535, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %19, align 32
  %544 = add i64 %187, 14
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat37 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %24, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %531, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %24, align 32
  %550 = load <8 x float>, <8 x float>* %18, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %535, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %18, align 32
  %552 = add i64 %187, 22
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = load float, float* %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %splat38 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, <8 x float>* %23, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %531, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %23, align 32
  %558 = load <8 x float>, <8 x float>* %17, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %535, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %17, align 32
  %560 = add i64 %187, 30
  %561 = getelementptr inbounds float, float* %2, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat39 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %22, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %531, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %22, align 32
  %566 = load <8 x float>, <8 x float>* %16, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %535, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %16, align 32
  %568 = add i64 %187, 38
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat40 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %21, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %531, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %21, align 32
  %574 = load <8 x float>, <8 x float>* %15, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %535, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %15, align 32
  %576 = add i64 %187, 46
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat41 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %20, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %531, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %20, align 32
  %582 = load <8 x float>, <8 x float>* %14, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %535, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %14, align 32
  %584 = add i64 %191, 56
  %585 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %191, 4664
  %589 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = add i64 %187, 7
  %593 = getelementptr inbounds float, float* %2, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat42 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %25, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %587, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %25, align 32
  %598 = load <8 x float>, <8 x float>* %19, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %591, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %19, align 32
  %600 = add i64 %187, 15
  %601 = getelementptr inbounds float, float* %2, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat43 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %24, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %587, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %24, align 32
  %606 = load <8 x float>, <8 x float>* %18, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %591, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %18, align 32
  %608 = add i64 %187, 23
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat44 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %23, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %587, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %23, align 32
  %614 = load <8 x float>, <8 x float>* %17, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %591, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %17, align 32
  %616 = add i64 %187, 31
  %617 = getelementptr inbounds float, float* %2, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat45 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %22, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %587, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %22, align 32
  %622 = load <8 x float>, <8 x float>* %16, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %591, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %16, align 32
  %624 = add i64 %187, 39
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat46 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %21, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %587, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %21, align 32
  %630 = load <8 x float>, <8 x float>* %15, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %591, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %15, align 32
  %632 = add i64 %187, 47
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat47 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %20, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %587, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %20, align 32
  %638 = load <8 x float>, <8 x float>* %14, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %591, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %14, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %640 = icmp slt i64 %u51, 8
  br i1 %640, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %641 = mul i64 %u51, 103968
  %642 = add i64 %68, %641
  %643 = mul i64 %u51, 576
  %644 = add i64 %41, %643
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %645 = mul i64 %33, 16
  %646 = add i64 %645, %36
  %647 = add i64 %646, 0
  %648 = mul i64 %647, 112
  %649 = add i64 %648, %30
  %650 = mul i64 %649, 112
  %651 = add i64 %650, 108
  %652 = mul i64 %651, 8
  %653 = load <8 x float>, <8 x float>* %13, align 32
  %654 = fcmp ogt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> %653, <8 x float> zeroinitializer
  %656 = getelementptr inbounds float, float* %0, i64 %652
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = add i64 %650, 109
  %659 = mul i64 %658, 8
  %660 = load <8 x float>, <8 x float>* %12, align 32
  %661 = fcmp ogt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> %660, <8 x float> zeroinitializer
  %663 = getelementptr inbounds float, float* %0, i64 %659
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %662, <8 x float>* %664, align 4
  %665 = add i64 %650, 110
  %666 = mul i64 %665, 8
  %667 = load <8 x float>, <8 x float>* %11, align 32
  %668 = fcmp ogt <8 x float> %667, zeroinitializer
  %669 = select <8 x i1> %668, <8 x float> %667, <8 x float> zeroinitializer
  %670 = getelementptr inbounds float, float* %0, i64 %666
  %671 = bitcast float* %670 to <8 x float>*
  store <8 x float> %669, <8 x float>* %671, align 4
  %672 = add i64 %650, 111
  %673 = mul i64 %672, 8
  %674 = load <8 x float>, <8 x float>* %10, align 32
  %675 = fcmp ogt <8 x float> %674, zeroinitializer
  %676 = select <8 x i1> %675, <8 x float> %674, <8 x float> zeroinitializer
  %677 = getelementptr inbounds float, float* %0, i64 %673
  %678 = bitcast float* %677 to <8 x float>*
  store <8 x float> %676, <8 x float>* %678, align 4
  %679 = mul i64 %33, 16
  %680 = add i64 %679, %36
  %681 = add i64 %680, 1
  %682 = mul i64 %681, 112
  %683 = add i64 %682, %30
  %684 = mul i64 %683, 112
  %685 = add i64 %684, 108
  %686 = mul i64 %685, 8
  %687 = load <8 x float>, <8 x float>* %9, align 32
  %688 = fcmp ogt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> %687, <8 x float> zeroinitializer
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = add i64 %684, 109
  %693 = mul i64 %692, 8
  %694 = load <8 x float>, <8 x float>* %8, align 32
  %695 = fcmp ogt <8 x float> %694, zeroinitializer
  %696 = select <8 x i1> %695, <8 x float> %694, <8 x float> zeroinitializer
  %697 = getelementptr inbounds float, float* %0, i64 %693
  %698 = bitcast float* %697 to <8 x float>*
  store <8 x float> %696, <8 x float>* %698, align 4
  %699 = add i64 %684, 110
  %700 = mul i64 %699, 8
  %701 = load <8 x float>, <8 x float>* %7, align 32
  %702 = fcmp ogt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> %701, <8 x float> zeroinitializer
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = add i64 %684, 111
  %707 = mul i64 %706, 8
  %708 = load <8 x float>, <8 x float>* %6, align 32
  %709 = fcmp ogt <8 x float> %708, zeroinitializer
  %710 = select <8 x i1> %709, <8 x float> %708, <8 x float> zeroinitializer
  %711 = getelementptr inbounds float, float* %0, i64 %707
  %712 = bitcast float* %711 to <8 x float>*
  store <8 x float> %710, <8 x float>* %712, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %713 = icmp slt i64 %kh55, 3
  br i1 %713, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %714 = mul i64 %kh55, 912
  %715 = add i64 %642, %714
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %716 = icmp slt i64 %kw59, 3
  br i1 %716, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %717 = mul i64 %kw59, 8
  %718 = add i64 %715, %717
  %719 = mul i64 %kh55, 3
  %720 = add i64 %719, %kw59
  %721 = mul i64 %720, 64
  %722 = add i64 %644, %721
  %723 = add i64 %722, 0
  %724 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %722, 4608
  %728 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %718, 0
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat60 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %13, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %726, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %13, align 32
  %737 = load <8 x float>, <8 x float>* %9, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %730, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %9, align 32
  %739 = add i64 %718, 8
  %740 = getelementptr inbounds float, float* %2, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat61 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %12, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %726, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %12, align 32
  %745 = load <8 x float>, <8 x float>* %8, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %730, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %8, align 32
  %747 = add i64 %718, 16
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat62 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %11, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %726, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %11, align 32
  %753 = load <8 x float>, <8 x float>* %7, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %730, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %7, align 32
  %755 = add i64 %718, 24
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat63 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %10, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %726, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %10, align 32
  %761 = load <8 x float>, <8 x float>* %6, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %730, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %6, align 32
  %763 = add i64 %722, 8
  %764 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = add i64 %722, 4616
  %768 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = add i64 %718, 1
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat64 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %13, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %766, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %13, align 32
  %777 = load <8 x float>, <8 x float>* %9, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %770, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %9, align 32
  %779 = add i64 %718, 9
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat65 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %12, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %766, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %12, align 32
  %785 = load <8 x float>, <8 x float>* %8, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %770, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %8, align 32
  %787 = add i64 %718, 17
  %788 = getelementptr inbounds float, float* %2, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat66 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %11, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %766, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %11, align 32
  %793 = load <8 x float>, <8 x float>* %7, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %770, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %7, align 32
  %795 = add i64 %718, 25
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat67 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %10, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %766, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %10, align 32
  %801 = load <8 x float>, <8 x float>* %6, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %770, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %6, align 32
  %803 = add i64 %722, 16
  %804 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = add i64 %722, 4624
  %808 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %718, 2
  %812 = getelementptr inbounds float, float* %2, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat68 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %13, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %806, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %13, align 32
  %817 = load <8 x float>, <8 x float>* %9, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %810, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %9, align 32
  %819 = add i64 %718, 10
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat69 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %12, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %806, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %12, align 32
  %825 = load <8 x float>, <8 x float>* %8, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %810, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %8, align 32
  %827 = add i64 %718, 18
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat70 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %11, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %806, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %11, align 32
  %833 = load <8 x float>, <8 x float>* %7, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %810, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %7, align 32
  %835 = add i64 %718, 26
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat71 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %10, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %806, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %10, align 32
  %841 = load <8 x float>, <8 x float>* %6, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %810, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %6, align 32
  %843 = add i64 %722, 24
  %844 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %722, 4632
  %848 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %718, 3
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat72 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %13, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %846, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %13, align 32
  %857 = load <8 x float>, <8 x float>* %9, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %850, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %9, align 32
  %859 = add i64 %718, 11
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat73 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %12, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %846, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %12, align 32
  %865 = load <8 x float>, <8 x float>* %8, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %850, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %8, align 32
  %867 = add i64 %718, 19
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat74 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %11, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %846, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %11, align 32
  %873 = load <8 x float>, <8 x float>* %7, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %850, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %7, align 32
  %875 = add i64 %718, 27
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat75 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %10, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %846, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %10, align 32
  %881 = load <8 x float>, <8 x float>* %6, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %850, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %6, align 32
  %883 = add i64 %722, 32
  %884 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %722, 4640
  %888 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %718, 4
  %892 = getelementptr inbounds float, float* %2, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat76 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %13, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %886, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %13, align 32
  %897 = load <8 x float>, <8 x float>* %9, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %890, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %9, align 32
  %899 = add i64 %718, 12
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat77 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %12, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %886, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %12, align 32
  %905 = load <8 x float>, <8 x float>* %8, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %890, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %8, align 32
  %907 = add i64 %718, 20
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat78 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %11, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %886, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %11, align 32
  %913 = load <8 x float>, <8 x float>* %7, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %890, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %7, align 32
  %915 = add i64 %718, 28
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat79 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %10, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %886, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %10, align 32
  %921 = load <8 x float>, <8 x float>* %6, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %890, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %6, align 32
  %923 = add i64 %722, 40
  %924 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %722, 4648
  %928 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %718, 5
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat80 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %13, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %926, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %13, align 32
  %937 = load <8 x float>, <8 x float>* %9, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %930, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %9, align 32
  %939 = add i64 %718, 13
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat81 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %12, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %926, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %12, align 32
  %945 = load <8 x float>, <8 x float>* %8, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %930, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %8, align 32
  %947 = add i64 %718, 21
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat82 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %11, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %926, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %11, align 32
  %953 = load <8 x float>, <8 x float>* %7, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %930, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %7, align 32
  %955 = add i64 %718, 29
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat83 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %10, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %926, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %10, align 32
  %961 = load <8 x float>, <8 x float>* %6, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %930, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %6, align 32
  %963 = add i64 %722, 48
  %964 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %963
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = add i64 %722, 4656
  %968 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = add i64 %718, 6
  %972 = getelementptr inbounds float, float* %2, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat84 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %13, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %966, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %13, align 32
  %977 = load <8 x float>, <8 x float>* %9, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %970, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %9, align 32
  %979 = add i64 %718, 14
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat85 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %12, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %966, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %12, align 32
  %985 = load <8 x float>, <8 x float>* %8, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %970, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %8, align 32
  %987 = add i64 %718, 22
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = load float, float* %988, align 4
  %990 = insertelement <8 x float> undef, float %989, i32 0
  %splat86 = shufflevector <8 x float> %990, <8 x float> undef, <8 x i32> zeroinitializer
  %991 = load <8 x float>, <8 x float>* %11, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %966, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %11, align 32
  %993 = load <8 x float>, <8 x float>* %7, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %970, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %7, align 32
  %995 = add i64 %718, 30
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat87 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %10, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %966, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %10, align 32
  %1001 = load <8 x float>, <8 x float>* %6, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %970, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %6, align 32
  %1003 = add i64 %722, 56
  %1004 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1003
  %1005 = bitcast float* %1004 to <8 x float>*
  %1006 = load <8 x float>, <8 x float>* %1005, align 4
  %1007 = add i64 %722, 4664
  %1008 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.packed to float*), i64 %1007
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = add i64 %718, 7
  %1012 = getelementptr inbounds float, float* %2, i64 %1011
  %1013 = load float, float* %1012, align 4
  %1014 = insertelement <8 x float> undef, float %1013, i32 0
  %splat88 = shufflevector <8 x float> %1014, <8 x float> undef, <8 x i32> zeroinitializer
  %1015 = load <8 x float>, <8 x float>* %13, align 32
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1006, <8 x float> %1015)
  store <8 x float> %1016, <8 x float>* %13, align 32
  %1017 = load <8 x float>, <8 x float>* %9, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1010, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %9, align 32
  %1019 = add i64 %718, 15
  %1020 = getelementptr inbounds float, float* %2, i64 %1019
  %1021 = load float, float* %1020, align 4
  %1022 = insertelement <8 x float> undef, float %1021, i32 0
  %splat89 = shufflevector <8 x float> %1022, <8 x float> undef, <8 x i32> zeroinitializer
  %1023 = load <8 x float>, <8 x float>* %12, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1006, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %12, align 32
  %1025 = load <8 x float>, <8 x float>* %8, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1010, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %8, align 32
  %1027 = add i64 %718, 23
  %1028 = getelementptr inbounds float, float* %2, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat90 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %11, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1006, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %11, align 32
  %1033 = load <8 x float>, <8 x float>* %7, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1010, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %7, align 32
  %1035 = add i64 %718, 31
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = load float, float* %1036, align 4
  %1038 = insertelement <8 x float> undef, float %1037, i32 0
  %splat91 = shufflevector <8 x float> %1038, <8 x float> undef, <8 x i32> zeroinitializer
  %1039 = load <8 x float>, <8 x float>* %10, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1006, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %10, align 32
  %1041 = load <8 x float>, <8 x float>* %6, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1010, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %6, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step1(i8* %0) #3 {
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
  call void @node2.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node3.maxPool2d_2.step0(i8* %0) #3 {
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
  call void @node3.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node4.conv2d_3.step0(i8* %0) #3 {
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
  call void @node4.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 56
  %24 = sdiv i64 %task, 56
  %25 = srem i64 %24, 16
  %26 = mul i64 %23, 1
  %27 = sdiv i64 %task, 896
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 32
  %31 = mul i64 %25, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 16
  %34 = mul i64 %28, 16
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 26912
  %37 = mul i64 %32, 9216
  %38 = mul i64 %26, 464
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %39 = icmp slt i64 %x, 54
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %32, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %41
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
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %49, <8 x float>* %15, align 32
  store <8 x float> %49, <8 x float>* %14, align 32
  store <8 x float> %49, <8 x float>* %13, align 32
  store <8 x float> %49, <8 x float>* %12, align 32
  store <8 x float> %49, <8 x float>* %11, align 32
  store <8 x float> %49, <8 x float>* %10, align 32
  %50 = mul i64 %x, 8
  %51 = add i64 %38, %50
  %52 = add i64 %36, %51
  br label %u.header

x.exit:                                           ; preds = %x.header
  %53 = add i64 %32, 0
  %54 = mul i64 %53, 8
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %9, align 32
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = add i64 %32, 1
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %7, align 32
  store <8 x float> %62, <8 x float>* %6, align 32
  %63 = add i64 %38, 432
  %64 = add i64 %36, %63
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %65 = icmp slt i64 %u, 16
  br i1 %65, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %66 = mul i64 %u, 26912
  %67 = add i64 %52, %66
  %68 = mul i64 %u, 576
  %69 = add i64 %37, %68
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %70 = mul i64 %29, 32
  %71 = add i64 %70, %32
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 56
  %74 = add i64 %73, %26
  %75 = mul i64 %74, 56
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
  %124 = mul i64 %29, 32
  %125 = add i64 %124, %32
  %126 = add i64 %125, 1
  %127 = mul i64 %126, 56
  %128 = add i64 %127, %26
  %129 = mul i64 %128, 56
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
  %179 = mul i64 %kh, 464
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
  %182 = mul i64 %kw, 8
  %183 = add i64 %180, %182
  %184 = mul i64 %kh, 3
  %185 = add i64 %184, %kw
  %186 = mul i64 %185, 64
  %187 = add i64 %69, %186
  %188 = add i64 %187, 0
  %189 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %187, 9216
  %193 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %192
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
  %204 = add i64 %183, 8
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
  %212 = add i64 %183, 16
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
  %220 = add i64 %183, 24
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
  %228 = add i64 %183, 32
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
  %236 = add i64 %183, 40
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
  %244 = add i64 %187, 8
  %245 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = add i64 %187, 9224
  %249 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %183, 1
  %253 = getelementptr inbounds float, float* %2, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat6 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %21, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %247, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %21, align 32
  %258 = load <8 x float>, <8 x float>* %15, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %251, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %15, align 32
  %260 = add i64 %183, 9
  %261 = getelementptr inbounds float, float* %2, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat7 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %20, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %247, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %20, align 32
  %266 = load <8 x float>, <8 x float>* %14, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %251, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %14, align 32
  %268 = add i64 %183, 17
  %269 = getelementptr inbounds float, float* %2, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat8 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %19, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %247, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %19, align 32
  %274 = load <8 x float>, <8 x float>* %13, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %251, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %13, align 32
  %276 = add i64 %183, 25
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat9 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %18, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %247, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %18, align 32
  %282 = load <8 x float>, <8 x float>* %12, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %251, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %12, align 32
  %284 = add i64 %183, 33
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat10 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %17, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %247, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %17, align 32
  %290 = load <8 x float>, <8 x float>* %11, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %251, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %11, align 32
  %292 = add i64 %183, 41
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat11 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %16, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %247, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %16, align 32
  %298 = load <8 x float>, <8 x float>* %10, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %251, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %10, align 32
  %300 = add i64 %187, 16
  %301 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %187, 9232
  %305 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %183, 2
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat12 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %21, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %303, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %21, align 32
  %314 = load <8 x float>, <8 x float>* %15, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %307, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %15, align 32
  %316 = add i64 %183, 10
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat13 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %20, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %303, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %20, align 32
  %322 = load <8 x float>, <8 x float>* %14, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %307, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %14, align 32
  %324 = add i64 %183, 18
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat14 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %19, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %303, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %19, align 32
  %330 = load <8 x float>, <8 x float>* %13, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %307, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %13, align 32
  %332 = add i64 %183, 26
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat15 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %18, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %303, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %18, align 32
  %338 = load <8 x float>, <8 x float>* %12, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %307, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %12, align 32
  %340 = add i64 %183, 34
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat16 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %17, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %303, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %17, align 32
  %346 = load <8 x float>, <8 x float>* %11, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %307, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %11, align 32
  %348 = add i64 %183, 42
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat17 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %16, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %303, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %16, align 32
  %354 = load <8 x float>, <8 x float>* %10, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %307, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %10, align 32
  %356 = add i64 %187, 24
  %357 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %187, 9240
  %361 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %183, 3
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat18 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %21, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %359, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %21, align 32
  %370 = load <8 x float>, <8 x float>* %15, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %363, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %15, align 32
  %372 = add i64 %183, 11
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat19 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %20, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %359, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %20, align 32
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %363, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %380 = add i64 %183, 19
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat20 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %19, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %359, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %19, align 32
  %386 = load <8 x float>, <8 x float>* %13, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %363, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %13, align 32
  %388 = add i64 %183, 27
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat21 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %18, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %359, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %18, align 32
  %394 = load <8 x float>, <8 x float>* %12, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %363, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %12, align 32
  %396 = add i64 %183, 35
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat22 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %17, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %359, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %17, align 32
  %402 = load <8 x float>, <8 x float>* %11, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %363, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %11, align 32
  %404 = add i64 %183, 43
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat23 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %16, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %359, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %16, align 32
  %410 = load <8 x float>, <8 x float>* %10, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %363, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %10, align 32
  %412 = add i64 %187, 32
  %413 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = add i64 %187, 9248
  %417 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %183, 4
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat24 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %21, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %415, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %21, align 32
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %419, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = add i64 %183, 12
  %429 = getelementptr inbounds float, float* %2, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat25 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %20, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %415, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %20, align 32
  %434 = load <8 x float>, <8 x float>* %14, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %419, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %14, align 32
  %436 = add i64 %183, 20
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat26 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %19, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %415, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %19, align 32
  %442 = load <8 x float>, <8 x float>* %13, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %13, align 32
  %444 = add i64 %183, 28
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat27 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %18, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %415, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %18, align 32
  %450 = load <8 x float>, <8 x float>* %12, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %419, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %12, align 32
  %452 = add i64 %183, 36
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat28 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %17, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %415, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %17, align 32
  %458 = load <8 x float>, <8 x float>* %11, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %419, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %11, align 32
  %460 = add i64 %183, 44
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat29 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %16, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %415, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %16, align 32
  %466 = load <8 x float>, <8 x float>* %10, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %10, align 32
  %468 = add i64 %187, 40
  %469 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = add i64 %187, 9256
  %473 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %183, 5
  %477 = getelementptr inbounds float, float* %2, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat30 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %21, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %471, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %21, align 32
  %482 = load <8 x float>, <8 x float>* %15, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %475, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %15, align 32
  %484 = add i64 %183, 13
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat31 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %20, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %471, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %20, align 32
  %490 = load <8 x float>, <8 x float>* %14, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %475, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %14, align 32
  %492 = add i64 %183, 21
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat32 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %471, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = load <8 x float>, <8 x float>* %13, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %475, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %13, align 32
  %500 = add i64 %183, 29
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat33 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %18, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %471, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %18, align 32
  %506 = load <8 x float>, <8 x float>* %12, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %475, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %12, align 32
  %508 = add i64 %183, 37
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat34 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %17, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %471, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %17, align 32
  %514 = load <8 x float>, <8 x float>* %11, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %475, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %11, align 32
  %516 = add i64 %183, 45
  %517 = getelementptr inbounds float, float* %2, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat35 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %16, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %471, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %16, align 32
  %522 = load <8 x float>, <8 x float>* %10, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %475, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %10, align 32
  %524 = add i64 %187, 48
  %525 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %524
  %526 = bitcast float* %525 to <8 x float>*
  %527 = load <8 x float>, <8 x float>* %526, align 4
  %528 = add i64 %187, 9264
  %529 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %183, 6
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat36 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %21, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %527, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %21, align 32
  %538 = load <8 x float>, <8 x float>* %15, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %531, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %15, align 32
  %540 = add i64 %183, 14
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat37 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %20, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %527, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %20, align 32
  %546 = load <8 x float>, <8 x float>* %14, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %531, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %14, align 32
  %548 = add i64 %183, 22
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat38 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %19, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %527, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %19, align 32
  %554 = load <8 x float>, <8 x float>* %13, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %531, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %13, align 32
  %556 = add i64 %183, 30
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat39 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %18, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %527, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %18, align 32
  %562 = load <8 x float>, <8 x float>* %12, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %531, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %12, align 32
  %564 = add i64 %183, 38
  %565 = getelementptr inbounds float, float* %2, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat40 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %17, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %527, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %17, align 32
  %570 = load <8 x float>, <8 x float>* %11, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %531, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %11, align 32
  %572 = add i64 %183, 46
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat41 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %16, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %527, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %16, align 32
  %578 = load <8 x float>, <8 x float>* %10, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %531, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %10, align 32
  %580 = add i64 %187, 56
  %581 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %187, 9272
  %585 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %183, 7
  %589 = getelementptr inbounds float, float* %2, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat42 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %21, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %583, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %21, align 32
  %594 = load <8 x float>, <8 x float>* %15, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %587, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %15, align 32
  %596 = add i64 %183, 15
  %597 = getelementptr inbounds float, float* %2, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat43 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %20, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %20, align 32
  %602 = load <8 x float>, <8 x float>* %14, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %587, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %14, align 32
  %604 = add i64 %183, 23
  %605 = getelementptr inbounds float, float* %2, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat44 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %19, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %583, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %19, align 32
  %610 = load <8 x float>, <8 x float>* %13, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %587, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %13, align 32
  %612 = add i64 %183, 31
  %613 = getelementptr inbounds float, float* %2, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat45 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %18, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %583, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %18, align 32
  %618 = load <8 x float>, <8 x float>* %12, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %587, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %12, align 32
  %620 = add i64 %183, 39
  %621 = getelementptr inbounds float, float* %2, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat46 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %17, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %17, align 32
  %626 = load <8 x float>, <8 x float>* %11, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %587, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %11, align 32
  %628 = add i64 %183, 47
  %629 = getelementptr inbounds float, float* %2, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat47 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %16, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %583, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %16, align 32
  %634 = load <8 x float>, <8 x float>* %10, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %587, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %636 = icmp slt i64 %u51, 16
  br i1 %636, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %637 = mul i64 %u51, 26912
  %638 = add i64 %64, %637
  %639 = mul i64 %u51, 576
  %640 = add i64 %37, %639
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %641 = mul i64 %29, 32
  %642 = add i64 %641, %32
  %643 = add i64 %642, 0
  %644 = mul i64 %643, 56
  %645 = add i64 %644, %26
  %646 = mul i64 %645, 56
  %647 = add i64 %646, 54
  %648 = mul i64 %647, 8
  %649 = load <8 x float>, <8 x float>* %9, align 32
  %650 = fcmp ogt <8 x float> %649, zeroinitializer
  %651 = select <8 x i1> %650, <8 x float> %649, <8 x float> zeroinitializer
  %652 = getelementptr inbounds float, float* %0, i64 %648
  %653 = bitcast float* %652 to <8 x float>*
  store <8 x float> %651, <8 x float>* %653, align 4
  %654 = add i64 %646, 55
  %655 = mul i64 %654, 8
  %656 = load <8 x float>, <8 x float>* %8, align 32
  %657 = fcmp ogt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> %656, <8 x float> zeroinitializer
  %659 = getelementptr inbounds float, float* %0, i64 %655
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = mul i64 %29, 32
  %662 = add i64 %661, %32
  %663 = add i64 %662, 1
  %664 = mul i64 %663, 56
  %665 = add i64 %664, %26
  %666 = mul i64 %665, 56
  %667 = add i64 %666, 54
  %668 = mul i64 %667, 8
  %669 = load <8 x float>, <8 x float>* %7, align 32
  %670 = fcmp ogt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> %669, <8 x float> zeroinitializer
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %666, 55
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %6, align 32
  %677 = fcmp ogt <8 x float> %676, zeroinitializer
  %678 = select <8 x i1> %677, <8 x float> %676, <8 x float> zeroinitializer
  %679 = getelementptr inbounds float, float* %0, i64 %675
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %681 = icmp slt i64 %kh55, 3
  br i1 %681, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %682 = mul i64 %kh55, 464
  %683 = add i64 %638, %682
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %684 = icmp slt i64 %kw59, 3
  br i1 %684, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %685 = mul i64 %kw59, 8
  %686 = add i64 %683, %685
  %687 = mul i64 %kh55, 3
  %688 = add i64 %687, %kw59
  %689 = mul i64 %688, 64
  %690 = add i64 %640, %689
  %691 = add i64 %690, 0
  %692 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %691
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = add i64 %690, 9216
  %696 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %695
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = add i64 %686, 0
  %700 = getelementptr inbounds float, float* %2, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat60 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %694, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %9, align 32
  %705 = load <8 x float>, <8 x float>* %7, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %698, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %7, align 32
  %707 = add i64 %686, 8
  %708 = getelementptr inbounds float, float* %2, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat61 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %8, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %694, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %8, align 32
  %713 = load <8 x float>, <8 x float>* %6, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %698, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %6, align 32
  %715 = add i64 %690, 8
  %716 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = add i64 %690, 9224
  %720 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %686, 1
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat62 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %9, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %718, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %9, align 32
  %729 = load <8 x float>, <8 x float>* %7, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %722, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %7, align 32
  %731 = add i64 %686, 9
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat63 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %8, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %718, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %8, align 32
  %737 = load <8 x float>, <8 x float>* %6, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %722, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %6, align 32
  %739 = add i64 %690, 16
  %740 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %739
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = add i64 %690, 9232
  %744 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = add i64 %686, 2
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat64 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %9, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %742, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %9, align 32
  %753 = load <8 x float>, <8 x float>* %7, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %746, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %7, align 32
  %755 = add i64 %686, 10
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat65 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %8, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %742, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %8, align 32
  %761 = load <8 x float>, <8 x float>* %6, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %746, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %6, align 32
  %763 = add i64 %690, 24
  %764 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = add i64 %690, 9240
  %768 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = add i64 %686, 3
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat66 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %9, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %766, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %9, align 32
  %777 = load <8 x float>, <8 x float>* %7, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %770, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %7, align 32
  %779 = add i64 %686, 11
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat67 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %8, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %766, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %8, align 32
  %785 = load <8 x float>, <8 x float>* %6, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %770, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %6, align 32
  %787 = add i64 %690, 32
  %788 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %690, 9248
  %792 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %791
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = add i64 %686, 4
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat68 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %9, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %790, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %9, align 32
  %801 = load <8 x float>, <8 x float>* %7, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %794, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %7, align 32
  %803 = add i64 %686, 12
  %804 = getelementptr inbounds float, float* %2, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat69 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %8, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %790, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %8, align 32
  %809 = load <8 x float>, <8 x float>* %6, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %794, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %6, align 32
  %811 = add i64 %690, 40
  %812 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = add i64 %690, 9256
  %816 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %815
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = add i64 %686, 5
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat70 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %9, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %814, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %9, align 32
  %825 = load <8 x float>, <8 x float>* %7, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %818, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %7, align 32
  %827 = add i64 %686, 13
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat71 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %8, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %814, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %8, align 32
  %833 = load <8 x float>, <8 x float>* %6, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %818, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %6, align 32
  %835 = add i64 %690, 48
  %836 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %690, 9264
  %840 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %686, 6
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat72 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %9, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %838, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %9, align 32
  %849 = load <8 x float>, <8 x float>* %7, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %842, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %7, align 32
  %851 = add i64 %686, 14
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat73 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %8, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %838, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %8, align 32
  %857 = load <8 x float>, <8 x float>* %6, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %842, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %6, align 32
  %859 = add i64 %690, 56
  %860 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %690, 9272
  %864 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.packed to float*), i64 %863
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = add i64 %686, 7
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat74 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %9, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %862, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %9, align 32
  %873 = load <8 x float>, <8 x float>* %7, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %866, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %7, align 32
  %875 = add i64 %686, 15
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat75 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %8, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %862, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %8, align 32
  %881 = load <8 x float>, <8 x float>* %6, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %866, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %6, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step1(i8* %0) #3 {
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
  call void @node4.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node5.conv2d_4.step0(i8* %0) #3 {
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
  call void @node5.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 56
  %24 = sdiv i64 %task, 56
  %25 = srem i64 %24, 16
  %26 = mul i64 %23, 1
  %27 = sdiv i64 %task, 896
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 32
  %31 = mul i64 %25, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 32
  %34 = mul i64 %28, 32
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 26912
  %37 = mul i64 %32, 18432
  %38 = mul i64 %26, 464
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %39 = icmp slt i64 %x, 54
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %32, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %41
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
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %49, <8 x float>* %15, align 32
  store <8 x float> %49, <8 x float>* %14, align 32
  store <8 x float> %49, <8 x float>* %13, align 32
  store <8 x float> %49, <8 x float>* %12, align 32
  store <8 x float> %49, <8 x float>* %11, align 32
  store <8 x float> %49, <8 x float>* %10, align 32
  %50 = mul i64 %x, 8
  %51 = add i64 %38, %50
  %52 = add i64 %36, %51
  br label %u.header

x.exit:                                           ; preds = %x.header
  %53 = add i64 %32, 0
  %54 = mul i64 %53, 8
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %9, align 32
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = add i64 %32, 1
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %7, align 32
  store <8 x float> %62, <8 x float>* %6, align 32
  %63 = add i64 %38, 432
  %64 = add i64 %36, %63
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %65 = icmp slt i64 %u, 32
  br i1 %65, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %66 = mul i64 %u, 26912
  %67 = add i64 %52, %66
  %68 = mul i64 %u, 576
  %69 = add i64 %37, %68
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %70 = mul i64 %29, 32
  %71 = add i64 %70, %32
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 56
  %74 = add i64 %73, %26
  %75 = mul i64 %74, 56
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
  %124 = mul i64 %29, 32
  %125 = add i64 %124, %32
  %126 = add i64 %125, 1
  %127 = mul i64 %126, 56
  %128 = add i64 %127, %26
  %129 = mul i64 %128, 56
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
  %179 = mul i64 %kh, 464
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
  %182 = mul i64 %kw, 8
  %183 = add i64 %180, %182
  %184 = mul i64 %kh, 3
  %185 = add i64 %184, %kw
  %186 = mul i64 %185, 64
  %187 = add i64 %69, %186
  %188 = add i64 %187, 0
  %189 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %187, 18432
  %193 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %192
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
  %204 = add i64 %183, 8
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
  %212 = add i64 %183, 16
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
  %220 = add i64 %183, 24
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
  %228 = add i64 %183, 32
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
  %236 = add i64 %183, 40
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
  %244 = add i64 %187, 8
  %245 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = add i64 %187, 18440
  %249 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %183, 1
  %253 = getelementptr inbounds float, float* %2, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat6 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %21, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %247, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %21, align 32
  %258 = load <8 x float>, <8 x float>* %15, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %251, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %15, align 32
  %260 = add i64 %183, 9
  %261 = getelementptr inbounds float, float* %2, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat7 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %20, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %247, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %20, align 32
  %266 = load <8 x float>, <8 x float>* %14, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %251, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %14, align 32
  %268 = add i64 %183, 17
  %269 = getelementptr inbounds float, float* %2, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat8 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %19, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %247, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %19, align 32
  %274 = load <8 x float>, <8 x float>* %13, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %251, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %13, align 32
  %276 = add i64 %183, 25
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat9 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %18, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %247, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %18, align 32
  %282 = load <8 x float>, <8 x float>* %12, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %251, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %12, align 32
  %284 = add i64 %183, 33
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat10 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %17, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %247, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %17, align 32
  %290 = load <8 x float>, <8 x float>* %11, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %251, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %11, align 32
  %292 = add i64 %183, 41
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat11 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %16, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %247, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %16, align 32
  %298 = load <8 x float>, <8 x float>* %10, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %251, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %10, align 32
  %300 = add i64 %187, 16
  %301 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %187, 18448
  %305 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %183, 2
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat12 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %21, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %303, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %21, align 32
  %314 = load <8 x float>, <8 x float>* %15, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %307, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %15, align 32
  %316 = add i64 %183, 10
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat13 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %20, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %303, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %20, align 32
  %322 = load <8 x float>, <8 x float>* %14, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %307, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %14, align 32
  %324 = add i64 %183, 18
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat14 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %19, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %303, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %19, align 32
  %330 = load <8 x float>, <8 x float>* %13, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %307, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %13, align 32
  %332 = add i64 %183, 26
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat15 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %18, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %303, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %18, align 32
  %338 = load <8 x float>, <8 x float>* %12, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %307, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %12, align 32
  %340 = add i64 %183, 34
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat16 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %17, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %303, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %17, align 32
  %346 = load <8 x float>, <8 x float>* %11, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %307, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %11, align 32
  %348 = add i64 %183, 42
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat17 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %16, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %303, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %16, align 32
  %354 = load <8 x float>, <8 x float>* %10, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %307, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %10, align 32
  %356 = add i64 %187, 24
  %357 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %187, 18456
  %361 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %183, 3
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat18 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %21, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %359, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %21, align 32
  %370 = load <8 x float>, <8 x float>* %15, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %363, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %15, align 32
  %372 = add i64 %183, 11
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat19 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %20, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %359, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %20, align 32
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %363, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %380 = add i64 %183, 19
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat20 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %19, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %359, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %19, align 32
  %386 = load <8 x float>, <8 x float>* %13, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %363, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %13, align 32
  %388 = add i64 %183, 27
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat21 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %18, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %359, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %18, align 32
  %394 = load <8 x float>, <8 x float>* %12, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %363, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %12, align 32
  %396 = add i64 %183, 35
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat22 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %17, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %359, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %17, align 32
  %402 = load <8 x float>, <8 x float>* %11, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %363, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %11, align 32
  %404 = add i64 %183, 43
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat23 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %16, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %359, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %16, align 32
  %410 = load <8 x float>, <8 x float>* %10, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %363, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %10, align 32
  %412 = add i64 %187, 32
  %413 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = add i64 %187, 18464
  %417 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %183, 4
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat24 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %21, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %415, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %21, align 32
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %419, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = add i64 %183, 12
  %429 = getelementptr inbounds float, float* %2, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat25 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %20, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %415, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %20, align 32
  %434 = load <8 x float>, <8 x float>* %14, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %419, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %14, align 32
  %436 = add i64 %183, 20
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat26 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %19, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %415, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %19, align 32
  %442 = load <8 x float>, <8 x float>* %13, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %13, align 32
  %444 = add i64 %183, 28
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat27 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %18, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %415, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %18, align 32
  %450 = load <8 x float>, <8 x float>* %12, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %419, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %12, align 32
  %452 = add i64 %183, 36
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat28 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %17, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %415, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %17, align 32
  %458 = load <8 x float>, <8 x float>* %11, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %419, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %11, align 32
  %460 = add i64 %183, 44
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat29 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %16, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %415, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %16, align 32
  %466 = load <8 x float>, <8 x float>* %10, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %10, align 32
  %468 = add i64 %187, 40
  %469 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = add i64 %187, 18472
  %473 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %183, 5
  %477 = getelementptr inbounds float, float* %2, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat30 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %21, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %471, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %21, align 32
  %482 = load <8 x float>, <8 x float>* %15, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %475, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %15, align 32
  %484 = add i64 %183, 13
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat31 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %20, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %471, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %20, align 32
  %490 = load <8 x float>, <8 x float>* %14, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %475, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %14, align 32
  %492 = add i64 %183, 21
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat32 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %19, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %471, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %19, align 32
  %498 = load <8 x float>, <8 x float>* %13, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %475, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %13, align 32
  %500 = add i64 %183, 29
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat33 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %18, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %471, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %18, align 32
  %506 = load <8 x float>, <8 x float>* %12, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %475, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %12, align 32
  %508 = add i64 %183, 37
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat34 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %17, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %471, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %17, align 32
  %514 = load <8 x float>, <8 x float>* %11, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %475, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %11, align 32
  %516 = add i64 %183, 45
  %517 = getelementptr inbounds float, float* %2, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat35 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %16, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %471, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %16, align 32
  %522 = load <8 x float>, <8 x float>* %10, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %475, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %10, align 32
  %524 = add i64 %187, 48
  %525 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %524
  %526 = bitcast float* %525 to <8 x float>*
  %527 = load <8 x float>, <8 x float>* %526, align 4
  %528 = add i64 %187, 18480
  %529 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %183, 6
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat36 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %21, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %527, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %21, align 32
  %538 = load <8 x float>, <8 x float>* %15, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %531, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %15, align 32
  %540 = add i64 %183, 14
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat37 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %20, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %527, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %20, align 32
  %546 = load <8 x float>, <8 x float>* %14, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %531, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %14, align 32
  %548 = add i64 %183, 22
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat38 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %19, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %527, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %19, align 32
  %554 = load <8 x float>, <8 x float>* %13, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %531, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %13, align 32
  %556 = add i64 %183, 30
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat39 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %18, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %527, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %18, align 32
  %562 = load <8 x float>, <8 x float>* %12, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %531, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %12, align 32
  %564 = add i64 %183, 38
  %565 = getelementptr inbounds float, float* %2, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat40 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %17, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %527, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %17, align 32
  %570 = load <8 x float>, <8 x float>* %11, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %531, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %11, align 32
  %572 = add i64 %183, 46
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat41 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %16, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %527, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %16, align 32
  %578 = load <8 x float>, <8 x float>* %10, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %531, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %10, align 32
  %580 = add i64 %187, 56
  %581 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %187, 18488
  %585 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %183, 7
  %589 = getelementptr inbounds float, float* %2, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat42 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %21, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %583, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %21, align 32
  %594 = load <8 x float>, <8 x float>* %15, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %587, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %15, align 32
  %596 = add i64 %183, 15
  %597 = getelementptr inbounds float, float* %2, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat43 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %20, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %20, align 32
  %602 = load <8 x float>, <8 x float>* %14, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %587, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %14, align 32
  %604 = add i64 %183, 23
  %605 = getelementptr inbounds float, float* %2, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat44 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %19, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %583, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %19, align 32
  %610 = load <8 x float>, <8 x float>* %13, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %587, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %13, align 32
  %612 = add i64 %183, 31
  %613 = getelementptr inbounds float, float* %2, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat45 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %18, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %583, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %18, align 32
  %618 = load <8 x float>, <8 x float>* %12, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %587, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %12, align 32
  %620 = add i64 %183, 39
  %621 = getelementptr inbounds float, float* %2, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat46 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %17, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %17, align 32
  %626 = load <8 x float>, <8 x float>* %11, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %587, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %11, align 32
  %628 = add i64 %183, 47
  %629 = getelementptr inbounds float, float* %2, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat47 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %16, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %583, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %16, align 32
  %634 = load <8 x float>, <8 x float>* %10, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %587, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %636 = icmp slt i64 %u51, 32
  br i1 %636, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %637 = mul i64 %u51, 26912
  %638 = add i64 %64, %637
  %639 = mul i64 %u51, 576
  %640 = add i64 %37, %639
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %641 = mul i64 %29, 32
  %642 = add i64 %641, %32
  %643 = add i64 %642, 0
  %644 = mul i64 %643, 56
  %645 = add i64 %644, %26
  %646 = mul i64 %645, 56
  %647 = add i64 %646, 54
  %648 = mul i64 %647, 8
  %649 = load <8 x float>, <8 x float>* %9, align 32
  %650 = fcmp ogt <8 x float> %649, zeroinitializer
  %651 = select <8 x i1> %650, <8 x float> %649, <8 x float> zeroinitializer
  %652 = getelementptr inbounds float, float* %0, i64 %648
  %653 = bitcast float* %652 to <8 x float>*
  store <8 x float> %651, <8 x float>* %653, align 4
  %654 = add i64 %646, 55
  %655 = mul i64 %654, 8
  %656 = load <8 x float>, <8 x float>* %8, align 32
  %657 = fcmp ogt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> %656, <8 x float> zeroinitializer
  %659 = getelementptr inbounds float, float* %0, i64 %655
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = mul i64 %29, 32
  %662 = add i64 %661, %32
  %663 = add i64 %662, 1
  %664 = mul i64 %663, 56
  %665 = add i64 %664, %26
  %666 = mul i64 %665, 56
  %667 = add i64 %666, 54
  %668 = mul i64 %667, 8
  %669 = load <8 x float>, <8 x float>* %7, align 32
  %670 = fcmp ogt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> %669, <8 x float> zeroinitializer
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %666, 55
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %6, align 32
  %677 = fcmp ogt <8 x float> %676, zeroinitializer
  %678 = select <8 x i1> %677, <8 x float> %676, <8 x float> zeroinitializer
  %679 = getelementptr inbounds float, float* %0, i64 %675
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %678, <8 x float>* %680, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %681 = icmp slt i64 %kh55, 3
  br i1 %681, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %682 = mul i64 %kh55, 464
  %683 = add i64 %638, %682
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %684 = icmp slt i64 %kw59, 3
  br i1 %684, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %685 = mul i64 %kw59, 8
  %686 = add i64 %683, %685
  %687 = mul i64 %kh55, 3
  %688 = add i64 %687, %kw59
  %689 = mul i64 %688, 64
  %690 = add i64 %640, %689
  %691 = add i64 %690, 0
  %692 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %691
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = add i64 %690, 18432
  %696 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %695
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = add i64 %686, 0
  %700 = getelementptr inbounds float, float* %2, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat60 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %694, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %9, align 32
  %705 = load <8 x float>, <8 x float>* %7, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %698, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %7, align 32
  %707 = add i64 %686, 8
  %708 = getelementptr inbounds float, float* %2, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat61 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %8, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %694, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %8, align 32
  %713 = load <8 x float>, <8 x float>* %6, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %698, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %6, align 32
  %715 = add i64 %690, 8
  %716 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = add i64 %690, 18440
  %720 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %686, 1
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat62 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %9, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %718, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %9, align 32
  %729 = load <8 x float>, <8 x float>* %7, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %722, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %7, align 32
  %731 = add i64 %686, 9
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat63 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %8, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %718, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %8, align 32
  %737 = load <8 x float>, <8 x float>* %6, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %722, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %6, align 32
  %739 = add i64 %690, 16
  %740 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %739
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = add i64 %690, 18448
  %744 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = add i64 %686, 2
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat64 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %9, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %742, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %9, align 32
  %753 = load <8 x float>, <8 x float>* %7, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %746, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %7, align 32
  %755 = add i64 %686, 10
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat65 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %8, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %742, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %8, align 32
  %761 = load <8 x float>, <8 x float>* %6, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %746, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %6, align 32
  %763 = add i64 %690, 24
  %764 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = add i64 %690, 18456
  %768 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = add i64 %686, 3
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat66 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %9, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %766, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %9, align 32
  %777 = load <8 x float>, <8 x float>* %7, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %770, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %7, align 32
  %779 = add i64 %686, 11
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat67 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %8, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %766, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %8, align 32
  %785 = load <8 x float>, <8 x float>* %6, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %770, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %6, align 32
  %787 = add i64 %690, 32
  %788 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %690, 18464
  %792 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %791
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = add i64 %686, 4
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat68 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %9, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %790, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %9, align 32
  %801 = load <8 x float>, <8 x float>* %7, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %794, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %7, align 32
  %803 = add i64 %686, 12
  %804 = getelementptr inbounds float, float* %2, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat69 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %8, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %790, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %8, align 32
  %809 = load <8 x float>, <8 x float>* %6, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %794, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %6, align 32
  %811 = add i64 %690, 40
  %812 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = add i64 %690, 18472
  %816 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %815
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = add i64 %686, 5
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat70 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %9, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %814, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %9, align 32
  %825 = load <8 x float>, <8 x float>* %7, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %818, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %7, align 32
  %827 = add i64 %686, 13
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat71 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %8, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %814, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %8, align 32
  %833 = load <8 x float>, <8 x float>* %6, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %818, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %6, align 32
  %835 = add i64 %690, 48
  %836 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %690, 18480
  %840 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %686, 6
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat72 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %9, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %838, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %9, align 32
  %849 = load <8 x float>, <8 x float>* %7, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %842, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %7, align 32
  %851 = add i64 %686, 14
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat73 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %8, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %838, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %8, align 32
  %857 = load <8 x float>, <8 x float>* %6, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %842, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %6, align 32
  %859 = add i64 %690, 56
  %860 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %690, 18488
  %864 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.packed to float*), i64 %863
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = add i64 %686, 7
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat74 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %9, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %862, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %9, align 32
  %873 = load <8 x float>, <8 x float>* %7, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %866, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %7, align 32
  %875 = add i64 %686, 15
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat75 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %8, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %862, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %8, align 32
  %881 = load <8 x float>, <8 x float>* %6, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %866, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %6, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step1(i8* %0) #3 {
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
  call void @node5.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node6.maxPool2d_3.step0(i8* %0) #3 {
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
  call void @node6.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node7.conv2d_5.step0(i8* %0) #3 {
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
  call void @node7.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 28
  %28 = sdiv i64 %task, 28
  %29 = srem i64 %28, 32
  %30 = mul i64 %27, 1
  %31 = sdiv i64 %task, 896
  %32 = srem i64 %31, 1
  %33 = sdiv i64 %31, 1
  %34 = mul i64 %32, 64
  %35 = mul i64 %29, 2
  %36 = add i64 %34, %35
  %37 = mul i64 %33, 32
  %38 = mul i64 %32, 32
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 7200
  %41 = mul i64 %36, 18432
  %42 = mul i64 %30, 240
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %43 = icmp slt i64 %x, 24
  br i1 %43, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %44 = add i64 %36, 0
  %45 = mul i64 %44, 8
  %46 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  store <8 x float> %48, <8 x float>* %25, align 32
  store <8 x float> %48, <8 x float>* %24, align 32
  store <8 x float> %48, <8 x float>* %23, align 32
  store <8 x float> %48, <8 x float>* %22, align 32
  store <8 x float> %48, <8 x float>* %21, align 32
  store <8 x float> %48, <8 x float>* %20, align 32
  %49 = add i64 %36, 1
  %50 = mul i64 %49, 8
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  store <8 x float> %53, <8 x float>* %19, align 32
  store <8 x float> %53, <8 x float>* %18, align 32
  store <8 x float> %53, <8 x float>* %17, align 32
  store <8 x float> %53, <8 x float>* %16, align 32
  store <8 x float> %53, <8 x float>* %15, align 32
  store <8 x float> %53, <8 x float>* %14, align 32
  %54 = mul i64 %x, 8
  %55 = add i64 %42, %54
  %56 = add i64 %40, %55
  br label %u.header

x.exit:                                           ; preds = %x.header
  %57 = add i64 %36, 0
  %58 = mul i64 %57, 8
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  store <8 x float> %61, <8 x float>* %13, align 32
  store <8 x float> %61, <8 x float>* %12, align 32
  store <8 x float> %61, <8 x float>* %11, align 32
  store <8 x float> %61, <8 x float>* %10, align 32
  %62 = add i64 %36, 1
  %63 = mul i64 %62, 8
  %64 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  store <8 x float> %66, <8 x float>* %9, align 32
  store <8 x float> %66, <8 x float>* %8, align 32
  store <8 x float> %66, <8 x float>* %7, align 32
  store <8 x float> %66, <8 x float>* %6, align 32
  %67 = add i64 %42, 192
  %68 = add i64 %40, %67
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 32
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 7200
  %71 = add i64 %56, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %41, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = mul i64 %33, 64
  %75 = add i64 %74, %36
  %76 = add i64 %75, 0
  %77 = mul i64 %76, 28
  %78 = add i64 %77, %30
  %79 = mul i64 %78, 28
  %80 = add i64 %x, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = add i64 %79, %88
  %90 = mul i64 %89, 8
  %91 = load <8 x float>, <8 x float>* %24, align 32
  %92 = fcmp ogt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> %91, <8 x float> zeroinitializer
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 2
  %97 = add i64 %79, %96
  %98 = mul i64 %97, 8
  %99 = load <8 x float>, <8 x float>* %23, align 32
  %100 = fcmp ogt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> %99, <8 x float> zeroinitializer
  %102 = getelementptr inbounds float, float* %0, i64 %98
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = add i64 %x, 3
  %105 = add i64 %79, %104
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %22, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = add i64 %79, %112
  %114 = mul i64 %113, 8
  %115 = load <8 x float>, <8 x float>* %21, align 32
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 5
  %121 = add i64 %79, %120
  %122 = mul i64 %121, 8
  %123 = load <8 x float>, <8 x float>* %20, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = mul i64 %33, 64
  %129 = add i64 %128, %36
  %130 = add i64 %129, 1
  %131 = mul i64 %130, 28
  %132 = add i64 %131, %30
  %133 = mul i64 %132, 28
  %134 = add i64 %x, 0
  %135 = add i64 %133, %134
  %136 = mul i64 %135, 8
  %137 = load <8 x float>, <8 x float>* %19, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = getelementptr inbounds float, float* %0, i64 %136
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %139, <8 x float>* %141, align 4
  %142 = add i64 %x, 1
  %143 = add i64 %133, %142
  %144 = mul i64 %143, 8
  %145 = load <8 x float>, <8 x float>* %18, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = getelementptr inbounds float, float* %0, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 2
  %151 = add i64 %133, %150
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %17, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 3
  %159 = add i64 %133, %158
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %16, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = add i64 %x, 4
  %167 = add i64 %133, %166
  %168 = mul i64 %167, 8
  %169 = load <8 x float>, <8 x float>* %15, align 32
  %170 = fcmp ogt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> %169, <8 x float> zeroinitializer
  %172 = getelementptr inbounds float, float* %0, i64 %168
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = add i64 %x, 5
  %175 = add i64 %133, %174
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %14, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %182 = icmp slt i64 %kh, 3
  br i1 %182, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %183 = mul i64 %kh, 240
  %184 = add i64 %71, %183
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %185 = icmp slt i64 %kw, 3
  br i1 %185, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %186 = mul i64 %kw, 8
  %187 = add i64 %184, %186
  %188 = mul i64 %kh, 3
  %189 = add i64 %188, %kw
  %190 = mul i64 %189, 64
  %191 = add i64 %73, %190
  %192 = add i64 %191, 0
  %193 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %191, 18432
  %197 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %187, 0
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = load float, float* %201, align 4
  %203 = insertelement <8 x float> undef, float %202, i32 0
  %splat = shufflevector <8 x float> %203, <8 x float> undef, <8 x i32> zeroinitializer
  %204 = load <8 x float>, <8 x float>* %25, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %195, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %25, align 32
  %206 = load <8 x float>, <8 x float>* %19, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %19, align 32
  %208 = add i64 %187, 8
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat1 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %24, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %195, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %24, align 32
  %214 = load <8 x float>, <8 x float>* %18, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %18, align 32
  %216 = add i64 %187, 16
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat2 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %23, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %195, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %23, align 32
  %222 = load <8 x float>, <8 x float>* %17, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %17, align 32
  %224 = add i64 %187, 24
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = load float, float* %225, align 4
  %227 = insertelement <8 x float> undef, float %226, i32 0
  %splat3 = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = load <8 x float>, <8 x float>* %22, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %195, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %22, align 32
  %230 = load <8 x float>, <8 x float>* %16, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %16, align 32
  %232 = add i64 %187, 32
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat4 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %21, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %195, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %21, align 32
  %238 = load <8 x float>, <8 x float>* %15, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %199, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %15, align 32
  %240 = add i64 %187, 40
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat5 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %20, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %195, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %20, align 32
  %246 = load <8 x float>, <8 x float>* %14, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %199, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %14, align 32
  %248 = add i64 %191, 8
  %249 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %191, 18440
  %253 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %187, 1
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat6 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %25, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %251, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %25, align 32
  %262 = load <8 x float>, <8 x float>* %19, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %19, align 32
  %264 = add i64 %187, 9
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat7 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %24, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %251, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %24, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %272 = add i64 %187, 17
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat8 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %23, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %251, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %23, align 32
  %278 = load <8 x float>, <8 x float>* %17, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %17, align 32
  %280 = add i64 %187, 25
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat9 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %22, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %251, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %22, align 32
  %286 = load <8 x float>, <8 x float>* %16, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %255, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %16, align 32
  %288 = add i64 %187, 33
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat10 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %21, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %251, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %21, align 32
  %294 = load <8 x float>, <8 x float>* %15, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %255, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %15, align 32
  %296 = add i64 %187, 41
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat11 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %20, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %251, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %20, align 32
  %302 = load <8 x float>, <8 x float>* %14, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %14, align 32
  %304 = add i64 %191, 16
  %305 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %191, 18448
  %309 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %187, 2
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat12 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %25, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %307, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %25, align 32
  %318 = load <8 x float>, <8 x float>* %19, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %311, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %19, align 32
  %320 = add i64 %187, 10
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %splat13 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %324 = load <8 x float>, <8 x float>* %24, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %307, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %24, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %311, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %328 = add i64 %187, 18
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat14 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %23, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %307, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %23, align 32
  %334 = load <8 x float>, <8 x float>* %17, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %311, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %17, align 32
  %336 = add i64 %187, 26
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat15 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %22, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %307, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %22, align 32
  %342 = load <8 x float>, <8 x float>* %16, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %311, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %16, align 32
  %344 = add i64 %187, 34
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat16 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %21, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %307, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %21, align 32
  %350 = load <8 x float>, <8 x float>* %15, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %311, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %15, align 32
  %352 = add i64 %187, 42
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat17 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %20, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %307, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %20, align 32
  %358 = load <8 x float>, <8 x float>* %14, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %311, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %14, align 32
  %360 = add i64 %191, 24
  %361 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %191, 18456
  %365 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %187, 3
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat18 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %25, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %363, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %25, align 32
  %374 = load <8 x float>, <8 x float>* %19, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %367, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %19, align 32
  %376 = add i64 %187, 11
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat19 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %24, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %363, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %24, align 32
  %382 = load <8 x float>, <8 x float>* %18, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %367, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %18, align 32
  %384 = add i64 %187, 19
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat20 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %23, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %363, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %23, align 32
  %390 = load <8 x float>, <8 x float>* %17, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %367, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %17, align 32
  %392 = add i64 %187, 27
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat21 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %22, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %363, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %22, align 32
  %398 = load <8 x float>, <8 x float>* %16, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %367, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %16, align 32
  %400 = add i64 %187, 35
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat22 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %21, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %363, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %21, align 32
  %406 = load <8 x float>, <8 x float>* %15, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %367, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %15, align 32
  %408 = add i64 %187, 43
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat23 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %20, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %363, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %20, align 32
  %414 = load <8 x float>, <8 x float>* %14, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %367, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %14, align 32
  %416 = add i64 %191, 32
  %417 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %191, 18464
  %421 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %187, 4
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat24 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %25, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %419, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %25, align 32
  %430 = load <8 x float>, <8 x float>* %19, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %423, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %19, align 32
  %432 = add i64 %187, 12
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat25 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %24, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %24, align 32
  %438 = load <8 x float>, <8 x float>* %18, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %423, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %18, align 32
  %440 = add i64 %187, 20
  %441 = getelementptr inbounds float, float* %2, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat26 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %23, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %419, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %23, align 32
  %446 = load <8 x float>, <8 x float>* %17, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %423, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %17, align 32
  %448 = add i64 %187, 28
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat27 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %22, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %419, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %22, align 32
  %454 = load <8 x float>, <8 x float>* %16, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %423, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %16, align 32
  %456 = add i64 %187, 36
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat28 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %21, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %21, align 32
  %462 = load <8 x float>, <8 x float>* %15, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %423, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %15, align 32
  %464 = add i64 %187, 44
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat29 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %20, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %419, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %20, align 32
  %470 = load <8 x float>, <8 x float>* %14, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %423, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %14, align 32
  %472 = add i64 %191, 40
  %473 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %191, 18472
  %477 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %476
  %478 = bitcast float* %477 to <8 x float>*
  %479 = load <8 x float>, <8 x float>* %478, align 4
  %480 = add i64 %187, 5
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat30 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %25, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %475, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %25, align 32
  %486 = load <8 x float>, <8 x float>* %19, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %479, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %19, align 32
  %488 = add i64 %187, 13
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat31 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %24, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %475, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %24, align 32
  %494 = load <8 x float>, <8 x float>* %18, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %479, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %18, align 32
  %496 = add i64 %187, 21
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat32 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = load <8 x float>, <8 x float>* %23, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %475, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %23, align 32
  %502 = load <8 x float>, <8 x float>* %17, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %479, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %17, align 32
  %504 = add i64 %187, 29
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat33 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %22, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %475, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %22, align 32
  %510 = load <8 x float>, <8 x float>* %16, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %479, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %16, align 32
  %512 = add i64 %187, 37
  %513 = getelementptr inbounds float, float* %2, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat34 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %21, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %475, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %21, align 32
  %518 = load <8 x float>, <8 x float>* %15, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %479, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %15, align 32
  %520 = add i64 %187, 45
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat35 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %20, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %475, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %20, align 32
  %526 = load <8 x float>, <8 x float>* %14, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %479, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %14, align 32
  %528 = add i64 %191, 48
  %529 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %191, 18480
  %533 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = add i64 %187, 6
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat36 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %25, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %531, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %25, align 32
  %542 = load <8 x float>, <8 x float>* %19, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %535, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %19, align 32
  %544 = add i64 %187, 14
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat37 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %24, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %531, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %24, align 32
  %550 = load <8 x float>, <8 x float>* %18, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %535, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %18, align 32
  %552 = add i64 %187, 22
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = load float, float* %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %splat38 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, <8 x float>* %23, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %531, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %23, align 32
  %558 = load <8 x float>, <8 x float>* %17, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %535, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %17, align 32
  %560 = add i64 %187, 30
  %561 = getelementptr inbounds float, float* %2, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat39 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %22, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %531, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %22, align 32
  %566 = load <8 x float>, <8 x float>* %16, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %535, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %16, align 32
  %568 = add i64 %187, 38
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat40 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %21, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %531, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %21, align 32
  %574 = load <8 x float>, <8 x float>* %15, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %535, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %15, align 32
  %576 = add i64 %187, 46
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat41 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %20, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %531, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %20, align 32
  %582 = load <8 x float>, <8 x float>* %14, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %535, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %14, align 32
  %584 = add i64 %191, 56
  %585 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %191, 18488
  %589 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = add i64 %187, 7
  %593 = getelementptr inbounds float, float* %2, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat42 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %25, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %587, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %25, align 32
  %598 = load <8 x float>, <8 x float>* %19, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %591, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %19, align 32
  %600 = add i64 %187, 15
  %601 = getelementptr inbounds float, float* %2, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat43 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %24, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %587, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %24, align 32
  %606 = load <8 x float>, <8 x float>* %18, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %591, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %18, align 32
  %608 = add i64 %187, 23
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat44 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %23, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %587, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %23, align 32
  %614 = load <8 x float>, <8 x float>* %17, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %591, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %17, align 32
  %616 = add i64 %187, 31
  %617 = getelementptr inbounds float, float* %2, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat45 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %22, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %587, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %22, align 32
  %622 = load <8 x float>, <8 x float>* %16, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %591, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %16, align 32
  %624 = add i64 %187, 39
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat46 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %21, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %587, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %21, align 32
  %630 = load <8 x float>, <8 x float>* %15, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %591, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %15, align 32
  %632 = add i64 %187, 47
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat47 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %20, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %587, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %20, align 32
  %638 = load <8 x float>, <8 x float>* %14, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %591, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %14, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %640 = icmp slt i64 %u51, 32
  br i1 %640, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %641 = mul i64 %u51, 7200
  %642 = add i64 %68, %641
  %643 = mul i64 %u51, 576
  %644 = add i64 %41, %643
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %645 = mul i64 %33, 64
  %646 = add i64 %645, %36
  %647 = add i64 %646, 0
  %648 = mul i64 %647, 28
  %649 = add i64 %648, %30
  %650 = mul i64 %649, 28
  %651 = add i64 %650, 24
  %652 = mul i64 %651, 8
  %653 = load <8 x float>, <8 x float>* %13, align 32
  %654 = fcmp ogt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> %653, <8 x float> zeroinitializer
  %656 = getelementptr inbounds float, float* %0, i64 %652
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = add i64 %650, 25
  %659 = mul i64 %658, 8
  %660 = load <8 x float>, <8 x float>* %12, align 32
  %661 = fcmp ogt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> %660, <8 x float> zeroinitializer
  %663 = getelementptr inbounds float, float* %0, i64 %659
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %662, <8 x float>* %664, align 4
  %665 = add i64 %650, 26
  %666 = mul i64 %665, 8
  %667 = load <8 x float>, <8 x float>* %11, align 32
  %668 = fcmp ogt <8 x float> %667, zeroinitializer
  %669 = select <8 x i1> %668, <8 x float> %667, <8 x float> zeroinitializer
  %670 = getelementptr inbounds float, float* %0, i64 %666
  %671 = bitcast float* %670 to <8 x float>*
  store <8 x float> %669, <8 x float>* %671, align 4
  %672 = add i64 %650, 27
  %673 = mul i64 %672, 8
  %674 = load <8 x float>, <8 x float>* %10, align 32
  %675 = fcmp ogt <8 x float> %674, zeroinitializer
  %676 = select <8 x i1> %675, <8 x float> %674, <8 x float> zeroinitializer
  %677 = getelementptr inbounds float, float* %0, i64 %673
  %678 = bitcast float* %677 to <8 x float>*
  store <8 x float> %676, <8 x float>* %678, align 4
  %679 = mul i64 %33, 64
  %680 = add i64 %679, %36
  %681 = add i64 %680, 1
  %682 = mul i64 %681, 28
  %683 = add i64 %682, %30
  %684 = mul i64 %683, 28
  %685 = add i64 %684, 24
  %686 = mul i64 %685, 8
  %687 = load <8 x float>, <8 x float>* %9, align 32
  %688 = fcmp ogt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> %687, <8 x float> zeroinitializer
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = add i64 %684, 25
  %693 = mul i64 %692, 8
  %694 = load <8 x float>, <8 x float>* %8, align 32
  %695 = fcmp ogt <8 x float> %694, zeroinitializer
  %696 = select <8 x i1> %695, <8 x float> %694, <8 x float> zeroinitializer
  %697 = getelementptr inbounds float, float* %0, i64 %693
  %698 = bitcast float* %697 to <8 x float>*
  store <8 x float> %696, <8 x float>* %698, align 4
  %699 = add i64 %684, 26
  %700 = mul i64 %699, 8
  %701 = load <8 x float>, <8 x float>* %7, align 32
  %702 = fcmp ogt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> %701, <8 x float> zeroinitializer
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = add i64 %684, 27
  %707 = mul i64 %706, 8
  %708 = load <8 x float>, <8 x float>* %6, align 32
  %709 = fcmp ogt <8 x float> %708, zeroinitializer
  %710 = select <8 x i1> %709, <8 x float> %708, <8 x float> zeroinitializer
  %711 = getelementptr inbounds float, float* %0, i64 %707
  %712 = bitcast float* %711 to <8 x float>*
  store <8 x float> %710, <8 x float>* %712, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %713 = icmp slt i64 %kh55, 3
  br i1 %713, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %714 = mul i64 %kh55, 240
  %715 = add i64 %642, %714
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %716 = icmp slt i64 %kw59, 3
  br i1 %716, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %717 = mul i64 %kw59, 8
  %718 = add i64 %715, %717
  %719 = mul i64 %kh55, 3
  %720 = add i64 %719, %kw59
  %721 = mul i64 %720, 64
  %722 = add i64 %644, %721
  %723 = add i64 %722, 0
  %724 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %722, 18432
  %728 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %718, 0
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat60 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %13, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %726, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %13, align 32
  %737 = load <8 x float>, <8 x float>* %9, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %730, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %9, align 32
  %739 = add i64 %718, 8
  %740 = getelementptr inbounds float, float* %2, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat61 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %12, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %726, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %12, align 32
  %745 = load <8 x float>, <8 x float>* %8, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %730, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %8, align 32
  %747 = add i64 %718, 16
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat62 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %11, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %726, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %11, align 32
  %753 = load <8 x float>, <8 x float>* %7, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %730, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %7, align 32
  %755 = add i64 %718, 24
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat63 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %10, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %726, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %10, align 32
  %761 = load <8 x float>, <8 x float>* %6, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %730, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %6, align 32
  %763 = add i64 %722, 8
  %764 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = add i64 %722, 18440
  %768 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = add i64 %718, 1
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat64 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %13, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %766, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %13, align 32
  %777 = load <8 x float>, <8 x float>* %9, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %770, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %9, align 32
  %779 = add i64 %718, 9
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat65 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %12, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %766, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %12, align 32
  %785 = load <8 x float>, <8 x float>* %8, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %770, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %8, align 32
  %787 = add i64 %718, 17
  %788 = getelementptr inbounds float, float* %2, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat66 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %11, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %766, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %11, align 32
  %793 = load <8 x float>, <8 x float>* %7, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %770, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %7, align 32
  %795 = add i64 %718, 25
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat67 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %10, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %766, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %10, align 32
  %801 = load <8 x float>, <8 x float>* %6, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %770, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %6, align 32
  %803 = add i64 %722, 16
  %804 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = add i64 %722, 18448
  %808 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %718, 2
  %812 = getelementptr inbounds float, float* %2, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat68 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %13, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %806, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %13, align 32
  %817 = load <8 x float>, <8 x float>* %9, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %810, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %9, align 32
  %819 = add i64 %718, 10
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat69 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %12, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %806, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %12, align 32
  %825 = load <8 x float>, <8 x float>* %8, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %810, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %8, align 32
  %827 = add i64 %718, 18
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat70 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %11, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %806, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %11, align 32
  %833 = load <8 x float>, <8 x float>* %7, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %810, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %7, align 32
  %835 = add i64 %718, 26
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat71 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %10, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %806, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %10, align 32
  %841 = load <8 x float>, <8 x float>* %6, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %810, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %6, align 32
  %843 = add i64 %722, 24
  %844 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %722, 18456
  %848 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %718, 3
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat72 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %13, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %846, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %13, align 32
  %857 = load <8 x float>, <8 x float>* %9, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %850, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %9, align 32
  %859 = add i64 %718, 11
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat73 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %12, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %846, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %12, align 32
  %865 = load <8 x float>, <8 x float>* %8, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %850, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %8, align 32
  %867 = add i64 %718, 19
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat74 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %11, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %846, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %11, align 32
  %873 = load <8 x float>, <8 x float>* %7, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %850, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %7, align 32
  %875 = add i64 %718, 27
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat75 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %10, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %846, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %10, align 32
  %881 = load <8 x float>, <8 x float>* %6, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %850, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %6, align 32
  %883 = add i64 %722, 32
  %884 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %722, 18464
  %888 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %718, 4
  %892 = getelementptr inbounds float, float* %2, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat76 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %13, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %886, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %13, align 32
  %897 = load <8 x float>, <8 x float>* %9, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %890, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %9, align 32
  %899 = add i64 %718, 12
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat77 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %12, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %886, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %12, align 32
  %905 = load <8 x float>, <8 x float>* %8, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %890, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %8, align 32
  %907 = add i64 %718, 20
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat78 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %11, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %886, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %11, align 32
  %913 = load <8 x float>, <8 x float>* %7, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %890, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %7, align 32
  %915 = add i64 %718, 28
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat79 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %10, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %886, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %10, align 32
  %921 = load <8 x float>, <8 x float>* %6, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %890, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %6, align 32
  %923 = add i64 %722, 40
  %924 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %722, 18472
  %928 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %718, 5
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat80 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %13, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %926, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %13, align 32
  %937 = load <8 x float>, <8 x float>* %9, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %930, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %9, align 32
  %939 = add i64 %718, 13
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat81 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %12, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %926, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %12, align 32
  %945 = load <8 x float>, <8 x float>* %8, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %930, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %8, align 32
  %947 = add i64 %718, 21
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat82 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %11, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %926, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %11, align 32
  %953 = load <8 x float>, <8 x float>* %7, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %930, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %7, align 32
  %955 = add i64 %718, 29
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat83 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %10, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %926, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %10, align 32
  %961 = load <8 x float>, <8 x float>* %6, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %930, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %6, align 32
  %963 = add i64 %722, 48
  %964 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %963
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = add i64 %722, 18480
  %968 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = add i64 %718, 6
  %972 = getelementptr inbounds float, float* %2, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat84 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %13, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %966, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %13, align 32
  %977 = load <8 x float>, <8 x float>* %9, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %970, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %9, align 32
  %979 = add i64 %718, 14
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat85 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %12, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %966, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %12, align 32
  %985 = load <8 x float>, <8 x float>* %8, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %970, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %8, align 32
  %987 = add i64 %718, 22
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = load float, float* %988, align 4
  %990 = insertelement <8 x float> undef, float %989, i32 0
  %splat86 = shufflevector <8 x float> %990, <8 x float> undef, <8 x i32> zeroinitializer
  %991 = load <8 x float>, <8 x float>* %11, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %966, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %11, align 32
  %993 = load <8 x float>, <8 x float>* %7, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %970, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %7, align 32
  %995 = add i64 %718, 30
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat87 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %10, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %966, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %10, align 32
  %1001 = load <8 x float>, <8 x float>* %6, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %970, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %6, align 32
  %1003 = add i64 %722, 56
  %1004 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1003
  %1005 = bitcast float* %1004 to <8 x float>*
  %1006 = load <8 x float>, <8 x float>* %1005, align 4
  %1007 = add i64 %722, 18488
  %1008 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.packed to float*), i64 %1007
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = add i64 %718, 7
  %1012 = getelementptr inbounds float, float* %2, i64 %1011
  %1013 = load float, float* %1012, align 4
  %1014 = insertelement <8 x float> undef, float %1013, i32 0
  %splat88 = shufflevector <8 x float> %1014, <8 x float> undef, <8 x i32> zeroinitializer
  %1015 = load <8 x float>, <8 x float>* %13, align 32
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1006, <8 x float> %1015)
  store <8 x float> %1016, <8 x float>* %13, align 32
  %1017 = load <8 x float>, <8 x float>* %9, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1010, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %9, align 32
  %1019 = add i64 %718, 15
  %1020 = getelementptr inbounds float, float* %2, i64 %1019
  %1021 = load float, float* %1020, align 4
  %1022 = insertelement <8 x float> undef, float %1021, i32 0
  %splat89 = shufflevector <8 x float> %1022, <8 x float> undef, <8 x i32> zeroinitializer
  %1023 = load <8 x float>, <8 x float>* %12, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1006, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %12, align 32
  %1025 = load <8 x float>, <8 x float>* %8, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1010, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %8, align 32
  %1027 = add i64 %718, 23
  %1028 = getelementptr inbounds float, float* %2, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat90 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %11, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1006, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %11, align 32
  %1033 = load <8 x float>, <8 x float>* %7, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1010, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %7, align 32
  %1035 = add i64 %718, 31
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = load float, float* %1036, align 4
  %1038 = insertelement <8 x float> undef, float %1037, i32 0
  %splat91 = shufflevector <8 x float> %1038, <8 x float> undef, <8 x i32> zeroinitializer
  %1039 = load <8 x float>, <8 x float>* %10, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1006, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %10, align 32
  %1041 = load <8 x float>, <8 x float>* %6, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1010, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %6, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step1(i8* %0) #3 {
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
  call void @node7.conv2d_5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.conv2d_6.step0(i8* %0) #3 {
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
  call void @node8.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 28
  %28 = sdiv i64 %task, 28
  %29 = srem i64 %28, 32
  %30 = mul i64 %27, 1
  %31 = sdiv i64 %task, 896
  %32 = srem i64 %31, 1
  %33 = sdiv i64 %31, 1
  %34 = mul i64 %32, 64
  %35 = mul i64 %29, 2
  %36 = add i64 %34, %35
  %37 = mul i64 %33, 64
  %38 = mul i64 %32, 64
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 7200
  %41 = mul i64 %36, 36864
  %42 = mul i64 %30, 240
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %43 = icmp slt i64 %x, 24
  br i1 %43, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %44 = add i64 %36, 0
  %45 = mul i64 %44, 8
  %46 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  store <8 x float> %48, <8 x float>* %25, align 32
  store <8 x float> %48, <8 x float>* %24, align 32
  store <8 x float> %48, <8 x float>* %23, align 32
  store <8 x float> %48, <8 x float>* %22, align 32
  store <8 x float> %48, <8 x float>* %21, align 32
  store <8 x float> %48, <8 x float>* %20, align 32
  %49 = add i64 %36, 1
  %50 = mul i64 %49, 8
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  store <8 x float> %53, <8 x float>* %19, align 32
  store <8 x float> %53, <8 x float>* %18, align 32
  store <8 x float> %53, <8 x float>* %17, align 32
  store <8 x float> %53, <8 x float>* %16, align 32
  store <8 x float> %53, <8 x float>* %15, align 32
  store <8 x float> %53, <8 x float>* %14, align 32
  %54 = mul i64 %x, 8
  %55 = add i64 %42, %54
  %56 = add i64 %40, %55
  br label %u.header

x.exit:                                           ; preds = %x.header
  %57 = add i64 %36, 0
  %58 = mul i64 %57, 8
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  store <8 x float> %61, <8 x float>* %13, align 32
  store <8 x float> %61, <8 x float>* %12, align 32
  store <8 x float> %61, <8 x float>* %11, align 32
  store <8 x float> %61, <8 x float>* %10, align 32
  %62 = add i64 %36, 1
  %63 = mul i64 %62, 8
  %64 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  store <8 x float> %66, <8 x float>* %9, align 32
  store <8 x float> %66, <8 x float>* %8, align 32
  store <8 x float> %66, <8 x float>* %7, align 32
  store <8 x float> %66, <8 x float>* %6, align 32
  %67 = add i64 %42, 192
  %68 = add i64 %40, %67
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %69 = icmp slt i64 %u, 64
  br i1 %69, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %70 = mul i64 %u, 7200
  %71 = add i64 %56, %70
  %72 = mul i64 %u, 576
  %73 = add i64 %41, %72
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %74 = mul i64 %33, 64
  %75 = add i64 %74, %36
  %76 = add i64 %75, 0
  %77 = mul i64 %76, 28
  %78 = add i64 %77, %30
  %79 = mul i64 %78, 28
  %80 = add i64 %x, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %25, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = add i64 %x, 1
  %89 = add i64 %79, %88
  %90 = mul i64 %89, 8
  %91 = load <8 x float>, <8 x float>* %24, align 32
  %92 = fcmp ogt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> %91, <8 x float> zeroinitializer
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 2
  %97 = add i64 %79, %96
  %98 = mul i64 %97, 8
  %99 = load <8 x float>, <8 x float>* %23, align 32
  %100 = fcmp ogt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> %99, <8 x float> zeroinitializer
  %102 = getelementptr inbounds float, float* %0, i64 %98
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = add i64 %x, 3
  %105 = add i64 %79, %104
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %22, align 32
  %108 = fcmp ogt <8 x float> %107, zeroinitializer
  %109 = select <8 x i1> %108, <8 x float> %107, <8 x float> zeroinitializer
  %110 = getelementptr inbounds float, float* %0, i64 %106
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %109, <8 x float>* %111, align 4
  %112 = add i64 %x, 4
  %113 = add i64 %79, %112
  %114 = mul i64 %113, 8
  %115 = load <8 x float>, <8 x float>* %21, align 32
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = getelementptr inbounds float, float* %0, i64 %114
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add i64 %x, 5
  %121 = add i64 %79, %120
  %122 = mul i64 %121, 8
  %123 = load <8 x float>, <8 x float>* %20, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = getelementptr inbounds float, float* %0, i64 %122
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %128 = mul i64 %33, 64
  %129 = add i64 %128, %36
  %130 = add i64 %129, 1
  %131 = mul i64 %130, 28
  %132 = add i64 %131, %30
  %133 = mul i64 %132, 28
  %134 = add i64 %x, 0
  %135 = add i64 %133, %134
  %136 = mul i64 %135, 8
  %137 = load <8 x float>, <8 x float>* %19, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = getelementptr inbounds float, float* %0, i64 %136
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %139, <8 x float>* %141, align 4
  %142 = add i64 %x, 1
  %143 = add i64 %133, %142
  %144 = mul i64 %143, 8
  %145 = load <8 x float>, <8 x float>* %18, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = getelementptr inbounds float, float* %0, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 2
  %151 = add i64 %133, %150
  %152 = mul i64 %151, 8
  %153 = load <8 x float>, <8 x float>* %17, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = getelementptr inbounds float, float* %0, i64 %152
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %155, <8 x float>* %157, align 4
  %158 = add i64 %x, 3
  %159 = add i64 %133, %158
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %16, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = add i64 %x, 4
  %167 = add i64 %133, %166
  %168 = mul i64 %167, 8
  %169 = load <8 x float>, <8 x float>* %15, align 32
  %170 = fcmp ogt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> %169, <8 x float> zeroinitializer
  %172 = getelementptr inbounds float, float* %0, i64 %168
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = add i64 %x, 5
  %175 = add i64 %133, %174
  %176 = mul i64 %175, 8
  %177 = load <8 x float>, <8 x float>* %14, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = getelementptr inbounds float, float* %0, i64 %176
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %179, <8 x float>* %181, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %182 = icmp slt i64 %kh, 3
  br i1 %182, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %183 = mul i64 %kh, 240
  %184 = add i64 %71, %183
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %185 = icmp slt i64 %kw, 3
  br i1 %185, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %186 = mul i64 %kw, 8
  %187 = add i64 %184, %186
  %188 = mul i64 %kh, 3
  %189 = add i64 %188, %kw
  %190 = mul i64 %189, 64
  %191 = add i64 %73, %190
  %192 = add i64 %191, 0
  %193 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %191, 36864
  %197 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %187, 0
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = load float, float* %201, align 4
  %203 = insertelement <8 x float> undef, float %202, i32 0
  %splat = shufflevector <8 x float> %203, <8 x float> undef, <8 x i32> zeroinitializer
  %204 = load <8 x float>, <8 x float>* %25, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %195, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %25, align 32
  %206 = load <8 x float>, <8 x float>* %19, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %19, align 32
  %208 = add i64 %187, 8
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat1 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %24, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %195, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %24, align 32
  %214 = load <8 x float>, <8 x float>* %18, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %18, align 32
  %216 = add i64 %187, 16
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat2 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %23, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %195, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %23, align 32
  %222 = load <8 x float>, <8 x float>* %17, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %17, align 32
  %224 = add i64 %187, 24
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = load float, float* %225, align 4
  %227 = insertelement <8 x float> undef, float %226, i32 0
  %splat3 = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = load <8 x float>, <8 x float>* %22, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %195, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %22, align 32
  %230 = load <8 x float>, <8 x float>* %16, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %16, align 32
  %232 = add i64 %187, 32
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat4 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %21, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %195, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %21, align 32
  %238 = load <8 x float>, <8 x float>* %15, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %199, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %15, align 32
  %240 = add i64 %187, 40
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat5 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %20, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %195, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %20, align 32
  %246 = load <8 x float>, <8 x float>* %14, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %199, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %14, align 32
  %248 = add i64 %191, 8
  %249 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %191, 36872
  %253 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %187, 1
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat6 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %25, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %251, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %25, align 32
  %262 = load <8 x float>, <8 x float>* %19, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %19, align 32
  %264 = add i64 %187, 9
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat7 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %24, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %251, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %24, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %272 = add i64 %187, 17
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat8 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %23, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %251, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %23, align 32
  %278 = load <8 x float>, <8 x float>* %17, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %17, align 32
  %280 = add i64 %187, 25
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat9 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %22, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %251, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %22, align 32
  %286 = load <8 x float>, <8 x float>* %16, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %255, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %16, align 32
  %288 = add i64 %187, 33
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat10 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %21, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %251, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %21, align 32
  %294 = load <8 x float>, <8 x float>* %15, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %255, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %15, align 32
  %296 = add i64 %187, 41
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat11 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %20, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %251, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %20, align 32
  %302 = load <8 x float>, <8 x float>* %14, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %14, align 32
  %304 = add i64 %191, 16
  %305 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %191, 36880
  %309 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %187, 2
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat12 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %25, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %307, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %25, align 32
  %318 = load <8 x float>, <8 x float>* %19, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %311, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %19, align 32
  %320 = add i64 %187, 10
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %splat13 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %324 = load <8 x float>, <8 x float>* %24, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %307, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %24, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %311, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %328 = add i64 %187, 18
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat14 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %23, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %307, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %23, align 32
  %334 = load <8 x float>, <8 x float>* %17, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %311, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %17, align 32
  %336 = add i64 %187, 26
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat15 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %22, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %307, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %22, align 32
  %342 = load <8 x float>, <8 x float>* %16, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %311, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %16, align 32
  %344 = add i64 %187, 34
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat16 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %21, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %307, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %21, align 32
  %350 = load <8 x float>, <8 x float>* %15, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %311, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %15, align 32
  %352 = add i64 %187, 42
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat17 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %20, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %307, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %20, align 32
  %358 = load <8 x float>, <8 x float>* %14, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %311, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %14, align 32
  %360 = add i64 %191, 24
  %361 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %191, 36888
  %365 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %187, 3
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat18 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %25, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %363, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %25, align 32
  %374 = load <8 x float>, <8 x float>* %19, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %367, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %19, align 32
  %376 = add i64 %187, 11
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat19 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %24, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %363, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %24, align 32
  %382 = load <8 x float>, <8 x float>* %18, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %367, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %18, align 32
  %384 = add i64 %187, 19
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat20 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %23, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %363, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %23, align 32
  %390 = load <8 x float>, <8 x float>* %17, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %367, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %17, align 32
  %392 = add i64 %187, 27
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat21 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %22, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %363, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %22, align 32
  %398 = load <8 x float>, <8 x float>* %16, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %367, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %16, align 32
  %400 = add i64 %187, 35
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat22 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %21, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %363, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %21, align 32
  %406 = load <8 x float>, <8 x float>* %15, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %367, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %15, align 32
  %408 = add i64 %187, 43
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat23 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %20, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %363, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %20, align 32
  %414 = load <8 x float>, <8 x float>* %14, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %367, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %14, align 32
  %416 = add i64 %191, 32
  %417 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %191, 36896
  %421 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %187, 4
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat24 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %25, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %419, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %25, align 32
  %430 = load <8 x float>, <8 x float>* %19, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %423, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %19, align 32
  %432 = add i64 %187, 12
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat25 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %24, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %24, align 32
  %438 = load <8 x float>, <8 x float>* %18, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %423, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %18, align 32
  %440 = add i64 %187, 20
  %441 = getelementptr inbounds float, float* %2, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat26 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %23, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %419, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %23, align 32
  %446 = load <8 x float>, <8 x float>* %17, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %423, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %17, align 32
  %448 = add i64 %187, 28
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat27 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %22, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %419, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %22, align 32
  %454 = load <8 x float>, <8 x float>* %16, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %423, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %16, align 32
  %456 = add i64 %187, 36
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat28 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %21, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %21, align 32
  %462 = load <8 x float>, <8 x float>* %15, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %423, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %15, align 32
  %464 = add i64 %187, 44
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat29 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %20, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %419, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %20, align 32
  %470 = load <8 x float>, <8 x float>* %14, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %423, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %14, align 32
  %472 = add i64 %191, 40
  %473 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %191, 36904
  %477 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %476
  %478 = bitcast float* %477 to <8 x float>*
  %479 = load <8 x float>, <8 x float>* %478, align 4
  %480 = add i64 %187, 5
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat30 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %25, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %475, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %25, align 32
  %486 = load <8 x float>, <8 x float>* %19, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %479, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %19, align 32
  %488 = add i64 %187, 13
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat31 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %24, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %475, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %24, align 32
  %494 = load <8 x float>, <8 x float>* %18, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %479, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %18, align 32
  %496 = add i64 %187, 21
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat32 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = load <8 x float>, <8 x float>* %23, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %475, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %23, align 32
  %502 = load <8 x float>, <8 x float>* %17, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %479, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %17, align 32
  %504 = add i64 %187, 29
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat33 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %22, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %475, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %22, align 32
  %510 = load <8 x float>, <8 x float>* %16, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %479, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %16, align 32
  %512 = add i64 %187, 37
  %513 = getelementptr inbounds float, float* %2, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat34 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %21, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %475, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %21, align 32
  %518 = load <8 x float>, <8 x float>* %15, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %479, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %15, align 32
  %520 = add i64 %187, 45
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat35 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %20, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %475, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %20, align 32
  %526 = load <8 x float>, <8 x float>* %14, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %479, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %14, align 32
  %528 = add i64 %191, 48
  %529 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %191, 36912
  %533 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = add i64 %187, 6
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat36 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %25, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %531, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %25, align 32
  %542 = load <8 x float>, <8 x float>* %19, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %535, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %19, align 32
  %544 = add i64 %187, 14
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat37 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %24, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %531, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %24, align 32
  %550 = load <8 x float>, <8 x float>* %18, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %535, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %18, align 32
  %552 = add i64 %187, 22
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = load float, float* %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %splat38 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, <8 x float>* %23, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %531, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %23, align 32
  %558 = load <8 x float>, <8 x float>* %17, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %535, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %17, align 32
  %560 = add i64 %187, 30
  %561 = getelementptr inbounds float, float* %2, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat39 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %22, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %531, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %22, align 32
  %566 = load <8 x float>, <8 x float>* %16, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %535, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %16, align 32
  %568 = add i64 %187, 38
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat40 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %21, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %531, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %21, align 32
  %574 = load <8 x float>, <8 x float>* %15, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %535, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %15, align 32
  %576 = add i64 %187, 46
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat41 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %20, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %531, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %20, align 32
  %582 = load <8 x float>, <8 x float>* %14, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %535, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %14, align 32
  %584 = add i64 %191, 56
  %585 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %191, 36920
  %589 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = add i64 %187, 7
  %593 = getelementptr inbounds float, float* %2, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat42 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %25, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %587, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %25, align 32
  %598 = load <8 x float>, <8 x float>* %19, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %591, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %19, align 32
  %600 = add i64 %187, 15
  %601 = getelementptr inbounds float, float* %2, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat43 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %24, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %587, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %24, align 32
  %606 = load <8 x float>, <8 x float>* %18, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %591, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %18, align 32
  %608 = add i64 %187, 23
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat44 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %23, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %587, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %23, align 32
  %614 = load <8 x float>, <8 x float>* %17, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %591, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %17, align 32
  %616 = add i64 %187, 31
  %617 = getelementptr inbounds float, float* %2, i64 %616
  %618 = load float, float* %617, align 4
  %619 = insertelement <8 x float> undef, float %618, i32 0
  %splat45 = shufflevector <8 x float> %619, <8 x float> undef, <8 x i32> zeroinitializer
  %620 = load <8 x float>, <8 x float>* %22, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %587, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %22, align 32
  %622 = load <8 x float>, <8 x float>* %16, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %591, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %16, align 32
  %624 = add i64 %187, 39
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat46 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %21, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %587, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %21, align 32
  %630 = load <8 x float>, <8 x float>* %15, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %591, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %15, align 32
  %632 = add i64 %187, 47
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat47 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %20, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %587, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %20, align 32
  %638 = load <8 x float>, <8 x float>* %14, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %591, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %14, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %640 = icmp slt i64 %u51, 64
  br i1 %640, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %641 = mul i64 %u51, 7200
  %642 = add i64 %68, %641
  %643 = mul i64 %u51, 576
  %644 = add i64 %41, %643
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %645 = mul i64 %33, 64
  %646 = add i64 %645, %36
  %647 = add i64 %646, 0
  %648 = mul i64 %647, 28
  %649 = add i64 %648, %30
  %650 = mul i64 %649, 28
  %651 = add i64 %650, 24
  %652 = mul i64 %651, 8
  %653 = load <8 x float>, <8 x float>* %13, align 32
  %654 = fcmp ogt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> %653, <8 x float> zeroinitializer
  %656 = getelementptr inbounds float, float* %0, i64 %652
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = add i64 %650, 25
  %659 = mul i64 %658, 8
  %660 = load <8 x float>, <8 x float>* %12, align 32
  %661 = fcmp ogt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> %660, <8 x float> zeroinitializer
  %663 = getelementptr inbounds float, float* %0, i64 %659
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %662, <8 x float>* %664, align 4
  %665 = add i64 %650, 26
  %666 = mul i64 %665, 8
  %667 = load <8 x float>, <8 x float>* %11, align 32
  %668 = fcmp ogt <8 x float> %667, zeroinitializer
  %669 = select <8 x i1> %668, <8 x float> %667, <8 x float> zeroinitializer
  %670 = getelementptr inbounds float, float* %0, i64 %666
  %671 = bitcast float* %670 to <8 x float>*
  store <8 x float> %669, <8 x float>* %671, align 4
  %672 = add i64 %650, 27
  %673 = mul i64 %672, 8
  %674 = load <8 x float>, <8 x float>* %10, align 32
  %675 = fcmp ogt <8 x float> %674, zeroinitializer
  %676 = select <8 x i1> %675, <8 x float> %674, <8 x float> zeroinitializer
  %677 = getelementptr inbounds float, float* %0, i64 %673
  %678 = bitcast float* %677 to <8 x float>*
  store <8 x float> %676, <8 x float>* %678, align 4
  %679 = mul i64 %33, 64
  %680 = add i64 %679, %36
  %681 = add i64 %680, 1
  %682 = mul i64 %681, 28
  %683 = add i64 %682, %30
  %684 = mul i64 %683, 28
  %685 = add i64 %684, 24
  %686 = mul i64 %685, 8
  %687 = load <8 x float>, <8 x float>* %9, align 32
  %688 = fcmp ogt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> %687, <8 x float> zeroinitializer
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = add i64 %684, 25
  %693 = mul i64 %692, 8
  %694 = load <8 x float>, <8 x float>* %8, align 32
  %695 = fcmp ogt <8 x float> %694, zeroinitializer
  %696 = select <8 x i1> %695, <8 x float> %694, <8 x float> zeroinitializer
  %697 = getelementptr inbounds float, float* %0, i64 %693
  %698 = bitcast float* %697 to <8 x float>*
  store <8 x float> %696, <8 x float>* %698, align 4
  %699 = add i64 %684, 26
  %700 = mul i64 %699, 8
  %701 = load <8 x float>, <8 x float>* %7, align 32
  %702 = fcmp ogt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> %701, <8 x float> zeroinitializer
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = add i64 %684, 27
  %707 = mul i64 %706, 8
  %708 = load <8 x float>, <8 x float>* %6, align 32
  %709 = fcmp ogt <8 x float> %708, zeroinitializer
  %710 = select <8 x i1> %709, <8 x float> %708, <8 x float> zeroinitializer
  %711 = getelementptr inbounds float, float* %0, i64 %707
  %712 = bitcast float* %711 to <8 x float>*
  store <8 x float> %710, <8 x float>* %712, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %713 = icmp slt i64 %kh55, 3
  br i1 %713, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %714 = mul i64 %kh55, 240
  %715 = add i64 %642, %714
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %716 = icmp slt i64 %kw59, 3
  br i1 %716, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %717 = mul i64 %kw59, 8
  %718 = add i64 %715, %717
  %719 = mul i64 %kh55, 3
  %720 = add i64 %719, %kw59
  %721 = mul i64 %720, 64
  %722 = add i64 %644, %721
  %723 = add i64 %722, 0
  %724 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %722, 36864
  %728 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %718, 0
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat60 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %13, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %726, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %13, align 32
  %737 = load <8 x float>, <8 x float>* %9, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %730, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %9, align 32
  %739 = add i64 %718, 8
  %740 = getelementptr inbounds float, float* %2, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat61 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %12, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %726, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %12, align 32
  %745 = load <8 x float>, <8 x float>* %8, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %730, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %8, align 32
  %747 = add i64 %718, 16
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat62 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %11, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %726, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %11, align 32
  %753 = load <8 x float>, <8 x float>* %7, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %730, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %7, align 32
  %755 = add i64 %718, 24
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat63 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %10, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %726, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %10, align 32
  %761 = load <8 x float>, <8 x float>* %6, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %730, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %6, align 32
  %763 = add i64 %722, 8
  %764 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = add i64 %722, 36872
  %768 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = add i64 %718, 1
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat64 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %13, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %766, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %13, align 32
  %777 = load <8 x float>, <8 x float>* %9, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %770, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %9, align 32
  %779 = add i64 %718, 9
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat65 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %12, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %766, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %12, align 32
  %785 = load <8 x float>, <8 x float>* %8, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %770, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %8, align 32
  %787 = add i64 %718, 17
  %788 = getelementptr inbounds float, float* %2, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat66 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %11, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %766, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %11, align 32
  %793 = load <8 x float>, <8 x float>* %7, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %770, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %7, align 32
  %795 = add i64 %718, 25
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat67 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %10, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %766, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %10, align 32
  %801 = load <8 x float>, <8 x float>* %6, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %770, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %6, align 32
  %803 = add i64 %722, 16
  %804 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = add i64 %722, 36880
  %808 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %718, 2
  %812 = getelementptr inbounds float, float* %2, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat68 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %13, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %806, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %13, align 32
  %817 = load <8 x float>, <8 x float>* %9, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %810, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %9, align 32
  %819 = add i64 %718, 10
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat69 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %12, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %806, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %12, align 32
  %825 = load <8 x float>, <8 x float>* %8, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %810, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %8, align 32
  %827 = add i64 %718, 18
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat70 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %11, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %806, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %11, align 32
  %833 = load <8 x float>, <8 x float>* %7, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %810, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %7, align 32
  %835 = add i64 %718, 26
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat71 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %10, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %806, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %10, align 32
  %841 = load <8 x float>, <8 x float>* %6, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %810, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %6, align 32
  %843 = add i64 %722, 24
  %844 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %722, 36888
  %848 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %718, 3
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat72 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %13, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %846, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %13, align 32
  %857 = load <8 x float>, <8 x float>* %9, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %850, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %9, align 32
  %859 = add i64 %718, 11
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat73 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %12, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %846, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %12, align 32
  %865 = load <8 x float>, <8 x float>* %8, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %850, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %8, align 32
  %867 = add i64 %718, 19
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat74 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %11, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %846, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %11, align 32
  %873 = load <8 x float>, <8 x float>* %7, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %850, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %7, align 32
  %875 = add i64 %718, 27
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat75 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %10, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %846, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %10, align 32
  %881 = load <8 x float>, <8 x float>* %6, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %850, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %6, align 32
  %883 = add i64 %722, 32
  %884 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %722, 36896
  %888 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %718, 4
  %892 = getelementptr inbounds float, float* %2, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat76 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %13, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %886, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %13, align 32
  %897 = load <8 x float>, <8 x float>* %9, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %890, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %9, align 32
  %899 = add i64 %718, 12
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat77 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %12, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %886, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %12, align 32
  %905 = load <8 x float>, <8 x float>* %8, align 32
  %906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %890, <8 x float> %905)
  store <8 x float> %906, <8 x float>* %8, align 32
  %907 = add i64 %718, 20
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat78 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %11, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %886, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %11, align 32
  %913 = load <8 x float>, <8 x float>* %7, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %890, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %7, align 32
  %915 = add i64 %718, 28
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat79 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %10, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %886, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %10, align 32
  %921 = load <8 x float>, <8 x float>* %6, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %890, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %6, align 32
  %923 = add i64 %722, 40
  %924 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %722, 36904
  %928 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %718, 5
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat80 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %13, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %926, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %13, align 32
  %937 = load <8 x float>, <8 x float>* %9, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %930, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %9, align 32
  %939 = add i64 %718, 13
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat81 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %12, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %926, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %12, align 32
  %945 = load <8 x float>, <8 x float>* %8, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %930, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %8, align 32
  %947 = add i64 %718, 21
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat82 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %11, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %926, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %11, align 32
  %953 = load <8 x float>, <8 x float>* %7, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %930, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %7, align 32
  %955 = add i64 %718, 29
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat83 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %10, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %926, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %10, align 32
  %961 = load <8 x float>, <8 x float>* %6, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %930, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %6, align 32
  %963 = add i64 %722, 48
  %964 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %963
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = add i64 %722, 36912
  %968 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = add i64 %718, 6
  %972 = getelementptr inbounds float, float* %2, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat84 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %13, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %966, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %13, align 32
  %977 = load <8 x float>, <8 x float>* %9, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %970, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %9, align 32
  %979 = add i64 %718, 14
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat85 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %12, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %966, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %12, align 32
  %985 = load <8 x float>, <8 x float>* %8, align 32
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %970, <8 x float> %985)
  store <8 x float> %986, <8 x float>* %8, align 32
  %987 = add i64 %718, 22
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = load float, float* %988, align 4
  %990 = insertelement <8 x float> undef, float %989, i32 0
  %splat86 = shufflevector <8 x float> %990, <8 x float> undef, <8 x i32> zeroinitializer
  %991 = load <8 x float>, <8 x float>* %11, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %966, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %11, align 32
  %993 = load <8 x float>, <8 x float>* %7, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %970, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %7, align 32
  %995 = add i64 %718, 30
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = load float, float* %996, align 4
  %998 = insertelement <8 x float> undef, float %997, i32 0
  %splat87 = shufflevector <8 x float> %998, <8 x float> undef, <8 x i32> zeroinitializer
  %999 = load <8 x float>, <8 x float>* %10, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %966, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %10, align 32
  %1001 = load <8 x float>, <8 x float>* %6, align 32
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %970, <8 x float> %1001)
  store <8 x float> %1002, <8 x float>* %6, align 32
  %1003 = add i64 %722, 56
  %1004 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1003
  %1005 = bitcast float* %1004 to <8 x float>*
  %1006 = load <8 x float>, <8 x float>* %1005, align 4
  %1007 = add i64 %722, 36920
  %1008 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.packed to float*), i64 %1007
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = add i64 %718, 7
  %1012 = getelementptr inbounds float, float* %2, i64 %1011
  %1013 = load float, float* %1012, align 4
  %1014 = insertelement <8 x float> undef, float %1013, i32 0
  %splat88 = shufflevector <8 x float> %1014, <8 x float> undef, <8 x i32> zeroinitializer
  %1015 = load <8 x float>, <8 x float>* %13, align 32
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1006, <8 x float> %1015)
  store <8 x float> %1016, <8 x float>* %13, align 32
  %1017 = load <8 x float>, <8 x float>* %9, align 32
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1010, <8 x float> %1017)
  store <8 x float> %1018, <8 x float>* %9, align 32
  %1019 = add i64 %718, 15
  %1020 = getelementptr inbounds float, float* %2, i64 %1019
  %1021 = load float, float* %1020, align 4
  %1022 = insertelement <8 x float> undef, float %1021, i32 0
  %splat89 = shufflevector <8 x float> %1022, <8 x float> undef, <8 x i32> zeroinitializer
  %1023 = load <8 x float>, <8 x float>* %12, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1006, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %12, align 32
  %1025 = load <8 x float>, <8 x float>* %8, align 32
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1010, <8 x float> %1025)
  store <8 x float> %1026, <8 x float>* %8, align 32
  %1027 = add i64 %718, 23
  %1028 = getelementptr inbounds float, float* %2, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat90 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %11, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1006, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %11, align 32
  %1033 = load <8 x float>, <8 x float>* %7, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1010, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %7, align 32
  %1035 = add i64 %718, 31
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = load float, float* %1036, align 4
  %1038 = insertelement <8 x float> undef, float %1037, i32 0
  %splat91 = shufflevector <8 x float> %1038, <8 x float> undef, <8 x i32> zeroinitializer
  %1039 = load <8 x float>, <8 x float>* %10, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1006, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %10, align 32
  %1041 = load <8 x float>, <8 x float>* %6, align 32
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1010, <8 x float> %1041)
  store <8 x float> %1042, <8 x float>* %6, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step1(i8* %0) #3 {
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
  call void @node8.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node9.maxPool2d_4.step0(i8* %0) #3 {
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
  call void @node9.maxPool2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node10.conv2d_7.step0(i8* %0) #3 {
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
  call void @node10.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit239, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit239 ]
  %62 = icmp slt i64 %task, %5
  br i1 %62, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %63 = srem i64 %task, 7
  %64 = sdiv i64 %task, 7
  %65 = srem i64 %64, 32
  %66 = mul i64 %63, 2
  %67 = sdiv i64 %task, 224
  %68 = srem i64 %67, 1
  %69 = sdiv i64 %67, 1
  %70 = mul i64 %68, 64
  %71 = mul i64 %65, 2
  %72 = add i64 %70, %71
  %73 = mul i64 %69, 64
  %74 = mul i64 %68, 64
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 2048
  %77 = mul i64 %72, 36864
  %78 = mul i64 %66, 128
  %79 = add i64 %72, 0
  %80 = mul i64 %79, 8
  %81 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  store <8 x float> %83, <8 x float>* %61, align 32
  store <8 x float> %83, <8 x float>* %60, align 32
  store <8 x float> %83, <8 x float>* %59, align 32
  store <8 x float> %83, <8 x float>* %58, align 32
  store <8 x float> %83, <8 x float>* %57, align 32
  store <8 x float> %83, <8 x float>* %56, align 32
  %84 = add i64 %72, 1
  %85 = mul i64 %84, 8
  %86 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  store <8 x float> %88, <8 x float>* %55, align 32
  store <8 x float> %88, <8 x float>* %54, align 32
  store <8 x float> %88, <8 x float>* %53, align 32
  store <8 x float> %88, <8 x float>* %52, align 32
  store <8 x float> %88, <8 x float>* %51, align 32
  store <8 x float> %88, <8 x float>* %50, align 32
  %89 = add i64 %78, 0
  %90 = add i64 %76, %89
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %91 = icmp slt i64 %u, 64
  br i1 %91, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %92 = mul i64 %u, 2048
  %93 = add i64 %90, %92
  %94 = mul i64 %u, 576
  %95 = add i64 %77, %94
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %96 = mul i64 %69, 64
  %97 = add i64 %96, %72
  %98 = add i64 %97, 0
  %99 = mul i64 %98, 14
  %100 = add i64 %99, %66
  %101 = mul i64 %100, 14
  %102 = add i64 %101, 0
  %103 = mul i64 %102, 8
  %104 = load <8 x float>, <8 x float>* %61, align 32
  %105 = fcmp ogt <8 x float> %104, zeroinitializer
  %106 = select <8 x i1> %105, <8 x float> %104, <8 x float> zeroinitializer
  %107 = getelementptr inbounds float, float* %0, i64 %103
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %106, <8 x float>* %108, align 4
  %109 = add i64 %101, 1
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %60, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %101, 2
  %117 = mul i64 %116, 8
  %118 = load <8 x float>, <8 x float>* %59, align 32
  %119 = fcmp ogt <8 x float> %118, zeroinitializer
  %120 = select <8 x i1> %119, <8 x float> %118, <8 x float> zeroinitializer
  %121 = getelementptr inbounds float, float* %0, i64 %117
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %120, <8 x float>* %122, align 4
  %123 = add i64 %101, 3
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %58, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %101, 4
  %131 = mul i64 %130, 8
  %132 = load <8 x float>, <8 x float>* %57, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = getelementptr inbounds float, float* %0, i64 %131
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %134, <8 x float>* %136, align 4
  %137 = add i64 %101, 5
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %56, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = mul i64 %69, 64
  %145 = add i64 %144, %72
  %146 = add i64 %145, 1
  %147 = mul i64 %146, 14
  %148 = add i64 %147, %66
  %149 = mul i64 %148, 14
  %150 = add i64 %149, 0
  %151 = mul i64 %150, 8
  %152 = load <8 x float>, <8 x float>* %55, align 32
  %153 = fcmp ogt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> %152, <8 x float> zeroinitializer
  %155 = getelementptr inbounds float, float* %0, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %149, 1
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %54, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %149, 2
  %165 = mul i64 %164, 8
  %166 = load <8 x float>, <8 x float>* %53, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = getelementptr inbounds float, float* %0, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %149, 3
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %52, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %178 = add i64 %149, 4
  %179 = mul i64 %178, 8
  %180 = load <8 x float>, <8 x float>* %51, align 32
  %181 = fcmp ogt <8 x float> %180, zeroinitializer
  %182 = select <8 x i1> %181, <8 x float> %180, <8 x float> zeroinitializer
  %183 = getelementptr inbounds float, float* %0, i64 %179
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = add i64 %149, 5
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %50, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  %192 = add i64 %72, 0
  %193 = mul i64 %192, 8
  %194 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  store <8 x float> %196, <8 x float>* %49, align 32
  store <8 x float> %196, <8 x float>* %48, align 32
  store <8 x float> %196, <8 x float>* %47, align 32
  store <8 x float> %196, <8 x float>* %46, align 32
  store <8 x float> %196, <8 x float>* %45, align 32
  store <8 x float> %196, <8 x float>* %44, align 32
  %197 = add i64 %72, 1
  %198 = mul i64 %197, 8
  %199 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  store <8 x float> %201, <8 x float>* %43, align 32
  store <8 x float> %201, <8 x float>* %42, align 32
  store <8 x float> %201, <8 x float>* %41, align 32
  store <8 x float> %201, <8 x float>* %40, align 32
  store <8 x float> %201, <8 x float>* %39, align 32
  store <8 x float> %201, <8 x float>* %38, align 32
  %202 = add i64 %78, 0
  %203 = add i64 %76, %202
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %204 = icmp slt i64 %kh, 3
  br i1 %204, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %205 = mul i64 %kh, 128
  %206 = add i64 %93, %205
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %207 = icmp slt i64 %kw, 3
  br i1 %207, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %208 = mul i64 %kw, 8
  %209 = add i64 %206, %208
  %210 = mul i64 %kh, 3
  %211 = add i64 %210, %kw
  %212 = mul i64 %211, 64
  %213 = add i64 %95, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %213, 36864
  %219 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %209, 0
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %61, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %217, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %61, align 32
  %228 = load <8 x float>, <8 x float>* %55, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %221, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %55, align 32
  %230 = add i64 %209, 8
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %60, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %217, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %60, align 32
  %236 = load <8 x float>, <8 x float>* %54, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %54, align 32
  %238 = add i64 %209, 16
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat2 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %59, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %217, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %59, align 32
  %244 = load <8 x float>, <8 x float>* %53, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %221, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %53, align 32
  %246 = add i64 %209, 24
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat3 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %58, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %217, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %58, align 32
  %252 = load <8 x float>, <8 x float>* %52, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %221, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %52, align 32
  %254 = add i64 %209, 32
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat4 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %57, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %217, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %57, align 32
  %260 = load <8 x float>, <8 x float>* %51, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %51, align 32
  %262 = add i64 %209, 40
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat5 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %56, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %217, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %56, align 32
  %268 = load <8 x float>, <8 x float>* %50, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %221, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %50, align 32
  %270 = add i64 %213, 8
  %271 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  %273 = load <8 x float>, <8 x float>* %272, align 4
  %274 = add i64 %213, 36872
  %275 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = add i64 %209, 1
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat6 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %61, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %273, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %61, align 32
  %284 = load <8 x float>, <8 x float>* %55, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %277, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %55, align 32
  %286 = add i64 %209, 9
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat7 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %60, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %273, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %60, align 32
  %292 = load <8 x float>, <8 x float>* %54, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %277, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %54, align 32
  %294 = add i64 %209, 17
  %295 = getelementptr inbounds float, float* %2, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat8 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %59, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %273, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %59, align 32
  %300 = load <8 x float>, <8 x float>* %53, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %277, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %53, align 32
  %302 = add i64 %209, 25
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat9 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %58, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %273, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %58, align 32
  %308 = load <8 x float>, <8 x float>* %52, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %277, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %52, align 32
  %310 = add i64 %209, 33
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat10 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %57, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %273, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %57, align 32
  %316 = load <8 x float>, <8 x float>* %51, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %277, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %51, align 32
  %318 = add i64 %209, 41
  %319 = getelementptr inbounds float, float* %2, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat11 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %56, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %273, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %56, align 32
  %324 = load <8 x float>, <8 x float>* %50, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %277, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %50, align 32
  %326 = add i64 %213, 16
  %327 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  %329 = load <8 x float>, <8 x float>* %328, align 4
  %330 = add i64 %213, 36880
  %331 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  %333 = load <8 x float>, <8 x float>* %332, align 4
  %334 = add i64 %209, 2
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat12 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %61, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %329, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %61, align 32
  %340 = load <8 x float>, <8 x float>* %55, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %333, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %55, align 32
  %342 = add i64 %209, 10
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat13 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %60, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %329, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %60, align 32
  %348 = load <8 x float>, <8 x float>* %54, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %333, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %54, align 32
  %350 = add i64 %209, 18
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat14 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %59, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %329, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %59, align 32
  %356 = load <8 x float>, <8 x float>* %53, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %333, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %53, align 32
  %358 = add i64 %209, 26
  %359 = getelementptr inbounds float, float* %2, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat15 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %58, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %329, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %58, align 32
  %364 = load <8 x float>, <8 x float>* %52, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %333, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %52, align 32
  %366 = add i64 %209, 34
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat16 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %57, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %329, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %57, align 32
  %372 = load <8 x float>, <8 x float>* %51, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %333, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %51, align 32
  %374 = add i64 %209, 42
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat17 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %56, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %329, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %56, align 32
  %380 = load <8 x float>, <8 x float>* %50, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %333, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %50, align 32
  %382 = add i64 %213, 24
  %383 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %213, 36888
  %387 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %209, 3
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat18 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %61, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %385, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %61, align 32
  %396 = load <8 x float>, <8 x float>* %55, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %389, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %55, align 32
  %398 = add i64 %209, 11
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat19 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %60, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %385, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %60, align 32
  %404 = load <8 x float>, <8 x float>* %54, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %389, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %54, align 32
  %406 = add i64 %209, 19
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat20 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %59, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %385, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %59, align 32
  %412 = load <8 x float>, <8 x float>* %53, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %389, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %53, align 32
  %414 = add i64 %209, 27
  %415 = getelementptr inbounds float, float* %2, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat21 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %58, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %385, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %58, align 32
  %420 = load <8 x float>, <8 x float>* %52, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %389, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %52, align 32
  %422 = add i64 %209, 35
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat22 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %57, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %385, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %57, align 32
  %428 = load <8 x float>, <8 x float>* %51, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %389, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %51, align 32
  %430 = add i64 %209, 43
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat23 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %56, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %385, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %56, align 32
  %436 = load <8 x float>, <8 x float>* %50, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %389, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %50, align 32
  %438 = add i64 %213, 32
  %439 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  %441 = load <8 x float>, <8 x float>* %440, align 4
  %442 = add i64 %213, 36896
  %443 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  %445 = load <8 x float>, <8 x float>* %444, align 4
  %446 = add i64 %209, 4
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat24 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %61, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %441, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %61, align 32
  %452 = load <8 x float>, <8 x float>* %55, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %445, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %55, align 32
  %454 = add i64 %209, 12
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat25 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %60, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %441, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %60, align 32
  %460 = load <8 x float>, <8 x float>* %54, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %445, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %54, align 32
  %462 = add i64 %209, 20
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat26 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %59, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %441, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %59, align 32
  %468 = load <8 x float>, <8 x float>* %53, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %445, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %53, align 32
  %470 = add i64 %209, 28
  %471 = getelementptr inbounds float, float* %2, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat27 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %58, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %441, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %58, align 32
  %476 = load <8 x float>, <8 x float>* %52, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %445, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %52, align 32
  %478 = add i64 %209, 36
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat28 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %57, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %441, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %57, align 32
  %484 = load <8 x float>, <8 x float>* %51, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %445, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %51, align 32
  %486 = add i64 %209, 44
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat29 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %56, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %441, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %56, align 32
  %492 = load <8 x float>, <8 x float>* %50, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %445, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %50, align 32
  %494 = add i64 %213, 40
  %495 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  %497 = load <8 x float>, <8 x float>* %496, align 4
  %498 = add i64 %213, 36904
  %499 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %209, 5
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat30 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %61, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %497, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %61, align 32
  %508 = load <8 x float>, <8 x float>* %55, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %501, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %55, align 32
  %510 = add i64 %209, 13
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat31 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %60, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %497, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %60, align 32
  %516 = load <8 x float>, <8 x float>* %54, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %501, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %54, align 32
  %518 = add i64 %209, 21
  %519 = getelementptr inbounds float, float* %2, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat32 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %59, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %497, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %59, align 32
  %524 = load <8 x float>, <8 x float>* %53, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %501, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %53, align 32
  %526 = add i64 %209, 29
  %527 = getelementptr inbounds float, float* %2, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat33 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %58, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %497, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %58, align 32
  %532 = load <8 x float>, <8 x float>* %52, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %501, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %52, align 32
  %534 = add i64 %209, 37
  %535 = getelementptr inbounds float, float* %2, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat34 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %57, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %497, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %57, align 32
  %540 = load <8 x float>, <8 x float>* %51, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %501, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %51, align 32
  %542 = add i64 %209, 45
  %543 = getelementptr inbounds float, float* %2, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat35 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %56, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %497, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %56, align 32
  %548 = load <8 x float>, <8 x float>* %50, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %501, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %50, align 32
  %550 = add i64 %213, 48
  %551 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %550
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = add i64 %213, 36912
  %555 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %554
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  %558 = add i64 %209, 6
  %559 = getelementptr inbounds float, float* %2, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat36 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %61, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %553, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %61, align 32
  %564 = load <8 x float>, <8 x float>* %55, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %557, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %55, align 32
  %566 = add i64 %209, 14
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat37 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %60, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %553, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %60, align 32
  %572 = load <8 x float>, <8 x float>* %54, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %557, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %54, align 32
  %574 = add i64 %209, 22
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat38 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %59, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %553, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %59, align 32
  %580 = load <8 x float>, <8 x float>* %53, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %557, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %53, align 32
  %582 = add i64 %209, 30
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat39 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %58, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %553, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %58, align 32
  %588 = load <8 x float>, <8 x float>* %52, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %557, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %52, align 32
  %590 = add i64 %209, 38
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat40 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %57, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %553, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %57, align 32
  %596 = load <8 x float>, <8 x float>* %51, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %557, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %51, align 32
  %598 = add i64 %209, 46
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat41 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %56, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %553, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %56, align 32
  %604 = load <8 x float>, <8 x float>* %50, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %557, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %50, align 32
  %606 = add i64 %213, 56
  %607 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = add i64 %213, 36920
  %611 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = add i64 %209, 7
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat42 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %61, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %609, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %61, align 32
  %620 = load <8 x float>, <8 x float>* %55, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %613, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %55, align 32
  %622 = add i64 %209, 15
  %623 = getelementptr inbounds float, float* %2, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat43 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %60, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %609, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %60, align 32
  %628 = load <8 x float>, <8 x float>* %54, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %613, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %54, align 32
  %630 = add i64 %209, 23
  %631 = getelementptr inbounds float, float* %2, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat44 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %59, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %609, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %59, align 32
  %636 = load <8 x float>, <8 x float>* %53, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %613, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %53, align 32
  %638 = add i64 %209, 31
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat45 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %58, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %609, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %58, align 32
  %644 = load <8 x float>, <8 x float>* %52, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %613, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %52, align 32
  %646 = add i64 %209, 39
  %647 = getelementptr inbounds float, float* %2, i64 %646
  %648 = load float, float* %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %splat46 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = load <8 x float>, <8 x float>* %57, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %609, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %57, align 32
  %652 = load <8 x float>, <8 x float>* %51, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %613, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %51, align 32
  %654 = add i64 %209, 47
  %655 = getelementptr inbounds float, float* %2, i64 %654
  %656 = load float, float* %655, align 4
  %657 = insertelement <8 x float> undef, float %656, i32 0
  %splat47 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
  %658 = load <8 x float>, <8 x float>* %56, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %609, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %56, align 32
  %660 = load <8 x float>, <8 x float>* %50, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %613, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %50, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %662 = icmp slt i64 %u51, 64
  br i1 %662, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %663 = mul i64 %u51, 2048
  %664 = add i64 %203, %663
  %665 = mul i64 %u51, 576
  %666 = add i64 %77, %665
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %667 = mul i64 %69, 64
  %668 = add i64 %667, %72
  %669 = add i64 %668, 0
  %670 = mul i64 %669, 14
  %671 = add i64 %670, %66
  %672 = mul i64 %671, 14
  %673 = add i64 %672, 6
  %674 = mul i64 %673, 8
  %675 = load <8 x float>, <8 x float>* %49, align 32
  %676 = fcmp ogt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> %675, <8 x float> zeroinitializer
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %672, 7
  %681 = mul i64 %680, 8
  %682 = load <8 x float>, <8 x float>* %48, align 32
  %683 = fcmp ogt <8 x float> %682, zeroinitializer
  %684 = select <8 x i1> %683, <8 x float> %682, <8 x float> zeroinitializer
  %685 = getelementptr inbounds float, float* %0, i64 %681
  %686 = bitcast float* %685 to <8 x float>*
  store <8 x float> %684, <8 x float>* %686, align 4
  %687 = add i64 %672, 8
  %688 = mul i64 %687, 8
  %689 = load <8 x float>, <8 x float>* %47, align 32
  %690 = fcmp ogt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> %689, <8 x float> zeroinitializer
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %672, 9
  %695 = mul i64 %694, 8
  %696 = load <8 x float>, <8 x float>* %46, align 32
  %697 = fcmp ogt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> %696, <8 x float> zeroinitializer
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %672, 10
  %702 = mul i64 %701, 8
  %703 = load <8 x float>, <8 x float>* %45, align 32
  %704 = fcmp ogt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> %703, <8 x float> zeroinitializer
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %672, 11
  %709 = mul i64 %708, 8
  %710 = load <8 x float>, <8 x float>* %44, align 32
  %711 = fcmp ogt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> zeroinitializer
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %715 = mul i64 %69, 64
  %716 = add i64 %715, %72
  %717 = add i64 %716, 1
  %718 = mul i64 %717, 14
  %719 = add i64 %718, %66
  %720 = mul i64 %719, 14
  %721 = add i64 %720, 6
  %722 = mul i64 %721, 8
  %723 = load <8 x float>, <8 x float>* %43, align 32
  %724 = fcmp ogt <8 x float> %723, zeroinitializer
  %725 = select <8 x i1> %724, <8 x float> %723, <8 x float> zeroinitializer
  %726 = getelementptr inbounds float, float* %0, i64 %722
  %727 = bitcast float* %726 to <8 x float>*
  store <8 x float> %725, <8 x float>* %727, align 4
  %728 = add i64 %720, 7
  %729 = mul i64 %728, 8
  %730 = load <8 x float>, <8 x float>* %42, align 32
  %731 = fcmp ogt <8 x float> %730, zeroinitializer
  %732 = select <8 x i1> %731, <8 x float> %730, <8 x float> zeroinitializer
  %733 = getelementptr inbounds float, float* %0, i64 %729
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %732, <8 x float>* %734, align 4
  %735 = add i64 %720, 8
  %736 = mul i64 %735, 8
  %737 = load <8 x float>, <8 x float>* %41, align 32
  %738 = fcmp ogt <8 x float> %737, zeroinitializer
  %739 = select <8 x i1> %738, <8 x float> %737, <8 x float> zeroinitializer
  %740 = getelementptr inbounds float, float* %0, i64 %736
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = add i64 %720, 9
  %743 = mul i64 %742, 8
  %744 = load <8 x float>, <8 x float>* %40, align 32
  %745 = fcmp ogt <8 x float> %744, zeroinitializer
  %746 = select <8 x i1> %745, <8 x float> %744, <8 x float> zeroinitializer
  %747 = getelementptr inbounds float, float* %0, i64 %743
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %746, <8 x float>* %748, align 4
  %749 = add i64 %720, 10
  %750 = mul i64 %749, 8
  %751 = load <8 x float>, <8 x float>* %39, align 32
  %752 = fcmp ogt <8 x float> %751, zeroinitializer
  %753 = select <8 x i1> %752, <8 x float> %751, <8 x float> zeroinitializer
  %754 = getelementptr inbounds float, float* %0, i64 %750
  %755 = bitcast float* %754 to <8 x float>*
  store <8 x float> %753, <8 x float>* %755, align 4
  %756 = add i64 %720, 11
  %757 = mul i64 %756, 8
  %758 = load <8 x float>, <8 x float>* %38, align 32
  %759 = fcmp ogt <8 x float> %758, zeroinitializer
  %760 = select <8 x i1> %759, <8 x float> %758, <8 x float> zeroinitializer
  %761 = getelementptr inbounds float, float* %0, i64 %757
  %762 = bitcast float* %761 to <8 x float>*
  store <8 x float> %760, <8 x float>* %762, align 4
  %763 = add i64 %72, 0
  %764 = mul i64 %763, 8
  %765 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  store <8 x float> %767, <8 x float>* %37, align 32
  store <8 x float> %767, <8 x float>* %36, align 32
  store <8 x float> %767, <8 x float>* %35, align 32
  store <8 x float> %767, <8 x float>* %34, align 32
  store <8 x float> %767, <8 x float>* %33, align 32
  store <8 x float> %767, <8 x float>* %32, align 32
  %768 = add i64 %72, 1
  %769 = mul i64 %768, 8
  %770 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  store <8 x float> %772, <8 x float>* %31, align 32
  store <8 x float> %772, <8 x float>* %30, align 32
  store <8 x float> %772, <8 x float>* %29, align 32
  store <8 x float> %772, <8 x float>* %28, align 32
  store <8 x float> %772, <8 x float>* %27, align 32
  store <8 x float> %772, <8 x float>* %26, align 32
  %773 = add i64 %78, 0
  %774 = add i64 %76, %773
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %775 = icmp slt i64 %kh55, 3
  br i1 %775, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %776 = mul i64 %kh55, 128
  %777 = add i64 %664, %776
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %778 = icmp slt i64 %kw59, 3
  br i1 %778, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %779 = mul i64 %kw59, 8
  %780 = add i64 %777, %779
  %781 = mul i64 %kh55, 3
  %782 = add i64 %781, %kw59
  %783 = mul i64 %782, 64
  %784 = add i64 %666, %783
  %785 = add i64 %784, 0
  %786 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %784, 36864
  %790 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %780, 48
  %794 = getelementptr inbounds float, float* %2, i64 %793
  %795 = load float, float* %794, align 4
  %796 = insertelement <8 x float> undef, float %795, i32 0
  %splat60 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
  %797 = load <8 x float>, <8 x float>* %49, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %788, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %49, align 32
  %799 = load <8 x float>, <8 x float>* %43, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %792, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %43, align 32
  %801 = add i64 %780, 56
  %802 = getelementptr inbounds float, float* %2, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat61 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %48, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %788, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %48, align 32
  %807 = load <8 x float>, <8 x float>* %42, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %792, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %42, align 32
  %809 = add i64 %780, 64
  %810 = getelementptr inbounds float, float* %2, i64 %809
  %811 = load float, float* %810, align 4
  %812 = insertelement <8 x float> undef, float %811, i32 0
  %splat62 = shufflevector <8 x float> %812, <8 x float> undef, <8 x i32> zeroinitializer
  %813 = load <8 x float>, <8 x float>* %47, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %788, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %47, align 32
  %815 = load <8 x float>, <8 x float>* %41, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %792, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %41, align 32
  %817 = add i64 %780, 72
  %818 = getelementptr inbounds float, float* %2, i64 %817
  %819 = load float, float* %818, align 4
  %820 = insertelement <8 x float> undef, float %819, i32 0
  %splat63 = shufflevector <8 x float> %820, <8 x float> undef, <8 x i32> zeroinitializer
  %821 = load <8 x float>, <8 x float>* %46, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %788, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %46, align 32
  %823 = load <8 x float>, <8 x float>* %40, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %792, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %40, align 32
  %825 = add i64 %780, 80
  %826 = getelementptr inbounds float, float* %2, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat64 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %45, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %788, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %45, align 32
  %831 = load <8 x float>, <8 x float>* %39, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %792, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %39, align 32
  %833 = add i64 %780, 88
  %834 = getelementptr inbounds float, float* %2, i64 %833
  %835 = load float, float* %834, align 4
  %836 = insertelement <8 x float> undef, float %835, i32 0
  %splat65 = shufflevector <8 x float> %836, <8 x float> undef, <8 x i32> zeroinitializer
  %837 = load <8 x float>, <8 x float>* %44, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %788, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %44, align 32
  %839 = load <8 x float>, <8 x float>* %38, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %792, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %38, align 32
  %841 = add i64 %784, 8
  %842 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %784, 36872
  %846 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %780, 49
  %850 = getelementptr inbounds float, float* %2, i64 %849
  %851 = load float, float* %850, align 4
  %852 = insertelement <8 x float> undef, float %851, i32 0
  %splat66 = shufflevector <8 x float> %852, <8 x float> undef, <8 x i32> zeroinitializer
  %853 = load <8 x float>, <8 x float>* %49, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %844, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %49, align 32
  %855 = load <8 x float>, <8 x float>* %43, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %848, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %43, align 32
  %857 = add i64 %780, 57
  %858 = getelementptr inbounds float, float* %2, i64 %857
  %859 = load float, float* %858, align 4
  %860 = insertelement <8 x float> undef, float %859, i32 0
  %splat67 = shufflevector <8 x float> %860, <8 x float> undef, <8 x i32> zeroinitializer
  %861 = load <8 x float>, <8 x float>* %48, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %844, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %48, align 32
  %863 = load <8 x float>, <8 x float>* %42, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %848, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %42, align 32
  %865 = add i64 %780, 65
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat68 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %47, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %844, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %47, align 32
  %871 = load <8 x float>, <8 x float>* %41, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %848, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %41, align 32
  %873 = add i64 %780, 73
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = load float, float* %874, align 4
  %876 = insertelement <8 x float> undef, float %875, i32 0
  %splat69 = shufflevector <8 x float> %876, <8 x float> undef, <8 x i32> zeroinitializer
  %877 = load <8 x float>, <8 x float>* %46, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %844, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %46, align 32
  %879 = load <8 x float>, <8 x float>* %40, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %848, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %40, align 32
  %881 = add i64 %780, 81
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat70 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %45, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %844, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %45, align 32
  %887 = load <8 x float>, <8 x float>* %39, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %848, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %39, align 32
  %889 = add i64 %780, 89
  %890 = getelementptr inbounds float, float* %2, i64 %889
  %891 = load float, float* %890, align 4
  %892 = insertelement <8 x float> undef, float %891, i32 0
  %splat71 = shufflevector <8 x float> %892, <8 x float> undef, <8 x i32> zeroinitializer
  %893 = load <8 x float>, <8 x float>* %44, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %844, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %44, align 32
  %895 = load <8 x float>, <8 x float>* %38, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %848, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %38, align 32
  %897 = add i64 %784, 16
  %898 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %897
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = add i64 %784, 36880
  %902 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = add i64 %780, 50
  %906 = getelementptr inbounds float, float* %2, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat72 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %49, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %900, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %49, align 32
  %911 = load <8 x float>, <8 x float>* %43, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %904, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %43, align 32
  %913 = add i64 %780, 58
  %914 = getelementptr inbounds float, float* %2, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat73 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %48, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %900, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %48, align 32
  %919 = load <8 x float>, <8 x float>* %42, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %904, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %42, align 32
  %921 = add i64 %780, 66
  %922 = getelementptr inbounds float, float* %2, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat74 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %47, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %900, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %47, align 32
  %927 = load <8 x float>, <8 x float>* %41, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %904, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %41, align 32
  %929 = add i64 %780, 74
  %930 = getelementptr inbounds float, float* %2, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat75 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %46, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %900, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %46, align 32
  %935 = load <8 x float>, <8 x float>* %40, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %904, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %40, align 32
  %937 = add i64 %780, 82
  %938 = getelementptr inbounds float, float* %2, i64 %937
  %939 = load float, float* %938, align 4
  %940 = insertelement <8 x float> undef, float %939, i32 0
  %splat76 = shufflevector <8 x float> %940, <8 x float> undef, <8 x i32> zeroinitializer
  %941 = load <8 x float>, <8 x float>* %45, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %900, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %45, align 32
  %943 = load <8 x float>, <8 x float>* %39, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %904, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %39, align 32
  %945 = add i64 %780, 90
  %946 = getelementptr inbounds float, float* %2, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat77 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %44, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %900, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %44, align 32
  %951 = load <8 x float>, <8 x float>* %38, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %904, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %38, align 32
  %953 = add i64 %784, 24
  %954 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %784, 36888
  %958 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %780, 51
  %962 = getelementptr inbounds float, float* %2, i64 %961
  %963 = load float, float* %962, align 4
  %964 = insertelement <8 x float> undef, float %963, i32 0
  %splat78 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, <8 x float>* %49, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %956, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %49, align 32
  %967 = load <8 x float>, <8 x float>* %43, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %960, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %43, align 32
  %969 = add i64 %780, 59
  %970 = getelementptr inbounds float, float* %2, i64 %969
  %971 = load float, float* %970, align 4
  %972 = insertelement <8 x float> undef, float %971, i32 0
  %splat79 = shufflevector <8 x float> %972, <8 x float> undef, <8 x i32> zeroinitializer
  %973 = load <8 x float>, <8 x float>* %48, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %956, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %48, align 32
  %975 = load <8 x float>, <8 x float>* %42, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %960, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %42, align 32
  %977 = add i64 %780, 67
  %978 = getelementptr inbounds float, float* %2, i64 %977
  %979 = load float, float* %978, align 4
  %980 = insertelement <8 x float> undef, float %979, i32 0
  %splat80 = shufflevector <8 x float> %980, <8 x float> undef, <8 x i32> zeroinitializer
  %981 = load <8 x float>, <8 x float>* %47, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %956, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %47, align 32
  %983 = load <8 x float>, <8 x float>* %41, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %960, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %41, align 32
  %985 = add i64 %780, 75
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = load float, float* %986, align 4
  %988 = insertelement <8 x float> undef, float %987, i32 0
  %splat81 = shufflevector <8 x float> %988, <8 x float> undef, <8 x i32> zeroinitializer
  %989 = load <8 x float>, <8 x float>* %46, align 32
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %956, <8 x float> %989)
  store <8 x float> %990, <8 x float>* %46, align 32
  %991 = load <8 x float>, <8 x float>* %40, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %960, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %40, align 32
  %993 = add i64 %780, 83
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = load float, float* %994, align 4
  %996 = insertelement <8 x float> undef, float %995, i32 0
  %splat82 = shufflevector <8 x float> %996, <8 x float> undef, <8 x i32> zeroinitializer
  %997 = load <8 x float>, <8 x float>* %45, align 32
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %956, <8 x float> %997)
  store <8 x float> %998, <8 x float>* %45, align 32
  %999 = load <8 x float>, <8 x float>* %39, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %960, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %39, align 32
  %1001 = add i64 %780, 91
  %1002 = getelementptr inbounds float, float* %2, i64 %1001
  %1003 = load float, float* %1002, align 4
  %1004 = insertelement <8 x float> undef, float %1003, i32 0
  %splat83 = shufflevector <8 x float> %1004, <8 x float> undef, <8 x i32> zeroinitializer
  %1005 = load <8 x float>, <8 x float>* %44, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %956, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %44, align 32
  %1007 = load <8 x float>, <8 x float>* %38, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %960, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %38, align 32
  %1009 = add i64 %784, 32
  %1010 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %784, 36896
  %1014 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1013
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = add i64 %780, 52
  %1018 = getelementptr inbounds float, float* %2, i64 %1017
  %1019 = load float, float* %1018, align 4
  %1020 = insertelement <8 x float> undef, float %1019, i32 0
  %splat84 = shufflevector <8 x float> %1020, <8 x float> undef, <8 x i32> zeroinitializer
  %1021 = load <8 x float>, <8 x float>* %49, align 32
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1012, <8 x float> %1021)
  store <8 x float> %1022, <8 x float>* %49, align 32
  %1023 = load <8 x float>, <8 x float>* %43, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1016, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %43, align 32
  %1025 = add i64 %780, 60
  %1026 = getelementptr inbounds float, float* %2, i64 %1025
  %1027 = load float, float* %1026, align 4
  %1028 = insertelement <8 x float> undef, float %1027, i32 0
  %splat85 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
  %1029 = load <8 x float>, <8 x float>* %48, align 32
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1012, <8 x float> %1029)
  store <8 x float> %1030, <8 x float>* %48, align 32
  %1031 = load <8 x float>, <8 x float>* %42, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1016, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %42, align 32
  %1033 = add i64 %780, 68
  %1034 = getelementptr inbounds float, float* %2, i64 %1033
  %1035 = load float, float* %1034, align 4
  %1036 = insertelement <8 x float> undef, float %1035, i32 0
  %splat86 = shufflevector <8 x float> %1036, <8 x float> undef, <8 x i32> zeroinitializer
  %1037 = load <8 x float>, <8 x float>* %47, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1012, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %47, align 32
  %1039 = load <8 x float>, <8 x float>* %41, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1016, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %41, align 32
  %1041 = add i64 %780, 76
  %1042 = getelementptr inbounds float, float* %2, i64 %1041
  %1043 = load float, float* %1042, align 4
  %1044 = insertelement <8 x float> undef, float %1043, i32 0
  %splat87 = shufflevector <8 x float> %1044, <8 x float> undef, <8 x i32> zeroinitializer
  %1045 = load <8 x float>, <8 x float>* %46, align 32
  %1046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1012, <8 x float> %1045)
  store <8 x float> %1046, <8 x float>* %46, align 32
  %1047 = load <8 x float>, <8 x float>* %40, align 32
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1016, <8 x float> %1047)
  store <8 x float> %1048, <8 x float>* %40, align 32
  %1049 = add i64 %780, 84
  %1050 = getelementptr inbounds float, float* %2, i64 %1049
  %1051 = load float, float* %1050, align 4
  %1052 = insertelement <8 x float> undef, float %1051, i32 0
  %splat88 = shufflevector <8 x float> %1052, <8 x float> undef, <8 x i32> zeroinitializer
  %1053 = load <8 x float>, <8 x float>* %45, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1012, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %45, align 32
  %1055 = load <8 x float>, <8 x float>* %39, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1016, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %39, align 32
  %1057 = add i64 %780, 92
  %1058 = getelementptr inbounds float, float* %2, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat89 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %44, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1012, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %44, align 32
  %1063 = load <8 x float>, <8 x float>* %38, align 32
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1016, <8 x float> %1063)
  store <8 x float> %1064, <8 x float>* %38, align 32
  %1065 = add i64 %784, 40
  %1066 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = add i64 %784, 36904
  %1070 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = add i64 %780, 53
  %1074 = getelementptr inbounds float, float* %2, i64 %1073
  %1075 = load float, float* %1074, align 4
  %1076 = insertelement <8 x float> undef, float %1075, i32 0
  %splat90 = shufflevector <8 x float> %1076, <8 x float> undef, <8 x i32> zeroinitializer
  %1077 = load <8 x float>, <8 x float>* %49, align 32
  %1078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1068, <8 x float> %1077)
  store <8 x float> %1078, <8 x float>* %49, align 32
  %1079 = load <8 x float>, <8 x float>* %43, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1072, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %43, align 32
  %1081 = add i64 %780, 61
  %1082 = getelementptr inbounds float, float* %2, i64 %1081
  %1083 = load float, float* %1082, align 4
  %1084 = insertelement <8 x float> undef, float %1083, i32 0
  %splat91 = shufflevector <8 x float> %1084, <8 x float> undef, <8 x i32> zeroinitializer
  %1085 = load <8 x float>, <8 x float>* %48, align 32
  %1086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1068, <8 x float> %1085)
  store <8 x float> %1086, <8 x float>* %48, align 32
  %1087 = load <8 x float>, <8 x float>* %42, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1072, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %42, align 32
  %1089 = add i64 %780, 69
  %1090 = getelementptr inbounds float, float* %2, i64 %1089
  %1091 = load float, float* %1090, align 4
  %1092 = insertelement <8 x float> undef, float %1091, i32 0
  %splat92 = shufflevector <8 x float> %1092, <8 x float> undef, <8 x i32> zeroinitializer
  %1093 = load <8 x float>, <8 x float>* %47, align 32
  %1094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1068, <8 x float> %1093)
  store <8 x float> %1094, <8 x float>* %47, align 32
  %1095 = load <8 x float>, <8 x float>* %41, align 32
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1072, <8 x float> %1095)
  store <8 x float> %1096, <8 x float>* %41, align 32
  %1097 = add i64 %780, 77
  %1098 = getelementptr inbounds float, float* %2, i64 %1097
  %1099 = load float, float* %1098, align 4
  %1100 = insertelement <8 x float> undef, float %1099, i32 0
  %splat93 = shufflevector <8 x float> %1100, <8 x float> undef, <8 x i32> zeroinitializer
  %1101 = load <8 x float>, <8 x float>* %46, align 32
  %1102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1068, <8 x float> %1101)
  store <8 x float> %1102, <8 x float>* %46, align 32
  %1103 = load <8 x float>, <8 x float>* %40, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1072, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %40, align 32
  %1105 = add i64 %780, 85
  %1106 = getelementptr inbounds float, float* %2, i64 %1105
  %1107 = load float, float* %1106, align 4
  %1108 = insertelement <8 x float> undef, float %1107, i32 0
  %splat94 = shufflevector <8 x float> %1108, <8 x float> undef, <8 x i32> zeroinitializer
  %1109 = load <8 x float>, <8 x float>* %45, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1068, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %45, align 32
  %1111 = load <8 x float>, <8 x float>* %39, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1072, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %39, align 32
  %1113 = add i64 %780, 93
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = load float, float* %1114, align 4
  %1116 = insertelement <8 x float> undef, float %1115, i32 0
  %splat95 = shufflevector <8 x float> %1116, <8 x float> undef, <8 x i32> zeroinitializer
  %1117 = load <8 x float>, <8 x float>* %44, align 32
  %1118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1068, <8 x float> %1117)
  store <8 x float> %1118, <8 x float>* %44, align 32
  %1119 = load <8 x float>, <8 x float>* %38, align 32
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1072, <8 x float> %1119)
  store <8 x float> %1120, <8 x float>* %38, align 32
  %1121 = add i64 %784, 48
  %1122 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1121
  %1123 = bitcast float* %1122 to <8 x float>*
  %1124 = load <8 x float>, <8 x float>* %1123, align 4
  %1125 = add i64 %784, 36912
  %1126 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1125
  %1127 = bitcast float* %1126 to <8 x float>*
  %1128 = load <8 x float>, <8 x float>* %1127, align 4
  %1129 = add i64 %780, 54
  %1130 = getelementptr inbounds float, float* %2, i64 %1129
  %1131 = load float, float* %1130, align 4
  %1132 = insertelement <8 x float> undef, float %1131, i32 0
  %splat96 = shufflevector <8 x float> %1132, <8 x float> undef, <8 x i32> zeroinitializer
  %1133 = load <8 x float>, <8 x float>* %49, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1124, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %49, align 32
  %1135 = load <8 x float>, <8 x float>* %43, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1128, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %43, align 32
  %1137 = add i64 %780, 62
  %1138 = getelementptr inbounds float, float* %2, i64 %1137
  %1139 = load float, float* %1138, align 4
  %1140 = insertelement <8 x float> undef, float %1139, i32 0
  %splat97 = shufflevector <8 x float> %1140, <8 x float> undef, <8 x i32> zeroinitializer
  %1141 = load <8 x float>, <8 x float>* %48, align 32
  %1142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1124, <8 x float> %1141)
  store <8 x float> %1142, <8 x float>* %48, align 32
  %1143 = load <8 x float>, <8 x float>* %42, align 32
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1128, <8 x float> %1143)
  store <8 x float> %1144, <8 x float>* %42, align 32
  %1145 = add i64 %780, 70
  %1146 = getelementptr inbounds float, float* %2, i64 %1145
  %1147 = load float, float* %1146, align 4
  %1148 = insertelement <8 x float> undef, float %1147, i32 0
  %splat98 = shufflevector <8 x float> %1148, <8 x float> undef, <8 x i32> zeroinitializer
  %1149 = load <8 x float>, <8 x float>* %47, align 32
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1124, <8 x float> %1149)
  store <8 x float> %1150, <8 x float>* %47, align 32
  %1151 = load <8 x float>, <8 x float>* %41, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1128, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %41, align 32
  %1153 = add i64 %780, 78
  %1154 = getelementptr inbounds float, float* %2, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat99 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %46, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1124, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %46, align 32
  %1159 = load <8 x float>, <8 x float>* %40, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1128, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %40, align 32
  %1161 = add i64 %780, 86
  %1162 = getelementptr inbounds float, float* %2, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat100 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %45, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1124, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %45, align 32
  %1167 = load <8 x float>, <8 x float>* %39, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1128, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %39, align 32
  %1169 = add i64 %780, 94
  %1170 = getelementptr inbounds float, float* %2, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat101 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %44, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1124, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %44, align 32
  %1175 = load <8 x float>, <8 x float>* %38, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1128, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %38, align 32
  %1177 = add i64 %784, 56
  %1178 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1177
  %1179 = bitcast float* %1178 to <8 x float>*
  %1180 = load <8 x float>, <8 x float>* %1179, align 4
  %1181 = add i64 %784, 36920
  %1182 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1181
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = add i64 %780, 55
  %1186 = getelementptr inbounds float, float* %2, i64 %1185
  %1187 = load float, float* %1186, align 4
  %1188 = insertelement <8 x float> undef, float %1187, i32 0
  %splat102 = shufflevector <8 x float> %1188, <8 x float> undef, <8 x i32> zeroinitializer
  %1189 = load <8 x float>, <8 x float>* %49, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1180, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %49, align 32
  %1191 = load <8 x float>, <8 x float>* %43, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1184, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %43, align 32
  %1193 = add i64 %780, 63
  %1194 = getelementptr inbounds float, float* %2, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat103 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %48, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1180, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %48, align 32
  %1199 = load <8 x float>, <8 x float>* %42, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1184, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %42, align 32
  %1201 = add i64 %780, 71
  %1202 = getelementptr inbounds float, float* %2, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat104 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %47, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1180, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %47, align 32
  %1207 = load <8 x float>, <8 x float>* %41, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1184, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %41, align 32
  %1209 = add i64 %780, 79
  %1210 = getelementptr inbounds float, float* %2, i64 %1209
  %1211 = load float, float* %1210, align 4
  %1212 = insertelement <8 x float> undef, float %1211, i32 0
  %splat105 = shufflevector <8 x float> %1212, <8 x float> undef, <8 x i32> zeroinitializer
  %1213 = load <8 x float>, <8 x float>* %46, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1180, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %46, align 32
  %1215 = load <8 x float>, <8 x float>* %40, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1184, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %40, align 32
  %1217 = add i64 %780, 87
  %1218 = getelementptr inbounds float, float* %2, i64 %1217
  %1219 = load float, float* %1218, align 4
  %1220 = insertelement <8 x float> undef, float %1219, i32 0
  %splat106 = shufflevector <8 x float> %1220, <8 x float> undef, <8 x i32> zeroinitializer
  %1221 = load <8 x float>, <8 x float>* %45, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1180, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %45, align 32
  %1223 = load <8 x float>, <8 x float>* %39, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1184, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %39, align 32
  %1225 = add i64 %780, 95
  %1226 = getelementptr inbounds float, float* %2, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat107 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %44, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1180, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %44, align 32
  %1231 = load <8 x float>, <8 x float>* %38, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1184, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %38, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next173, %kh.exit117 ]
  %1233 = icmp slt i64 %u114, 64
  br i1 %1233, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1234 = mul i64 %u114, 2048
  %1235 = add i64 %774, %1234
  %1236 = mul i64 %u114, 576
  %1237 = add i64 %77, %1236
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1238 = mul i64 %69, 64
  %1239 = add i64 %1238, %72
  %1240 = add i64 %1239, 0
  %1241 = mul i64 %1240, 14
  %1242 = add i64 %1241, %66
  %1243 = mul i64 %1242, 14
  %1244 = add i64 %1243, 12
  %1245 = mul i64 %1244, 8
  %1246 = load <8 x float>, <8 x float>* %37, align 32
  %1247 = fcmp ogt <8 x float> %1246, zeroinitializer
  %1248 = select <8 x i1> %1247, <8 x float> %1246, <8 x float> zeroinitializer
  %1249 = getelementptr inbounds float, float* %0, i64 %1245
  %1250 = bitcast float* %1249 to <8 x float>*
  store <8 x float> %1248, <8 x float>* %1250, align 4
  %1251 = add i64 %1243, 13
  %1252 = mul i64 %1251, 8
  %1253 = load <8 x float>, <8 x float>* %36, align 32
  %1254 = fcmp ogt <8 x float> %1253, zeroinitializer
  %1255 = select <8 x i1> %1254, <8 x float> %1253, <8 x float> zeroinitializer
  %1256 = getelementptr inbounds float, float* %0, i64 %1252
  %1257 = bitcast float* %1256 to <8 x float>*
  store <8 x float> %1255, <8 x float>* %1257, align 4
  %1258 = add i64 %1243, 14
  %1259 = mul i64 %1258, 8
  %1260 = load <8 x float>, <8 x float>* %35, align 32
  %1261 = fcmp ogt <8 x float> %1260, zeroinitializer
  %1262 = select <8 x i1> %1261, <8 x float> %1260, <8 x float> zeroinitializer
  %1263 = getelementptr inbounds float, float* %0, i64 %1259
  %1264 = bitcast float* %1263 to <8 x float>*
  store <8 x float> %1262, <8 x float>* %1264, align 4
  %1265 = add i64 %1243, 15
  %1266 = mul i64 %1265, 8
  %1267 = load <8 x float>, <8 x float>* %34, align 32
  %1268 = fcmp ogt <8 x float> %1267, zeroinitializer
  %1269 = select <8 x i1> %1268, <8 x float> %1267, <8 x float> zeroinitializer
  %1270 = getelementptr inbounds float, float* %0, i64 %1266
  %1271 = bitcast float* %1270 to <8 x float>*
  store <8 x float> %1269, <8 x float>* %1271, align 4
  %1272 = add i64 %1243, 16
  %1273 = mul i64 %1272, 8
  %1274 = load <8 x float>, <8 x float>* %33, align 32
  %1275 = fcmp ogt <8 x float> %1274, zeroinitializer
  %1276 = select <8 x i1> %1275, <8 x float> %1274, <8 x float> zeroinitializer
  %1277 = getelementptr inbounds float, float* %0, i64 %1273
  %1278 = bitcast float* %1277 to <8 x float>*
  store <8 x float> %1276, <8 x float>* %1278, align 4
  %1279 = add i64 %1243, 17
  %1280 = mul i64 %1279, 8
  %1281 = load <8 x float>, <8 x float>* %32, align 32
  %1282 = fcmp ogt <8 x float> %1281, zeroinitializer
  %1283 = select <8 x i1> %1282, <8 x float> %1281, <8 x float> zeroinitializer
  %1284 = getelementptr inbounds float, float* %0, i64 %1280
  %1285 = bitcast float* %1284 to <8 x float>*
  store <8 x float> %1283, <8 x float>* %1285, align 4
  %1286 = mul i64 %69, 64
  %1287 = add i64 %1286, %72
  %1288 = add i64 %1287, 1
  %1289 = mul i64 %1288, 14
  %1290 = add i64 %1289, %66
  %1291 = mul i64 %1290, 14
  %1292 = add i64 %1291, 12
  %1293 = mul i64 %1292, 8
  %1294 = load <8 x float>, <8 x float>* %31, align 32
  %1295 = fcmp ogt <8 x float> %1294, zeroinitializer
  %1296 = select <8 x i1> %1295, <8 x float> %1294, <8 x float> zeroinitializer
  %1297 = getelementptr inbounds float, float* %0, i64 %1293
  %1298 = bitcast float* %1297 to <8 x float>*
  store <8 x float> %1296, <8 x float>* %1298, align 4
  %1299 = add i64 %1291, 13
  %1300 = mul i64 %1299, 8
  %1301 = load <8 x float>, <8 x float>* %30, align 32
  %1302 = fcmp ogt <8 x float> %1301, zeroinitializer
  %1303 = select <8 x i1> %1302, <8 x float> %1301, <8 x float> zeroinitializer
  %1304 = getelementptr inbounds float, float* %0, i64 %1300
  %1305 = bitcast float* %1304 to <8 x float>*
  store <8 x float> %1303, <8 x float>* %1305, align 4
  %1306 = add i64 %1291, 14
  %1307 = mul i64 %1306, 8
  %1308 = load <8 x float>, <8 x float>* %29, align 32
  %1309 = fcmp ogt <8 x float> %1308, zeroinitializer
  %1310 = select <8 x i1> %1309, <8 x float> %1308, <8 x float> zeroinitializer
  %1311 = getelementptr inbounds float, float* %0, i64 %1307
  %1312 = bitcast float* %1311 to <8 x float>*
  store <8 x float> %1310, <8 x float>* %1312, align 4
  %1313 = add i64 %1291, 15
  %1314 = mul i64 %1313, 8
  %1315 = load <8 x float>, <8 x float>* %28, align 32
  %1316 = fcmp ogt <8 x float> %1315, zeroinitializer
  %1317 = select <8 x i1> %1316, <8 x float> %1315, <8 x float> zeroinitializer
  %1318 = getelementptr inbounds float, float* %0, i64 %1314
  %1319 = bitcast float* %1318 to <8 x float>*
  store <8 x float> %1317, <8 x float>* %1319, align 4
  %1320 = add i64 %1291, 16
  %1321 = mul i64 %1320, 8
  %1322 = load <8 x float>, <8 x float>* %27, align 32
  %1323 = fcmp ogt <8 x float> %1322, zeroinitializer
  %1324 = select <8 x i1> %1323, <8 x float> %1322, <8 x float> zeroinitializer
  %1325 = getelementptr inbounds float, float* %0, i64 %1321
  %1326 = bitcast float* %1325 to <8 x float>*
  store <8 x float> %1324, <8 x float>* %1326, align 4
  %1327 = add i64 %1291, 17
  %1328 = mul i64 %1327, 8
  %1329 = load <8 x float>, <8 x float>* %26, align 32
  %1330 = fcmp ogt <8 x float> %1329, zeroinitializer
  %1331 = select <8 x i1> %1330, <8 x float> %1329, <8 x float> zeroinitializer
  %1332 = getelementptr inbounds float, float* %0, i64 %1328
  %1333 = bitcast float* %1332 to <8 x float>*
  store <8 x float> %1331, <8 x float>* %1333, align 4
  %1334 = add i64 %72, 0
  %1335 = mul i64 %1334, 8
  %1336 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1335
  %1337 = bitcast float* %1336 to <8 x float>*
  %1338 = load <8 x float>, <8 x float>* %1337, align 4
  store <8 x float> %1338, <8 x float>* %25, align 32
  store <8 x float> %1338, <8 x float>* %24, align 32
  store <8 x float> %1338, <8 x float>* %23, align 32
  store <8 x float> %1338, <8 x float>* %22, align 32
  store <8 x float> %1338, <8 x float>* %21, align 32
  store <8 x float> %1338, <8 x float>* %20, align 32
  %1339 = add i64 %72, 1
  %1340 = mul i64 %1339, 8
  %1341 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1340
  %1342 = bitcast float* %1341 to <8 x float>*
  %1343 = load <8 x float>, <8 x float>* %1342, align 4
  store <8 x float> %1343, <8 x float>* %19, align 32
  store <8 x float> %1343, <8 x float>* %18, align 32
  store <8 x float> %1343, <8 x float>* %17, align 32
  store <8 x float> %1343, <8 x float>* %16, align 32
  store <8 x float> %1343, <8 x float>* %15, align 32
  store <8 x float> %1343, <8 x float>* %14, align 32
  %1344 = add i64 %78, 0
  %1345 = add i64 %76, %1344
  br label %u.header174

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next172, %kw.exit121 ]
  %1346 = icmp slt i64 %kh118, 3
  br i1 %1346, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1347 = mul i64 %kh118, 128
  %1348 = add i64 %1235, %1347
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next173 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next171, %kw.body120 ]
  %1349 = icmp slt i64 %kw122, 3
  br i1 %1349, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1350 = mul i64 %kw122, 8
  %1351 = add i64 %1348, %1350
  %1352 = mul i64 %kh118, 3
  %1353 = add i64 %1352, %kw122
  %1354 = mul i64 %1353, 64
  %1355 = add i64 %1237, %1354
  %1356 = add i64 %1355, 0
  %1357 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1356
  %1358 = bitcast float* %1357 to <8 x float>*
  %1359 = load <8 x float>, <8 x float>* %1358, align 4
  %1360 = add i64 %1355, 36864
  %1361 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1360
  %1362 = bitcast float* %1361 to <8 x float>*
  %1363 = load <8 x float>, <8 x float>* %1362, align 4
  %1364 = add i64 %1351, 96
  %1365 = getelementptr inbounds float, float* %2, i64 %1364
  %1366 = load float, float* %1365, align 4
  %1367 = insertelement <8 x float> undef, float %1366, i32 0
  %splat123 = shufflevector <8 x float> %1367, <8 x float> undef, <8 x i32> zeroinitializer
  %1368 = load <8 x float>, <8 x float>* %37, align 32
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1359, <8 x float> %1368)
  store <8 x float> %1369, <8 x float>* %37, align 32
  %1370 = load <8 x float>, <8 x float>* %31, align 32
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1363, <8 x float> %1370)
  store <8 x float> %1371, <8 x float>* %31, align 32
  %1372 = add i64 %1351, 104
  %1373 = getelementptr inbounds float, float* %2, i64 %1372
  %1374 = load float, float* %1373, align 4
  %1375 = insertelement <8 x float> undef, float %1374, i32 0
  %splat124 = shufflevector <8 x float> %1375, <8 x float> undef, <8 x i32> zeroinitializer
  %1376 = load <8 x float>, <8 x float>* %36, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1359, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %36, align 32
  %1378 = load <8 x float>, <8 x float>* %30, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1363, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %30, align 32
  %1380 = add i64 %1351, 128
  %1381 = getelementptr inbounds float, float* %2, i64 %1380
  %1382 = load float, float* %1381, align 4
  %1383 = insertelement <8 x float> undef, float %1382, i32 0
  %splat125 = shufflevector <8 x float> %1383, <8 x float> undef, <8 x i32> zeroinitializer
  %1384 = load <8 x float>, <8 x float>* %35, align 32
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1359, <8 x float> %1384)
  store <8 x float> %1385, <8 x float>* %35, align 32
  %1386 = load <8 x float>, <8 x float>* %29, align 32
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1363, <8 x float> %1386)
  store <8 x float> %1387, <8 x float>* %29, align 32
  %1388 = add i64 %1351, 136
  %1389 = getelementptr inbounds float, float* %2, i64 %1388
  %1390 = load float, float* %1389, align 4
  %1391 = insertelement <8 x float> undef, float %1390, i32 0
  %splat126 = shufflevector <8 x float> %1391, <8 x float> undef, <8 x i32> zeroinitializer
  %1392 = load <8 x float>, <8 x float>* %34, align 32
  %1393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1359, <8 x float> %1392)
  store <8 x float> %1393, <8 x float>* %34, align 32
  %1394 = load <8 x float>, <8 x float>* %28, align 32
  %1395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1363, <8 x float> %1394)
  store <8 x float> %1395, <8 x float>* %28, align 32
  %1396 = add i64 %1351, 144
  %1397 = getelementptr inbounds float, float* %2, i64 %1396
  %1398 = load float, float* %1397, align 4
  %1399 = insertelement <8 x float> undef, float %1398, i32 0
  %splat127 = shufflevector <8 x float> %1399, <8 x float> undef, <8 x i32> zeroinitializer
  %1400 = load <8 x float>, <8 x float>* %33, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1359, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %33, align 32
  %1402 = load <8 x float>, <8 x float>* %27, align 32
  %1403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1363, <8 x float> %1402)
  store <8 x float> %1403, <8 x float>* %27, align 32
  %1404 = add i64 %1351, 152
  %1405 = getelementptr inbounds float, float* %2, i64 %1404
  %1406 = load float, float* %1405, align 4
  %1407 = insertelement <8 x float> undef, float %1406, i32 0
  %splat128 = shufflevector <8 x float> %1407, <8 x float> undef, <8 x i32> zeroinitializer
  %1408 = load <8 x float>, <8 x float>* %32, align 32
  %1409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1359, <8 x float> %1408)
  store <8 x float> %1409, <8 x float>* %32, align 32
  %1410 = load <8 x float>, <8 x float>* %26, align 32
  %1411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1363, <8 x float> %1410)
  store <8 x float> %1411, <8 x float>* %26, align 32
  %1412 = add i64 %1355, 8
  %1413 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1412
  %1414 = bitcast float* %1413 to <8 x float>*
  %1415 = load <8 x float>, <8 x float>* %1414, align 4
  %1416 = add i64 %1355, 36872
  %1417 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1416
  %1418 = bitcast float* %1417 to <8 x float>*
  %1419 = load <8 x float>, <8 x float>* %1418, align 4
  %1420 = add i64 %1351, 97
  %1421 = getelementptr inbounds float, float* %2, i64 %1420
  %1422 = load float, float* %1421, align 4
  %1423 = insertelement <8 x float> undef, float %1422, i32 0
  %splat129 = shufflevector <8 x float> %1423, <8 x float> undef, <8 x i32> zeroinitializer
  %1424 = load <8 x float>, <8 x float>* %37, align 32
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1415, <8 x float> %1424)
  store <8 x float> %1425, <8 x float>* %37, align 32
  %1426 = load <8 x float>, <8 x float>* %31, align 32
  %1427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1419, <8 x float> %1426)
  store <8 x float> %1427, <8 x float>* %31, align 32
  %1428 = add i64 %1351, 105
  %1429 = getelementptr inbounds float, float* %2, i64 %1428
  %1430 = load float, float* %1429, align 4
  %1431 = insertelement <8 x float> undef, float %1430, i32 0
  %splat130 = shufflevector <8 x float> %1431, <8 x float> undef, <8 x i32> zeroinitializer
  %1432 = load <8 x float>, <8 x float>* %36, align 32
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1415, <8 x float> %1432)
  store <8 x float> %1433, <8 x float>* %36, align 32
  %1434 = load <8 x float>, <8 x float>* %30, align 32
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1419, <8 x float> %1434)
  store <8 x float> %1435, <8 x float>* %30, align 32
  %1436 = add i64 %1351, 129
  %1437 = getelementptr inbounds float, float* %2, i64 %1436
  %1438 = load float, float* %1437, align 4
  %1439 = insertelement <8 x float> undef, float %1438, i32 0
  %splat131 = shufflevector <8 x float> %1439, <8 x float> undef, <8 x i32> zeroinitializer
  %1440 = load <8 x float>, <8 x float>* %35, align 32
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1415, <8 x float> %1440)
  store <8 x float> %1441, <8 x float>* %35, align 32
  %1442 = load <8 x float>, <8 x float>* %29, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1419, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %29, align 32
  %1444 = add i64 %1351, 137
  %1445 = getelementptr inbounds float, float* %2, i64 %1444
  %1446 = load float, float* %1445, align 4
  %1447 = insertelement <8 x float> undef, float %1446, i32 0
  %splat132 = shufflevector <8 x float> %1447, <8 x float> undef, <8 x i32> zeroinitializer
  %1448 = load <8 x float>, <8 x float>* %34, align 32
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1415, <8 x float> %1448)
  store <8 x float> %1449, <8 x float>* %34, align 32
  %1450 = load <8 x float>, <8 x float>* %28, align 32
  %1451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1419, <8 x float> %1450)
  store <8 x float> %1451, <8 x float>* %28, align 32
  %1452 = add i64 %1351, 145
  %1453 = getelementptr inbounds float, float* %2, i64 %1452
  %1454 = load float, float* %1453, align 4
  %1455 = insertelement <8 x float> undef, float %1454, i32 0
  %splat133 = shufflevector <8 x float> %1455, <8 x float> undef, <8 x i32> zeroinitializer
  %1456 = load <8 x float>, <8 x float>* %33, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1415, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %33, align 32
  %1458 = load <8 x float>, <8 x float>* %27, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1419, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %27, align 32
  %1460 = add i64 %1351, 153
  %1461 = getelementptr inbounds float, float* %2, i64 %1460
  %1462 = load float, float* %1461, align 4
  %1463 = insertelement <8 x float> undef, float %1462, i32 0
  %splat134 = shufflevector <8 x float> %1463, <8 x float> undef, <8 x i32> zeroinitializer
  %1464 = load <8 x float>, <8 x float>* %32, align 32
  %1465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1415, <8 x float> %1464)
  store <8 x float> %1465, <8 x float>* %32, align 32
  %1466 = load <8 x float>, <8 x float>* %26, align 32
  %1467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1419, <8 x float> %1466)
  store <8 x float> %1467, <8 x float>* %26, align 32
  %1468 = add i64 %1355, 16
  %1469 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1468
  %1470 = bitcast float* %1469 to <8 x float>*
  %1471 = load <8 x float>, <8 x float>* %1470, align 4
  %1472 = add i64 %1355, 36880
  %1473 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1472
  %1474 = bitcast float* %1473 to <8 x float>*
  %1475 = load <8 x float>, <8 x float>* %1474, align 4
  %1476 = add i64 %1351, 98
  %1477 = getelementptr inbounds float, float* %2, i64 %1476
  %1478 = load float, float* %1477, align 4
  %1479 = insertelement <8 x float> undef, float %1478, i32 0
  %splat135 = shufflevector <8 x float> %1479, <8 x float> undef, <8 x i32> zeroinitializer
  %1480 = load <8 x float>, <8 x float>* %37, align 32
  %1481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1471, <8 x float> %1480)
  store <8 x float> %1481, <8 x float>* %37, align 32
  %1482 = load <8 x float>, <8 x float>* %31, align 32
  %1483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1475, <8 x float> %1482)
  store <8 x float> %1483, <8 x float>* %31, align 32
  %1484 = add i64 %1351, 106
  %1485 = getelementptr inbounds float, float* %2, i64 %1484
  %1486 = load float, float* %1485, align 4
  %1487 = insertelement <8 x float> undef, float %1486, i32 0
  %splat136 = shufflevector <8 x float> %1487, <8 x float> undef, <8 x i32> zeroinitializer
  %1488 = load <8 x float>, <8 x float>* %36, align 32
  %1489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1471, <8 x float> %1488)
  store <8 x float> %1489, <8 x float>* %36, align 32
  %1490 = load <8 x float>, <8 x float>* %30, align 32
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1475, <8 x float> %1490)
  store <8 x float> %1491, <8 x float>* %30, align 32
  %1492 = add i64 %1351, 130
  %1493 = getelementptr inbounds float, float* %2, i64 %1492
  %1494 = load float, float* %1493, align 4
  %1495 = insertelement <8 x float> undef, float %1494, i32 0
  %splat137 = shufflevector <8 x float> %1495, <8 x float> undef, <8 x i32> zeroinitializer
  %1496 = load <8 x float>, <8 x float>* %35, align 32
  %1497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1471, <8 x float> %1496)
  store <8 x float> %1497, <8 x float>* %35, align 32
  %1498 = load <8 x float>, <8 x float>* %29, align 32
  %1499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1475, <8 x float> %1498)
  store <8 x float> %1499, <8 x float>* %29, align 32
  %1500 = add i64 %1351, 138
  %1501 = getelementptr inbounds float, float* %2, i64 %1500
  %1502 = load float, float* %1501, align 4
  %1503 = insertelement <8 x float> undef, float %1502, i32 0
  %splat138 = shufflevector <8 x float> %1503, <8 x float> undef, <8 x i32> zeroinitializer
  %1504 = load <8 x float>, <8 x float>* %34, align 32
  %1505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1471, <8 x float> %1504)
  store <8 x float> %1505, <8 x float>* %34, align 32
  %1506 = load <8 x float>, <8 x float>* %28, align 32
  %1507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1475, <8 x float> %1506)
  store <8 x float> %1507, <8 x float>* %28, align 32
  %1508 = add i64 %1351, 146
  %1509 = getelementptr inbounds float, float* %2, i64 %1508
  %1510 = load float, float* %1509, align 4
  %1511 = insertelement <8 x float> undef, float %1510, i32 0
  %splat139 = shufflevector <8 x float> %1511, <8 x float> undef, <8 x i32> zeroinitializer
  %1512 = load <8 x float>, <8 x float>* %33, align 32
  %1513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1471, <8 x float> %1512)
  store <8 x float> %1513, <8 x float>* %33, align 32
  %1514 = load <8 x float>, <8 x float>* %27, align 32
  %1515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1475, <8 x float> %1514)
  store <8 x float> %1515, <8 x float>* %27, align 32
  %1516 = add i64 %1351, 154
  %1517 = getelementptr inbounds float, float* %2, i64 %1516
  %1518 = load float, float* %1517, align 4
  %1519 = insertelement <8 x float> undef, float %1518, i32 0
  %splat140 = shufflevector <8 x float> %1519, <8 x float> undef, <8 x i32> zeroinitializer
  %1520 = load <8 x float>, <8 x float>* %32, align 32
  %1521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1471, <8 x float> %1520)
  store <8 x float> %1521, <8 x float>* %32, align 32
  %1522 = load <8 x float>, <8 x float>* %26, align 32
  %1523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1475, <8 x float> %1522)
  store <8 x float> %1523, <8 x float>* %26, align 32
  %1524 = add i64 %1355, 24
  %1525 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1524
  %1526 = bitcast float* %1525 to <8 x float>*
  %1527 = load <8 x float>, <8 x float>* %1526, align 4
  %1528 = add i64 %1355, 36888
  %1529 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1528
  %1530 = bitcast float* %1529 to <8 x float>*
  %1531 = load <8 x float>, <8 x float>* %1530, align 4
  %1532 = add i64 %1351, 99
  %1533 = getelementptr inbounds float, float* %2, i64 %1532
  %1534 = load float, float* %1533, align 4
  %1535 = insertelement <8 x float> undef, float %1534, i32 0
  %splat141 = shufflevector <8 x float> %1535, <8 x float> undef, <8 x i32> zeroinitializer
  %1536 = load <8 x float>, <8 x float>* %37, align 32
  %1537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1527, <8 x float> %1536)
  store <8 x float> %1537, <8 x float>* %37, align 32
  %1538 = load <8 x float>, <8 x float>* %31, align 32
  %1539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1531, <8 x float> %1538)
  store <8 x float> %1539, <8 x float>* %31, align 32
  %1540 = add i64 %1351, 107
  %1541 = getelementptr inbounds float, float* %2, i64 %1540
  %1542 = load float, float* %1541, align 4
  %1543 = insertelement <8 x float> undef, float %1542, i32 0
  %splat142 = shufflevector <8 x float> %1543, <8 x float> undef, <8 x i32> zeroinitializer
  %1544 = load <8 x float>, <8 x float>* %36, align 32
  %1545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1527, <8 x float> %1544)
  store <8 x float> %1545, <8 x float>* %36, align 32
  %1546 = load <8 x float>, <8 x float>* %30, align 32
  %1547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1531, <8 x float> %1546)
  store <8 x float> %1547, <8 x float>* %30, align 32
  %1548 = add i64 %1351, 131
  %1549 = getelementptr inbounds float, float* %2, i64 %1548
  %1550 = load float, float* %1549, align 4
  %1551 = insertelement <8 x float> undef, float %1550, i32 0
  %splat143 = shufflevector <8 x float> %1551, <8 x float> undef, <8 x i32> zeroinitializer
  %1552 = load <8 x float>, <8 x float>* %35, align 32
  %1553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1527, <8 x float> %1552)
  store <8 x float> %1553, <8 x float>* %35, align 32
  %1554 = load <8 x float>, <8 x float>* %29, align 32
  %1555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1531, <8 x float> %1554)
  store <8 x float> %1555, <8 x float>* %29, align 32
  %1556 = add i64 %1351, 139
  %1557 = getelementptr inbounds float, float* %2, i64 %1556
  %1558 = load float, float* %1557, align 4
  %1559 = insertelement <8 x float> undef, float %1558, i32 0
  %splat144 = shufflevector <8 x float> %1559, <8 x float> undef, <8 x i32> zeroinitializer
  %1560 = load <8 x float>, <8 x float>* %34, align 32
  %1561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1527, <8 x float> %1560)
  store <8 x float> %1561, <8 x float>* %34, align 32
  %1562 = load <8 x float>, <8 x float>* %28, align 32
  %1563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1531, <8 x float> %1562)
  store <8 x float> %1563, <8 x float>* %28, align 32
  %1564 = add i64 %1351, 147
  %1565 = getelementptr inbounds float, float* %2, i64 %1564
  %1566 = load float, float* %1565, align 4
  %1567 = insertelement <8 x float> undef, float %1566, i32 0
  %splat145 = shufflevector <8 x float> %1567, <8 x float> undef, <8 x i32> zeroinitializer
  %1568 = load <8 x float>, <8 x float>* %33, align 32
  %1569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1527, <8 x float> %1568)
  store <8 x float> %1569, <8 x float>* %33, align 32
  %1570 = load <8 x float>, <8 x float>* %27, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1531, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %27, align 32
  %1572 = add i64 %1351, 155
  %1573 = getelementptr inbounds float, float* %2, i64 %1572
  %1574 = load float, float* %1573, align 4
  %1575 = insertelement <8 x float> undef, float %1574, i32 0
  %splat146 = shufflevector <8 x float> %1575, <8 x float> undef, <8 x i32> zeroinitializer
  %1576 = load <8 x float>, <8 x float>* %32, align 32
  %1577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1527, <8 x float> %1576)
  store <8 x float> %1577, <8 x float>* %32, align 32
  %1578 = load <8 x float>, <8 x float>* %26, align 32
  %1579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1531, <8 x float> %1578)
  store <8 x float> %1579, <8 x float>* %26, align 32
  %1580 = add i64 %1355, 32
  %1581 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1580
  %1582 = bitcast float* %1581 to <8 x float>*
  %1583 = load <8 x float>, <8 x float>* %1582, align 4
  %1584 = add i64 %1355, 36896
  %1585 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1584
  %1586 = bitcast float* %1585 to <8 x float>*
  %1587 = load <8 x float>, <8 x float>* %1586, align 4
  %1588 = add i64 %1351, 100
  %1589 = getelementptr inbounds float, float* %2, i64 %1588
  %1590 = load float, float* %1589, align 4
  %1591 = insertelement <8 x float> undef, float %1590, i32 0
  %splat147 = shufflevector <8 x float> %1591, <8 x float> undef, <8 x i32> zeroinitializer
  %1592 = load <8 x float>, <8 x float>* %37, align 32
  %1593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1583, <8 x float> %1592)
  store <8 x float> %1593, <8 x float>* %37, align 32
  %1594 = load <8 x float>, <8 x float>* %31, align 32
  %1595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1587, <8 x float> %1594)
  store <8 x float> %1595, <8 x float>* %31, align 32
  %1596 = add i64 %1351, 108
  %1597 = getelementptr inbounds float, float* %2, i64 %1596
  %1598 = load float, float* %1597, align 4
  %1599 = insertelement <8 x float> undef, float %1598, i32 0
  %splat148 = shufflevector <8 x float> %1599, <8 x float> undef, <8 x i32> zeroinitializer
  %1600 = load <8 x float>, <8 x float>* %36, align 32
  %1601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1583, <8 x float> %1600)
  store <8 x float> %1601, <8 x float>* %36, align 32
  %1602 = load <8 x float>, <8 x float>* %30, align 32
  %1603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1587, <8 x float> %1602)
  store <8 x float> %1603, <8 x float>* %30, align 32
  %1604 = add i64 %1351, 132
  %1605 = getelementptr inbounds float, float* %2, i64 %1604
  %1606 = load float, float* %1605, align 4
  %1607 = insertelement <8 x float> undef, float %1606, i32 0
  %splat149 = shufflevector <8 x float> %1607, <8 x float> undef, <8 x i32> zeroinitializer
  %1608 = load <8 x float>, <8 x float>* %35, align 32
  %1609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1583, <8 x float> %1608)
  store <8 x float> %1609, <8 x float>* %35, align 32
  %1610 = load <8 x float>, <8 x float>* %29, align 32
  %1611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1587, <8 x float> %1610)
  store <8 x float> %1611, <8 x float>* %29, align 32
  %1612 = add i64 %1351, 140
  %1613 = getelementptr inbounds float, float* %2, i64 %1612
  %1614 = load float, float* %1613, align 4
  %1615 = insertelement <8 x float> undef, float %1614, i32 0
  %splat150 = shufflevector <8 x float> %1615, <8 x float> undef, <8 x i32> zeroinitializer
  %1616 = load <8 x float>, <8 x float>* %34, align 32
  %1617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1583, <8 x float> %1616)
  store <8 x float> %1617, <8 x float>* %34, align 32
  %1618 = load <8 x float>, <8 x float>* %28, align 32
  %1619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1587, <8 x float> %1618)
  store <8 x float> %1619, <8 x float>* %28, align 32
  %1620 = add i64 %1351, 148
  %1621 = getelementptr inbounds float, float* %2, i64 %1620
  %1622 = load float, float* %1621, align 4
  %1623 = insertelement <8 x float> undef, float %1622, i32 0
  %splat151 = shufflevector <8 x float> %1623, <8 x float> undef, <8 x i32> zeroinitializer
  %1624 = load <8 x float>, <8 x float>* %33, align 32
  %1625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1583, <8 x float> %1624)
  store <8 x float> %1625, <8 x float>* %33, align 32
  %1626 = load <8 x float>, <8 x float>* %27, align 32
  %1627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1587, <8 x float> %1626)
  store <8 x float> %1627, <8 x float>* %27, align 32
  %1628 = add i64 %1351, 156
  %1629 = getelementptr inbounds float, float* %2, i64 %1628
  %1630 = load float, float* %1629, align 4
  %1631 = insertelement <8 x float> undef, float %1630, i32 0
  %splat152 = shufflevector <8 x float> %1631, <8 x float> undef, <8 x i32> zeroinitializer
  %1632 = load <8 x float>, <8 x float>* %32, align 32
  %1633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1583, <8 x float> %1632)
  store <8 x float> %1633, <8 x float>* %32, align 32
  %1634 = load <8 x float>, <8 x float>* %26, align 32
  %1635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1587, <8 x float> %1634)
  store <8 x float> %1635, <8 x float>* %26, align 32
  %1636 = add i64 %1355, 40
  %1637 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1636
  %1638 = bitcast float* %1637 to <8 x float>*
  %1639 = load <8 x float>, <8 x float>* %1638, align 4
  %1640 = add i64 %1355, 36904
  %1641 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1640
  %1642 = bitcast float* %1641 to <8 x float>*
  %1643 = load <8 x float>, <8 x float>* %1642, align 4
  %1644 = add i64 %1351, 101
  %1645 = getelementptr inbounds float, float* %2, i64 %1644
  %1646 = load float, float* %1645, align 4
  %1647 = insertelement <8 x float> undef, float %1646, i32 0
  %splat153 = shufflevector <8 x float> %1647, <8 x float> undef, <8 x i32> zeroinitializer
  %1648 = load <8 x float>, <8 x float>* %37, align 32
  %1649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1639, <8 x float> %1648)
  store <8 x float> %1649, <8 x float>* %37, align 32
  %1650 = load <8 x float>, <8 x float>* %31, align 32
  %1651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1643, <8 x float> %1650)
  store <8 x float> %1651, <8 x float>* %31, align 32
  %1652 = add i64 %1351, 109
  %1653 = getelementptr inbounds float, float* %2, i64 %1652
  %1654 = load float, float* %1653, align 4
  %1655 = insertelement <8 x float> undef, float %1654, i32 0
  %splat154 = shufflevector <8 x float> %1655, <8 x float> undef, <8 x i32> zeroinitializer
  %1656 = load <8 x float>, <8 x float>* %36, align 32
  %1657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1639, <8 x float> %1656)
  store <8 x float> %1657, <8 x float>* %36, align 32
  %1658 = load <8 x float>, <8 x float>* %30, align 32
  %1659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1643, <8 x float> %1658)
  store <8 x float> %1659, <8 x float>* %30, align 32
  %1660 = add i64 %1351, 133
  %1661 = getelementptr inbounds float, float* %2, i64 %1660
  %1662 = load float, float* %1661, align 4
  %1663 = insertelement <8 x float> undef, float %1662, i32 0
  %splat155 = shufflevector <8 x float> %1663, <8 x float> undef, <8 x i32> zeroinitializer
  %1664 = load <8 x float>, <8 x float>* %35, align 32
  %1665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1639, <8 x float> %1664)
  store <8 x float> %1665, <8 x float>* %35, align 32
  %1666 = load <8 x float>, <8 x float>* %29, align 32
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1643, <8 x float> %1666)
  store <8 x float> %1667, <8 x float>* %29, align 32
  %1668 = add i64 %1351, 141
  %1669 = getelementptr inbounds float, float* %2, i64 %1668
  %1670 = load float, float* %1669, align 4
  %1671 = insertelement <8 x float> undef, float %1670, i32 0
  %splat156 = shufflevector <8 x float> %1671, <8 x float> undef, <8 x i32> zeroinitializer
  %1672 = load <8 x float>, <8 x float>* %34, align 32
  %1673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1639, <8 x float> %1672)
  store <8 x float> %1673, <8 x float>* %34, align 32
  %1674 = load <8 x float>, <8 x float>* %28, align 32
  %1675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1643, <8 x float> %1674)
  store <8 x float> %1675, <8 x float>* %28, align 32
  %1676 = add i64 %1351, 149
  %1677 = getelementptr inbounds float, float* %2, i64 %1676
  %1678 = load float, float* %1677, align 4
  %1679 = insertelement <8 x float> undef, float %1678, i32 0
  %splat157 = shufflevector <8 x float> %1679, <8 x float> undef, <8 x i32> zeroinitializer
  %1680 = load <8 x float>, <8 x float>* %33, align 32
  %1681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1639, <8 x float> %1680)
  store <8 x float> %1681, <8 x float>* %33, align 32
  %1682 = load <8 x float>, <8 x float>* %27, align 32
  %1683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1643, <8 x float> %1682)
  store <8 x float> %1683, <8 x float>* %27, align 32
  %1684 = add i64 %1351, 157
  %1685 = getelementptr inbounds float, float* %2, i64 %1684
  %1686 = load float, float* %1685, align 4
  %1687 = insertelement <8 x float> undef, float %1686, i32 0
  %splat158 = shufflevector <8 x float> %1687, <8 x float> undef, <8 x i32> zeroinitializer
  %1688 = load <8 x float>, <8 x float>* %32, align 32
  %1689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1639, <8 x float> %1688)
  store <8 x float> %1689, <8 x float>* %32, align 32
  %1690 = load <8 x float>, <8 x float>* %26, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1643, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %26, align 32
  %1692 = add i64 %1355, 48
  %1693 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1692
  %1694 = bitcast float* %1693 to <8 x float>*
  %1695 = load <8 x float>, <8 x float>* %1694, align 4
  %1696 = add i64 %1355, 36912
  %1697 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1696
  %1698 = bitcast float* %1697 to <8 x float>*
  %1699 = load <8 x float>, <8 x float>* %1698, align 4
  %1700 = add i64 %1351, 102
  %1701 = getelementptr inbounds float, float* %2, i64 %1700
  %1702 = load float, float* %1701, align 4
  %1703 = insertelement <8 x float> undef, float %1702, i32 0
  %splat159 = shufflevector <8 x float> %1703, <8 x float> undef, <8 x i32> zeroinitializer
  %1704 = load <8 x float>, <8 x float>* %37, align 32
  %1705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1695, <8 x float> %1704)
  store <8 x float> %1705, <8 x float>* %37, align 32
  %1706 = load <8 x float>, <8 x float>* %31, align 32
  %1707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1699, <8 x float> %1706)
  store <8 x float> %1707, <8 x float>* %31, align 32
  %1708 = add i64 %1351, 110
  %1709 = getelementptr inbounds float, float* %2, i64 %1708
  %1710 = load float, float* %1709, align 4
  %1711 = insertelement <8 x float> undef, float %1710, i32 0
  %splat160 = shufflevector <8 x float> %1711, <8 x float> undef, <8 x i32> zeroinitializer
  %1712 = load <8 x float>, <8 x float>* %36, align 32
  %1713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1695, <8 x float> %1712)
  store <8 x float> %1713, <8 x float>* %36, align 32
  %1714 = load <8 x float>, <8 x float>* %30, align 32
  %1715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1699, <8 x float> %1714)
  store <8 x float> %1715, <8 x float>* %30, align 32
  %1716 = add i64 %1351, 134
  %1717 = getelementptr inbounds float, float* %2, i64 %1716
  %1718 = load float, float* %1717, align 4
  %1719 = insertelement <8 x float> undef, float %1718, i32 0
  %splat161 = shufflevector <8 x float> %1719, <8 x float> undef, <8 x i32> zeroinitializer
  %1720 = load <8 x float>, <8 x float>* %35, align 32
  %1721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1695, <8 x float> %1720)
  store <8 x float> %1721, <8 x float>* %35, align 32
  %1722 = load <8 x float>, <8 x float>* %29, align 32
  %1723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1699, <8 x float> %1722)
  store <8 x float> %1723, <8 x float>* %29, align 32
  %1724 = add i64 %1351, 142
  %1725 = getelementptr inbounds float, float* %2, i64 %1724
  %1726 = load float, float* %1725, align 4
  %1727 = insertelement <8 x float> undef, float %1726, i32 0
  %splat162 = shufflevector <8 x float> %1727, <8 x float> undef, <8 x i32> zeroinitializer
  %1728 = load <8 x float>, <8 x float>* %34, align 32
  %1729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1695, <8 x float> %1728)
  store <8 x float> %1729, <8 x float>* %34, align 32
  %1730 = load <8 x float>, <8 x float>* %28, align 32
  %1731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1699, <8 x float> %1730)
  store <8 x float> %1731, <8 x float>* %28, align 32
  %1732 = add i64 %1351, 150
  %1733 = getelementptr inbounds float, float* %2, i64 %1732
  %1734 = load float, float* %1733, align 4
  %1735 = insertelement <8 x float> undef, float %1734, i32 0
  %splat163 = shufflevector <8 x float> %1735, <8 x float> undef, <8 x i32> zeroinitializer
  %1736 = load <8 x float>, <8 x float>* %33, align 32
  %1737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1695, <8 x float> %1736)
  store <8 x float> %1737, <8 x float>* %33, align 32
  %1738 = load <8 x float>, <8 x float>* %27, align 32
  %1739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1699, <8 x float> %1738)
  store <8 x float> %1739, <8 x float>* %27, align 32
  %1740 = add i64 %1351, 158
  %1741 = getelementptr inbounds float, float* %2, i64 %1740
  %1742 = load float, float* %1741, align 4
  %1743 = insertelement <8 x float> undef, float %1742, i32 0
  %splat164 = shufflevector <8 x float> %1743, <8 x float> undef, <8 x i32> zeroinitializer
  %1744 = load <8 x float>, <8 x float>* %32, align 32
  %1745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1695, <8 x float> %1744)
  store <8 x float> %1745, <8 x float>* %32, align 32
  %1746 = load <8 x float>, <8 x float>* %26, align 32
  %1747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1699, <8 x float> %1746)
  store <8 x float> %1747, <8 x float>* %26, align 32
  %1748 = add i64 %1355, 56
  %1749 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1748
  %1750 = bitcast float* %1749 to <8 x float>*
  %1751 = load <8 x float>, <8 x float>* %1750, align 4
  %1752 = add i64 %1355, 36920
  %1753 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1752
  %1754 = bitcast float* %1753 to <8 x float>*
  %1755 = load <8 x float>, <8 x float>* %1754, align 4
  %1756 = add i64 %1351, 103
  %1757 = getelementptr inbounds float, float* %2, i64 %1756
  %1758 = load float, float* %1757, align 4
  %1759 = insertelement <8 x float> undef, float %1758, i32 0
  %splat165 = shufflevector <8 x float> %1759, <8 x float> undef, <8 x i32> zeroinitializer
  %1760 = load <8 x float>, <8 x float>* %37, align 32
  %1761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1751, <8 x float> %1760)
  store <8 x float> %1761, <8 x float>* %37, align 32
  %1762 = load <8 x float>, <8 x float>* %31, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1755, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %31, align 32
  %1764 = add i64 %1351, 111
  %1765 = getelementptr inbounds float, float* %2, i64 %1764
  %1766 = load float, float* %1765, align 4
  %1767 = insertelement <8 x float> undef, float %1766, i32 0
  %splat166 = shufflevector <8 x float> %1767, <8 x float> undef, <8 x i32> zeroinitializer
  %1768 = load <8 x float>, <8 x float>* %36, align 32
  %1769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1751, <8 x float> %1768)
  store <8 x float> %1769, <8 x float>* %36, align 32
  %1770 = load <8 x float>, <8 x float>* %30, align 32
  %1771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1755, <8 x float> %1770)
  store <8 x float> %1771, <8 x float>* %30, align 32
  %1772 = add i64 %1351, 135
  %1773 = getelementptr inbounds float, float* %2, i64 %1772
  %1774 = load float, float* %1773, align 4
  %1775 = insertelement <8 x float> undef, float %1774, i32 0
  %splat167 = shufflevector <8 x float> %1775, <8 x float> undef, <8 x i32> zeroinitializer
  %1776 = load <8 x float>, <8 x float>* %35, align 32
  %1777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1751, <8 x float> %1776)
  store <8 x float> %1777, <8 x float>* %35, align 32
  %1778 = load <8 x float>, <8 x float>* %29, align 32
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1755, <8 x float> %1778)
  store <8 x float> %1779, <8 x float>* %29, align 32
  %1780 = add i64 %1351, 143
  %1781 = getelementptr inbounds float, float* %2, i64 %1780
  %1782 = load float, float* %1781, align 4
  %1783 = insertelement <8 x float> undef, float %1782, i32 0
  %splat168 = shufflevector <8 x float> %1783, <8 x float> undef, <8 x i32> zeroinitializer
  %1784 = load <8 x float>, <8 x float>* %34, align 32
  %1785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1751, <8 x float> %1784)
  store <8 x float> %1785, <8 x float>* %34, align 32
  %1786 = load <8 x float>, <8 x float>* %28, align 32
  %1787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1755, <8 x float> %1786)
  store <8 x float> %1787, <8 x float>* %28, align 32
  %1788 = add i64 %1351, 151
  %1789 = getelementptr inbounds float, float* %2, i64 %1788
  %1790 = load float, float* %1789, align 4
  %1791 = insertelement <8 x float> undef, float %1790, i32 0
  %splat169 = shufflevector <8 x float> %1791, <8 x float> undef, <8 x i32> zeroinitializer
  %1792 = load <8 x float>, <8 x float>* %33, align 32
  %1793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1751, <8 x float> %1792)
  store <8 x float> %1793, <8 x float>* %33, align 32
  %1794 = load <8 x float>, <8 x float>* %27, align 32
  %1795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1755, <8 x float> %1794)
  store <8 x float> %1795, <8 x float>* %27, align 32
  %1796 = add i64 %1351, 159
  %1797 = getelementptr inbounds float, float* %2, i64 %1796
  %1798 = load float, float* %1797, align 4
  %1799 = insertelement <8 x float> undef, float %1798, i32 0
  %splat170 = shufflevector <8 x float> %1799, <8 x float> undef, <8 x i32> zeroinitializer
  %1800 = load <8 x float>, <8 x float>* %32, align 32
  %1801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1751, <8 x float> %1800)
  store <8 x float> %1801, <8 x float>* %32, align 32
  %1802 = load <8 x float>, <8 x float>* %26, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1755, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %26, align 32
  %kw.next171 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next172 = add i64 %kh118, 1
  br label %kh.header115

u.header174:                                      ; preds = %kh.exit180, %u.exit113
  %u177 = phi i64 [ 0, %u.exit113 ], [ %u.next236, %kh.exit180 ]
  %1804 = icmp slt i64 %u177, 64
  br i1 %1804, label %u.body175, label %u.exit176

u.body175:                                        ; preds = %u.header174
  %1805 = mul i64 %u177, 2048
  %1806 = add i64 %1345, %1805
  %1807 = mul i64 %u177, 576
  %1808 = add i64 %77, %1807
  br label %kh.header178

u.exit176:                                        ; preds = %u.header174
  %1809 = mul i64 %69, 64
  %1810 = add i64 %1809, %72
  %1811 = add i64 %1810, 0
  %1812 = mul i64 %1811, 14
  %1813 = add i64 %1812, %66
  %1814 = mul i64 %1813, 14
  %1815 = add i64 %1814, 18
  %1816 = mul i64 %1815, 8
  %1817 = load <8 x float>, <8 x float>* %25, align 32
  %1818 = fcmp ogt <8 x float> %1817, zeroinitializer
  %1819 = select <8 x i1> %1818, <8 x float> %1817, <8 x float> zeroinitializer
  %1820 = getelementptr inbounds float, float* %0, i64 %1816
  %1821 = bitcast float* %1820 to <8 x float>*
  store <8 x float> %1819, <8 x float>* %1821, align 4
  %1822 = add i64 %1814, 19
  %1823 = mul i64 %1822, 8
  %1824 = load <8 x float>, <8 x float>* %24, align 32
  %1825 = fcmp ogt <8 x float> %1824, zeroinitializer
  %1826 = select <8 x i1> %1825, <8 x float> %1824, <8 x float> zeroinitializer
  %1827 = getelementptr inbounds float, float* %0, i64 %1823
  %1828 = bitcast float* %1827 to <8 x float>*
  store <8 x float> %1826, <8 x float>* %1828, align 4
  %1829 = add i64 %1814, 20
  %1830 = mul i64 %1829, 8
  %1831 = load <8 x float>, <8 x float>* %23, align 32
  %1832 = fcmp ogt <8 x float> %1831, zeroinitializer
  %1833 = select <8 x i1> %1832, <8 x float> %1831, <8 x float> zeroinitializer
  %1834 = getelementptr inbounds float, float* %0, i64 %1830
  %1835 = bitcast float* %1834 to <8 x float>*
  store <8 x float> %1833, <8 x float>* %1835, align 4
  %1836 = add i64 %1814, 21
  %1837 = mul i64 %1836, 8
  %1838 = load <8 x float>, <8 x float>* %22, align 32
  %1839 = fcmp ogt <8 x float> %1838, zeroinitializer
  %1840 = select <8 x i1> %1839, <8 x float> %1838, <8 x float> zeroinitializer
  %1841 = getelementptr inbounds float, float* %0, i64 %1837
  %1842 = bitcast float* %1841 to <8 x float>*
  store <8 x float> %1840, <8 x float>* %1842, align 4
  %1843 = add i64 %1814, 22
  %1844 = mul i64 %1843, 8
  %1845 = load <8 x float>, <8 x float>* %21, align 32
  %1846 = fcmp ogt <8 x float> %1845, zeroinitializer
  %1847 = select <8 x i1> %1846, <8 x float> %1845, <8 x float> zeroinitializer
  %1848 = getelementptr inbounds float, float* %0, i64 %1844
  %1849 = bitcast float* %1848 to <8 x float>*
  store <8 x float> %1847, <8 x float>* %1849, align 4
  %1850 = add i64 %1814, 23
  %1851 = mul i64 %1850, 8
  %1852 = load <8 x float>, <8 x float>* %20, align 32
  %1853 = fcmp ogt <8 x float> %1852, zeroinitializer
  %1854 = select <8 x i1> %1853, <8 x float> %1852, <8 x float> zeroinitializer
  %1855 = getelementptr inbounds float, float* %0, i64 %1851
  %1856 = bitcast float* %1855 to <8 x float>*
  store <8 x float> %1854, <8 x float>* %1856, align 4
  %1857 = mul i64 %69, 64
  %1858 = add i64 %1857, %72
  %1859 = add i64 %1858, 1
  %1860 = mul i64 %1859, 14
  %1861 = add i64 %1860, %66
  %1862 = mul i64 %1861, 14
  %1863 = add i64 %1862, 18
  %1864 = mul i64 %1863, 8
  %1865 = load <8 x float>, <8 x float>* %19, align 32
  %1866 = fcmp ogt <8 x float> %1865, zeroinitializer
  %1867 = select <8 x i1> %1866, <8 x float> %1865, <8 x float> zeroinitializer
  %1868 = getelementptr inbounds float, float* %0, i64 %1864
  %1869 = bitcast float* %1868 to <8 x float>*
  store <8 x float> %1867, <8 x float>* %1869, align 4
  %1870 = add i64 %1862, 19
  %1871 = mul i64 %1870, 8
  %1872 = load <8 x float>, <8 x float>* %18, align 32
  %1873 = fcmp ogt <8 x float> %1872, zeroinitializer
  %1874 = select <8 x i1> %1873, <8 x float> %1872, <8 x float> zeroinitializer
  %1875 = getelementptr inbounds float, float* %0, i64 %1871
  %1876 = bitcast float* %1875 to <8 x float>*
  store <8 x float> %1874, <8 x float>* %1876, align 4
  %1877 = add i64 %1862, 20
  %1878 = mul i64 %1877, 8
  %1879 = load <8 x float>, <8 x float>* %17, align 32
  %1880 = fcmp ogt <8 x float> %1879, zeroinitializer
  %1881 = select <8 x i1> %1880, <8 x float> %1879, <8 x float> zeroinitializer
  %1882 = getelementptr inbounds float, float* %0, i64 %1878
  %1883 = bitcast float* %1882 to <8 x float>*
  store <8 x float> %1881, <8 x float>* %1883, align 4
  %1884 = add i64 %1862, 21
  %1885 = mul i64 %1884, 8
  %1886 = load <8 x float>, <8 x float>* %16, align 32
  %1887 = fcmp ogt <8 x float> %1886, zeroinitializer
  %1888 = select <8 x i1> %1887, <8 x float> %1886, <8 x float> zeroinitializer
  %1889 = getelementptr inbounds float, float* %0, i64 %1885
  %1890 = bitcast float* %1889 to <8 x float>*
  store <8 x float> %1888, <8 x float>* %1890, align 4
  %1891 = add i64 %1862, 22
  %1892 = mul i64 %1891, 8
  %1893 = load <8 x float>, <8 x float>* %15, align 32
  %1894 = fcmp ogt <8 x float> %1893, zeroinitializer
  %1895 = select <8 x i1> %1894, <8 x float> %1893, <8 x float> zeroinitializer
  %1896 = getelementptr inbounds float, float* %0, i64 %1892
  %1897 = bitcast float* %1896 to <8 x float>*
  store <8 x float> %1895, <8 x float>* %1897, align 4
  %1898 = add i64 %1862, 23
  %1899 = mul i64 %1898, 8
  %1900 = load <8 x float>, <8 x float>* %14, align 32
  %1901 = fcmp ogt <8 x float> %1900, zeroinitializer
  %1902 = select <8 x i1> %1901, <8 x float> %1900, <8 x float> zeroinitializer
  %1903 = getelementptr inbounds float, float* %0, i64 %1899
  %1904 = bitcast float* %1903 to <8 x float>*
  store <8 x float> %1902, <8 x float>* %1904, align 4
  %1905 = add i64 %72, 0
  %1906 = mul i64 %1905, 8
  %1907 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1906
  %1908 = bitcast float* %1907 to <8 x float>*
  %1909 = load <8 x float>, <8 x float>* %1908, align 4
  store <8 x float> %1909, <8 x float>* %13, align 32
  store <8 x float> %1909, <8 x float>* %12, align 32
  store <8 x float> %1909, <8 x float>* %11, align 32
  store <8 x float> %1909, <8 x float>* %10, align 32
  %1910 = add i64 %72, 1
  %1911 = mul i64 %1910, 8
  %1912 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1911
  %1913 = bitcast float* %1912 to <8 x float>*
  %1914 = load <8 x float>, <8 x float>* %1913, align 4
  store <8 x float> %1914, <8 x float>* %9, align 32
  store <8 x float> %1914, <8 x float>* %8, align 32
  store <8 x float> %1914, <8 x float>* %7, align 32
  store <8 x float> %1914, <8 x float>* %6, align 32
  %1915 = add i64 %78, 0
  %1916 = add i64 %76, %1915
  br label %u.header237

kh.header178:                                     ; preds = %kw.exit184, %u.body175
  %kh181 = phi i64 [ 0, %u.body175 ], [ %kh.next235, %kw.exit184 ]
  %1917 = icmp slt i64 %kh181, 3
  br i1 %1917, label %kh.body179, label %kh.exit180

kh.body179:                                       ; preds = %kh.header178
  %1918 = mul i64 %kh181, 128
  %1919 = add i64 %1806, %1918
  br label %kw.header182

kh.exit180:                                       ; preds = %kh.header178
  %u.next236 = add i64 %u177, 1
  br label %u.header174

kw.header182:                                     ; preds = %kw.body183, %kh.body179
  %kw185 = phi i64 [ 0, %kh.body179 ], [ %kw.next234, %kw.body183 ]
  %1920 = icmp slt i64 %kw185, 3
  br i1 %1920, label %kw.body183, label %kw.exit184

kw.body183:                                       ; preds = %kw.header182
  %1921 = mul i64 %kw185, 8
  %1922 = add i64 %1919, %1921
  %1923 = mul i64 %kh181, 3
  %1924 = add i64 %1923, %kw185
  %1925 = mul i64 %1924, 64
  %1926 = add i64 %1808, %1925
  %1927 = add i64 %1926, 0
  %1928 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1927
  %1929 = bitcast float* %1928 to <8 x float>*
  %1930 = load <8 x float>, <8 x float>* %1929, align 4
  %1931 = add i64 %1926, 36864
  %1932 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1931
  %1933 = bitcast float* %1932 to <8 x float>*
  %1934 = load <8 x float>, <8 x float>* %1933, align 4
  %1935 = add i64 %1922, 160
  %1936 = getelementptr inbounds float, float* %2, i64 %1935
  %1937 = load float, float* %1936, align 4
  %1938 = insertelement <8 x float> undef, float %1937, i32 0
  %splat186 = shufflevector <8 x float> %1938, <8 x float> undef, <8 x i32> zeroinitializer
  %1939 = load <8 x float>, <8 x float>* %25, align 32
  %1940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1930, <8 x float> %1939)
  store <8 x float> %1940, <8 x float>* %25, align 32
  %1941 = load <8 x float>, <8 x float>* %19, align 32
  %1942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1934, <8 x float> %1941)
  store <8 x float> %1942, <8 x float>* %19, align 32
  %1943 = add i64 %1922, 168
  %1944 = getelementptr inbounds float, float* %2, i64 %1943
  %1945 = load float, float* %1944, align 4
  %1946 = insertelement <8 x float> undef, float %1945, i32 0
  %splat187 = shufflevector <8 x float> %1946, <8 x float> undef, <8 x i32> zeroinitializer
  %1947 = load <8 x float>, <8 x float>* %24, align 32
  %1948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1930, <8 x float> %1947)
  store <8 x float> %1948, <8 x float>* %24, align 32
  %1949 = load <8 x float>, <8 x float>* %18, align 32
  %1950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1934, <8 x float> %1949)
  store <8 x float> %1950, <8 x float>* %18, align 32
  %1951 = add i64 %1922, 176
  %1952 = getelementptr inbounds float, float* %2, i64 %1951
  %1953 = load float, float* %1952, align 4
  %1954 = insertelement <8 x float> undef, float %1953, i32 0
  %splat188 = shufflevector <8 x float> %1954, <8 x float> undef, <8 x i32> zeroinitializer
  %1955 = load <8 x float>, <8 x float>* %23, align 32
  %1956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1930, <8 x float> %1955)
  store <8 x float> %1956, <8 x float>* %23, align 32
  %1957 = load <8 x float>, <8 x float>* %17, align 32
  %1958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1934, <8 x float> %1957)
  store <8 x float> %1958, <8 x float>* %17, align 32
  %1959 = add i64 %1922, 184
  %1960 = getelementptr inbounds float, float* %2, i64 %1959
  %1961 = load float, float* %1960, align 4
  %1962 = insertelement <8 x float> undef, float %1961, i32 0
  %splat189 = shufflevector <8 x float> %1962, <8 x float> undef, <8 x i32> zeroinitializer
  %1963 = load <8 x float>, <8 x float>* %22, align 32
  %1964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1930, <8 x float> %1963)
  store <8 x float> %1964, <8 x float>* %22, align 32
  %1965 = load <8 x float>, <8 x float>* %16, align 32
  %1966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1934, <8 x float> %1965)
  store <8 x float> %1966, <8 x float>* %16, align 32
  %1967 = add i64 %1922, 192
  %1968 = getelementptr inbounds float, float* %2, i64 %1967
  %1969 = load float, float* %1968, align 4
  %1970 = insertelement <8 x float> undef, float %1969, i32 0
  %splat190 = shufflevector <8 x float> %1970, <8 x float> undef, <8 x i32> zeroinitializer
  %1971 = load <8 x float>, <8 x float>* %21, align 32
  %1972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1930, <8 x float> %1971)
  store <8 x float> %1972, <8 x float>* %21, align 32
  %1973 = load <8 x float>, <8 x float>* %15, align 32
  %1974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1934, <8 x float> %1973)
  store <8 x float> %1974, <8 x float>* %15, align 32
  %1975 = add i64 %1922, 200
  %1976 = getelementptr inbounds float, float* %2, i64 %1975
  %1977 = load float, float* %1976, align 4
  %1978 = insertelement <8 x float> undef, float %1977, i32 0
  %splat191 = shufflevector <8 x float> %1978, <8 x float> undef, <8 x i32> zeroinitializer
  %1979 = load <8 x float>, <8 x float>* %20, align 32
  %1980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1930, <8 x float> %1979)
  store <8 x float> %1980, <8 x float>* %20, align 32
  %1981 = load <8 x float>, <8 x float>* %14, align 32
  %1982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1934, <8 x float> %1981)
  store <8 x float> %1982, <8 x float>* %14, align 32
  %1983 = add i64 %1926, 8
  %1984 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1983
  %1985 = bitcast float* %1984 to <8 x float>*
  %1986 = load <8 x float>, <8 x float>* %1985, align 4
  %1987 = add i64 %1926, 36872
  %1988 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %1987
  %1989 = bitcast float* %1988 to <8 x float>*
  %1990 = load <8 x float>, <8 x float>* %1989, align 4
  %1991 = add i64 %1922, 161
  %1992 = getelementptr inbounds float, float* %2, i64 %1991
  %1993 = load float, float* %1992, align 4
  %1994 = insertelement <8 x float> undef, float %1993, i32 0
  %splat192 = shufflevector <8 x float> %1994, <8 x float> undef, <8 x i32> zeroinitializer
  %1995 = load <8 x float>, <8 x float>* %25, align 32
  %1996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1986, <8 x float> %1995)
  store <8 x float> %1996, <8 x float>* %25, align 32
  %1997 = load <8 x float>, <8 x float>* %19, align 32
  %1998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1990, <8 x float> %1997)
  store <8 x float> %1998, <8 x float>* %19, align 32
  %1999 = add i64 %1922, 169
  %2000 = getelementptr inbounds float, float* %2, i64 %1999
  %2001 = load float, float* %2000, align 4
  %2002 = insertelement <8 x float> undef, float %2001, i32 0
  %splat193 = shufflevector <8 x float> %2002, <8 x float> undef, <8 x i32> zeroinitializer
  %2003 = load <8 x float>, <8 x float>* %24, align 32
  %2004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1986, <8 x float> %2003)
  store <8 x float> %2004, <8 x float>* %24, align 32
  %2005 = load <8 x float>, <8 x float>* %18, align 32
  %2006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1990, <8 x float> %2005)
  store <8 x float> %2006, <8 x float>* %18, align 32
  %2007 = add i64 %1922, 177
  %2008 = getelementptr inbounds float, float* %2, i64 %2007
  %2009 = load float, float* %2008, align 4
  %2010 = insertelement <8 x float> undef, float %2009, i32 0
  %splat194 = shufflevector <8 x float> %2010, <8 x float> undef, <8 x i32> zeroinitializer
  %2011 = load <8 x float>, <8 x float>* %23, align 32
  %2012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1986, <8 x float> %2011)
  store <8 x float> %2012, <8 x float>* %23, align 32
  %2013 = load <8 x float>, <8 x float>* %17, align 32
  %2014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1990, <8 x float> %2013)
  store <8 x float> %2014, <8 x float>* %17, align 32
  %2015 = add i64 %1922, 185
  %2016 = getelementptr inbounds float, float* %2, i64 %2015
  %2017 = load float, float* %2016, align 4
  %2018 = insertelement <8 x float> undef, float %2017, i32 0
  %splat195 = shufflevector <8 x float> %2018, <8 x float> undef, <8 x i32> zeroinitializer
  %2019 = load <8 x float>, <8 x float>* %22, align 32
  %2020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1986, <8 x float> %2019)
  store <8 x float> %2020, <8 x float>* %22, align 32
  %2021 = load <8 x float>, <8 x float>* %16, align 32
  %2022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1990, <8 x float> %2021)
  store <8 x float> %2022, <8 x float>* %16, align 32
  %2023 = add i64 %1922, 193
  %2024 = getelementptr inbounds float, float* %2, i64 %2023
  %2025 = load float, float* %2024, align 4
  %2026 = insertelement <8 x float> undef, float %2025, i32 0
  %splat196 = shufflevector <8 x float> %2026, <8 x float> undef, <8 x i32> zeroinitializer
  %2027 = load <8 x float>, <8 x float>* %21, align 32
  %2028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1986, <8 x float> %2027)
  store <8 x float> %2028, <8 x float>* %21, align 32
  %2029 = load <8 x float>, <8 x float>* %15, align 32
  %2030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1990, <8 x float> %2029)
  store <8 x float> %2030, <8 x float>* %15, align 32
  %2031 = add i64 %1922, 201
  %2032 = getelementptr inbounds float, float* %2, i64 %2031
  %2033 = load float, float* %2032, align 4
  %2034 = insertelement <8 x float> undef, float %2033, i32 0
  %splat197 = shufflevector <8 x float> %2034, <8 x float> undef, <8 x i32> zeroinitializer
  %2035 = load <8 x float>, <8 x float>* %20, align 32
  %2036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1986, <8 x float> %2035)
  store <8 x float> %2036, <8 x float>* %20, align 32
  %2037 = load <8 x float>, <8 x float>* %14, align 32
  %2038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1990, <8 x float> %2037)
  store <8 x float> %2038, <8 x float>* %14, align 32
  %2039 = add i64 %1926, 16
  %2040 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2039
  %2041 = bitcast float* %2040 to <8 x float>*
  %2042 = load <8 x float>, <8 x float>* %2041, align 4
  %2043 = add i64 %1926, 36880
  %2044 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2043
  %2045 = bitcast float* %2044 to <8 x float>*
  %2046 = load <8 x float>, <8 x float>* %2045, align 4
  %2047 = add i64 %1922, 162
  %2048 = getelementptr inbounds float, float* %2, i64 %2047
  %2049 = load float, float* %2048, align 4
  %2050 = insertelement <8 x float> undef, float %2049, i32 0
  %splat198 = shufflevector <8 x float> %2050, <8 x float> undef, <8 x i32> zeroinitializer
  %2051 = load <8 x float>, <8 x float>* %25, align 32
  %2052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2042, <8 x float> %2051)
  store <8 x float> %2052, <8 x float>* %25, align 32
  %2053 = load <8 x float>, <8 x float>* %19, align 32
  %2054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2046, <8 x float> %2053)
  store <8 x float> %2054, <8 x float>* %19, align 32
  %2055 = add i64 %1922, 170
  %2056 = getelementptr inbounds float, float* %2, i64 %2055
  %2057 = load float, float* %2056, align 4
  %2058 = insertelement <8 x float> undef, float %2057, i32 0
  %splat199 = shufflevector <8 x float> %2058, <8 x float> undef, <8 x i32> zeroinitializer
  %2059 = load <8 x float>, <8 x float>* %24, align 32
  %2060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2042, <8 x float> %2059)
  store <8 x float> %2060, <8 x float>* %24, align 32
  %2061 = load <8 x float>, <8 x float>* %18, align 32
  %2062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2046, <8 x float> %2061)
  store <8 x float> %2062, <8 x float>* %18, align 32
  %2063 = add i64 %1922, 178
  %2064 = getelementptr inbounds float, float* %2, i64 %2063
  %2065 = load float, float* %2064, align 4
  %2066 = insertelement <8 x float> undef, float %2065, i32 0
  %splat200 = shufflevector <8 x float> %2066, <8 x float> undef, <8 x i32> zeroinitializer
  %2067 = load <8 x float>, <8 x float>* %23, align 32
  %2068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2042, <8 x float> %2067)
  store <8 x float> %2068, <8 x float>* %23, align 32
  %2069 = load <8 x float>, <8 x float>* %17, align 32
  %2070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2046, <8 x float> %2069)
  store <8 x float> %2070, <8 x float>* %17, align 32
  %2071 = add i64 %1922, 186
  %2072 = getelementptr inbounds float, float* %2, i64 %2071
  %2073 = load float, float* %2072, align 4
  %2074 = insertelement <8 x float> undef, float %2073, i32 0
  %splat201 = shufflevector <8 x float> %2074, <8 x float> undef, <8 x i32> zeroinitializer
  %2075 = load <8 x float>, <8 x float>* %22, align 32
  %2076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2042, <8 x float> %2075)
  store <8 x float> %2076, <8 x float>* %22, align 32
  %2077 = load <8 x float>, <8 x float>* %16, align 32
  %2078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2046, <8 x float> %2077)
  store <8 x float> %2078, <8 x float>* %16, align 32
  %2079 = add i64 %1922, 194
  %2080 = getelementptr inbounds float, float* %2, i64 %2079
  %2081 = load float, float* %2080, align 4
  %2082 = insertelement <8 x float> undef, float %2081, i32 0
  %splat202 = shufflevector <8 x float> %2082, <8 x float> undef, <8 x i32> zeroinitializer
  %2083 = load <8 x float>, <8 x float>* %21, align 32
  %2084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2042, <8 x float> %2083)
  store <8 x float> %2084, <8 x float>* %21, align 32
  %2085 = load <8 x float>, <8 x float>* %15, align 32
  %2086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2046, <8 x float> %2085)
  store <8 x float> %2086, <8 x float>* %15, align 32
  %2087 = add i64 %1922, 202
  %2088 = getelementptr inbounds float, float* %2, i64 %2087
  %2089 = load float, float* %2088, align 4
  %2090 = insertelement <8 x float> undef, float %2089, i32 0
  %splat203 = shufflevector <8 x float> %2090, <8 x float> undef, <8 x i32> zeroinitializer
  %2091 = load <8 x float>, <8 x float>* %20, align 32
  %2092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2042, <8 x float> %2091)
  store <8 x float> %2092, <8 x float>* %20, align 32
  %2093 = load <8 x float>, <8 x float>* %14, align 32
  %2094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2046, <8 x float> %2093)
  store <8 x float> %2094, <8 x float>* %14, align 32
  %2095 = add i64 %1926, 24
  %2096 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2095
  %2097 = bitcast float* %2096 to <8 x float>*
  %2098 = load <8 x float>, <8 x float>* %2097, align 4
  %2099 = add i64 %1926, 36888
  %2100 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2099
  %2101 = bitcast float* %2100 to <8 x float>*
  %2102 = load <8 x float>, <8 x float>* %2101, align 4
  %2103 = add i64 %1922, 163
  %2104 = getelementptr inbounds float, float* %2, i64 %2103
  %2105 = load float, float* %2104, align 4
  %2106 = insertelement <8 x float> undef, float %2105, i32 0
  %splat204 = shufflevector <8 x float> %2106, <8 x float> undef, <8 x i32> zeroinitializer
  %2107 = load <8 x float>, <8 x float>* %25, align 32
  %2108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2098, <8 x float> %2107)
  store <8 x float> %2108, <8 x float>* %25, align 32
  %2109 = load <8 x float>, <8 x float>* %19, align 32
  %2110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2102, <8 x float> %2109)
  store <8 x float> %2110, <8 x float>* %19, align 32
  %2111 = add i64 %1922, 171
  %2112 = getelementptr inbounds float, float* %2, i64 %2111
  %2113 = load float, float* %2112, align 4
  %2114 = insertelement <8 x float> undef, float %2113, i32 0
  %splat205 = shufflevector <8 x float> %2114, <8 x float> undef, <8 x i32> zeroinitializer
  %2115 = load <8 x float>, <8 x float>* %24, align 32
  %2116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2098, <8 x float> %2115)
  store <8 x float> %2116, <8 x float>* %24, align 32
  %2117 = load <8 x float>, <8 x float>* %18, align 32
  %2118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2102, <8 x float> %2117)
  store <8 x float> %2118, <8 x float>* %18, align 32
  %2119 = add i64 %1922, 179
  %2120 = getelementptr inbounds float, float* %2, i64 %2119
  %2121 = load float, float* %2120, align 4
  %2122 = insertelement <8 x float> undef, float %2121, i32 0
  %splat206 = shufflevector <8 x float> %2122, <8 x float> undef, <8 x i32> zeroinitializer
  %2123 = load <8 x float>, <8 x float>* %23, align 32
  %2124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2098, <8 x float> %2123)
  store <8 x float> %2124, <8 x float>* %23, align 32
  %2125 = load <8 x float>, <8 x float>* %17, align 32
  %2126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2102, <8 x float> %2125)
  store <8 x float> %2126, <8 x float>* %17, align 32
  %2127 = add i64 %1922, 187
  %2128 = getelementptr inbounds float, float* %2, i64 %2127
  %2129 = load float, float* %2128, align 4
  %2130 = insertelement <8 x float> undef, float %2129, i32 0
  %splat207 = shufflevector <8 x float> %2130, <8 x float> undef, <8 x i32> zeroinitializer
  %2131 = load <8 x float>, <8 x float>* %22, align 32
  %2132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2098, <8 x float> %2131)
  store <8 x float> %2132, <8 x float>* %22, align 32
  %2133 = load <8 x float>, <8 x float>* %16, align 32
  %2134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2102, <8 x float> %2133)
  store <8 x float> %2134, <8 x float>* %16, align 32
  %2135 = add i64 %1922, 195
  %2136 = getelementptr inbounds float, float* %2, i64 %2135
  %2137 = load float, float* %2136, align 4
  %2138 = insertelement <8 x float> undef, float %2137, i32 0
  %splat208 = shufflevector <8 x float> %2138, <8 x float> undef, <8 x i32> zeroinitializer
  %2139 = load <8 x float>, <8 x float>* %21, align 32
  %2140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2098, <8 x float> %2139)
  store <8 x float> %2140, <8 x float>* %21, align 32
  %2141 = load <8 x float>, <8 x float>* %15, align 32
  %2142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2102, <8 x float> %2141)
  store <8 x float> %2142, <8 x float>* %15, align 32
  %2143 = add i64 %1922, 203
  %2144 = getelementptr inbounds float, float* %2, i64 %2143
  %2145 = load float, float* %2144, align 4
  %2146 = insertelement <8 x float> undef, float %2145, i32 0
  %splat209 = shufflevector <8 x float> %2146, <8 x float> undef, <8 x i32> zeroinitializer
  %2147 = load <8 x float>, <8 x float>* %20, align 32
  %2148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2098, <8 x float> %2147)
  store <8 x float> %2148, <8 x float>* %20, align 32
  %2149 = load <8 x float>, <8 x float>* %14, align 32
  %2150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2102, <8 x float> %2149)
  store <8 x float> %2150, <8 x float>* %14, align 32
  %2151 = add i64 %1926, 32
  %2152 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2151
  %2153 = bitcast float* %2152 to <8 x float>*
  %2154 = load <8 x float>, <8 x float>* %2153, align 4
  %2155 = add i64 %1926, 36896
  %2156 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2155
  %2157 = bitcast float* %2156 to <8 x float>*
  %2158 = load <8 x float>, <8 x float>* %2157, align 4
  %2159 = add i64 %1922, 164
  %2160 = getelementptr inbounds float, float* %2, i64 %2159
  %2161 = load float, float* %2160, align 4
  %2162 = insertelement <8 x float> undef, float %2161, i32 0
  %splat210 = shufflevector <8 x float> %2162, <8 x float> undef, <8 x i32> zeroinitializer
  %2163 = load <8 x float>, <8 x float>* %25, align 32
  %2164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2154, <8 x float> %2163)
  store <8 x float> %2164, <8 x float>* %25, align 32
  %2165 = load <8 x float>, <8 x float>* %19, align 32
  %2166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2158, <8 x float> %2165)
  store <8 x float> %2166, <8 x float>* %19, align 32
  %2167 = add i64 %1922, 172
  %2168 = getelementptr inbounds float, float* %2, i64 %2167
  %2169 = load float, float* %2168, align 4
  %2170 = insertelement <8 x float> undef, float %2169, i32 0
  %splat211 = shufflevector <8 x float> %2170, <8 x float> undef, <8 x i32> zeroinitializer
  %2171 = load <8 x float>, <8 x float>* %24, align 32
  %2172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2154, <8 x float> %2171)
  store <8 x float> %2172, <8 x float>* %24, align 32
  %2173 = load <8 x float>, <8 x float>* %18, align 32
  %2174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2158, <8 x float> %2173)
  store <8 x float> %2174, <8 x float>* %18, align 32
  %2175 = add i64 %1922, 180
  %2176 = getelementptr inbounds float, float* %2, i64 %2175
  %2177 = load float, float* %2176, align 4
  %2178 = insertelement <8 x float> undef, float %2177, i32 0
  %splat212 = shufflevector <8 x float> %2178, <8 x float> undef, <8 x i32> zeroinitializer
  %2179 = load <8 x float>, <8 x float>* %23, align 32
  %2180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2154, <8 x float> %2179)
  store <8 x float> %2180, <8 x float>* %23, align 32
  %2181 = load <8 x float>, <8 x float>* %17, align 32
  %2182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2158, <8 x float> %2181)
  store <8 x float> %2182, <8 x float>* %17, align 32
  %2183 = add i64 %1922, 188
  %2184 = getelementptr inbounds float, float* %2, i64 %2183
  %2185 = load float, float* %2184, align 4
  %2186 = insertelement <8 x float> undef, float %2185, i32 0
  %splat213 = shufflevector <8 x float> %2186, <8 x float> undef, <8 x i32> zeroinitializer
  %2187 = load <8 x float>, <8 x float>* %22, align 32
  %2188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2154, <8 x float> %2187)
  store <8 x float> %2188, <8 x float>* %22, align 32
  %2189 = load <8 x float>, <8 x float>* %16, align 32
  %2190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2158, <8 x float> %2189)
  store <8 x float> %2190, <8 x float>* %16, align 32
  %2191 = add i64 %1922, 196
  %2192 = getelementptr inbounds float, float* %2, i64 %2191
  %2193 = load float, float* %2192, align 4
  %2194 = insertelement <8 x float> undef, float %2193, i32 0
  %splat214 = shufflevector <8 x float> %2194, <8 x float> undef, <8 x i32> zeroinitializer
  %2195 = load <8 x float>, <8 x float>* %21, align 32
  %2196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2154, <8 x float> %2195)
  store <8 x float> %2196, <8 x float>* %21, align 32
  %2197 = load <8 x float>, <8 x float>* %15, align 32
  %2198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2158, <8 x float> %2197)
  store <8 x float> %2198, <8 x float>* %15, align 32
  %2199 = add i64 %1922, 204
  %2200 = getelementptr inbounds float, float* %2, i64 %2199
  %2201 = load float, float* %2200, align 4
  %2202 = insertelement <8 x float> undef, float %2201, i32 0
  %splat215 = shufflevector <8 x float> %2202, <8 x float> undef, <8 x i32> zeroinitializer
  %2203 = load <8 x float>, <8 x float>* %20, align 32
  %2204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2154, <8 x float> %2203)
  store <8 x float> %2204, <8 x float>* %20, align 32
  %2205 = load <8 x float>, <8 x float>* %14, align 32
  %2206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2158, <8 x float> %2205)
  store <8 x float> %2206, <8 x float>* %14, align 32
  %2207 = add i64 %1926, 40
  %2208 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2207
  %2209 = bitcast float* %2208 to <8 x float>*
  %2210 = load <8 x float>, <8 x float>* %2209, align 4
  %2211 = add i64 %1926, 36904
  %2212 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2211
  %2213 = bitcast float* %2212 to <8 x float>*
  %2214 = load <8 x float>, <8 x float>* %2213, align 4
  %2215 = add i64 %1922, 165
  %2216 = getelementptr inbounds float, float* %2, i64 %2215
  %2217 = load float, float* %2216, align 4
  %2218 = insertelement <8 x float> undef, float %2217, i32 0
  %splat216 = shufflevector <8 x float> %2218, <8 x float> undef, <8 x i32> zeroinitializer
  %2219 = load <8 x float>, <8 x float>* %25, align 32
  %2220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2210, <8 x float> %2219)
  store <8 x float> %2220, <8 x float>* %25, align 32
  %2221 = load <8 x float>, <8 x float>* %19, align 32
  %2222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2214, <8 x float> %2221)
  store <8 x float> %2222, <8 x float>* %19, align 32
  %2223 = add i64 %1922, 173
  %2224 = getelementptr inbounds float, float* %2, i64 %2223
  %2225 = load float, float* %2224, align 4
  %2226 = insertelement <8 x float> undef, float %2225, i32 0
  %splat217 = shufflevector <8 x float> %2226, <8 x float> undef, <8 x i32> zeroinitializer
  %2227 = load <8 x float>, <8 x float>* %24, align 32
  %2228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2210, <8 x float> %2227)
  store <8 x float> %2228, <8 x float>* %24, align 32
  %2229 = load <8 x float>, <8 x float>* %18, align 32
  %2230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2214, <8 x float> %2229)
  store <8 x float> %2230, <8 x float>* %18, align 32
  %2231 = add i64 %1922, 181
  %2232 = getelementptr inbounds float, float* %2, i64 %2231
  %2233 = load float, float* %2232, align 4
  %2234 = insertelement <8 x float> undef, float %2233, i32 0
  %splat218 = shufflevector <8 x float> %2234, <8 x float> undef, <8 x i32> zeroinitializer
  %2235 = load <8 x float>, <8 x float>* %23, align 32
  %2236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2210, <8 x float> %2235)
  store <8 x float> %2236, <8 x float>* %23, align 32
  %2237 = load <8 x float>, <8 x float>* %17, align 32
  %2238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2214, <8 x float> %2237)
  store <8 x float> %2238, <8 x float>* %17, align 32
  %2239 = add i64 %1922, 189
  %2240 = getelementptr inbounds float, float* %2, i64 %2239
  %2241 = load float, float* %2240, align 4
  %2242 = insertelement <8 x float> undef, float %2241, i32 0
  %splat219 = shufflevector <8 x float> %2242, <8 x float> undef, <8 x i32> zeroinitializer
  %2243 = load <8 x float>, <8 x float>* %22, align 32
  %2244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2210, <8 x float> %2243)
  store <8 x float> %2244, <8 x float>* %22, align 32
  %2245 = load <8 x float>, <8 x float>* %16, align 32
  %2246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2214, <8 x float> %2245)
  store <8 x float> %2246, <8 x float>* %16, align 32
  %2247 = add i64 %1922, 197
  %2248 = getelementptr inbounds float, float* %2, i64 %2247
  %2249 = load float, float* %2248, align 4
  %2250 = insertelement <8 x float> undef, float %2249, i32 0
  %splat220 = shufflevector <8 x float> %2250, <8 x float> undef, <8 x i32> zeroinitializer
  %2251 = load <8 x float>, <8 x float>* %21, align 32
  %2252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2210, <8 x float> %2251)
  store <8 x float> %2252, <8 x float>* %21, align 32
  %2253 = load <8 x float>, <8 x float>* %15, align 32
  %2254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2214, <8 x float> %2253)
  store <8 x float> %2254, <8 x float>* %15, align 32
  %2255 = add i64 %1922, 205
  %2256 = getelementptr inbounds float, float* %2, i64 %2255
  %2257 = load float, float* %2256, align 4
  %2258 = insertelement <8 x float> undef, float %2257, i32 0
  %splat221 = shufflevector <8 x float> %2258, <8 x float> undef, <8 x i32> zeroinitializer
  %2259 = load <8 x float>, <8 x float>* %20, align 32
  %2260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2210, <8 x float> %2259)
  store <8 x float> %2260, <8 x float>* %20, align 32
  %2261 = load <8 x float>, <8 x float>* %14, align 32
  %2262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2214, <8 x float> %2261)
  store <8 x float> %2262, <8 x float>* %14, align 32
  %2263 = add i64 %1926, 48
  %2264 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2263
  %2265 = bitcast float* %2264 to <8 x float>*
  %2266 = load <8 x float>, <8 x float>* %2265, align 4
  %2267 = add i64 %1926, 36912
  %2268 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2267
  %2269 = bitcast float* %2268 to <8 x float>*
  %2270 = load <8 x float>, <8 x float>* %2269, align 4
  %2271 = add i64 %1922, 166
  %2272 = getelementptr inbounds float, float* %2, i64 %2271
  %2273 = load float, float* %2272, align 4
  %2274 = insertelement <8 x float> undef, float %2273, i32 0
  %splat222 = shufflevector <8 x float> %2274, <8 x float> undef, <8 x i32> zeroinitializer
  %2275 = load <8 x float>, <8 x float>* %25, align 32
  %2276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2266, <8 x float> %2275)
  store <8 x float> %2276, <8 x float>* %25, align 32
  %2277 = load <8 x float>, <8 x float>* %19, align 32
  %2278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2270, <8 x float> %2277)
  store <8 x float> %2278, <8 x float>* %19, align 32
  %2279 = add i64 %1922, 174
  %2280 = getelementptr inbounds float, float* %2, i64 %2279
  %2281 = load float, float* %2280, align 4
  %2282 = insertelement <8 x float> undef, float %2281, i32 0
  %splat223 = shufflevector <8 x float> %2282, <8 x float> undef, <8 x i32> zeroinitializer
  %2283 = load <8 x float>, <8 x float>* %24, align 32
  %2284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2266, <8 x float> %2283)
  store <8 x float> %2284, <8 x float>* %24, align 32
  %2285 = load <8 x float>, <8 x float>* %18, align 32
  %2286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2270, <8 x float> %2285)
  store <8 x float> %2286, <8 x float>* %18, align 32
  %2287 = add i64 %1922, 182
  %2288 = getelementptr inbounds float, float* %2, i64 %2287
  %2289 = load float, float* %2288, align 4
  %2290 = insertelement <8 x float> undef, float %2289, i32 0
  %splat224 = shufflevector <8 x float> %2290, <8 x float> undef, <8 x i32> zeroinitializer
  %2291 = load <8 x float>, <8 x float>* %23, align 32
  %2292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2266, <8 x float> %2291)
  store <8 x float> %2292, <8 x float>* %23, align 32
  %2293 = load <8 x float>, <8 x float>* %17, align 32
  %2294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2270, <8 x float> %2293)
  store <8 x float> %2294, <8 x float>* %17, align 32
  %2295 = add i64 %1922, 190
  %2296 = getelementptr inbounds float, float* %2, i64 %2295
  %2297 = load float, float* %2296, align 4
  %2298 = insertelement <8 x float> undef, float %2297, i32 0
  %splat225 = shufflevector <8 x float> %2298, <8 x float> undef, <8 x i32> zeroinitializer
  %2299 = load <8 x float>, <8 x float>* %22, align 32
  %2300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2266, <8 x float> %2299)
  store <8 x float> %2300, <8 x float>* %22, align 32
  %2301 = load <8 x float>, <8 x float>* %16, align 32
  %2302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2270, <8 x float> %2301)
  store <8 x float> %2302, <8 x float>* %16, align 32
  %2303 = add i64 %1922, 198
  %2304 = getelementptr inbounds float, float* %2, i64 %2303
  %2305 = load float, float* %2304, align 4
  %2306 = insertelement <8 x float> undef, float %2305, i32 0
  %splat226 = shufflevector <8 x float> %2306, <8 x float> undef, <8 x i32> zeroinitializer
  %2307 = load <8 x float>, <8 x float>* %21, align 32
  %2308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2266, <8 x float> %2307)
  store <8 x float> %2308, <8 x float>* %21, align 32
  %2309 = load <8 x float>, <8 x float>* %15, align 32
  %2310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2270, <8 x float> %2309)
  store <8 x float> %2310, <8 x float>* %15, align 32
  %2311 = add i64 %1922, 206
  %2312 = getelementptr inbounds float, float* %2, i64 %2311
  %2313 = load float, float* %2312, align 4
  %2314 = insertelement <8 x float> undef, float %2313, i32 0
  %splat227 = shufflevector <8 x float> %2314, <8 x float> undef, <8 x i32> zeroinitializer
  %2315 = load <8 x float>, <8 x float>* %20, align 32
  %2316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2266, <8 x float> %2315)
  store <8 x float> %2316, <8 x float>* %20, align 32
  %2317 = load <8 x float>, <8 x float>* %14, align 32
  %2318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2270, <8 x float> %2317)
  store <8 x float> %2318, <8 x float>* %14, align 32
  %2319 = add i64 %1926, 56
  %2320 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2319
  %2321 = bitcast float* %2320 to <8 x float>*
  %2322 = load <8 x float>, <8 x float>* %2321, align 4
  %2323 = add i64 %1926, 36920
  %2324 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2323
  %2325 = bitcast float* %2324 to <8 x float>*
  %2326 = load <8 x float>, <8 x float>* %2325, align 4
  %2327 = add i64 %1922, 167
  %2328 = getelementptr inbounds float, float* %2, i64 %2327
  %2329 = load float, float* %2328, align 4
  %2330 = insertelement <8 x float> undef, float %2329, i32 0
  %splat228 = shufflevector <8 x float> %2330, <8 x float> undef, <8 x i32> zeroinitializer
  %2331 = load <8 x float>, <8 x float>* %25, align 32
  %2332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2322, <8 x float> %2331)
  store <8 x float> %2332, <8 x float>* %25, align 32
  %2333 = load <8 x float>, <8 x float>* %19, align 32
  %2334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2326, <8 x float> %2333)
  store <8 x float> %2334, <8 x float>* %19, align 32
  %2335 = add i64 %1922, 175
  %2336 = getelementptr inbounds float, float* %2, i64 %2335
  %2337 = load float, float* %2336, align 4
  %2338 = insertelement <8 x float> undef, float %2337, i32 0
  %splat229 = shufflevector <8 x float> %2338, <8 x float> undef, <8 x i32> zeroinitializer
  %2339 = load <8 x float>, <8 x float>* %24, align 32
  %2340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2322, <8 x float> %2339)
  store <8 x float> %2340, <8 x float>* %24, align 32
  %2341 = load <8 x float>, <8 x float>* %18, align 32
  %2342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2326, <8 x float> %2341)
  store <8 x float> %2342, <8 x float>* %18, align 32
  %2343 = add i64 %1922, 183
  %2344 = getelementptr inbounds float, float* %2, i64 %2343
  %2345 = load float, float* %2344, align 4
  %2346 = insertelement <8 x float> undef, float %2345, i32 0
  %splat230 = shufflevector <8 x float> %2346, <8 x float> undef, <8 x i32> zeroinitializer
  %2347 = load <8 x float>, <8 x float>* %23, align 32
  %2348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2322, <8 x float> %2347)
  store <8 x float> %2348, <8 x float>* %23, align 32
  %2349 = load <8 x float>, <8 x float>* %17, align 32
  %2350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2326, <8 x float> %2349)
  store <8 x float> %2350, <8 x float>* %17, align 32
  %2351 = add i64 %1922, 191
  %2352 = getelementptr inbounds float, float* %2, i64 %2351
  %2353 = load float, float* %2352, align 4
  %2354 = insertelement <8 x float> undef, float %2353, i32 0
  %splat231 = shufflevector <8 x float> %2354, <8 x float> undef, <8 x i32> zeroinitializer
  %2355 = load <8 x float>, <8 x float>* %22, align 32
  %2356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2322, <8 x float> %2355)
  store <8 x float> %2356, <8 x float>* %22, align 32
  %2357 = load <8 x float>, <8 x float>* %16, align 32
  %2358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2326, <8 x float> %2357)
  store <8 x float> %2358, <8 x float>* %16, align 32
  %2359 = add i64 %1922, 199
  %2360 = getelementptr inbounds float, float* %2, i64 %2359
  %2361 = load float, float* %2360, align 4
  %2362 = insertelement <8 x float> undef, float %2361, i32 0
  %splat232 = shufflevector <8 x float> %2362, <8 x float> undef, <8 x i32> zeroinitializer
  %2363 = load <8 x float>, <8 x float>* %21, align 32
  %2364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2322, <8 x float> %2363)
  store <8 x float> %2364, <8 x float>* %21, align 32
  %2365 = load <8 x float>, <8 x float>* %15, align 32
  %2366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2326, <8 x float> %2365)
  store <8 x float> %2366, <8 x float>* %15, align 32
  %2367 = add i64 %1922, 207
  %2368 = getelementptr inbounds float, float* %2, i64 %2367
  %2369 = load float, float* %2368, align 4
  %2370 = insertelement <8 x float> undef, float %2369, i32 0
  %splat233 = shufflevector <8 x float> %2370, <8 x float> undef, <8 x i32> zeroinitializer
  %2371 = load <8 x float>, <8 x float>* %20, align 32
  %2372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2322, <8 x float> %2371)
  store <8 x float> %2372, <8 x float>* %20, align 32
  %2373 = load <8 x float>, <8 x float>* %14, align 32
  %2374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2326, <8 x float> %2373)
  store <8 x float> %2374, <8 x float>* %14, align 32
  %kw.next234 = add i64 %kw185, 1
  br label %kw.header182

kw.exit184:                                       ; preds = %kw.header182
  %kh.next235 = add i64 %kh181, 1
  br label %kh.header178

u.header237:                                      ; preds = %kh.exit243, %u.exit176
  %u240 = phi i64 [ 0, %u.exit176 ], [ %u.next283, %kh.exit243 ]
  %2375 = icmp slt i64 %u240, 64
  br i1 %2375, label %u.body238, label %u.exit239

u.body238:                                        ; preds = %u.header237
  %2376 = mul i64 %u240, 2048
  %2377 = add i64 %1916, %2376
  %2378 = mul i64 %u240, 576
  %2379 = add i64 %77, %2378
  br label %kh.header241

u.exit239:                                        ; preds = %u.header237
  %2380 = mul i64 %69, 64
  %2381 = add i64 %2380, %72
  %2382 = add i64 %2381, 0
  %2383 = mul i64 %2382, 14
  %2384 = add i64 %2383, %66
  %2385 = mul i64 %2384, 14
  %2386 = add i64 %2385, 24
  %2387 = mul i64 %2386, 8
  %2388 = load <8 x float>, <8 x float>* %13, align 32
  %2389 = fcmp ogt <8 x float> %2388, zeroinitializer
  %2390 = select <8 x i1> %2389, <8 x float> %2388, <8 x float> zeroinitializer
  %2391 = getelementptr inbounds float, float* %0, i64 %2387
  %2392 = bitcast float* %2391 to <8 x float>*
  store <8 x float> %2390, <8 x float>* %2392, align 4
  %2393 = add i64 %2385, 25
  %2394 = mul i64 %2393, 8
  %2395 = load <8 x float>, <8 x float>* %12, align 32
  %2396 = fcmp ogt <8 x float> %2395, zeroinitializer
  %2397 = select <8 x i1> %2396, <8 x float> %2395, <8 x float> zeroinitializer
  %2398 = getelementptr inbounds float, float* %0, i64 %2394
  %2399 = bitcast float* %2398 to <8 x float>*
  store <8 x float> %2397, <8 x float>* %2399, align 4
  %2400 = add i64 %2385, 26
  %2401 = mul i64 %2400, 8
  %2402 = load <8 x float>, <8 x float>* %11, align 32
  %2403 = fcmp ogt <8 x float> %2402, zeroinitializer
  %2404 = select <8 x i1> %2403, <8 x float> %2402, <8 x float> zeroinitializer
  %2405 = getelementptr inbounds float, float* %0, i64 %2401
  %2406 = bitcast float* %2405 to <8 x float>*
  store <8 x float> %2404, <8 x float>* %2406, align 4
  %2407 = add i64 %2385, 27
  %2408 = mul i64 %2407, 8
  %2409 = load <8 x float>, <8 x float>* %10, align 32
  %2410 = fcmp ogt <8 x float> %2409, zeroinitializer
  %2411 = select <8 x i1> %2410, <8 x float> %2409, <8 x float> zeroinitializer
  %2412 = getelementptr inbounds float, float* %0, i64 %2408
  %2413 = bitcast float* %2412 to <8 x float>*
  store <8 x float> %2411, <8 x float>* %2413, align 4
  %2414 = mul i64 %69, 64
  %2415 = add i64 %2414, %72
  %2416 = add i64 %2415, 1
  %2417 = mul i64 %2416, 14
  %2418 = add i64 %2417, %66
  %2419 = mul i64 %2418, 14
  %2420 = add i64 %2419, 24
  %2421 = mul i64 %2420, 8
  %2422 = load <8 x float>, <8 x float>* %9, align 32
  %2423 = fcmp ogt <8 x float> %2422, zeroinitializer
  %2424 = select <8 x i1> %2423, <8 x float> %2422, <8 x float> zeroinitializer
  %2425 = getelementptr inbounds float, float* %0, i64 %2421
  %2426 = bitcast float* %2425 to <8 x float>*
  store <8 x float> %2424, <8 x float>* %2426, align 4
  %2427 = add i64 %2419, 25
  %2428 = mul i64 %2427, 8
  %2429 = load <8 x float>, <8 x float>* %8, align 32
  %2430 = fcmp ogt <8 x float> %2429, zeroinitializer
  %2431 = select <8 x i1> %2430, <8 x float> %2429, <8 x float> zeroinitializer
  %2432 = getelementptr inbounds float, float* %0, i64 %2428
  %2433 = bitcast float* %2432 to <8 x float>*
  store <8 x float> %2431, <8 x float>* %2433, align 4
  %2434 = add i64 %2419, 26
  %2435 = mul i64 %2434, 8
  %2436 = load <8 x float>, <8 x float>* %7, align 32
  %2437 = fcmp ogt <8 x float> %2436, zeroinitializer
  %2438 = select <8 x i1> %2437, <8 x float> %2436, <8 x float> zeroinitializer
  %2439 = getelementptr inbounds float, float* %0, i64 %2435
  %2440 = bitcast float* %2439 to <8 x float>*
  store <8 x float> %2438, <8 x float>* %2440, align 4
  %2441 = add i64 %2419, 27
  %2442 = mul i64 %2441, 8
  %2443 = load <8 x float>, <8 x float>* %6, align 32
  %2444 = fcmp ogt <8 x float> %2443, zeroinitializer
  %2445 = select <8 x i1> %2444, <8 x float> %2443, <8 x float> zeroinitializer
  %2446 = getelementptr inbounds float, float* %0, i64 %2442
  %2447 = bitcast float* %2446 to <8 x float>*
  store <8 x float> %2445, <8 x float>* %2447, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header241:                                     ; preds = %kw.exit247, %u.body238
  %kh244 = phi i64 [ 0, %u.body238 ], [ %kh.next282, %kw.exit247 ]
  %2448 = icmp slt i64 %kh244, 3
  br i1 %2448, label %kh.body242, label %kh.exit243

kh.body242:                                       ; preds = %kh.header241
  %2449 = mul i64 %kh244, 128
  %2450 = add i64 %2377, %2449
  br label %kw.header245

kh.exit243:                                       ; preds = %kh.header241
  %u.next283 = add i64 %u240, 1
  br label %u.header237

kw.header245:                                     ; preds = %kw.body246, %kh.body242
  %kw248 = phi i64 [ 0, %kh.body242 ], [ %kw.next281, %kw.body246 ]
  %2451 = icmp slt i64 %kw248, 3
  br i1 %2451, label %kw.body246, label %kw.exit247

kw.body246:                                       ; preds = %kw.header245
  %2452 = mul i64 %kw248, 8
  %2453 = add i64 %2450, %2452
  %2454 = mul i64 %kh244, 3
  %2455 = add i64 %2454, %kw248
  %2456 = mul i64 %2455, 64
  %2457 = add i64 %2379, %2456
  %2458 = add i64 %2457, 0
  %2459 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2458
  %2460 = bitcast float* %2459 to <8 x float>*
  %2461 = load <8 x float>, <8 x float>* %2460, align 4
  %2462 = add i64 %2457, 36864
  %2463 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2462
  %2464 = bitcast float* %2463 to <8 x float>*
  %2465 = load <8 x float>, <8 x float>* %2464, align 4
  %2466 = add i64 %2453, 208
  %2467 = getelementptr inbounds float, float* %2, i64 %2466
  %2468 = load float, float* %2467, align 4
  %2469 = insertelement <8 x float> undef, float %2468, i32 0
  %splat249 = shufflevector <8 x float> %2469, <8 x float> undef, <8 x i32> zeroinitializer
  %2470 = load <8 x float>, <8 x float>* %13, align 32
  %2471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2461, <8 x float> %2470)
  store <8 x float> %2471, <8 x float>* %13, align 32
  %2472 = load <8 x float>, <8 x float>* %9, align 32
  %2473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2465, <8 x float> %2472)
  store <8 x float> %2473, <8 x float>* %9, align 32
  %2474 = add i64 %2453, 216
  %2475 = getelementptr inbounds float, float* %2, i64 %2474
  %2476 = load float, float* %2475, align 4
  %2477 = insertelement <8 x float> undef, float %2476, i32 0
  %splat250 = shufflevector <8 x float> %2477, <8 x float> undef, <8 x i32> zeroinitializer
  %2478 = load <8 x float>, <8 x float>* %12, align 32
  %2479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2461, <8 x float> %2478)
  store <8 x float> %2479, <8 x float>* %12, align 32
  %2480 = load <8 x float>, <8 x float>* %8, align 32
  %2481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2465, <8 x float> %2480)
  store <8 x float> %2481, <8 x float>* %8, align 32
  %2482 = add i64 %2453, 224
  %2483 = getelementptr inbounds float, float* %2, i64 %2482
  %2484 = load float, float* %2483, align 4
  %2485 = insertelement <8 x float> undef, float %2484, i32 0
  %splat251 = shufflevector <8 x float> %2485, <8 x float> undef, <8 x i32> zeroinitializer
  %2486 = load <8 x float>, <8 x float>* %11, align 32
  %2487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2461, <8 x float> %2486)
  store <8 x float> %2487, <8 x float>* %11, align 32
  %2488 = load <8 x float>, <8 x float>* %7, align 32
  %2489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2465, <8 x float> %2488)
  store <8 x float> %2489, <8 x float>* %7, align 32
  %2490 = add i64 %2453, 232
  %2491 = getelementptr inbounds float, float* %2, i64 %2490
  %2492 = load float, float* %2491, align 4
  %2493 = insertelement <8 x float> undef, float %2492, i32 0
  %splat252 = shufflevector <8 x float> %2493, <8 x float> undef, <8 x i32> zeroinitializer
  %2494 = load <8 x float>, <8 x float>* %10, align 32
  %2495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2461, <8 x float> %2494)
  store <8 x float> %2495, <8 x float>* %10, align 32
  %2496 = load <8 x float>, <8 x float>* %6, align 32
  %2497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2465, <8 x float> %2496)
  store <8 x float> %2497, <8 x float>* %6, align 32
  %2498 = add i64 %2457, 8
  %2499 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2498
  %2500 = bitcast float* %2499 to <8 x float>*
  %2501 = load <8 x float>, <8 x float>* %2500, align 4
  %2502 = add i64 %2457, 36872
  %2503 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2502
  %2504 = bitcast float* %2503 to <8 x float>*
  %2505 = load <8 x float>, <8 x float>* %2504, align 4
  %2506 = add i64 %2453, 209
  %2507 = getelementptr inbounds float, float* %2, i64 %2506
  %2508 = load float, float* %2507, align 4
  %2509 = insertelement <8 x float> undef, float %2508, i32 0
  %splat253 = shufflevector <8 x float> %2509, <8 x float> undef, <8 x i32> zeroinitializer
  %2510 = load <8 x float>, <8 x float>* %13, align 32
  %2511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2501, <8 x float> %2510)
  store <8 x float> %2511, <8 x float>* %13, align 32
  %2512 = load <8 x float>, <8 x float>* %9, align 32
  %2513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2505, <8 x float> %2512)
  store <8 x float> %2513, <8 x float>* %9, align 32
  %2514 = add i64 %2453, 217
  %2515 = getelementptr inbounds float, float* %2, i64 %2514
  %2516 = load float, float* %2515, align 4
  %2517 = insertelement <8 x float> undef, float %2516, i32 0
  %splat254 = shufflevector <8 x float> %2517, <8 x float> undef, <8 x i32> zeroinitializer
  %2518 = load <8 x float>, <8 x float>* %12, align 32
  %2519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2501, <8 x float> %2518)
  store <8 x float> %2519, <8 x float>* %12, align 32
  %2520 = load <8 x float>, <8 x float>* %8, align 32
  %2521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2505, <8 x float> %2520)
  store <8 x float> %2521, <8 x float>* %8, align 32
  %2522 = add i64 %2453, 225
  %2523 = getelementptr inbounds float, float* %2, i64 %2522
  %2524 = load float, float* %2523, align 4
  %2525 = insertelement <8 x float> undef, float %2524, i32 0
  %splat255 = shufflevector <8 x float> %2525, <8 x float> undef, <8 x i32> zeroinitializer
  %2526 = load <8 x float>, <8 x float>* %11, align 32
  %2527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2501, <8 x float> %2526)
  store <8 x float> %2527, <8 x float>* %11, align 32
  %2528 = load <8 x float>, <8 x float>* %7, align 32
  %2529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2505, <8 x float> %2528)
  store <8 x float> %2529, <8 x float>* %7, align 32
  %2530 = add i64 %2453, 233
  %2531 = getelementptr inbounds float, float* %2, i64 %2530
  %2532 = load float, float* %2531, align 4
  %2533 = insertelement <8 x float> undef, float %2532, i32 0
  %splat256 = shufflevector <8 x float> %2533, <8 x float> undef, <8 x i32> zeroinitializer
  %2534 = load <8 x float>, <8 x float>* %10, align 32
  %2535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2501, <8 x float> %2534)
  store <8 x float> %2535, <8 x float>* %10, align 32
  %2536 = load <8 x float>, <8 x float>* %6, align 32
  %2537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2505, <8 x float> %2536)
  store <8 x float> %2537, <8 x float>* %6, align 32
  %2538 = add i64 %2457, 16
  %2539 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2538
  %2540 = bitcast float* %2539 to <8 x float>*
  %2541 = load <8 x float>, <8 x float>* %2540, align 4
  %2542 = add i64 %2457, 36880
  %2543 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2542
  %2544 = bitcast float* %2543 to <8 x float>*
  %2545 = load <8 x float>, <8 x float>* %2544, align 4
  %2546 = add i64 %2453, 210
  %2547 = getelementptr inbounds float, float* %2, i64 %2546
  %2548 = load float, float* %2547, align 4
  %2549 = insertelement <8 x float> undef, float %2548, i32 0
  %splat257 = shufflevector <8 x float> %2549, <8 x float> undef, <8 x i32> zeroinitializer
  %2550 = load <8 x float>, <8 x float>* %13, align 32
  %2551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2541, <8 x float> %2550)
  store <8 x float> %2551, <8 x float>* %13, align 32
  %2552 = load <8 x float>, <8 x float>* %9, align 32
  %2553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2545, <8 x float> %2552)
  store <8 x float> %2553, <8 x float>* %9, align 32
  %2554 = add i64 %2453, 218
  %2555 = getelementptr inbounds float, float* %2, i64 %2554
  %2556 = load float, float* %2555, align 4
  %2557 = insertelement <8 x float> undef, float %2556, i32 0
  %splat258 = shufflevector <8 x float> %2557, <8 x float> undef, <8 x i32> zeroinitializer
  %2558 = load <8 x float>, <8 x float>* %12, align 32
  %2559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2541, <8 x float> %2558)
  store <8 x float> %2559, <8 x float>* %12, align 32
  %2560 = load <8 x float>, <8 x float>* %8, align 32
  %2561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2545, <8 x float> %2560)
  store <8 x float> %2561, <8 x float>* %8, align 32
  %2562 = add i64 %2453, 226
  %2563 = getelementptr inbounds float, float* %2, i64 %2562
  %2564 = load float, float* %2563, align 4
  %2565 = insertelement <8 x float> undef, float %2564, i32 0
  %splat259 = shufflevector <8 x float> %2565, <8 x float> undef, <8 x i32> zeroinitializer
  %2566 = load <8 x float>, <8 x float>* %11, align 32
  %2567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2541, <8 x float> %2566)
  store <8 x float> %2567, <8 x float>* %11, align 32
  %2568 = load <8 x float>, <8 x float>* %7, align 32
  %2569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2545, <8 x float> %2568)
  store <8 x float> %2569, <8 x float>* %7, align 32
  %2570 = add i64 %2453, 234
  %2571 = getelementptr inbounds float, float* %2, i64 %2570
  %2572 = load float, float* %2571, align 4
  %2573 = insertelement <8 x float> undef, float %2572, i32 0
  %splat260 = shufflevector <8 x float> %2573, <8 x float> undef, <8 x i32> zeroinitializer
  %2574 = load <8 x float>, <8 x float>* %10, align 32
  %2575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2541, <8 x float> %2574)
  store <8 x float> %2575, <8 x float>* %10, align 32
  %2576 = load <8 x float>, <8 x float>* %6, align 32
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2545, <8 x float> %2576)
  store <8 x float> %2577, <8 x float>* %6, align 32
  %2578 = add i64 %2457, 24
  %2579 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2578
  %2580 = bitcast float* %2579 to <8 x float>*
  %2581 = load <8 x float>, <8 x float>* %2580, align 4
  %2582 = add i64 %2457, 36888
  %2583 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2582
  %2584 = bitcast float* %2583 to <8 x float>*
  %2585 = load <8 x float>, <8 x float>* %2584, align 4
  %2586 = add i64 %2453, 211
  %2587 = getelementptr inbounds float, float* %2, i64 %2586
  %2588 = load float, float* %2587, align 4
  %2589 = insertelement <8 x float> undef, float %2588, i32 0
  %splat261 = shufflevector <8 x float> %2589, <8 x float> undef, <8 x i32> zeroinitializer
  %2590 = load <8 x float>, <8 x float>* %13, align 32
  %2591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2581, <8 x float> %2590)
  store <8 x float> %2591, <8 x float>* %13, align 32
  %2592 = load <8 x float>, <8 x float>* %9, align 32
  %2593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2585, <8 x float> %2592)
  store <8 x float> %2593, <8 x float>* %9, align 32
  %2594 = add i64 %2453, 219
  %2595 = getelementptr inbounds float, float* %2, i64 %2594
  %2596 = load float, float* %2595, align 4
  %2597 = insertelement <8 x float> undef, float %2596, i32 0
  %splat262 = shufflevector <8 x float> %2597, <8 x float> undef, <8 x i32> zeroinitializer
  %2598 = load <8 x float>, <8 x float>* %12, align 32
  %2599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2581, <8 x float> %2598)
  store <8 x float> %2599, <8 x float>* %12, align 32
  %2600 = load <8 x float>, <8 x float>* %8, align 32
  %2601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2585, <8 x float> %2600)
  store <8 x float> %2601, <8 x float>* %8, align 32
  %2602 = add i64 %2453, 227
  %2603 = getelementptr inbounds float, float* %2, i64 %2602
  %2604 = load float, float* %2603, align 4
  %2605 = insertelement <8 x float> undef, float %2604, i32 0
  %splat263 = shufflevector <8 x float> %2605, <8 x float> undef, <8 x i32> zeroinitializer
  %2606 = load <8 x float>, <8 x float>* %11, align 32
  %2607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2581, <8 x float> %2606)
  store <8 x float> %2607, <8 x float>* %11, align 32
  %2608 = load <8 x float>, <8 x float>* %7, align 32
  %2609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2585, <8 x float> %2608)
  store <8 x float> %2609, <8 x float>* %7, align 32
  %2610 = add i64 %2453, 235
  %2611 = getelementptr inbounds float, float* %2, i64 %2610
  %2612 = load float, float* %2611, align 4
  %2613 = insertelement <8 x float> undef, float %2612, i32 0
  %splat264 = shufflevector <8 x float> %2613, <8 x float> undef, <8 x i32> zeroinitializer
  %2614 = load <8 x float>, <8 x float>* %10, align 32
  %2615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2581, <8 x float> %2614)
  store <8 x float> %2615, <8 x float>* %10, align 32
  %2616 = load <8 x float>, <8 x float>* %6, align 32
  %2617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2585, <8 x float> %2616)
  store <8 x float> %2617, <8 x float>* %6, align 32
  %2618 = add i64 %2457, 32
  %2619 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2618
  %2620 = bitcast float* %2619 to <8 x float>*
  %2621 = load <8 x float>, <8 x float>* %2620, align 4
  %2622 = add i64 %2457, 36896
  %2623 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2622
  %2624 = bitcast float* %2623 to <8 x float>*
  %2625 = load <8 x float>, <8 x float>* %2624, align 4
  %2626 = add i64 %2453, 212
  %2627 = getelementptr inbounds float, float* %2, i64 %2626
  %2628 = load float, float* %2627, align 4
  %2629 = insertelement <8 x float> undef, float %2628, i32 0
  %splat265 = shufflevector <8 x float> %2629, <8 x float> undef, <8 x i32> zeroinitializer
  %2630 = load <8 x float>, <8 x float>* %13, align 32
  %2631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2621, <8 x float> %2630)
  store <8 x float> %2631, <8 x float>* %13, align 32
  %2632 = load <8 x float>, <8 x float>* %9, align 32
  %2633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2625, <8 x float> %2632)
  store <8 x float> %2633, <8 x float>* %9, align 32
  %2634 = add i64 %2453, 220
  %2635 = getelementptr inbounds float, float* %2, i64 %2634
  %2636 = load float, float* %2635, align 4
  %2637 = insertelement <8 x float> undef, float %2636, i32 0
  %splat266 = shufflevector <8 x float> %2637, <8 x float> undef, <8 x i32> zeroinitializer
  %2638 = load <8 x float>, <8 x float>* %12, align 32
  %2639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2621, <8 x float> %2638)
  store <8 x float> %2639, <8 x float>* %12, align 32
  %2640 = load <8 x float>, <8 x float>* %8, align 32
  %2641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2625, <8 x float> %2640)
  store <8 x float> %2641, <8 x float>* %8, align 32
  %2642 = add i64 %2453, 228
  %2643 = getelementptr inbounds float, float* %2, i64 %2642
  %2644 = load float, float* %2643, align 4
  %2645 = insertelement <8 x float> undef, float %2644, i32 0
  %splat267 = shufflevector <8 x float> %2645, <8 x float> undef, <8 x i32> zeroinitializer
  %2646 = load <8 x float>, <8 x float>* %11, align 32
  %2647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2621, <8 x float> %2646)
  store <8 x float> %2647, <8 x float>* %11, align 32
  %2648 = load <8 x float>, <8 x float>* %7, align 32
  %2649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2625, <8 x float> %2648)
  store <8 x float> %2649, <8 x float>* %7, align 32
  %2650 = add i64 %2453, 236
  %2651 = getelementptr inbounds float, float* %2, i64 %2650
  %2652 = load float, float* %2651, align 4
  %2653 = insertelement <8 x float> undef, float %2652, i32 0
  %splat268 = shufflevector <8 x float> %2653, <8 x float> undef, <8 x i32> zeroinitializer
  %2654 = load <8 x float>, <8 x float>* %10, align 32
  %2655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2621, <8 x float> %2654)
  store <8 x float> %2655, <8 x float>* %10, align 32
  %2656 = load <8 x float>, <8 x float>* %6, align 32
  %2657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2625, <8 x float> %2656)
  store <8 x float> %2657, <8 x float>* %6, align 32
  %2658 = add i64 %2457, 40
  %2659 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2658
  %2660 = bitcast float* %2659 to <8 x float>*
  %2661 = load <8 x float>, <8 x float>* %2660, align 4
  %2662 = add i64 %2457, 36904
  %2663 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2662
  %2664 = bitcast float* %2663 to <8 x float>*
  %2665 = load <8 x float>, <8 x float>* %2664, align 4
  %2666 = add i64 %2453, 213
  %2667 = getelementptr inbounds float, float* %2, i64 %2666
  %2668 = load float, float* %2667, align 4
  %2669 = insertelement <8 x float> undef, float %2668, i32 0
  %splat269 = shufflevector <8 x float> %2669, <8 x float> undef, <8 x i32> zeroinitializer
  %2670 = load <8 x float>, <8 x float>* %13, align 32
  %2671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2661, <8 x float> %2670)
  store <8 x float> %2671, <8 x float>* %13, align 32
  %2672 = load <8 x float>, <8 x float>* %9, align 32
  %2673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2665, <8 x float> %2672)
  store <8 x float> %2673, <8 x float>* %9, align 32
  %2674 = add i64 %2453, 221
  %2675 = getelementptr inbounds float, float* %2, i64 %2674
  %2676 = load float, float* %2675, align 4
  %2677 = insertelement <8 x float> undef, float %2676, i32 0
  %splat270 = shufflevector <8 x float> %2677, <8 x float> undef, <8 x i32> zeroinitializer
  %2678 = load <8 x float>, <8 x float>* %12, align 32
  %2679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2661, <8 x float> %2678)
  store <8 x float> %2679, <8 x float>* %12, align 32
  %2680 = load <8 x float>, <8 x float>* %8, align 32
  %2681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2665, <8 x float> %2680)
  store <8 x float> %2681, <8 x float>* %8, align 32
  %2682 = add i64 %2453, 229
  %2683 = getelementptr inbounds float, float* %2, i64 %2682
  %2684 = load float, float* %2683, align 4
  %2685 = insertelement <8 x float> undef, float %2684, i32 0
  %splat271 = shufflevector <8 x float> %2685, <8 x float> undef, <8 x i32> zeroinitializer
  %2686 = load <8 x float>, <8 x float>* %11, align 32
  %2687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2661, <8 x float> %2686)
  store <8 x float> %2687, <8 x float>* %11, align 32
  %2688 = load <8 x float>, <8 x float>* %7, align 32
  %2689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2665, <8 x float> %2688)
  store <8 x float> %2689, <8 x float>* %7, align 32
  %2690 = add i64 %2453, 237
  %2691 = getelementptr inbounds float, float* %2, i64 %2690
  %2692 = load float, float* %2691, align 4
  %2693 = insertelement <8 x float> undef, float %2692, i32 0
  %splat272 = shufflevector <8 x float> %2693, <8 x float> undef, <8 x i32> zeroinitializer
  %2694 = load <8 x float>, <8 x float>* %10, align 32
  %2695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2661, <8 x float> %2694)
  store <8 x float> %2695, <8 x float>* %10, align 32
  %2696 = load <8 x float>, <8 x float>* %6, align 32
  %2697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2665, <8 x float> %2696)
  store <8 x float> %2697, <8 x float>* %6, align 32
  %2698 = add i64 %2457, 48
  %2699 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2698
  %2700 = bitcast float* %2699 to <8 x float>*
  %2701 = load <8 x float>, <8 x float>* %2700, align 4
  %2702 = add i64 %2457, 36912
  %2703 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2702
  %2704 = bitcast float* %2703 to <8 x float>*
  %2705 = load <8 x float>, <8 x float>* %2704, align 4
  %2706 = add i64 %2453, 214
  %2707 = getelementptr inbounds float, float* %2, i64 %2706
  %2708 = load float, float* %2707, align 4
  %2709 = insertelement <8 x float> undef, float %2708, i32 0
  %splat273 = shufflevector <8 x float> %2709, <8 x float> undef, <8 x i32> zeroinitializer
  %2710 = load <8 x float>, <8 x float>* %13, align 32
  %2711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2701, <8 x float> %2710)
  store <8 x float> %2711, <8 x float>* %13, align 32
  %2712 = load <8 x float>, <8 x float>* %9, align 32
  %2713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2705, <8 x float> %2712)
  store <8 x float> %2713, <8 x float>* %9, align 32
  %2714 = add i64 %2453, 222
  %2715 = getelementptr inbounds float, float* %2, i64 %2714
  %2716 = load float, float* %2715, align 4
  %2717 = insertelement <8 x float> undef, float %2716, i32 0
  %splat274 = shufflevector <8 x float> %2717, <8 x float> undef, <8 x i32> zeroinitializer
  %2718 = load <8 x float>, <8 x float>* %12, align 32
  %2719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2701, <8 x float> %2718)
  store <8 x float> %2719, <8 x float>* %12, align 32
  %2720 = load <8 x float>, <8 x float>* %8, align 32
  %2721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2705, <8 x float> %2720)
  store <8 x float> %2721, <8 x float>* %8, align 32
  %2722 = add i64 %2453, 230
  %2723 = getelementptr inbounds float, float* %2, i64 %2722
  %2724 = load float, float* %2723, align 4
  %2725 = insertelement <8 x float> undef, float %2724, i32 0
  %splat275 = shufflevector <8 x float> %2725, <8 x float> undef, <8 x i32> zeroinitializer
  %2726 = load <8 x float>, <8 x float>* %11, align 32
  %2727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2701, <8 x float> %2726)
  store <8 x float> %2727, <8 x float>* %11, align 32
  %2728 = load <8 x float>, <8 x float>* %7, align 32
  %2729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2705, <8 x float> %2728)
  store <8 x float> %2729, <8 x float>* %7, align 32
  %2730 = add i64 %2453, 238
  %2731 = getelementptr inbounds float, float* %2, i64 %2730
  %2732 = load float, float* %2731, align 4
  %2733 = insertelement <8 x float> undef, float %2732, i32 0
  %splat276 = shufflevector <8 x float> %2733, <8 x float> undef, <8 x i32> zeroinitializer
  %2734 = load <8 x float>, <8 x float>* %10, align 32
  %2735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2701, <8 x float> %2734)
  store <8 x float> %2735, <8 x float>* %10, align 32
  %2736 = load <8 x float>, <8 x float>* %6, align 32
  %2737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2705, <8 x float> %2736)
  store <8 x float> %2737, <8 x float>* %6, align 32
  %2738 = add i64 %2457, 56
  %2739 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2738
  %2740 = bitcast float* %2739 to <8 x float>*
  %2741 = load <8 x float>, <8 x float>* %2740, align 4
  %2742 = add i64 %2457, 36920
  %2743 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.packed to float*), i64 %2742
  %2744 = bitcast float* %2743 to <8 x float>*
  %2745 = load <8 x float>, <8 x float>* %2744, align 4
  %2746 = add i64 %2453, 215
  %2747 = getelementptr inbounds float, float* %2, i64 %2746
  %2748 = load float, float* %2747, align 4
  %2749 = insertelement <8 x float> undef, float %2748, i32 0
  %splat277 = shufflevector <8 x float> %2749, <8 x float> undef, <8 x i32> zeroinitializer
  %2750 = load <8 x float>, <8 x float>* %13, align 32
  %2751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2741, <8 x float> %2750)
  store <8 x float> %2751, <8 x float>* %13, align 32
  %2752 = load <8 x float>, <8 x float>* %9, align 32
  %2753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2745, <8 x float> %2752)
  store <8 x float> %2753, <8 x float>* %9, align 32
  %2754 = add i64 %2453, 223
  %2755 = getelementptr inbounds float, float* %2, i64 %2754
  %2756 = load float, float* %2755, align 4
  %2757 = insertelement <8 x float> undef, float %2756, i32 0
  %splat278 = shufflevector <8 x float> %2757, <8 x float> undef, <8 x i32> zeroinitializer
  %2758 = load <8 x float>, <8 x float>* %12, align 32
  %2759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2741, <8 x float> %2758)
  store <8 x float> %2759, <8 x float>* %12, align 32
  %2760 = load <8 x float>, <8 x float>* %8, align 32
  %2761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2745, <8 x float> %2760)
  store <8 x float> %2761, <8 x float>* %8, align 32
  %2762 = add i64 %2453, 231
  %2763 = getelementptr inbounds float, float* %2, i64 %2762
  %2764 = load float, float* %2763, align 4
  %2765 = insertelement <8 x float> undef, float %2764, i32 0
  %splat279 = shufflevector <8 x float> %2765, <8 x float> undef, <8 x i32> zeroinitializer
  %2766 = load <8 x float>, <8 x float>* %11, align 32
  %2767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2741, <8 x float> %2766)
  store <8 x float> %2767, <8 x float>* %11, align 32
  %2768 = load <8 x float>, <8 x float>* %7, align 32
  %2769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2745, <8 x float> %2768)
  store <8 x float> %2769, <8 x float>* %7, align 32
  %2770 = add i64 %2453, 239
  %2771 = getelementptr inbounds float, float* %2, i64 %2770
  %2772 = load float, float* %2771, align 4
  %2773 = insertelement <8 x float> undef, float %2772, i32 0
  %splat280 = shufflevector <8 x float> %2773, <8 x float> undef, <8 x i32> zeroinitializer
  %2774 = load <8 x float>, <8 x float>* %10, align 32
  %2775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2741, <8 x float> %2774)
  store <8 x float> %2775, <8 x float>* %10, align 32
  %2776 = load <8 x float>, <8 x float>* %6, align 32
  %2777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2745, <8 x float> %2776)
  store <8 x float> %2777, <8 x float>* %6, align 32
  %kw.next281 = add i64 %kw248, 1
  br label %kw.header245

kw.exit247:                                       ; preds = %kw.header245
  %kh.next282 = add i64 %kh244, 1
  br label %kh.header241
}

; Function Attrs: nounwind
define internal void @node10.conv2d_7.step1(i8* %0) #3 {
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
  %19 = add i64 224, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 224
  %23 = select i1 %22, i64 %21, i64 224
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 224
  %26 = select i1 %25, i64 %24, i64 224
  call void @node10.conv2d_7.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node11.conv2d_8.step0(i8* %0) #3 {
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
  call void @node11.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_8.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit239, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit239 ]
  %62 = icmp slt i64 %task, %5
  br i1 %62, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %63 = srem i64 %task, 7
  %64 = sdiv i64 %task, 7
  %65 = srem i64 %64, 32
  %66 = mul i64 %63, 2
  %67 = sdiv i64 %task, 224
  %68 = srem i64 %67, 1
  %69 = sdiv i64 %67, 1
  %70 = mul i64 %68, 64
  %71 = mul i64 %65, 2
  %72 = add i64 %70, %71
  %73 = mul i64 %69, 64
  %74 = mul i64 %68, 64
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 2048
  %77 = mul i64 %72, 36864
  %78 = mul i64 %66, 128
  %79 = add i64 %72, 0
  %80 = mul i64 %79, 8
  %81 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  store <8 x float> %83, <8 x float>* %61, align 32
  store <8 x float> %83, <8 x float>* %60, align 32
  store <8 x float> %83, <8 x float>* %59, align 32
  store <8 x float> %83, <8 x float>* %58, align 32
  store <8 x float> %83, <8 x float>* %57, align 32
  store <8 x float> %83, <8 x float>* %56, align 32
  %84 = add i64 %72, 1
  %85 = mul i64 %84, 8
  %86 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  store <8 x float> %88, <8 x float>* %55, align 32
  store <8 x float> %88, <8 x float>* %54, align 32
  store <8 x float> %88, <8 x float>* %53, align 32
  store <8 x float> %88, <8 x float>* %52, align 32
  store <8 x float> %88, <8 x float>* %51, align 32
  store <8 x float> %88, <8 x float>* %50, align 32
  %89 = add i64 %78, 0
  %90 = add i64 %76, %89
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %91 = icmp slt i64 %u, 64
  br i1 %91, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %92 = mul i64 %u, 2048
  %93 = add i64 %90, %92
  %94 = mul i64 %u, 576
  %95 = add i64 %77, %94
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %96 = mul i64 %69, 64
  %97 = add i64 %96, %72
  %98 = add i64 %97, 0
  %99 = mul i64 %98, 14
  %100 = add i64 %99, %66
  %101 = mul i64 %100, 14
  %102 = add i64 %101, 0
  %103 = mul i64 %102, 8
  %104 = load <8 x float>, <8 x float>* %61, align 32
  %105 = fcmp ogt <8 x float> %104, zeroinitializer
  %106 = select <8 x i1> %105, <8 x float> %104, <8 x float> zeroinitializer
  %107 = getelementptr inbounds float, float* %0, i64 %103
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %106, <8 x float>* %108, align 4
  %109 = add i64 %101, 1
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %60, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %101, 2
  %117 = mul i64 %116, 8
  %118 = load <8 x float>, <8 x float>* %59, align 32
  %119 = fcmp ogt <8 x float> %118, zeroinitializer
  %120 = select <8 x i1> %119, <8 x float> %118, <8 x float> zeroinitializer
  %121 = getelementptr inbounds float, float* %0, i64 %117
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %120, <8 x float>* %122, align 4
  %123 = add i64 %101, 3
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %58, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %101, 4
  %131 = mul i64 %130, 8
  %132 = load <8 x float>, <8 x float>* %57, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = getelementptr inbounds float, float* %0, i64 %131
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %134, <8 x float>* %136, align 4
  %137 = add i64 %101, 5
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %56, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = mul i64 %69, 64
  %145 = add i64 %144, %72
  %146 = add i64 %145, 1
  %147 = mul i64 %146, 14
  %148 = add i64 %147, %66
  %149 = mul i64 %148, 14
  %150 = add i64 %149, 0
  %151 = mul i64 %150, 8
  %152 = load <8 x float>, <8 x float>* %55, align 32
  %153 = fcmp ogt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> %152, <8 x float> zeroinitializer
  %155 = getelementptr inbounds float, float* %0, i64 %151
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %154, <8 x float>* %156, align 4
  %157 = add i64 %149, 1
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %54, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %149, 2
  %165 = mul i64 %164, 8
  %166 = load <8 x float>, <8 x float>* %53, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = getelementptr inbounds float, float* %0, i64 %165
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %149, 3
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %52, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %178 = add i64 %149, 4
  %179 = mul i64 %178, 8
  %180 = load <8 x float>, <8 x float>* %51, align 32
  %181 = fcmp ogt <8 x float> %180, zeroinitializer
  %182 = select <8 x i1> %181, <8 x float> %180, <8 x float> zeroinitializer
  %183 = getelementptr inbounds float, float* %0, i64 %179
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = add i64 %149, 5
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %50, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  %192 = add i64 %72, 0
  %193 = mul i64 %192, 8
  %194 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  store <8 x float> %196, <8 x float>* %49, align 32
  store <8 x float> %196, <8 x float>* %48, align 32
  store <8 x float> %196, <8 x float>* %47, align 32
  store <8 x float> %196, <8 x float>* %46, align 32
  store <8 x float> %196, <8 x float>* %45, align 32
  store <8 x float> %196, <8 x float>* %44, align 32
  %197 = add i64 %72, 1
  %198 = mul i64 %197, 8
  %199 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  store <8 x float> %201, <8 x float>* %43, align 32
  store <8 x float> %201, <8 x float>* %42, align 32
  store <8 x float> %201, <8 x float>* %41, align 32
  store <8 x float> %201, <8 x float>* %40, align 32
  store <8 x float> %201, <8 x float>* %39, align 32
  store <8 x float> %201, <8 x float>* %38, align 32
  %202 = add i64 %78, 0
  %203 = add i64 %76, %202
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %204 = icmp slt i64 %kh, 3
  br i1 %204, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %205 = mul i64 %kh, 128
  %206 = add i64 %93, %205
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %207 = icmp slt i64 %kw, 3
  br i1 %207, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %208 = mul i64 %kw, 8
  %209 = add i64 %206, %208
  %210 = mul i64 %kh, 3
  %211 = add i64 %210, %kw
  %212 = mul i64 %211, 64
  %213 = add i64 %95, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %213, 36864
  %219 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %209, 0
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %61, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %217, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %61, align 32
  %228 = load <8 x float>, <8 x float>* %55, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %221, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %55, align 32
  %230 = add i64 %209, 8
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %60, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %217, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %60, align 32
  %236 = load <8 x float>, <8 x float>* %54, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %54, align 32
  %238 = add i64 %209, 16
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat2 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %59, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %217, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %59, align 32
  %244 = load <8 x float>, <8 x float>* %53, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %221, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %53, align 32
  %246 = add i64 %209, 24
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat3 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %58, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %217, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %58, align 32
  %252 = load <8 x float>, <8 x float>* %52, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %221, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %52, align 32
  %254 = add i64 %209, 32
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat4 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %57, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %217, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %57, align 32
  %260 = load <8 x float>, <8 x float>* %51, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %51, align 32
  %262 = add i64 %209, 40
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat5 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %56, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %217, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %56, align 32
  %268 = load <8 x float>, <8 x float>* %50, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %221, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %50, align 32
  %270 = add i64 %213, 8
  %271 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  %273 = load <8 x float>, <8 x float>* %272, align 4
  %274 = add i64 %213, 36872
  %275 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = add i64 %209, 1
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat6 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %61, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %273, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %61, align 32
  %284 = load <8 x float>, <8 x float>* %55, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %277, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %55, align 32
  %286 = add i64 %209, 9
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat7 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %60, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %273, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %60, align 32
  %292 = load <8 x float>, <8 x float>* %54, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %277, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %54, align 32
  %294 = add i64 %209, 17
  %295 = getelementptr inbounds float, float* %2, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat8 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %59, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %273, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %59, align 32
  %300 = load <8 x float>, <8 x float>* %53, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %277, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %53, align 32
  %302 = add i64 %209, 25
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat9 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %58, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %273, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %58, align 32
  %308 = load <8 x float>, <8 x float>* %52, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %277, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %52, align 32
  %310 = add i64 %209, 33
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat10 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %57, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %273, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %57, align 32
  %316 = load <8 x float>, <8 x float>* %51, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %277, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %51, align 32
  %318 = add i64 %209, 41
  %319 = getelementptr inbounds float, float* %2, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat11 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %56, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %273, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %56, align 32
  %324 = load <8 x float>, <8 x float>* %50, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %277, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %50, align 32
  %326 = add i64 %213, 16
  %327 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  %329 = load <8 x float>, <8 x float>* %328, align 4
  %330 = add i64 %213, 36880
  %331 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  %333 = load <8 x float>, <8 x float>* %332, align 4
  %334 = add i64 %209, 2
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat12 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %61, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %329, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %61, align 32
  %340 = load <8 x float>, <8 x float>* %55, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %333, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %55, align 32
  %342 = add i64 %209, 10
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat13 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %60, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %329, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %60, align 32
  %348 = load <8 x float>, <8 x float>* %54, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %333, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %54, align 32
  %350 = add i64 %209, 18
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat14 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %59, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %329, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %59, align 32
  %356 = load <8 x float>, <8 x float>* %53, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %333, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %53, align 32
  %358 = add i64 %209, 26
  %359 = getelementptr inbounds float, float* %2, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat15 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %58, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %329, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %58, align 32
  %364 = load <8 x float>, <8 x float>* %52, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %333, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %52, align 32
  %366 = add i64 %209, 34
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat16 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %57, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %329, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %57, align 32
  %372 = load <8 x float>, <8 x float>* %51, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %333, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %51, align 32
  %374 = add i64 %209, 42
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat17 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %56, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %329, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %56, align 32
  %380 = load <8 x float>, <8 x float>* %50, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %333, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %50, align 32
  %382 = add i64 %213, 24
  %383 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %213, 36888
  %387 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %209, 3
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat18 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %61, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %385, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %61, align 32
  %396 = load <8 x float>, <8 x float>* %55, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %389, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %55, align 32
  %398 = add i64 %209, 11
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat19 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %60, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %385, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %60, align 32
  %404 = load <8 x float>, <8 x float>* %54, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %389, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %54, align 32
  %406 = add i64 %209, 19
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat20 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %59, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %385, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %59, align 32
  %412 = load <8 x float>, <8 x float>* %53, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %389, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %53, align 32
  %414 = add i64 %209, 27
  %415 = getelementptr inbounds float, float* %2, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat21 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %58, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %385, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %58, align 32
  %420 = load <8 x float>, <8 x float>* %52, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %389, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %52, align 32
  %422 = add i64 %209, 35
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat22 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %57, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %385, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %57, align 32
  %428 = load <8 x float>, <8 x float>* %51, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %389, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %51, align 32
  %430 = add i64 %209, 43
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat23 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %56, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %385, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %56, align 32
  %436 = load <8 x float>, <8 x float>* %50, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %389, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %50, align 32
  %438 = add i64 %213, 32
  %439 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  %441 = load <8 x float>, <8 x float>* %440, align 4
  %442 = add i64 %213, 36896
  %443 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  %445 = load <8 x float>, <8 x float>* %444, align 4
  %446 = add i64 %209, 4
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = load float, float* %447, align 4
  %449 = insertelement <8 x float> undef, float %448, i32 0
  %splat24 = shufflevector <8 x float> %449, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = load <8 x float>, <8 x float>* %61, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %441, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %61, align 32
  %452 = load <8 x float>, <8 x float>* %55, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %445, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %55, align 32
  %454 = add i64 %209, 12
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat25 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %60, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %441, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %60, align 32
  %460 = load <8 x float>, <8 x float>* %54, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %445, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %54, align 32
  %462 = add i64 %209, 20
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat26 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %59, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %441, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %59, align 32
  %468 = load <8 x float>, <8 x float>* %53, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %445, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %53, align 32
  %470 = add i64 %209, 28
  %471 = getelementptr inbounds float, float* %2, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat27 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %58, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %441, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %58, align 32
  %476 = load <8 x float>, <8 x float>* %52, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %445, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %52, align 32
  %478 = add i64 %209, 36
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat28 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %57, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %441, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %57, align 32
  %484 = load <8 x float>, <8 x float>* %51, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %445, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %51, align 32
  %486 = add i64 %209, 44
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat29 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %56, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %441, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %56, align 32
  %492 = load <8 x float>, <8 x float>* %50, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %445, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %50, align 32
  %494 = add i64 %213, 40
  %495 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  %497 = load <8 x float>, <8 x float>* %496, align 4
  %498 = add i64 %213, 36904
  %499 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %209, 5
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat30 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %61, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %497, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %61, align 32
  %508 = load <8 x float>, <8 x float>* %55, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %501, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %55, align 32
  %510 = add i64 %209, 13
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat31 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %60, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %497, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %60, align 32
  %516 = load <8 x float>, <8 x float>* %54, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %501, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %54, align 32
  %518 = add i64 %209, 21
  %519 = getelementptr inbounds float, float* %2, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat32 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %59, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %497, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %59, align 32
  %524 = load <8 x float>, <8 x float>* %53, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %501, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %53, align 32
  %526 = add i64 %209, 29
  %527 = getelementptr inbounds float, float* %2, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat33 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %58, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %497, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %58, align 32
  %532 = load <8 x float>, <8 x float>* %52, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %501, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %52, align 32
  %534 = add i64 %209, 37
  %535 = getelementptr inbounds float, float* %2, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat34 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %57, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %497, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %57, align 32
  %540 = load <8 x float>, <8 x float>* %51, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %501, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %51, align 32
  %542 = add i64 %209, 45
  %543 = getelementptr inbounds float, float* %2, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat35 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %56, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %497, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %56, align 32
  %548 = load <8 x float>, <8 x float>* %50, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %501, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %50, align 32
  %550 = add i64 %213, 48
  %551 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %550
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = add i64 %213, 36912
  %555 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %554
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  %558 = add i64 %209, 6
  %559 = getelementptr inbounds float, float* %2, i64 %558
  %560 = load float, float* %559, align 4
  %561 = insertelement <8 x float> undef, float %560, i32 0
  %splat36 = shufflevector <8 x float> %561, <8 x float> undef, <8 x i32> zeroinitializer
  %562 = load <8 x float>, <8 x float>* %61, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %553, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %61, align 32
  %564 = load <8 x float>, <8 x float>* %55, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %557, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %55, align 32
  %566 = add i64 %209, 14
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = load float, float* %567, align 4
  %569 = insertelement <8 x float> undef, float %568, i32 0
  %splat37 = shufflevector <8 x float> %569, <8 x float> undef, <8 x i32> zeroinitializer
  %570 = load <8 x float>, <8 x float>* %60, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %553, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %60, align 32
  %572 = load <8 x float>, <8 x float>* %54, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %557, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %54, align 32
  %574 = add i64 %209, 22
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat38 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %59, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %553, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %59, align 32
  %580 = load <8 x float>, <8 x float>* %53, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %557, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %53, align 32
  %582 = add i64 %209, 30
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = load float, float* %583, align 4
  %585 = insertelement <8 x float> undef, float %584, i32 0
  %splat39 = shufflevector <8 x float> %585, <8 x float> undef, <8 x i32> zeroinitializer
  %586 = load <8 x float>, <8 x float>* %58, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %553, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %58, align 32
  %588 = load <8 x float>, <8 x float>* %52, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %557, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %52, align 32
  %590 = add i64 %209, 38
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat40 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %57, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %553, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %57, align 32
  %596 = load <8 x float>, <8 x float>* %51, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %557, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %51, align 32
  %598 = add i64 %209, 46
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = load float, float* %599, align 4
  %601 = insertelement <8 x float> undef, float %600, i32 0
  %splat41 = shufflevector <8 x float> %601, <8 x float> undef, <8 x i32> zeroinitializer
  %602 = load <8 x float>, <8 x float>* %56, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %553, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %56, align 32
  %604 = load <8 x float>, <8 x float>* %50, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %557, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %50, align 32
  %606 = add i64 %213, 56
  %607 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = add i64 %213, 36920
  %611 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = add i64 %209, 7
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat42 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %61, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %609, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %61, align 32
  %620 = load <8 x float>, <8 x float>* %55, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %613, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %55, align 32
  %622 = add i64 %209, 15
  %623 = getelementptr inbounds float, float* %2, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat43 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %60, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %609, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %60, align 32
  %628 = load <8 x float>, <8 x float>* %54, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %613, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %54, align 32
  %630 = add i64 %209, 23
  %631 = getelementptr inbounds float, float* %2, i64 %630
  %632 = load float, float* %631, align 4
  %633 = insertelement <8 x float> undef, float %632, i32 0
  %splat44 = shufflevector <8 x float> %633, <8 x float> undef, <8 x i32> zeroinitializer
  %634 = load <8 x float>, <8 x float>* %59, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %609, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %59, align 32
  %636 = load <8 x float>, <8 x float>* %53, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %613, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %53, align 32
  %638 = add i64 %209, 31
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat45 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %58, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %609, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %58, align 32
  %644 = load <8 x float>, <8 x float>* %52, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %613, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %52, align 32
  %646 = add i64 %209, 39
  %647 = getelementptr inbounds float, float* %2, i64 %646
  %648 = load float, float* %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %splat46 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = load <8 x float>, <8 x float>* %57, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %609, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %57, align 32
  %652 = load <8 x float>, <8 x float>* %51, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %613, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %51, align 32
  %654 = add i64 %209, 47
  %655 = getelementptr inbounds float, float* %2, i64 %654
  %656 = load float, float* %655, align 4
  %657 = insertelement <8 x float> undef, float %656, i32 0
  %splat47 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
  %658 = load <8 x float>, <8 x float>* %56, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %609, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %56, align 32
  %660 = load <8 x float>, <8 x float>* %50, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %613, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %50, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %662 = icmp slt i64 %u51, 64
  br i1 %662, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %663 = mul i64 %u51, 2048
  %664 = add i64 %203, %663
  %665 = mul i64 %u51, 576
  %666 = add i64 %77, %665
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %667 = mul i64 %69, 64
  %668 = add i64 %667, %72
  %669 = add i64 %668, 0
  %670 = mul i64 %669, 14
  %671 = add i64 %670, %66
  %672 = mul i64 %671, 14
  %673 = add i64 %672, 6
  %674 = mul i64 %673, 8
  %675 = load <8 x float>, <8 x float>* %49, align 32
  %676 = fcmp ogt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> %675, <8 x float> zeroinitializer
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %672, 7
  %681 = mul i64 %680, 8
  %682 = load <8 x float>, <8 x float>* %48, align 32
  %683 = fcmp ogt <8 x float> %682, zeroinitializer
  %684 = select <8 x i1> %683, <8 x float> %682, <8 x float> zeroinitializer
  %685 = getelementptr inbounds float, float* %0, i64 %681
  %686 = bitcast float* %685 to <8 x float>*
  store <8 x float> %684, <8 x float>* %686, align 4
  %687 = add i64 %672, 8
  %688 = mul i64 %687, 8
  %689 = load <8 x float>, <8 x float>* %47, align 32
  %690 = fcmp ogt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> %689, <8 x float> zeroinitializer
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %672, 9
  %695 = mul i64 %694, 8
  %696 = load <8 x float>, <8 x float>* %46, align 32
  %697 = fcmp ogt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> %696, <8 x float> zeroinitializer
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %672, 10
  %702 = mul i64 %701, 8
  %703 = load <8 x float>, <8 x float>* %45, align 32
  %704 = fcmp ogt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> %703, <8 x float> zeroinitializer
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %672, 11
  %709 = mul i64 %708, 8
  %710 = load <8 x float>, <8 x float>* %44, align 32
  %711 = fcmp ogt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> %710, <8 x float> zeroinitializer
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %715 = mul i64 %69, 64
  %716 = add i64 %715, %72
  %717 = add i64 %716, 1
  %718 = mul i64 %717, 14
  %719 = add i64 %718, %66
  %720 = mul i64 %719, 14
  %721 = add i64 %720, 6
  %722 = mul i64 %721, 8
  %723 = load <8 x float>, <8 x float>* %43, align 32
  %724 = fcmp ogt <8 x float> %723, zeroinitializer
  %725 = select <8 x i1> %724, <8 x float> %723, <8 x float> zeroinitializer
  %726 = getelementptr inbounds float, float* %0, i64 %722
  %727 = bitcast float* %726 to <8 x float>*
  store <8 x float> %725, <8 x float>* %727, align 4
  %728 = add i64 %720, 7
  %729 = mul i64 %728, 8
  %730 = load <8 x float>, <8 x float>* %42, align 32
  %731 = fcmp ogt <8 x float> %730, zeroinitializer
  %732 = select <8 x i1> %731, <8 x float> %730, <8 x float> zeroinitializer
  %733 = getelementptr inbounds float, float* %0, i64 %729
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %732, <8 x float>* %734, align 4
  %735 = add i64 %720, 8
  %736 = mul i64 %735, 8
  %737 = load <8 x float>, <8 x float>* %41, align 32
  %738 = fcmp ogt <8 x float> %737, zeroinitializer
  %739 = select <8 x i1> %738, <8 x float> %737, <8 x float> zeroinitializer
  %740 = getelementptr inbounds float, float* %0, i64 %736
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = add i64 %720, 9
  %743 = mul i64 %742, 8
  %744 = load <8 x float>, <8 x float>* %40, align 32
  %745 = fcmp ogt <8 x float> %744, zeroinitializer
  %746 = select <8 x i1> %745, <8 x float> %744, <8 x float> zeroinitializer
  %747 = getelementptr inbounds float, float* %0, i64 %743
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %746, <8 x float>* %748, align 4
  %749 = add i64 %720, 10
  %750 = mul i64 %749, 8
  %751 = load <8 x float>, <8 x float>* %39, align 32
  %752 = fcmp ogt <8 x float> %751, zeroinitializer
  %753 = select <8 x i1> %752, <8 x float> %751, <8 x float> zeroinitializer
  %754 = getelementptr inbounds float, float* %0, i64 %750
  %755 = bitcast float* %754 to <8 x float>*
  store <8 x float> %753, <8 x float>* %755, align 4
  %756 = add i64 %720, 11
  %757 = mul i64 %756, 8
  %758 = load <8 x float>, <8 x float>* %38, align 32
  %759 = fcmp ogt <8 x float> %758, zeroinitializer
  %760 = select <8 x i1> %759, <8 x float> %758, <8 x float> zeroinitializer
  %761 = getelementptr inbounds float, float* %0, i64 %757
  %762 = bitcast float* %761 to <8 x float>*
  store <8 x float> %760, <8 x float>* %762, align 4
  %763 = add i64 %72, 0
  %764 = mul i64 %763, 8
  %765 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  store <8 x float> %767, <8 x float>* %37, align 32
  store <8 x float> %767, <8 x float>* %36, align 32
  store <8 x float> %767, <8 x float>* %35, align 32
  store <8 x float> %767, <8 x float>* %34, align 32
  store <8 x float> %767, <8 x float>* %33, align 32
  store <8 x float> %767, <8 x float>* %32, align 32
  %768 = add i64 %72, 1
  %769 = mul i64 %768, 8
  %770 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  store <8 x float> %772, <8 x float>* %31, align 32
  store <8 x float> %772, <8 x float>* %30, align 32
  store <8 x float> %772, <8 x float>* %29, align 32
  store <8 x float> %772, <8 x float>* %28, align 32
  store <8 x float> %772, <8 x float>* %27, align 32
  store <8 x float> %772, <8 x float>* %26, align 32
  %773 = add i64 %78, 0
  %774 = add i64 %76, %773
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %775 = icmp slt i64 %kh55, 3
  br i1 %775, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %776 = mul i64 %kh55, 128
  %777 = add i64 %664, %776
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %778 = icmp slt i64 %kw59, 3
  br i1 %778, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %779 = mul i64 %kw59, 8
  %780 = add i64 %777, %779
  %781 = mul i64 %kh55, 3
  %782 = add i64 %781, %kw59
  %783 = mul i64 %782, 64
  %784 = add i64 %666, %783
  %785 = add i64 %784, 0
  %786 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %784, 36864
  %790 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %780, 48
  %794 = getelementptr inbounds float, float* %2, i64 %793
  %795 = load float, float* %794, align 4
  %796 = insertelement <8 x float> undef, float %795, i32 0
  %splat60 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
  %797 = load <8 x float>, <8 x float>* %49, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %788, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %49, align 32
  %799 = load <8 x float>, <8 x float>* %43, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %792, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %43, align 32
  %801 = add i64 %780, 56
  %802 = getelementptr inbounds float, float* %2, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat61 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %48, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %788, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %48, align 32
  %807 = load <8 x float>, <8 x float>* %42, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %792, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %42, align 32
  %809 = add i64 %780, 64
  %810 = getelementptr inbounds float, float* %2, i64 %809
  %811 = load float, float* %810, align 4
  %812 = insertelement <8 x float> undef, float %811, i32 0
  %splat62 = shufflevector <8 x float> %812, <8 x float> undef, <8 x i32> zeroinitializer
  %813 = load <8 x float>, <8 x float>* %47, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %788, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %47, align 32
  %815 = load <8 x float>, <8 x float>* %41, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %792, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %41, align 32
  %817 = add i64 %780, 72
  %818 = getelementptr inbounds float, float* %2, i64 %817
  %819 = load float, float* %818, align 4
  %820 = insertelement <8 x float> undef, float %819, i32 0
  %splat63 = shufflevector <8 x float> %820, <8 x float> undef, <8 x i32> zeroinitializer
  %821 = load <8 x float>, <8 x float>* %46, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %788, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %46, align 32
  %823 = load <8 x float>, <8 x float>* %40, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %792, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %40, align 32
  %825 = add i64 %780, 80
  %826 = getelementptr inbounds float, float* %2, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat64 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %45, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %788, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %45, align 32
  %831 = load <8 x float>, <8 x float>* %39, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %792, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %39, align 32
  %833 = add i64 %780, 88
  %834 = getelementptr inbounds float, float* %2, i64 %833
  %835 = load float, float* %834, align 4
  %836 = insertelement <8 x float> undef, float %835, i32 0
  %splat65 = shufflevector <8 x float> %836, <8 x float> undef, <8 x i32> zeroinitializer
  %837 = load <8 x float>, <8 x float>* %44, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %788, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %44, align 32
  %839 = load <8 x float>, <8 x float>* %38, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %792, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %38, align 32
  %841 = add i64 %784, 8
  %842 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %784, 36872
  %846 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %780, 49
  %850 = getelementptr inbounds float, float* %2, i64 %849
  %851 = load float, float* %850, align 4
  %852 = insertelement <8 x float> undef, float %851, i32 0
  %splat66 = shufflevector <8 x float> %852, <8 x float> undef, <8 x i32> zeroinitializer
  %853 = load <8 x float>, <8 x float>* %49, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %844, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %49, align 32
  %855 = load <8 x float>, <8 x float>* %43, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %848, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %43, align 32
  %857 = add i64 %780, 57
  %858 = getelementptr inbounds float, float* %2, i64 %857
  %859 = load float, float* %858, align 4
  %860 = insertelement <8 x float> undef, float %859, i32 0
  %splat67 = shufflevector <8 x float> %860, <8 x float> undef, <8 x i32> zeroinitializer
  %861 = load <8 x float>, <8 x float>* %48, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %844, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %48, align 32
  %863 = load <8 x float>, <8 x float>* %42, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %848, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %42, align 32
  %865 = add i64 %780, 65
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat68 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %47, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %844, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %47, align 32
  %871 = load <8 x float>, <8 x float>* %41, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %848, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %41, align 32
  %873 = add i64 %780, 73
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = load float, float* %874, align 4
  %876 = insertelement <8 x float> undef, float %875, i32 0
  %splat69 = shufflevector <8 x float> %876, <8 x float> undef, <8 x i32> zeroinitializer
  %877 = load <8 x float>, <8 x float>* %46, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %844, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %46, align 32
  %879 = load <8 x float>, <8 x float>* %40, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %848, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %40, align 32
  %881 = add i64 %780, 81
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat70 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %45, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %844, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %45, align 32
  %887 = load <8 x float>, <8 x float>* %39, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %848, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %39, align 32
  %889 = add i64 %780, 89
  %890 = getelementptr inbounds float, float* %2, i64 %889
  %891 = load float, float* %890, align 4
  %892 = insertelement <8 x float> undef, float %891, i32 0
  %splat71 = shufflevector <8 x float> %892, <8 x float> undef, <8 x i32> zeroinitializer
  %893 = load <8 x float>, <8 x float>* %44, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %844, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %44, align 32
  %895 = load <8 x float>, <8 x float>* %38, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %848, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %38, align 32
  %897 = add i64 %784, 16
  %898 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %897
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = add i64 %784, 36880
  %902 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = add i64 %780, 50
  %906 = getelementptr inbounds float, float* %2, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat72 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %49, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %900, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %49, align 32
  %911 = load <8 x float>, <8 x float>* %43, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %904, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %43, align 32
  %913 = add i64 %780, 58
  %914 = getelementptr inbounds float, float* %2, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat73 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %48, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %900, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %48, align 32
  %919 = load <8 x float>, <8 x float>* %42, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %904, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %42, align 32
  %921 = add i64 %780, 66
  %922 = getelementptr inbounds float, float* %2, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat74 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %47, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %900, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %47, align 32
  %927 = load <8 x float>, <8 x float>* %41, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %904, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %41, align 32
  %929 = add i64 %780, 74
  %930 = getelementptr inbounds float, float* %2, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat75 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %46, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %900, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %46, align 32
  %935 = load <8 x float>, <8 x float>* %40, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %904, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %40, align 32
  %937 = add i64 %780, 82
  %938 = getelementptr inbounds float, float* %2, i64 %937
  %939 = load float, float* %938, align 4
  %940 = insertelement <8 x float> undef, float %939, i32 0
  %splat76 = shufflevector <8 x float> %940, <8 x float> undef, <8 x i32> zeroinitializer
  %941 = load <8 x float>, <8 x float>* %45, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %900, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %45, align 32
  %943 = load <8 x float>, <8 x float>* %39, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %904, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %39, align 32
  %945 = add i64 %780, 90
  %946 = getelementptr inbounds float, float* %2, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat77 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %44, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %900, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %44, align 32
  %951 = load <8 x float>, <8 x float>* %38, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %904, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %38, align 32
  %953 = add i64 %784, 24
  %954 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %784, 36888
  %958 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %780, 51
  %962 = getelementptr inbounds float, float* %2, i64 %961
  %963 = load float, float* %962, align 4
  %964 = insertelement <8 x float> undef, float %963, i32 0
  %splat78 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, <8 x float>* %49, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %956, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %49, align 32
  %967 = load <8 x float>, <8 x float>* %43, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %960, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %43, align 32
  %969 = add i64 %780, 59
  %970 = getelementptr inbounds float, float* %2, i64 %969
  %971 = load float, float* %970, align 4
  %972 = insertelement <8 x float> undef, float %971, i32 0
  %splat79 = shufflevector <8 x float> %972, <8 x float> undef, <8 x i32> zeroinitializer
  %973 = load <8 x float>, <8 x float>* %48, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %956, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %48, align 32
  %975 = load <8 x float>, <8 x float>* %42, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %960, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %42, align 32
  %977 = add i64 %780, 67
  %978 = getelementptr inbounds float, float* %2, i64 %977
  %979 = load float, float* %978, align 4
  %980 = insertelement <8 x float> undef, float %979, i32 0
  %splat80 = shufflevector <8 x float> %980, <8 x float> undef, <8 x i32> zeroinitializer
  %981 = load <8 x float>, <8 x float>* %47, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %956, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %47, align 32
  %983 = load <8 x float>, <8 x float>* %41, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %960, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %41, align 32
  %985 = add i64 %780, 75
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = load float, float* %986, align 4
  %988 = insertelement <8 x float> undef, float %987, i32 0
  %splat81 = shufflevector <8 x float> %988, <8 x float> undef, <8 x i32> zeroinitializer
  %989 = load <8 x float>, <8 x float>* %46, align 32
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %956, <8 x float> %989)
  store <8 x float> %990, <8 x float>* %46, align 32
  %991 = load <8 x float>, <8 x float>* %40, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %960, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %40, align 32
  %993 = add i64 %780, 83
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = load float, float* %994, align 4
  %996 = insertelement <8 x float> undef, float %995, i32 0
  %splat82 = shufflevector <8 x float> %996, <8 x float> undef, <8 x i32> zeroinitializer
  %997 = load <8 x float>, <8 x float>* %45, align 32
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %956, <8 x float> %997)
  store <8 x float> %998, <8 x float>* %45, align 32
  %999 = load <8 x float>, <8 x float>* %39, align 32
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %960, <8 x float> %999)
  store <8 x float> %1000, <8 x float>* %39, align 32
  %1001 = add i64 %780, 91
  %1002 = getelementptr inbounds float, float* %2, i64 %1001
  %1003 = load float, float* %1002, align 4
  %1004 = insertelement <8 x float> undef, float %1003, i32 0
  %splat83 = shufflevector <8 x float> %1004, <8 x float> undef, <8 x i32> zeroinitializer
  %1005 = load <8 x float>, <8 x float>* %44, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %956, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %44, align 32
  %1007 = load <8 x float>, <8 x float>* %38, align 32
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %960, <8 x float> %1007)
  store <8 x float> %1008, <8 x float>* %38, align 32
  %1009 = add i64 %784, 32
  %1010 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %784, 36896
  %1014 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1013
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = add i64 %780, 52
  %1018 = getelementptr inbounds float, float* %2, i64 %1017
  %1019 = load float, float* %1018, align 4
  %1020 = insertelement <8 x float> undef, float %1019, i32 0
  %splat84 = shufflevector <8 x float> %1020, <8 x float> undef, <8 x i32> zeroinitializer
  %1021 = load <8 x float>, <8 x float>* %49, align 32
  %1022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1012, <8 x float> %1021)
  store <8 x float> %1022, <8 x float>* %49, align 32
  %1023 = load <8 x float>, <8 x float>* %43, align 32
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1016, <8 x float> %1023)
  store <8 x float> %1024, <8 x float>* %43, align 32
  %1025 = add i64 %780, 60
  %1026 = getelementptr inbounds float, float* %2, i64 %1025
  %1027 = load float, float* %1026, align 4
  %1028 = insertelement <8 x float> undef, float %1027, i32 0
  %splat85 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
  %1029 = load <8 x float>, <8 x float>* %48, align 32
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1012, <8 x float> %1029)
  store <8 x float> %1030, <8 x float>* %48, align 32
  %1031 = load <8 x float>, <8 x float>* %42, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1016, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %42, align 32
  %1033 = add i64 %780, 68
  %1034 = getelementptr inbounds float, float* %2, i64 %1033
  %1035 = load float, float* %1034, align 4
  %1036 = insertelement <8 x float> undef, float %1035, i32 0
  %splat86 = shufflevector <8 x float> %1036, <8 x float> undef, <8 x i32> zeroinitializer
  %1037 = load <8 x float>, <8 x float>* %47, align 32
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1012, <8 x float> %1037)
  store <8 x float> %1038, <8 x float>* %47, align 32
  %1039 = load <8 x float>, <8 x float>* %41, align 32
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1016, <8 x float> %1039)
  store <8 x float> %1040, <8 x float>* %41, align 32
  %1041 = add i64 %780, 76
  %1042 = getelementptr inbounds float, float* %2, i64 %1041
  %1043 = load float, float* %1042, align 4
  %1044 = insertelement <8 x float> undef, float %1043, i32 0
  %splat87 = shufflevector <8 x float> %1044, <8 x float> undef, <8 x i32> zeroinitializer
  %1045 = load <8 x float>, <8 x float>* %46, align 32
  %1046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1012, <8 x float> %1045)
  store <8 x float> %1046, <8 x float>* %46, align 32
  %1047 = load <8 x float>, <8 x float>* %40, align 32
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1016, <8 x float> %1047)
  store <8 x float> %1048, <8 x float>* %40, align 32
  %1049 = add i64 %780, 84
  %1050 = getelementptr inbounds float, float* %2, i64 %1049
  %1051 = load float, float* %1050, align 4
  %1052 = insertelement <8 x float> undef, float %1051, i32 0
  %splat88 = shufflevector <8 x float> %1052, <8 x float> undef, <8 x i32> zeroinitializer
  %1053 = load <8 x float>, <8 x float>* %45, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1012, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %45, align 32
  %1055 = load <8 x float>, <8 x float>* %39, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1016, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %39, align 32
  %1057 = add i64 %780, 92
  %1058 = getelementptr inbounds float, float* %2, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat89 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %44, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1012, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %44, align 32
  %1063 = load <8 x float>, <8 x float>* %38, align 32
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1016, <8 x float> %1063)
  store <8 x float> %1064, <8 x float>* %38, align 32
  %1065 = add i64 %784, 40
  %1066 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = add i64 %784, 36904
  %1070 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = add i64 %780, 53
  %1074 = getelementptr inbounds float, float* %2, i64 %1073
  %1075 = load float, float* %1074, align 4
  %1076 = insertelement <8 x float> undef, float %1075, i32 0
  %splat90 = shufflevector <8 x float> %1076, <8 x float> undef, <8 x i32> zeroinitializer
  %1077 = load <8 x float>, <8 x float>* %49, align 32
  %1078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1068, <8 x float> %1077)
  store <8 x float> %1078, <8 x float>* %49, align 32
  %1079 = load <8 x float>, <8 x float>* %43, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1072, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %43, align 32
  %1081 = add i64 %780, 61
  %1082 = getelementptr inbounds float, float* %2, i64 %1081
  %1083 = load float, float* %1082, align 4
  %1084 = insertelement <8 x float> undef, float %1083, i32 0
  %splat91 = shufflevector <8 x float> %1084, <8 x float> undef, <8 x i32> zeroinitializer
  %1085 = load <8 x float>, <8 x float>* %48, align 32
  %1086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1068, <8 x float> %1085)
  store <8 x float> %1086, <8 x float>* %48, align 32
  %1087 = load <8 x float>, <8 x float>* %42, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1072, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %42, align 32
  %1089 = add i64 %780, 69
  %1090 = getelementptr inbounds float, float* %2, i64 %1089
  %1091 = load float, float* %1090, align 4
  %1092 = insertelement <8 x float> undef, float %1091, i32 0
  %splat92 = shufflevector <8 x float> %1092, <8 x float> undef, <8 x i32> zeroinitializer
  %1093 = load <8 x float>, <8 x float>* %47, align 32
  %1094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1068, <8 x float> %1093)
  store <8 x float> %1094, <8 x float>* %47, align 32
  %1095 = load <8 x float>, <8 x float>* %41, align 32
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1072, <8 x float> %1095)
  store <8 x float> %1096, <8 x float>* %41, align 32
  %1097 = add i64 %780, 77
  %1098 = getelementptr inbounds float, float* %2, i64 %1097
  %1099 = load float, float* %1098, align 4
  %1100 = insertelement <8 x float> undef, float %1099, i32 0
  %splat93 = shufflevector <8 x float> %1100, <8 x float> undef, <8 x i32> zeroinitializer
  %1101 = load <8 x float>, <8 x float>* %46, align 32
  %1102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1068, <8 x float> %1101)
  store <8 x float> %1102, <8 x float>* %46, align 32
  %1103 = load <8 x float>, <8 x float>* %40, align 32
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1072, <8 x float> %1103)
  store <8 x float> %1104, <8 x float>* %40, align 32
  %1105 = add i64 %780, 85
  %1106 = getelementptr inbounds float, float* %2, i64 %1105
  %1107 = load float, float* %1106, align 4
  %1108 = insertelement <8 x float> undef, float %1107, i32 0
  %splat94 = shufflevector <8 x float> %1108, <8 x float> undef, <8 x i32> zeroinitializer
  %1109 = load <8 x float>, <8 x float>* %45, align 32
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1068, <8 x float> %1109)
  store <8 x float> %1110, <8 x float>* %45, align 32
  %1111 = load <8 x float>, <8 x float>* %39, align 32
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1072, <8 x float> %1111)
  store <8 x float> %1112, <8 x float>* %39, align 32
  %1113 = add i64 %780, 93
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = load float, float* %1114, align 4
  %1116 = insertelement <8 x float> undef, float %1115, i32 0
  %splat95 = shufflevector <8 x float> %1116, <8 x float> undef, <8 x i32> zeroinitializer
  %1117 = load <8 x float>, <8 x float>* %44, align 32
  %1118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1068, <8 x float> %1117)
  store <8 x float> %1118, <8 x float>* %44, align 32
  %1119 = load <8 x float>, <8 x float>* %38, align 32
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1072, <8 x float> %1119)
  store <8 x float> %1120, <8 x float>* %38, align 32
  %1121 = add i64 %784, 48
  %1122 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1121
  %1123 = bitcast float* %1122 to <8 x float>*
  %1124 = load <8 x float>, <8 x float>* %1123, align 4
  %1125 = add i64 %784, 36912
  %1126 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1125
  %1127 = bitcast float* %1126 to <8 x float>*
  %1128 = load <8 x float>, <8 x float>* %1127, align 4
  %1129 = add i64 %780, 54
  %1130 = getelementptr inbounds float, float* %2, i64 %1129
  %1131 = load float, float* %1130, align 4
  %1132 = insertelement <8 x float> undef, float %1131, i32 0
  %splat96 = shufflevector <8 x float> %1132, <8 x float> undef, <8 x i32> zeroinitializer
  %1133 = load <8 x float>, <8 x float>* %49, align 32
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1124, <8 x float> %1133)
  store <8 x float> %1134, <8 x float>* %49, align 32
  %1135 = load <8 x float>, <8 x float>* %43, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1128, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %43, align 32
  %1137 = add i64 %780, 62
  %1138 = getelementptr inbounds float, float* %2, i64 %1137
  %1139 = load float, float* %1138, align 4
  %1140 = insertelement <8 x float> undef, float %1139, i32 0
  %splat97 = shufflevector <8 x float> %1140, <8 x float> undef, <8 x i32> zeroinitializer
  %1141 = load <8 x float>, <8 x float>* %48, align 32
  %1142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1124, <8 x float> %1141)
  store <8 x float> %1142, <8 x float>* %48, align 32
  %1143 = load <8 x float>, <8 x float>* %42, align 32
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1128, <8 x float> %1143)
  store <8 x float> %1144, <8 x float>* %42, align 32
  %1145 = add i64 %780, 70
  %1146 = getelementptr inbounds float, float* %2, i64 %1145
  %1147 = load float, float* %1146, align 4
  %1148 = insertelement <8 x float> undef, float %1147, i32 0
  %splat98 = shufflevector <8 x float> %1148, <8 x float> undef, <8 x i32> zeroinitializer
  %1149 = load <8 x float>, <8 x float>* %47, align 32
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1124, <8 x float> %1149)
  store <8 x float> %1150, <8 x float>* %47, align 32
  %1151 = load <8 x float>, <8 x float>* %41, align 32
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1128, <8 x float> %1151)
  store <8 x float> %1152, <8 x float>* %41, align 32
  %1153 = add i64 %780, 78
  %1154 = getelementptr inbounds float, float* %2, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat99 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %46, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1124, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %46, align 32
  %1159 = load <8 x float>, <8 x float>* %40, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1128, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %40, align 32
  %1161 = add i64 %780, 86
  %1162 = getelementptr inbounds float, float* %2, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat100 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %45, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1124, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %45, align 32
  %1167 = load <8 x float>, <8 x float>* %39, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1128, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %39, align 32
  %1169 = add i64 %780, 94
  %1170 = getelementptr inbounds float, float* %2, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat101 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %44, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1124, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %44, align 32
  %1175 = load <8 x float>, <8 x float>* %38, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1128, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %38, align 32
  %1177 = add i64 %784, 56
  %1178 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1177
  %1179 = bitcast float* %1178 to <8 x float>*
  %1180 = load <8 x float>, <8 x float>* %1179, align 4
  %1181 = add i64 %784, 36920
  %1182 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1181
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = add i64 %780, 55
  %1186 = getelementptr inbounds float, float* %2, i64 %1185
  %1187 = load float, float* %1186, align 4
  %1188 = insertelement <8 x float> undef, float %1187, i32 0
  %splat102 = shufflevector <8 x float> %1188, <8 x float> undef, <8 x i32> zeroinitializer
  %1189 = load <8 x float>, <8 x float>* %49, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1180, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %49, align 32
  %1191 = load <8 x float>, <8 x float>* %43, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1184, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %43, align 32
  %1193 = add i64 %780, 63
  %1194 = getelementptr inbounds float, float* %2, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat103 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %48, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1180, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %48, align 32
  %1199 = load <8 x float>, <8 x float>* %42, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1184, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %42, align 32
  %1201 = add i64 %780, 71
  %1202 = getelementptr inbounds float, float* %2, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat104 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %47, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1180, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %47, align 32
  %1207 = load <8 x float>, <8 x float>* %41, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1184, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %41, align 32
  %1209 = add i64 %780, 79
  %1210 = getelementptr inbounds float, float* %2, i64 %1209
  %1211 = load float, float* %1210, align 4
  %1212 = insertelement <8 x float> undef, float %1211, i32 0
  %splat105 = shufflevector <8 x float> %1212, <8 x float> undef, <8 x i32> zeroinitializer
  %1213 = load <8 x float>, <8 x float>* %46, align 32
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1180, <8 x float> %1213)
  store <8 x float> %1214, <8 x float>* %46, align 32
  %1215 = load <8 x float>, <8 x float>* %40, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1184, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %40, align 32
  %1217 = add i64 %780, 87
  %1218 = getelementptr inbounds float, float* %2, i64 %1217
  %1219 = load float, float* %1218, align 4
  %1220 = insertelement <8 x float> undef, float %1219, i32 0
  %splat106 = shufflevector <8 x float> %1220, <8 x float> undef, <8 x i32> zeroinitializer
  %1221 = load <8 x float>, <8 x float>* %45, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1180, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %45, align 32
  %1223 = load <8 x float>, <8 x float>* %39, align 32
  %1224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1184, <8 x float> %1223)
  store <8 x float> %1224, <8 x float>* %39, align 32
  %1225 = add i64 %780, 95
  %1226 = getelementptr inbounds float, float* %2, i64 %1225
  %1227 = load float, float* %1226, align 4
  %1228 = insertelement <8 x float> undef, float %1227, i32 0
  %splat107 = shufflevector <8 x float> %1228, <8 x float> undef, <8 x i32> zeroinitializer
  %1229 = load <8 x float>, <8 x float>* %44, align 32
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1180, <8 x float> %1229)
  store <8 x float> %1230, <8 x float>* %44, align 32
  %1231 = load <8 x float>, <8 x float>* %38, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1184, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %38, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next173, %kh.exit117 ]
  %1233 = icmp slt i64 %u114, 64
  br i1 %1233, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1234 = mul i64 %u114, 2048
  %1235 = add i64 %774, %1234
  %1236 = mul i64 %u114, 576
  %1237 = add i64 %77, %1236
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1238 = mul i64 %69, 64
  %1239 = add i64 %1238, %72
  %1240 = add i64 %1239, 0
  %1241 = mul i64 %1240, 14
  %1242 = add i64 %1241, %66
  %1243 = mul i64 %1242, 14
  %1244 = add i64 %1243, 12
  %1245 = mul i64 %1244, 8
  %1246 = load <8 x float>, <8 x float>* %37, align 32
  %1247 = fcmp ogt <8 x float> %1246, zeroinitializer
  %1248 = select <8 x i1> %1247, <8 x float> %1246, <8 x float> zeroinitializer
  %1249 = getelementptr inbounds float, float* %0, i64 %1245
  %1250 = bitcast float* %1249 to <8 x float>*
  store <8 x float> %1248, <8 x float>* %1250, align 4
  %1251 = add i64 %1243, 13
  %1252 = mul i64 %1251, 8
  %1253 = load <8 x float>, <8 x float>* %36, align 32
  %1254 = fcmp ogt <8 x float> %1253, zeroinitializer
  %1255 = select <8 x i1> %1254, <8 x float> %1253, <8 x float> zeroinitializer
  %1256 = getelementptr inbounds float, float* %0, i64 %1252
  %1257 = bitcast float* %1256 to <8 x float>*
  store <8 x float> %1255, <8 x float>* %1257, align 4
  %1258 = add i64 %1243, 14
  %1259 = mul i64 %1258, 8
  %1260 = load <8 x float>, <8 x float>* %35, align 32
  %1261 = fcmp ogt <8 x float> %1260, zeroinitializer
  %1262 = select <8 x i1> %1261, <8 x float> %1260, <8 x float> zeroinitializer
  %1263 = getelementptr inbounds float, float* %0, i64 %1259
  %1264 = bitcast float* %1263 to <8 x float>*
  store <8 x float> %1262, <8 x float>* %1264, align 4
  %1265 = add i64 %1243, 15
  %1266 = mul i64 %1265, 8
  %1267 = load <8 x float>, <8 x float>* %34, align 32
  %1268 = fcmp ogt <8 x float> %1267, zeroinitializer
  %1269 = select <8 x i1> %1268, <8 x float> %1267, <8 x float> zeroinitializer
  %1270 = getelementptr inbounds float, float* %0, i64 %1266
  %1271 = bitcast float* %1270 to <8 x float>*
  store <8 x float> %1269, <8 x float>* %1271, align 4
  %1272 = add i64 %1243, 16
  %1273 = mul i64 %1272, 8
  %1274 = load <8 x float>, <8 x float>* %33, align 32
  %1275 = fcmp ogt <8 x float> %1274, zeroinitializer
  %1276 = select <8 x i1> %1275, <8 x float> %1274, <8 x float> zeroinitializer
  %1277 = getelementptr inbounds float, float* %0, i64 %1273
  %1278 = bitcast float* %1277 to <8 x float>*
  store <8 x float> %1276, <8 x float>* %1278, align 4
  %1279 = add i64 %1243, 17
  %1280 = mul i64 %1279, 8
  %1281 = load <8 x float>, <8 x float>* %32, align 32
  %1282 = fcmp ogt <8 x float> %1281, zeroinitializer
  %1283 = select <8 x i1> %1282, <8 x float> %1281, <8 x float> zeroinitializer
  %1284 = getelementptr inbounds float, float* %0, i64 %1280
  %1285 = bitcast float* %1284 to <8 x float>*
  store <8 x float> %1283, <8 x float>* %1285, align 4
  %1286 = mul i64 %69, 64
  %1287 = add i64 %1286, %72
  %1288 = add i64 %1287, 1
  %1289 = mul i64 %1288, 14
  %1290 = add i64 %1289, %66
  %1291 = mul i64 %1290, 14
  %1292 = add i64 %1291, 12
  %1293 = mul i64 %1292, 8
  %1294 = load <8 x float>, <8 x float>* %31, align 32
  %1295 = fcmp ogt <8 x float> %1294, zeroinitializer
  %1296 = select <8 x i1> %1295, <8 x float> %1294, <8 x float> zeroinitializer
  %1297 = getelementptr inbounds float, float* %0, i64 %1293
  %1298 = bitcast float* %1297 to <8 x float>*
  store <8 x float> %1296, <8 x float>* %1298, align 4
  %1299 = add i64 %1291, 13
  %1300 = mul i64 %1299, 8
  %1301 = load <8 x float>, <8 x float>* %30, align 32
  %1302 = fcmp ogt <8 x float> %1301, zeroinitializer
  %1303 = select <8 x i1> %1302, <8 x float> %1301, <8 x float> zeroinitializer
  %1304 = getelementptr inbounds float, float* %0, i64 %1300
  %1305 = bitcast float* %1304 to <8 x float>*
  store <8 x float> %1303, <8 x float>* %1305, align 4
  %1306 = add i64 %1291, 14
  %1307 = mul i64 %1306, 8
  %1308 = load <8 x float>, <8 x float>* %29, align 32
  %1309 = fcmp ogt <8 x float> %1308, zeroinitializer
  %1310 = select <8 x i1> %1309, <8 x float> %1308, <8 x float> zeroinitializer
  %1311 = getelementptr inbounds float, float* %0, i64 %1307
  %1312 = bitcast float* %1311 to <8 x float>*
  store <8 x float> %1310, <8 x float>* %1312, align 4
  %1313 = add i64 %1291, 15
  %1314 = mul i64 %1313, 8
  %1315 = load <8 x float>, <8 x float>* %28, align 32
  %1316 = fcmp ogt <8 x float> %1315, zeroinitializer
  %1317 = select <8 x i1> %1316, <8 x float> %1315, <8 x float> zeroinitializer
  %1318 = getelementptr inbounds float, float* %0, i64 %1314
  %1319 = bitcast float* %1318 to <8 x float>*
  store <8 x float> %1317, <8 x float>* %1319, align 4
  %1320 = add i64 %1291, 16
  %1321 = mul i64 %1320, 8
  %1322 = load <8 x float>, <8 x float>* %27, align 32
  %1323 = fcmp ogt <8 x float> %1322, zeroinitializer
  %1324 = select <8 x i1> %1323, <8 x float> %1322, <8 x float> zeroinitializer
  %1325 = getelementptr inbounds float, float* %0, i64 %1321
  %1326 = bitcast float* %1325 to <8 x float>*
  store <8 x float> %1324, <8 x float>* %1326, align 4
  %1327 = add i64 %1291, 17
  %1328 = mul i64 %1327, 8
  %1329 = load <8 x float>, <8 x float>* %26, align 32
  %1330 = fcmp ogt <8 x float> %1329, zeroinitializer
  %1331 = select <8 x i1> %1330, <8 x float> %1329, <8 x float> zeroinitializer
  %1332 = getelementptr inbounds float, float* %0, i64 %1328
  %1333 = bitcast float* %1332 to <8 x float>*
  store <8 x float> %1331, <8 x float>* %1333, align 4
  %1334 = add i64 %72, 0
  %1335 = mul i64 %1334, 8
  %1336 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1335
  %1337 = bitcast float* %1336 to <8 x float>*
  %1338 = load <8 x float>, <8 x float>* %1337, align 4
  store <8 x float> %1338, <8 x float>* %25, align 32
  store <8 x float> %1338, <8 x float>* %24, align 32
  store <8 x float> %1338, <8 x float>* %23, align 32
  store <8 x float> %1338, <8 x float>* %22, align 32
  store <8 x float> %1338, <8 x float>* %21, align 32
  store <8 x float> %1338, <8 x float>* %20, align 32
  %1339 = add i64 %72, 1
  %1340 = mul i64 %1339, 8
  %1341 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1340
  %1342 = bitcast float* %1341 to <8 x float>*
  %1343 = load <8 x float>, <8 x float>* %1342, align 4
  store <8 x float> %1343, <8 x float>* %19, align 32
  store <8 x float> %1343, <8 x float>* %18, align 32
  store <8 x float> %1343, <8 x float>* %17, align 32
  store <8 x float> %1343, <8 x float>* %16, align 32
  store <8 x float> %1343, <8 x float>* %15, align 32
  store <8 x float> %1343, <8 x float>* %14, align 32
  %1344 = add i64 %78, 0
  %1345 = add i64 %76, %1344
  br label %u.header174

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next172, %kw.exit121 ]
  %1346 = icmp slt i64 %kh118, 3
  br i1 %1346, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1347 = mul i64 %kh118, 128
  %1348 = add i64 %1235, %1347
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next173 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next171, %kw.body120 ]
  %1349 = icmp slt i64 %kw122, 3
  br i1 %1349, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1350 = mul i64 %kw122, 8
  %1351 = add i64 %1348, %1350
  %1352 = mul i64 %kh118, 3
  %1353 = add i64 %1352, %kw122
  %1354 = mul i64 %1353, 64
  %1355 = add i64 %1237, %1354
  %1356 = add i64 %1355, 0
  %1357 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1356
  %1358 = bitcast float* %1357 to <8 x float>*
  %1359 = load <8 x float>, <8 x float>* %1358, align 4
  %1360 = add i64 %1355, 36864
  %1361 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1360
  %1362 = bitcast float* %1361 to <8 x float>*
  %1363 = load <8 x float>, <8 x float>* %1362, align 4
  %1364 = add i64 %1351, 96
  %1365 = getelementptr inbounds float, float* %2, i64 %1364
  %1366 = load float, float* %1365, align 4
  %1367 = insertelement <8 x float> undef, float %1366, i32 0
  %splat123 = shufflevector <8 x float> %1367, <8 x float> undef, <8 x i32> zeroinitializer
  %1368 = load <8 x float>, <8 x float>* %37, align 32
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1359, <8 x float> %1368)
  store <8 x float> %1369, <8 x float>* %37, align 32
  %1370 = load <8 x float>, <8 x float>* %31, align 32
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1363, <8 x float> %1370)
  store <8 x float> %1371, <8 x float>* %31, align 32
  %1372 = add i64 %1351, 104
  %1373 = getelementptr inbounds float, float* %2, i64 %1372
  %1374 = load float, float* %1373, align 4
  %1375 = insertelement <8 x float> undef, float %1374, i32 0
  %splat124 = shufflevector <8 x float> %1375, <8 x float> undef, <8 x i32> zeroinitializer
  %1376 = load <8 x float>, <8 x float>* %36, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1359, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %36, align 32
  %1378 = load <8 x float>, <8 x float>* %30, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1363, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %30, align 32
  %1380 = add i64 %1351, 128
  %1381 = getelementptr inbounds float, float* %2, i64 %1380
  %1382 = load float, float* %1381, align 4
  %1383 = insertelement <8 x float> undef, float %1382, i32 0
  %splat125 = shufflevector <8 x float> %1383, <8 x float> undef, <8 x i32> zeroinitializer
  %1384 = load <8 x float>, <8 x float>* %35, align 32
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1359, <8 x float> %1384)
  store <8 x float> %1385, <8 x float>* %35, align 32
  %1386 = load <8 x float>, <8 x float>* %29, align 32
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1363, <8 x float> %1386)
  store <8 x float> %1387, <8 x float>* %29, align 32
  %1388 = add i64 %1351, 136
  %1389 = getelementptr inbounds float, float* %2, i64 %1388
  %1390 = load float, float* %1389, align 4
  %1391 = insertelement <8 x float> undef, float %1390, i32 0
  %splat126 = shufflevector <8 x float> %1391, <8 x float> undef, <8 x i32> zeroinitializer
  %1392 = load <8 x float>, <8 x float>* %34, align 32
  %1393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1359, <8 x float> %1392)
  store <8 x float> %1393, <8 x float>* %34, align 32
  %1394 = load <8 x float>, <8 x float>* %28, align 32
  %1395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1363, <8 x float> %1394)
  store <8 x float> %1395, <8 x float>* %28, align 32
  %1396 = add i64 %1351, 144
  %1397 = getelementptr inbounds float, float* %2, i64 %1396
  %1398 = load float, float* %1397, align 4
  %1399 = insertelement <8 x float> undef, float %1398, i32 0
  %splat127 = shufflevector <8 x float> %1399, <8 x float> undef, <8 x i32> zeroinitializer
  %1400 = load <8 x float>, <8 x float>* %33, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1359, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %33, align 32
  %1402 = load <8 x float>, <8 x float>* %27, align 32
  %1403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1363, <8 x float> %1402)
  store <8 x float> %1403, <8 x float>* %27, align 32
  %1404 = add i64 %1351, 152
  %1405 = getelementptr inbounds float, float* %2, i64 %1404
  %1406 = load float, float* %1405, align 4
  %1407 = insertelement <8 x float> undef, float %1406, i32 0
  %splat128 = shufflevector <8 x float> %1407, <8 x float> undef, <8 x i32> zeroinitializer
  %1408 = load <8 x float>, <8 x float>* %32, align 32
  %1409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1359, <8 x float> %1408)
  store <8 x float> %1409, <8 x float>* %32, align 32
  %1410 = load <8 x float>, <8 x float>* %26, align 32
  %1411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1363, <8 x float> %1410)
  store <8 x float> %1411, <8 x float>* %26, align 32
  %1412 = add i64 %1355, 8
  %1413 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1412
  %1414 = bitcast float* %1413 to <8 x float>*
  %1415 = load <8 x float>, <8 x float>* %1414, align 4
  %1416 = add i64 %1355, 36872
  %1417 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1416
  %1418 = bitcast float* %1417 to <8 x float>*
  %1419 = load <8 x float>, <8 x float>* %1418, align 4
  %1420 = add i64 %1351, 97
  %1421 = getelementptr inbounds float, float* %2, i64 %1420
  %1422 = load float, float* %1421, align 4
  %1423 = insertelement <8 x float> undef, float %1422, i32 0
  %splat129 = shufflevector <8 x float> %1423, <8 x float> undef, <8 x i32> zeroinitializer
  %1424 = load <8 x float>, <8 x float>* %37, align 32
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1415, <8 x float> %1424)
  store <8 x float> %1425, <8 x float>* %37, align 32
  %1426 = load <8 x float>, <8 x float>* %31, align 32
  %1427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1419, <8 x float> %1426)
  store <8 x float> %1427, <8 x float>* %31, align 32
  %1428 = add i64 %1351, 105
  %1429 = getelementptr inbounds float, float* %2, i64 %1428
  %1430 = load float, float* %1429, align 4
  %1431 = insertelement <8 x float> undef, float %1430, i32 0
  %splat130 = shufflevector <8 x float> %1431, <8 x float> undef, <8 x i32> zeroinitializer
  %1432 = load <8 x float>, <8 x float>* %36, align 32
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1415, <8 x float> %1432)
  store <8 x float> %1433, <8 x float>* %36, align 32
  %1434 = load <8 x float>, <8 x float>* %30, align 32
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1419, <8 x float> %1434)
  store <8 x float> %1435, <8 x float>* %30, align 32
  %1436 = add i64 %1351, 129
  %1437 = getelementptr inbounds float, float* %2, i64 %1436
  %1438 = load float, float* %1437, align 4
  %1439 = insertelement <8 x float> undef, float %1438, i32 0
  %splat131 = shufflevector <8 x float> %1439, <8 x float> undef, <8 x i32> zeroinitializer
  %1440 = load <8 x float>, <8 x float>* %35, align 32
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1415, <8 x float> %1440)
  store <8 x float> %1441, <8 x float>* %35, align 32
  %1442 = load <8 x float>, <8 x float>* %29, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1419, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %29, align 32
  %1444 = add i64 %1351, 137
  %1445 = getelementptr inbounds float, float* %2, i64 %1444
  %1446 = load float, float* %1445, align 4
  %1447 = insertelement <8 x float> undef, float %1446, i32 0
  %splat132 = shufflevector <8 x float> %1447, <8 x float> undef, <8 x i32> zeroinitializer
  %1448 = load <8 x float>, <8 x float>* %34, align 32
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1415, <8 x float> %1448)
  store <8 x float> %1449, <8 x float>* %34, align 32
  %1450 = load <8 x float>, <8 x float>* %28, align 32
  %1451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1419, <8 x float> %1450)
  store <8 x float> %1451, <8 x float>* %28, align 32
  %1452 = add i64 %1351, 145
  %1453 = getelementptr inbounds float, float* %2, i64 %1452
  %1454 = load float, float* %1453, align 4
  %1455 = insertelement <8 x float> undef, float %1454, i32 0
  %splat133 = shufflevector <8 x float> %1455, <8 x float> undef, <8 x i32> zeroinitializer
  %1456 = load <8 x float>, <8 x float>* %33, align 32
  %1457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1415, <8 x float> %1456)
  store <8 x float> %1457, <8 x float>* %33, align 32
  %1458 = load <8 x float>, <8 x float>* %27, align 32
  %1459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1419, <8 x float> %1458)
  store <8 x float> %1459, <8 x float>* %27, align 32
  %1460 = add i64 %1351, 153
  %1461 = getelementptr inbounds float, float* %2, i64 %1460
  %1462 = load float, float* %1461, align 4
  %1463 = insertelement <8 x float> undef, float %1462, i32 0
  %splat134 = shufflevector <8 x float> %1463, <8 x float> undef, <8 x i32> zeroinitializer
  %1464 = load <8 x float>, <8 x float>* %32, align 32
  %1465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1415, <8 x float> %1464)
  store <8 x float> %1465, <8 x float>* %32, align 32
  %1466 = load <8 x float>, <8 x float>* %26, align 32
  %1467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1419, <8 x float> %1466)
  store <8 x float> %1467, <8 x float>* %26, align 32
  %1468 = add i64 %1355, 16
  %1469 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1468
  %1470 = bitcast float* %1469 to <8 x float>*
  %1471 = load <8 x float>, <8 x float>* %1470, align 4
  %1472 = add i64 %1355, 36880
  %1473 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1472
  %1474 = bitcast float* %1473 to <8 x float>*
  %1475 = load <8 x float>, <8 x float>* %1474, align 4
  %1476 = add i64 %1351, 98
  %1477 = getelementptr inbounds float, float* %2, i64 %1476
  %1478 = load float, float* %1477, align 4
  %1479 = insertelement <8 x float> undef, float %1478, i32 0
  %splat135 = shufflevector <8 x float> %1479, <8 x float> undef, <8 x i32> zeroinitializer
  %1480 = load <8 x float>, <8 x float>* %37, align 32
  %1481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1471, <8 x float> %1480)
  store <8 x float> %1481, <8 x float>* %37, align 32
  %1482 = load <8 x float>, <8 x float>* %31, align 32
  %1483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1475, <8 x float> %1482)
  store <8 x float> %1483, <8 x float>* %31, align 32
  %1484 = add i64 %1351, 106
  %1485 = getelementptr inbounds float, float* %2, i64 %1484
  %1486 = load float, float* %1485, align 4
  %1487 = insertelement <8 x float> undef, float %1486, i32 0
  %splat136 = shufflevector <8 x float> %1487, <8 x float> undef, <8 x i32> zeroinitializer
  %1488 = load <8 x float>, <8 x float>* %36, align 32
  %1489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1471, <8 x float> %1488)
  store <8 x float> %1489, <8 x float>* %36, align 32
  %1490 = load <8 x float>, <8 x float>* %30, align 32
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1475, <8 x float> %1490)
  store <8 x float> %1491, <8 x float>* %30, align 32
  %1492 = add i64 %1351, 130
  %1493 = getelementptr inbounds float, float* %2, i64 %1492
  %1494 = load float, float* %1493, align 4
  %1495 = insertelement <8 x float> undef, float %1494, i32 0
  %splat137 = shufflevector <8 x float> %1495, <8 x float> undef, <8 x i32> zeroinitializer
  %1496 = load <8 x float>, <8 x float>* %35, align 32
  %1497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1471, <8 x float> %1496)
  store <8 x float> %1497, <8 x float>* %35, align 32
  %1498 = load <8 x float>, <8 x float>* %29, align 32
  %1499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1475, <8 x float> %1498)
  store <8 x float> %1499, <8 x float>* %29, align 32
  %1500 = add i64 %1351, 138
  %1501 = getelementptr inbounds float, float* %2, i64 %1500
  %1502 = load float, float* %1501, align 4
  %1503 = insertelement <8 x float> undef, float %1502, i32 0
  %splat138 = shufflevector <8 x float> %1503, <8 x float> undef, <8 x i32> zeroinitializer
  %1504 = load <8 x float>, <8 x float>* %34, align 32
  %1505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1471, <8 x float> %1504)
  store <8 x float> %1505, <8 x float>* %34, align 32
  %1506 = load <8 x float>, <8 x float>* %28, align 32
  %1507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1475, <8 x float> %1506)
  store <8 x float> %1507, <8 x float>* %28, align 32
  %1508 = add i64 %1351, 146
  %1509 = getelementptr inbounds float, float* %2, i64 %1508
  %1510 = load float, float* %1509, align 4
  %1511 = insertelement <8 x float> undef, float %1510, i32 0
  %splat139 = shufflevector <8 x float> %1511, <8 x float> undef, <8 x i32> zeroinitializer
  %1512 = load <8 x float>, <8 x float>* %33, align 32
  %1513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1471, <8 x float> %1512)
  store <8 x float> %1513, <8 x float>* %33, align 32
  %1514 = load <8 x float>, <8 x float>* %27, align 32
  %1515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1475, <8 x float> %1514)
  store <8 x float> %1515, <8 x float>* %27, align 32
  %1516 = add i64 %1351, 154
  %1517 = getelementptr inbounds float, float* %2, i64 %1516
  %1518 = load float, float* %1517, align 4
  %1519 = insertelement <8 x float> undef, float %1518, i32 0
  %splat140 = shufflevector <8 x float> %1519, <8 x float> undef, <8 x i32> zeroinitializer
  %1520 = load <8 x float>, <8 x float>* %32, align 32
  %1521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1471, <8 x float> %1520)
  store <8 x float> %1521, <8 x float>* %32, align 32
  %1522 = load <8 x float>, <8 x float>* %26, align 32
  %1523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1475, <8 x float> %1522)
  store <8 x float> %1523, <8 x float>* %26, align 32
  %1524 = add i64 %1355, 24
  %1525 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1524
  %1526 = bitcast float* %1525 to <8 x float>*
  %1527 = load <8 x float>, <8 x float>* %1526, align 4
  %1528 = add i64 %1355, 36888
  %1529 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1528
  %1530 = bitcast float* %1529 to <8 x float>*
  %1531 = load <8 x float>, <8 x float>* %1530, align 4
  %1532 = add i64 %1351, 99
  %1533 = getelementptr inbounds float, float* %2, i64 %1532
  %1534 = load float, float* %1533, align 4
  %1535 = insertelement <8 x float> undef, float %1534, i32 0
  %splat141 = shufflevector <8 x float> %1535, <8 x float> undef, <8 x i32> zeroinitializer
  %1536 = load <8 x float>, <8 x float>* %37, align 32
  %1537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1527, <8 x float> %1536)
  store <8 x float> %1537, <8 x float>* %37, align 32
  %1538 = load <8 x float>, <8 x float>* %31, align 32
  %1539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1531, <8 x float> %1538)
  store <8 x float> %1539, <8 x float>* %31, align 32
  %1540 = add i64 %1351, 107
  %1541 = getelementptr inbounds float, float* %2, i64 %1540
  %1542 = load float, float* %1541, align 4
  %1543 = insertelement <8 x float> undef, float %1542, i32 0
  %splat142 = shufflevector <8 x float> %1543, <8 x float> undef, <8 x i32> zeroinitializer
  %1544 = load <8 x float>, <8 x float>* %36, align 32
  %1545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1527, <8 x float> %1544)
  store <8 x float> %1545, <8 x float>* %36, align 32
  %1546 = load <8 x float>, <8 x float>* %30, align 32
  %1547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1531, <8 x float> %1546)
  store <8 x float> %1547, <8 x float>* %30, align 32
  %1548 = add i64 %1351, 131
  %1549 = getelementptr inbounds float, float* %2, i64 %1548
  %1550 = load float, float* %1549, align 4
  %1551 = insertelement <8 x float> undef, float %1550, i32 0
  %splat143 = shufflevector <8 x float> %1551, <8 x float> undef, <8 x i32> zeroinitializer
  %1552 = load <8 x float>, <8 x float>* %35, align 32
  %1553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1527, <8 x float> %1552)
  store <8 x float> %1553, <8 x float>* %35, align 32
  %1554 = load <8 x float>, <8 x float>* %29, align 32
  %1555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1531, <8 x float> %1554)
  store <8 x float> %1555, <8 x float>* %29, align 32
  %1556 = add i64 %1351, 139
  %1557 = getelementptr inbounds float, float* %2, i64 %1556
  %1558 = load float, float* %1557, align 4
  %1559 = insertelement <8 x float> undef, float %1558, i32 0
  %splat144 = shufflevector <8 x float> %1559, <8 x float> undef, <8 x i32> zeroinitializer
  %1560 = load <8 x float>, <8 x float>* %34, align 32
  %1561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1527, <8 x float> %1560)
  store <8 x float> %1561, <8 x float>* %34, align 32
  %1562 = load <8 x float>, <8 x float>* %28, align 32
  %1563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1531, <8 x float> %1562)
  store <8 x float> %1563, <8 x float>* %28, align 32
  %1564 = add i64 %1351, 147
  %1565 = getelementptr inbounds float, float* %2, i64 %1564
  %1566 = load float, float* %1565, align 4
  %1567 = insertelement <8 x float> undef, float %1566, i32 0
  %splat145 = shufflevector <8 x float> %1567, <8 x float> undef, <8 x i32> zeroinitializer
  %1568 = load <8 x float>, <8 x float>* %33, align 32
  %1569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1527, <8 x float> %1568)
  store <8 x float> %1569, <8 x float>* %33, align 32
  %1570 = load <8 x float>, <8 x float>* %27, align 32
  %1571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1531, <8 x float> %1570)
  store <8 x float> %1571, <8 x float>* %27, align 32
  %1572 = add i64 %1351, 155
  %1573 = getelementptr inbounds float, float* %2, i64 %1572
  %1574 = load float, float* %1573, align 4
  %1575 = insertelement <8 x float> undef, float %1574, i32 0
  %splat146 = shufflevector <8 x float> %1575, <8 x float> undef, <8 x i32> zeroinitializer
  %1576 = load <8 x float>, <8 x float>* %32, align 32
  %1577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1527, <8 x float> %1576)
  store <8 x float> %1577, <8 x float>* %32, align 32
  %1578 = load <8 x float>, <8 x float>* %26, align 32
  %1579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1531, <8 x float> %1578)
  store <8 x float> %1579, <8 x float>* %26, align 32
  %1580 = add i64 %1355, 32
  %1581 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1580
  %1582 = bitcast float* %1581 to <8 x float>*
  %1583 = load <8 x float>, <8 x float>* %1582, align 4
  %1584 = add i64 %1355, 36896
  %1585 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1584
  %1586 = bitcast float* %1585 to <8 x float>*
  %1587 = load <8 x float>, <8 x float>* %1586, align 4
  %1588 = add i64 %1351, 100
  %1589 = getelementptr inbounds float, float* %2, i64 %1588
  %1590 = load float, float* %1589, align 4
  %1591 = insertelement <8 x float> undef, float %1590, i32 0
  %splat147 = shufflevector <8 x float> %1591, <8 x float> undef, <8 x i32> zeroinitializer
  %1592 = load <8 x float>, <8 x float>* %37, align 32
  %1593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1583, <8 x float> %1592)
  store <8 x float> %1593, <8 x float>* %37, align 32
  %1594 = load <8 x float>, <8 x float>* %31, align 32
  %1595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1587, <8 x float> %1594)
  store <8 x float> %1595, <8 x float>* %31, align 32
  %1596 = add i64 %1351, 108
  %1597 = getelementptr inbounds float, float* %2, i64 %1596
  %1598 = load float, float* %1597, align 4
  %1599 = insertelement <8 x float> undef, float %1598, i32 0
  %splat148 = shufflevector <8 x float> %1599, <8 x float> undef, <8 x i32> zeroinitializer
  %1600 = load <8 x float>, <8 x float>* %36, align 32
  %1601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1583, <8 x float> %1600)
  store <8 x float> %1601, <8 x float>* %36, align 32
  %1602 = load <8 x float>, <8 x float>* %30, align 32
  %1603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1587, <8 x float> %1602)
  store <8 x float> %1603, <8 x float>* %30, align 32
  %1604 = add i64 %1351, 132
  %1605 = getelementptr inbounds float, float* %2, i64 %1604
  %1606 = load float, float* %1605, align 4
  %1607 = insertelement <8 x float> undef, float %1606, i32 0
  %splat149 = shufflevector <8 x float> %1607, <8 x float> undef, <8 x i32> zeroinitializer
  %1608 = load <8 x float>, <8 x float>* %35, align 32
  %1609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1583, <8 x float> %1608)
  store <8 x float> %1609, <8 x float>* %35, align 32
  %1610 = load <8 x float>, <8 x float>* %29, align 32
  %1611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1587, <8 x float> %1610)
  store <8 x float> %1611, <8 x float>* %29, align 32
  %1612 = add i64 %1351, 140
  %1613 = getelementptr inbounds float, float* %2, i64 %1612
  %1614 = load float, float* %1613, align 4
  %1615 = insertelement <8 x float> undef, float %1614, i32 0
  %splat150 = shufflevector <8 x float> %1615, <8 x float> undef, <8 x i32> zeroinitializer
  %1616 = load <8 x float>, <8 x float>* %34, align 32
  %1617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1583, <8 x float> %1616)
  store <8 x float> %1617, <8 x float>* %34, align 32
  %1618 = load <8 x float>, <8 x float>* %28, align 32
  %1619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1587, <8 x float> %1618)
  store <8 x float> %1619, <8 x float>* %28, align 32
  %1620 = add i64 %1351, 148
  %1621 = getelementptr inbounds float, float* %2, i64 %1620
  %1622 = load float, float* %1621, align 4
  %1623 = insertelement <8 x float> undef, float %1622, i32 0
  %splat151 = shufflevector <8 x float> %1623, <8 x float> undef, <8 x i32> zeroinitializer
  %1624 = load <8 x float>, <8 x float>* %33, align 32
  %1625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1583, <8 x float> %1624)
  store <8 x float> %1625, <8 x float>* %33, align 32
  %1626 = load <8 x float>, <8 x float>* %27, align 32
  %1627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1587, <8 x float> %1626)
  store <8 x float> %1627, <8 x float>* %27, align 32
  %1628 = add i64 %1351, 156
  %1629 = getelementptr inbounds float, float* %2, i64 %1628
  %1630 = load float, float* %1629, align 4
  %1631 = insertelement <8 x float> undef, float %1630, i32 0
  %splat152 = shufflevector <8 x float> %1631, <8 x float> undef, <8 x i32> zeroinitializer
  %1632 = load <8 x float>, <8 x float>* %32, align 32
  %1633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1583, <8 x float> %1632)
  store <8 x float> %1633, <8 x float>* %32, align 32
  %1634 = load <8 x float>, <8 x float>* %26, align 32
  %1635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1587, <8 x float> %1634)
  store <8 x float> %1635, <8 x float>* %26, align 32
  %1636 = add i64 %1355, 40
  %1637 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1636
  %1638 = bitcast float* %1637 to <8 x float>*
  %1639 = load <8 x float>, <8 x float>* %1638, align 4
  %1640 = add i64 %1355, 36904
  %1641 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1640
  %1642 = bitcast float* %1641 to <8 x float>*
  %1643 = load <8 x float>, <8 x float>* %1642, align 4
  %1644 = add i64 %1351, 101
  %1645 = getelementptr inbounds float, float* %2, i64 %1644
  %1646 = load float, float* %1645, align 4
  %1647 = insertelement <8 x float> undef, float %1646, i32 0
  %splat153 = shufflevector <8 x float> %1647, <8 x float> undef, <8 x i32> zeroinitializer
  %1648 = load <8 x float>, <8 x float>* %37, align 32
  %1649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1639, <8 x float> %1648)
  store <8 x float> %1649, <8 x float>* %37, align 32
  %1650 = load <8 x float>, <8 x float>* %31, align 32
  %1651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1643, <8 x float> %1650)
  store <8 x float> %1651, <8 x float>* %31, align 32
  %1652 = add i64 %1351, 109
  %1653 = getelementptr inbounds float, float* %2, i64 %1652
  %1654 = load float, float* %1653, align 4
  %1655 = insertelement <8 x float> undef, float %1654, i32 0
  %splat154 = shufflevector <8 x float> %1655, <8 x float> undef, <8 x i32> zeroinitializer
  %1656 = load <8 x float>, <8 x float>* %36, align 32
  %1657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1639, <8 x float> %1656)
  store <8 x float> %1657, <8 x float>* %36, align 32
  %1658 = load <8 x float>, <8 x float>* %30, align 32
  %1659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1643, <8 x float> %1658)
  store <8 x float> %1659, <8 x float>* %30, align 32
  %1660 = add i64 %1351, 133
  %1661 = getelementptr inbounds float, float* %2, i64 %1660
  %1662 = load float, float* %1661, align 4
  %1663 = insertelement <8 x float> undef, float %1662, i32 0
  %splat155 = shufflevector <8 x float> %1663, <8 x float> undef, <8 x i32> zeroinitializer
  %1664 = load <8 x float>, <8 x float>* %35, align 32
  %1665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1639, <8 x float> %1664)
  store <8 x float> %1665, <8 x float>* %35, align 32
  %1666 = load <8 x float>, <8 x float>* %29, align 32
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1643, <8 x float> %1666)
  store <8 x float> %1667, <8 x float>* %29, align 32
  %1668 = add i64 %1351, 141
  %1669 = getelementptr inbounds float, float* %2, i64 %1668
  %1670 = load float, float* %1669, align 4
  %1671 = insertelement <8 x float> undef, float %1670, i32 0
  %splat156 = shufflevector <8 x float> %1671, <8 x float> undef, <8 x i32> zeroinitializer
  %1672 = load <8 x float>, <8 x float>* %34, align 32
  %1673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1639, <8 x float> %1672)
  store <8 x float> %1673, <8 x float>* %34, align 32
  %1674 = load <8 x float>, <8 x float>* %28, align 32
  %1675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1643, <8 x float> %1674)
  store <8 x float> %1675, <8 x float>* %28, align 32
  %1676 = add i64 %1351, 149
  %1677 = getelementptr inbounds float, float* %2, i64 %1676
  %1678 = load float, float* %1677, align 4
  %1679 = insertelement <8 x float> undef, float %1678, i32 0
  %splat157 = shufflevector <8 x float> %1679, <8 x float> undef, <8 x i32> zeroinitializer
  %1680 = load <8 x float>, <8 x float>* %33, align 32
  %1681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1639, <8 x float> %1680)
  store <8 x float> %1681, <8 x float>* %33, align 32
  %1682 = load <8 x float>, <8 x float>* %27, align 32
  %1683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1643, <8 x float> %1682)
  store <8 x float> %1683, <8 x float>* %27, align 32
  %1684 = add i64 %1351, 157
  %1685 = getelementptr inbounds float, float* %2, i64 %1684
  %1686 = load float, float* %1685, align 4
  %1687 = insertelement <8 x float> undef, float %1686, i32 0
  %splat158 = shufflevector <8 x float> %1687, <8 x float> undef, <8 x i32> zeroinitializer
  %1688 = load <8 x float>, <8 x float>* %32, align 32
  %1689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1639, <8 x float> %1688)
  store <8 x float> %1689, <8 x float>* %32, align 32
  %1690 = load <8 x float>, <8 x float>* %26, align 32
  %1691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1643, <8 x float> %1690)
  store <8 x float> %1691, <8 x float>* %26, align 32
  %1692 = add i64 %1355, 48
  %1693 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1692
  %1694 = bitcast float* %1693 to <8 x float>*
  %1695 = load <8 x float>, <8 x float>* %1694, align 4
  %1696 = add i64 %1355, 36912
  %1697 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1696
  %1698 = bitcast float* %1697 to <8 x float>*
  %1699 = load <8 x float>, <8 x float>* %1698, align 4
  %1700 = add i64 %1351, 102
  %1701 = getelementptr inbounds float, float* %2, i64 %1700
  %1702 = load float, float* %1701, align 4
  %1703 = insertelement <8 x float> undef, float %1702, i32 0
  %splat159 = shufflevector <8 x float> %1703, <8 x float> undef, <8 x i32> zeroinitializer
  %1704 = load <8 x float>, <8 x float>* %37, align 32
  %1705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1695, <8 x float> %1704)
  store <8 x float> %1705, <8 x float>* %37, align 32
  %1706 = load <8 x float>, <8 x float>* %31, align 32
  %1707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1699, <8 x float> %1706)
  store <8 x float> %1707, <8 x float>* %31, align 32
  %1708 = add i64 %1351, 110
  %1709 = getelementptr inbounds float, float* %2, i64 %1708
  %1710 = load float, float* %1709, align 4
  %1711 = insertelement <8 x float> undef, float %1710, i32 0
  %splat160 = shufflevector <8 x float> %1711, <8 x float> undef, <8 x i32> zeroinitializer
  %1712 = load <8 x float>, <8 x float>* %36, align 32
  %1713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1695, <8 x float> %1712)
  store <8 x float> %1713, <8 x float>* %36, align 32
  %1714 = load <8 x float>, <8 x float>* %30, align 32
  %1715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1699, <8 x float> %1714)
  store <8 x float> %1715, <8 x float>* %30, align 32
  %1716 = add i64 %1351, 134
  %1717 = getelementptr inbounds float, float* %2, i64 %1716
  %1718 = load float, float* %1717, align 4
  %1719 = insertelement <8 x float> undef, float %1718, i32 0
  %splat161 = shufflevector <8 x float> %1719, <8 x float> undef, <8 x i32> zeroinitializer
  %1720 = load <8 x float>, <8 x float>* %35, align 32
  %1721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1695, <8 x float> %1720)
  store <8 x float> %1721, <8 x float>* %35, align 32
  %1722 = load <8 x float>, <8 x float>* %29, align 32
  %1723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1699, <8 x float> %1722)
  store <8 x float> %1723, <8 x float>* %29, align 32
  %1724 = add i64 %1351, 142
  %1725 = getelementptr inbounds float, float* %2, i64 %1724
  %1726 = load float, float* %1725, align 4
  %1727 = insertelement <8 x float> undef, float %1726, i32 0
  %splat162 = shufflevector <8 x float> %1727, <8 x float> undef, <8 x i32> zeroinitializer
  %1728 = load <8 x float>, <8 x float>* %34, align 32
  %1729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1695, <8 x float> %1728)
  store <8 x float> %1729, <8 x float>* %34, align 32
  %1730 = load <8 x float>, <8 x float>* %28, align 32
  %1731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1699, <8 x float> %1730)
  store <8 x float> %1731, <8 x float>* %28, align 32
  %1732 = add i64 %1351, 150
  %1733 = getelementptr inbounds float, float* %2, i64 %1732
  %1734 = load float, float* %1733, align 4
  %1735 = insertelement <8 x float> undef, float %1734, i32 0
  %splat163 = shufflevector <8 x float> %1735, <8 x float> undef, <8 x i32> zeroinitializer
  %1736 = load <8 x float>, <8 x float>* %33, align 32
  %1737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1695, <8 x float> %1736)
  store <8 x float> %1737, <8 x float>* %33, align 32
  %1738 = load <8 x float>, <8 x float>* %27, align 32
  %1739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1699, <8 x float> %1738)
  store <8 x float> %1739, <8 x float>* %27, align 32
  %1740 = add i64 %1351, 158
  %1741 = getelementptr inbounds float, float* %2, i64 %1740
  %1742 = load float, float* %1741, align 4
  %1743 = insertelement <8 x float> undef, float %1742, i32 0
  %splat164 = shufflevector <8 x float> %1743, <8 x float> undef, <8 x i32> zeroinitializer
  %1744 = load <8 x float>, <8 x float>* %32, align 32
  %1745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1695, <8 x float> %1744)
  store <8 x float> %1745, <8 x float>* %32, align 32
  %1746 = load <8 x float>, <8 x float>* %26, align 32
  %1747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1699, <8 x float> %1746)
  store <8 x float> %1747, <8 x float>* %26, align 32
  %1748 = add i64 %1355, 56
  %1749 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1748
  %1750 = bitcast float* %1749 to <8 x float>*
  %1751 = load <8 x float>, <8 x float>* %1750, align 4
  %1752 = add i64 %1355, 36920
  %1753 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1752
  %1754 = bitcast float* %1753 to <8 x float>*
  %1755 = load <8 x float>, <8 x float>* %1754, align 4
  %1756 = add i64 %1351, 103
  %1757 = getelementptr inbounds float, float* %2, i64 %1756
  %1758 = load float, float* %1757, align 4
  %1759 = insertelement <8 x float> undef, float %1758, i32 0
  %splat165 = shufflevector <8 x float> %1759, <8 x float> undef, <8 x i32> zeroinitializer
  %1760 = load <8 x float>, <8 x float>* %37, align 32
  %1761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1751, <8 x float> %1760)
  store <8 x float> %1761, <8 x float>* %37, align 32
  %1762 = load <8 x float>, <8 x float>* %31, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1755, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %31, align 32
  %1764 = add i64 %1351, 111
  %1765 = getelementptr inbounds float, float* %2, i64 %1764
  %1766 = load float, float* %1765, align 4
  %1767 = insertelement <8 x float> undef, float %1766, i32 0
  %splat166 = shufflevector <8 x float> %1767, <8 x float> undef, <8 x i32> zeroinitializer
  %1768 = load <8 x float>, <8 x float>* %36, align 32
  %1769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1751, <8 x float> %1768)
  store <8 x float> %1769, <8 x float>* %36, align 32
  %1770 = load <8 x float>, <8 x float>* %30, align 32
  %1771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1755, <8 x float> %1770)
  store <8 x float> %1771, <8 x float>* %30, align 32
  %1772 = add i64 %1351, 135
  %1773 = getelementptr inbounds float, float* %2, i64 %1772
  %1774 = load float, float* %1773, align 4
  %1775 = insertelement <8 x float> undef, float %1774, i32 0
  %splat167 = shufflevector <8 x float> %1775, <8 x float> undef, <8 x i32> zeroinitializer
  %1776 = load <8 x float>, <8 x float>* %35, align 32
  %1777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1751, <8 x float> %1776)
  store <8 x float> %1777, <8 x float>* %35, align 32
  %1778 = load <8 x float>, <8 x float>* %29, align 32
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1755, <8 x float> %1778)
  store <8 x float> %1779, <8 x float>* %29, align 32
  %1780 = add i64 %1351, 143
  %1781 = getelementptr inbounds float, float* %2, i64 %1780
  %1782 = load float, float* %1781, align 4
  %1783 = insertelement <8 x float> undef, float %1782, i32 0
  %splat168 = shufflevector <8 x float> %1783, <8 x float> undef, <8 x i32> zeroinitializer
  %1784 = load <8 x float>, <8 x float>* %34, align 32
  %1785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1751, <8 x float> %1784)
  store <8 x float> %1785, <8 x float>* %34, align 32
  %1786 = load <8 x float>, <8 x float>* %28, align 32
  %1787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1755, <8 x float> %1786)
  store <8 x float> %1787, <8 x float>* %28, align 32
  %1788 = add i64 %1351, 151
  %1789 = getelementptr inbounds float, float* %2, i64 %1788
  %1790 = load float, float* %1789, align 4
  %1791 = insertelement <8 x float> undef, float %1790, i32 0
  %splat169 = shufflevector <8 x float> %1791, <8 x float> undef, <8 x i32> zeroinitializer
  %1792 = load <8 x float>, <8 x float>* %33, align 32
  %1793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1751, <8 x float> %1792)
  store <8 x float> %1793, <8 x float>* %33, align 32
  %1794 = load <8 x float>, <8 x float>* %27, align 32
  %1795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1755, <8 x float> %1794)
  store <8 x float> %1795, <8 x float>* %27, align 32
  %1796 = add i64 %1351, 159
  %1797 = getelementptr inbounds float, float* %2, i64 %1796
  %1798 = load float, float* %1797, align 4
  %1799 = insertelement <8 x float> undef, float %1798, i32 0
  %splat170 = shufflevector <8 x float> %1799, <8 x float> undef, <8 x i32> zeroinitializer
  %1800 = load <8 x float>, <8 x float>* %32, align 32
  %1801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1751, <8 x float> %1800)
  store <8 x float> %1801, <8 x float>* %32, align 32
  %1802 = load <8 x float>, <8 x float>* %26, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1755, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %26, align 32
  %kw.next171 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next172 = add i64 %kh118, 1
  br label %kh.header115

u.header174:                                      ; preds = %kh.exit180, %u.exit113
  %u177 = phi i64 [ 0, %u.exit113 ], [ %u.next236, %kh.exit180 ]
  %1804 = icmp slt i64 %u177, 64
  br i1 %1804, label %u.body175, label %u.exit176

u.body175:                                        ; preds = %u.header174
  %1805 = mul i64 %u177, 2048
  %1806 = add i64 %1345, %1805
  %1807 = mul i64 %u177, 576
  %1808 = add i64 %77, %1807
  br label %kh.header178

u.exit176:                                        ; preds = %u.header174
  %1809 = mul i64 %69, 64
  %1810 = add i64 %1809, %72
  %1811 = add i64 %1810, 0
  %1812 = mul i64 %1811, 14
  %1813 = add i64 %1812, %66
  %1814 = mul i64 %1813, 14
  %1815 = add i64 %1814, 18
  %1816 = mul i64 %1815, 8
  %1817 = load <8 x float>, <8 x float>* %25, align 32
  %1818 = fcmp ogt <8 x float> %1817, zeroinitializer
  %1819 = select <8 x i1> %1818, <8 x float> %1817, <8 x float> zeroinitializer
  %1820 = getelementptr inbounds float, float* %0, i64 %1816
  %1821 = bitcast float* %1820 to <8 x float>*
  store <8 x float> %1819, <8 x float>* %1821, align 4
  %1822 = add i64 %1814, 19
  %1823 = mul i64 %1822, 8
  %1824 = load <8 x float>, <8 x float>* %24, align 32
  %1825 = fcmp ogt <8 x float> %1824, zeroinitializer
  %1826 = select <8 x i1> %1825, <8 x float> %1824, <8 x float> zeroinitializer
  %1827 = getelementptr inbounds float, float* %0, i64 %1823
  %1828 = bitcast float* %1827 to <8 x float>*
  store <8 x float> %1826, <8 x float>* %1828, align 4
  %1829 = add i64 %1814, 20
  %1830 = mul i64 %1829, 8
  %1831 = load <8 x float>, <8 x float>* %23, align 32
  %1832 = fcmp ogt <8 x float> %1831, zeroinitializer
  %1833 = select <8 x i1> %1832, <8 x float> %1831, <8 x float> zeroinitializer
  %1834 = getelementptr inbounds float, float* %0, i64 %1830
  %1835 = bitcast float* %1834 to <8 x float>*
  store <8 x float> %1833, <8 x float>* %1835, align 4
  %1836 = add i64 %1814, 21
  %1837 = mul i64 %1836, 8
  %1838 = load <8 x float>, <8 x float>* %22, align 32
  %1839 = fcmp ogt <8 x float> %1838, zeroinitializer
  %1840 = select <8 x i1> %1839, <8 x float> %1838, <8 x float> zeroinitializer
  %1841 = getelementptr inbounds float, float* %0, i64 %1837
  %1842 = bitcast float* %1841 to <8 x float>*
  store <8 x float> %1840, <8 x float>* %1842, align 4
  %1843 = add i64 %1814, 22
  %1844 = mul i64 %1843, 8
  %1845 = load <8 x float>, <8 x float>* %21, align 32
  %1846 = fcmp ogt <8 x float> %1845, zeroinitializer
  %1847 = select <8 x i1> %1846, <8 x float> %1845, <8 x float> zeroinitializer
  %1848 = getelementptr inbounds float, float* %0, i64 %1844
  %1849 = bitcast float* %1848 to <8 x float>*
  store <8 x float> %1847, <8 x float>* %1849, align 4
  %1850 = add i64 %1814, 23
  %1851 = mul i64 %1850, 8
  %1852 = load <8 x float>, <8 x float>* %20, align 32
  %1853 = fcmp ogt <8 x float> %1852, zeroinitializer
  %1854 = select <8 x i1> %1853, <8 x float> %1852, <8 x float> zeroinitializer
  %1855 = getelementptr inbounds float, float* %0, i64 %1851
  %1856 = bitcast float* %1855 to <8 x float>*
  store <8 x float> %1854, <8 x float>* %1856, align 4
  %1857 = mul i64 %69, 64
  %1858 = add i64 %1857, %72
  %1859 = add i64 %1858, 1
  %1860 = mul i64 %1859, 14
  %1861 = add i64 %1860, %66
  %1862 = mul i64 %1861, 14
  %1863 = add i64 %1862, 18
  %1864 = mul i64 %1863, 8
  %1865 = load <8 x float>, <8 x float>* %19, align 32
  %1866 = fcmp ogt <8 x float> %1865, zeroinitializer
  %1867 = select <8 x i1> %1866, <8 x float> %1865, <8 x float> zeroinitializer
  %1868 = getelementptr inbounds float, float* %0, i64 %1864
  %1869 = bitcast float* %1868 to <8 x float>*
  store <8 x float> %1867, <8 x float>* %1869, align 4
  %1870 = add i64 %1862, 19
  %1871 = mul i64 %1870, 8
  %1872 = load <8 x float>, <8 x float>* %18, align 32
  %1873 = fcmp ogt <8 x float> %1872, zeroinitializer
  %1874 = select <8 x i1> %1873, <8 x float> %1872, <8 x float> zeroinitializer
  %1875 = getelementptr inbounds float, float* %0, i64 %1871
  %1876 = bitcast float* %1875 to <8 x float>*
  store <8 x float> %1874, <8 x float>* %1876, align 4
  %1877 = add i64 %1862, 20
  %1878 = mul i64 %1877, 8
  %1879 = load <8 x float>, <8 x float>* %17, align 32
  %1880 = fcmp ogt <8 x float> %1879, zeroinitializer
  %1881 = select <8 x i1> %1880, <8 x float> %1879, <8 x float> zeroinitializer
  %1882 = getelementptr inbounds float, float* %0, i64 %1878
  %1883 = bitcast float* %1882 to <8 x float>*
  store <8 x float> %1881, <8 x float>* %1883, align 4
  %1884 = add i64 %1862, 21
  %1885 = mul i64 %1884, 8
  %1886 = load <8 x float>, <8 x float>* %16, align 32
  %1887 = fcmp ogt <8 x float> %1886, zeroinitializer
  %1888 = select <8 x i1> %1887, <8 x float> %1886, <8 x float> zeroinitializer
  %1889 = getelementptr inbounds float, float* %0, i64 %1885
  %1890 = bitcast float* %1889 to <8 x float>*
  store <8 x float> %1888, <8 x float>* %1890, align 4
  %1891 = add i64 %1862, 22
  %1892 = mul i64 %1891, 8
  %1893 = load <8 x float>, <8 x float>* %15, align 32
  %1894 = fcmp ogt <8 x float> %1893, zeroinitializer
  %1895 = select <8 x i1> %1894, <8 x float> %1893, <8 x float> zeroinitializer
  %1896 = getelementptr inbounds float, float* %0, i64 %1892
  %1897 = bitcast float* %1896 to <8 x float>*
  store <8 x float> %1895, <8 x float>* %1897, align 4
  %1898 = add i64 %1862, 23
  %1899 = mul i64 %1898, 8
  %1900 = load <8 x float>, <8 x float>* %14, align 32
  %1901 = fcmp ogt <8 x float> %1900, zeroinitializer
  %1902 = select <8 x i1> %1901, <8 x float> %1900, <8 x float> zeroinitializer
  %1903 = getelementptr inbounds float, float* %0, i64 %1899
  %1904 = bitcast float* %1903 to <8 x float>*
  store <8 x float> %1902, <8 x float>* %1904, align 4
  %1905 = add i64 %72, 0
  %1906 = mul i64 %1905, 8
  %1907 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1906
  %1908 = bitcast float* %1907 to <8 x float>*
  %1909 = load <8 x float>, <8 x float>* %1908, align 4
  store <8 x float> %1909, <8 x float>* %13, align 32
  store <8 x float> %1909, <8 x float>* %12, align 32
  store <8 x float> %1909, <8 x float>* %11, align 32
  store <8 x float> %1909, <8 x float>* %10, align 32
  %1910 = add i64 %72, 1
  %1911 = mul i64 %1910, 8
  %1912 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1911
  %1913 = bitcast float* %1912 to <8 x float>*
  %1914 = load <8 x float>, <8 x float>* %1913, align 4
  store <8 x float> %1914, <8 x float>* %9, align 32
  store <8 x float> %1914, <8 x float>* %8, align 32
  store <8 x float> %1914, <8 x float>* %7, align 32
  store <8 x float> %1914, <8 x float>* %6, align 32
  %1915 = add i64 %78, 0
  %1916 = add i64 %76, %1915
  br label %u.header237

kh.header178:                                     ; preds = %kw.exit184, %u.body175
  %kh181 = phi i64 [ 0, %u.body175 ], [ %kh.next235, %kw.exit184 ]
  %1917 = icmp slt i64 %kh181, 3
  br i1 %1917, label %kh.body179, label %kh.exit180

kh.body179:                                       ; preds = %kh.header178
  %1918 = mul i64 %kh181, 128
  %1919 = add i64 %1806, %1918
  br label %kw.header182

kh.exit180:                                       ; preds = %kh.header178
  %u.next236 = add i64 %u177, 1
  br label %u.header174

kw.header182:                                     ; preds = %kw.body183, %kh.body179
  %kw185 = phi i64 [ 0, %kh.body179 ], [ %kw.next234, %kw.body183 ]
  %1920 = icmp slt i64 %kw185, 3
  br i1 %1920, label %kw.body183, label %kw.exit184

kw.body183:                                       ; preds = %kw.header182
  %1921 = mul i64 %kw185, 8
  %1922 = add i64 %1919, %1921
  %1923 = mul i64 %kh181, 3
  %1924 = add i64 %1923, %kw185
  %1925 = mul i64 %1924, 64
  %1926 = add i64 %1808, %1925
  %1927 = add i64 %1926, 0
  %1928 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1927
  %1929 = bitcast float* %1928 to <8 x float>*
  %1930 = load <8 x float>, <8 x float>* %1929, align 4
  %1931 = add i64 %1926, 36864
  %1932 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1931
  %1933 = bitcast float* %1932 to <8 x float>*
  %1934 = load <8 x float>, <8 x float>* %1933, align 4
  %1935 = add i64 %1922, 160
  %1936 = getelementptr inbounds float, float* %2, i64 %1935
  %1937 = load float, float* %1936, align 4
  %1938 = insertelement <8 x float> undef, float %1937, i32 0
  %splat186 = shufflevector <8 x float> %1938, <8 x float> undef, <8 x i32> zeroinitializer
  %1939 = load <8 x float>, <8 x float>* %25, align 32
  %1940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1930, <8 x float> %1939)
  store <8 x float> %1940, <8 x float>* %25, align 32
  %1941 = load <8 x float>, <8 x float>* %19, align 32
  %1942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1934, <8 x float> %1941)
  store <8 x float> %1942, <8 x float>* %19, align 32
  %1943 = add i64 %1922, 168
  %1944 = getelementptr inbounds float, float* %2, i64 %1943
  %1945 = load float, float* %1944, align 4
  %1946 = insertelement <8 x float> undef, float %1945, i32 0
  %splat187 = shufflevector <8 x float> %1946, <8 x float> undef, <8 x i32> zeroinitializer
  %1947 = load <8 x float>, <8 x float>* %24, align 32
  %1948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1930, <8 x float> %1947)
  store <8 x float> %1948, <8 x float>* %24, align 32
  %1949 = load <8 x float>, <8 x float>* %18, align 32
  %1950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1934, <8 x float> %1949)
  store <8 x float> %1950, <8 x float>* %18, align 32
  %1951 = add i64 %1922, 176
  %1952 = getelementptr inbounds float, float* %2, i64 %1951
  %1953 = load float, float* %1952, align 4
  %1954 = insertelement <8 x float> undef, float %1953, i32 0
  %splat188 = shufflevector <8 x float> %1954, <8 x float> undef, <8 x i32> zeroinitializer
  %1955 = load <8 x float>, <8 x float>* %23, align 32
  %1956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1930, <8 x float> %1955)
  store <8 x float> %1956, <8 x float>* %23, align 32
  %1957 = load <8 x float>, <8 x float>* %17, align 32
  %1958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1934, <8 x float> %1957)
  store <8 x float> %1958, <8 x float>* %17, align 32
  %1959 = add i64 %1922, 184
  %1960 = getelementptr inbounds float, float* %2, i64 %1959
  %1961 = load float, float* %1960, align 4
  %1962 = insertelement <8 x float> undef, float %1961, i32 0
  %splat189 = shufflevector <8 x float> %1962, <8 x float> undef, <8 x i32> zeroinitializer
  %1963 = load <8 x float>, <8 x float>* %22, align 32
  %1964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1930, <8 x float> %1963)
  store <8 x float> %1964, <8 x float>* %22, align 32
  %1965 = load <8 x float>, <8 x float>* %16, align 32
  %1966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1934, <8 x float> %1965)
  store <8 x float> %1966, <8 x float>* %16, align 32
  %1967 = add i64 %1922, 192
  %1968 = getelementptr inbounds float, float* %2, i64 %1967
  %1969 = load float, float* %1968, align 4
  %1970 = insertelement <8 x float> undef, float %1969, i32 0
  %splat190 = shufflevector <8 x float> %1970, <8 x float> undef, <8 x i32> zeroinitializer
  %1971 = load <8 x float>, <8 x float>* %21, align 32
  %1972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1930, <8 x float> %1971)
  store <8 x float> %1972, <8 x float>* %21, align 32
  %1973 = load <8 x float>, <8 x float>* %15, align 32
  %1974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1934, <8 x float> %1973)
  store <8 x float> %1974, <8 x float>* %15, align 32
  %1975 = add i64 %1922, 200
  %1976 = getelementptr inbounds float, float* %2, i64 %1975
  %1977 = load float, float* %1976, align 4
  %1978 = insertelement <8 x float> undef, float %1977, i32 0
  %splat191 = shufflevector <8 x float> %1978, <8 x float> undef, <8 x i32> zeroinitializer
  %1979 = load <8 x float>, <8 x float>* %20, align 32
  %1980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1930, <8 x float> %1979)
  store <8 x float> %1980, <8 x float>* %20, align 32
  %1981 = load <8 x float>, <8 x float>* %14, align 32
  %1982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1934, <8 x float> %1981)
  store <8 x float> %1982, <8 x float>* %14, align 32
  %1983 = add i64 %1926, 8
  %1984 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1983
  %1985 = bitcast float* %1984 to <8 x float>*
  %1986 = load <8 x float>, <8 x float>* %1985, align 4
  %1987 = add i64 %1926, 36872
  %1988 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %1987
  %1989 = bitcast float* %1988 to <8 x float>*
  %1990 = load <8 x float>, <8 x float>* %1989, align 4
  %1991 = add i64 %1922, 161
  %1992 = getelementptr inbounds float, float* %2, i64 %1991
  %1993 = load float, float* %1992, align 4
  %1994 = insertelement <8 x float> undef, float %1993, i32 0
  %splat192 = shufflevector <8 x float> %1994, <8 x float> undef, <8 x i32> zeroinitializer
  %1995 = load <8 x float>, <8 x float>* %25, align 32
  %1996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1986, <8 x float> %1995)
  store <8 x float> %1996, <8 x float>* %25, align 32
  %1997 = load <8 x float>, <8 x float>* %19, align 32
  %1998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1990, <8 x float> %1997)
  store <8 x float> %1998, <8 x float>* %19, align 32
  %1999 = add i64 %1922, 169
  %2000 = getelementptr inbounds float, float* %2, i64 %1999
  %2001 = load float, float* %2000, align 4
  %2002 = insertelement <8 x float> undef, float %2001, i32 0
  %splat193 = shufflevector <8 x float> %2002, <8 x float> undef, <8 x i32> zeroinitializer
  %2003 = load <8 x float>, <8 x float>* %24, align 32
  %2004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1986, <8 x float> %2003)
  store <8 x float> %2004, <8 x float>* %24, align 32
  %2005 = load <8 x float>, <8 x float>* %18, align 32
  %2006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1990, <8 x float> %2005)
  store <8 x float> %2006, <8 x float>* %18, align 32
  %2007 = add i64 %1922, 177
  %2008 = getelementptr inbounds float, float* %2, i64 %2007
  %2009 = load float, float* %2008, align 4
  %2010 = insertelement <8 x float> undef, float %2009, i32 0
  %splat194 = shufflevector <8 x float> %2010, <8 x float> undef, <8 x i32> zeroinitializer
  %2011 = load <8 x float>, <8 x float>* %23, align 32
  %2012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1986, <8 x float> %2011)
  store <8 x float> %2012, <8 x float>* %23, align 32
  %2013 = load <8 x float>, <8 x float>* %17, align 32
  %2014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1990, <8 x float> %2013)
  store <8 x float> %2014, <8 x float>* %17, align 32
  %2015 = add i64 %1922, 185
  %2016 = getelementptr inbounds float, float* %2, i64 %2015
  %2017 = load float, float* %2016, align 4
  %2018 = insertelement <8 x float> undef, float %2017, i32 0
  %splat195 = shufflevector <8 x float> %2018, <8 x float> undef, <8 x i32> zeroinitializer
  %2019 = load <8 x float>, <8 x float>* %22, align 32
  %2020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1986, <8 x float> %2019)
  store <8 x float> %2020, <8 x float>* %22, align 32
  %2021 = load <8 x float>, <8 x float>* %16, align 32
  %2022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1990, <8 x float> %2021)
  store <8 x float> %2022, <8 x float>* %16, align 32
  %2023 = add i64 %1922, 193
  %2024 = getelementptr inbounds float, float* %2, i64 %2023
  %2025 = load float, float* %2024, align 4
  %2026 = insertelement <8 x float> undef, float %2025, i32 0
  %splat196 = shufflevector <8 x float> %2026, <8 x float> undef, <8 x i32> zeroinitializer
  %2027 = load <8 x float>, <8 x float>* %21, align 32
  %2028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1986, <8 x float> %2027)
  store <8 x float> %2028, <8 x float>* %21, align 32
  %2029 = load <8 x float>, <8 x float>* %15, align 32
  %2030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1990, <8 x float> %2029)
  store <8 x float> %2030, <8 x float>* %15, align 32
  %2031 = add i64 %1922, 201
  %2032 = getelementptr inbounds float, float* %2, i64 %2031
  %2033 = load float, float* %2032, align 4
  %2034 = insertelement <8 x float> undef, float %2033, i32 0
  %splat197 = shufflevector <8 x float> %2034, <8 x float> undef, <8 x i32> zeroinitializer
  %2035 = load <8 x float>, <8 x float>* %20, align 32
  %2036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1986, <8 x float> %2035)
  store <8 x float> %2036, <8 x float>* %20, align 32
  %2037 = load <8 x float>, <8 x float>* %14, align 32
  %2038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1990, <8 x float> %2037)
  store <8 x float> %2038, <8 x float>* %14, align 32
  %2039 = add i64 %1926, 16
  %2040 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2039
  %2041 = bitcast float* %2040 to <8 x float>*
  %2042 = load <8 x float>, <8 x float>* %2041, align 4
  %2043 = add i64 %1926, 36880
  %2044 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2043
  %2045 = bitcast float* %2044 to <8 x float>*
  %2046 = load <8 x float>, <8 x float>* %2045, align 4
  %2047 = add i64 %1922, 162
  %2048 = getelementptr inbounds float, float* %2, i64 %2047
  %2049 = load float, float* %2048, align 4
  %2050 = insertelement <8 x float> undef, float %2049, i32 0
  %splat198 = shufflevector <8 x float> %2050, <8 x float> undef, <8 x i32> zeroinitializer
  %2051 = load <8 x float>, <8 x float>* %25, align 32
  %2052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2042, <8 x float> %2051)
  store <8 x float> %2052, <8 x float>* %25, align 32
  %2053 = load <8 x float>, <8 x float>* %19, align 32
  %2054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2046, <8 x float> %2053)
  store <8 x float> %2054, <8 x float>* %19, align 32
  %2055 = add i64 %1922, 170
  %2056 = getelementptr inbounds float, float* %2, i64 %2055
  %2057 = load float, float* %2056, align 4
  %2058 = insertelement <8 x float> undef, float %2057, i32 0
  %splat199 = shufflevector <8 x float> %2058, <8 x float> undef, <8 x i32> zeroinitializer
  %2059 = load <8 x float>, <8 x float>* %24, align 32
  %2060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2042, <8 x float> %2059)
  store <8 x float> %2060, <8 x float>* %24, align 32
  %2061 = load <8 x float>, <8 x float>* %18, align 32
  %2062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2046, <8 x float> %2061)
  store <8 x float> %2062, <8 x float>* %18, align 32
  %2063 = add i64 %1922, 178
  %2064 = getelementptr inbounds float, float* %2, i64 %2063
  %2065 = load float, float* %2064, align 4
  %2066 = insertelement <8 x float> undef, float %2065, i32 0
  %splat200 = shufflevector <8 x float> %2066, <8 x float> undef, <8 x i32> zeroinitializer
  %2067 = load <8 x float>, <8 x float>* %23, align 32
  %2068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2042, <8 x float> %2067)
  store <8 x float> %2068, <8 x float>* %23, align 32
  %2069 = load <8 x float>, <8 x float>* %17, align 32
  %2070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2046, <8 x float> %2069)
  store <8 x float> %2070, <8 x float>* %17, align 32
  %2071 = add i64 %1922, 186
  %2072 = getelementptr inbounds float, float* %2, i64 %2071
  %2073 = load float, float* %2072, align 4
  %2074 = insertelement <8 x float> undef, float %2073, i32 0
  %splat201 = shufflevector <8 x float> %2074, <8 x float> undef, <8 x i32> zeroinitializer
  %2075 = load <8 x float>, <8 x float>* %22, align 32
  %2076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2042, <8 x float> %2075)
  store <8 x float> %2076, <8 x float>* %22, align 32
  %2077 = load <8 x float>, <8 x float>* %16, align 32
  %2078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2046, <8 x float> %2077)
  store <8 x float> %2078, <8 x float>* %16, align 32
  %2079 = add i64 %1922, 194
  %2080 = getelementptr inbounds float, float* %2, i64 %2079
  %2081 = load float, float* %2080, align 4
  %2082 = insertelement <8 x float> undef, float %2081, i32 0
  %splat202 = shufflevector <8 x float> %2082, <8 x float> undef, <8 x i32> zeroinitializer
  %2083 = load <8 x float>, <8 x float>* %21, align 32
  %2084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2042, <8 x float> %2083)
  store <8 x float> %2084, <8 x float>* %21, align 32
  %2085 = load <8 x float>, <8 x float>* %15, align 32
  %2086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2046, <8 x float> %2085)
  store <8 x float> %2086, <8 x float>* %15, align 32
  %2087 = add i64 %1922, 202
  %2088 = getelementptr inbounds float, float* %2, i64 %2087
  %2089 = load float, float* %2088, align 4
  %2090 = insertelement <8 x float> undef, float %2089, i32 0
  %splat203 = shufflevector <8 x float> %2090, <8 x float> undef, <8 x i32> zeroinitializer
  %2091 = load <8 x float>, <8 x float>* %20, align 32
  %2092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2042, <8 x float> %2091)
  store <8 x float> %2092, <8 x float>* %20, align 32
  %2093 = load <8 x float>, <8 x float>* %14, align 32
  %2094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2046, <8 x float> %2093)
  store <8 x float> %2094, <8 x float>* %14, align 32
  %2095 = add i64 %1926, 24
  %2096 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2095
  %2097 = bitcast float* %2096 to <8 x float>*
  %2098 = load <8 x float>, <8 x float>* %2097, align 4
  %2099 = add i64 %1926, 36888
  %2100 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2099
  %2101 = bitcast float* %2100 to <8 x float>*
  %2102 = load <8 x float>, <8 x float>* %2101, align 4
  %2103 = add i64 %1922, 163
  %2104 = getelementptr inbounds float, float* %2, i64 %2103
  %2105 = load float, float* %2104, align 4
  %2106 = insertelement <8 x float> undef, float %2105, i32 0
  %splat204 = shufflevector <8 x float> %2106, <8 x float> undef, <8 x i32> zeroinitializer
  %2107 = load <8 x float>, <8 x float>* %25, align 32
  %2108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2098, <8 x float> %2107)
  store <8 x float> %2108, <8 x float>* %25, align 32
  %2109 = load <8 x float>, <8 x float>* %19, align 32
  %2110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2102, <8 x float> %2109)
  store <8 x float> %2110, <8 x float>* %19, align 32
  %2111 = add i64 %1922, 171
  %2112 = getelementptr inbounds float, float* %2, i64 %2111
  %2113 = load float, float* %2112, align 4
  %2114 = insertelement <8 x float> undef, float %2113, i32 0
  %splat205 = shufflevector <8 x float> %2114, <8 x float> undef, <8 x i32> zeroinitializer
  %2115 = load <8 x float>, <8 x float>* %24, align 32
  %2116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2098, <8 x float> %2115)
  store <8 x float> %2116, <8 x float>* %24, align 32
  %2117 = load <8 x float>, <8 x float>* %18, align 32
  %2118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2102, <8 x float> %2117)
  store <8 x float> %2118, <8 x float>* %18, align 32
  %2119 = add i64 %1922, 179
  %2120 = getelementptr inbounds float, float* %2, i64 %2119
  %2121 = load float, float* %2120, align 4
  %2122 = insertelement <8 x float> undef, float %2121, i32 0
  %splat206 = shufflevector <8 x float> %2122, <8 x float> undef, <8 x i32> zeroinitializer
  %2123 = load <8 x float>, <8 x float>* %23, align 32
  %2124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2098, <8 x float> %2123)
  store <8 x float> %2124, <8 x float>* %23, align 32
  %2125 = load <8 x float>, <8 x float>* %17, align 32
  %2126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2102, <8 x float> %2125)
  store <8 x float> %2126, <8 x float>* %17, align 32
  %2127 = add i64 %1922, 187
  %2128 = getelementptr inbounds float, float* %2, i64 %2127
  %2129 = load float, float* %2128, align 4
  %2130 = insertelement <8 x float> undef, float %2129, i32 0
  %splat207 = shufflevector <8 x float> %2130, <8 x float> undef, <8 x i32> zeroinitializer
  %2131 = load <8 x float>, <8 x float>* %22, align 32
  %2132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2098, <8 x float> %2131)
  store <8 x float> %2132, <8 x float>* %22, align 32
  %2133 = load <8 x float>, <8 x float>* %16, align 32
  %2134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2102, <8 x float> %2133)
  store <8 x float> %2134, <8 x float>* %16, align 32
  %2135 = add i64 %1922, 195
  %2136 = getelementptr inbounds float, float* %2, i64 %2135
  %2137 = load float, float* %2136, align 4
  %2138 = insertelement <8 x float> undef, float %2137, i32 0
  %splat208 = shufflevector <8 x float> %2138, <8 x float> undef, <8 x i32> zeroinitializer
  %2139 = load <8 x float>, <8 x float>* %21, align 32
  %2140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2098, <8 x float> %2139)
  store <8 x float> %2140, <8 x float>* %21, align 32
  %2141 = load <8 x float>, <8 x float>* %15, align 32
  %2142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2102, <8 x float> %2141)
  store <8 x float> %2142, <8 x float>* %15, align 32
  %2143 = add i64 %1922, 203
  %2144 = getelementptr inbounds float, float* %2, i64 %2143
  %2145 = load float, float* %2144, align 4
  %2146 = insertelement <8 x float> undef, float %2145, i32 0
  %splat209 = shufflevector <8 x float> %2146, <8 x float> undef, <8 x i32> zeroinitializer
  %2147 = load <8 x float>, <8 x float>* %20, align 32
  %2148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2098, <8 x float> %2147)
  store <8 x float> %2148, <8 x float>* %20, align 32
  %2149 = load <8 x float>, <8 x float>* %14, align 32
  %2150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2102, <8 x float> %2149)
  store <8 x float> %2150, <8 x float>* %14, align 32
  %2151 = add i64 %1926, 32
  %2152 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2151
  %2153 = bitcast float* %2152 to <8 x float>*
  %2154 = load <8 x float>, <8 x float>* %2153, align 4
  %2155 = add i64 %1926, 36896
  %2156 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2155
  %2157 = bitcast float* %2156 to <8 x float>*
  %2158 = load <8 x float>, <8 x float>* %2157, align 4
  %2159 = add i64 %1922, 164
  %2160 = getelementptr inbounds float, float* %2, i64 %2159
  %2161 = load float, float* %2160, align 4
  %2162 = insertelement <8 x float> undef, float %2161, i32 0
  %splat210 = shufflevector <8 x float> %2162, <8 x float> undef, <8 x i32> zeroinitializer
  %2163 = load <8 x float>, <8 x float>* %25, align 32
  %2164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2154, <8 x float> %2163)
  store <8 x float> %2164, <8 x float>* %25, align 32
  %2165 = load <8 x float>, <8 x float>* %19, align 32
  %2166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2158, <8 x float> %2165)
  store <8 x float> %2166, <8 x float>* %19, align 32
  %2167 = add i64 %1922, 172
  %2168 = getelementptr inbounds float, float* %2, i64 %2167
  %2169 = load float, float* %2168, align 4
  %2170 = insertelement <8 x float> undef, float %2169, i32 0
  %splat211 = shufflevector <8 x float> %2170, <8 x float> undef, <8 x i32> zeroinitializer
  %2171 = load <8 x float>, <8 x float>* %24, align 32
  %2172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2154, <8 x float> %2171)
  store <8 x float> %2172, <8 x float>* %24, align 32
  %2173 = load <8 x float>, <8 x float>* %18, align 32
  %2174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2158, <8 x float> %2173)
  store <8 x float> %2174, <8 x float>* %18, align 32
  %2175 = add i64 %1922, 180
  %2176 = getelementptr inbounds float, float* %2, i64 %2175
  %2177 = load float, float* %2176, align 4
  %2178 = insertelement <8 x float> undef, float %2177, i32 0
  %splat212 = shufflevector <8 x float> %2178, <8 x float> undef, <8 x i32> zeroinitializer
  %2179 = load <8 x float>, <8 x float>* %23, align 32
  %2180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2154, <8 x float> %2179)
  store <8 x float> %2180, <8 x float>* %23, align 32
  %2181 = load <8 x float>, <8 x float>* %17, align 32
  %2182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2158, <8 x float> %2181)
  store <8 x float> %2182, <8 x float>* %17, align 32
  %2183 = add i64 %1922, 188
  %2184 = getelementptr inbounds float, float* %2, i64 %2183
  %2185 = load float, float* %2184, align 4
  %2186 = insertelement <8 x float> undef, float %2185, i32 0
  %splat213 = shufflevector <8 x float> %2186, <8 x float> undef, <8 x i32> zeroinitializer
  %2187 = load <8 x float>, <8 x float>* %22, align 32
  %2188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2154, <8 x float> %2187)
  store <8 x float> %2188, <8 x float>* %22, align 32
  %2189 = load <8 x float>, <8 x float>* %16, align 32
  %2190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2158, <8 x float> %2189)
  store <8 x float> %2190, <8 x float>* %16, align 32
  %2191 = add i64 %1922, 196
  %2192 = getelementptr inbounds float, float* %2, i64 %2191
  %2193 = load float, float* %2192, align 4
  %2194 = insertelement <8 x float> undef, float %2193, i32 0
  %splat214 = shufflevector <8 x float> %2194, <8 x float> undef, <8 x i32> zeroinitializer
  %2195 = load <8 x float>, <8 x float>* %21, align 32
  %2196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2154, <8 x float> %2195)
  store <8 x float> %2196, <8 x float>* %21, align 32
  %2197 = load <8 x float>, <8 x float>* %15, align 32
  %2198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2158, <8 x float> %2197)
  store <8 x float> %2198, <8 x float>* %15, align 32
  %2199 = add i64 %1922, 204
  %2200 = getelementptr inbounds float, float* %2, i64 %2199
  %2201 = load float, float* %2200, align 4
  %2202 = insertelement <8 x float> undef, float %2201, i32 0
  %splat215 = shufflevector <8 x float> %2202, <8 x float> undef, <8 x i32> zeroinitializer
  %2203 = load <8 x float>, <8 x float>* %20, align 32
  %2204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2154, <8 x float> %2203)
  store <8 x float> %2204, <8 x float>* %20, align 32
  %2205 = load <8 x float>, <8 x float>* %14, align 32
  %2206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2158, <8 x float> %2205)
  store <8 x float> %2206, <8 x float>* %14, align 32
  %2207 = add i64 %1926, 40
  %2208 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2207
  %2209 = bitcast float* %2208 to <8 x float>*
  %2210 = load <8 x float>, <8 x float>* %2209, align 4
  %2211 = add i64 %1926, 36904
  %2212 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2211
  %2213 = bitcast float* %2212 to <8 x float>*
  %2214 = load <8 x float>, <8 x float>* %2213, align 4
  %2215 = add i64 %1922, 165
  %2216 = getelementptr inbounds float, float* %2, i64 %2215
  %2217 = load float, float* %2216, align 4
  %2218 = insertelement <8 x float> undef, float %2217, i32 0
  %splat216 = shufflevector <8 x float> %2218, <8 x float> undef, <8 x i32> zeroinitializer
  %2219 = load <8 x float>, <8 x float>* %25, align 32
  %2220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2210, <8 x float> %2219)
  store <8 x float> %2220, <8 x float>* %25, align 32
  %2221 = load <8 x float>, <8 x float>* %19, align 32
  %2222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2214, <8 x float> %2221)
  store <8 x float> %2222, <8 x float>* %19, align 32
  %2223 = add i64 %1922, 173
  %2224 = getelementptr inbounds float, float* %2, i64 %2223
  %2225 = load float, float* %2224, align 4
  %2226 = insertelement <8 x float> undef, float %2225, i32 0
  %splat217 = shufflevector <8 x float> %2226, <8 x float> undef, <8 x i32> zeroinitializer
  %2227 = load <8 x float>, <8 x float>* %24, align 32
  %2228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2210, <8 x float> %2227)
  store <8 x float> %2228, <8 x float>* %24, align 32
  %2229 = load <8 x float>, <8 x float>* %18, align 32
  %2230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2214, <8 x float> %2229)
  store <8 x float> %2230, <8 x float>* %18, align 32
  %2231 = add i64 %1922, 181
  %2232 = getelementptr inbounds float, float* %2, i64 %2231
  %2233 = load float, float* %2232, align 4
  %2234 = insertelement <8 x float> undef, float %2233, i32 0
  %splat218 = shufflevector <8 x float> %2234, <8 x float> undef, <8 x i32> zeroinitializer
  %2235 = load <8 x float>, <8 x float>* %23, align 32
  %2236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2210, <8 x float> %2235)
  store <8 x float> %2236, <8 x float>* %23, align 32
  %2237 = load <8 x float>, <8 x float>* %17, align 32
  %2238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2214, <8 x float> %2237)
  store <8 x float> %2238, <8 x float>* %17, align 32
  %2239 = add i64 %1922, 189
  %2240 = getelementptr inbounds float, float* %2, i64 %2239
  %2241 = load float, float* %2240, align 4
  %2242 = insertelement <8 x float> undef, float %2241, i32 0
  %splat219 = shufflevector <8 x float> %2242, <8 x float> undef, <8 x i32> zeroinitializer
  %2243 = load <8 x float>, <8 x float>* %22, align 32
  %2244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2210, <8 x float> %2243)
  store <8 x float> %2244, <8 x float>* %22, align 32
  %2245 = load <8 x float>, <8 x float>* %16, align 32
  %2246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2214, <8 x float> %2245)
  store <8 x float> %2246, <8 x float>* %16, align 32
  %2247 = add i64 %1922, 197
  %2248 = getelementptr inbounds float, float* %2, i64 %2247
  %2249 = load float, float* %2248, align 4
  %2250 = insertelement <8 x float> undef, float %2249, i32 0
  %splat220 = shufflevector <8 x float> %2250, <8 x float> undef, <8 x i32> zeroinitializer
  %2251 = load <8 x float>, <8 x float>* %21, align 32
  %2252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2210, <8 x float> %2251)
  store <8 x float> %2252, <8 x float>* %21, align 32
  %2253 = load <8 x float>, <8 x float>* %15, align 32
  %2254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2214, <8 x float> %2253)
  store <8 x float> %2254, <8 x float>* %15, align 32
  %2255 = add i64 %1922, 205
  %2256 = getelementptr inbounds float, float* %2, i64 %2255
  %2257 = load float, float* %2256, align 4
  %2258 = insertelement <8 x float> undef, float %2257, i32 0
  %splat221 = shufflevector <8 x float> %2258, <8 x float> undef, <8 x i32> zeroinitializer
  %2259 = load <8 x float>, <8 x float>* %20, align 32
  %2260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2210, <8 x float> %2259)
  store <8 x float> %2260, <8 x float>* %20, align 32
  %2261 = load <8 x float>, <8 x float>* %14, align 32
  %2262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2214, <8 x float> %2261)
  store <8 x float> %2262, <8 x float>* %14, align 32
  %2263 = add i64 %1926, 48
  %2264 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2263
  %2265 = bitcast float* %2264 to <8 x float>*
  %2266 = load <8 x float>, <8 x float>* %2265, align 4
  %2267 = add i64 %1926, 36912
  %2268 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2267
  %2269 = bitcast float* %2268 to <8 x float>*
  %2270 = load <8 x float>, <8 x float>* %2269, align 4
  %2271 = add i64 %1922, 166
  %2272 = getelementptr inbounds float, float* %2, i64 %2271
  %2273 = load float, float* %2272, align 4
  %2274 = insertelement <8 x float> undef, float %2273, i32 0
  %splat222 = shufflevector <8 x float> %2274, <8 x float> undef, <8 x i32> zeroinitializer
  %2275 = load <8 x float>, <8 x float>* %25, align 32
  %2276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2266, <8 x float> %2275)
  store <8 x float> %2276, <8 x float>* %25, align 32
  %2277 = load <8 x float>, <8 x float>* %19, align 32
  %2278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2270, <8 x float> %2277)
  store <8 x float> %2278, <8 x float>* %19, align 32
  %2279 = add i64 %1922, 174
  %2280 = getelementptr inbounds float, float* %2, i64 %2279
  %2281 = load float, float* %2280, align 4
  %2282 = insertelement <8 x float> undef, float %2281, i32 0
  %splat223 = shufflevector <8 x float> %2282, <8 x float> undef, <8 x i32> zeroinitializer
  %2283 = load <8 x float>, <8 x float>* %24, align 32
  %2284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2266, <8 x float> %2283)
  store <8 x float> %2284, <8 x float>* %24, align 32
  %2285 = load <8 x float>, <8 x float>* %18, align 32
  %2286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2270, <8 x float> %2285)
  store <8 x float> %2286, <8 x float>* %18, align 32
  %2287 = add i64 %1922, 182
  %2288 = getelementptr inbounds float, float* %2, i64 %2287
  %2289 = load float, float* %2288, align 4
  %2290 = insertelement <8 x float> undef, float %2289, i32 0
  %splat224 = shufflevector <8 x float> %2290, <8 x float> undef, <8 x i32> zeroinitializer
  %2291 = load <8 x float>, <8 x float>* %23, align 32
  %2292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2266, <8 x float> %2291)
  store <8 x float> %2292, <8 x float>* %23, align 32
  %2293 = load <8 x float>, <8 x float>* %17, align 32
  %2294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2270, <8 x float> %2293)
  store <8 x float> %2294, <8 x float>* %17, align 32
  %2295 = add i64 %1922, 190
  %2296 = getelementptr inbounds float, float* %2, i64 %2295
  %2297 = load float, float* %2296, align 4
  %2298 = insertelement <8 x float> undef, float %2297, i32 0
  %splat225 = shufflevector <8 x float> %2298, <8 x float> undef, <8 x i32> zeroinitializer
  %2299 = load <8 x float>, <8 x float>* %22, align 32
  %2300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2266, <8 x float> %2299)
  store <8 x float> %2300, <8 x float>* %22, align 32
  %2301 = load <8 x float>, <8 x float>* %16, align 32
  %2302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2270, <8 x float> %2301)
  store <8 x float> %2302, <8 x float>* %16, align 32
  %2303 = add i64 %1922, 198
  %2304 = getelementptr inbounds float, float* %2, i64 %2303
  %2305 = load float, float* %2304, align 4
  %2306 = insertelement <8 x float> undef, float %2305, i32 0
  %splat226 = shufflevector <8 x float> %2306, <8 x float> undef, <8 x i32> zeroinitializer
  %2307 = load <8 x float>, <8 x float>* %21, align 32
  %2308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2266, <8 x float> %2307)
  store <8 x float> %2308, <8 x float>* %21, align 32
  %2309 = load <8 x float>, <8 x float>* %15, align 32
  %2310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2270, <8 x float> %2309)
  store <8 x float> %2310, <8 x float>* %15, align 32
  %2311 = add i64 %1922, 206
  %2312 = getelementptr inbounds float, float* %2, i64 %2311
  %2313 = load float, float* %2312, align 4
  %2314 = insertelement <8 x float> undef, float %2313, i32 0
  %splat227 = shufflevector <8 x float> %2314, <8 x float> undef, <8 x i32> zeroinitializer
  %2315 = load <8 x float>, <8 x float>* %20, align 32
  %2316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2266, <8 x float> %2315)
  store <8 x float> %2316, <8 x float>* %20, align 32
  %2317 = load <8 x float>, <8 x float>* %14, align 32
  %2318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2270, <8 x float> %2317)
  store <8 x float> %2318, <8 x float>* %14, align 32
  %2319 = add i64 %1926, 56
  %2320 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2319
  %2321 = bitcast float* %2320 to <8 x float>*
  %2322 = load <8 x float>, <8 x float>* %2321, align 4
  %2323 = add i64 %1926, 36920
  %2324 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2323
  %2325 = bitcast float* %2324 to <8 x float>*
  %2326 = load <8 x float>, <8 x float>* %2325, align 4
  %2327 = add i64 %1922, 167
  %2328 = getelementptr inbounds float, float* %2, i64 %2327
  %2329 = load float, float* %2328, align 4
  %2330 = insertelement <8 x float> undef, float %2329, i32 0
  %splat228 = shufflevector <8 x float> %2330, <8 x float> undef, <8 x i32> zeroinitializer
  %2331 = load <8 x float>, <8 x float>* %25, align 32
  %2332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2322, <8 x float> %2331)
  store <8 x float> %2332, <8 x float>* %25, align 32
  %2333 = load <8 x float>, <8 x float>* %19, align 32
  %2334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2326, <8 x float> %2333)
  store <8 x float> %2334, <8 x float>* %19, align 32
  %2335 = add i64 %1922, 175
  %2336 = getelementptr inbounds float, float* %2, i64 %2335
  %2337 = load float, float* %2336, align 4
  %2338 = insertelement <8 x float> undef, float %2337, i32 0
  %splat229 = shufflevector <8 x float> %2338, <8 x float> undef, <8 x i32> zeroinitializer
  %2339 = load <8 x float>, <8 x float>* %24, align 32
  %2340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2322, <8 x float> %2339)
  store <8 x float> %2340, <8 x float>* %24, align 32
  %2341 = load <8 x float>, <8 x float>* %18, align 32
  %2342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2326, <8 x float> %2341)
  store <8 x float> %2342, <8 x float>* %18, align 32
  %2343 = add i64 %1922, 183
  %2344 = getelementptr inbounds float, float* %2, i64 %2343
  %2345 = load float, float* %2344, align 4
  %2346 = insertelement <8 x float> undef, float %2345, i32 0
  %splat230 = shufflevector <8 x float> %2346, <8 x float> undef, <8 x i32> zeroinitializer
  %2347 = load <8 x float>, <8 x float>* %23, align 32
  %2348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2322, <8 x float> %2347)
  store <8 x float> %2348, <8 x float>* %23, align 32
  %2349 = load <8 x float>, <8 x float>* %17, align 32
  %2350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2326, <8 x float> %2349)
  store <8 x float> %2350, <8 x float>* %17, align 32
  %2351 = add i64 %1922, 191
  %2352 = getelementptr inbounds float, float* %2, i64 %2351
  %2353 = load float, float* %2352, align 4
  %2354 = insertelement <8 x float> undef, float %2353, i32 0
  %splat231 = shufflevector <8 x float> %2354, <8 x float> undef, <8 x i32> zeroinitializer
  %2355 = load <8 x float>, <8 x float>* %22, align 32
  %2356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2322, <8 x float> %2355)
  store <8 x float> %2356, <8 x float>* %22, align 32
  %2357 = load <8 x float>, <8 x float>* %16, align 32
  %2358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2326, <8 x float> %2357)
  store <8 x float> %2358, <8 x float>* %16, align 32
  %2359 = add i64 %1922, 199
  %2360 = getelementptr inbounds float, float* %2, i64 %2359
  %2361 = load float, float* %2360, align 4
  %2362 = insertelement <8 x float> undef, float %2361, i32 0
  %splat232 = shufflevector <8 x float> %2362, <8 x float> undef, <8 x i32> zeroinitializer
  %2363 = load <8 x float>, <8 x float>* %21, align 32
  %2364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2322, <8 x float> %2363)
  store <8 x float> %2364, <8 x float>* %21, align 32
  %2365 = load <8 x float>, <8 x float>* %15, align 32
  %2366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2326, <8 x float> %2365)
  store <8 x float> %2366, <8 x float>* %15, align 32
  %2367 = add i64 %1922, 207
  %2368 = getelementptr inbounds float, float* %2, i64 %2367
  %2369 = load float, float* %2368, align 4
  %2370 = insertelement <8 x float> undef, float %2369, i32 0
  %splat233 = shufflevector <8 x float> %2370, <8 x float> undef, <8 x i32> zeroinitializer
  %2371 = load <8 x float>, <8 x float>* %20, align 32
  %2372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2322, <8 x float> %2371)
  store <8 x float> %2372, <8 x float>* %20, align 32
  %2373 = load <8 x float>, <8 x float>* %14, align 32
  %2374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2326, <8 x float> %2373)
  store <8 x float> %2374, <8 x float>* %14, align 32
  %kw.next234 = add i64 %kw185, 1
  br label %kw.header182

kw.exit184:                                       ; preds = %kw.header182
  %kh.next235 = add i64 %kh181, 1
  br label %kh.header178

u.header237:                                      ; preds = %kh.exit243, %u.exit176
  %u240 = phi i64 [ 0, %u.exit176 ], [ %u.next283, %kh.exit243 ]
  %2375 = icmp slt i64 %u240, 64
  br i1 %2375, label %u.body238, label %u.exit239

u.body238:                                        ; preds = %u.header237
  %2376 = mul i64 %u240, 2048
  %2377 = add i64 %1916, %2376
  %2378 = mul i64 %u240, 576
  %2379 = add i64 %77, %2378
  br label %kh.header241

u.exit239:                                        ; preds = %u.header237
  %2380 = mul i64 %69, 64
  %2381 = add i64 %2380, %72
  %2382 = add i64 %2381, 0
  %2383 = mul i64 %2382, 14
  %2384 = add i64 %2383, %66
  %2385 = mul i64 %2384, 14
  %2386 = add i64 %2385, 24
  %2387 = mul i64 %2386, 8
  %2388 = load <8 x float>, <8 x float>* %13, align 32
  %2389 = fcmp ogt <8 x float> %2388, zeroinitializer
  %2390 = select <8 x i1> %2389, <8 x float> %2388, <8 x float> zeroinitializer
  %2391 = getelementptr inbounds float, float* %0, i64 %2387
  %2392 = bitcast float* %2391 to <8 x float>*
  store <8 x float> %2390, <8 x float>* %2392, align 4
  %2393 = add i64 %2385, 25
  %2394 = mul i64 %2393, 8
  %2395 = load <8 x float>, <8 x float>* %12, align 32
  %2396 = fcmp ogt <8 x float> %2395, zeroinitializer
  %2397 = select <8 x i1> %2396, <8 x float> %2395, <8 x float> zeroinitializer
  %2398 = getelementptr inbounds float, float* %0, i64 %2394
  %2399 = bitcast float* %2398 to <8 x float>*
  store <8 x float> %2397, <8 x float>* %2399, align 4
  %2400 = add i64 %2385, 26
  %2401 = mul i64 %2400, 8
  %2402 = load <8 x float>, <8 x float>* %11, align 32
  %2403 = fcmp ogt <8 x float> %2402, zeroinitializer
  %2404 = select <8 x i1> %2403, <8 x float> %2402, <8 x float> zeroinitializer
  %2405 = getelementptr inbounds float, float* %0, i64 %2401
  %2406 = bitcast float* %2405 to <8 x float>*
  store <8 x float> %2404, <8 x float>* %2406, align 4
  %2407 = add i64 %2385, 27
  %2408 = mul i64 %2407, 8
  %2409 = load <8 x float>, <8 x float>* %10, align 32
  %2410 = fcmp ogt <8 x float> %2409, zeroinitializer
  %2411 = select <8 x i1> %2410, <8 x float> %2409, <8 x float> zeroinitializer
  %2412 = getelementptr inbounds float, float* %0, i64 %2408
  %2413 = bitcast float* %2412 to <8 x float>*
  store <8 x float> %2411, <8 x float>* %2413, align 4
  %2414 = mul i64 %69, 64
  %2415 = add i64 %2414, %72
  %2416 = add i64 %2415, 1
  %2417 = mul i64 %2416, 14
  %2418 = add i64 %2417, %66
  %2419 = mul i64 %2418, 14
  %2420 = add i64 %2419, 24
  %2421 = mul i64 %2420, 8
  %2422 = load <8 x float>, <8 x float>* %9, align 32
  %2423 = fcmp ogt <8 x float> %2422, zeroinitializer
  %2424 = select <8 x i1> %2423, <8 x float> %2422, <8 x float> zeroinitializer
  %2425 = getelementptr inbounds float, float* %0, i64 %2421
  %2426 = bitcast float* %2425 to <8 x float>*
  store <8 x float> %2424, <8 x float>* %2426, align 4
  %2427 = add i64 %2419, 25
  %2428 = mul i64 %2427, 8
  %2429 = load <8 x float>, <8 x float>* %8, align 32
  %2430 = fcmp ogt <8 x float> %2429, zeroinitializer
  %2431 = select <8 x i1> %2430, <8 x float> %2429, <8 x float> zeroinitializer
  %2432 = getelementptr inbounds float, float* %0, i64 %2428
  %2433 = bitcast float* %2432 to <8 x float>*
  store <8 x float> %2431, <8 x float>* %2433, align 4
  %2434 = add i64 %2419, 26
  %2435 = mul i64 %2434, 8
  %2436 = load <8 x float>, <8 x float>* %7, align 32
  %2437 = fcmp ogt <8 x float> %2436, zeroinitializer
  %2438 = select <8 x i1> %2437, <8 x float> %2436, <8 x float> zeroinitializer
  %2439 = getelementptr inbounds float, float* %0, i64 %2435
  %2440 = bitcast float* %2439 to <8 x float>*
  store <8 x float> %2438, <8 x float>* %2440, align 4
  %2441 = add i64 %2419, 27
  %2442 = mul i64 %2441, 8
  %2443 = load <8 x float>, <8 x float>* %6, align 32
  %2444 = fcmp ogt <8 x float> %2443, zeroinitializer
  %2445 = select <8 x i1> %2444, <8 x float> %2443, <8 x float> zeroinitializer
  %2446 = getelementptr inbounds float, float* %0, i64 %2442
  %2447 = bitcast float* %2446 to <8 x float>*
  store <8 x float> %2445, <8 x float>* %2447, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header241:                                     ; preds = %kw.exit247, %u.body238
  %kh244 = phi i64 [ 0, %u.body238 ], [ %kh.next282, %kw.exit247 ]
  %2448 = icmp slt i64 %kh244, 3
  br i1 %2448, label %kh.body242, label %kh.exit243

kh.body242:                                       ; preds = %kh.header241
  %2449 = mul i64 %kh244, 128
  %2450 = add i64 %2377, %2449
  br label %kw.header245

kh.exit243:                                       ; preds = %kh.header241
  %u.next283 = add i64 %u240, 1
  br label %u.header237

kw.header245:                                     ; preds = %kw.body246, %kh.body242
  %kw248 = phi i64 [ 0, %kh.body242 ], [ %kw.next281, %kw.body246 ]
  %2451 = icmp slt i64 %kw248, 3
  br i1 %2451, label %kw.body246, label %kw.exit247

kw.body246:                                       ; preds = %kw.header245
  %2452 = mul i64 %kw248, 8
  %2453 = add i64 %2450, %2452
  %2454 = mul i64 %kh244, 3
  %2455 = add i64 %2454, %kw248
  %2456 = mul i64 %2455, 64
  %2457 = add i64 %2379, %2456
  %2458 = add i64 %2457, 0
  %2459 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2458
  %2460 = bitcast float* %2459 to <8 x float>*
  %2461 = load <8 x float>, <8 x float>* %2460, align 4
  %2462 = add i64 %2457, 36864
  %2463 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2462
  %2464 = bitcast float* %2463 to <8 x float>*
  %2465 = load <8 x float>, <8 x float>* %2464, align 4
  %2466 = add i64 %2453, 208
  %2467 = getelementptr inbounds float, float* %2, i64 %2466
  %2468 = load float, float* %2467, align 4
  %2469 = insertelement <8 x float> undef, float %2468, i32 0
  %splat249 = shufflevector <8 x float> %2469, <8 x float> undef, <8 x i32> zeroinitializer
  %2470 = load <8 x float>, <8 x float>* %13, align 32
  %2471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2461, <8 x float> %2470)
  store <8 x float> %2471, <8 x float>* %13, align 32
  %2472 = load <8 x float>, <8 x float>* %9, align 32
  %2473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2465, <8 x float> %2472)
  store <8 x float> %2473, <8 x float>* %9, align 32
  %2474 = add i64 %2453, 216
  %2475 = getelementptr inbounds float, float* %2, i64 %2474
  %2476 = load float, float* %2475, align 4
  %2477 = insertelement <8 x float> undef, float %2476, i32 0
  %splat250 = shufflevector <8 x float> %2477, <8 x float> undef, <8 x i32> zeroinitializer
  %2478 = load <8 x float>, <8 x float>* %12, align 32
  %2479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2461, <8 x float> %2478)
  store <8 x float> %2479, <8 x float>* %12, align 32
  %2480 = load <8 x float>, <8 x float>* %8, align 32
  %2481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2465, <8 x float> %2480)
  store <8 x float> %2481, <8 x float>* %8, align 32
  %2482 = add i64 %2453, 224
  %2483 = getelementptr inbounds float, float* %2, i64 %2482
  %2484 = load float, float* %2483, align 4
  %2485 = insertelement <8 x float> undef, float %2484, i32 0
  %splat251 = shufflevector <8 x float> %2485, <8 x float> undef, <8 x i32> zeroinitializer
  %2486 = load <8 x float>, <8 x float>* %11, align 32
  %2487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2461, <8 x float> %2486)
  store <8 x float> %2487, <8 x float>* %11, align 32
  %2488 = load <8 x float>, <8 x float>* %7, align 32
  %2489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2465, <8 x float> %2488)
  store <8 x float> %2489, <8 x float>* %7, align 32
  %2490 = add i64 %2453, 232
  %2491 = getelementptr inbounds float, float* %2, i64 %2490
  %2492 = load float, float* %2491, align 4
  %2493 = insertelement <8 x float> undef, float %2492, i32 0
  %splat252 = shufflevector <8 x float> %2493, <8 x float> undef, <8 x i32> zeroinitializer
  %2494 = load <8 x float>, <8 x float>* %10, align 32
  %2495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2461, <8 x float> %2494)
  store <8 x float> %2495, <8 x float>* %10, align 32
  %2496 = load <8 x float>, <8 x float>* %6, align 32
  %2497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2465, <8 x float> %2496)
  store <8 x float> %2497, <8 x float>* %6, align 32
  %2498 = add i64 %2457, 8
  %2499 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2498
  %2500 = bitcast float* %2499 to <8 x float>*
  %2501 = load <8 x float>, <8 x float>* %2500, align 4
  %2502 = add i64 %2457, 36872
  %2503 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2502
  %2504 = bitcast float* %2503 to <8 x float>*
  %2505 = load <8 x float>, <8 x float>* %2504, align 4
  %2506 = add i64 %2453, 209
  %2507 = getelementptr inbounds float, float* %2, i64 %2506
  %2508 = load float, float* %2507, align 4
  %2509 = insertelement <8 x float> undef, float %2508, i32 0
  %splat253 = shufflevector <8 x float> %2509, <8 x float> undef, <8 x i32> zeroinitializer
  %2510 = load <8 x float>, <8 x float>* %13, align 32
  %2511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2501, <8 x float> %2510)
  store <8 x float> %2511, <8 x float>* %13, align 32
  %2512 = load <8 x float>, <8 x float>* %9, align 32
  %2513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2505, <8 x float> %2512)
  store <8 x float> %2513, <8 x float>* %9, align 32
  %2514 = add i64 %2453, 217
  %2515 = getelementptr inbounds float, float* %2, i64 %2514
  %2516 = load float, float* %2515, align 4
  %2517 = insertelement <8 x float> undef, float %2516, i32 0
  %splat254 = shufflevector <8 x float> %2517, <8 x float> undef, <8 x i32> zeroinitializer
  %2518 = load <8 x float>, <8 x float>* %12, align 32
  %2519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2501, <8 x float> %2518)
  store <8 x float> %2519, <8 x float>* %12, align 32
  %2520 = load <8 x float>, <8 x float>* %8, align 32
  %2521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2505, <8 x float> %2520)
  store <8 x float> %2521, <8 x float>* %8, align 32
  %2522 = add i64 %2453, 225
  %2523 = getelementptr inbounds float, float* %2, i64 %2522
  %2524 = load float, float* %2523, align 4
  %2525 = insertelement <8 x float> undef, float %2524, i32 0
  %splat255 = shufflevector <8 x float> %2525, <8 x float> undef, <8 x i32> zeroinitializer
  %2526 = load <8 x float>, <8 x float>* %11, align 32
  %2527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2501, <8 x float> %2526)
  store <8 x float> %2527, <8 x float>* %11, align 32
  %2528 = load <8 x float>, <8 x float>* %7, align 32
  %2529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2505, <8 x float> %2528)
  store <8 x float> %2529, <8 x float>* %7, align 32
  %2530 = add i64 %2453, 233
  %2531 = getelementptr inbounds float, float* %2, i64 %2530
  %2532 = load float, float* %2531, align 4
  %2533 = insertelement <8 x float> undef, float %2532, i32 0
  %splat256 = shufflevector <8 x float> %2533, <8 x float> undef, <8 x i32> zeroinitializer
  %2534 = load <8 x float>, <8 x float>* %10, align 32
  %2535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2501, <8 x float> %2534)
  store <8 x float> %2535, <8 x float>* %10, align 32
  %2536 = load <8 x float>, <8 x float>* %6, align 32
  %2537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2505, <8 x float> %2536)
  store <8 x float> %2537, <8 x float>* %6, align 32
  %2538 = add i64 %2457, 16
  %2539 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2538
  %2540 = bitcast float* %2539 to <8 x float>*
  %2541 = load <8 x float>, <8 x float>* %2540, align 4
  %2542 = add i64 %2457, 36880
  %2543 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2542
  %2544 = bitcast float* %2543 to <8 x float>*
  %2545 = load <8 x float>, <8 x float>* %2544, align 4
  %2546 = add i64 %2453, 210
  %2547 = getelementptr inbounds float, float* %2, i64 %2546
  %2548 = load float, float* %2547, align 4
  %2549 = insertelement <8 x float> undef, float %2548, i32 0
  %splat257 = shufflevector <8 x float> %2549, <8 x float> undef, <8 x i32> zeroinitializer
  %2550 = load <8 x float>, <8 x float>* %13, align 32
  %2551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2541, <8 x float> %2550)
  store <8 x float> %2551, <8 x float>* %13, align 32
  %2552 = load <8 x float>, <8 x float>* %9, align 32
  %2553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2545, <8 x float> %2552)
  store <8 x float> %2553, <8 x float>* %9, align 32
  %2554 = add i64 %2453, 218
  %2555 = getelementptr inbounds float, float* %2, i64 %2554
  %2556 = load float, float* %2555, align 4
  %2557 = insertelement <8 x float> undef, float %2556, i32 0
  %splat258 = shufflevector <8 x float> %2557, <8 x float> undef, <8 x i32> zeroinitializer
  %2558 = load <8 x float>, <8 x float>* %12, align 32
  %2559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2541, <8 x float> %2558)
  store <8 x float> %2559, <8 x float>* %12, align 32
  %2560 = load <8 x float>, <8 x float>* %8, align 32
  %2561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2545, <8 x float> %2560)
  store <8 x float> %2561, <8 x float>* %8, align 32
  %2562 = add i64 %2453, 226
  %2563 = getelementptr inbounds float, float* %2, i64 %2562
  %2564 = load float, float* %2563, align 4
  %2565 = insertelement <8 x float> undef, float %2564, i32 0
  %splat259 = shufflevector <8 x float> %2565, <8 x float> undef, <8 x i32> zeroinitializer
  %2566 = load <8 x float>, <8 x float>* %11, align 32
  %2567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2541, <8 x float> %2566)
  store <8 x float> %2567, <8 x float>* %11, align 32
  %2568 = load <8 x float>, <8 x float>* %7, align 32
  %2569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2545, <8 x float> %2568)
  store <8 x float> %2569, <8 x float>* %7, align 32
  %2570 = add i64 %2453, 234
  %2571 = getelementptr inbounds float, float* %2, i64 %2570
  %2572 = load float, float* %2571, align 4
  %2573 = insertelement <8 x float> undef, float %2572, i32 0
  %splat260 = shufflevector <8 x float> %2573, <8 x float> undef, <8 x i32> zeroinitializer
  %2574 = load <8 x float>, <8 x float>* %10, align 32
  %2575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2541, <8 x float> %2574)
  store <8 x float> %2575, <8 x float>* %10, align 32
  %2576 = load <8 x float>, <8 x float>* %6, align 32
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2545, <8 x float> %2576)
  store <8 x float> %2577, <8 x float>* %6, align 32
  %2578 = add i64 %2457, 24
  %2579 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2578
  %2580 = bitcast float* %2579 to <8 x float>*
  %2581 = load <8 x float>, <8 x float>* %2580, align 4
  %2582 = add i64 %2457, 36888
  %2583 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2582
  %2584 = bitcast float* %2583 to <8 x float>*
  %2585 = load <8 x float>, <8 x float>* %2584, align 4
  %2586 = add i64 %2453, 211
  %2587 = getelementptr inbounds float, float* %2, i64 %2586
  %2588 = load float, float* %2587, align 4
  %2589 = insertelement <8 x float> undef, float %2588, i32 0
  %splat261 = shufflevector <8 x float> %2589, <8 x float> undef, <8 x i32> zeroinitializer
  %2590 = load <8 x float>, <8 x float>* %13, align 32
  %2591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2581, <8 x float> %2590)
  store <8 x float> %2591, <8 x float>* %13, align 32
  %2592 = load <8 x float>, <8 x float>* %9, align 32
  %2593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2585, <8 x float> %2592)
  store <8 x float> %2593, <8 x float>* %9, align 32
  %2594 = add i64 %2453, 219
  %2595 = getelementptr inbounds float, float* %2, i64 %2594
  %2596 = load float, float* %2595, align 4
  %2597 = insertelement <8 x float> undef, float %2596, i32 0
  %splat262 = shufflevector <8 x float> %2597, <8 x float> undef, <8 x i32> zeroinitializer
  %2598 = load <8 x float>, <8 x float>* %12, align 32
  %2599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2581, <8 x float> %2598)
  store <8 x float> %2599, <8 x float>* %12, align 32
  %2600 = load <8 x float>, <8 x float>* %8, align 32
  %2601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2585, <8 x float> %2600)
  store <8 x float> %2601, <8 x float>* %8, align 32
  %2602 = add i64 %2453, 227
  %2603 = getelementptr inbounds float, float* %2, i64 %2602
  %2604 = load float, float* %2603, align 4
  %2605 = insertelement <8 x float> undef, float %2604, i32 0
  %splat263 = shufflevector <8 x float> %2605, <8 x float> undef, <8 x i32> zeroinitializer
  %2606 = load <8 x float>, <8 x float>* %11, align 32
  %2607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2581, <8 x float> %2606)
  store <8 x float> %2607, <8 x float>* %11, align 32
  %2608 = load <8 x float>, <8 x float>* %7, align 32
  %2609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2585, <8 x float> %2608)
  store <8 x float> %2609, <8 x float>* %7, align 32
  %2610 = add i64 %2453, 235
  %2611 = getelementptr inbounds float, float* %2, i64 %2610
  %2612 = load float, float* %2611, align 4
  %2613 = insertelement <8 x float> undef, float %2612, i32 0
  %splat264 = shufflevector <8 x float> %2613, <8 x float> undef, <8 x i32> zeroinitializer
  %2614 = load <8 x float>, <8 x float>* %10, align 32
  %2615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2581, <8 x float> %2614)
  store <8 x float> %2615, <8 x float>* %10, align 32
  %2616 = load <8 x float>, <8 x float>* %6, align 32
  %2617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2585, <8 x float> %2616)
  store <8 x float> %2617, <8 x float>* %6, align 32
  %2618 = add i64 %2457, 32
  %2619 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2618
  %2620 = bitcast float* %2619 to <8 x float>*
  %2621 = load <8 x float>, <8 x float>* %2620, align 4
  %2622 = add i64 %2457, 36896
  %2623 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2622
  %2624 = bitcast float* %2623 to <8 x float>*
  %2625 = load <8 x float>, <8 x float>* %2624, align 4
  %2626 = add i64 %2453, 212
  %2627 = getelementptr inbounds float, float* %2, i64 %2626
  %2628 = load float, float* %2627, align 4
  %2629 = insertelement <8 x float> undef, float %2628, i32 0
  %splat265 = shufflevector <8 x float> %2629, <8 x float> undef, <8 x i32> zeroinitializer
  %2630 = load <8 x float>, <8 x float>* %13, align 32
  %2631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2621, <8 x float> %2630)
  store <8 x float> %2631, <8 x float>* %13, align 32
  %2632 = load <8 x float>, <8 x float>* %9, align 32
  %2633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2625, <8 x float> %2632)
  store <8 x float> %2633, <8 x float>* %9, align 32
  %2634 = add i64 %2453, 220
  %2635 = getelementptr inbounds float, float* %2, i64 %2634
  %2636 = load float, float* %2635, align 4
  %2637 = insertelement <8 x float> undef, float %2636, i32 0
  %splat266 = shufflevector <8 x float> %2637, <8 x float> undef, <8 x i32> zeroinitializer
  %2638 = load <8 x float>, <8 x float>* %12, align 32
  %2639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2621, <8 x float> %2638)
  store <8 x float> %2639, <8 x float>* %12, align 32
  %2640 = load <8 x float>, <8 x float>* %8, align 32
  %2641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2625, <8 x float> %2640)
  store <8 x float> %2641, <8 x float>* %8, align 32
  %2642 = add i64 %2453, 228
  %2643 = getelementptr inbounds float, float* %2, i64 %2642
  %2644 = load float, float* %2643, align 4
  %2645 = insertelement <8 x float> undef, float %2644, i32 0
  %splat267 = shufflevector <8 x float> %2645, <8 x float> undef, <8 x i32> zeroinitializer
  %2646 = load <8 x float>, <8 x float>* %11, align 32
  %2647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2621, <8 x float> %2646)
  store <8 x float> %2647, <8 x float>* %11, align 32
  %2648 = load <8 x float>, <8 x float>* %7, align 32
  %2649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2625, <8 x float> %2648)
  store <8 x float> %2649, <8 x float>* %7, align 32
  %2650 = add i64 %2453, 236
  %2651 = getelementptr inbounds float, float* %2, i64 %2650
  %2652 = load float, float* %2651, align 4
  %2653 = insertelement <8 x float> undef, float %2652, i32 0
  %splat268 = shufflevector <8 x float> %2653, <8 x float> undef, <8 x i32> zeroinitializer
  %2654 = load <8 x float>, <8 x float>* %10, align 32
  %2655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2621, <8 x float> %2654)
  store <8 x float> %2655, <8 x float>* %10, align 32
  %2656 = load <8 x float>, <8 x float>* %6, align 32
  %2657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2625, <8 x float> %2656)
  store <8 x float> %2657, <8 x float>* %6, align 32
  %2658 = add i64 %2457, 40
  %2659 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2658
  %2660 = bitcast float* %2659 to <8 x float>*
  %2661 = load <8 x float>, <8 x float>* %2660, align 4
  %2662 = add i64 %2457, 36904
  %2663 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2662
  %2664 = bitcast float* %2663 to <8 x float>*
  %2665 = load <8 x float>, <8 x float>* %2664, align 4
  %2666 = add i64 %2453, 213
  %2667 = getelementptr inbounds float, float* %2, i64 %2666
  %2668 = load float, float* %2667, align 4
  %2669 = insertelement <8 x float> undef, float %2668, i32 0
  %splat269 = shufflevector <8 x float> %2669, <8 x float> undef, <8 x i32> zeroinitializer
  %2670 = load <8 x float>, <8 x float>* %13, align 32
  %2671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2661, <8 x float> %2670)
  store <8 x float> %2671, <8 x float>* %13, align 32
  %2672 = load <8 x float>, <8 x float>* %9, align 32
  %2673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2665, <8 x float> %2672)
  store <8 x float> %2673, <8 x float>* %9, align 32
  %2674 = add i64 %2453, 221
  %2675 = getelementptr inbounds float, float* %2, i64 %2674
  %2676 = load float, float* %2675, align 4
  %2677 = insertelement <8 x float> undef, float %2676, i32 0
  %splat270 = shufflevector <8 x float> %2677, <8 x float> undef, <8 x i32> zeroinitializer
  %2678 = load <8 x float>, <8 x float>* %12, align 32
  %2679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2661, <8 x float> %2678)
  store <8 x float> %2679, <8 x float>* %12, align 32
  %2680 = load <8 x float>, <8 x float>* %8, align 32
  %2681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2665, <8 x float> %2680)
  store <8 x float> %2681, <8 x float>* %8, align 32
  %2682 = add i64 %2453, 229
  %2683 = getelementptr inbounds float, float* %2, i64 %2682
  %2684 = load float, float* %2683, align 4
  %2685 = insertelement <8 x float> undef, float %2684, i32 0
  %splat271 = shufflevector <8 x float> %2685, <8 x float> undef, <8 x i32> zeroinitializer
  %2686 = load <8 x float>, <8 x float>* %11, align 32
  %2687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2661, <8 x float> %2686)
  store <8 x float> %2687, <8 x float>* %11, align 32
  %2688 = load <8 x float>, <8 x float>* %7, align 32
  %2689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2665, <8 x float> %2688)
  store <8 x float> %2689, <8 x float>* %7, align 32
  %2690 = add i64 %2453, 237
  %2691 = getelementptr inbounds float, float* %2, i64 %2690
  %2692 = load float, float* %2691, align 4
  %2693 = insertelement <8 x float> undef, float %2692, i32 0
  %splat272 = shufflevector <8 x float> %2693, <8 x float> undef, <8 x i32> zeroinitializer
  %2694 = load <8 x float>, <8 x float>* %10, align 32
  %2695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2661, <8 x float> %2694)
  store <8 x float> %2695, <8 x float>* %10, align 32
  %2696 = load <8 x float>, <8 x float>* %6, align 32
  %2697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2665, <8 x float> %2696)
  store <8 x float> %2697, <8 x float>* %6, align 32
  %2698 = add i64 %2457, 48
  %2699 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2698
  %2700 = bitcast float* %2699 to <8 x float>*
  %2701 = load <8 x float>, <8 x float>* %2700, align 4
  %2702 = add i64 %2457, 36912
  %2703 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2702
  %2704 = bitcast float* %2703 to <8 x float>*
  %2705 = load <8 x float>, <8 x float>* %2704, align 4
  %2706 = add i64 %2453, 214
  %2707 = getelementptr inbounds float, float* %2, i64 %2706
  %2708 = load float, float* %2707, align 4
  %2709 = insertelement <8 x float> undef, float %2708, i32 0
  %splat273 = shufflevector <8 x float> %2709, <8 x float> undef, <8 x i32> zeroinitializer
  %2710 = load <8 x float>, <8 x float>* %13, align 32
  %2711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2701, <8 x float> %2710)
  store <8 x float> %2711, <8 x float>* %13, align 32
  %2712 = load <8 x float>, <8 x float>* %9, align 32
  %2713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2705, <8 x float> %2712)
  store <8 x float> %2713, <8 x float>* %9, align 32
  %2714 = add i64 %2453, 222
  %2715 = getelementptr inbounds float, float* %2, i64 %2714
  %2716 = load float, float* %2715, align 4
  %2717 = insertelement <8 x float> undef, float %2716, i32 0
  %splat274 = shufflevector <8 x float> %2717, <8 x float> undef, <8 x i32> zeroinitializer
  %2718 = load <8 x float>, <8 x float>* %12, align 32
  %2719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2701, <8 x float> %2718)
  store <8 x float> %2719, <8 x float>* %12, align 32
  %2720 = load <8 x float>, <8 x float>* %8, align 32
  %2721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2705, <8 x float> %2720)
  store <8 x float> %2721, <8 x float>* %8, align 32
  %2722 = add i64 %2453, 230
  %2723 = getelementptr inbounds float, float* %2, i64 %2722
  %2724 = load float, float* %2723, align 4
  %2725 = insertelement <8 x float> undef, float %2724, i32 0
  %splat275 = shufflevector <8 x float> %2725, <8 x float> undef, <8 x i32> zeroinitializer
  %2726 = load <8 x float>, <8 x float>* %11, align 32
  %2727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2701, <8 x float> %2726)
  store <8 x float> %2727, <8 x float>* %11, align 32
  %2728 = load <8 x float>, <8 x float>* %7, align 32
  %2729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2705, <8 x float> %2728)
  store <8 x float> %2729, <8 x float>* %7, align 32
  %2730 = add i64 %2453, 238
  %2731 = getelementptr inbounds float, float* %2, i64 %2730
  %2732 = load float, float* %2731, align 4
  %2733 = insertelement <8 x float> undef, float %2732, i32 0
  %splat276 = shufflevector <8 x float> %2733, <8 x float> undef, <8 x i32> zeroinitializer
  %2734 = load <8 x float>, <8 x float>* %10, align 32
  %2735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2701, <8 x float> %2734)
  store <8 x float> %2735, <8 x float>* %10, align 32
  %2736 = load <8 x float>, <8 x float>* %6, align 32
  %2737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2705, <8 x float> %2736)
  store <8 x float> %2737, <8 x float>* %6, align 32
  %2738 = add i64 %2457, 56
  %2739 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2738
  %2740 = bitcast float* %2739 to <8 x float>*
  %2741 = load <8 x float>, <8 x float>* %2740, align 4
  %2742 = add i64 %2457, 36920
  %2743 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.packed to float*), i64 %2742
  %2744 = bitcast float* %2743 to <8 x float>*
  %2745 = load <8 x float>, <8 x float>* %2744, align 4
  %2746 = add i64 %2453, 215
  %2747 = getelementptr inbounds float, float* %2, i64 %2746
  %2748 = load float, float* %2747, align 4
  %2749 = insertelement <8 x float> undef, float %2748, i32 0
  %splat277 = shufflevector <8 x float> %2749, <8 x float> undef, <8 x i32> zeroinitializer
  %2750 = load <8 x float>, <8 x float>* %13, align 32
  %2751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2741, <8 x float> %2750)
  store <8 x float> %2751, <8 x float>* %13, align 32
  %2752 = load <8 x float>, <8 x float>* %9, align 32
  %2753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2745, <8 x float> %2752)
  store <8 x float> %2753, <8 x float>* %9, align 32
  %2754 = add i64 %2453, 223
  %2755 = getelementptr inbounds float, float* %2, i64 %2754
  %2756 = load float, float* %2755, align 4
  %2757 = insertelement <8 x float> undef, float %2756, i32 0
  %splat278 = shufflevector <8 x float> %2757, <8 x float> undef, <8 x i32> zeroinitializer
  %2758 = load <8 x float>, <8 x float>* %12, align 32
  %2759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2741, <8 x float> %2758)
  store <8 x float> %2759, <8 x float>* %12, align 32
  %2760 = load <8 x float>, <8 x float>* %8, align 32
  %2761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2745, <8 x float> %2760)
  store <8 x float> %2761, <8 x float>* %8, align 32
  %2762 = add i64 %2453, 231
  %2763 = getelementptr inbounds float, float* %2, i64 %2762
  %2764 = load float, float* %2763, align 4
  %2765 = insertelement <8 x float> undef, float %2764, i32 0
  %splat279 = shufflevector <8 x float> %2765, <8 x float> undef, <8 x i32> zeroinitializer
  %2766 = load <8 x float>, <8 x float>* %11, align 32
  %2767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2741, <8 x float> %2766)
  store <8 x float> %2767, <8 x float>* %11, align 32
  %2768 = load <8 x float>, <8 x float>* %7, align 32
  %2769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2745, <8 x float> %2768)
  store <8 x float> %2769, <8 x float>* %7, align 32
  %2770 = add i64 %2453, 239
  %2771 = getelementptr inbounds float, float* %2, i64 %2770
  %2772 = load float, float* %2771, align 4
  %2773 = insertelement <8 x float> undef, float %2772, i32 0
  %splat280 = shufflevector <8 x float> %2773, <8 x float> undef, <8 x i32> zeroinitializer
  %2774 = load <8 x float>, <8 x float>* %10, align 32
  %2775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2741, <8 x float> %2774)
  store <8 x float> %2775, <8 x float>* %10, align 32
  %2776 = load <8 x float>, <8 x float>* %6, align 32
  %2777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2745, <8 x float> %2776)
  store <8 x float> %2777, <8 x float>* %6, align 32
  %kw.next281 = add i64 %kw248, 1
  br label %kw.header245

kw.exit247:                                       ; preds = %kw.header245
  %kh.next282 = add i64 %kh244, 1
  br label %kh.header241
}

; Function Attrs: nounwind
define internal void @node11.conv2d_8.step1(i8* %0) #3 {
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
  %19 = add i64 224, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 224
  %23 = select i1 %22, i64 %21, i64 224
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 224
  %26 = select i1 %25, i64 %24, i64 224
  call void @node11.conv2d_8.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node12.maxPool2d_5.step0(i8* %0) #3 {
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
  call void @node12.maxPool2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_5.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node13.maxPool2d_5.nchw.step0(i8* %0) #3 {
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
  call void @node13.maxPool2d_5.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 25088
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 25088
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
  %16 = icmp slt i64 %k, 25088
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 25088, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 25088
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([411041792 x i8]* @weight.dense_1.weight to float*), i64 %62
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
  %92 = mul i64 %n, 4096
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node15.dense_1.step0(i8* %0) #3 {
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
  %19 = add i64 4096, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4096
  %23 = select i1 %22, i64 %21, i64 4096
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4096
  %26 = select i1 %25, i64 %24, i64 4096
  call void @node15.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 4096
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.dense_2.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 4096
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
  %16 = icmp slt i64 %k, 4096
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %51
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
  %k4 = phi i64 [ 4096, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 4096
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.dense_2.weight to float*), i64 %62
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
  %92 = mul i64 %n, 4096
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node16.dense_2.step0(i8* %0) #3 {
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
  %19 = add i64 4096, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4096
  %23 = select i1 %22, i64 %21, i64 4096
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4096
  %26 = select i1 %25, i64 %24, i64 4096
  call void @node16.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 4096
  %12 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.dense_3.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 4096
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
  %16 = icmp slt i64 %k, 4096
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %51
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
  %k4 = phi i64 [ 4096, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 4096
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.dense_3.weight to float*), i64 %62
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
  %90 = mul i64 %n, 1000
  %91 = add i64 %90, %task
  %92 = getelementptr inbounds float, float* %0, i64 %91
  store float %89, float* %92, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node17.dense_3.step0(i8* %0) #3 {
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
  %19 = add i64 1000, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1000
  %23 = select i1 %22, i64 %21, i64 1000
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1000
  %26 = select i1 %25, i64 %24, i64 1000
  call void @node17.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node18.dense_3.softmax.step0(i8* %0) #3 {
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
  call void @node18.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @vgg11_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %fresh = call i8* @malloc(i64 16056383)
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
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
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
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
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
  call void @GOMP_parallel(void (i8*)* @node1.maxPool2d_1.step0, i8* %31, i32 0, i32 0)
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %33 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 6422528
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %36, align 8
  %37 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %34, i8** %37, align 8
  %38 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %38, align 8
  %39 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %39, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step1, i8* %39, i32 0, i32 0)
  %40 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %41 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %40, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %41, i8** %43, align 8
  %44 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %44, align 8
  %45 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %45, align 8
  %46 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_2.step0, i8* %46, i32 0, i32 0)
  %47 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %48 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %49 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %47, i8** %50, align 8
  %51 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %48, i8** %51, align 8
  %52 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %49, i8** %52, align 8
  %53 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %53, align 8
  %54 = bitcast [4 x i8*]* %args to i8*
  call void @node4.conv2d_3.step0(i8* %54)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step1, i8* %54, i32 0, i32 0)
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %56 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %57 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %58 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %55, i8** %58, align 8
  %59 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %56, i8** %59, align 8
  %60 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %57, i8** %60, align 8
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %61, align 8
  %62 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step0, i8* %62, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step1, i8* %62, i32 0, i32 0)
  %63 = getelementptr inbounds i8, i8* %workspace7, i64 921600
  %64 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %65 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %67, align 8
  %68 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %68, align 8
  %69 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.maxPool2d_3.step0, i8* %69, i32 0, i32 0)
  %70 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %71 = getelementptr inbounds i8, i8* %workspace7, i64 921600
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %73 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %70, i8** %73, align 8
  %74 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %71, i8** %74, align 8
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %72, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %76, align 8
  %77 = bitcast [4 x i8*]* %args to i8*
  call void @node7.conv2d_5.step0(i8* %77)
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step1, i8* %77, i32 0, i32 0)
  %78 = getelementptr inbounds i8, i8* %workspace7, i64 3448832
  %79 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %81 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %78, i8** %81, align 8
  %82 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %79, i8** %82, align 8
  %83 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %80, i8** %83, align 8
  %84 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %84, align 8
  %85 = bitcast [4 x i8*]* %args to i8*
  call void @node8.conv2d_6.step0(i8* %85)
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step1, i8* %85, i32 0, i32 0)
  %86 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 3448832
  %88 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %86, i8** %88, align 8
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %91, align 8
  %92 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_4.step0, i8* %92, i32 0, i32 0)
  %93 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %95 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %96 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %93, i8** %96, align 8
  %97 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %94, i8** %97, align 8
  %98 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %95, i8** %98, align 8
  %99 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %99, align 8
  %100 = bitcast [4 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %100)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step1, i8* %100, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %103 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %105, align 8
  %106 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %103, i8** %106, align 8
  %107 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %107, align 8
  %108 = bitcast [4 x i8*]* %args to i8*
  call void @node11.conv2d_8.step0(i8* %108)
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_8.step1, i8* %108, i32 0, i32 0)
  %109 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %110 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %111 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %110, i8** %112, align 8
  %113 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %113, align 8
  %114 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %114, align 8
  %115 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.maxPool2d_5.step0, i8* %115, i32 0, i32 0)
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %117 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %120, align 8
  %121 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %121, align 8
  %122 = bitcast [4 x i8*]* %args to i8*
  call void @node13.maxPool2d_5.nchw.step0(i8* %122)
  %123 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %124 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %125 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %123, i8** %125, align 8
  %126 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %124, i8** %126, align 8
  %127 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %127, align 8
  %128 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %128, align 8
  %129 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node15.dense_1.step0, i8* %129, i32 0, i32 0)
  %130 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %131 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %132 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %130, i8** %132, align 8
  %133 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %131, i8** %133, align 8
  %134 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %134, align 8
  %135 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %135, align 8
  %136 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.dense_2.step0, i8* %136, i32 0, i32 0)
  %137 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %138 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %138, align 8
  %139 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %137, i8** %139, align 8
  %140 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %140, align 8
  %141 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %141, align 8
  %142 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.dense_3.step0, i8* %142, i32 0, i32 0)
  %143 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %143, align 8
  %144 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %144, align 8
  %145 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %145, align 8
  %146 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %146, align 8
  %147 = bitcast [4 x i8*]* %args to i8*
  call void @node18.dense_3.softmax.step0(i8* %147)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg11_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg11_workspace_size() #5 {
entry:
  ret i64 16056383
}

; Function Attrs: nounwind
define i32 @vgg11_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @vgg11_run(i8** %7, i8** %10, i8* %2)
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
