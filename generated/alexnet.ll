; alexnet: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'alexnet'
source_filename = "alexnet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv1.packed = external constant [139392 x i8], align 64
@weight.conv1.bias = external constant [384 x i8], align 64
@weight.conv2.packed = external constant [1228800 x i8], align 64
@weight.conv2.bias = external constant [1024 x i8], align 64
@weight.conv3.packed = external constant [3538944 x i8], align 64
@weight.conv3.bias = external constant [1536 x i8], align 64
@weight.conv4.packed = external constant [2654208 x i8], align 64
@weight.conv4.bias = external constant [1536 x i8], align 64
@weight.conv5.packed = external constant [1769472 x i8], align 64
@weight.conv5.bias = external constant [1024 x i8], align 64
@weight.fc6.weight = external constant [150994944 x i8], align 64
@weight.fc6.bias = external constant [16384 x i8], align 64
@weight.fc7.weight = external constant [67108864 x i8], align 64
@weight.fc7.bias = external constant [16384 x i8], align 64
@weight.fc8.weight = external constant [16384000 x i8], align 64
@weight.fc8.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [8 x i8] c"alexnet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 2323263, i64 726791936 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 228
  %8 = sub i64 %7, 2
  %9 = sdiv i64 %task, 228
  %10 = mul i64 %task, 228
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
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 8, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 2
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 226
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 8, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 912, i1 false)
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
define internal void @node0.conv1.step0(i8* %0) #3 {
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
  %19 = add i64 684, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 684
  %23 = select i1 %22, i64 %21, i64 684
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 684
  %26 = select i1 %25, i64 %24, i64 684
  call void @node0.conv1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit8 ]
  %20 = icmp slt i64 %task, %5
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 6
  %22 = sdiv i64 %task, 6
  %23 = srem i64 %22, 55
  %24 = mul i64 %23, 1
  %25 = sdiv i64 %task, 330
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 12
  %29 = mul i64 %21, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 3
  %32 = mul i64 %26, 3
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 51984
  %35 = mul i64 %30, 2904
  %36 = mul i64 %24, 912
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %37 = icmp slt i64 %x, 54
  br i1 %37, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %38 = add i64 %30, 0
  %39 = mul i64 %38, 8
  %40 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %39
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
  %45 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  store <8 x float> %47, <8 x float>* %13, align 32
  store <8 x float> %47, <8 x float>* %12, align 32
  store <8 x float> %47, <8 x float>* %11, align 32
  store <8 x float> %47, <8 x float>* %10, align 32
  store <8 x float> %47, <8 x float>* %9, align 32
  store <8 x float> %47, <8 x float>* %8, align 32
  %48 = mul i64 %x, 4
  %49 = add i64 %36, %48
  %50 = add i64 %34, %49
  br label %u.header

x.exit:                                           ; preds = %x.header
  %51 = add i64 %30, 0
  %52 = mul i64 %51, 8
  %53 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  store <8 x float> %55, <8 x float>* %7, align 32
  %56 = add i64 %30, 1
  %57 = mul i64 %56, 8
  %58 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  store <8 x float> %60, <8 x float>* %6, align 32
  %61 = add i64 %36, 216
  %62 = add i64 %34, %61
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %63 = icmp slt i64 %u, 3
  br i1 %63, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %64 = mul i64 %u, 51984
  %65 = add i64 %50, %64
  %66 = mul i64 %u, 968
  %67 = add i64 %35, %66
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %68 = mul i64 %27, 12
  %69 = add i64 %68, %30
  %70 = add i64 %69, 0
  %71 = mul i64 %70, 55
  %72 = add i64 %71, %24
  %73 = mul i64 %72, 55
  %74 = add i64 %x, 0
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 8
  %77 = load <8 x float>, <8 x float>* %19, align 32
  %78 = fcmp ogt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> %77, <8 x float> zeroinitializer
  %80 = getelementptr inbounds float, float* %0, i64 %76
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = add i64 %x, 1
  %83 = add i64 %73, %82
  %84 = mul i64 %83, 8
  %85 = load <8 x float>, <8 x float>* %18, align 32
  %86 = fcmp ogt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> %85, <8 x float> zeroinitializer
  %88 = getelementptr inbounds float, float* %0, i64 %84
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add i64 %x, 2
  %91 = add i64 %73, %90
  %92 = mul i64 %91, 8
  %93 = load <8 x float>, <8 x float>* %17, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = getelementptr inbounds float, float* %0, i64 %92
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %95, <8 x float>* %97, align 4
  %98 = add i64 %x, 3
  %99 = add i64 %73, %98
  %100 = mul i64 %99, 8
  %101 = load <8 x float>, <8 x float>* %16, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = getelementptr inbounds float, float* %0, i64 %100
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %103, <8 x float>* %105, align 4
  %106 = add i64 %x, 4
  %107 = add i64 %73, %106
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %15, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add i64 %x, 5
  %115 = add i64 %73, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %14, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = mul i64 %27, 12
  %123 = add i64 %122, %30
  %124 = add i64 %123, 1
  %125 = mul i64 %124, 55
  %126 = add i64 %125, %24
  %127 = mul i64 %126, 55
  %128 = add i64 %x, 0
  %129 = add i64 %127, %128
  %130 = mul i64 %129, 8
  %131 = load <8 x float>, <8 x float>* %13, align 32
  %132 = fcmp ogt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> %131, <8 x float> zeroinitializer
  %134 = getelementptr inbounds float, float* %0, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = add i64 %x, 1
  %137 = add i64 %127, %136
  %138 = mul i64 %137, 8
  %139 = load <8 x float>, <8 x float>* %12, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = getelementptr inbounds float, float* %0, i64 %138
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add i64 %x, 2
  %145 = add i64 %127, %144
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %11, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 3
  %153 = add i64 %127, %152
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %10, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %x, 4
  %161 = add i64 %127, %160
  %162 = mul i64 %161, 8
  %163 = load <8 x float>, <8 x float>* %9, align 32
  %164 = fcmp ogt <8 x float> %163, zeroinitializer
  %165 = select <8 x i1> %164, <8 x float> %163, <8 x float> zeroinitializer
  %166 = getelementptr inbounds float, float* %0, i64 %162
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %165, <8 x float>* %167, align 4
  %168 = add i64 %x, 5
  %169 = add i64 %127, %168
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %8, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %176 = icmp slt i64 %kh, 11
  br i1 %176, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %177 = mul i64 %kh, 228
  %178 = add i64 %65, %177
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %179 = icmp slt i64 %kw, 11
  br i1 %179, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %180 = mul i64 %kw, 1
  %181 = add i64 %178, %180
  %182 = mul i64 %kh, 11
  %183 = add i64 %182, %kw
  %184 = mul i64 %183, 8
  %185 = add i64 %67, %184
  %186 = add i64 %185, 0
  %187 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %185, 2904
  %191 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %181, 0
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = load float, float* %195, align 4
  %197 = insertelement <8 x float> undef, float %196, i32 0
  %splat = shufflevector <8 x float> %197, <8 x float> undef, <8 x i32> zeroinitializer
  %198 = load <8 x float>, <8 x float>* %19, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %189, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %19, align 32
  %200 = load <8 x float>, <8 x float>* %13, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %193, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %13, align 32
  %202 = add i64 %181, 4
  %203 = getelementptr inbounds float, float* %2, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat1 = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %18, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %189, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %18, align 32
  %208 = load <8 x float>, <8 x float>* %12, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %193, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %12, align 32
  %210 = add i64 %181, 8
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat2 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %17, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %189, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %17, align 32
  %216 = load <8 x float>, <8 x float>* %11, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %193, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %11, align 32
  %218 = add i64 %181, 12
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = load float, float* %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %splat3 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %222 = load <8 x float>, <8 x float>* %16, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %189, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %16, align 32
  %224 = load <8 x float>, <8 x float>* %10, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %193, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %10, align 32
  %226 = add i64 %181, 16
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat4 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %15, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %189, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %15, align 32
  %232 = load <8 x float>, <8 x float>* %9, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %193, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %9, align 32
  %234 = add i64 %181, 20
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat5 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %14, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %189, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %14, align 32
  %240 = load <8 x float>, <8 x float>* %8, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %193, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next21, %kh.exit12 ]
  %242 = icmp slt i64 %u9, 3
  br i1 %242, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %243 = mul i64 %u9, 51984
  %244 = add i64 %62, %243
  %245 = mul i64 %u9, 968
  %246 = add i64 %35, %245
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %247 = mul i64 %27, 12
  %248 = add i64 %247, %30
  %249 = add i64 %248, 0
  %250 = mul i64 %249, 55
  %251 = add i64 %250, %24
  %252 = mul i64 %251, 55
  %253 = add i64 %252, 54
  %254 = mul i64 %253, 8
  %255 = load <8 x float>, <8 x float>* %7, align 32
  %256 = fcmp ogt <8 x float> %255, zeroinitializer
  %257 = select <8 x i1> %256, <8 x float> %255, <8 x float> zeroinitializer
  %258 = getelementptr inbounds float, float* %0, i64 %254
  %259 = bitcast float* %258 to <8 x float>*
  store <8 x float> %257, <8 x float>* %259, align 4
  %260 = mul i64 %27, 12
  %261 = add i64 %260, %30
  %262 = add i64 %261, 1
  %263 = mul i64 %262, 55
  %264 = add i64 %263, %24
  %265 = mul i64 %264, 55
  %266 = add i64 %265, 54
  %267 = mul i64 %266, 8
  %268 = load <8 x float>, <8 x float>* %6, align 32
  %269 = fcmp ogt <8 x float> %268, zeroinitializer
  %270 = select <8 x i1> %269, <8 x float> %268, <8 x float> zeroinitializer
  %271 = getelementptr inbounds float, float* %0, i64 %267
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %270, <8 x float>* %272, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next20, %kw.exit16 ]
  %273 = icmp slt i64 %kh13, 11
  br i1 %273, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %274 = mul i64 %kh13, 228
  %275 = add i64 %244, %274
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next21 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next19, %kw.body15 ]
  %276 = icmp slt i64 %kw17, 11
  br i1 %276, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %277 = mul i64 %kw17, 1
  %278 = add i64 %275, %277
  %279 = mul i64 %kh13, 11
  %280 = add i64 %279, %kw17
  %281 = mul i64 %280, 8
  %282 = add i64 %246, %281
  %283 = add i64 %282, 0
  %284 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  %286 = load <8 x float>, <8 x float>* %285, align 4
  %287 = add i64 %282, 2904
  %288 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = add i64 %278, 0
  %292 = getelementptr inbounds float, float* %2, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat18 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %7, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %286, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %7, align 32
  %297 = load <8 x float>, <8 x float>* %6, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %290, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %6, align 32
  %kw.next19 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next20 = add i64 %kh13, 1
  br label %kh.header10
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #4

; Function Attrs: nounwind
define internal void @node0.conv1.step1(i8* %0) #3 {
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
  %19 = add i64 330, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 330
  %23 = select i1 %22, i64 %21, i64 330
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 330
  %26 = select i1 %25, i64 %24, i64 330
  call void @node0.conv1.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 55
  %8 = sdiv i64 %task, 55
  %9 = mul i64 %task, 440
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 48
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = add i64 %w, 0
  %12 = mul i64 %11, 8
  %13 = add i64 %12, 0
  %14 = add i64 %9, %13
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = bitcast float* %15 to <8 x float>*
  %17 = load <8 x float>, <8 x float>* %16, align 4
  %18 = add i64 %w, 1
  %19 = mul i64 %18, 8
  %20 = add i64 %19, 0
  %21 = add i64 %9, %20
  %22 = getelementptr inbounds float, float* %1, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = add i64 %w, 2
  %26 = mul i64 %25, 8
  %27 = add i64 %26, 0
  %28 = add i64 %9, %27
  %29 = getelementptr inbounds float, float* %1, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %w, 3
  %33 = mul i64 %32, 8
  %34 = add i64 %33, 0
  %35 = add i64 %9, %34
  %36 = getelementptr inbounds float, float* %1, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %w, 4
  %40 = mul i64 %39, 8
  %41 = add i64 %40, 0
  %42 = add i64 %9, %41
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %w, 5
  %47 = mul i64 %46, 8
  %48 = add i64 %47, 0
  %49 = add i64 %9, %48
  %50 = getelementptr inbounds float, float* %1, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %w, 6
  %54 = mul i64 %53, 8
  %55 = add i64 %54, 0
  %56 = add i64 %9, %55
  %57 = getelementptr inbounds float, float* %1, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %w, 7
  %61 = mul i64 %60, 8
  %62 = add i64 %61, 0
  %63 = add i64 %9, %62
  %64 = getelementptr inbounds float, float* %1, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = shufflevector <8 x float> %17, <8 x float> %45, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %68 = shufflevector <8 x float> %17, <8 x float> %45, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %69 = shufflevector <8 x float> %24, <8 x float> %52, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %70 = shufflevector <8 x float> %24, <8 x float> %52, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %71 = shufflevector <8 x float> %31, <8 x float> %59, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %72 = shufflevector <8 x float> %31, <8 x float> %59, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %73 = shufflevector <8 x float> %38, <8 x float> %66, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %74 = shufflevector <8 x float> %38, <8 x float> %66, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %75 = shufflevector <8 x float> %67, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %76 = shufflevector <8 x float> %67, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %77 = shufflevector <8 x float> %68, <8 x float> %72, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %78 = shufflevector <8 x float> %68, <8 x float> %72, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %79 = shufflevector <8 x float> %69, <8 x float> %73, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %80 = shufflevector <8 x float> %69, <8 x float> %73, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %81 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %82 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %83 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %84 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %85 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %86 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %87 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %88 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %89 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %90 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %91 = mul i64 %8, 8
  %92 = add i64 %91, 0
  %93 = mul i64 %92, 3025
  %94 = mul i64 %7, 55
  %95 = add i64 %94, %w
  %96 = add i64 %93, %95
  %97 = getelementptr inbounds float, float* %0, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %83, <8 x float>* %98, align 4
  %99 = mul i64 %8, 8
  %100 = add i64 %99, 1
  %101 = mul i64 %100, 3025
  %102 = mul i64 %7, 55
  %103 = add i64 %102, %w
  %104 = add i64 %101, %103
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %84, <8 x float>* %106, align 4
  %107 = mul i64 %8, 8
  %108 = add i64 %107, 2
  %109 = mul i64 %108, 3025
  %110 = mul i64 %7, 55
  %111 = add i64 %110, %w
  %112 = add i64 %109, %111
  %113 = getelementptr inbounds float, float* %0, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %85, <8 x float>* %114, align 4
  %115 = mul i64 %8, 8
  %116 = add i64 %115, 3
  %117 = mul i64 %116, 3025
  %118 = mul i64 %7, 55
  %119 = add i64 %118, %w
  %120 = add i64 %117, %119
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %86, <8 x float>* %122, align 4
  %123 = mul i64 %8, 8
  %124 = add i64 %123, 4
  %125 = mul i64 %124, 3025
  %126 = mul i64 %7, 55
  %127 = add i64 %126, %w
  %128 = add i64 %125, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %87, <8 x float>* %130, align 4
  %131 = mul i64 %8, 8
  %132 = add i64 %131, 5
  %133 = mul i64 %132, 3025
  %134 = mul i64 %7, 55
  %135 = add i64 %134, %w
  %136 = add i64 %133, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %88, <8 x float>* %138, align 4
  %139 = mul i64 %8, 8
  %140 = add i64 %139, 6
  %141 = mul i64 %140, 3025
  %142 = mul i64 %7, 55
  %143 = add i64 %142, %w
  %144 = add i64 %141, %143
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %89, <8 x float>* %146, align 4
  %147 = mul i64 %8, 8
  %148 = add i64 %147, 7
  %149 = mul i64 %148, 3025
  %150 = mul i64 %7, 55
  %151 = add i64 %150, %w
  %152 = add i64 %149, %151
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %90, <8 x float>* %154, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 48, %w.exit ], [ %ws.next, %ws.body ]
  %155 = icmp slt i64 %ws, 55
  br i1 %155, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %156 = mul i64 %ws, 8
  %157 = add i64 %156, 0
  %158 = add i64 %9, %157
  %159 = mul i64 %8, 8
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 3025
  %162 = mul i64 %7, 55
  %163 = add i64 %162, %ws
  %164 = add i64 %161, %163
  %165 = getelementptr inbounds float, float* %1, i64 %158
  %166 = load float, float* %165, align 4
  %167 = getelementptr inbounds float, float* %0, i64 %164
  store float %166, float* %167, align 4
  %168 = mul i64 %ws, 8
  %169 = add i64 %168, 1
  %170 = add i64 %9, %169
  %171 = mul i64 %8, 8
  %172 = add i64 %171, 1
  %173 = mul i64 %172, 3025
  %174 = mul i64 %7, 55
  %175 = add i64 %174, %ws
  %176 = add i64 %173, %175
  %177 = getelementptr inbounds float, float* %1, i64 %170
  %178 = load float, float* %177, align 4
  %179 = getelementptr inbounds float, float* %0, i64 %176
  store float %178, float* %179, align 4
  %180 = mul i64 %ws, 8
  %181 = add i64 %180, 2
  %182 = add i64 %9, %181
  %183 = mul i64 %8, 8
  %184 = add i64 %183, 2
  %185 = mul i64 %184, 3025
  %186 = mul i64 %7, 55
  %187 = add i64 %186, %ws
  %188 = add i64 %185, %187
  %189 = getelementptr inbounds float, float* %1, i64 %182
  %190 = load float, float* %189, align 4
  %191 = getelementptr inbounds float, float* %0, i64 %188
  store float %190, float* %191, align 4
  %192 = mul i64 %ws, 8
  %193 = add i64 %192, 3
  %194 = add i64 %9, %193
  %195 = mul i64 %8, 8
  %196 = add i64 %195, 3
  %197 = mul i64 %196, 3025
  %198 = mul i64 %7, 55
  %199 = add i64 %198, %ws
  %200 = add i64 %197, %199
  %201 = getelementptr inbounds float, float* %1, i64 %194
  %202 = load float, float* %201, align 4
  %203 = getelementptr inbounds float, float* %0, i64 %200
  store float %202, float* %203, align 4
  %204 = mul i64 %ws, 8
  %205 = add i64 %204, 4
  %206 = add i64 %9, %205
  %207 = mul i64 %8, 8
  %208 = add i64 %207, 4
  %209 = mul i64 %208, 3025
  %210 = mul i64 %7, 55
  %211 = add i64 %210, %ws
  %212 = add i64 %209, %211
  %213 = getelementptr inbounds float, float* %1, i64 %206
  %214 = load float, float* %213, align 4
  %215 = getelementptr inbounds float, float* %0, i64 %212
  store float %214, float* %215, align 4
  %216 = mul i64 %ws, 8
  %217 = add i64 %216, 5
  %218 = add i64 %9, %217
  %219 = mul i64 %8, 8
  %220 = add i64 %219, 5
  %221 = mul i64 %220, 3025
  %222 = mul i64 %7, 55
  %223 = add i64 %222, %ws
  %224 = add i64 %221, %223
  %225 = getelementptr inbounds float, float* %1, i64 %218
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %ws, 8
  %229 = add i64 %228, 6
  %230 = add i64 %9, %229
  %231 = mul i64 %8, 8
  %232 = add i64 %231, 6
  %233 = mul i64 %232, 3025
  %234 = mul i64 %7, 55
  %235 = add i64 %234, %ws
  %236 = add i64 %233, %235
  %237 = getelementptr inbounds float, float* %1, i64 %230
  %238 = load float, float* %237, align 4
  %239 = getelementptr inbounds float, float* %0, i64 %236
  store float %238, float* %239, align 4
  %240 = mul i64 %ws, 8
  %241 = add i64 %240, 7
  %242 = add i64 %9, %241
  %243 = mul i64 %8, 8
  %244 = add i64 %243, 7
  %245 = mul i64 %244, 3025
  %246 = mul i64 %7, 55
  %247 = add i64 %246, %ws
  %248 = add i64 %245, %247
  %249 = getelementptr inbounds float, float* %1, i64 %242
  %250 = load float, float* %249, align 4
  %251 = getelementptr inbounds float, float* %0, i64 %248
  store float %250, float* %251, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node1.conv1.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 660, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 660
  %23 = select i1 %22, i64 %21, i64 660
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 660
  %26 = select i1 %25, i64 %24, i64 660
  call void @node1.conv1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.lrn_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 96
  %10 = srem i64 %task, 96
  %11 = sub i64 %10, 2
  %12 = icmp sgt i64 %11, 0
  %13 = select i1 %12, i64 %11, i64 0
  %14 = add i64 %10, 3
  %15 = icmp slt i64 %14, 96
  %16 = select i1 %15, i64 %14, i64 96
  %17 = mul i64 %9, 290400
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %w.exit, %task.body
  %v = phi i64 [ 0, %task.body ], [ %v.next, %w.exit ]
  %18 = icmp slt i64 %v, 3024
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %w.header

v.exit:                                           ; preds = %v.header
  br label %s.header

w.header:                                         ; preds = %w.body, %v.body
  %w = phi i64 [ %13, %v.body ], [ %w.next, %w.body ]
  %19 = icmp slt i64 %w, %16
  br i1 %19, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %20 = mul i64 %w, 3025
  %21 = add i64 %17, %20
  %22 = add i64 %21, %v
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %7, align 32
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %28 = mul i64 %10, 3025
  %29 = add i64 %17, %28
  %30 = add i64 %29, %v
  %31 = load <8 x float>, <8 x float>* %7, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %33 = bitcast <8 x float> %32 to <8 x i32>
  %34 = lshr <8 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = and <8 x i32> %34, <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>
  %36 = sub <8 x i32> %35, <i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126>
  %37 = sitofp <8 x i32> %36 to <8 x float>
  %38 = and <8 x i32> %33, <i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041>
  %39 = or <8 x i32> %38, <i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608>
  %40 = bitcast <8 x i32> %39 to <8 x float>
  %41 = fcmp olt <8 x float> %40, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %42 = fsub <8 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %43 = select <8 x i1> %41, <8 x float> %42, <8 x float> %37
  %44 = fadd <8 x float> %40, %40
  %45 = fsub <8 x float> %44, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %46 = fsub <8 x float> %40, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = select <8 x i1> %41, <8 x float> %45, <8 x float> %46
  %48 = fmul <8 x float> %47, %47
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000>, <8 x float> %47, <8 x float> <float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000>)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> <float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %47, <8 x float> <float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %47, <8 x float> <float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %47, <8 x float> <float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %47, <8 x float> <float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %47, <8 x float> <float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %47, <8 x float> <float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000>)
  %57 = fmul <8 x float> %56, %47
  %58 = fmul <8 x float> %57, %48
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000>, <8 x float> %58)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> <float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01>, <8 x float> %59)
  %61 = fadd <8 x float> %47, %60
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>, <8 x float> %61)
  %63 = fmul <8 x float> <float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01>, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %67 = call <8 x float> @llvm.floor.v8f32(<8 x float> %66)
  %68 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %65)
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %68)
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %69, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %69, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %69, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %69, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %69, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %75 = fmul <8 x float> %69, %69
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %75, <8 x float> %69)
  %77 = fadd <8 x float> %76, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %78 = fptosi <8 x float> %67 to <8 x i32>
  %79 = add <8 x i32> %78, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %80 = shl <8 x i32> %79, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %81 = bitcast <8 x i32> %80 to <8 x float>
  %82 = fmul <8 x float> %77, %81
  %83 = getelementptr inbounds float, float* %1, i64 %30
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = fmul <8 x float> %85, %82
  %87 = getelementptr inbounds float, float* %0, i64 %30
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %v.next = add i64 %v, 8
  br label %v.header

s.header:                                         ; preds = %w.exit3, %v.exit
  %s = phi i64 [ 3024, %v.exit ], [ %s.next, %w.exit3 ]
  %89 = icmp slt i64 %s, 3025
  br i1 %89, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  store float 0.000000e+00, float* %6, align 4
  br label %w.header1

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header

w.header1:                                        ; preds = %w.body2, %s.body
  %w4 = phi i64 [ %13, %s.body ], [ %w.next5, %w.body2 ]
  %90 = icmp slt i64 %w4, %16
  br i1 %90, label %w.body2, label %w.exit3

w.body2:                                          ; preds = %w.header1
  %91 = mul i64 %w4, 3025
  %92 = add i64 %17, %91
  %93 = add i64 %92, %s
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = load float, float* %6, align 4
  %97 = call float @llvm.fma.f32(float %95, float %95, float %96)
  store float %97, float* %6, align 4
  %w.next5 = add i64 %w4, 1
  br label %w.header1

w.exit3:                                          ; preds = %w.header1
  %98 = mul i64 %10, 3025
  %99 = add i64 %17, %98
  %100 = add i64 %99, %s
  %101 = load float, float* %6, align 4
  %102 = call float @llvm.fma.f32(float %101, float 0x3EF4F8B580000000, float 2.000000e+00)
  %103 = bitcast float %102 to i32
  %104 = lshr i32 %103, 23
  %105 = and i32 %104, 255
  %106 = sub i32 %105, 126
  %107 = sitofp i32 %106 to float
  %108 = and i32 %103, -2139095041
  %109 = or i32 %108, 1056964608
  %110 = bitcast i32 %109 to float
  %111 = fcmp olt float %110, 0x3FE6A09E60000000
  %112 = fsub float %107, 1.000000e+00
  %113 = select i1 %111, float %112, float %107
  %114 = fadd float %110, %110
  %115 = fsub float %114, 1.000000e+00
  %116 = fsub float %110, 1.000000e+00
  %117 = select i1 %111, float %115, float %116
  %118 = fmul float %117, %117
  %119 = call float @llvm.fma.f32(float 0x3FB2043760000000, float %117, float 0xBFBD7A3700000000)
  %120 = call float @llvm.fma.f32(float %119, float %117, float 0x3FBDE4A340000000)
  %121 = call float @llvm.fma.f32(float %120, float %117, float 0xBFBFCBA9E0000000)
  %122 = call float @llvm.fma.f32(float %121, float %117, float 0x3FC23D37E0000000)
  %123 = call float @llvm.fma.f32(float %122, float %117, float 0xBFC555CA00000000)
  %124 = call float @llvm.fma.f32(float %123, float %117, float 0x3FC999D580000000)
  %125 = call float @llvm.fma.f32(float %124, float %117, float 0xBFCFFFFF80000000)
  %126 = call float @llvm.fma.f32(float %125, float %117, float 0x3FD5555540000000)
  %127 = fmul float %126, %117
  %128 = fmul float %127, %118
  %129 = call float @llvm.fma.f32(float %113, float 0xBF2BD01060000000, float %128)
  %130 = call float @llvm.fma.f32(float %118, float -5.000000e-01, float %129)
  %131 = fadd float %117, %130
  %132 = call float @llvm.fma.f32(float %113, float 0x3FE6300000000000, float %131)
  %133 = fmul float -7.500000e-01, %132
  %134 = call float @llvm.maxnum.f32(float %133, float 0xC055D33340000000)
  %135 = call float @llvm.minnum.f32(float %134, float 0x40562CCCC0000000)
  %136 = call float @llvm.fma.f32(float %135, float 0x3FF7154760000000, float 5.000000e-01)
  %137 = call float @llvm.floor.f32(float %136)
  %138 = call float @llvm.fma.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = call float @llvm.fma.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %139, float 0x3F56E879C0000000)
  %141 = call float @llvm.fma.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = call float @llvm.fma.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = call float @llvm.fma.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = call float @llvm.fma.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = call float @llvm.fma.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = add i32 %148, 127
  %150 = shl i32 %149, 23
  %151 = bitcast i32 %150 to float
  %152 = fmul float %147, %151
  %153 = getelementptr inbounds float, float* %1, i64 %100
  %154 = load float, float* %153, align 4
  %155 = fmul float %154, %152
  %156 = getelementptr inbounds float, float* %0, i64 %100
  store float %155, float* %156, align 4
  %s.next = add i64 %s, 1
  br label %s.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #4

; Function Attrs: nounwind
define internal void @node2.lrn_1.step0(i8* %0) #3 {
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
  %19 = add i64 96, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 96
  %23 = select i1 %22, i64 %21, i64 96
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 96
  %26 = select i1 %25, i64 %24, i64 96
  call void @node2.lrn_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 27
  %10 = srem i64 %task, 27
  %11 = mul i64 %9, 3025
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 27
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 27
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 55
  %23 = select i1 %22, i64 %21, i64 55
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 55
  %26 = select i1 %25, i64 %24, i64 55
  %27 = sub i64 %26, %18
  %28 = sub i64 %23, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 24
  br i1 %29, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  br label %c.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %20, %x.body ], [ %r.next, %r.body ]
  %30 = icmp slt i64 %r, %23
  br i1 %30, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %31 = mul i64 %r, 55
  %32 = mul i64 %x, 2
  %33 = add i64 %31, %32
  %34 = sub i64 %33, 0
  %35 = load <8 x float>, <8 x float>* %7, align 32
  %36 = add i64 %34, 0
  %37 = getelementptr inbounds float, float* %12, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %36, 8
  %41 = getelementptr inbounds float, float* %12, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = shufflevector <8 x float> %39, <8 x float> %43, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %45 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %35, <8 x float> %44)
  %46 = add i64 %34, 1
  %47 = getelementptr inbounds float, float* %12, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %46, 8
  %51 = getelementptr inbounds float, float* %12, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = shufflevector <8 x float> %49, <8 x float> %53, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %45, <8 x float> %54)
  %56 = add i64 %34, 2
  %57 = getelementptr inbounds float, float* %12, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %56, 8
  %61 = getelementptr inbounds float, float* %12, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = shufflevector <8 x float> %59, <8 x float> %63, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %66 = load <8 x float>, <8 x float>* %7, align 32
  %67 = getelementptr inbounds float, float* %16, i64 %x
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 24, %x.exit ], [ %c.next, %r.exit3 ]
  %69 = icmp slt i64 %c, 27
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 55
  %76 = select i1 %75, i64 %74, i64 55
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 55
  %79 = select i1 %78, i64 %77, i64 55
  %80 = sub i64 %79, %71
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %20, %c.body ], [ %r.next5, %q.exit ]
  %81 = icmp slt i64 %r4, %23
  br i1 %81, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %82 = load float, float* %6, align 4
  %83 = getelementptr inbounds float, float* %16, i64 %c
  store float %82, float* %83, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %73, %r.body2 ], [ %q.next, %q.body ]
  %84 = icmp slt i64 %q, %76
  br i1 %84, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %85 = mul i64 %r4, 55
  %86 = add i64 %85, %q
  %87 = getelementptr inbounds float, float* %12, i64 %86
  %88 = load float, float* %87, align 4
  %89 = load float, float* %6, align 4
  %90 = call float @llvm.maxnum.f32(float %89, float %88)
  store float %90, float* %6, align 4
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1
}

; Function Attrs: nounwind
define internal void @node3.maxPool2d_1.step0(i8* %0) #3 {
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
  %19 = add i64 2592, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2592
  %23 = select i1 %22, i64 %21, i64 2592
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2592
  %26 = select i1 %25, i64 %24, i64 2592
  call void @node3.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.maxPool2d_1.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 27
  %8 = sdiv i64 %task, 27
  %9 = mul i64 %task, 216
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 24
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 729
  %14 = mul i64 %7, 27
  %15 = add i64 %14, %w
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %8, 8
  %21 = add i64 %20, 1
  %22 = mul i64 %21, 729
  %23 = mul i64 %7, 27
  %24 = add i64 %23, %w
  %25 = add i64 %22, %24
  %26 = getelementptr inbounds float, float* %1, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  %29 = mul i64 %8, 8
  %30 = add i64 %29, 2
  %31 = mul i64 %30, 729
  %32 = mul i64 %7, 27
  %33 = add i64 %32, %w
  %34 = add i64 %31, %33
  %35 = getelementptr inbounds float, float* %1, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = mul i64 %8, 8
  %39 = add i64 %38, 3
  %40 = mul i64 %39, 729
  %41 = mul i64 %7, 27
  %42 = add i64 %41, %w
  %43 = add i64 %40, %42
  %44 = getelementptr inbounds float, float* %1, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = mul i64 %8, 8
  %48 = add i64 %47, 4
  %49 = mul i64 %48, 729
  %50 = mul i64 %7, 27
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = getelementptr inbounds float, float* %1, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = mul i64 %8, 8
  %57 = add i64 %56, 5
  %58 = mul i64 %57, 729
  %59 = mul i64 %7, 27
  %60 = add i64 %59, %w
  %61 = add i64 %58, %60
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = mul i64 %8, 8
  %66 = add i64 %65, 6
  %67 = mul i64 %66, 729
  %68 = mul i64 %7, 27
  %69 = add i64 %68, %w
  %70 = add i64 %67, %69
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = mul i64 %8, 8
  %75 = add i64 %74, 7
  %76 = mul i64 %75, 729
  %77 = mul i64 %7, 27
  %78 = add i64 %77, %w
  %79 = add i64 %76, %78
  %80 = getelementptr inbounds float, float* %1, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = shufflevector <8 x float> %19, <8 x float> %55, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %84 = shufflevector <8 x float> %19, <8 x float> %55, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %85 = shufflevector <8 x float> %28, <8 x float> %64, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %86 = shufflevector <8 x float> %28, <8 x float> %64, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %87 = shufflevector <8 x float> %37, <8 x float> %73, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %88 = shufflevector <8 x float> %37, <8 x float> %73, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %89 = shufflevector <8 x float> %46, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %90 = shufflevector <8 x float> %46, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %91 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %92 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %93 = shufflevector <8 x float> %84, <8 x float> %88, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %94 = shufflevector <8 x float> %84, <8 x float> %88, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %95 = shufflevector <8 x float> %85, <8 x float> %89, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %96 = shufflevector <8 x float> %85, <8 x float> %89, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %97 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %98 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %99 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %100 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %101 = shufflevector <8 x float> %92, <8 x float> %96, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %102 = shufflevector <8 x float> %92, <8 x float> %96, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %103 = shufflevector <8 x float> %93, <8 x float> %97, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %104 = shufflevector <8 x float> %93, <8 x float> %97, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %105 = shufflevector <8 x float> %94, <8 x float> %98, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %106 = shufflevector <8 x float> %94, <8 x float> %98, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %107 = add i64 %w, 0
  %108 = mul i64 %107, 8
  %109 = add i64 %108, 0
  %110 = add i64 %9, %109
  %111 = getelementptr inbounds float, float* %0, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %99, <8 x float>* %112, align 4
  %113 = add i64 %w, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %114, 0
  %116 = add i64 %9, %115
  %117 = getelementptr inbounds float, float* %0, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %100, <8 x float>* %118, align 4
  %119 = add i64 %w, 2
  %120 = mul i64 %119, 8
  %121 = add i64 %120, 0
  %122 = add i64 %9, %121
  %123 = getelementptr inbounds float, float* %0, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %101, <8 x float>* %124, align 4
  %125 = add i64 %w, 3
  %126 = mul i64 %125, 8
  %127 = add i64 %126, 0
  %128 = add i64 %9, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %102, <8 x float>* %130, align 4
  %131 = add i64 %w, 4
  %132 = mul i64 %131, 8
  %133 = add i64 %132, 0
  %134 = add i64 %9, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %103, <8 x float>* %136, align 4
  %137 = add i64 %w, 5
  %138 = mul i64 %137, 8
  %139 = add i64 %138, 0
  %140 = add i64 %9, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %104, <8 x float>* %142, align 4
  %143 = add i64 %w, 6
  %144 = mul i64 %143, 8
  %145 = add i64 %144, 0
  %146 = add i64 %9, %145
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %105, <8 x float>* %148, align 4
  %149 = add i64 %w, 7
  %150 = mul i64 %149, 8
  %151 = add i64 %150, 0
  %152 = add i64 %9, %151
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %106, <8 x float>* %154, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 24, %w.exit ], [ %ws.next, %ws.body ]
  %155 = icmp slt i64 %ws, 27
  br i1 %155, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %156 = mul i64 %8, 8
  %157 = add i64 %156, 0
  %158 = mul i64 %157, 729
  %159 = mul i64 %7, 27
  %160 = add i64 %159, %ws
  %161 = add i64 %158, %160
  %162 = mul i64 %ws, 8
  %163 = add i64 %162, 0
  %164 = add i64 %9, %163
  %165 = getelementptr inbounds float, float* %1, i64 %161
  %166 = load float, float* %165, align 4
  %167 = getelementptr inbounds float, float* %0, i64 %164
  store float %166, float* %167, align 4
  %168 = mul i64 %8, 8
  %169 = add i64 %168, 1
  %170 = mul i64 %169, 729
  %171 = mul i64 %7, 27
  %172 = add i64 %171, %ws
  %173 = add i64 %170, %172
  %174 = mul i64 %ws, 8
  %175 = add i64 %174, 1
  %176 = add i64 %9, %175
  %177 = getelementptr inbounds float, float* %1, i64 %173
  %178 = load float, float* %177, align 4
  %179 = getelementptr inbounds float, float* %0, i64 %176
  store float %178, float* %179, align 4
  %180 = mul i64 %8, 8
  %181 = add i64 %180, 2
  %182 = mul i64 %181, 729
  %183 = mul i64 %7, 27
  %184 = add i64 %183, %ws
  %185 = add i64 %182, %184
  %186 = mul i64 %ws, 8
  %187 = add i64 %186, 2
  %188 = add i64 %9, %187
  %189 = getelementptr inbounds float, float* %1, i64 %185
  %190 = load float, float* %189, align 4
  %191 = getelementptr inbounds float, float* %0, i64 %188
  store float %190, float* %191, align 4
  %192 = mul i64 %8, 8
  %193 = add i64 %192, 3
  %194 = mul i64 %193, 729
  %195 = mul i64 %7, 27
  %196 = add i64 %195, %ws
  %197 = add i64 %194, %196
  %198 = mul i64 %ws, 8
  %199 = add i64 %198, 3
  %200 = add i64 %9, %199
  %201 = getelementptr inbounds float, float* %1, i64 %197
  %202 = load float, float* %201, align 4
  %203 = getelementptr inbounds float, float* %0, i64 %200
  store float %202, float* %203, align 4
  %204 = mul i64 %8, 8
  %205 = add i64 %204, 4
  %206 = mul i64 %205, 729
  %207 = mul i64 %7, 27
  %208 = add i64 %207, %ws
  %209 = add i64 %206, %208
  %210 = mul i64 %ws, 8
  %211 = add i64 %210, 4
  %212 = add i64 %9, %211
  %213 = getelementptr inbounds float, float* %1, i64 %209
  %214 = load float, float* %213, align 4
  %215 = getelementptr inbounds float, float* %0, i64 %212
  store float %214, float* %215, align 4
  %216 = mul i64 %8, 8
  %217 = add i64 %216, 5
  %218 = mul i64 %217, 729
  %219 = mul i64 %7, 27
  %220 = add i64 %219, %ws
  %221 = add i64 %218, %220
  %222 = mul i64 %ws, 8
  %223 = add i64 %222, 5
  %224 = add i64 %9, %223
  %225 = getelementptr inbounds float, float* %1, i64 %221
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %8, 8
  %229 = add i64 %228, 6
  %230 = mul i64 %229, 729
  %231 = mul i64 %7, 27
  %232 = add i64 %231, %ws
  %233 = add i64 %230, %232
  %234 = mul i64 %ws, 8
  %235 = add i64 %234, 6
  %236 = add i64 %9, %235
  %237 = getelementptr inbounds float, float* %1, i64 %233
  %238 = load float, float* %237, align 4
  %239 = getelementptr inbounds float, float* %0, i64 %236
  store float %238, float* %239, align 4
  %240 = mul i64 %8, 8
  %241 = add i64 %240, 7
  %242 = mul i64 %241, 729
  %243 = mul i64 %7, 27
  %244 = add i64 %243, %ws
  %245 = add i64 %242, %244
  %246 = mul i64 %ws, 8
  %247 = add i64 %246, 7
  %248 = add i64 %9, %247
  %249 = getelementptr inbounds float, float* %1, i64 %245
  %250 = load float, float* %249, align 4
  %251 = getelementptr inbounds float, float* %0, i64 %248
  store float %250, float* %251, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node4.maxPool2d_1.nchw8c.step0(i8* %0) #3 {
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
  %19 = add i64 324, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 324
  %23 = select i1 %22, i64 %21, i64 324
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 324
  %26 = select i1 %25, i64 %24, i64 324
  call void @node4.maxPool2d_1.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 31
  %8 = sub i64 %7, 2
  %9 = sdiv i64 %task, 31
  %10 = mul i64 %task, 248
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 27
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 27
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 216
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 64, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 16
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 864, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 232
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 64, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 992, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node5.conv2.step0(i8* %0) #3 {
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
  %19 = add i64 372, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 372
  %23 = select i1 %22, i64 %21, i64 372
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 372
  %26 = select i1 %25, i64 %24, i64 372
  call void @node5.conv2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit50 ]
  %24 = icmp slt i64 %task, %5
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 8
  %26 = sdiv i64 %task, 8
  %27 = srem i64 %26, 27
  %28 = mul i64 %27, 1
  %29 = sdiv i64 %task, 216
  %30 = srem i64 %29, 2
  %31 = sdiv i64 %29, 2
  %32 = mul i64 %30, 16
  %33 = mul i64 %25, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 12
  %36 = mul i64 %30, 6
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 7688
  %39 = mul i64 %34, 9600
  %40 = mul i64 %28, 248
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %41 = icmp slt i64 %x, 24
  br i1 %41, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %42 = add i64 %34, 0
  %43 = mul i64 %42, 8
  %44 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %43
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
  %49 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %48
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
  %57 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  store <8 x float> %59, <8 x float>* %11, align 32
  store <8 x float> %59, <8 x float>* %10, align 32
  store <8 x float> %59, <8 x float>* %9, align 32
  %60 = add i64 %34, 1
  %61 = mul i64 %60, 8
  %62 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  store <8 x float> %64, <8 x float>* %8, align 32
  store <8 x float> %64, <8 x float>* %7, align 32
  store <8 x float> %64, <8 x float>* %6, align 32
  %65 = add i64 %40, 192
  %66 = add i64 %38, %65
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %67 = icmp slt i64 %u, 6
  br i1 %67, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %68 = mul i64 %u, 7688
  %69 = add i64 %54, %68
  %70 = mul i64 %u, 1600
  %71 = add i64 %39, %70
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %72 = mul i64 %31, 32
  %73 = add i64 %72, %34
  %74 = add i64 %73, 0
  %75 = mul i64 %74, 27
  %76 = add i64 %75, %28
  %77 = mul i64 %76, 27
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
  %129 = mul i64 %128, 27
  %130 = add i64 %129, %28
  %131 = mul i64 %130, 27
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
  %180 = icmp slt i64 %kh, 5
  br i1 %180, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %181 = mul i64 %kh, 248
  %182 = add i64 %69, %181
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %183 = icmp slt i64 %kw, 5
  br i1 %183, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %184 = mul i64 %kw, 8
  %185 = add i64 %182, %184
  %186 = mul i64 %kh, 5
  %187 = add i64 %186, %kw
  %188 = mul i64 %187, 64
  %189 = add i64 %71, %188
  %190 = add i64 %189, 0
  %191 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %189, 9600
  %195 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %194
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
  %247 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  %249 = load <8 x float>, <8 x float>* %248, align 4
  %250 = add i64 %189, 9608
  %251 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %250
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
  %303 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %189, 9616
  %307 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %306
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
  %359 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %358
  %360 = bitcast float* %359 to <8 x float>*
  %361 = load <8 x float>, <8 x float>* %360, align 4
  %362 = add i64 %189, 9624
  %363 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %362
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
  %415 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = add i64 %189, 9632
  %419 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %418
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
  %471 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = add i64 %189, 9640
  %475 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %474
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
  %527 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  %530 = add i64 %189, 9648
  %531 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %530
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
  %583 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %189, 9656
  %587 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %586
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
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next86, %kh.exit54 ]
  %638 = icmp slt i64 %u51, 6
  br i1 %638, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %639 = mul i64 %u51, 7688
  %640 = add i64 %66, %639
  %641 = mul i64 %u51, 1600
  %642 = add i64 %39, %641
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %643 = mul i64 %31, 32
  %644 = add i64 %643, %34
  %645 = add i64 %644, 0
  %646 = mul i64 %645, 27
  %647 = add i64 %646, %28
  %648 = mul i64 %647, 27
  %649 = add i64 %648, 24
  %650 = mul i64 %649, 8
  %651 = load <8 x float>, <8 x float>* %11, align 32
  %652 = fcmp ogt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> %651, <8 x float> zeroinitializer
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = add i64 %648, 25
  %657 = mul i64 %656, 8
  %658 = load <8 x float>, <8 x float>* %10, align 32
  %659 = fcmp ogt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> %658, <8 x float> zeroinitializer
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = add i64 %648, 26
  %664 = mul i64 %663, 8
  %665 = load <8 x float>, <8 x float>* %9, align 32
  %666 = fcmp ogt <8 x float> %665, zeroinitializer
  %667 = select <8 x i1> %666, <8 x float> %665, <8 x float> zeroinitializer
  %668 = getelementptr inbounds float, float* %0, i64 %664
  %669 = bitcast float* %668 to <8 x float>*
  store <8 x float> %667, <8 x float>* %669, align 4
  %670 = mul i64 %31, 32
  %671 = add i64 %670, %34
  %672 = add i64 %671, 1
  %673 = mul i64 %672, 27
  %674 = add i64 %673, %28
  %675 = mul i64 %674, 27
  %676 = add i64 %675, 24
  %677 = mul i64 %676, 8
  %678 = load <8 x float>, <8 x float>* %8, align 32
  %679 = fcmp ogt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> %678, <8 x float> zeroinitializer
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %683 = add i64 %675, 25
  %684 = mul i64 %683, 8
  %685 = load <8 x float>, <8 x float>* %7, align 32
  %686 = fcmp ogt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> %685, <8 x float> zeroinitializer
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %690 = add i64 %675, 26
  %691 = mul i64 %690, 8
  %692 = load <8 x float>, <8 x float>* %6, align 32
  %693 = fcmp ogt <8 x float> %692, zeroinitializer
  %694 = select <8 x i1> %693, <8 x float> %692, <8 x float> zeroinitializer
  %695 = getelementptr inbounds float, float* %0, i64 %691
  %696 = bitcast float* %695 to <8 x float>*
  store <8 x float> %694, <8 x float>* %696, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next85, %kw.exit58 ]
  %697 = icmp slt i64 %kh55, 5
  br i1 %697, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %698 = mul i64 %kh55, 248
  %699 = add i64 %640, %698
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next86 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next84, %kw.body57 ]
  %700 = icmp slt i64 %kw59, 5
  br i1 %700, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %701 = mul i64 %kw59, 8
  %702 = add i64 %699, %701
  %703 = mul i64 %kh55, 5
  %704 = add i64 %703, %kw59
  %705 = mul i64 %704, 64
  %706 = add i64 %642, %705
  %707 = add i64 %706, 0
  %708 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %707
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = add i64 %706, 9600
  %712 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %711
  %713 = bitcast float* %712 to <8 x float>*
  %714 = load <8 x float>, <8 x float>* %713, align 4
  %715 = add i64 %702, 0
  %716 = getelementptr inbounds float, float* %2, i64 %715
  %717 = load float, float* %716, align 4
  %718 = insertelement <8 x float> undef, float %717, i32 0
  %splat60 = shufflevector <8 x float> %718, <8 x float> undef, <8 x i32> zeroinitializer
  %719 = load <8 x float>, <8 x float>* %11, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %710, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %11, align 32
  %721 = load <8 x float>, <8 x float>* %8, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %714, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %8, align 32
  %723 = add i64 %702, 8
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat61 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %10, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %710, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %10, align 32
  %729 = load <8 x float>, <8 x float>* %7, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %714, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %7, align 32
  %731 = add i64 %702, 16
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = load float, float* %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %splat62 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %735 = load <8 x float>, <8 x float>* %9, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %710, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %9, align 32
  %737 = load <8 x float>, <8 x float>* %6, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %714, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %6, align 32
  %739 = add i64 %706, 8
  %740 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %739
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = add i64 %706, 9608
  %744 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = add i64 %702, 1
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat63 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %11, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %742, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %11, align 32
  %753 = load <8 x float>, <8 x float>* %8, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %746, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %8, align 32
  %755 = add i64 %702, 9
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat64 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %10, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %742, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %10, align 32
  %761 = load <8 x float>, <8 x float>* %7, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %746, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %7, align 32
  %763 = add i64 %702, 17
  %764 = getelementptr inbounds float, float* %2, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat65 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %9, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %742, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %9, align 32
  %769 = load <8 x float>, <8 x float>* %6, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %746, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %6, align 32
  %771 = add i64 %706, 16
  %772 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = add i64 %706, 9616
  %776 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %702, 2
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat66 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %11, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %774, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %11, align 32
  %785 = load <8 x float>, <8 x float>* %8, align 32
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %778, <8 x float> %785)
  store <8 x float> %786, <8 x float>* %8, align 32
  %787 = add i64 %702, 10
  %788 = getelementptr inbounds float, float* %2, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat67 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %10, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %774, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %10, align 32
  %793 = load <8 x float>, <8 x float>* %7, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %778, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %7, align 32
  %795 = add i64 %702, 18
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat68 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %9, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %774, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %9, align 32
  %801 = load <8 x float>, <8 x float>* %6, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %778, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %6, align 32
  %803 = add i64 %706, 24
  %804 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = add i64 %706, 9624
  %808 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %702, 3
  %812 = getelementptr inbounds float, float* %2, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat69 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %11, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %806, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %11, align 32
  %817 = load <8 x float>, <8 x float>* %8, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %810, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %8, align 32
  %819 = add i64 %702, 11
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat70 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %10, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %806, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %10, align 32
  %825 = load <8 x float>, <8 x float>* %7, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %810, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %7, align 32
  %827 = add i64 %702, 19
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat71 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %9, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %806, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %9, align 32
  %833 = load <8 x float>, <8 x float>* %6, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %810, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %6, align 32
  %835 = add i64 %706, 32
  %836 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %706, 9632
  %840 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %702, 4
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat72 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %11, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %838, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %11, align 32
  %849 = load <8 x float>, <8 x float>* %8, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %842, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %8, align 32
  %851 = add i64 %702, 12
  %852 = getelementptr inbounds float, float* %2, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat73 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %10, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %838, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %10, align 32
  %857 = load <8 x float>, <8 x float>* %7, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %842, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %7, align 32
  %859 = add i64 %702, 20
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat74 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %9, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %838, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %9, align 32
  %865 = load <8 x float>, <8 x float>* %6, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %842, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %6, align 32
  %867 = add i64 %706, 40
  %868 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = add i64 %706, 9640
  %872 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %702, 5
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat75 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %11, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %870, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %11, align 32
  %881 = load <8 x float>, <8 x float>* %8, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %874, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %8, align 32
  %883 = add i64 %702, 13
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat76 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %10, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %870, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %10, align 32
  %889 = load <8 x float>, <8 x float>* %7, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %874, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %7, align 32
  %891 = add i64 %702, 21
  %892 = getelementptr inbounds float, float* %2, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat77 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %9, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %870, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %9, align 32
  %897 = load <8 x float>, <8 x float>* %6, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %874, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %6, align 32
  %899 = add i64 %706, 48
  %900 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %706, 9648
  %904 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %702, 6
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = load float, float* %908, align 4
  %910 = insertelement <8 x float> undef, float %909, i32 0
  %splat78 = shufflevector <8 x float> %910, <8 x float> undef, <8 x i32> zeroinitializer
  %911 = load <8 x float>, <8 x float>* %11, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %902, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %11, align 32
  %913 = load <8 x float>, <8 x float>* %8, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %906, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %8, align 32
  %915 = add i64 %702, 14
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat79 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %10, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %902, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %10, align 32
  %921 = load <8 x float>, <8 x float>* %7, align 32
  %922 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %906, <8 x float> %921)
  store <8 x float> %922, <8 x float>* %7, align 32
  %923 = add i64 %702, 22
  %924 = getelementptr inbounds float, float* %2, i64 %923
  %925 = load float, float* %924, align 4
  %926 = insertelement <8 x float> undef, float %925, i32 0
  %splat80 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
  %927 = load <8 x float>, <8 x float>* %9, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %902, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %9, align 32
  %929 = load <8 x float>, <8 x float>* %6, align 32
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %906, <8 x float> %929)
  store <8 x float> %930, <8 x float>* %6, align 32
  %931 = add i64 %706, 56
  %932 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = add i64 %706, 9656
  %936 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = add i64 %702, 7
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat81 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %11, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %934, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %11, align 32
  %945 = load <8 x float>, <8 x float>* %8, align 32
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %938, <8 x float> %945)
  store <8 x float> %946, <8 x float>* %8, align 32
  %947 = add i64 %702, 15
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = load float, float* %948, align 4
  %950 = insertelement <8 x float> undef, float %949, i32 0
  %splat82 = shufflevector <8 x float> %950, <8 x float> undef, <8 x i32> zeroinitializer
  %951 = load <8 x float>, <8 x float>* %10, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %934, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %10, align 32
  %953 = load <8 x float>, <8 x float>* %7, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %938, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %7, align 32
  %955 = add i64 %702, 23
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat83 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %9, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %934, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %9, align 32
  %961 = load <8 x float>, <8 x float>* %6, align 32
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %938, <8 x float> %961)
  store <8 x float> %962, <8 x float>* %6, align 32
  %kw.next84 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next85 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node5.conv2.step1(i8* %0) #3 {
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
  %19 = add i64 432, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 432
  %23 = select i1 %22, i64 %21, i64 432
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 432
  %26 = select i1 %25, i64 %24, i64 432
  call void @node5.conv2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 27
  %8 = sdiv i64 %task, 27
  %9 = mul i64 %task, 216
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 24
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = add i64 %w, 0
  %12 = mul i64 %11, 8
  %13 = add i64 %12, 0
  %14 = add i64 %9, %13
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = bitcast float* %15 to <8 x float>*
  %17 = load <8 x float>, <8 x float>* %16, align 4
  %18 = add i64 %w, 1
  %19 = mul i64 %18, 8
  %20 = add i64 %19, 0
  %21 = add i64 %9, %20
  %22 = getelementptr inbounds float, float* %1, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = add i64 %w, 2
  %26 = mul i64 %25, 8
  %27 = add i64 %26, 0
  %28 = add i64 %9, %27
  %29 = getelementptr inbounds float, float* %1, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %w, 3
  %33 = mul i64 %32, 8
  %34 = add i64 %33, 0
  %35 = add i64 %9, %34
  %36 = getelementptr inbounds float, float* %1, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %w, 4
  %40 = mul i64 %39, 8
  %41 = add i64 %40, 0
  %42 = add i64 %9, %41
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %w, 5
  %47 = mul i64 %46, 8
  %48 = add i64 %47, 0
  %49 = add i64 %9, %48
  %50 = getelementptr inbounds float, float* %1, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %w, 6
  %54 = mul i64 %53, 8
  %55 = add i64 %54, 0
  %56 = add i64 %9, %55
  %57 = getelementptr inbounds float, float* %1, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %w, 7
  %61 = mul i64 %60, 8
  %62 = add i64 %61, 0
  %63 = add i64 %9, %62
  %64 = getelementptr inbounds float, float* %1, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = shufflevector <8 x float> %17, <8 x float> %45, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %68 = shufflevector <8 x float> %17, <8 x float> %45, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %69 = shufflevector <8 x float> %24, <8 x float> %52, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %70 = shufflevector <8 x float> %24, <8 x float> %52, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %71 = shufflevector <8 x float> %31, <8 x float> %59, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %72 = shufflevector <8 x float> %31, <8 x float> %59, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %73 = shufflevector <8 x float> %38, <8 x float> %66, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %74 = shufflevector <8 x float> %38, <8 x float> %66, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %75 = shufflevector <8 x float> %67, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %76 = shufflevector <8 x float> %67, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %77 = shufflevector <8 x float> %68, <8 x float> %72, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %78 = shufflevector <8 x float> %68, <8 x float> %72, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %79 = shufflevector <8 x float> %69, <8 x float> %73, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %80 = shufflevector <8 x float> %69, <8 x float> %73, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %81 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %82 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %83 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %84 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %85 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %86 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %87 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %88 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %89 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %90 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %91 = mul i64 %8, 8
  %92 = add i64 %91, 0
  %93 = mul i64 %92, 729
  %94 = mul i64 %7, 27
  %95 = add i64 %94, %w
  %96 = add i64 %93, %95
  %97 = getelementptr inbounds float, float* %0, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %83, <8 x float>* %98, align 4
  %99 = mul i64 %8, 8
  %100 = add i64 %99, 1
  %101 = mul i64 %100, 729
  %102 = mul i64 %7, 27
  %103 = add i64 %102, %w
  %104 = add i64 %101, %103
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %84, <8 x float>* %106, align 4
  %107 = mul i64 %8, 8
  %108 = add i64 %107, 2
  %109 = mul i64 %108, 729
  %110 = mul i64 %7, 27
  %111 = add i64 %110, %w
  %112 = add i64 %109, %111
  %113 = getelementptr inbounds float, float* %0, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %85, <8 x float>* %114, align 4
  %115 = mul i64 %8, 8
  %116 = add i64 %115, 3
  %117 = mul i64 %116, 729
  %118 = mul i64 %7, 27
  %119 = add i64 %118, %w
  %120 = add i64 %117, %119
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %86, <8 x float>* %122, align 4
  %123 = mul i64 %8, 8
  %124 = add i64 %123, 4
  %125 = mul i64 %124, 729
  %126 = mul i64 %7, 27
  %127 = add i64 %126, %w
  %128 = add i64 %125, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %87, <8 x float>* %130, align 4
  %131 = mul i64 %8, 8
  %132 = add i64 %131, 5
  %133 = mul i64 %132, 729
  %134 = mul i64 %7, 27
  %135 = add i64 %134, %w
  %136 = add i64 %133, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %88, <8 x float>* %138, align 4
  %139 = mul i64 %8, 8
  %140 = add i64 %139, 6
  %141 = mul i64 %140, 729
  %142 = mul i64 %7, 27
  %143 = add i64 %142, %w
  %144 = add i64 %141, %143
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %89, <8 x float>* %146, align 4
  %147 = mul i64 %8, 8
  %148 = add i64 %147, 7
  %149 = mul i64 %148, 729
  %150 = mul i64 %7, 27
  %151 = add i64 %150, %w
  %152 = add i64 %149, %151
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %90, <8 x float>* %154, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 24, %w.exit ], [ %ws.next, %ws.body ]
  %155 = icmp slt i64 %ws, 27
  br i1 %155, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %156 = mul i64 %ws, 8
  %157 = add i64 %156, 0
  %158 = add i64 %9, %157
  %159 = mul i64 %8, 8
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 729
  %162 = mul i64 %7, 27
  %163 = add i64 %162, %ws
  %164 = add i64 %161, %163
  %165 = getelementptr inbounds float, float* %1, i64 %158
  %166 = load float, float* %165, align 4
  %167 = getelementptr inbounds float, float* %0, i64 %164
  store float %166, float* %167, align 4
  %168 = mul i64 %ws, 8
  %169 = add i64 %168, 1
  %170 = add i64 %9, %169
  %171 = mul i64 %8, 8
  %172 = add i64 %171, 1
  %173 = mul i64 %172, 729
  %174 = mul i64 %7, 27
  %175 = add i64 %174, %ws
  %176 = add i64 %173, %175
  %177 = getelementptr inbounds float, float* %1, i64 %170
  %178 = load float, float* %177, align 4
  %179 = getelementptr inbounds float, float* %0, i64 %176
  store float %178, float* %179, align 4
  %180 = mul i64 %ws, 8
  %181 = add i64 %180, 2
  %182 = add i64 %9, %181
  %183 = mul i64 %8, 8
  %184 = add i64 %183, 2
  %185 = mul i64 %184, 729
  %186 = mul i64 %7, 27
  %187 = add i64 %186, %ws
  %188 = add i64 %185, %187
  %189 = getelementptr inbounds float, float* %1, i64 %182
  %190 = load float, float* %189, align 4
  %191 = getelementptr inbounds float, float* %0, i64 %188
  store float %190, float* %191, align 4
  %192 = mul i64 %ws, 8
  %193 = add i64 %192, 3
  %194 = add i64 %9, %193
  %195 = mul i64 %8, 8
  %196 = add i64 %195, 3
  %197 = mul i64 %196, 729
  %198 = mul i64 %7, 27
  %199 = add i64 %198, %ws
  %200 = add i64 %197, %199
  %201 = getelementptr inbounds float, float* %1, i64 %194
  %202 = load float, float* %201, align 4
  %203 = getelementptr inbounds float, float* %0, i64 %200
  store float %202, float* %203, align 4
  %204 = mul i64 %ws, 8
  %205 = add i64 %204, 4
  %206 = add i64 %9, %205
  %207 = mul i64 %8, 8
  %208 = add i64 %207, 4
  %209 = mul i64 %208, 729
  %210 = mul i64 %7, 27
  %211 = add i64 %210, %ws
  %212 = add i64 %209, %211
  %213 = getelementptr inbounds float, float* %1, i64 %206
  %214 = load float, float* %213, align 4
  %215 = getelementptr inbounds float, float* %0, i64 %212
  store float %214, float* %215, align 4
  %216 = mul i64 %ws, 8
  %217 = add i64 %216, 5
  %218 = add i64 %9, %217
  %219 = mul i64 %8, 8
  %220 = add i64 %219, 5
  %221 = mul i64 %220, 729
  %222 = mul i64 %7, 27
  %223 = add i64 %222, %ws
  %224 = add i64 %221, %223
  %225 = getelementptr inbounds float, float* %1, i64 %218
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %ws, 8
  %229 = add i64 %228, 6
  %230 = add i64 %9, %229
  %231 = mul i64 %8, 8
  %232 = add i64 %231, 6
  %233 = mul i64 %232, 729
  %234 = mul i64 %7, 27
  %235 = add i64 %234, %ws
  %236 = add i64 %233, %235
  %237 = getelementptr inbounds float, float* %1, i64 %230
  %238 = load float, float* %237, align 4
  %239 = getelementptr inbounds float, float* %0, i64 %236
  store float %238, float* %239, align 4
  %240 = mul i64 %ws, 8
  %241 = add i64 %240, 7
  %242 = add i64 %9, %241
  %243 = mul i64 %8, 8
  %244 = add i64 %243, 7
  %245 = mul i64 %244, 729
  %246 = mul i64 %7, 27
  %247 = add i64 %246, %ws
  %248 = add i64 %245, %247
  %249 = getelementptr inbounds float, float* %1, i64 %242
  %250 = load float, float* %249, align 4
  %251 = getelementptr inbounds float, float* %0, i64 %248
  store float %250, float* %251, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node6.conv2.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 864, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 864
  %23 = select i1 %22, i64 %21, i64 864
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 864
  %26 = select i1 %25, i64 %24, i64 864
  call void @node6.conv2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.lrn_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 256
  %10 = srem i64 %task, 256
  %11 = sub i64 %10, 2
  %12 = icmp sgt i64 %11, 0
  %13 = select i1 %12, i64 %11, i64 0
  %14 = add i64 %10, 3
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  %17 = mul i64 %9, 186624
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %w.exit, %task.body
  %v = phi i64 [ 0, %task.body ], [ %v.next, %w.exit ]
  %18 = icmp slt i64 %v, 728
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %w.header

v.exit:                                           ; preds = %v.header
  br label %s.header

w.header:                                         ; preds = %w.body, %v.body
  %w = phi i64 [ %13, %v.body ], [ %w.next, %w.body ]
  %19 = icmp slt i64 %w, %16
  br i1 %19, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %20 = mul i64 %w, 729
  %21 = add i64 %17, %20
  %22 = add i64 %21, %v
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %7, align 32
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %28 = mul i64 %10, 729
  %29 = add i64 %17, %28
  %30 = add i64 %29, %v
  %31 = load <8 x float>, <8 x float>* %7, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %33 = bitcast <8 x float> %32 to <8 x i32>
  %34 = lshr <8 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = and <8 x i32> %34, <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>
  %36 = sub <8 x i32> %35, <i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126>
  %37 = sitofp <8 x i32> %36 to <8 x float>
  %38 = and <8 x i32> %33, <i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041>
  %39 = or <8 x i32> %38, <i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608>
  %40 = bitcast <8 x i32> %39 to <8 x float>
  %41 = fcmp olt <8 x float> %40, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %42 = fsub <8 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %43 = select <8 x i1> %41, <8 x float> %42, <8 x float> %37
  %44 = fadd <8 x float> %40, %40
  %45 = fsub <8 x float> %44, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %46 = fsub <8 x float> %40, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = select <8 x i1> %41, <8 x float> %45, <8 x float> %46
  %48 = fmul <8 x float> %47, %47
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000>, <8 x float> %47, <8 x float> <float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000>)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> <float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %47, <8 x float> <float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %47, <8 x float> <float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %47, <8 x float> <float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %47, <8 x float> <float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %47, <8 x float> <float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %47, <8 x float> <float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000>)
  %57 = fmul <8 x float> %56, %47
  %58 = fmul <8 x float> %57, %48
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000>, <8 x float> %58)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> <float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01>, <8 x float> %59)
  %61 = fadd <8 x float> %47, %60
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>, <8 x float> %61)
  %63 = fmul <8 x float> <float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01>, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %67 = call <8 x float> @llvm.floor.v8f32(<8 x float> %66)
  %68 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %65)
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %68)
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %69, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %69, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %69, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %69, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %69, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %75 = fmul <8 x float> %69, %69
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %75, <8 x float> %69)
  %77 = fadd <8 x float> %76, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %78 = fptosi <8 x float> %67 to <8 x i32>
  %79 = add <8 x i32> %78, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %80 = shl <8 x i32> %79, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %81 = bitcast <8 x i32> %80 to <8 x float>
  %82 = fmul <8 x float> %77, %81
  %83 = getelementptr inbounds float, float* %1, i64 %30
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = fmul <8 x float> %85, %82
  %87 = getelementptr inbounds float, float* %0, i64 %30
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %v.next = add i64 %v, 8
  br label %v.header

s.header:                                         ; preds = %w.exit3, %v.exit
  %s = phi i64 [ 728, %v.exit ], [ %s.next, %w.exit3 ]
  %89 = icmp slt i64 %s, 729
  br i1 %89, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  store float 0.000000e+00, float* %6, align 4
  br label %w.header1

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header

w.header1:                                        ; preds = %w.body2, %s.body
  %w4 = phi i64 [ %13, %s.body ], [ %w.next5, %w.body2 ]
  %90 = icmp slt i64 %w4, %16
  br i1 %90, label %w.body2, label %w.exit3

w.body2:                                          ; preds = %w.header1
  %91 = mul i64 %w4, 729
  %92 = add i64 %17, %91
  %93 = add i64 %92, %s
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = load float, float* %6, align 4
  %97 = call float @llvm.fma.f32(float %95, float %95, float %96)
  store float %97, float* %6, align 4
  %w.next5 = add i64 %w4, 1
  br label %w.header1

w.exit3:                                          ; preds = %w.header1
  %98 = mul i64 %10, 729
  %99 = add i64 %17, %98
  %100 = add i64 %99, %s
  %101 = load float, float* %6, align 4
  %102 = call float @llvm.fma.f32(float %101, float 0x3EF4F8B580000000, float 2.000000e+00)
  %103 = bitcast float %102 to i32
  %104 = lshr i32 %103, 23
  %105 = and i32 %104, 255
  %106 = sub i32 %105, 126
  %107 = sitofp i32 %106 to float
  %108 = and i32 %103, -2139095041
  %109 = or i32 %108, 1056964608
  %110 = bitcast i32 %109 to float
  %111 = fcmp olt float %110, 0x3FE6A09E60000000
  %112 = fsub float %107, 1.000000e+00
  %113 = select i1 %111, float %112, float %107
  %114 = fadd float %110, %110
  %115 = fsub float %114, 1.000000e+00
  %116 = fsub float %110, 1.000000e+00
  %117 = select i1 %111, float %115, float %116
  %118 = fmul float %117, %117
  %119 = call float @llvm.fma.f32(float 0x3FB2043760000000, float %117, float 0xBFBD7A3700000000)
  %120 = call float @llvm.fma.f32(float %119, float %117, float 0x3FBDE4A340000000)
  %121 = call float @llvm.fma.f32(float %120, float %117, float 0xBFBFCBA9E0000000)
  %122 = call float @llvm.fma.f32(float %121, float %117, float 0x3FC23D37E0000000)
  %123 = call float @llvm.fma.f32(float %122, float %117, float 0xBFC555CA00000000)
  %124 = call float @llvm.fma.f32(float %123, float %117, float 0x3FC999D580000000)
  %125 = call float @llvm.fma.f32(float %124, float %117, float 0xBFCFFFFF80000000)
  %126 = call float @llvm.fma.f32(float %125, float %117, float 0x3FD5555540000000)
  %127 = fmul float %126, %117
  %128 = fmul float %127, %118
  %129 = call float @llvm.fma.f32(float %113, float 0xBF2BD01060000000, float %128)
  %130 = call float @llvm.fma.f32(float %118, float -5.000000e-01, float %129)
  %131 = fadd float %117, %130
  %132 = call float @llvm.fma.f32(float %113, float 0x3FE6300000000000, float %131)
  %133 = fmul float -7.500000e-01, %132
  %134 = call float @llvm.maxnum.f32(float %133, float 0xC055D33340000000)
  %135 = call float @llvm.minnum.f32(float %134, float 0x40562CCCC0000000)
  %136 = call float @llvm.fma.f32(float %135, float 0x3FF7154760000000, float 5.000000e-01)
  %137 = call float @llvm.floor.f32(float %136)
  %138 = call float @llvm.fma.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = call float @llvm.fma.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %139, float 0x3F56E879C0000000)
  %141 = call float @llvm.fma.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = call float @llvm.fma.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = call float @llvm.fma.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = call float @llvm.fma.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = call float @llvm.fma.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = add i32 %148, 127
  %150 = shl i32 %149, 23
  %151 = bitcast i32 %150 to float
  %152 = fmul float %147, %151
  %153 = getelementptr inbounds float, float* %1, i64 %100
  %154 = load float, float* %153, align 4
  %155 = fmul float %154, %152
  %156 = getelementptr inbounds float, float* %0, i64 %100
  store float %155, float* %156, align 4
  %s.next = add i64 %s, 1
  br label %s.header
}

; Function Attrs: nounwind
define internal void @node7.lrn_2.step0(i8* %0) #3 {
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
  %19 = add i64 256, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 256
  %23 = select i1 %22, i64 %21, i64 256
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 256
  %26 = select i1 %25, i64 %24, i64 256
  call void @node7.lrn_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 13
  %10 = srem i64 %task, 13
  %11 = mul i64 %9, 729
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 13
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 13
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 27
  %23 = select i1 %22, i64 %21, i64 27
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 27
  %26 = select i1 %25, i64 %24, i64 27
  %27 = sub i64 %26, %18
  %28 = sub i64 %23, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 8
  br i1 %29, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  br label %c.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %20, %x.body ], [ %r.next, %r.body ]
  %30 = icmp slt i64 %r, %23
  br i1 %30, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %31 = mul i64 %r, 27
  %32 = mul i64 %x, 2
  %33 = add i64 %31, %32
  %34 = sub i64 %33, 0
  %35 = load <8 x float>, <8 x float>* %7, align 32
  %36 = add i64 %34, 0
  %37 = getelementptr inbounds float, float* %12, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %36, 8
  %41 = getelementptr inbounds float, float* %12, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = shufflevector <8 x float> %39, <8 x float> %43, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %45 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %35, <8 x float> %44)
  %46 = add i64 %34, 1
  %47 = getelementptr inbounds float, float* %12, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %46, 8
  %51 = getelementptr inbounds float, float* %12, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = shufflevector <8 x float> %49, <8 x float> %53, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %45, <8 x float> %54)
  %56 = add i64 %34, 2
  %57 = getelementptr inbounds float, float* %12, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %56, 8
  %61 = getelementptr inbounds float, float* %12, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = shufflevector <8 x float> %59, <8 x float> %63, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %66 = load <8 x float>, <8 x float>* %7, align 32
  %67 = getelementptr inbounds float, float* %16, i64 %x
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 8, %x.exit ], [ %c.next, %r.exit3 ]
  %69 = icmp slt i64 %c, 13
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 27
  %76 = select i1 %75, i64 %74, i64 27
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 27
  %79 = select i1 %78, i64 %77, i64 27
  %80 = sub i64 %79, %71
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %20, %c.body ], [ %r.next5, %q.exit ]
  %81 = icmp slt i64 %r4, %23
  br i1 %81, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %82 = load float, float* %6, align 4
  %83 = getelementptr inbounds float, float* %16, i64 %c
  store float %82, float* %83, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %73, %r.body2 ], [ %q.next, %q.body ]
  %84 = icmp slt i64 %q, %76
  br i1 %84, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %85 = mul i64 %r4, 27
  %86 = add i64 %85, %q
  %87 = getelementptr inbounds float, float* %12, i64 %86
  %88 = load float, float* %87, align 4
  %89 = load float, float* %6, align 4
  %90 = call float @llvm.maxnum.f32(float %89, float %88)
  store float %90, float* %6, align 4
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1
}

; Function Attrs: nounwind
define internal void @node8.maxPool2d_2.step0(i8* %0) #3 {
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
  %19 = add i64 3328, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3328
  %23 = select i1 %22, i64 %21, i64 3328
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3328
  %26 = select i1 %25, i64 %24, i64 3328
  call void @node8.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_2.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 13
  %8 = sdiv i64 %task, 13
  %9 = mul i64 %task, 104
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 8
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 169
  %14 = mul i64 %7, 13
  %15 = add i64 %14, %w
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %8, 8
  %21 = add i64 %20, 1
  %22 = mul i64 %21, 169
  %23 = mul i64 %7, 13
  %24 = add i64 %23, %w
  %25 = add i64 %22, %24
  %26 = getelementptr inbounds float, float* %1, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  %29 = mul i64 %8, 8
  %30 = add i64 %29, 2
  %31 = mul i64 %30, 169
  %32 = mul i64 %7, 13
  %33 = add i64 %32, %w
  %34 = add i64 %31, %33
  %35 = getelementptr inbounds float, float* %1, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = mul i64 %8, 8
  %39 = add i64 %38, 3
  %40 = mul i64 %39, 169
  %41 = mul i64 %7, 13
  %42 = add i64 %41, %w
  %43 = add i64 %40, %42
  %44 = getelementptr inbounds float, float* %1, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = mul i64 %8, 8
  %48 = add i64 %47, 4
  %49 = mul i64 %48, 169
  %50 = mul i64 %7, 13
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = getelementptr inbounds float, float* %1, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = mul i64 %8, 8
  %57 = add i64 %56, 5
  %58 = mul i64 %57, 169
  %59 = mul i64 %7, 13
  %60 = add i64 %59, %w
  %61 = add i64 %58, %60
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = mul i64 %8, 8
  %66 = add i64 %65, 6
  %67 = mul i64 %66, 169
  %68 = mul i64 %7, 13
  %69 = add i64 %68, %w
  %70 = add i64 %67, %69
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = mul i64 %8, 8
  %75 = add i64 %74, 7
  %76 = mul i64 %75, 169
  %77 = mul i64 %7, 13
  %78 = add i64 %77, %w
  %79 = add i64 %76, %78
  %80 = getelementptr inbounds float, float* %1, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = shufflevector <8 x float> %19, <8 x float> %55, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %84 = shufflevector <8 x float> %19, <8 x float> %55, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %85 = shufflevector <8 x float> %28, <8 x float> %64, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %86 = shufflevector <8 x float> %28, <8 x float> %64, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %87 = shufflevector <8 x float> %37, <8 x float> %73, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %88 = shufflevector <8 x float> %37, <8 x float> %73, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %89 = shufflevector <8 x float> %46, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %90 = shufflevector <8 x float> %46, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %91 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %92 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %93 = shufflevector <8 x float> %84, <8 x float> %88, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %94 = shufflevector <8 x float> %84, <8 x float> %88, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %95 = shufflevector <8 x float> %85, <8 x float> %89, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %96 = shufflevector <8 x float> %85, <8 x float> %89, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %97 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %98 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %99 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %100 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %101 = shufflevector <8 x float> %92, <8 x float> %96, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %102 = shufflevector <8 x float> %92, <8 x float> %96, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %103 = shufflevector <8 x float> %93, <8 x float> %97, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %104 = shufflevector <8 x float> %93, <8 x float> %97, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %105 = shufflevector <8 x float> %94, <8 x float> %98, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %106 = shufflevector <8 x float> %94, <8 x float> %98, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %107 = add i64 %w, 0
  %108 = mul i64 %107, 8
  %109 = add i64 %108, 0
  %110 = add i64 %9, %109
  %111 = getelementptr inbounds float, float* %0, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %99, <8 x float>* %112, align 4
  %113 = add i64 %w, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %114, 0
  %116 = add i64 %9, %115
  %117 = getelementptr inbounds float, float* %0, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %100, <8 x float>* %118, align 4
  %119 = add i64 %w, 2
  %120 = mul i64 %119, 8
  %121 = add i64 %120, 0
  %122 = add i64 %9, %121
  %123 = getelementptr inbounds float, float* %0, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %101, <8 x float>* %124, align 4
  %125 = add i64 %w, 3
  %126 = mul i64 %125, 8
  %127 = add i64 %126, 0
  %128 = add i64 %9, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %102, <8 x float>* %130, align 4
  %131 = add i64 %w, 4
  %132 = mul i64 %131, 8
  %133 = add i64 %132, 0
  %134 = add i64 %9, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %103, <8 x float>* %136, align 4
  %137 = add i64 %w, 5
  %138 = mul i64 %137, 8
  %139 = add i64 %138, 0
  %140 = add i64 %9, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %104, <8 x float>* %142, align 4
  %143 = add i64 %w, 6
  %144 = mul i64 %143, 8
  %145 = add i64 %144, 0
  %146 = add i64 %9, %145
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %105, <8 x float>* %148, align 4
  %149 = add i64 %w, 7
  %150 = mul i64 %149, 8
  %151 = add i64 %150, 0
  %152 = add i64 %9, %151
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %106, <8 x float>* %154, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 8, %w.exit ], [ %ws.next, %ws.body ]
  %155 = icmp slt i64 %ws, 13
  br i1 %155, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %156 = mul i64 %8, 8
  %157 = add i64 %156, 0
  %158 = mul i64 %157, 169
  %159 = mul i64 %7, 13
  %160 = add i64 %159, %ws
  %161 = add i64 %158, %160
  %162 = mul i64 %ws, 8
  %163 = add i64 %162, 0
  %164 = add i64 %9, %163
  %165 = getelementptr inbounds float, float* %1, i64 %161
  %166 = load float, float* %165, align 4
  %167 = getelementptr inbounds float, float* %0, i64 %164
  store float %166, float* %167, align 4
  %168 = mul i64 %8, 8
  %169 = add i64 %168, 1
  %170 = mul i64 %169, 169
  %171 = mul i64 %7, 13
  %172 = add i64 %171, %ws
  %173 = add i64 %170, %172
  %174 = mul i64 %ws, 8
  %175 = add i64 %174, 1
  %176 = add i64 %9, %175
  %177 = getelementptr inbounds float, float* %1, i64 %173
  %178 = load float, float* %177, align 4
  %179 = getelementptr inbounds float, float* %0, i64 %176
  store float %178, float* %179, align 4
  %180 = mul i64 %8, 8
  %181 = add i64 %180, 2
  %182 = mul i64 %181, 169
  %183 = mul i64 %7, 13
  %184 = add i64 %183, %ws
  %185 = add i64 %182, %184
  %186 = mul i64 %ws, 8
  %187 = add i64 %186, 2
  %188 = add i64 %9, %187
  %189 = getelementptr inbounds float, float* %1, i64 %185
  %190 = load float, float* %189, align 4
  %191 = getelementptr inbounds float, float* %0, i64 %188
  store float %190, float* %191, align 4
  %192 = mul i64 %8, 8
  %193 = add i64 %192, 3
  %194 = mul i64 %193, 169
  %195 = mul i64 %7, 13
  %196 = add i64 %195, %ws
  %197 = add i64 %194, %196
  %198 = mul i64 %ws, 8
  %199 = add i64 %198, 3
  %200 = add i64 %9, %199
  %201 = getelementptr inbounds float, float* %1, i64 %197
  %202 = load float, float* %201, align 4
  %203 = getelementptr inbounds float, float* %0, i64 %200
  store float %202, float* %203, align 4
  %204 = mul i64 %8, 8
  %205 = add i64 %204, 4
  %206 = mul i64 %205, 169
  %207 = mul i64 %7, 13
  %208 = add i64 %207, %ws
  %209 = add i64 %206, %208
  %210 = mul i64 %ws, 8
  %211 = add i64 %210, 4
  %212 = add i64 %9, %211
  %213 = getelementptr inbounds float, float* %1, i64 %209
  %214 = load float, float* %213, align 4
  %215 = getelementptr inbounds float, float* %0, i64 %212
  store float %214, float* %215, align 4
  %216 = mul i64 %8, 8
  %217 = add i64 %216, 5
  %218 = mul i64 %217, 169
  %219 = mul i64 %7, 13
  %220 = add i64 %219, %ws
  %221 = add i64 %218, %220
  %222 = mul i64 %ws, 8
  %223 = add i64 %222, 5
  %224 = add i64 %9, %223
  %225 = getelementptr inbounds float, float* %1, i64 %221
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %8, 8
  %229 = add i64 %228, 6
  %230 = mul i64 %229, 169
  %231 = mul i64 %7, 13
  %232 = add i64 %231, %ws
  %233 = add i64 %230, %232
  %234 = mul i64 %ws, 8
  %235 = add i64 %234, 6
  %236 = add i64 %9, %235
  %237 = getelementptr inbounds float, float* %1, i64 %233
  %238 = load float, float* %237, align 4
  %239 = getelementptr inbounds float, float* %0, i64 %236
  store float %238, float* %239, align 4
  %240 = mul i64 %8, 8
  %241 = add i64 %240, 7
  %242 = mul i64 %241, 169
  %243 = mul i64 %7, 13
  %244 = add i64 %243, %ws
  %245 = add i64 %242, %244
  %246 = mul i64 %ws, 8
  %247 = add i64 %246, 7
  %248 = add i64 %9, %247
  %249 = getelementptr inbounds float, float* %1, i64 %245
  %250 = load float, float* %249, align 4
  %251 = getelementptr inbounds float, float* %0, i64 %248
  store float %250, float* %251, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node9.maxPool2d_2.nchw8c.step0(i8* %0) #3 {
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
  %19 = add i64 416, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 416
  %23 = select i1 %22, i64 %21, i64 416
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 416
  %26 = select i1 %25, i64 %24, i64 416
  call void @node9.maxPool2d_2.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 15
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 15
  %10 = mul i64 %task, 120
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 13
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 13
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 104
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 416, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 112
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 480, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node10.conv3.step0(i8* %0) #3 {
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
  %19 = add i64 480, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 480
  %23 = select i1 %22, i64 %21, i64 480
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 480
  %26 = select i1 %25, i64 %24, i64 480
  call void @node10.conv3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %20 = srem i64 %task, 48
  %21 = sdiv i64 %task, 48
  %22 = srem i64 %21, 13
  %23 = mul i64 %22, 1
  %24 = sdiv i64 %task, 624
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 48
  %28 = mul i64 %20, 1
  %29 = add i64 %27, %28
  %30 = mul i64 %26, 32
  %31 = mul i64 %25, 32
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1800
  %34 = mul i64 %29, 18432
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
  %39 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %38
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
  %45 = icmp slt i64 %u, 32
  br i1 %45, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %46 = mul i64 %u, 1800
  %47 = add i64 %44, %46
  %48 = mul i64 %u, 576
  %49 = add i64 %34, %48
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %50 = mul i64 %26, 48
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
  %171 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %165, 0
  %175 = getelementptr inbounds float, float* %2, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %18, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %173, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %18, align 32
  %180 = add i64 %165, 8
  %181 = getelementptr inbounds float, float* %2, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat1 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %173, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = add i64 %165, 16
  %187 = getelementptr inbounds float, float* %2, i64 %186
  %188 = load float, float* %187, align 4
  %189 = insertelement <8 x float> undef, float %188, i32 0
  %splat2 = shufflevector <8 x float> %189, <8 x float> undef, <8 x i32> zeroinitializer
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %173, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = add i64 %165, 24
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat3 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %173, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %15, align 32
  %198 = add i64 %165, 32
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat4 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %14, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %173, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %14, align 32
  %204 = add i64 %165, 40
  %205 = getelementptr inbounds float, float* %2, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat5 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %13, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %173, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %13, align 32
  %210 = add i64 %165, 48
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat6 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %12, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %12, align 32
  %216 = add i64 %165, 56
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat7 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %11, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %11, align 32
  %222 = add i64 %165, 64
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat8 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %10, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %10, align 32
  %228 = add i64 %165, 72
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat9 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %9, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %9, align 32
  %234 = add i64 %165, 80
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat10 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %8, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %8, align 32
  %240 = add i64 %165, 88
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat11 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %7, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %7, align 32
  %246 = add i64 %165, 96
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat12 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %6, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %173, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %6, align 32
  %252 = add i64 %169, 8
  %253 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %165, 1
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat13 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %18, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %255, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %18, align 32
  %262 = add i64 %165, 9
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat14 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %17, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %255, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %17, align 32
  %268 = add i64 %165, 17
  %269 = getelementptr inbounds float, float* %2, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat15 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %16, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %255, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %16, align 32
  %274 = add i64 %165, 25
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat16 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %15, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %15, align 32
  %280 = add i64 %165, 33
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat17 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %255, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %165, 41
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat18 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %13, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %13, align 32
  %292 = add i64 %165, 49
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat19 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %12, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %255, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %12, align 32
  %298 = add i64 %165, 57
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat20 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %11, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %11, align 32
  %304 = add i64 %165, 65
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat21 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %10, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %255, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %10, align 32
  %310 = add i64 %165, 73
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat22 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %9, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %255, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %9, align 32
  %316 = add i64 %165, 81
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat23 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %8, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %255, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %8, align 32
  %322 = add i64 %165, 89
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat24 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %7, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %255, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %7, align 32
  %328 = add i64 %165, 97
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat25 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %6, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %255, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %6, align 32
  %334 = add i64 %169, 16
  %335 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = add i64 %165, 2
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat26 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %18, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %337, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %18, align 32
  %344 = add i64 %165, 10
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat27 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %17, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %337, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %17, align 32
  %350 = add i64 %165, 18
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat28 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %337, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = add i64 %165, 26
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat29 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %15, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %337, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %15, align 32
  %362 = add i64 %165, 34
  %363 = getelementptr inbounds float, float* %2, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat30 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %14, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %337, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %14, align 32
  %368 = add i64 %165, 42
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat31 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %337, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %13, align 32
  %374 = add i64 %165, 50
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat32 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %12, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %337, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %12, align 32
  %380 = add i64 %165, 58
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat33 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %337, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %165, 66
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat34 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %10, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %337, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %10, align 32
  %392 = add i64 %165, 74
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat35 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %9, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %337, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %9, align 32
  %398 = add i64 %165, 82
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat36 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %337, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %165, 90
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat37 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %7, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %337, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %7, align 32
  %410 = add i64 %165, 98
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat38 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %6, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %337, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %6, align 32
  %416 = add i64 %169, 24
  %417 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %165, 3
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat39 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %419, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %165, 11
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat40 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %17, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %419, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %17, align 32
  %432 = add i64 %165, 19
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat41 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %165, 27
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat42 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = add i64 %165, 35
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat43 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %419, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = add i64 %165, 43
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat44 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %13, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %419, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %13, align 32
  %456 = add i64 %165, 51
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat45 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %12, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %12, align 32
  %462 = add i64 %165, 59
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat46 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %11, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %11, align 32
  %468 = add i64 %165, 67
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat47 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %10, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %419, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %10, align 32
  %474 = add i64 %165, 75
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat48 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %9, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %419, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %9, align 32
  %480 = add i64 %165, 83
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat49 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %8, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %419, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %8, align 32
  %486 = add i64 %165, 91
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat50 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %7, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %419, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %7, align 32
  %492 = add i64 %165, 99
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat51 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %6, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %419, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %6, align 32
  %498 = add i64 %169, 32
  %499 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %165, 4
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat52 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %18, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %501, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %18, align 32
  %508 = add i64 %165, 12
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat53 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %17, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %501, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %17, align 32
  %514 = add i64 %165, 20
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat54 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %16, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %501, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %16, align 32
  %520 = add i64 %165, 28
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat55 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %15, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %501, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %15, align 32
  %526 = add i64 %165, 36
  %527 = getelementptr inbounds float, float* %2, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat56 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %14, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %501, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %14, align 32
  %532 = add i64 %165, 44
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat57 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %13, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %501, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %13, align 32
  %538 = add i64 %165, 52
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat58 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %12, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %501, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %12, align 32
  %544 = add i64 %165, 60
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat59 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %11, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %501, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %11, align 32
  %550 = add i64 %165, 68
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat60 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %10, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %501, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %10, align 32
  %556 = add i64 %165, 76
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat61 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %9, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %501, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %9, align 32
  %562 = add i64 %165, 84
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat62 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %8, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %501, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %8, align 32
  %568 = add i64 %165, 92
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat63 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %7, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %501, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %7, align 32
  %574 = add i64 %165, 100
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat64 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %6, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %501, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %6, align 32
  %580 = add i64 %169, 40
  %581 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %165, 5
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat65 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %18, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %583, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %18, align 32
  %590 = add i64 %165, 13
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat66 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %583, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %165, 21
  %597 = getelementptr inbounds float, float* %2, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat67 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %16, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %16, align 32
  %602 = add i64 %165, 29
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat68 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %15, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %583, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %15, align 32
  %608 = add i64 %165, 37
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat69 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %14, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %583, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %14, align 32
  %614 = add i64 %165, 45
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat70 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %13, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %583, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %13, align 32
  %620 = add i64 %165, 53
  %621 = getelementptr inbounds float, float* %2, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat71 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %12, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %12, align 32
  %626 = add i64 %165, 61
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat72 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %11, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %583, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %11, align 32
  %632 = add i64 %165, 69
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat73 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %10, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %583, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %10, align 32
  %638 = add i64 %165, 77
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat74 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %9, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %583, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %9, align 32
  %644 = add i64 %165, 85
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat75 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %8, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %583, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %8, align 32
  %650 = add i64 %165, 93
  %651 = getelementptr inbounds float, float* %2, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat76 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %7, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %583, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %7, align 32
  %656 = add i64 %165, 101
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat77 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %6, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %583, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %6, align 32
  %662 = add i64 %169, 48
  %663 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = add i64 %165, 6
  %667 = getelementptr inbounds float, float* %2, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat78 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %18, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %665, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %18, align 32
  %672 = add i64 %165, 14
  %673 = getelementptr inbounds float, float* %2, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat79 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %17, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %665, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %17, align 32
  %678 = add i64 %165, 22
  %679 = getelementptr inbounds float, float* %2, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat80 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %16, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %665, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %16, align 32
  %684 = add i64 %165, 30
  %685 = getelementptr inbounds float, float* %2, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat81 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %665, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %165, 38
  %691 = getelementptr inbounds float, float* %2, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat82 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %14, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %665, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %14, align 32
  %696 = add i64 %165, 46
  %697 = getelementptr inbounds float, float* %2, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat83 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %13, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %665, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %13, align 32
  %702 = add i64 %165, 54
  %703 = getelementptr inbounds float, float* %2, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat84 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %12, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %665, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %12, align 32
  %708 = add i64 %165, 62
  %709 = getelementptr inbounds float, float* %2, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat85 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %11, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %665, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %11, align 32
  %714 = add i64 %165, 70
  %715 = getelementptr inbounds float, float* %2, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat86 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %10, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %665, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %10, align 32
  %720 = add i64 %165, 78
  %721 = getelementptr inbounds float, float* %2, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat87 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %9, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %665, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %9, align 32
  %726 = add i64 %165, 86
  %727 = getelementptr inbounds float, float* %2, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat88 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %8, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %665, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %8, align 32
  %732 = add i64 %165, 94
  %733 = getelementptr inbounds float, float* %2, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat89 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %7, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %665, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %7, align 32
  %738 = add i64 %165, 102
  %739 = getelementptr inbounds float, float* %2, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat90 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %6, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %665, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %6, align 32
  %744 = add i64 %169, 56
  %745 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %744
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = add i64 %165, 7
  %749 = getelementptr inbounds float, float* %2, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat91 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %18, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %747, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %18, align 32
  %754 = add i64 %165, 15
  %755 = getelementptr inbounds float, float* %2, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat92 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, <8 x float>* %17, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %747, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %17, align 32
  %760 = add i64 %165, 23
  %761 = getelementptr inbounds float, float* %2, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat93 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %16, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %747, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %16, align 32
  %766 = add i64 %165, 31
  %767 = getelementptr inbounds float, float* %2, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat94 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %15, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %747, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %15, align 32
  %772 = add i64 %165, 39
  %773 = getelementptr inbounds float, float* %2, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat95 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %14, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %747, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %14, align 32
  %778 = add i64 %165, 47
  %779 = getelementptr inbounds float, float* %2, i64 %778
  %780 = load float, float* %779, align 4
  %781 = insertelement <8 x float> undef, float %780, i32 0
  %splat96 = shufflevector <8 x float> %781, <8 x float> undef, <8 x i32> zeroinitializer
  %782 = load <8 x float>, <8 x float>* %13, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %747, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %13, align 32
  %784 = add i64 %165, 55
  %785 = getelementptr inbounds float, float* %2, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat97 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %12, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %747, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %12, align 32
  %790 = add i64 %165, 63
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat98 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %747, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = add i64 %165, 71
  %797 = getelementptr inbounds float, float* %2, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat99 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %10, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %747, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %10, align 32
  %802 = add i64 %165, 79
  %803 = getelementptr inbounds float, float* %2, i64 %802
  %804 = load float, float* %803, align 4
  %805 = insertelement <8 x float> undef, float %804, i32 0
  %splat100 = shufflevector <8 x float> %805, <8 x float> undef, <8 x i32> zeroinitializer
  %806 = load <8 x float>, <8 x float>* %9, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %747, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %9, align 32
  %808 = add i64 %165, 87
  %809 = getelementptr inbounds float, float* %2, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat101 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %8, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %747, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %8, align 32
  %814 = add i64 %165, 95
  %815 = getelementptr inbounds float, float* %2, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat102 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %747, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %165, 103
  %821 = getelementptr inbounds float, float* %2, i64 %820
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
define internal void @node10.conv3.step1(i8* %0) #3 {
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
  %19 = add i64 624, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 624
  %23 = select i1 %22, i64 %21, i64 624
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 624
  %26 = select i1 %25, i64 %24, i64 624
  call void @node10.conv3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 15
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 15
  %10 = mul i64 %task, 120
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 13
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 13
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 104
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 416, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 112
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 480, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node11.conv4.step0(i8* %0) #3 {
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
  %19 = add i64 720, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 720
  %23 = select i1 %22, i64 %21, i64 720
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 720
  %26 = select i1 %25, i64 %24, i64 720
  call void @node11.conv4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %20 = srem i64 %task, 24
  %21 = sdiv i64 %task, 24
  %22 = srem i64 %21, 13
  %23 = mul i64 %22, 1
  %24 = sdiv i64 %task, 312
  %25 = srem i64 %24, 2
  %26 = sdiv i64 %24, 2
  %27 = mul i64 %25, 24
  %28 = mul i64 %20, 1
  %29 = add i64 %27, %28
  %30 = mul i64 %26, 48
  %31 = mul i64 %25, 24
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1800
  %34 = mul i64 %29, 13824
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
  %39 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %38
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
  %45 = icmp slt i64 %u, 24
  br i1 %45, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %46 = mul i64 %u, 1800
  %47 = add i64 %44, %46
  %48 = mul i64 %u, 576
  %49 = add i64 %34, %48
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %50 = mul i64 %26, 48
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
  %171 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %165, 0
  %175 = getelementptr inbounds float, float* %2, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %18, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %173, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %18, align 32
  %180 = add i64 %165, 8
  %181 = getelementptr inbounds float, float* %2, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat1 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %173, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = add i64 %165, 16
  %187 = getelementptr inbounds float, float* %2, i64 %186
  %188 = load float, float* %187, align 4
  %189 = insertelement <8 x float> undef, float %188, i32 0
  %splat2 = shufflevector <8 x float> %189, <8 x float> undef, <8 x i32> zeroinitializer
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %173, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = add i64 %165, 24
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat3 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %173, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %15, align 32
  %198 = add i64 %165, 32
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat4 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %14, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %173, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %14, align 32
  %204 = add i64 %165, 40
  %205 = getelementptr inbounds float, float* %2, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat5 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %13, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %173, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %13, align 32
  %210 = add i64 %165, 48
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat6 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %12, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %12, align 32
  %216 = add i64 %165, 56
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat7 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %11, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %11, align 32
  %222 = add i64 %165, 64
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat8 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %10, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %10, align 32
  %228 = add i64 %165, 72
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat9 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %9, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %9, align 32
  %234 = add i64 %165, 80
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat10 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %8, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %8, align 32
  %240 = add i64 %165, 88
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat11 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %7, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %7, align 32
  %246 = add i64 %165, 96
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat12 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %6, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %173, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %6, align 32
  %252 = add i64 %169, 8
  %253 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %165, 1
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat13 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %18, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %255, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %18, align 32
  %262 = add i64 %165, 9
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat14 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %17, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %255, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %17, align 32
  %268 = add i64 %165, 17
  %269 = getelementptr inbounds float, float* %2, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat15 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %16, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %255, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %16, align 32
  %274 = add i64 %165, 25
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat16 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %15, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %15, align 32
  %280 = add i64 %165, 33
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat17 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %255, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %165, 41
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat18 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %13, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %13, align 32
  %292 = add i64 %165, 49
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat19 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %12, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %255, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %12, align 32
  %298 = add i64 %165, 57
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat20 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %11, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %11, align 32
  %304 = add i64 %165, 65
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat21 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %10, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %255, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %10, align 32
  %310 = add i64 %165, 73
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat22 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %9, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %255, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %9, align 32
  %316 = add i64 %165, 81
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat23 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %8, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %255, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %8, align 32
  %322 = add i64 %165, 89
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat24 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %7, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %255, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %7, align 32
  %328 = add i64 %165, 97
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat25 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %6, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %255, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %6, align 32
  %334 = add i64 %169, 16
  %335 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = add i64 %165, 2
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat26 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %18, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %337, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %18, align 32
  %344 = add i64 %165, 10
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat27 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %17, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %337, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %17, align 32
  %350 = add i64 %165, 18
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat28 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %337, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = add i64 %165, 26
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat29 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %15, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %337, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %15, align 32
  %362 = add i64 %165, 34
  %363 = getelementptr inbounds float, float* %2, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat30 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %14, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %337, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %14, align 32
  %368 = add i64 %165, 42
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat31 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %337, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %13, align 32
  %374 = add i64 %165, 50
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat32 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %12, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %337, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %12, align 32
  %380 = add i64 %165, 58
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat33 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %337, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %165, 66
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat34 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %10, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %337, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %10, align 32
  %392 = add i64 %165, 74
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat35 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %9, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %337, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %9, align 32
  %398 = add i64 %165, 82
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat36 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %337, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %165, 90
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat37 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %7, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %337, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %7, align 32
  %410 = add i64 %165, 98
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat38 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %6, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %337, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %6, align 32
  %416 = add i64 %169, 24
  %417 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %165, 3
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat39 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %419, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %165, 11
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat40 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %17, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %419, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %17, align 32
  %432 = add i64 %165, 19
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat41 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %165, 27
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat42 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = add i64 %165, 35
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat43 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %419, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = add i64 %165, 43
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat44 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %13, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %419, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %13, align 32
  %456 = add i64 %165, 51
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat45 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %12, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %12, align 32
  %462 = add i64 %165, 59
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat46 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %11, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %11, align 32
  %468 = add i64 %165, 67
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat47 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %10, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %419, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %10, align 32
  %474 = add i64 %165, 75
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat48 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %9, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %419, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %9, align 32
  %480 = add i64 %165, 83
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat49 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %8, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %419, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %8, align 32
  %486 = add i64 %165, 91
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat50 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %7, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %419, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %7, align 32
  %492 = add i64 %165, 99
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat51 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %6, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %419, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %6, align 32
  %498 = add i64 %169, 32
  %499 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %165, 4
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat52 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %18, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %501, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %18, align 32
  %508 = add i64 %165, 12
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat53 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %17, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %501, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %17, align 32
  %514 = add i64 %165, 20
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat54 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %16, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %501, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %16, align 32
  %520 = add i64 %165, 28
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat55 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %15, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %501, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %15, align 32
  %526 = add i64 %165, 36
  %527 = getelementptr inbounds float, float* %2, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat56 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %14, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %501, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %14, align 32
  %532 = add i64 %165, 44
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat57 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %13, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %501, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %13, align 32
  %538 = add i64 %165, 52
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat58 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %12, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %501, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %12, align 32
  %544 = add i64 %165, 60
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat59 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %11, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %501, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %11, align 32
  %550 = add i64 %165, 68
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat60 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %10, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %501, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %10, align 32
  %556 = add i64 %165, 76
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat61 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %9, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %501, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %9, align 32
  %562 = add i64 %165, 84
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat62 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %8, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %501, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %8, align 32
  %568 = add i64 %165, 92
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat63 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %7, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %501, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %7, align 32
  %574 = add i64 %165, 100
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat64 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %6, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %501, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %6, align 32
  %580 = add i64 %169, 40
  %581 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %165, 5
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat65 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %18, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %583, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %18, align 32
  %590 = add i64 %165, 13
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat66 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %583, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %165, 21
  %597 = getelementptr inbounds float, float* %2, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat67 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %16, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %16, align 32
  %602 = add i64 %165, 29
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat68 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %15, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %583, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %15, align 32
  %608 = add i64 %165, 37
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat69 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %14, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %583, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %14, align 32
  %614 = add i64 %165, 45
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat70 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %13, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %583, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %13, align 32
  %620 = add i64 %165, 53
  %621 = getelementptr inbounds float, float* %2, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat71 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %12, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %12, align 32
  %626 = add i64 %165, 61
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat72 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %11, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %583, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %11, align 32
  %632 = add i64 %165, 69
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat73 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %10, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %583, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %10, align 32
  %638 = add i64 %165, 77
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat74 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %9, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %583, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %9, align 32
  %644 = add i64 %165, 85
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat75 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %8, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %583, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %8, align 32
  %650 = add i64 %165, 93
  %651 = getelementptr inbounds float, float* %2, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat76 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %7, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %583, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %7, align 32
  %656 = add i64 %165, 101
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat77 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %6, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %583, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %6, align 32
  %662 = add i64 %169, 48
  %663 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = add i64 %165, 6
  %667 = getelementptr inbounds float, float* %2, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat78 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %18, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %665, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %18, align 32
  %672 = add i64 %165, 14
  %673 = getelementptr inbounds float, float* %2, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat79 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %17, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %665, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %17, align 32
  %678 = add i64 %165, 22
  %679 = getelementptr inbounds float, float* %2, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat80 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %16, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %665, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %16, align 32
  %684 = add i64 %165, 30
  %685 = getelementptr inbounds float, float* %2, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat81 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %665, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %165, 38
  %691 = getelementptr inbounds float, float* %2, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat82 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %14, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %665, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %14, align 32
  %696 = add i64 %165, 46
  %697 = getelementptr inbounds float, float* %2, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat83 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %13, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %665, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %13, align 32
  %702 = add i64 %165, 54
  %703 = getelementptr inbounds float, float* %2, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat84 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %12, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %665, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %12, align 32
  %708 = add i64 %165, 62
  %709 = getelementptr inbounds float, float* %2, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat85 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %11, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %665, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %11, align 32
  %714 = add i64 %165, 70
  %715 = getelementptr inbounds float, float* %2, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat86 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %10, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %665, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %10, align 32
  %720 = add i64 %165, 78
  %721 = getelementptr inbounds float, float* %2, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat87 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %9, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %665, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %9, align 32
  %726 = add i64 %165, 86
  %727 = getelementptr inbounds float, float* %2, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat88 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %8, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %665, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %8, align 32
  %732 = add i64 %165, 94
  %733 = getelementptr inbounds float, float* %2, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat89 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %7, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %665, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %7, align 32
  %738 = add i64 %165, 102
  %739 = getelementptr inbounds float, float* %2, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat90 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %6, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %665, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %6, align 32
  %744 = add i64 %169, 56
  %745 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %744
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = add i64 %165, 7
  %749 = getelementptr inbounds float, float* %2, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat91 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %18, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %747, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %18, align 32
  %754 = add i64 %165, 15
  %755 = getelementptr inbounds float, float* %2, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat92 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, <8 x float>* %17, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %747, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %17, align 32
  %760 = add i64 %165, 23
  %761 = getelementptr inbounds float, float* %2, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat93 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %16, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %747, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %16, align 32
  %766 = add i64 %165, 31
  %767 = getelementptr inbounds float, float* %2, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat94 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %15, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %747, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %15, align 32
  %772 = add i64 %165, 39
  %773 = getelementptr inbounds float, float* %2, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat95 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %14, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %747, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %14, align 32
  %778 = add i64 %165, 47
  %779 = getelementptr inbounds float, float* %2, i64 %778
  %780 = load float, float* %779, align 4
  %781 = insertelement <8 x float> undef, float %780, i32 0
  %splat96 = shufflevector <8 x float> %781, <8 x float> undef, <8 x i32> zeroinitializer
  %782 = load <8 x float>, <8 x float>* %13, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %747, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %13, align 32
  %784 = add i64 %165, 55
  %785 = getelementptr inbounds float, float* %2, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat97 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %12, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %747, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %12, align 32
  %790 = add i64 %165, 63
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat98 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %747, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = add i64 %165, 71
  %797 = getelementptr inbounds float, float* %2, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat99 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %10, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %747, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %10, align 32
  %802 = add i64 %165, 79
  %803 = getelementptr inbounds float, float* %2, i64 %802
  %804 = load float, float* %803, align 4
  %805 = insertelement <8 x float> undef, float %804, i32 0
  %splat100 = shufflevector <8 x float> %805, <8 x float> undef, <8 x i32> zeroinitializer
  %806 = load <8 x float>, <8 x float>* %9, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %747, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %9, align 32
  %808 = add i64 %165, 87
  %809 = getelementptr inbounds float, float* %2, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat101 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %8, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %747, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %8, align 32
  %814 = add i64 %165, 95
  %815 = getelementptr inbounds float, float* %2, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat102 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %747, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %165, 103
  %821 = getelementptr inbounds float, float* %2, i64 %820
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
define internal void @node11.conv4.step1(i8* %0) #3 {
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
  %19 = add i64 624, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 624
  %23 = select i1 %22, i64 %21, i64 624
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 624
  %26 = select i1 %25, i64 %24, i64 624
  call void @node11.conv4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 15
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 15
  %10 = mul i64 %task, 120
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 13
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 13
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 104
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 416, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 112
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 480, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node12.conv5.step0(i8* %0) #3 {
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
  %19 = add i64 720, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 720
  %23 = select i1 %22, i64 %21, i64 720
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 720
  %26 = select i1 %25, i64 %24, i64 720
  call void @node12.conv5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %20 = srem i64 %task, 16
  %21 = sdiv i64 %task, 16
  %22 = srem i64 %21, 13
  %23 = mul i64 %22, 1
  %24 = sdiv i64 %task, 208
  %25 = srem i64 %24, 2
  %26 = sdiv i64 %24, 2
  %27 = mul i64 %25, 16
  %28 = mul i64 %20, 1
  %29 = add i64 %27, %28
  %30 = mul i64 %26, 48
  %31 = mul i64 %25, 24
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1800
  %34 = mul i64 %29, 13824
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
  %39 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %38
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
  %45 = icmp slt i64 %u, 24
  br i1 %45, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %46 = mul i64 %u, 1800
  %47 = add i64 %44, %46
  %48 = mul i64 %u, 576
  %49 = add i64 %34, %48
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %50 = mul i64 %26, 32
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
  %171 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %165, 0
  %175 = getelementptr inbounds float, float* %2, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %18, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %173, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %18, align 32
  %180 = add i64 %165, 8
  %181 = getelementptr inbounds float, float* %2, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat1 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %173, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = add i64 %165, 16
  %187 = getelementptr inbounds float, float* %2, i64 %186
  %188 = load float, float* %187, align 4
  %189 = insertelement <8 x float> undef, float %188, i32 0
  %splat2 = shufflevector <8 x float> %189, <8 x float> undef, <8 x i32> zeroinitializer
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %173, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = add i64 %165, 24
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat3 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %173, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %15, align 32
  %198 = add i64 %165, 32
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat4 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %14, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %173, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %14, align 32
  %204 = add i64 %165, 40
  %205 = getelementptr inbounds float, float* %2, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat5 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %13, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %173, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %13, align 32
  %210 = add i64 %165, 48
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat6 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %12, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %12, align 32
  %216 = add i64 %165, 56
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i32 0
  %splat7 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %11, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %11, align 32
  %222 = add i64 %165, 64
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat8 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %10, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %10, align 32
  %228 = add i64 %165, 72
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat9 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %9, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %9, align 32
  %234 = add i64 %165, 80
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i32 0
  %splat10 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %8, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %8, align 32
  %240 = add i64 %165, 88
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat11 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %7, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %7, align 32
  %246 = add i64 %165, 96
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat12 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %6, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %173, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %6, align 32
  %252 = add i64 %169, 8
  %253 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %165, 1
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat13 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %18, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %255, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %18, align 32
  %262 = add i64 %165, 9
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat14 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %17, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %255, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %17, align 32
  %268 = add i64 %165, 17
  %269 = getelementptr inbounds float, float* %2, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat15 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %16, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %255, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %16, align 32
  %274 = add i64 %165, 25
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat16 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %15, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %255, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %15, align 32
  %280 = add i64 %165, 33
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat17 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %14, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %255, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %14, align 32
  %286 = add i64 %165, 41
  %287 = getelementptr inbounds float, float* %2, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat18 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %13, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %13, align 32
  %292 = add i64 %165, 49
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat19 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %12, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %255, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %12, align 32
  %298 = add i64 %165, 57
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat20 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %11, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %11, align 32
  %304 = add i64 %165, 65
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat21 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %10, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %255, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %10, align 32
  %310 = add i64 %165, 73
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat22 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %9, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %255, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %9, align 32
  %316 = add i64 %165, 81
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat23 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %8, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %255, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %8, align 32
  %322 = add i64 %165, 89
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat24 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %7, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %255, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %7, align 32
  %328 = add i64 %165, 97
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat25 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %6, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %255, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %6, align 32
  %334 = add i64 %169, 16
  %335 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = add i64 %165, 2
  %339 = getelementptr inbounds float, float* %2, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat26 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %18, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %337, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %18, align 32
  %344 = add i64 %165, 10
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat27 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %17, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %337, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %17, align 32
  %350 = add i64 %165, 18
  %351 = getelementptr inbounds float, float* %2, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat28 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %337, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = add i64 %165, 26
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat29 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %15, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %337, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %15, align 32
  %362 = add i64 %165, 34
  %363 = getelementptr inbounds float, float* %2, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat30 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %14, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %337, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %14, align 32
  %368 = add i64 %165, 42
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat31 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %337, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %13, align 32
  %374 = add i64 %165, 50
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat32 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %12, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %337, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %12, align 32
  %380 = add i64 %165, 58
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat33 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %337, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %165, 66
  %387 = getelementptr inbounds float, float* %2, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat34 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %10, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %337, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %10, align 32
  %392 = add i64 %165, 74
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat35 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %9, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %337, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %9, align 32
  %398 = add i64 %165, 82
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat36 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %337, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %165, 90
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat37 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %7, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %337, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %7, align 32
  %410 = add i64 %165, 98
  %411 = getelementptr inbounds float, float* %2, i64 %410
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i32 0
  %splat38 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %414 = load <8 x float>, <8 x float>* %6, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %337, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %6, align 32
  %416 = add i64 %169, 24
  %417 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %165, 3
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat39 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %419, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %165, 11
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat40 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %17, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %419, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %17, align 32
  %432 = add i64 %165, 19
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat41 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %16, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %419, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %16, align 32
  %438 = add i64 %165, 27
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat42 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = add i64 %165, 35
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat43 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %419, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = add i64 %165, 43
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat44 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %13, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %419, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %13, align 32
  %456 = add i64 %165, 51
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat45 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %12, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %419, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %12, align 32
  %462 = add i64 %165, 59
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat46 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %11, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %11, align 32
  %468 = add i64 %165, 67
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat47 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %10, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %419, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %10, align 32
  %474 = add i64 %165, 75
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat48 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %9, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %419, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %9, align 32
  %480 = add i64 %165, 83
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat49 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %8, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %419, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %8, align 32
  %486 = add i64 %165, 91
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat50 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %7, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %419, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %7, align 32
  %492 = add i64 %165, 99
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat51 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %6, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %419, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %6, align 32
  %498 = add i64 %169, 32
  %499 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %165, 4
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = load float, float* %503, align 4
  %505 = insertelement <8 x float> undef, float %504, i32 0
  %splat52 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, <8 x float>* %18, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %501, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %18, align 32
  %508 = add i64 %165, 12
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat53 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %17, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %501, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %17, align 32
  %514 = add i64 %165, 20
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat54 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %16, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %501, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %16, align 32
  %520 = add i64 %165, 28
  %521 = getelementptr inbounds float, float* %2, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat55 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %15, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %501, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %15, align 32
  %526 = add i64 %165, 36
  %527 = getelementptr inbounds float, float* %2, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat56 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %14, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %501, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %14, align 32
  %532 = add i64 %165, 44
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat57 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %13, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %501, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %13, align 32
  %538 = add i64 %165, 52
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = load float, float* %539, align 4
  %541 = insertelement <8 x float> undef, float %540, i32 0
  %splat58 = shufflevector <8 x float> %541, <8 x float> undef, <8 x i32> zeroinitializer
  %542 = load <8 x float>, <8 x float>* %12, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %501, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %12, align 32
  %544 = add i64 %165, 60
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat59 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %11, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %501, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %11, align 32
  %550 = add i64 %165, 68
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat60 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %10, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %501, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %10, align 32
  %556 = add i64 %165, 76
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat61 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %9, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %501, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %9, align 32
  %562 = add i64 %165, 84
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat62 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %8, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %501, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %8, align 32
  %568 = add i64 %165, 92
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat63 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %7, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %501, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %7, align 32
  %574 = add i64 %165, 100
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = load float, float* %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %splat64 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %578 = load <8 x float>, <8 x float>* %6, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %501, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %6, align 32
  %580 = add i64 %169, 40
  %581 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %165, 5
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat65 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %18, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %583, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %18, align 32
  %590 = add i64 %165, 13
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = load float, float* %591, align 4
  %593 = insertelement <8 x float> undef, float %592, i32 0
  %splat66 = shufflevector <8 x float> %593, <8 x float> undef, <8 x i32> zeroinitializer
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %583, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %165, 21
  %597 = getelementptr inbounds float, float* %2, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat67 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %16, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %16, align 32
  %602 = add i64 %165, 29
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat68 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %15, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %583, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %15, align 32
  %608 = add i64 %165, 37
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = load float, float* %609, align 4
  %611 = insertelement <8 x float> undef, float %610, i32 0
  %splat69 = shufflevector <8 x float> %611, <8 x float> undef, <8 x i32> zeroinitializer
  %612 = load <8 x float>, <8 x float>* %14, align 32
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %583, <8 x float> %612)
  store <8 x float> %613, <8 x float>* %14, align 32
  %614 = add i64 %165, 45
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat70 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %13, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %583, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %13, align 32
  %620 = add i64 %165, 53
  %621 = getelementptr inbounds float, float* %2, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat71 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %12, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %12, align 32
  %626 = add i64 %165, 61
  %627 = getelementptr inbounds float, float* %2, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat72 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %11, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %583, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %11, align 32
  %632 = add i64 %165, 69
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat73 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %10, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %583, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %10, align 32
  %638 = add i64 %165, 77
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = load float, float* %639, align 4
  %641 = insertelement <8 x float> undef, float %640, i32 0
  %splat74 = shufflevector <8 x float> %641, <8 x float> undef, <8 x i32> zeroinitializer
  %642 = load <8 x float>, <8 x float>* %9, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %583, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %9, align 32
  %644 = add i64 %165, 85
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat75 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %8, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %583, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %8, align 32
  %650 = add i64 %165, 93
  %651 = getelementptr inbounds float, float* %2, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat76 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %7, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %583, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %7, align 32
  %656 = add i64 %165, 101
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat77 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %6, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %583, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %6, align 32
  %662 = add i64 %169, 48
  %663 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = add i64 %165, 6
  %667 = getelementptr inbounds float, float* %2, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat78 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %18, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %665, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %18, align 32
  %672 = add i64 %165, 14
  %673 = getelementptr inbounds float, float* %2, i64 %672
  %674 = load float, float* %673, align 4
  %675 = insertelement <8 x float> undef, float %674, i32 0
  %splat79 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
  %676 = load <8 x float>, <8 x float>* %17, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %665, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %17, align 32
  %678 = add i64 %165, 22
  %679 = getelementptr inbounds float, float* %2, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat80 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %16, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %665, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %16, align 32
  %684 = add i64 %165, 30
  %685 = getelementptr inbounds float, float* %2, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat81 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %15, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %665, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %15, align 32
  %690 = add i64 %165, 38
  %691 = getelementptr inbounds float, float* %2, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat82 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %14, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %665, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %14, align 32
  %696 = add i64 %165, 46
  %697 = getelementptr inbounds float, float* %2, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat83 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %13, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %665, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %13, align 32
  %702 = add i64 %165, 54
  %703 = getelementptr inbounds float, float* %2, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat84 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %12, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %665, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %12, align 32
  %708 = add i64 %165, 62
  %709 = getelementptr inbounds float, float* %2, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat85 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %11, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %665, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %11, align 32
  %714 = add i64 %165, 70
  %715 = getelementptr inbounds float, float* %2, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat86 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %10, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %665, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %10, align 32
  %720 = add i64 %165, 78
  %721 = getelementptr inbounds float, float* %2, i64 %720
  %722 = load float, float* %721, align 4
  %723 = insertelement <8 x float> undef, float %722, i32 0
  %splat87 = shufflevector <8 x float> %723, <8 x float> undef, <8 x i32> zeroinitializer
  %724 = load <8 x float>, <8 x float>* %9, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %665, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %9, align 32
  %726 = add i64 %165, 86
  %727 = getelementptr inbounds float, float* %2, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat88 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %8, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %665, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %8, align 32
  %732 = add i64 %165, 94
  %733 = getelementptr inbounds float, float* %2, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat89 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %7, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %665, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %7, align 32
  %738 = add i64 %165, 102
  %739 = getelementptr inbounds float, float* %2, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat90 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %6, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %665, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %6, align 32
  %744 = add i64 %169, 56
  %745 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %744
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = add i64 %165, 7
  %749 = getelementptr inbounds float, float* %2, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat91 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %18, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %747, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %18, align 32
  %754 = add i64 %165, 15
  %755 = getelementptr inbounds float, float* %2, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat92 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, <8 x float>* %17, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %747, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %17, align 32
  %760 = add i64 %165, 23
  %761 = getelementptr inbounds float, float* %2, i64 %760
  %762 = load float, float* %761, align 4
  %763 = insertelement <8 x float> undef, float %762, i32 0
  %splat93 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
  %764 = load <8 x float>, <8 x float>* %16, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %747, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %16, align 32
  %766 = add i64 %165, 31
  %767 = getelementptr inbounds float, float* %2, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat94 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %15, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %747, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %15, align 32
  %772 = add i64 %165, 39
  %773 = getelementptr inbounds float, float* %2, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat95 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %14, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %747, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %14, align 32
  %778 = add i64 %165, 47
  %779 = getelementptr inbounds float, float* %2, i64 %778
  %780 = load float, float* %779, align 4
  %781 = insertelement <8 x float> undef, float %780, i32 0
  %splat96 = shufflevector <8 x float> %781, <8 x float> undef, <8 x i32> zeroinitializer
  %782 = load <8 x float>, <8 x float>* %13, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %747, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %13, align 32
  %784 = add i64 %165, 55
  %785 = getelementptr inbounds float, float* %2, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat97 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %12, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %747, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %12, align 32
  %790 = add i64 %165, 63
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat98 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %747, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = add i64 %165, 71
  %797 = getelementptr inbounds float, float* %2, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat99 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %10, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %747, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %10, align 32
  %802 = add i64 %165, 79
  %803 = getelementptr inbounds float, float* %2, i64 %802
  %804 = load float, float* %803, align 4
  %805 = insertelement <8 x float> undef, float %804, i32 0
  %splat100 = shufflevector <8 x float> %805, <8 x float> undef, <8 x i32> zeroinitializer
  %806 = load <8 x float>, <8 x float>* %9, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %747, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %9, align 32
  %808 = add i64 %165, 87
  %809 = getelementptr inbounds float, float* %2, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat101 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %8, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %747, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %8, align 32
  %814 = add i64 %165, 95
  %815 = getelementptr inbounds float, float* %2, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat102 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %7, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %747, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %7, align 32
  %820 = add i64 %165, 103
  %821 = getelementptr inbounds float, float* %2, i64 %820
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
define internal void @node12.conv5.step1(i8* %0) #3 {
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
  %19 = add i64 416, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 416
  %23 = select i1 %22, i64 %21, i64 416
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 416
  %26 = select i1 %25, i64 %24, i64 416
  call void @node12.conv5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %20 = add i64 %17, 3
  %21 = icmp slt i64 %20, 13
  %22 = select i1 %21, i64 %20, i64 13
  %23 = add i64 %17, 3
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
  %32 = add i64 %29, 3
  %33 = icmp slt i64 %32, 13
  %34 = select i1 %33, i64 %32, i64 13
  %35 = add i64 %29, 3
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
define internal void @node13.maxPool2d_3.step0(i8* %0) #3 {
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
  %19 = add i64 192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 192
  %23 = select i1 %22, i64 %21, i64 192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 192
  %26 = select i1 %25, i64 %24, i64 192
  call void @node13.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.maxPool2d_3.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node14.maxPool2d_3.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 192
  %23 = select i1 %22, i64 %21, i64 192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 192
  %26 = select i1 %25, i64 %24, i64 192
  call void @node14.maxPool2d_3.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.fc6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 9216
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.fc6.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 9216
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
  %16 = icmp slt i64 %k, 9216
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %51
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
  %k4 = phi i64 [ 9216, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 9216
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %62
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
define internal void @node16.fc6.step0(i8* %0) #3 {
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
  call void @node16.fc6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.fc7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.fc7.bias to float*), i64 %task
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
  %19 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %51
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
  %63 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %62
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
define internal void @node17.fc7.step0(i8* %0) #3 {
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
  call void @node17.fc7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.fc8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.fc8.bias to float*), i64 %task
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
  %19 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %51
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
  %63 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %62
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
define internal void @node18.fc8.step0(i8* %0) #3 {
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
  call void @node18.fc8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.fc8.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #4

; Function Attrs: nounwind
define internal void @node19.fc8.softmax.step0(i8* %0) #3 {
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
  call void @node19.fc8.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @alexnet_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %fresh = call i8* @malloc(i64 2323263)
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
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
  %20 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %21, align 8
  %22 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %23, align 8
  %24 = bitcast [4 x i8*]* %args to i8*
  call void @node0.conv1.step0(i8* %24)
  call void @GOMP_parallel(void (i8*)* @node0.conv1.step1, i8* %24, i32 0, i32 0)
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
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
  call void @GOMP_parallel(void (i8*)* @node1.conv1.nchw.step0, i8* %31, i32 0, i32 0)
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %33 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %37, align 8
  %38 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.lrn_1.step0, i8* %38, i32 0, i32 0)
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
  %40 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %40, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %43, align 8
  %44 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %44, align 8
  %45 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_1.step0, i8* %45, i32 0, i32 0)
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 1441536
  %47 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %47, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %50, align 8
  %51 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %51, align 8
  %52 = bitcast [4 x i8*]* %args to i8*
  call void @node4.maxPool2d_1.nchw8c.step0(i8* %52)
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 1441536
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %56 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %53, i8** %56, align 8
  %57 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %54, i8** %57, align 8
  %58 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %55, i8** %58, align 8
  %59 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %59, align 8
  %60 = bitcast [4 x i8*]* %args to i8*
  call void @node5.conv2.step0(i8* %60)
  call void @GOMP_parallel(void (i8*)* @node5.conv2.step1, i8* %60, i32 0, i32 0)
  %61 = getelementptr inbounds i8, i8* %workspace7, i64 746496
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
  call void @GOMP_parallel(void (i8*)* @node6.conv2.nchw.step0, i8* %67, i32 0, i32 0)
  %68 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %69 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %68, i8** %70, align 8
  %71 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %69, i8** %71, align 8
  %72 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %72, align 8
  %73 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %73, align 8
  %74 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.lrn_2.step0, i8* %74, i32 0, i32 0)
  %75 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %76 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %75, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %76, i8** %78, align 8
  %79 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %79, align 8
  %80 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %80, align 8
  %81 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.maxPool2d_2.step0, i8* %81, i32 0, i32 0)
  %82 = getelementptr inbounds i8, i8* %workspace7, i64 919552
  %83 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %84 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %82, i8** %84, align 8
  %85 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %83, i8** %85, align 8
  %86 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %86, align 8
  %87 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %87, align 8
  %88 = bitcast [4 x i8*]* %args to i8*
  call void @node9.maxPool2d_2.nchw8c.step0(i8* %88)
  %89 = getelementptr inbounds i8, i8* %workspace7, i64 345600
  %90 = getelementptr inbounds i8, i8* %workspace7, i64 919552
  %91 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %89, i8** %92, align 8
  %93 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %90, i8** %93, align 8
  %94 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %91, i8** %94, align 8
  %95 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %95, align 8
  %96 = bitcast [4 x i8*]* %args to i8*
  call void @node10.conv3.step0(i8* %96)
  call void @GOMP_parallel(void (i8*)* @node10.conv3.step1, i8* %96, i32 0, i32 0)
  %97 = getelementptr inbounds i8, i8* %workspace7, i64 605184
  %98 = getelementptr inbounds i8, i8* %workspace7, i64 345600
  %99 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %100 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %97, i8** %100, align 8
  %101 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %98, i8** %101, align 8
  %102 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %99, i8** %102, align 8
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %103, align 8
  %104 = bitcast [4 x i8*]* %args to i8*
  call void @node11.conv4.step0(i8* %104)
  call void @GOMP_parallel(void (i8*)* @node11.conv4.step1, i8* %104, i32 0, i32 0)
  %105 = getelementptr inbounds i8, i8* %workspace7, i64 345600
  %106 = getelementptr inbounds i8, i8* %workspace7, i64 605184
  %107 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %108 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %105, i8** %108, align 8
  %109 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %106, i8** %109, align 8
  %110 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* %107, i8** %110, align 8
  %111 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %111, align 8
  %112 = bitcast [4 x i8*]* %args to i8*
  call void @node12.conv5.step0(i8* %112)
  call void @GOMP_parallel(void (i8*)* @node12.conv5.step1, i8* %112, i32 0, i32 0)
  %113 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %114 = getelementptr inbounds i8, i8* %workspace7, i64 345600
  %115 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %113, i8** %115, align 8
  %116 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %114, i8** %116, align 8
  %117 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %117, align 8
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %118, align 8
  %119 = bitcast [4 x i8*]* %args to i8*
  call void @node13.maxPool2d_3.step0(i8* %119)
  %120 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %121 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %122 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %120, i8** %122, align 8
  %123 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %121, i8** %123, align 8
  %124 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %124, align 8
  %125 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %125, align 8
  %126 = bitcast [4 x i8*]* %args to i8*
  call void @node14.maxPool2d_3.nchw.step0(i8* %126)
  %127 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %128 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %129 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %127, i8** %129, align 8
  %130 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %128, i8** %130, align 8
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %131, align 8
  %132 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %132, align 8
  %133 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.fc6.step0, i8* %133, i32 0, i32 0)
  %134 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %135 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %136 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %134, i8** %136, align 8
  %137 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %135, i8** %137, align 8
  %138 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %138, align 8
  %139 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %139, align 8
  %140 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.fc7.step0, i8* %140, i32 0, i32 0)
  %141 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %142 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %142, align 8
  %143 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %141, i8** %143, align 8
  %144 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %144, align 8
  %145 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %145, align 8
  %146 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node18.fc8.step0, i8* %146, i32 0, i32 0)
  %147 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %147, align 8
  %148 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %148, align 8
  %149 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %149, align 8
  %150 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %150, align 8
  %151 = bitcast [4 x i8*]* %args to i8*
  call void @node19.fc8.softmax.step0(i8* %151)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @alexnet_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @alexnet_workspace_size() #5 {
entry:
  ret i64 2323263
}

; Function Attrs: nounwind
define i32 @alexnet_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @alexnet_run(i8** %7, i8** %10, i8* %2)
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
