; lenet: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'lenet'
source_filename = "lenet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [800 x i8], align 64
@weight.conv2d_1.bias.padded = external constant [32 x i8], align 64
@weight.conv2d_2.packed = external constant [9600 x i8], align 64
@weight.conv2d_2.bias = external constant [64 x i8], align 64
@weight.dense_1.packed = external constant [192000 x i8], align 64
@weight.dense_1.bias = external constant [480 x i8], align 64
@weight.dense_2.packed = external constant [42240 x i8], align 64
@weight.dense_2.bias = external constant [336 x i8], align 64
@weight.dense_3.packed = external constant [5376 x i8], align 64
@weight.dense_3.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"lenet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 1, i64 28, i64 28]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 3136 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 31423, i64 416520 }

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
  %7 = srem i64 %task, 32
  %8 = sub i64 %7, 2
  %9 = sdiv i64 %task, 32
  %10 = mul i64 %task, 32
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
  %17 = mul i64 %16, 28
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 8, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 2
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 112, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 30
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 8, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
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
  %19 = add i64 32, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 32
  %23 = select i1 %22, i64 %21, i64 32
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 32
  %26 = select i1 %25, i64 %24, i64 32
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
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %26 = icmp slt i64 %task, %7
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 28
  %28 = sdiv i64 %task, 28
  %29 = srem i64 %28, 1
  %30 = mul i64 %27, 1
  %31 = sdiv i64 %task, 28
  %32 = srem i64 %31, 1
  %33 = sdiv i64 %31, 1
  %34 = mul i64 %32, 1
  %35 = mul i64 %29, 1
  %36 = add i64 %34, %35
  %37 = mul i64 %33, 1
  %38 = mul i64 %32, 1
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 1024
  %41 = mul i64 %36, 200
  %42 = mul i64 %30, 32
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit12, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit12 ]
  %43 = icmp slt i64 %chunk, 1
  br i1 %43, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %44 = icmp slt i64 %x, 20
  br i1 %44, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %45 = mul i64 %33, 1
  %46 = add i64 %45, %36
  %47 = add i64 %46, 0
  %48 = mul i64 %47, 28
  %49 = add i64 %48, %30
  %50 = mul i64 %49, 28
  %51 = add i64 %x, 0
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %x, 1
  %55 = add i64 %50, %54
  %56 = mul i64 %55, 8
  %57 = add i64 %x, 2
  %58 = add i64 %50, %57
  %59 = mul i64 %58, 8
  %60 = add i64 %x, 3
  %61 = add i64 %50, %60
  %62 = mul i64 %61, 8
  %63 = add i64 %x, 4
  %64 = add i64 %50, %63
  %65 = mul i64 %64, 8
  %66 = add i64 %x, 5
  %67 = add i64 %50, %66
  %68 = mul i64 %67, 8
  %69 = add i64 %x, 6
  %70 = add i64 %50, %69
  %71 = mul i64 %70, 8
  %72 = add i64 %x, 7
  %73 = add i64 %50, %72
  %74 = mul i64 %73, 8
  %75 = add i64 %x, 8
  %76 = add i64 %50, %75
  %77 = mul i64 %76, 8
  %78 = add i64 %x, 9
  %79 = add i64 %50, %78
  %80 = mul i64 %79, 8
  %81 = add i64 %36, 0
  %82 = mul i64 %81, 8
  %83 = getelementptr inbounds float, float* %5, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  store <8 x float> %85, <8 x float>* %25, align 32
  store <8 x float> %85, <8 x float>* %24, align 32
  store <8 x float> %85, <8 x float>* %23, align 32
  store <8 x float> %85, <8 x float>* %22, align 32
  store <8 x float> %85, <8 x float>* %21, align 32
  store <8 x float> %85, <8 x float>* %20, align 32
  store <8 x float> %85, <8 x float>* %19, align 32
  store <8 x float> %85, <8 x float>* %18, align 32
  store <8 x float> %85, <8 x float>* %17, align 32
  store <8 x float> %85, <8 x float>* %16, align 32
  %86 = mul i64 %x, 1
  %87 = add i64 %42, %86
  %88 = add i64 %40, %87
  %89 = mul i64 %chunk, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %90 = mul i64 %33, 1
  %91 = add i64 %90, %36
  %92 = add i64 %91, 0
  %93 = mul i64 %92, 28
  %94 = add i64 %93, %30
  %95 = mul i64 %94, 28
  %96 = add i64 %95, 20
  %97 = mul i64 %96, 8
  %98 = add i64 %95, 21
  %99 = mul i64 %98, 8
  %100 = add i64 %95, 22
  %101 = mul i64 %100, 8
  %102 = add i64 %95, 23
  %103 = mul i64 %102, 8
  %104 = add i64 %95, 24
  %105 = mul i64 %104, 8
  %106 = add i64 %95, 25
  %107 = mul i64 %106, 8
  %108 = add i64 %95, 26
  %109 = mul i64 %108, 8
  %110 = add i64 %95, 27
  %111 = mul i64 %110, 8
  %112 = add i64 %36, 0
  %113 = mul i64 %112, 8
  %114 = getelementptr inbounds float, float* %5, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  store <8 x float> %116, <8 x float>* %15, align 32
  store <8 x float> %116, <8 x float>* %14, align 32
  store <8 x float> %116, <8 x float>* %13, align 32
  store <8 x float> %116, <8 x float>* %12, align 32
  store <8 x float> %116, <8 x float>* %11, align 32
  store <8 x float> %116, <8 x float>* %10, align 32
  store <8 x float> %116, <8 x float>* %9, align 32
  store <8 x float> %116, <8 x float>* %8, align 32
  %117 = add i64 %42, 20
  %118 = add i64 %40, %117
  %119 = mul i64 %chunk, 1
  br label %u.header10

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %120 = icmp slt i64 %u, 1
  br i1 %120, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %121 = add i64 %89, %u
  %122 = mul i64 %121, 1024
  %123 = add i64 %88, %122
  %124 = mul i64 %121, 200
  %125 = add i64 %41, %124
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %126 = load <8 x float>, <8 x float>* %25, align 32
  %127 = fcmp olt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> zeroinitializer, <8 x float> %126
  %129 = getelementptr inbounds float, float* %0, i64 %53
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = load <8 x float>, <8 x float>* %24, align 32
  %132 = fcmp olt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> zeroinitializer, <8 x float> %131
  %134 = getelementptr inbounds float, float* %0, i64 %56
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = load <8 x float>, <8 x float>* %23, align 32
  %137 = fcmp olt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> zeroinitializer, <8 x float> %136
  %139 = getelementptr inbounds float, float* %0, i64 %59
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %22, align 32
  %142 = fcmp olt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> zeroinitializer, <8 x float> %141
  %144 = getelementptr inbounds float, float* %0, i64 %62
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = load <8 x float>, <8 x float>* %21, align 32
  %147 = fcmp olt <8 x float> %146, zeroinitializer
  %148 = select <8 x i1> %147, <8 x float> zeroinitializer, <8 x float> %146
  %149 = getelementptr inbounds float, float* %0, i64 %65
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %148, <8 x float>* %150, align 4
  %151 = load <8 x float>, <8 x float>* %20, align 32
  %152 = fcmp olt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> zeroinitializer, <8 x float> %151
  %154 = getelementptr inbounds float, float* %0, i64 %68
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = load <8 x float>, <8 x float>* %19, align 32
  %157 = fcmp olt <8 x float> %156, zeroinitializer
  %158 = select <8 x i1> %157, <8 x float> zeroinitializer, <8 x float> %156
  %159 = getelementptr inbounds float, float* %0, i64 %71
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  %161 = load <8 x float>, <8 x float>* %18, align 32
  %162 = fcmp olt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> zeroinitializer, <8 x float> %161
  %164 = getelementptr inbounds float, float* %0, i64 %74
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = load <8 x float>, <8 x float>* %17, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = getelementptr inbounds float, float* %0, i64 %77
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %16, align 32
  %172 = fcmp olt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> zeroinitializer, <8 x float> %171
  %174 = getelementptr inbounds float, float* %0, i64 %80
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %x.next = add i64 %x, 10
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %176 = icmp slt i64 %kh, 5
  br i1 %176, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %177 = mul i64 %kh, 32
  %178 = add i64 %123, %177
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %179 = icmp slt i64 %kw, 5
  br i1 %179, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %180 = mul i64 %kw, 1
  %181 = add i64 %178, %180
  %182 = mul i64 %kh, 5
  %183 = add i64 %182, %kw
  %184 = mul i64 %183, 8
  %185 = add i64 %125, %184
  %186 = add i64 %185, 0
  %187 = getelementptr inbounds float, float* %4, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %181, 0
  %191 = getelementptr inbounds float, float* %2, i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %25, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %189, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %25, align 32
  %196 = add i64 %181, 1
  %197 = getelementptr inbounds float, float* %2, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat1 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %24, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %189, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %24, align 32
  %202 = add i64 %181, 2
  %203 = getelementptr inbounds float, float* %2, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat2 = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %23, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %189, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %23, align 32
  %208 = add i64 %181, 3
  %209 = getelementptr inbounds float, float* %2, i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat3 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %22, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %189, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %22, align 32
  %214 = add i64 %181, 4
  %215 = getelementptr inbounds float, float* %2, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat4 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %21, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %189, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %21, align 32
  %220 = add i64 %181, 5
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat5 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %20, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %189, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %20, align 32
  %226 = add i64 %181, 6
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat6 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %19, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %189, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %19, align 32
  %232 = add i64 %181, 7
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat7 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %18, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %189, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %18, align 32
  %238 = add i64 %181, 8
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat8 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %17, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %189, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %17, align 32
  %244 = add i64 %181, 9
  %245 = getelementptr inbounds float, float* %2, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat9 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %189, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header10:                                       ; preds = %kh.exit16, %x.exit
  %u13 = phi i64 [ 0, %x.exit ], [ %u.next32, %kh.exit16 ]
  %250 = icmp slt i64 %u13, 1
  br i1 %250, label %u.body11, label %u.exit12

u.body11:                                         ; preds = %u.header10
  %251 = add i64 %119, %u13
  %252 = mul i64 %251, 1024
  %253 = add i64 %118, %252
  %254 = mul i64 %251, 200
  %255 = add i64 %41, %254
  br label %kh.header14

u.exit12:                                         ; preds = %u.header10
  %256 = load <8 x float>, <8 x float>* %15, align 32
  %257 = fcmp olt <8 x float> %256, zeroinitializer
  %258 = select <8 x i1> %257, <8 x float> zeroinitializer, <8 x float> %256
  %259 = getelementptr inbounds float, float* %0, i64 %97
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %258, <8 x float>* %260, align 4
  %261 = load <8 x float>, <8 x float>* %14, align 32
  %262 = fcmp olt <8 x float> %261, zeroinitializer
  %263 = select <8 x i1> %262, <8 x float> zeroinitializer, <8 x float> %261
  %264 = getelementptr inbounds float, float* %0, i64 %99
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %263, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %13, align 32
  %267 = fcmp olt <8 x float> %266, zeroinitializer
  %268 = select <8 x i1> %267, <8 x float> zeroinitializer, <8 x float> %266
  %269 = getelementptr inbounds float, float* %0, i64 %101
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = load <8 x float>, <8 x float>* %12, align 32
  %272 = fcmp olt <8 x float> %271, zeroinitializer
  %273 = select <8 x i1> %272, <8 x float> zeroinitializer, <8 x float> %271
  %274 = getelementptr inbounds float, float* %0, i64 %103
  %275 = bitcast float* %274 to <8 x float>*
  store <8 x float> %273, <8 x float>* %275, align 4
  %276 = load <8 x float>, <8 x float>* %11, align 32
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %105
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %10, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = getelementptr inbounds float, float* %0, i64 %107
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %283, <8 x float>* %285, align 4
  %286 = load <8 x float>, <8 x float>* %9, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %109
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %8, align 32
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %111
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !2

kh.header14:                                      ; preds = %kw.exit20, %u.body11
  %kh17 = phi i64 [ 0, %u.body11 ], [ %kh.next31, %kw.exit20 ]
  %296 = icmp slt i64 %kh17, 5
  br i1 %296, label %kh.body15, label %kh.exit16

kh.body15:                                        ; preds = %kh.header14
  %297 = mul i64 %kh17, 32
  %298 = add i64 %253, %297
  br label %kw.header18

kh.exit16:                                        ; preds = %kh.header14
  %u.next32 = add i64 %u13, 1
  br label %u.header10

kw.header18:                                      ; preds = %kw.body19, %kh.body15
  %kw21 = phi i64 [ 0, %kh.body15 ], [ %kw.next30, %kw.body19 ]
  %299 = icmp slt i64 %kw21, 5
  br i1 %299, label %kw.body19, label %kw.exit20

kw.body19:                                        ; preds = %kw.header18
  %300 = mul i64 %kw21, 1
  %301 = add i64 %298, %300
  %302 = mul i64 %kh17, 5
  %303 = add i64 %302, %kw21
  %304 = mul i64 %303, 8
  %305 = add i64 %255, %304
  %306 = add i64 %305, 0
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %301, 0
  %311 = getelementptr inbounds float, float* %2, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat22 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %15, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %309, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %15, align 32
  %316 = add i64 %301, 1
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat23 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %14, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %309, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %14, align 32
  %322 = add i64 %301, 2
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat24 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %13, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %13, align 32
  %328 = add i64 %301, 3
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat25 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %12, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %309, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %12, align 32
  %334 = add i64 %301, 4
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat26 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %11, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %309, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %11, align 32
  %340 = add i64 %301, 5
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat27 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %10, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %309, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %10, align 32
  %346 = add i64 %301, 6
  %347 = getelementptr inbounds float, float* %2, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat28 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %9, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %309, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %9, align 32
  %352 = add i64 %301, 7
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat29 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %8, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %309, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %8, align 32
  %kw.next30 = add i64 %kw21, 1
  br label %kw.header18, !llvm.loop !3

kw.exit20:                                        ; preds = %kw.header18
  %kh.next31 = add i64 %kh17, 1
  br label %kh.header14
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
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
  %25 = add i64 28, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 28
  %29 = select i1 %28, i64 %27, i64 28
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 28
  %32 = select i1 %31, i64 %30, i64 28
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %12 = icmp slt i64 %task, %5
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = sdiv i64 %task, 14
  %14 = srem i64 %task, 14
  %15 = mul i64 %13, 6272
  %16 = getelementptr inbounds float, float* %1, i64 %15
  %17 = mul i64 %13, 14
  %18 = add i64 %17, %14
  %19 = mul i64 %18, 112
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = mul i64 %14, 2
  %22 = sub i64 %21, 0
  %23 = add i64 %22, 2
  %24 = icmp sgt i64 %22, 0
  %25 = select i1 %24, i64 %22, i64 0
  %26 = icmp slt i64 %23, 28
  %27 = select i1 %26, i64 %23, i64 28
  %28 = icmp slt i64 %23, 28
  %29 = select i1 %28, i64 %23, i64 28
  %30 = sub i64 %29, %22
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %31 = icmp slt i64 %x, 12
  br i1 %31, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  %32 = mul i64 %x, 2
  %33 = sub i64 %32, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %25, %x.body ], [ %r.next, %r.body ]
  %34 = icmp slt i64 %r, %27
  br i1 %34, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %35 = mul i64 %r, 28
  %36 = add i64 %35, %33
  %37 = mul i64 %36, 8
  %38 = load <8 x float>, <8 x float>* %11, align 32
  %39 = add i64 %37, 0
  %40 = getelementptr inbounds float, float* %16, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %38, <8 x float> %42)
  %44 = add i64 %37, 8
  %45 = getelementptr inbounds float, float* %16, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %43, <8 x float> %47)
  store <8 x float> %48, <8 x float>* %11, align 32
  %49 = load <8 x float>, <8 x float>* %10, align 32
  %50 = add i64 %37, 16
  %51 = getelementptr inbounds float, float* %16, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %49, <8 x float> %53)
  %55 = add i64 %37, 24
  %56 = getelementptr inbounds float, float* %16, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %54, <8 x float> %58)
  store <8 x float> %59, <8 x float>* %10, align 32
  %60 = load <8 x float>, <8 x float>* %9, align 32
  %61 = add i64 %37, 32
  %62 = getelementptr inbounds float, float* %16, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %60, <8 x float> %64)
  %66 = add i64 %37, 40
  %67 = getelementptr inbounds float, float* %16, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %65, <8 x float> %69)
  store <8 x float> %70, <8 x float>* %9, align 32
  %71 = load <8 x float>, <8 x float>* %8, align 32
  %72 = add i64 %37, 48
  %73 = getelementptr inbounds float, float* %16, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %71, <8 x float> %75)
  %77 = add i64 %37, 56
  %78 = getelementptr inbounds float, float* %16, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %76, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %82 = load <8 x float>, <8 x float>* %11, align 32
  %83 = add i64 %x, 0
  %84 = mul i64 %83, 8
  %85 = getelementptr inbounds float, float* %20, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  store <8 x float> %82, <8 x float>* %86, align 4
  %87 = load <8 x float>, <8 x float>* %10, align 32
  %88 = add i64 %x, 1
  %89 = mul i64 %88, 8
  %90 = getelementptr inbounds float, float* %20, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %87, <8 x float>* %91, align 4
  %92 = load <8 x float>, <8 x float>* %9, align 32
  %93 = add i64 %x, 2
  %94 = mul i64 %93, 8
  %95 = getelementptr inbounds float, float* %20, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %92, <8 x float>* %96, align 4
  %97 = load <8 x float>, <8 x float>* %8, align 32
  %98 = add i64 %x, 3
  %99 = mul i64 %98, 8
  %100 = getelementptr inbounds float, float* %20, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %97, <8 x float>* %101, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %25, %x.exit ], [ %r.next5, %r.body2 ]
  %102 = icmp slt i64 %r4, %27
  br i1 %102, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %103 = mul i64 %r4, 28
  %104 = add i64 %103, 24
  %105 = mul i64 %104, 8
  %106 = load <8 x float>, <8 x float>* %7, align 32
  %107 = add i64 %105, 0
  %108 = getelementptr inbounds float, float* %16, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %106, <8 x float> %110)
  %112 = add i64 %105, 8
  %113 = getelementptr inbounds float, float* %16, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %111, <8 x float> %115)
  store <8 x float> %116, <8 x float>* %7, align 32
  %117 = load <8 x float>, <8 x float>* %6, align 32
  %118 = add i64 %105, 16
  %119 = getelementptr inbounds float, float* %16, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %117, <8 x float> %121)
  %123 = add i64 %105, 24
  %124 = getelementptr inbounds float, float* %16, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %122, <8 x float> %126)
  store <8 x float> %127, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %128 = load <8 x float>, <8 x float>* %7, align 32
  %129 = getelementptr inbounds float, float* %20, i64 96
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = load <8 x float>, <8 x float>* %6, align 32
  %132 = getelementptr inbounds float, float* %20, i64 104
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
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
  %19 = add i64 14, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 14
  %23 = select i1 %22, i64 %21, i64 14
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 14
  %26 = select i1 %25, i64 %24, i64 14
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 14
  %8 = sdiv i64 %task, 14
  %9 = srem i64 %8, 1
  %10 = sdiv i64 %8, 1
  %11 = mul i64 %10, 6
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 112
  %15 = icmp eq i64 %9, 0
  br i1 %15, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %ws.header

else:                                             ; preds = %task.body
  br label %w.header

endif:                                            ; preds = %ws.exit3, %ws.exit
  %task.next = add i64 %task, 1
  br label %task.header

ws.header:                                        ; preds = %ws.body, %then
  %ws = phi i64 [ 0, %then ], [ %ws.next, %ws.body ]
  %16 = icmp slt i64 %ws, 14
  br i1 %16, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %17 = mul i64 %ws, 8
  %18 = add i64 %17, 0
  %19 = add i64 %14, %18
  %20 = add i64 %13, 0
  %21 = mul i64 %20, 196
  %22 = mul i64 %7, 14
  %23 = add i64 %22, %ws
  %24 = add i64 %21, %23
  %25 = getelementptr inbounds float, float* %1, i64 %19
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %0, i64 %24
  store float %26, float* %27, align 4
  %28 = mul i64 %ws, 8
  %29 = add i64 %28, 1
  %30 = add i64 %14, %29
  %31 = add i64 %13, 1
  %32 = mul i64 %31, 196
  %33 = mul i64 %7, 14
  %34 = add i64 %33, %ws
  %35 = add i64 %32, %34
  %36 = getelementptr inbounds float, float* %1, i64 %30
  %37 = load float, float* %36, align 4
  %38 = getelementptr inbounds float, float* %0, i64 %35
  store float %37, float* %38, align 4
  %39 = mul i64 %ws, 8
  %40 = add i64 %39, 2
  %41 = add i64 %14, %40
  %42 = add i64 %13, 2
  %43 = mul i64 %42, 196
  %44 = mul i64 %7, 14
  %45 = add i64 %44, %ws
  %46 = add i64 %43, %45
  %47 = getelementptr inbounds float, float* %1, i64 %41
  %48 = load float, float* %47, align 4
  %49 = getelementptr inbounds float, float* %0, i64 %46
  store float %48, float* %49, align 4
  %50 = mul i64 %ws, 8
  %51 = add i64 %50, 3
  %52 = add i64 %14, %51
  %53 = add i64 %13, 3
  %54 = mul i64 %53, 196
  %55 = mul i64 %7, 14
  %56 = add i64 %55, %ws
  %57 = add i64 %54, %56
  %58 = getelementptr inbounds float, float* %1, i64 %52
  %59 = load float, float* %58, align 4
  %60 = getelementptr inbounds float, float* %0, i64 %57
  store float %59, float* %60, align 4
  %61 = mul i64 %ws, 8
  %62 = add i64 %61, 4
  %63 = add i64 %14, %62
  %64 = add i64 %13, 4
  %65 = mul i64 %64, 196
  %66 = mul i64 %7, 14
  %67 = add i64 %66, %ws
  %68 = add i64 %65, %67
  %69 = getelementptr inbounds float, float* %1, i64 %63
  %70 = load float, float* %69, align 4
  %71 = getelementptr inbounds float, float* %0, i64 %68
  store float %70, float* %71, align 4
  %72 = mul i64 %ws, 8
  %73 = add i64 %72, 5
  %74 = add i64 %14, %73
  %75 = add i64 %13, 5
  %76 = mul i64 %75, 196
  %77 = mul i64 %7, 14
  %78 = add i64 %77, %ws
  %79 = add i64 %76, %78
  %80 = getelementptr inbounds float, float* %1, i64 %74
  %81 = load float, float* %80, align 4
  %82 = getelementptr inbounds float, float* %0, i64 %79
  store float %81, float* %82, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  br label %endif

w.header:                                         ; preds = %w.body, %else
  %w = phi i64 [ 0, %else ], [ %w.next, %w.body ]
  %83 = icmp slt i64 %w, 8
  br i1 %83, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %84 = add i64 %w, 0
  %85 = mul i64 %84, 8
  %86 = add i64 %85, 0
  %87 = add i64 %14, %86
  %88 = getelementptr inbounds float, float* %1, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %w, 1
  %92 = mul i64 %91, 8
  %93 = add i64 %92, 0
  %94 = add i64 %14, %93
  %95 = getelementptr inbounds float, float* %1, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %w, 2
  %99 = mul i64 %98, 8
  %100 = add i64 %99, 0
  %101 = add i64 %14, %100
  %102 = getelementptr inbounds float, float* %1, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = add i64 %w, 3
  %106 = mul i64 %105, 8
  %107 = add i64 %106, 0
  %108 = add i64 %14, %107
  %109 = getelementptr inbounds float, float* %1, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %w, 4
  %113 = mul i64 %112, 8
  %114 = add i64 %113, 0
  %115 = add i64 %14, %114
  %116 = getelementptr inbounds float, float* %1, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %w, 5
  %120 = mul i64 %119, 8
  %121 = add i64 %120, 0
  %122 = add i64 %14, %121
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %w, 6
  %127 = mul i64 %126, 8
  %128 = add i64 %127, 0
  %129 = add i64 %14, %128
  %130 = getelementptr inbounds float, float* %1, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = add i64 %w, 7
  %134 = mul i64 %133, 8
  %135 = add i64 %134, 0
  %136 = add i64 %14, %135
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = shufflevector <8 x float> %90, <8 x float> %118, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %141 = shufflevector <8 x float> %90, <8 x float> %118, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %142 = shufflevector <8 x float> %97, <8 x float> %125, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %143 = shufflevector <8 x float> %97, <8 x float> %125, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %144 = shufflevector <8 x float> %104, <8 x float> %132, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %145 = shufflevector <8 x float> %104, <8 x float> %132, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %146 = shufflevector <8 x float> %111, <8 x float> %139, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %147 = shufflevector <8 x float> %111, <8 x float> %139, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %148 = shufflevector <8 x float> %140, <8 x float> %144, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %149 = shufflevector <8 x float> %140, <8 x float> %144, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %150 = shufflevector <8 x float> %141, <8 x float> %145, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %151 = shufflevector <8 x float> %141, <8 x float> %145, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %152 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %153 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %154 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %155 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %156 = shufflevector <8 x float> %148, <8 x float> %152, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %157 = shufflevector <8 x float> %148, <8 x float> %152, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %158 = shufflevector <8 x float> %149, <8 x float> %153, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %159 = shufflevector <8 x float> %149, <8 x float> %153, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %160 = shufflevector <8 x float> %150, <8 x float> %154, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %161 = shufflevector <8 x float> %150, <8 x float> %154, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %162 = shufflevector <8 x float> %151, <8 x float> %155, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %163 = shufflevector <8 x float> %151, <8 x float> %155, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %164 = add i64 %13, 0
  %165 = mul i64 %164, 196
  %166 = mul i64 %7, 14
  %167 = add i64 %166, %w
  %168 = add i64 %165, %167
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %156, <8 x float>* %170, align 4
  %171 = add i64 %13, 1
  %172 = mul i64 %171, 196
  %173 = mul i64 %7, 14
  %174 = add i64 %173, %w
  %175 = add i64 %172, %174
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %157, <8 x float>* %177, align 4
  %178 = add i64 %13, 2
  %179 = mul i64 %178, 196
  %180 = mul i64 %7, 14
  %181 = add i64 %180, %w
  %182 = add i64 %179, %181
  %183 = getelementptr inbounds float, float* %0, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %158, <8 x float>* %184, align 4
  %185 = add i64 %13, 3
  %186 = mul i64 %185, 196
  %187 = mul i64 %7, 14
  %188 = add i64 %187, %w
  %189 = add i64 %186, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %159, <8 x float>* %191, align 4
  %192 = add i64 %13, 4
  %193 = mul i64 %192, 196
  %194 = mul i64 %7, 14
  %195 = add i64 %194, %w
  %196 = add i64 %193, %195
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %160, <8 x float>* %198, align 4
  %199 = add i64 %13, 5
  %200 = mul i64 %199, 196
  %201 = mul i64 %7, 14
  %202 = add i64 %201, %w
  %203 = add i64 %200, %202
  %204 = getelementptr inbounds float, float* %0, i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  store <8 x float> %161, <8 x float>* %205, align 4
  %206 = add i64 %13, 6
  %207 = mul i64 %206, 196
  %208 = mul i64 %7, 14
  %209 = add i64 %208, %w
  %210 = add i64 %207, %209
  %211 = getelementptr inbounds float, float* %0, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %162, <8 x float>* %212, align 4
  %213 = add i64 %13, 7
  %214 = mul i64 %213, 196
  %215 = mul i64 %7, 14
  %216 = add i64 %215, %w
  %217 = add i64 %214, %216
  %218 = getelementptr inbounds float, float* %0, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %163, <8 x float>* %219, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header1

ws.header1:                                       ; preds = %ws.body2, %w.exit
  %ws4 = phi i64 [ 8, %w.exit ], [ %ws.next5, %ws.body2 ]
  %220 = icmp slt i64 %ws4, 14
  br i1 %220, label %ws.body2, label %ws.exit3

ws.body2:                                         ; preds = %ws.header1
  %221 = mul i64 %ws4, 8
  %222 = add i64 %221, 0
  %223 = add i64 %14, %222
  %224 = add i64 %13, 0
  %225 = mul i64 %224, 196
  %226 = mul i64 %7, 14
  %227 = add i64 %226, %ws4
  %228 = add i64 %225, %227
  %229 = getelementptr inbounds float, float* %1, i64 %223
  %230 = load float, float* %229, align 4
  %231 = getelementptr inbounds float, float* %0, i64 %228
  store float %230, float* %231, align 4
  %232 = mul i64 %ws4, 8
  %233 = add i64 %232, 1
  %234 = add i64 %14, %233
  %235 = add i64 %13, 1
  %236 = mul i64 %235, 196
  %237 = mul i64 %7, 14
  %238 = add i64 %237, %ws4
  %239 = add i64 %236, %238
  %240 = getelementptr inbounds float, float* %1, i64 %234
  %241 = load float, float* %240, align 4
  %242 = getelementptr inbounds float, float* %0, i64 %239
  store float %241, float* %242, align 4
  %243 = mul i64 %ws4, 8
  %244 = add i64 %243, 2
  %245 = add i64 %14, %244
  %246 = add i64 %13, 2
  %247 = mul i64 %246, 196
  %248 = mul i64 %7, 14
  %249 = add i64 %248, %ws4
  %250 = add i64 %247, %249
  %251 = getelementptr inbounds float, float* %1, i64 %245
  %252 = load float, float* %251, align 4
  %253 = getelementptr inbounds float, float* %0, i64 %250
  store float %252, float* %253, align 4
  %254 = mul i64 %ws4, 8
  %255 = add i64 %254, 3
  %256 = add i64 %14, %255
  %257 = add i64 %13, 3
  %258 = mul i64 %257, 196
  %259 = mul i64 %7, 14
  %260 = add i64 %259, %ws4
  %261 = add i64 %258, %260
  %262 = getelementptr inbounds float, float* %1, i64 %256
  %263 = load float, float* %262, align 4
  %264 = getelementptr inbounds float, float* %0, i64 %261
  store float %263, float* %264, align 4
  %265 = mul i64 %ws4, 8
  %266 = add i64 %265, 4
  %267 = add i64 %14, %266
  %268 = add i64 %13, 4
  %269 = mul i64 %268, 196
  %270 = mul i64 %7, 14
  %271 = add i64 %270, %ws4
  %272 = add i64 %269, %271
  %273 = getelementptr inbounds float, float* %1, i64 %267
  %274 = load float, float* %273, align 4
  %275 = getelementptr inbounds float, float* %0, i64 %272
  store float %274, float* %275, align 4
  %276 = mul i64 %ws4, 8
  %277 = add i64 %276, 5
  %278 = add i64 %14, %277
  %279 = add i64 %13, 5
  %280 = mul i64 %279, 196
  %281 = mul i64 %7, 14
  %282 = add i64 %281, %ws4
  %283 = add i64 %280, %282
  %284 = getelementptr inbounds float, float* %1, i64 %278
  %285 = load float, float* %284, align 4
  %286 = getelementptr inbounds float, float* %0, i64 %283
  store float %285, float* %286, align 4
  %287 = mul i64 %ws4, 8
  %288 = add i64 %287, 6
  %289 = add i64 %14, %288
  %290 = add i64 %13, 6
  %291 = mul i64 %290, 196
  %292 = mul i64 %7, 14
  %293 = add i64 %292, %ws4
  %294 = add i64 %291, %293
  %295 = getelementptr inbounds float, float* %1, i64 %289
  %296 = load float, float* %295, align 4
  %297 = getelementptr inbounds float, float* %0, i64 %294
  store float %296, float* %297, align 4
  %298 = mul i64 %ws4, 8
  %299 = add i64 %298, 7
  %300 = add i64 %14, %299
  %301 = add i64 %13, 7
  %302 = mul i64 %301, 196
  %303 = mul i64 %7, 14
  %304 = add i64 %303, %ws4
  %305 = add i64 %302, %304
  %306 = getelementptr inbounds float, float* %1, i64 %300
  %307 = load float, float* %306, align 4
  %308 = getelementptr inbounds float, float* %0, i64 %305
  store float %307, float* %308, align 4
  %ws.next5 = add i64 %ws4, 1
  br label %ws.header1

ws.exit3:                                         ; preds = %ws.header1
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 14, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 14
  %23 = select i1 %22, i64 %21, i64 14
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 14
  %26 = select i1 %25, i64 %24, i64 14
  call void @node2.maxPool2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %108 = icmp slt i64 %task, %7
  br i1 %108, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %109 = srem i64 %task, 2
  %110 = sdiv i64 %task, 2
  %111 = srem i64 %110, 1
  %112 = mul i64 %109, 5
  %113 = sdiv i64 %task, 2
  %114 = srem i64 %113, 1
  %115 = sdiv i64 %113, 1
  %116 = mul i64 %114, 2
  %117 = mul i64 %111, 2
  %118 = add i64 %116, %117
  %119 = mul i64 %115, 6
  %120 = mul i64 %114, 6
  %121 = add i64 %119, %120
  %122 = mul i64 %121, 196
  %123 = mul i64 %118, 1200
  %124 = mul i64 %112, 14
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit155, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit155 ]
  %125 = icmp slt i64 %chunk, 1
  br i1 %125, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  %126 = mul i64 %115, 2
  %127 = add i64 %126, %118
  %128 = add i64 %127, 0
  %129 = mul i64 %128, 10
  %130 = add i64 %129, %112
  %131 = mul i64 %130, 10
  %132 = add i64 %131, 0
  %133 = mul i64 %132, 8
  %134 = add i64 %131, 1
  %135 = mul i64 %134, 8
  %136 = add i64 %131, 2
  %137 = mul i64 %136, 8
  %138 = add i64 %131, 3
  %139 = mul i64 %138, 8
  %140 = add i64 %131, 4
  %141 = mul i64 %140, 8
  %142 = add i64 %131, 5
  %143 = mul i64 %142, 8
  %144 = mul i64 %115, 2
  %145 = add i64 %144, %118
  %146 = add i64 %145, 1
  %147 = mul i64 %146, 10
  %148 = add i64 %147, %112
  %149 = mul i64 %148, 10
  %150 = add i64 %149, 0
  %151 = mul i64 %150, 8
  %152 = add i64 %149, 1
  %153 = mul i64 %152, 8
  %154 = add i64 %149, 2
  %155 = mul i64 %154, 8
  %156 = add i64 %149, 3
  %157 = mul i64 %156, 8
  %158 = add i64 %149, 4
  %159 = mul i64 %158, 8
  %160 = add i64 %149, 5
  %161 = mul i64 %160, 8
  %162 = add i64 %118, 0
  %163 = mul i64 %162, 8
  %164 = getelementptr inbounds float, float* %5, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %118, 1
  %168 = mul i64 %167, 8
  %169 = getelementptr inbounds float, float* %5, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  store <8 x float> %166, <8 x float>* %107, align 32
  store <8 x float> %166, <8 x float>* %106, align 32
  store <8 x float> %166, <8 x float>* %105, align 32
  store <8 x float> %166, <8 x float>* %104, align 32
  store <8 x float> %166, <8 x float>* %103, align 32
  store <8 x float> %166, <8 x float>* %102, align 32
  store <8 x float> %171, <8 x float>* %101, align 32
  store <8 x float> %171, <8 x float>* %100, align 32
  store <8 x float> %171, <8 x float>* %99, align 32
  store <8 x float> %171, <8 x float>* %98, align 32
  store <8 x float> %171, <8 x float>* %97, align 32
  store <8 x float> %171, <8 x float>* %96, align 32
  %172 = add i64 %124, 0
  %173 = add i64 %122, %172
  %174 = mul i64 %chunk, 6
  br label %u.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %chunk.body
  %u = phi i64 [ 0, %chunk.body ], [ %u.next, %kh.exit ]
  %175 = icmp slt i64 %u, 6
  br i1 %175, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %176 = add i64 %174, %u
  %177 = mul i64 %176, 196
  %178 = add i64 %173, %177
  %179 = mul i64 %176, 200
  %180 = add i64 %123, %179
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %181 = load <8 x float>, <8 x float>* %107, align 32
  %182 = fcmp olt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> zeroinitializer, <8 x float> %181
  %184 = getelementptr inbounds float, float* %0, i64 %133
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %183, <8 x float>* %185, align 4
  %186 = load <8 x float>, <8 x float>* %106, align 32
  %187 = fcmp olt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> zeroinitializer, <8 x float> %186
  %189 = getelementptr inbounds float, float* %0, i64 %135
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %188, <8 x float>* %190, align 4
  %191 = load <8 x float>, <8 x float>* %105, align 32
  %192 = fcmp olt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> zeroinitializer, <8 x float> %191
  %194 = getelementptr inbounds float, float* %0, i64 %137
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %193, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %104, align 32
  %197 = fcmp olt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> zeroinitializer, <8 x float> %196
  %199 = getelementptr inbounds float, float* %0, i64 %139
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  %201 = load <8 x float>, <8 x float>* %103, align 32
  %202 = fcmp olt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> zeroinitializer, <8 x float> %201
  %204 = getelementptr inbounds float, float* %0, i64 %141
  %205 = bitcast float* %204 to <8 x float>*
  store <8 x float> %203, <8 x float>* %205, align 4
  %206 = load <8 x float>, <8 x float>* %102, align 32
  %207 = fcmp olt <8 x float> %206, zeroinitializer
  %208 = select <8 x i1> %207, <8 x float> zeroinitializer, <8 x float> %206
  %209 = getelementptr inbounds float, float* %0, i64 %143
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = load <8 x float>, <8 x float>* %101, align 32
  %212 = fcmp olt <8 x float> %211, zeroinitializer
  %213 = select <8 x i1> %212, <8 x float> zeroinitializer, <8 x float> %211
  %214 = getelementptr inbounds float, float* %0, i64 %151
  %215 = bitcast float* %214 to <8 x float>*
  store <8 x float> %213, <8 x float>* %215, align 4
  %216 = load <8 x float>, <8 x float>* %100, align 32
  %217 = fcmp olt <8 x float> %216, zeroinitializer
  %218 = select <8 x i1> %217, <8 x float> zeroinitializer, <8 x float> %216
  %219 = getelementptr inbounds float, float* %0, i64 %153
  %220 = bitcast float* %219 to <8 x float>*
  store <8 x float> %218, <8 x float>* %220, align 4
  %221 = load <8 x float>, <8 x float>* %99, align 32
  %222 = fcmp olt <8 x float> %221, zeroinitializer
  %223 = select <8 x i1> %222, <8 x float> zeroinitializer, <8 x float> %221
  %224 = getelementptr inbounds float, float* %0, i64 %155
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %223, <8 x float>* %225, align 4
  %226 = load <8 x float>, <8 x float>* %98, align 32
  %227 = fcmp olt <8 x float> %226, zeroinitializer
  %228 = select <8 x i1> %227, <8 x float> zeroinitializer, <8 x float> %226
  %229 = getelementptr inbounds float, float* %0, i64 %157
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %228, <8 x float>* %230, align 4
  %231 = load <8 x float>, <8 x float>* %97, align 32
  %232 = fcmp olt <8 x float> %231, zeroinitializer
  %233 = select <8 x i1> %232, <8 x float> zeroinitializer, <8 x float> %231
  %234 = getelementptr inbounds float, float* %0, i64 %159
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %233, <8 x float>* %235, align 4
  %236 = load <8 x float>, <8 x float>* %96, align 32
  %237 = fcmp olt <8 x float> %236, zeroinitializer
  %238 = select <8 x i1> %237, <8 x float> zeroinitializer, <8 x float> %236
  %239 = getelementptr inbounds float, float* %0, i64 %161
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %238, <8 x float>* %240, align 4
  %241 = mul i64 %115, 2
  %242 = add i64 %241, %118
  %243 = add i64 %242, 0
  %244 = mul i64 %243, 10
  %245 = add i64 %244, %112
  %246 = mul i64 %245, 10
  %247 = add i64 %246, 6
  %248 = mul i64 %247, 8
  %249 = add i64 %246, 7
  %250 = mul i64 %249, 8
  %251 = add i64 %246, 8
  %252 = mul i64 %251, 8
  %253 = add i64 %246, 9
  %254 = mul i64 %253, 8
  %255 = add i64 %246, 10
  %256 = mul i64 %255, 8
  %257 = add i64 %246, 11
  %258 = mul i64 %257, 8
  %259 = mul i64 %115, 2
  %260 = add i64 %259, %118
  %261 = add i64 %260, 1
  %262 = mul i64 %261, 10
  %263 = add i64 %262, %112
  %264 = mul i64 %263, 10
  %265 = add i64 %264, 6
  %266 = mul i64 %265, 8
  %267 = add i64 %264, 7
  %268 = mul i64 %267, 8
  %269 = add i64 %264, 8
  %270 = mul i64 %269, 8
  %271 = add i64 %264, 9
  %272 = mul i64 %271, 8
  %273 = add i64 %264, 10
  %274 = mul i64 %273, 8
  %275 = add i64 %264, 11
  %276 = mul i64 %275, 8
  %277 = add i64 %118, 0
  %278 = mul i64 %277, 8
  %279 = getelementptr inbounds float, float* %5, i64 %278
  %280 = bitcast float* %279 to <8 x float>*
  %281 = load <8 x float>, <8 x float>* %280, align 4
  %282 = add i64 %118, 1
  %283 = mul i64 %282, 8
  %284 = getelementptr inbounds float, float* %5, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  %286 = load <8 x float>, <8 x float>* %285, align 4
  store <8 x float> %281, <8 x float>* %95, align 32
  store <8 x float> %281, <8 x float>* %94, align 32
  store <8 x float> %281, <8 x float>* %93, align 32
  store <8 x float> %281, <8 x float>* %92, align 32
  store <8 x float> %281, <8 x float>* %91, align 32
  store <8 x float> %281, <8 x float>* %90, align 32
  store <8 x float> %286, <8 x float>* %89, align 32
  store <8 x float> %286, <8 x float>* %88, align 32
  store <8 x float> %286, <8 x float>* %87, align 32
  store <8 x float> %286, <8 x float>* %86, align 32
  store <8 x float> %286, <8 x float>* %85, align 32
  store <8 x float> %286, <8 x float>* %84, align 32
  %287 = add i64 %124, 0
  %288 = add i64 %122, %287
  %289 = mul i64 %chunk, 6
  br label %u.header6

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %290 = icmp slt i64 %kh, 5
  br i1 %290, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %291 = mul i64 %kh, 14
  %292 = add i64 %178, %291
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %293 = icmp slt i64 %kw, 5
  br i1 %293, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %294 = mul i64 %kw, 1
  %295 = add i64 %292, %294
  %296 = mul i64 %kh, 5
  %297 = add i64 %296, %kw
  %298 = mul i64 %297, 8
  %299 = add i64 %180, %298
  %300 = add i64 %299, 0
  %301 = getelementptr inbounds float, float* %4, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %299, 1200
  %305 = getelementptr inbounds float, float* %4, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %295, 0
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %107, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %303, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %107, align 32
  %314 = load <8 x float>, <8 x float>* %101, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %307, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %101, align 32
  %316 = add i64 %295, 1
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat1 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %106, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %303, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %106, align 32
  %322 = load <8 x float>, <8 x float>* %100, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %307, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %100, align 32
  %324 = add i64 %295, 2
  %325 = getelementptr inbounds float, float* %1, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat2 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %105, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %303, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %105, align 32
  %330 = load <8 x float>, <8 x float>* %99, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %307, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %99, align 32
  %332 = add i64 %295, 3
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat3 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %104, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %303, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %104, align 32
  %338 = load <8 x float>, <8 x float>* %98, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %307, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %98, align 32
  %340 = add i64 %295, 4
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat4 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %103, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %303, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %103, align 32
  %346 = load <8 x float>, <8 x float>* %97, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %307, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %97, align 32
  %348 = add i64 %295, 5
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat5 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %102, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %303, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %102, align 32
  %354 = load <8 x float>, <8 x float>* %96, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %307, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %96, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !4

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %u.exit
  %u9 = phi i64 [ 0, %u.exit ], [ %u.next26, %kh.exit12 ]
  %356 = icmp slt i64 %u9, 6
  br i1 %356, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %357 = add i64 %289, %u9
  %358 = mul i64 %357, 196
  %359 = add i64 %288, %358
  %360 = mul i64 %357, 200
  %361 = add i64 %123, %360
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %362 = load <8 x float>, <8 x float>* %95, align 32
  %363 = fcmp olt <8 x float> %362, zeroinitializer
  %364 = select <8 x i1> %363, <8 x float> zeroinitializer, <8 x float> %362
  %365 = getelementptr inbounds float, float* %0, i64 %248
  %366 = bitcast float* %365 to <8 x float>*
  store <8 x float> %364, <8 x float>* %366, align 4
  %367 = load <8 x float>, <8 x float>* %94, align 32
  %368 = fcmp olt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> zeroinitializer, <8 x float> %367
  %370 = getelementptr inbounds float, float* %0, i64 %250
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %369, <8 x float>* %371, align 4
  %372 = load <8 x float>, <8 x float>* %93, align 32
  %373 = fcmp olt <8 x float> %372, zeroinitializer
  %374 = select <8 x i1> %373, <8 x float> zeroinitializer, <8 x float> %372
  %375 = getelementptr inbounds float, float* %0, i64 %252
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %374, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %92, align 32
  %378 = fcmp olt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> zeroinitializer, <8 x float> %377
  %380 = getelementptr inbounds float, float* %0, i64 %254
  %381 = bitcast float* %380 to <8 x float>*
  store <8 x float> %379, <8 x float>* %381, align 4
  %382 = load <8 x float>, <8 x float>* %91, align 32
  %383 = fcmp olt <8 x float> %382, zeroinitializer
  %384 = select <8 x i1> %383, <8 x float> zeroinitializer, <8 x float> %382
  %385 = getelementptr inbounds float, float* %0, i64 %256
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %384, <8 x float>* %386, align 4
  %387 = load <8 x float>, <8 x float>* %90, align 32
  %388 = fcmp olt <8 x float> %387, zeroinitializer
  %389 = select <8 x i1> %388, <8 x float> zeroinitializer, <8 x float> %387
  %390 = getelementptr inbounds float, float* %0, i64 %258
  %391 = bitcast float* %390 to <8 x float>*
  store <8 x float> %389, <8 x float>* %391, align 4
  %392 = load <8 x float>, <8 x float>* %89, align 32
  %393 = fcmp olt <8 x float> %392, zeroinitializer
  %394 = select <8 x i1> %393, <8 x float> zeroinitializer, <8 x float> %392
  %395 = getelementptr inbounds float, float* %0, i64 %266
  %396 = bitcast float* %395 to <8 x float>*
  store <8 x float> %394, <8 x float>* %396, align 4
  %397 = load <8 x float>, <8 x float>* %88, align 32
  %398 = fcmp olt <8 x float> %397, zeroinitializer
  %399 = select <8 x i1> %398, <8 x float> zeroinitializer, <8 x float> %397
  %400 = getelementptr inbounds float, float* %0, i64 %268
  %401 = bitcast float* %400 to <8 x float>*
  store <8 x float> %399, <8 x float>* %401, align 4
  %402 = load <8 x float>, <8 x float>* %87, align 32
  %403 = fcmp olt <8 x float> %402, zeroinitializer
  %404 = select <8 x i1> %403, <8 x float> zeroinitializer, <8 x float> %402
  %405 = getelementptr inbounds float, float* %0, i64 %270
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %404, <8 x float>* %406, align 4
  %407 = load <8 x float>, <8 x float>* %86, align 32
  %408 = fcmp olt <8 x float> %407, zeroinitializer
  %409 = select <8 x i1> %408, <8 x float> zeroinitializer, <8 x float> %407
  %410 = getelementptr inbounds float, float* %0, i64 %272
  %411 = bitcast float* %410 to <8 x float>*
  store <8 x float> %409, <8 x float>* %411, align 4
  %412 = load <8 x float>, <8 x float>* %85, align 32
  %413 = fcmp olt <8 x float> %412, zeroinitializer
  %414 = select <8 x i1> %413, <8 x float> zeroinitializer, <8 x float> %412
  %415 = getelementptr inbounds float, float* %0, i64 %274
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %414, <8 x float>* %416, align 4
  %417 = load <8 x float>, <8 x float>* %84, align 32
  %418 = fcmp olt <8 x float> %417, zeroinitializer
  %419 = select <8 x i1> %418, <8 x float> zeroinitializer, <8 x float> %417
  %420 = getelementptr inbounds float, float* %0, i64 %276
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %419, <8 x float>* %421, align 4
  %422 = mul i64 %115, 2
  %423 = add i64 %422, %118
  %424 = add i64 %423, 0
  %425 = mul i64 %424, 10
  %426 = add i64 %425, %112
  %427 = mul i64 %426, 10
  %428 = add i64 %427, 12
  %429 = mul i64 %428, 8
  %430 = add i64 %427, 13
  %431 = mul i64 %430, 8
  %432 = add i64 %427, 14
  %433 = mul i64 %432, 8
  %434 = add i64 %427, 15
  %435 = mul i64 %434, 8
  %436 = add i64 %427, 16
  %437 = mul i64 %436, 8
  %438 = add i64 %427, 17
  %439 = mul i64 %438, 8
  %440 = mul i64 %115, 2
  %441 = add i64 %440, %118
  %442 = add i64 %441, 1
  %443 = mul i64 %442, 10
  %444 = add i64 %443, %112
  %445 = mul i64 %444, 10
  %446 = add i64 %445, 12
  %447 = mul i64 %446, 8
  %448 = add i64 %445, 13
  %449 = mul i64 %448, 8
  %450 = add i64 %445, 14
  %451 = mul i64 %450, 8
  %452 = add i64 %445, 15
  %453 = mul i64 %452, 8
  %454 = add i64 %445, 16
  %455 = mul i64 %454, 8
  %456 = add i64 %445, 17
  %457 = mul i64 %456, 8
  %458 = add i64 %118, 0
  %459 = mul i64 %458, 8
  %460 = getelementptr inbounds float, float* %5, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  %462 = load <8 x float>, <8 x float>* %461, align 4
  %463 = add i64 %118, 1
  %464 = mul i64 %463, 8
  %465 = getelementptr inbounds float, float* %5, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  store <8 x float> %462, <8 x float>* %83, align 32
  store <8 x float> %462, <8 x float>* %82, align 32
  store <8 x float> %462, <8 x float>* %81, align 32
  store <8 x float> %462, <8 x float>* %80, align 32
  store <8 x float> %462, <8 x float>* %79, align 32
  store <8 x float> %462, <8 x float>* %78, align 32
  store <8 x float> %467, <8 x float>* %77, align 32
  store <8 x float> %467, <8 x float>* %76, align 32
  store <8 x float> %467, <8 x float>* %75, align 32
  store <8 x float> %467, <8 x float>* %74, align 32
  store <8 x float> %467, <8 x float>* %73, align 32
  store <8 x float> %467, <8 x float>* %72, align 32
  %468 = add i64 %124, 0
  %469 = add i64 %122, %468
  %470 = mul i64 %chunk, 6
  br label %u.header27

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next25, %kw.exit16 ]
  %471 = icmp slt i64 %kh13, 5
  br i1 %471, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %472 = mul i64 %kh13, 14
  %473 = add i64 %359, %472
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next26 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next24, %kw.body15 ]
  %474 = icmp slt i64 %kw17, 5
  br i1 %474, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %475 = mul i64 %kw17, 1
  %476 = add i64 %473, %475
  %477 = mul i64 %kh13, 5
  %478 = add i64 %477, %kw17
  %479 = mul i64 %478, 8
  %480 = add i64 %361, %479
  %481 = add i64 %480, 0
  %482 = getelementptr inbounds float, float* %4, i64 %481
  %483 = bitcast float* %482 to <8 x float>*
  %484 = load <8 x float>, <8 x float>* %483, align 4
  %485 = add i64 %480, 1200
  %486 = getelementptr inbounds float, float* %4, i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  %488 = load <8 x float>, <8 x float>* %487, align 4
  %489 = add i64 %476, 6
  %490 = getelementptr inbounds float, float* %1, i64 %489
  %491 = load float, float* %490, align 4
  %492 = insertelement <8 x float> undef, float %491, i32 0
  %splat18 = shufflevector <8 x float> %492, <8 x float> undef, <8 x i32> zeroinitializer
  %493 = load <8 x float>, <8 x float>* %95, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %484, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %95, align 32
  %495 = load <8 x float>, <8 x float>* %89, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %488, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %89, align 32
  %497 = add i64 %476, 7
  %498 = getelementptr inbounds float, float* %1, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat19 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %94, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %484, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %94, align 32
  %503 = load <8 x float>, <8 x float>* %88, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %488, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %88, align 32
  %505 = add i64 %476, 8
  %506 = getelementptr inbounds float, float* %1, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat20 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %93, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %484, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %93, align 32
  %511 = load <8 x float>, <8 x float>* %87, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %488, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %87, align 32
  %513 = add i64 %476, 9
  %514 = getelementptr inbounds float, float* %1, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat21 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %92, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %484, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %92, align 32
  %519 = load <8 x float>, <8 x float>* %86, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %488, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %86, align 32
  %521 = add i64 %476, 14
  %522 = getelementptr inbounds float, float* %1, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat22 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %91, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %484, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %91, align 32
  %527 = load <8 x float>, <8 x float>* %85, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %488, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %85, align 32
  %529 = add i64 %476, 15
  %530 = getelementptr inbounds float, float* %1, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat23 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %90, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %484, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %90, align 32
  %535 = load <8 x float>, <8 x float>* %84, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %488, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %84, align 32
  %kw.next24 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !5

kw.exit16:                                        ; preds = %kw.header14
  %kh.next25 = add i64 %kh13, 1
  br label %kh.header10

u.header27:                                       ; preds = %kh.exit33, %u.exit8
  %u30 = phi i64 [ 0, %u.exit8 ], [ %u.next47, %kh.exit33 ]
  %537 = icmp slt i64 %u30, 6
  br i1 %537, label %u.body28, label %u.exit29

u.body28:                                         ; preds = %u.header27
  %538 = add i64 %470, %u30
  %539 = mul i64 %538, 196
  %540 = add i64 %469, %539
  %541 = mul i64 %538, 200
  %542 = add i64 %123, %541
  br label %kh.header31

u.exit29:                                         ; preds = %u.header27
  %543 = load <8 x float>, <8 x float>* %83, align 32
  %544 = fcmp olt <8 x float> %543, zeroinitializer
  %545 = select <8 x i1> %544, <8 x float> zeroinitializer, <8 x float> %543
  %546 = getelementptr inbounds float, float* %0, i64 %429
  %547 = bitcast float* %546 to <8 x float>*
  store <8 x float> %545, <8 x float>* %547, align 4
  %548 = load <8 x float>, <8 x float>* %82, align 32
  %549 = fcmp olt <8 x float> %548, zeroinitializer
  %550 = select <8 x i1> %549, <8 x float> zeroinitializer, <8 x float> %548
  %551 = getelementptr inbounds float, float* %0, i64 %431
  %552 = bitcast float* %551 to <8 x float>*
  store <8 x float> %550, <8 x float>* %552, align 4
  %553 = load <8 x float>, <8 x float>* %81, align 32
  %554 = fcmp olt <8 x float> %553, zeroinitializer
  %555 = select <8 x i1> %554, <8 x float> zeroinitializer, <8 x float> %553
  %556 = getelementptr inbounds float, float* %0, i64 %433
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %555, <8 x float>* %557, align 4
  %558 = load <8 x float>, <8 x float>* %80, align 32
  %559 = fcmp olt <8 x float> %558, zeroinitializer
  %560 = select <8 x i1> %559, <8 x float> zeroinitializer, <8 x float> %558
  %561 = getelementptr inbounds float, float* %0, i64 %435
  %562 = bitcast float* %561 to <8 x float>*
  store <8 x float> %560, <8 x float>* %562, align 4
  %563 = load <8 x float>, <8 x float>* %79, align 32
  %564 = fcmp olt <8 x float> %563, zeroinitializer
  %565 = select <8 x i1> %564, <8 x float> zeroinitializer, <8 x float> %563
  %566 = getelementptr inbounds float, float* %0, i64 %437
  %567 = bitcast float* %566 to <8 x float>*
  store <8 x float> %565, <8 x float>* %567, align 4
  %568 = load <8 x float>, <8 x float>* %78, align 32
  %569 = fcmp olt <8 x float> %568, zeroinitializer
  %570 = select <8 x i1> %569, <8 x float> zeroinitializer, <8 x float> %568
  %571 = getelementptr inbounds float, float* %0, i64 %439
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %570, <8 x float>* %572, align 4
  %573 = load <8 x float>, <8 x float>* %77, align 32
  %574 = fcmp olt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> zeroinitializer, <8 x float> %573
  %576 = getelementptr inbounds float, float* %0, i64 %447
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %575, <8 x float>* %577, align 4
  %578 = load <8 x float>, <8 x float>* %76, align 32
  %579 = fcmp olt <8 x float> %578, zeroinitializer
  %580 = select <8 x i1> %579, <8 x float> zeroinitializer, <8 x float> %578
  %581 = getelementptr inbounds float, float* %0, i64 %449
  %582 = bitcast float* %581 to <8 x float>*
  store <8 x float> %580, <8 x float>* %582, align 4
  %583 = load <8 x float>, <8 x float>* %75, align 32
  %584 = fcmp olt <8 x float> %583, zeroinitializer
  %585 = select <8 x i1> %584, <8 x float> zeroinitializer, <8 x float> %583
  %586 = getelementptr inbounds float, float* %0, i64 %451
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %585, <8 x float>* %587, align 4
  %588 = load <8 x float>, <8 x float>* %74, align 32
  %589 = fcmp olt <8 x float> %588, zeroinitializer
  %590 = select <8 x i1> %589, <8 x float> zeroinitializer, <8 x float> %588
  %591 = getelementptr inbounds float, float* %0, i64 %453
  %592 = bitcast float* %591 to <8 x float>*
  store <8 x float> %590, <8 x float>* %592, align 4
  %593 = load <8 x float>, <8 x float>* %73, align 32
  %594 = fcmp olt <8 x float> %593, zeroinitializer
  %595 = select <8 x i1> %594, <8 x float> zeroinitializer, <8 x float> %593
  %596 = getelementptr inbounds float, float* %0, i64 %455
  %597 = bitcast float* %596 to <8 x float>*
  store <8 x float> %595, <8 x float>* %597, align 4
  %598 = load <8 x float>, <8 x float>* %72, align 32
  %599 = fcmp olt <8 x float> %598, zeroinitializer
  %600 = select <8 x i1> %599, <8 x float> zeroinitializer, <8 x float> %598
  %601 = getelementptr inbounds float, float* %0, i64 %457
  %602 = bitcast float* %601 to <8 x float>*
  store <8 x float> %600, <8 x float>* %602, align 4
  %603 = mul i64 %115, 2
  %604 = add i64 %603, %118
  %605 = add i64 %604, 0
  %606 = mul i64 %605, 10
  %607 = add i64 %606, %112
  %608 = mul i64 %607, 10
  %609 = add i64 %608, 18
  %610 = mul i64 %609, 8
  %611 = add i64 %608, 19
  %612 = mul i64 %611, 8
  %613 = add i64 %608, 20
  %614 = mul i64 %613, 8
  %615 = add i64 %608, 21
  %616 = mul i64 %615, 8
  %617 = add i64 %608, 22
  %618 = mul i64 %617, 8
  %619 = add i64 %608, 23
  %620 = mul i64 %619, 8
  %621 = mul i64 %115, 2
  %622 = add i64 %621, %118
  %623 = add i64 %622, 1
  %624 = mul i64 %623, 10
  %625 = add i64 %624, %112
  %626 = mul i64 %625, 10
  %627 = add i64 %626, 18
  %628 = mul i64 %627, 8
  %629 = add i64 %626, 19
  %630 = mul i64 %629, 8
  %631 = add i64 %626, 20
  %632 = mul i64 %631, 8
  %633 = add i64 %626, 21
  %634 = mul i64 %633, 8
  %635 = add i64 %626, 22
  %636 = mul i64 %635, 8
  %637 = add i64 %626, 23
  %638 = mul i64 %637, 8
  %639 = add i64 %118, 0
  %640 = mul i64 %639, 8
  %641 = getelementptr inbounds float, float* %5, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = add i64 %118, 1
  %645 = mul i64 %644, 8
  %646 = getelementptr inbounds float, float* %5, i64 %645
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  store <8 x float> %643, <8 x float>* %71, align 32
  store <8 x float> %643, <8 x float>* %70, align 32
  store <8 x float> %643, <8 x float>* %69, align 32
  store <8 x float> %643, <8 x float>* %68, align 32
  store <8 x float> %643, <8 x float>* %67, align 32
  store <8 x float> %643, <8 x float>* %66, align 32
  store <8 x float> %648, <8 x float>* %65, align 32
  store <8 x float> %648, <8 x float>* %64, align 32
  store <8 x float> %648, <8 x float>* %63, align 32
  store <8 x float> %648, <8 x float>* %62, align 32
  store <8 x float> %648, <8 x float>* %61, align 32
  store <8 x float> %648, <8 x float>* %60, align 32
  %649 = add i64 %124, 0
  %650 = add i64 %122, %649
  %651 = mul i64 %chunk, 6
  br label %u.header48

kh.header31:                                      ; preds = %kw.exit37, %u.body28
  %kh34 = phi i64 [ 0, %u.body28 ], [ %kh.next46, %kw.exit37 ]
  %652 = icmp slt i64 %kh34, 5
  br i1 %652, label %kh.body32, label %kh.exit33

kh.body32:                                        ; preds = %kh.header31
  %653 = mul i64 %kh34, 14
  %654 = add i64 %540, %653
  br label %kw.header35

kh.exit33:                                        ; preds = %kh.header31
  %u.next47 = add i64 %u30, 1
  br label %u.header27

kw.header35:                                      ; preds = %kw.body36, %kh.body32
  %kw38 = phi i64 [ 0, %kh.body32 ], [ %kw.next45, %kw.body36 ]
  %655 = icmp slt i64 %kw38, 5
  br i1 %655, label %kw.body36, label %kw.exit37

kw.body36:                                        ; preds = %kw.header35
  %656 = mul i64 %kw38, 1
  %657 = add i64 %654, %656
  %658 = mul i64 %kh34, 5
  %659 = add i64 %658, %kw38
  %660 = mul i64 %659, 8
  %661 = add i64 %542, %660
  %662 = add i64 %661, 0
  %663 = getelementptr inbounds float, float* %4, i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = add i64 %661, 1200
  %667 = getelementptr inbounds float, float* %4, i64 %666
  %668 = bitcast float* %667 to <8 x float>*
  %669 = load <8 x float>, <8 x float>* %668, align 4
  %670 = add i64 %657, 16
  %671 = getelementptr inbounds float, float* %1, i64 %670
  %672 = load float, float* %671, align 4
  %673 = insertelement <8 x float> undef, float %672, i32 0
  %splat39 = shufflevector <8 x float> %673, <8 x float> undef, <8 x i32> zeroinitializer
  %674 = load <8 x float>, <8 x float>* %83, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %665, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %83, align 32
  %676 = load <8 x float>, <8 x float>* %77, align 32
  %677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %669, <8 x float> %676)
  store <8 x float> %677, <8 x float>* %77, align 32
  %678 = add i64 %657, 17
  %679 = getelementptr inbounds float, float* %1, i64 %678
  %680 = load float, float* %679, align 4
  %681 = insertelement <8 x float> undef, float %680, i32 0
  %splat40 = shufflevector <8 x float> %681, <8 x float> undef, <8 x i32> zeroinitializer
  %682 = load <8 x float>, <8 x float>* %82, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %665, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %82, align 32
  %684 = load <8 x float>, <8 x float>* %76, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %669, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %76, align 32
  %686 = add i64 %657, 18
  %687 = getelementptr inbounds float, float* %1, i64 %686
  %688 = load float, float* %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %splat41 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = load <8 x float>, <8 x float>* %81, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %665, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %81, align 32
  %692 = load <8 x float>, <8 x float>* %75, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %669, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %75, align 32
  %694 = add i64 %657, 19
  %695 = getelementptr inbounds float, float* %1, i64 %694
  %696 = load float, float* %695, align 4
  %697 = insertelement <8 x float> undef, float %696, i32 0
  %splat42 = shufflevector <8 x float> %697, <8 x float> undef, <8 x i32> zeroinitializer
  %698 = load <8 x float>, <8 x float>* %80, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %665, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %80, align 32
  %700 = load <8 x float>, <8 x float>* %74, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %669, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %74, align 32
  %702 = add i64 %657, 20
  %703 = getelementptr inbounds float, float* %1, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat43 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %79, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %665, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %79, align 32
  %708 = load <8 x float>, <8 x float>* %73, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %669, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %73, align 32
  %710 = add i64 %657, 21
  %711 = getelementptr inbounds float, float* %1, i64 %710
  %712 = load float, float* %711, align 4
  %713 = insertelement <8 x float> undef, float %712, i32 0
  %splat44 = shufflevector <8 x float> %713, <8 x float> undef, <8 x i32> zeroinitializer
  %714 = load <8 x float>, <8 x float>* %78, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %665, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %78, align 32
  %716 = load <8 x float>, <8 x float>* %72, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %669, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %72, align 32
  %kw.next45 = add i64 %kw38, 1
  br label %kw.header35, !llvm.loop !6

kw.exit37:                                        ; preds = %kw.header35
  %kh.next46 = add i64 %kh34, 1
  br label %kh.header31

u.header48:                                       ; preds = %kh.exit54, %u.exit29
  %u51 = phi i64 [ 0, %u.exit29 ], [ %u.next68, %kh.exit54 ]
  %718 = icmp slt i64 %u51, 6
  br i1 %718, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %719 = add i64 %651, %u51
  %720 = mul i64 %719, 196
  %721 = add i64 %650, %720
  %722 = mul i64 %719, 200
  %723 = add i64 %123, %722
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %724 = load <8 x float>, <8 x float>* %71, align 32
  %725 = fcmp olt <8 x float> %724, zeroinitializer
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> %724
  %727 = getelementptr inbounds float, float* %0, i64 %610
  %728 = bitcast float* %727 to <8 x float>*
  store <8 x float> %726, <8 x float>* %728, align 4
  %729 = load <8 x float>, <8 x float>* %70, align 32
  %730 = fcmp olt <8 x float> %729, zeroinitializer
  %731 = select <8 x i1> %730, <8 x float> zeroinitializer, <8 x float> %729
  %732 = getelementptr inbounds float, float* %0, i64 %612
  %733 = bitcast float* %732 to <8 x float>*
  store <8 x float> %731, <8 x float>* %733, align 4
  %734 = load <8 x float>, <8 x float>* %69, align 32
  %735 = fcmp olt <8 x float> %734, zeroinitializer
  %736 = select <8 x i1> %735, <8 x float> zeroinitializer, <8 x float> %734
  %737 = getelementptr inbounds float, float* %0, i64 %614
  %738 = bitcast float* %737 to <8 x float>*
  store <8 x float> %736, <8 x float>* %738, align 4
  %739 = load <8 x float>, <8 x float>* %68, align 32
  %740 = fcmp olt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> zeroinitializer, <8 x float> %739
  %742 = getelementptr inbounds float, float* %0, i64 %616
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = load <8 x float>, <8 x float>* %67, align 32
  %745 = fcmp olt <8 x float> %744, zeroinitializer
  %746 = select <8 x i1> %745, <8 x float> zeroinitializer, <8 x float> %744
  %747 = getelementptr inbounds float, float* %0, i64 %618
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %746, <8 x float>* %748, align 4
  %749 = load <8 x float>, <8 x float>* %66, align 32
  %750 = fcmp olt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> %749
  %752 = getelementptr inbounds float, float* %0, i64 %620
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = load <8 x float>, <8 x float>* %65, align 32
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %628
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = load <8 x float>, <8 x float>* %64, align 32
  %760 = fcmp olt <8 x float> %759, zeroinitializer
  %761 = select <8 x i1> %760, <8 x float> zeroinitializer, <8 x float> %759
  %762 = getelementptr inbounds float, float* %0, i64 %630
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %761, <8 x float>* %763, align 4
  %764 = load <8 x float>, <8 x float>* %63, align 32
  %765 = fcmp olt <8 x float> %764, zeroinitializer
  %766 = select <8 x i1> %765, <8 x float> zeroinitializer, <8 x float> %764
  %767 = getelementptr inbounds float, float* %0, i64 %632
  %768 = bitcast float* %767 to <8 x float>*
  store <8 x float> %766, <8 x float>* %768, align 4
  %769 = load <8 x float>, <8 x float>* %62, align 32
  %770 = fcmp olt <8 x float> %769, zeroinitializer
  %771 = select <8 x i1> %770, <8 x float> zeroinitializer, <8 x float> %769
  %772 = getelementptr inbounds float, float* %0, i64 %634
  %773 = bitcast float* %772 to <8 x float>*
  store <8 x float> %771, <8 x float>* %773, align 4
  %774 = load <8 x float>, <8 x float>* %61, align 32
  %775 = fcmp olt <8 x float> %774, zeroinitializer
  %776 = select <8 x i1> %775, <8 x float> zeroinitializer, <8 x float> %774
  %777 = getelementptr inbounds float, float* %0, i64 %636
  %778 = bitcast float* %777 to <8 x float>*
  store <8 x float> %776, <8 x float>* %778, align 4
  %779 = load <8 x float>, <8 x float>* %60, align 32
  %780 = fcmp olt <8 x float> %779, zeroinitializer
  %781 = select <8 x i1> %780, <8 x float> zeroinitializer, <8 x float> %779
  %782 = getelementptr inbounds float, float* %0, i64 %638
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %781, <8 x float>* %783, align 4
  %784 = mul i64 %115, 2
  %785 = add i64 %784, %118
  %786 = add i64 %785, 0
  %787 = mul i64 %786, 10
  %788 = add i64 %787, %112
  %789 = mul i64 %788, 10
  %790 = add i64 %789, 24
  %791 = mul i64 %790, 8
  %792 = add i64 %789, 25
  %793 = mul i64 %792, 8
  %794 = add i64 %789, 26
  %795 = mul i64 %794, 8
  %796 = add i64 %789, 27
  %797 = mul i64 %796, 8
  %798 = add i64 %789, 28
  %799 = mul i64 %798, 8
  %800 = add i64 %789, 29
  %801 = mul i64 %800, 8
  %802 = mul i64 %115, 2
  %803 = add i64 %802, %118
  %804 = add i64 %803, 1
  %805 = mul i64 %804, 10
  %806 = add i64 %805, %112
  %807 = mul i64 %806, 10
  %808 = add i64 %807, 24
  %809 = mul i64 %808, 8
  %810 = add i64 %807, 25
  %811 = mul i64 %810, 8
  %812 = add i64 %807, 26
  %813 = mul i64 %812, 8
  %814 = add i64 %807, 27
  %815 = mul i64 %814, 8
  %816 = add i64 %807, 28
  %817 = mul i64 %816, 8
  %818 = add i64 %807, 29
  %819 = mul i64 %818, 8
  %820 = add i64 %118, 0
  %821 = mul i64 %820, 8
  %822 = getelementptr inbounds float, float* %5, i64 %821
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = add i64 %118, 1
  %826 = mul i64 %825, 8
  %827 = getelementptr inbounds float, float* %5, i64 %826
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  store <8 x float> %824, <8 x float>* %59, align 32
  store <8 x float> %824, <8 x float>* %58, align 32
  store <8 x float> %824, <8 x float>* %57, align 32
  store <8 x float> %824, <8 x float>* %56, align 32
  store <8 x float> %824, <8 x float>* %55, align 32
  store <8 x float> %824, <8 x float>* %54, align 32
  store <8 x float> %829, <8 x float>* %53, align 32
  store <8 x float> %829, <8 x float>* %52, align 32
  store <8 x float> %829, <8 x float>* %51, align 32
  store <8 x float> %829, <8 x float>* %50, align 32
  store <8 x float> %829, <8 x float>* %49, align 32
  store <8 x float> %829, <8 x float>* %48, align 32
  %830 = add i64 %124, 0
  %831 = add i64 %122, %830
  %832 = mul i64 %chunk, 6
  br label %u.header69

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next67, %kw.exit58 ]
  %833 = icmp slt i64 %kh55, 5
  br i1 %833, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %834 = mul i64 %kh55, 14
  %835 = add i64 %721, %834
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next68 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next66, %kw.body57 ]
  %836 = icmp slt i64 %kw59, 5
  br i1 %836, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %837 = mul i64 %kw59, 1
  %838 = add i64 %835, %837
  %839 = mul i64 %kh55, 5
  %840 = add i64 %839, %kw59
  %841 = mul i64 %840, 8
  %842 = add i64 %723, %841
  %843 = add i64 %842, 0
  %844 = getelementptr inbounds float, float* %4, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %842, 1200
  %848 = getelementptr inbounds float, float* %4, i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %838, 22
  %852 = getelementptr inbounds float, float* %1, i64 %851
  %853 = load float, float* %852, align 4
  %854 = insertelement <8 x float> undef, float %853, i32 0
  %splat60 = shufflevector <8 x float> %854, <8 x float> undef, <8 x i32> zeroinitializer
  %855 = load <8 x float>, <8 x float>* %71, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %846, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %71, align 32
  %857 = load <8 x float>, <8 x float>* %65, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %850, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %65, align 32
  %859 = add i64 %838, 23
  %860 = getelementptr inbounds float, float* %1, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat61 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %70, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %846, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %70, align 32
  %865 = load <8 x float>, <8 x float>* %64, align 32
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %850, <8 x float> %865)
  store <8 x float> %866, <8 x float>* %64, align 32
  %867 = add i64 %838, 28
  %868 = getelementptr inbounds float, float* %1, i64 %867
  %869 = load float, float* %868, align 4
  %870 = insertelement <8 x float> undef, float %869, i32 0
  %splat62 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
  %871 = load <8 x float>, <8 x float>* %69, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %846, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %69, align 32
  %873 = load <8 x float>, <8 x float>* %63, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %850, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %63, align 32
  %875 = add i64 %838, 29
  %876 = getelementptr inbounds float, float* %1, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat63 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %68, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %846, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %68, align 32
  %881 = load <8 x float>, <8 x float>* %62, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %850, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %62, align 32
  %883 = add i64 %838, 30
  %884 = getelementptr inbounds float, float* %1, i64 %883
  %885 = load float, float* %884, align 4
  %886 = insertelement <8 x float> undef, float %885, i32 0
  %splat64 = shufflevector <8 x float> %886, <8 x float> undef, <8 x i32> zeroinitializer
  %887 = load <8 x float>, <8 x float>* %67, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %846, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %67, align 32
  %889 = load <8 x float>, <8 x float>* %61, align 32
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %850, <8 x float> %889)
  store <8 x float> %890, <8 x float>* %61, align 32
  %891 = add i64 %838, 31
  %892 = getelementptr inbounds float, float* %1, i64 %891
  %893 = load float, float* %892, align 4
  %894 = insertelement <8 x float> undef, float %893, i32 0
  %splat65 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
  %895 = load <8 x float>, <8 x float>* %66, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %846, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %66, align 32
  %897 = load <8 x float>, <8 x float>* %60, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %850, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %60, align 32
  %kw.next66 = add i64 %kw59, 1
  br label %kw.header56, !llvm.loop !7

kw.exit58:                                        ; preds = %kw.header56
  %kh.next67 = add i64 %kh55, 1
  br label %kh.header52

u.header69:                                       ; preds = %kh.exit75, %u.exit50
  %u72 = phi i64 [ 0, %u.exit50 ], [ %u.next89, %kh.exit75 ]
  %899 = icmp slt i64 %u72, 6
  br i1 %899, label %u.body70, label %u.exit71

u.body70:                                         ; preds = %u.header69
  %900 = add i64 %832, %u72
  %901 = mul i64 %900, 196
  %902 = add i64 %831, %901
  %903 = mul i64 %900, 200
  %904 = add i64 %123, %903
  br label %kh.header73

u.exit71:                                         ; preds = %u.header69
  %905 = load <8 x float>, <8 x float>* %59, align 32
  %906 = fcmp olt <8 x float> %905, zeroinitializer
  %907 = select <8 x i1> %906, <8 x float> zeroinitializer, <8 x float> %905
  %908 = getelementptr inbounds float, float* %0, i64 %791
  %909 = bitcast float* %908 to <8 x float>*
  store <8 x float> %907, <8 x float>* %909, align 4
  %910 = load <8 x float>, <8 x float>* %58, align 32
  %911 = fcmp olt <8 x float> %910, zeroinitializer
  %912 = select <8 x i1> %911, <8 x float> zeroinitializer, <8 x float> %910
  %913 = getelementptr inbounds float, float* %0, i64 %793
  %914 = bitcast float* %913 to <8 x float>*
  store <8 x float> %912, <8 x float>* %914, align 4
  %915 = load <8 x float>, <8 x float>* %57, align 32
  %916 = fcmp olt <8 x float> %915, zeroinitializer
  %917 = select <8 x i1> %916, <8 x float> zeroinitializer, <8 x float> %915
  %918 = getelementptr inbounds float, float* %0, i64 %795
  %919 = bitcast float* %918 to <8 x float>*
  store <8 x float> %917, <8 x float>* %919, align 4
  %920 = load <8 x float>, <8 x float>* %56, align 32
  %921 = fcmp olt <8 x float> %920, zeroinitializer
  %922 = select <8 x i1> %921, <8 x float> zeroinitializer, <8 x float> %920
  %923 = getelementptr inbounds float, float* %0, i64 %797
  %924 = bitcast float* %923 to <8 x float>*
  store <8 x float> %922, <8 x float>* %924, align 4
  %925 = load <8 x float>, <8 x float>* %55, align 32
  %926 = fcmp olt <8 x float> %925, zeroinitializer
  %927 = select <8 x i1> %926, <8 x float> zeroinitializer, <8 x float> %925
  %928 = getelementptr inbounds float, float* %0, i64 %799
  %929 = bitcast float* %928 to <8 x float>*
  store <8 x float> %927, <8 x float>* %929, align 4
  %930 = load <8 x float>, <8 x float>* %54, align 32
  %931 = fcmp olt <8 x float> %930, zeroinitializer
  %932 = select <8 x i1> %931, <8 x float> zeroinitializer, <8 x float> %930
  %933 = getelementptr inbounds float, float* %0, i64 %801
  %934 = bitcast float* %933 to <8 x float>*
  store <8 x float> %932, <8 x float>* %934, align 4
  %935 = load <8 x float>, <8 x float>* %53, align 32
  %936 = fcmp olt <8 x float> %935, zeroinitializer
  %937 = select <8 x i1> %936, <8 x float> zeroinitializer, <8 x float> %935
  %938 = getelementptr inbounds float, float* %0, i64 %809
  %939 = bitcast float* %938 to <8 x float>*
  store <8 x float> %937, <8 x float>* %939, align 4
  %940 = load <8 x float>, <8 x float>* %52, align 32
  %941 = fcmp olt <8 x float> %940, zeroinitializer
  %942 = select <8 x i1> %941, <8 x float> zeroinitializer, <8 x float> %940
  %943 = getelementptr inbounds float, float* %0, i64 %811
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %942, <8 x float>* %944, align 4
  %945 = load <8 x float>, <8 x float>* %51, align 32
  %946 = fcmp olt <8 x float> %945, zeroinitializer
  %947 = select <8 x i1> %946, <8 x float> zeroinitializer, <8 x float> %945
  %948 = getelementptr inbounds float, float* %0, i64 %813
  %949 = bitcast float* %948 to <8 x float>*
  store <8 x float> %947, <8 x float>* %949, align 4
  %950 = load <8 x float>, <8 x float>* %50, align 32
  %951 = fcmp olt <8 x float> %950, zeroinitializer
  %952 = select <8 x i1> %951, <8 x float> zeroinitializer, <8 x float> %950
  %953 = getelementptr inbounds float, float* %0, i64 %815
  %954 = bitcast float* %953 to <8 x float>*
  store <8 x float> %952, <8 x float>* %954, align 4
  %955 = load <8 x float>, <8 x float>* %49, align 32
  %956 = fcmp olt <8 x float> %955, zeroinitializer
  %957 = select <8 x i1> %956, <8 x float> zeroinitializer, <8 x float> %955
  %958 = getelementptr inbounds float, float* %0, i64 %817
  %959 = bitcast float* %958 to <8 x float>*
  store <8 x float> %957, <8 x float>* %959, align 4
  %960 = load <8 x float>, <8 x float>* %48, align 32
  %961 = fcmp olt <8 x float> %960, zeroinitializer
  %962 = select <8 x i1> %961, <8 x float> zeroinitializer, <8 x float> %960
  %963 = getelementptr inbounds float, float* %0, i64 %819
  %964 = bitcast float* %963 to <8 x float>*
  store <8 x float> %962, <8 x float>* %964, align 4
  %965 = mul i64 %115, 2
  %966 = add i64 %965, %118
  %967 = add i64 %966, 0
  %968 = mul i64 %967, 10
  %969 = add i64 %968, %112
  %970 = mul i64 %969, 10
  %971 = add i64 %970, 30
  %972 = mul i64 %971, 8
  %973 = add i64 %970, 31
  %974 = mul i64 %973, 8
  %975 = add i64 %970, 32
  %976 = mul i64 %975, 8
  %977 = add i64 %970, 33
  %978 = mul i64 %977, 8
  %979 = add i64 %970, 34
  %980 = mul i64 %979, 8
  %981 = add i64 %970, 35
  %982 = mul i64 %981, 8
  %983 = mul i64 %115, 2
  %984 = add i64 %983, %118
  %985 = add i64 %984, 1
  %986 = mul i64 %985, 10
  %987 = add i64 %986, %112
  %988 = mul i64 %987, 10
  %989 = add i64 %988, 30
  %990 = mul i64 %989, 8
  %991 = add i64 %988, 31
  %992 = mul i64 %991, 8
  %993 = add i64 %988, 32
  %994 = mul i64 %993, 8
  %995 = add i64 %988, 33
  %996 = mul i64 %995, 8
  %997 = add i64 %988, 34
  %998 = mul i64 %997, 8
  %999 = add i64 %988, 35
  %1000 = mul i64 %999, 8
  %1001 = add i64 %118, 0
  %1002 = mul i64 %1001, 8
  %1003 = getelementptr inbounds float, float* %5, i64 %1002
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = add i64 %118, 1
  %1007 = mul i64 %1006, 8
  %1008 = getelementptr inbounds float, float* %5, i64 %1007
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  store <8 x float> %1005, <8 x float>* %47, align 32
  store <8 x float> %1005, <8 x float>* %46, align 32
  store <8 x float> %1005, <8 x float>* %45, align 32
  store <8 x float> %1005, <8 x float>* %44, align 32
  store <8 x float> %1005, <8 x float>* %43, align 32
  store <8 x float> %1005, <8 x float>* %42, align 32
  store <8 x float> %1010, <8 x float>* %41, align 32
  store <8 x float> %1010, <8 x float>* %40, align 32
  store <8 x float> %1010, <8 x float>* %39, align 32
  store <8 x float> %1010, <8 x float>* %38, align 32
  store <8 x float> %1010, <8 x float>* %37, align 32
  store <8 x float> %1010, <8 x float>* %36, align 32
  %1011 = add i64 %124, 0
  %1012 = add i64 %122, %1011
  %1013 = mul i64 %chunk, 6
  br label %u.header90

kh.header73:                                      ; preds = %kw.exit79, %u.body70
  %kh76 = phi i64 [ 0, %u.body70 ], [ %kh.next88, %kw.exit79 ]
  %1014 = icmp slt i64 %kh76, 5
  br i1 %1014, label %kh.body74, label %kh.exit75

kh.body74:                                        ; preds = %kh.header73
  %1015 = mul i64 %kh76, 14
  %1016 = add i64 %902, %1015
  br label %kw.header77

kh.exit75:                                        ; preds = %kh.header73
  %u.next89 = add i64 %u72, 1
  br label %u.header69

kw.header77:                                      ; preds = %kw.body78, %kh.body74
  %kw80 = phi i64 [ 0, %kh.body74 ], [ %kw.next87, %kw.body78 ]
  %1017 = icmp slt i64 %kw80, 5
  br i1 %1017, label %kw.body78, label %kw.exit79

kw.body78:                                        ; preds = %kw.header77
  %1018 = mul i64 %kw80, 1
  %1019 = add i64 %1016, %1018
  %1020 = mul i64 %kh76, 5
  %1021 = add i64 %1020, %kw80
  %1022 = mul i64 %1021, 8
  %1023 = add i64 %904, %1022
  %1024 = add i64 %1023, 0
  %1025 = getelementptr inbounds float, float* %4, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = add i64 %1023, 1200
  %1029 = getelementptr inbounds float, float* %4, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = add i64 %1019, 32
  %1033 = getelementptr inbounds float, float* %1, i64 %1032
  %1034 = load float, float* %1033, align 4
  %1035 = insertelement <8 x float> undef, float %1034, i32 0
  %splat81 = shufflevector <8 x float> %1035, <8 x float> undef, <8 x i32> zeroinitializer
  %1036 = load <8 x float>, <8 x float>* %59, align 32
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1027, <8 x float> %1036)
  store <8 x float> %1037, <8 x float>* %59, align 32
  %1038 = load <8 x float>, <8 x float>* %53, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1031, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %53, align 32
  %1040 = add i64 %1019, 33
  %1041 = getelementptr inbounds float, float* %1, i64 %1040
  %1042 = load float, float* %1041, align 4
  %1043 = insertelement <8 x float> undef, float %1042, i32 0
  %splat82 = shufflevector <8 x float> %1043, <8 x float> undef, <8 x i32> zeroinitializer
  %1044 = load <8 x float>, <8 x float>* %58, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1027, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %58, align 32
  %1046 = load <8 x float>, <8 x float>* %52, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1031, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %52, align 32
  %1048 = add i64 %1019, 34
  %1049 = getelementptr inbounds float, float* %1, i64 %1048
  %1050 = load float, float* %1049, align 4
  %1051 = insertelement <8 x float> undef, float %1050, i32 0
  %splat83 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
  %1052 = load <8 x float>, <8 x float>* %57, align 32
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1027, <8 x float> %1052)
  store <8 x float> %1053, <8 x float>* %57, align 32
  %1054 = load <8 x float>, <8 x float>* %51, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1031, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %51, align 32
  %1056 = add i64 %1019, 35
  %1057 = getelementptr inbounds float, float* %1, i64 %1056
  %1058 = load float, float* %1057, align 4
  %1059 = insertelement <8 x float> undef, float %1058, i32 0
  %splat84 = shufflevector <8 x float> %1059, <8 x float> undef, <8 x i32> zeroinitializer
  %1060 = load <8 x float>, <8 x float>* %56, align 32
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1027, <8 x float> %1060)
  store <8 x float> %1061, <8 x float>* %56, align 32
  %1062 = load <8 x float>, <8 x float>* %50, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1031, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %50, align 32
  %1064 = add i64 %1019, 36
  %1065 = getelementptr inbounds float, float* %1, i64 %1064
  %1066 = load float, float* %1065, align 4
  %1067 = insertelement <8 x float> undef, float %1066, i32 0
  %splat85 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, <8 x float>* %55, align 32
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1027, <8 x float> %1068)
  store <8 x float> %1069, <8 x float>* %55, align 32
  %1070 = load <8 x float>, <8 x float>* %49, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1031, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %49, align 32
  %1072 = add i64 %1019, 37
  %1073 = getelementptr inbounds float, float* %1, i64 %1072
  %1074 = load float, float* %1073, align 4
  %1075 = insertelement <8 x float> undef, float %1074, i32 0
  %splat86 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
  %1076 = load <8 x float>, <8 x float>* %54, align 32
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1027, <8 x float> %1076)
  store <8 x float> %1077, <8 x float>* %54, align 32
  %1078 = load <8 x float>, <8 x float>* %48, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1031, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %48, align 32
  %kw.next87 = add i64 %kw80, 1
  br label %kw.header77, !llvm.loop !8

kw.exit79:                                        ; preds = %kw.header77
  %kh.next88 = add i64 %kh76, 1
  br label %kh.header73

u.header90:                                       ; preds = %kh.exit96, %u.exit71
  %u93 = phi i64 [ 0, %u.exit71 ], [ %u.next110, %kh.exit96 ]
  %1080 = icmp slt i64 %u93, 6
  br i1 %1080, label %u.body91, label %u.exit92

u.body91:                                         ; preds = %u.header90
  %1081 = add i64 %1013, %u93
  %1082 = mul i64 %1081, 196
  %1083 = add i64 %1012, %1082
  %1084 = mul i64 %1081, 200
  %1085 = add i64 %123, %1084
  br label %kh.header94

u.exit92:                                         ; preds = %u.header90
  %1086 = load <8 x float>, <8 x float>* %47, align 32
  %1087 = fcmp olt <8 x float> %1086, zeroinitializer
  %1088 = select <8 x i1> %1087, <8 x float> zeroinitializer, <8 x float> %1086
  %1089 = getelementptr inbounds float, float* %0, i64 %972
  %1090 = bitcast float* %1089 to <8 x float>*
  store <8 x float> %1088, <8 x float>* %1090, align 4
  %1091 = load <8 x float>, <8 x float>* %46, align 32
  %1092 = fcmp olt <8 x float> %1091, zeroinitializer
  %1093 = select <8 x i1> %1092, <8 x float> zeroinitializer, <8 x float> %1091
  %1094 = getelementptr inbounds float, float* %0, i64 %974
  %1095 = bitcast float* %1094 to <8 x float>*
  store <8 x float> %1093, <8 x float>* %1095, align 4
  %1096 = load <8 x float>, <8 x float>* %45, align 32
  %1097 = fcmp olt <8 x float> %1096, zeroinitializer
  %1098 = select <8 x i1> %1097, <8 x float> zeroinitializer, <8 x float> %1096
  %1099 = getelementptr inbounds float, float* %0, i64 %976
  %1100 = bitcast float* %1099 to <8 x float>*
  store <8 x float> %1098, <8 x float>* %1100, align 4
  %1101 = load <8 x float>, <8 x float>* %44, align 32
  %1102 = fcmp olt <8 x float> %1101, zeroinitializer
  %1103 = select <8 x i1> %1102, <8 x float> zeroinitializer, <8 x float> %1101
  %1104 = getelementptr inbounds float, float* %0, i64 %978
  %1105 = bitcast float* %1104 to <8 x float>*
  store <8 x float> %1103, <8 x float>* %1105, align 4
  %1106 = load <8 x float>, <8 x float>* %43, align 32
  %1107 = fcmp olt <8 x float> %1106, zeroinitializer
  %1108 = select <8 x i1> %1107, <8 x float> zeroinitializer, <8 x float> %1106
  %1109 = getelementptr inbounds float, float* %0, i64 %980
  %1110 = bitcast float* %1109 to <8 x float>*
  store <8 x float> %1108, <8 x float>* %1110, align 4
  %1111 = load <8 x float>, <8 x float>* %42, align 32
  %1112 = fcmp olt <8 x float> %1111, zeroinitializer
  %1113 = select <8 x i1> %1112, <8 x float> zeroinitializer, <8 x float> %1111
  %1114 = getelementptr inbounds float, float* %0, i64 %982
  %1115 = bitcast float* %1114 to <8 x float>*
  store <8 x float> %1113, <8 x float>* %1115, align 4
  %1116 = load <8 x float>, <8 x float>* %41, align 32
  %1117 = fcmp olt <8 x float> %1116, zeroinitializer
  %1118 = select <8 x i1> %1117, <8 x float> zeroinitializer, <8 x float> %1116
  %1119 = getelementptr inbounds float, float* %0, i64 %990
  %1120 = bitcast float* %1119 to <8 x float>*
  store <8 x float> %1118, <8 x float>* %1120, align 4
  %1121 = load <8 x float>, <8 x float>* %40, align 32
  %1122 = fcmp olt <8 x float> %1121, zeroinitializer
  %1123 = select <8 x i1> %1122, <8 x float> zeroinitializer, <8 x float> %1121
  %1124 = getelementptr inbounds float, float* %0, i64 %992
  %1125 = bitcast float* %1124 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1125, align 4
  %1126 = load <8 x float>, <8 x float>* %39, align 32
  %1127 = fcmp olt <8 x float> %1126, zeroinitializer
  %1128 = select <8 x i1> %1127, <8 x float> zeroinitializer, <8 x float> %1126
  %1129 = getelementptr inbounds float, float* %0, i64 %994
  %1130 = bitcast float* %1129 to <8 x float>*
  store <8 x float> %1128, <8 x float>* %1130, align 4
  %1131 = load <8 x float>, <8 x float>* %38, align 32
  %1132 = fcmp olt <8 x float> %1131, zeroinitializer
  %1133 = select <8 x i1> %1132, <8 x float> zeroinitializer, <8 x float> %1131
  %1134 = getelementptr inbounds float, float* %0, i64 %996
  %1135 = bitcast float* %1134 to <8 x float>*
  store <8 x float> %1133, <8 x float>* %1135, align 4
  %1136 = load <8 x float>, <8 x float>* %37, align 32
  %1137 = fcmp olt <8 x float> %1136, zeroinitializer
  %1138 = select <8 x i1> %1137, <8 x float> zeroinitializer, <8 x float> %1136
  %1139 = getelementptr inbounds float, float* %0, i64 %998
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1138, <8 x float>* %1140, align 4
  %1141 = load <8 x float>, <8 x float>* %36, align 32
  %1142 = fcmp olt <8 x float> %1141, zeroinitializer
  %1143 = select <8 x i1> %1142, <8 x float> zeroinitializer, <8 x float> %1141
  %1144 = getelementptr inbounds float, float* %0, i64 %1000
  %1145 = bitcast float* %1144 to <8 x float>*
  store <8 x float> %1143, <8 x float>* %1145, align 4
  %1146 = mul i64 %115, 2
  %1147 = add i64 %1146, %118
  %1148 = add i64 %1147, 0
  %1149 = mul i64 %1148, 10
  %1150 = add i64 %1149, %112
  %1151 = mul i64 %1150, 10
  %1152 = add i64 %1151, 36
  %1153 = mul i64 %1152, 8
  %1154 = add i64 %1151, 37
  %1155 = mul i64 %1154, 8
  %1156 = add i64 %1151, 38
  %1157 = mul i64 %1156, 8
  %1158 = add i64 %1151, 39
  %1159 = mul i64 %1158, 8
  %1160 = add i64 %1151, 40
  %1161 = mul i64 %1160, 8
  %1162 = add i64 %1151, 41
  %1163 = mul i64 %1162, 8
  %1164 = mul i64 %115, 2
  %1165 = add i64 %1164, %118
  %1166 = add i64 %1165, 1
  %1167 = mul i64 %1166, 10
  %1168 = add i64 %1167, %112
  %1169 = mul i64 %1168, 10
  %1170 = add i64 %1169, 36
  %1171 = mul i64 %1170, 8
  %1172 = add i64 %1169, 37
  %1173 = mul i64 %1172, 8
  %1174 = add i64 %1169, 38
  %1175 = mul i64 %1174, 8
  %1176 = add i64 %1169, 39
  %1177 = mul i64 %1176, 8
  %1178 = add i64 %1169, 40
  %1179 = mul i64 %1178, 8
  %1180 = add i64 %1169, 41
  %1181 = mul i64 %1180, 8
  %1182 = add i64 %118, 0
  %1183 = mul i64 %1182, 8
  %1184 = getelementptr inbounds float, float* %5, i64 %1183
  %1185 = bitcast float* %1184 to <8 x float>*
  %1186 = load <8 x float>, <8 x float>* %1185, align 4
  %1187 = add i64 %118, 1
  %1188 = mul i64 %1187, 8
  %1189 = getelementptr inbounds float, float* %5, i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  store <8 x float> %1186, <8 x float>* %35, align 32
  store <8 x float> %1186, <8 x float>* %34, align 32
  store <8 x float> %1186, <8 x float>* %33, align 32
  store <8 x float> %1186, <8 x float>* %32, align 32
  store <8 x float> %1186, <8 x float>* %31, align 32
  store <8 x float> %1186, <8 x float>* %30, align 32
  store <8 x float> %1191, <8 x float>* %29, align 32
  store <8 x float> %1191, <8 x float>* %28, align 32
  store <8 x float> %1191, <8 x float>* %27, align 32
  store <8 x float> %1191, <8 x float>* %26, align 32
  store <8 x float> %1191, <8 x float>* %25, align 32
  store <8 x float> %1191, <8 x float>* %24, align 32
  %1192 = add i64 %124, 0
  %1193 = add i64 %122, %1192
  %1194 = mul i64 %chunk, 6
  br label %u.header111

kh.header94:                                      ; preds = %kw.exit100, %u.body91
  %kh97 = phi i64 [ 0, %u.body91 ], [ %kh.next109, %kw.exit100 ]
  %1195 = icmp slt i64 %kh97, 5
  br i1 %1195, label %kh.body95, label %kh.exit96

kh.body95:                                        ; preds = %kh.header94
  %1196 = mul i64 %kh97, 14
  %1197 = add i64 %1083, %1196
  br label %kw.header98

kh.exit96:                                        ; preds = %kh.header94
  %u.next110 = add i64 %u93, 1
  br label %u.header90

kw.header98:                                      ; preds = %kw.body99, %kh.body95
  %kw101 = phi i64 [ 0, %kh.body95 ], [ %kw.next108, %kw.body99 ]
  %1198 = icmp slt i64 %kw101, 5
  br i1 %1198, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1199 = mul i64 %kw101, 1
  %1200 = add i64 %1197, %1199
  %1201 = mul i64 %kh97, 5
  %1202 = add i64 %1201, %kw101
  %1203 = mul i64 %1202, 8
  %1204 = add i64 %1085, %1203
  %1205 = add i64 %1204, 0
  %1206 = getelementptr inbounds float, float* %4, i64 %1205
  %1207 = bitcast float* %1206 to <8 x float>*
  %1208 = load <8 x float>, <8 x float>* %1207, align 4
  %1209 = add i64 %1204, 1200
  %1210 = getelementptr inbounds float, float* %4, i64 %1209
  %1211 = bitcast float* %1210 to <8 x float>*
  %1212 = load <8 x float>, <8 x float>* %1211, align 4
  %1213 = add i64 %1200, 42
  %1214 = getelementptr inbounds float, float* %1, i64 %1213
  %1215 = load float, float* %1214, align 4
  %1216 = insertelement <8 x float> undef, float %1215, i32 0
  %splat102 = shufflevector <8 x float> %1216, <8 x float> undef, <8 x i32> zeroinitializer
  %1217 = load <8 x float>, <8 x float>* %47, align 32
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1208, <8 x float> %1217)
  store <8 x float> %1218, <8 x float>* %47, align 32
  %1219 = load <8 x float>, <8 x float>* %41, align 32
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1212, <8 x float> %1219)
  store <8 x float> %1220, <8 x float>* %41, align 32
  %1221 = add i64 %1200, 43
  %1222 = getelementptr inbounds float, float* %1, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat103 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %46, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1208, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %46, align 32
  %1227 = load <8 x float>, <8 x float>* %40, align 32
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1212, <8 x float> %1227)
  store <8 x float> %1228, <8 x float>* %40, align 32
  %1229 = add i64 %1200, 44
  %1230 = getelementptr inbounds float, float* %1, i64 %1229
  %1231 = load float, float* %1230, align 4
  %1232 = insertelement <8 x float> undef, float %1231, i32 0
  %splat104 = shufflevector <8 x float> %1232, <8 x float> undef, <8 x i32> zeroinitializer
  %1233 = load <8 x float>, <8 x float>* %45, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1208, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %45, align 32
  %1235 = load <8 x float>, <8 x float>* %39, align 32
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1212, <8 x float> %1235)
  store <8 x float> %1236, <8 x float>* %39, align 32
  %1237 = add i64 %1200, 45
  %1238 = getelementptr inbounds float, float* %1, i64 %1237
  %1239 = load float, float* %1238, align 4
  %1240 = insertelement <8 x float> undef, float %1239, i32 0
  %splat105 = shufflevector <8 x float> %1240, <8 x float> undef, <8 x i32> zeroinitializer
  %1241 = load <8 x float>, <8 x float>* %44, align 32
  %1242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1208, <8 x float> %1241)
  store <8 x float> %1242, <8 x float>* %44, align 32
  %1243 = load <8 x float>, <8 x float>* %38, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1212, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %38, align 32
  %1245 = add i64 %1200, 46
  %1246 = getelementptr inbounds float, float* %1, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat106 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %43, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1208, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %43, align 32
  %1251 = load <8 x float>, <8 x float>* %37, align 32
  %1252 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1212, <8 x float> %1251)
  store <8 x float> %1252, <8 x float>* %37, align 32
  %1253 = add i64 %1200, 47
  %1254 = getelementptr inbounds float, float* %1, i64 %1253
  %1255 = load float, float* %1254, align 4
  %1256 = insertelement <8 x float> undef, float %1255, i32 0
  %splat107 = shufflevector <8 x float> %1256, <8 x float> undef, <8 x i32> zeroinitializer
  %1257 = load <8 x float>, <8 x float>* %42, align 32
  %1258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1208, <8 x float> %1257)
  store <8 x float> %1258, <8 x float>* %42, align 32
  %1259 = load <8 x float>, <8 x float>* %36, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1212, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %36, align 32
  %kw.next108 = add i64 %kw101, 1
  br label %kw.header98, !llvm.loop !9

kw.exit100:                                       ; preds = %kw.header98
  %kh.next109 = add i64 %kh97, 1
  br label %kh.header94

u.header111:                                      ; preds = %kh.exit117, %u.exit92
  %u114 = phi i64 [ 0, %u.exit92 ], [ %u.next131, %kh.exit117 ]
  %1261 = icmp slt i64 %u114, 6
  br i1 %1261, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1262 = add i64 %1194, %u114
  %1263 = mul i64 %1262, 196
  %1264 = add i64 %1193, %1263
  %1265 = mul i64 %1262, 200
  %1266 = add i64 %123, %1265
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1267 = load <8 x float>, <8 x float>* %35, align 32
  %1268 = fcmp olt <8 x float> %1267, zeroinitializer
  %1269 = select <8 x i1> %1268, <8 x float> zeroinitializer, <8 x float> %1267
  %1270 = getelementptr inbounds float, float* %0, i64 %1153
  %1271 = bitcast float* %1270 to <8 x float>*
  store <8 x float> %1269, <8 x float>* %1271, align 4
  %1272 = load <8 x float>, <8 x float>* %34, align 32
  %1273 = fcmp olt <8 x float> %1272, zeroinitializer
  %1274 = select <8 x i1> %1273, <8 x float> zeroinitializer, <8 x float> %1272
  %1275 = getelementptr inbounds float, float* %0, i64 %1155
  %1276 = bitcast float* %1275 to <8 x float>*
  store <8 x float> %1274, <8 x float>* %1276, align 4
  %1277 = load <8 x float>, <8 x float>* %33, align 32
  %1278 = fcmp olt <8 x float> %1277, zeroinitializer
  %1279 = select <8 x i1> %1278, <8 x float> zeroinitializer, <8 x float> %1277
  %1280 = getelementptr inbounds float, float* %0, i64 %1157
  %1281 = bitcast float* %1280 to <8 x float>*
  store <8 x float> %1279, <8 x float>* %1281, align 4
  %1282 = load <8 x float>, <8 x float>* %32, align 32
  %1283 = fcmp olt <8 x float> %1282, zeroinitializer
  %1284 = select <8 x i1> %1283, <8 x float> zeroinitializer, <8 x float> %1282
  %1285 = getelementptr inbounds float, float* %0, i64 %1159
  %1286 = bitcast float* %1285 to <8 x float>*
  store <8 x float> %1284, <8 x float>* %1286, align 4
  %1287 = load <8 x float>, <8 x float>* %31, align 32
  %1288 = fcmp olt <8 x float> %1287, zeroinitializer
  %1289 = select <8 x i1> %1288, <8 x float> zeroinitializer, <8 x float> %1287
  %1290 = getelementptr inbounds float, float* %0, i64 %1161
  %1291 = bitcast float* %1290 to <8 x float>*
  store <8 x float> %1289, <8 x float>* %1291, align 4
  %1292 = load <8 x float>, <8 x float>* %30, align 32
  %1293 = fcmp olt <8 x float> %1292, zeroinitializer
  %1294 = select <8 x i1> %1293, <8 x float> zeroinitializer, <8 x float> %1292
  %1295 = getelementptr inbounds float, float* %0, i64 %1163
  %1296 = bitcast float* %1295 to <8 x float>*
  store <8 x float> %1294, <8 x float>* %1296, align 4
  %1297 = load <8 x float>, <8 x float>* %29, align 32
  %1298 = fcmp olt <8 x float> %1297, zeroinitializer
  %1299 = select <8 x i1> %1298, <8 x float> zeroinitializer, <8 x float> %1297
  %1300 = getelementptr inbounds float, float* %0, i64 %1171
  %1301 = bitcast float* %1300 to <8 x float>*
  store <8 x float> %1299, <8 x float>* %1301, align 4
  %1302 = load <8 x float>, <8 x float>* %28, align 32
  %1303 = fcmp olt <8 x float> %1302, zeroinitializer
  %1304 = select <8 x i1> %1303, <8 x float> zeroinitializer, <8 x float> %1302
  %1305 = getelementptr inbounds float, float* %0, i64 %1173
  %1306 = bitcast float* %1305 to <8 x float>*
  store <8 x float> %1304, <8 x float>* %1306, align 4
  %1307 = load <8 x float>, <8 x float>* %27, align 32
  %1308 = fcmp olt <8 x float> %1307, zeroinitializer
  %1309 = select <8 x i1> %1308, <8 x float> zeroinitializer, <8 x float> %1307
  %1310 = getelementptr inbounds float, float* %0, i64 %1175
  %1311 = bitcast float* %1310 to <8 x float>*
  store <8 x float> %1309, <8 x float>* %1311, align 4
  %1312 = load <8 x float>, <8 x float>* %26, align 32
  %1313 = fcmp olt <8 x float> %1312, zeroinitializer
  %1314 = select <8 x i1> %1313, <8 x float> zeroinitializer, <8 x float> %1312
  %1315 = getelementptr inbounds float, float* %0, i64 %1177
  %1316 = bitcast float* %1315 to <8 x float>*
  store <8 x float> %1314, <8 x float>* %1316, align 4
  %1317 = load <8 x float>, <8 x float>* %25, align 32
  %1318 = fcmp olt <8 x float> %1317, zeroinitializer
  %1319 = select <8 x i1> %1318, <8 x float> zeroinitializer, <8 x float> %1317
  %1320 = getelementptr inbounds float, float* %0, i64 %1179
  %1321 = bitcast float* %1320 to <8 x float>*
  store <8 x float> %1319, <8 x float>* %1321, align 4
  %1322 = load <8 x float>, <8 x float>* %24, align 32
  %1323 = fcmp olt <8 x float> %1322, zeroinitializer
  %1324 = select <8 x i1> %1323, <8 x float> zeroinitializer, <8 x float> %1322
  %1325 = getelementptr inbounds float, float* %0, i64 %1181
  %1326 = bitcast float* %1325 to <8 x float>*
  store <8 x float> %1324, <8 x float>* %1326, align 4
  %1327 = mul i64 %115, 2
  %1328 = add i64 %1327, %118
  %1329 = add i64 %1328, 0
  %1330 = mul i64 %1329, 10
  %1331 = add i64 %1330, %112
  %1332 = mul i64 %1331, 10
  %1333 = add i64 %1332, 42
  %1334 = mul i64 %1333, 8
  %1335 = add i64 %1332, 43
  %1336 = mul i64 %1335, 8
  %1337 = add i64 %1332, 44
  %1338 = mul i64 %1337, 8
  %1339 = add i64 %1332, 45
  %1340 = mul i64 %1339, 8
  %1341 = add i64 %1332, 46
  %1342 = mul i64 %1341, 8
  %1343 = add i64 %1332, 47
  %1344 = mul i64 %1343, 8
  %1345 = mul i64 %115, 2
  %1346 = add i64 %1345, %118
  %1347 = add i64 %1346, 1
  %1348 = mul i64 %1347, 10
  %1349 = add i64 %1348, %112
  %1350 = mul i64 %1349, 10
  %1351 = add i64 %1350, 42
  %1352 = mul i64 %1351, 8
  %1353 = add i64 %1350, 43
  %1354 = mul i64 %1353, 8
  %1355 = add i64 %1350, 44
  %1356 = mul i64 %1355, 8
  %1357 = add i64 %1350, 45
  %1358 = mul i64 %1357, 8
  %1359 = add i64 %1350, 46
  %1360 = mul i64 %1359, 8
  %1361 = add i64 %1350, 47
  %1362 = mul i64 %1361, 8
  %1363 = add i64 %118, 0
  %1364 = mul i64 %1363, 8
  %1365 = getelementptr inbounds float, float* %5, i64 %1364
  %1366 = bitcast float* %1365 to <8 x float>*
  %1367 = load <8 x float>, <8 x float>* %1366, align 4
  %1368 = add i64 %118, 1
  %1369 = mul i64 %1368, 8
  %1370 = getelementptr inbounds float, float* %5, i64 %1369
  %1371 = bitcast float* %1370 to <8 x float>*
  %1372 = load <8 x float>, <8 x float>* %1371, align 4
  store <8 x float> %1367, <8 x float>* %23, align 32
  store <8 x float> %1367, <8 x float>* %22, align 32
  store <8 x float> %1367, <8 x float>* %21, align 32
  store <8 x float> %1367, <8 x float>* %20, align 32
  store <8 x float> %1367, <8 x float>* %19, align 32
  store <8 x float> %1367, <8 x float>* %18, align 32
  store <8 x float> %1372, <8 x float>* %17, align 32
  store <8 x float> %1372, <8 x float>* %16, align 32
  store <8 x float> %1372, <8 x float>* %15, align 32
  store <8 x float> %1372, <8 x float>* %14, align 32
  store <8 x float> %1372, <8 x float>* %13, align 32
  store <8 x float> %1372, <8 x float>* %12, align 32
  %1373 = add i64 %124, 0
  %1374 = add i64 %122, %1373
  %1375 = mul i64 %chunk, 6
  br label %u.header132

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next130, %kw.exit121 ]
  %1376 = icmp slt i64 %kh118, 5
  br i1 %1376, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1377 = mul i64 %kh118, 14
  %1378 = add i64 %1264, %1377
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next131 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next129, %kw.body120 ]
  %1379 = icmp slt i64 %kw122, 5
  br i1 %1379, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1380 = mul i64 %kw122, 1
  %1381 = add i64 %1378, %1380
  %1382 = mul i64 %kh118, 5
  %1383 = add i64 %1382, %kw122
  %1384 = mul i64 %1383, 8
  %1385 = add i64 %1266, %1384
  %1386 = add i64 %1385, 0
  %1387 = getelementptr inbounds float, float* %4, i64 %1386
  %1388 = bitcast float* %1387 to <8 x float>*
  %1389 = load <8 x float>, <8 x float>* %1388, align 4
  %1390 = add i64 %1385, 1200
  %1391 = getelementptr inbounds float, float* %4, i64 %1390
  %1392 = bitcast float* %1391 to <8 x float>*
  %1393 = load <8 x float>, <8 x float>* %1392, align 4
  %1394 = add i64 %1381, 48
  %1395 = getelementptr inbounds float, float* %1, i64 %1394
  %1396 = load float, float* %1395, align 4
  %1397 = insertelement <8 x float> undef, float %1396, i32 0
  %splat123 = shufflevector <8 x float> %1397, <8 x float> undef, <8 x i32> zeroinitializer
  %1398 = load <8 x float>, <8 x float>* %35, align 32
  %1399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1389, <8 x float> %1398)
  store <8 x float> %1399, <8 x float>* %35, align 32
  %1400 = load <8 x float>, <8 x float>* %29, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1393, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %29, align 32
  %1402 = add i64 %1381, 49
  %1403 = getelementptr inbounds float, float* %1, i64 %1402
  %1404 = load float, float* %1403, align 4
  %1405 = insertelement <8 x float> undef, float %1404, i32 0
  %splat124 = shufflevector <8 x float> %1405, <8 x float> undef, <8 x i32> zeroinitializer
  %1406 = load <8 x float>, <8 x float>* %34, align 32
  %1407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1389, <8 x float> %1406)
  store <8 x float> %1407, <8 x float>* %34, align 32
  %1408 = load <8 x float>, <8 x float>* %28, align 32
  %1409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1393, <8 x float> %1408)
  store <8 x float> %1409, <8 x float>* %28, align 32
  %1410 = add i64 %1381, 50
  %1411 = getelementptr inbounds float, float* %1, i64 %1410
  %1412 = load float, float* %1411, align 4
  %1413 = insertelement <8 x float> undef, float %1412, i32 0
  %splat125 = shufflevector <8 x float> %1413, <8 x float> undef, <8 x i32> zeroinitializer
  %1414 = load <8 x float>, <8 x float>* %33, align 32
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1389, <8 x float> %1414)
  store <8 x float> %1415, <8 x float>* %33, align 32
  %1416 = load <8 x float>, <8 x float>* %27, align 32
  %1417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1393, <8 x float> %1416)
  store <8 x float> %1417, <8 x float>* %27, align 32
  %1418 = add i64 %1381, 51
  %1419 = getelementptr inbounds float, float* %1, i64 %1418
  %1420 = load float, float* %1419, align 4
  %1421 = insertelement <8 x float> undef, float %1420, i32 0
  %splat126 = shufflevector <8 x float> %1421, <8 x float> undef, <8 x i32> zeroinitializer
  %1422 = load <8 x float>, <8 x float>* %32, align 32
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1389, <8 x float> %1422)
  store <8 x float> %1423, <8 x float>* %32, align 32
  %1424 = load <8 x float>, <8 x float>* %26, align 32
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1393, <8 x float> %1424)
  store <8 x float> %1425, <8 x float>* %26, align 32
  %1426 = add i64 %1381, 56
  %1427 = getelementptr inbounds float, float* %1, i64 %1426
  %1428 = load float, float* %1427, align 4
  %1429 = insertelement <8 x float> undef, float %1428, i32 0
  %splat127 = shufflevector <8 x float> %1429, <8 x float> undef, <8 x i32> zeroinitializer
  %1430 = load <8 x float>, <8 x float>* %31, align 32
  %1431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1389, <8 x float> %1430)
  store <8 x float> %1431, <8 x float>* %31, align 32
  %1432 = load <8 x float>, <8 x float>* %25, align 32
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1393, <8 x float> %1432)
  store <8 x float> %1433, <8 x float>* %25, align 32
  %1434 = add i64 %1381, 57
  %1435 = getelementptr inbounds float, float* %1, i64 %1434
  %1436 = load float, float* %1435, align 4
  %1437 = insertelement <8 x float> undef, float %1436, i32 0
  %splat128 = shufflevector <8 x float> %1437, <8 x float> undef, <8 x i32> zeroinitializer
  %1438 = load <8 x float>, <8 x float>* %30, align 32
  %1439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1389, <8 x float> %1438)
  store <8 x float> %1439, <8 x float>* %30, align 32
  %1440 = load <8 x float>, <8 x float>* %24, align 32
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1393, <8 x float> %1440)
  store <8 x float> %1441, <8 x float>* %24, align 32
  %kw.next129 = add i64 %kw122, 1
  br label %kw.header119, !llvm.loop !10

kw.exit121:                                       ; preds = %kw.header119
  %kh.next130 = add i64 %kh118, 1
  br label %kh.header115

u.header132:                                      ; preds = %kh.exit138, %u.exit113
  %u135 = phi i64 [ 0, %u.exit113 ], [ %u.next152, %kh.exit138 ]
  %1442 = icmp slt i64 %u135, 6
  br i1 %1442, label %u.body133, label %u.exit134

u.body133:                                        ; preds = %u.header132
  %1443 = add i64 %1375, %u135
  %1444 = mul i64 %1443, 196
  %1445 = add i64 %1374, %1444
  %1446 = mul i64 %1443, 200
  %1447 = add i64 %123, %1446
  br label %kh.header136

u.exit134:                                        ; preds = %u.header132
  %1448 = load <8 x float>, <8 x float>* %23, align 32
  %1449 = fcmp olt <8 x float> %1448, zeroinitializer
  %1450 = select <8 x i1> %1449, <8 x float> zeroinitializer, <8 x float> %1448
  %1451 = getelementptr inbounds float, float* %0, i64 %1334
  %1452 = bitcast float* %1451 to <8 x float>*
  store <8 x float> %1450, <8 x float>* %1452, align 4
  %1453 = load <8 x float>, <8 x float>* %22, align 32
  %1454 = fcmp olt <8 x float> %1453, zeroinitializer
  %1455 = select <8 x i1> %1454, <8 x float> zeroinitializer, <8 x float> %1453
  %1456 = getelementptr inbounds float, float* %0, i64 %1336
  %1457 = bitcast float* %1456 to <8 x float>*
  store <8 x float> %1455, <8 x float>* %1457, align 4
  %1458 = load <8 x float>, <8 x float>* %21, align 32
  %1459 = fcmp olt <8 x float> %1458, zeroinitializer
  %1460 = select <8 x i1> %1459, <8 x float> zeroinitializer, <8 x float> %1458
  %1461 = getelementptr inbounds float, float* %0, i64 %1338
  %1462 = bitcast float* %1461 to <8 x float>*
  store <8 x float> %1460, <8 x float>* %1462, align 4
  %1463 = load <8 x float>, <8 x float>* %20, align 32
  %1464 = fcmp olt <8 x float> %1463, zeroinitializer
  %1465 = select <8 x i1> %1464, <8 x float> zeroinitializer, <8 x float> %1463
  %1466 = getelementptr inbounds float, float* %0, i64 %1340
  %1467 = bitcast float* %1466 to <8 x float>*
  store <8 x float> %1465, <8 x float>* %1467, align 4
  %1468 = load <8 x float>, <8 x float>* %19, align 32
  %1469 = fcmp olt <8 x float> %1468, zeroinitializer
  %1470 = select <8 x i1> %1469, <8 x float> zeroinitializer, <8 x float> %1468
  %1471 = getelementptr inbounds float, float* %0, i64 %1342
  %1472 = bitcast float* %1471 to <8 x float>*
  store <8 x float> %1470, <8 x float>* %1472, align 4
  %1473 = load <8 x float>, <8 x float>* %18, align 32
  %1474 = fcmp olt <8 x float> %1473, zeroinitializer
  %1475 = select <8 x i1> %1474, <8 x float> zeroinitializer, <8 x float> %1473
  %1476 = getelementptr inbounds float, float* %0, i64 %1344
  %1477 = bitcast float* %1476 to <8 x float>*
  store <8 x float> %1475, <8 x float>* %1477, align 4
  %1478 = load <8 x float>, <8 x float>* %17, align 32
  %1479 = fcmp olt <8 x float> %1478, zeroinitializer
  %1480 = select <8 x i1> %1479, <8 x float> zeroinitializer, <8 x float> %1478
  %1481 = getelementptr inbounds float, float* %0, i64 %1352
  %1482 = bitcast float* %1481 to <8 x float>*
  store <8 x float> %1480, <8 x float>* %1482, align 4
  %1483 = load <8 x float>, <8 x float>* %16, align 32
  %1484 = fcmp olt <8 x float> %1483, zeroinitializer
  %1485 = select <8 x i1> %1484, <8 x float> zeroinitializer, <8 x float> %1483
  %1486 = getelementptr inbounds float, float* %0, i64 %1354
  %1487 = bitcast float* %1486 to <8 x float>*
  store <8 x float> %1485, <8 x float>* %1487, align 4
  %1488 = load <8 x float>, <8 x float>* %15, align 32
  %1489 = fcmp olt <8 x float> %1488, zeroinitializer
  %1490 = select <8 x i1> %1489, <8 x float> zeroinitializer, <8 x float> %1488
  %1491 = getelementptr inbounds float, float* %0, i64 %1356
  %1492 = bitcast float* %1491 to <8 x float>*
  store <8 x float> %1490, <8 x float>* %1492, align 4
  %1493 = load <8 x float>, <8 x float>* %14, align 32
  %1494 = fcmp olt <8 x float> %1493, zeroinitializer
  %1495 = select <8 x i1> %1494, <8 x float> zeroinitializer, <8 x float> %1493
  %1496 = getelementptr inbounds float, float* %0, i64 %1358
  %1497 = bitcast float* %1496 to <8 x float>*
  store <8 x float> %1495, <8 x float>* %1497, align 4
  %1498 = load <8 x float>, <8 x float>* %13, align 32
  %1499 = fcmp olt <8 x float> %1498, zeroinitializer
  %1500 = select <8 x i1> %1499, <8 x float> zeroinitializer, <8 x float> %1498
  %1501 = getelementptr inbounds float, float* %0, i64 %1360
  %1502 = bitcast float* %1501 to <8 x float>*
  store <8 x float> %1500, <8 x float>* %1502, align 4
  %1503 = load <8 x float>, <8 x float>* %12, align 32
  %1504 = fcmp olt <8 x float> %1503, zeroinitializer
  %1505 = select <8 x i1> %1504, <8 x float> zeroinitializer, <8 x float> %1503
  %1506 = getelementptr inbounds float, float* %0, i64 %1362
  %1507 = bitcast float* %1506 to <8 x float>*
  store <8 x float> %1505, <8 x float>* %1507, align 4
  %1508 = mul i64 %115, 2
  %1509 = add i64 %1508, %118
  %1510 = add i64 %1509, 0
  %1511 = mul i64 %1510, 10
  %1512 = add i64 %1511, %112
  %1513 = mul i64 %1512, 10
  %1514 = add i64 %1513, 48
  %1515 = mul i64 %1514, 8
  %1516 = add i64 %1513, 49
  %1517 = mul i64 %1516, 8
  %1518 = mul i64 %115, 2
  %1519 = add i64 %1518, %118
  %1520 = add i64 %1519, 1
  %1521 = mul i64 %1520, 10
  %1522 = add i64 %1521, %112
  %1523 = mul i64 %1522, 10
  %1524 = add i64 %1523, 48
  %1525 = mul i64 %1524, 8
  %1526 = add i64 %1523, 49
  %1527 = mul i64 %1526, 8
  %1528 = add i64 %118, 0
  %1529 = mul i64 %1528, 8
  %1530 = getelementptr inbounds float, float* %5, i64 %1529
  %1531 = bitcast float* %1530 to <8 x float>*
  %1532 = load <8 x float>, <8 x float>* %1531, align 4
  %1533 = add i64 %118, 1
  %1534 = mul i64 %1533, 8
  %1535 = getelementptr inbounds float, float* %5, i64 %1534
  %1536 = bitcast float* %1535 to <8 x float>*
  %1537 = load <8 x float>, <8 x float>* %1536, align 4
  store <8 x float> %1532, <8 x float>* %11, align 32
  store <8 x float> %1532, <8 x float>* %10, align 32
  store <8 x float> %1537, <8 x float>* %9, align 32
  store <8 x float> %1537, <8 x float>* %8, align 32
  %1538 = add i64 %124, 0
  %1539 = add i64 %122, %1538
  %1540 = mul i64 %chunk, 6
  br label %u.header153

kh.header136:                                     ; preds = %kw.exit142, %u.body133
  %kh139 = phi i64 [ 0, %u.body133 ], [ %kh.next151, %kw.exit142 ]
  %1541 = icmp slt i64 %kh139, 5
  br i1 %1541, label %kh.body137, label %kh.exit138

kh.body137:                                       ; preds = %kh.header136
  %1542 = mul i64 %kh139, 14
  %1543 = add i64 %1445, %1542
  br label %kw.header140

kh.exit138:                                       ; preds = %kh.header136
  %u.next152 = add i64 %u135, 1
  br label %u.header132

kw.header140:                                     ; preds = %kw.body141, %kh.body137
  %kw143 = phi i64 [ 0, %kh.body137 ], [ %kw.next150, %kw.body141 ]
  %1544 = icmp slt i64 %kw143, 5
  br i1 %1544, label %kw.body141, label %kw.exit142

kw.body141:                                       ; preds = %kw.header140
  %1545 = mul i64 %kw143, 1
  %1546 = add i64 %1543, %1545
  %1547 = mul i64 %kh139, 5
  %1548 = add i64 %1547, %kw143
  %1549 = mul i64 %1548, 8
  %1550 = add i64 %1447, %1549
  %1551 = add i64 %1550, 0
  %1552 = getelementptr inbounds float, float* %4, i64 %1551
  %1553 = bitcast float* %1552 to <8 x float>*
  %1554 = load <8 x float>, <8 x float>* %1553, align 4
  %1555 = add i64 %1550, 1200
  %1556 = getelementptr inbounds float, float* %4, i64 %1555
  %1557 = bitcast float* %1556 to <8 x float>*
  %1558 = load <8 x float>, <8 x float>* %1557, align 4
  %1559 = add i64 %1546, 58
  %1560 = getelementptr inbounds float, float* %1, i64 %1559
  %1561 = load float, float* %1560, align 4
  %1562 = insertelement <8 x float> undef, float %1561, i32 0
  %splat144 = shufflevector <8 x float> %1562, <8 x float> undef, <8 x i32> zeroinitializer
  %1563 = load <8 x float>, <8 x float>* %23, align 32
  %1564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1554, <8 x float> %1563)
  store <8 x float> %1564, <8 x float>* %23, align 32
  %1565 = load <8 x float>, <8 x float>* %17, align 32
  %1566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1558, <8 x float> %1565)
  store <8 x float> %1566, <8 x float>* %17, align 32
  %1567 = add i64 %1546, 59
  %1568 = getelementptr inbounds float, float* %1, i64 %1567
  %1569 = load float, float* %1568, align 4
  %1570 = insertelement <8 x float> undef, float %1569, i32 0
  %splat145 = shufflevector <8 x float> %1570, <8 x float> undef, <8 x i32> zeroinitializer
  %1571 = load <8 x float>, <8 x float>* %22, align 32
  %1572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1554, <8 x float> %1571)
  store <8 x float> %1572, <8 x float>* %22, align 32
  %1573 = load <8 x float>, <8 x float>* %16, align 32
  %1574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1558, <8 x float> %1573)
  store <8 x float> %1574, <8 x float>* %16, align 32
  %1575 = add i64 %1546, 60
  %1576 = getelementptr inbounds float, float* %1, i64 %1575
  %1577 = load float, float* %1576, align 4
  %1578 = insertelement <8 x float> undef, float %1577, i32 0
  %splat146 = shufflevector <8 x float> %1578, <8 x float> undef, <8 x i32> zeroinitializer
  %1579 = load <8 x float>, <8 x float>* %21, align 32
  %1580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1554, <8 x float> %1579)
  store <8 x float> %1580, <8 x float>* %21, align 32
  %1581 = load <8 x float>, <8 x float>* %15, align 32
  %1582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1558, <8 x float> %1581)
  store <8 x float> %1582, <8 x float>* %15, align 32
  %1583 = add i64 %1546, 61
  %1584 = getelementptr inbounds float, float* %1, i64 %1583
  %1585 = load float, float* %1584, align 4
  %1586 = insertelement <8 x float> undef, float %1585, i32 0
  %splat147 = shufflevector <8 x float> %1586, <8 x float> undef, <8 x i32> zeroinitializer
  %1587 = load <8 x float>, <8 x float>* %20, align 32
  %1588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1554, <8 x float> %1587)
  store <8 x float> %1588, <8 x float>* %20, align 32
  %1589 = load <8 x float>, <8 x float>* %14, align 32
  %1590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1558, <8 x float> %1589)
  store <8 x float> %1590, <8 x float>* %14, align 32
  %1591 = add i64 %1546, 62
  %1592 = getelementptr inbounds float, float* %1, i64 %1591
  %1593 = load float, float* %1592, align 4
  %1594 = insertelement <8 x float> undef, float %1593, i32 0
  %splat148 = shufflevector <8 x float> %1594, <8 x float> undef, <8 x i32> zeroinitializer
  %1595 = load <8 x float>, <8 x float>* %19, align 32
  %1596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1554, <8 x float> %1595)
  store <8 x float> %1596, <8 x float>* %19, align 32
  %1597 = load <8 x float>, <8 x float>* %13, align 32
  %1598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1558, <8 x float> %1597)
  store <8 x float> %1598, <8 x float>* %13, align 32
  %1599 = add i64 %1546, 63
  %1600 = getelementptr inbounds float, float* %1, i64 %1599
  %1601 = load float, float* %1600, align 4
  %1602 = insertelement <8 x float> undef, float %1601, i32 0
  %splat149 = shufflevector <8 x float> %1602, <8 x float> undef, <8 x i32> zeroinitializer
  %1603 = load <8 x float>, <8 x float>* %18, align 32
  %1604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1554, <8 x float> %1603)
  store <8 x float> %1604, <8 x float>* %18, align 32
  %1605 = load <8 x float>, <8 x float>* %12, align 32
  %1606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1558, <8 x float> %1605)
  store <8 x float> %1606, <8 x float>* %12, align 32
  %kw.next150 = add i64 %kw143, 1
  br label %kw.header140, !llvm.loop !11

kw.exit142:                                       ; preds = %kw.header140
  %kh.next151 = add i64 %kh139, 1
  br label %kh.header136

u.header153:                                      ; preds = %kh.exit159, %u.exit134
  %u156 = phi i64 [ 0, %u.exit134 ], [ %u.next169, %kh.exit159 ]
  %1607 = icmp slt i64 %u156, 6
  br i1 %1607, label %u.body154, label %u.exit155

u.body154:                                        ; preds = %u.header153
  %1608 = add i64 %1540, %u156
  %1609 = mul i64 %1608, 196
  %1610 = add i64 %1539, %1609
  %1611 = mul i64 %1608, 200
  %1612 = add i64 %123, %1611
  br label %kh.header157

u.exit155:                                        ; preds = %u.header153
  %1613 = load <8 x float>, <8 x float>* %11, align 32
  %1614 = fcmp olt <8 x float> %1613, zeroinitializer
  %1615 = select <8 x i1> %1614, <8 x float> zeroinitializer, <8 x float> %1613
  %1616 = getelementptr inbounds float, float* %0, i64 %1515
  %1617 = bitcast float* %1616 to <8 x float>*
  store <8 x float> %1615, <8 x float>* %1617, align 4
  %1618 = load <8 x float>, <8 x float>* %10, align 32
  %1619 = fcmp olt <8 x float> %1618, zeroinitializer
  %1620 = select <8 x i1> %1619, <8 x float> zeroinitializer, <8 x float> %1618
  %1621 = getelementptr inbounds float, float* %0, i64 %1517
  %1622 = bitcast float* %1621 to <8 x float>*
  store <8 x float> %1620, <8 x float>* %1622, align 4
  %1623 = load <8 x float>, <8 x float>* %9, align 32
  %1624 = fcmp olt <8 x float> %1623, zeroinitializer
  %1625 = select <8 x i1> %1624, <8 x float> zeroinitializer, <8 x float> %1623
  %1626 = getelementptr inbounds float, float* %0, i64 %1525
  %1627 = bitcast float* %1626 to <8 x float>*
  store <8 x float> %1625, <8 x float>* %1627, align 4
  %1628 = load <8 x float>, <8 x float>* %8, align 32
  %1629 = fcmp olt <8 x float> %1628, zeroinitializer
  %1630 = select <8 x i1> %1629, <8 x float> zeroinitializer, <8 x float> %1628
  %1631 = getelementptr inbounds float, float* %0, i64 %1527
  %1632 = bitcast float* %1631 to <8 x float>*
  store <8 x float> %1630, <8 x float>* %1632, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !12

kh.header157:                                     ; preds = %kw.exit163, %u.body154
  %kh160 = phi i64 [ 0, %u.body154 ], [ %kh.next168, %kw.exit163 ]
  %1633 = icmp slt i64 %kh160, 5
  br i1 %1633, label %kh.body158, label %kh.exit159

kh.body158:                                       ; preds = %kh.header157
  %1634 = mul i64 %kh160, 14
  %1635 = add i64 %1610, %1634
  br label %kw.header161

kh.exit159:                                       ; preds = %kh.header157
  %u.next169 = add i64 %u156, 1
  br label %u.header153

kw.header161:                                     ; preds = %kw.body162, %kh.body158
  %kw164 = phi i64 [ 0, %kh.body158 ], [ %kw.next167, %kw.body162 ]
  %1636 = icmp slt i64 %kw164, 5
  br i1 %1636, label %kw.body162, label %kw.exit163

kw.body162:                                       ; preds = %kw.header161
  %1637 = mul i64 %kw164, 1
  %1638 = add i64 %1635, %1637
  %1639 = mul i64 %kh160, 5
  %1640 = add i64 %1639, %kw164
  %1641 = mul i64 %1640, 8
  %1642 = add i64 %1612, %1641
  %1643 = add i64 %1642, 0
  %1644 = getelementptr inbounds float, float* %4, i64 %1643
  %1645 = bitcast float* %1644 to <8 x float>*
  %1646 = load <8 x float>, <8 x float>* %1645, align 4
  %1647 = add i64 %1642, 1200
  %1648 = getelementptr inbounds float, float* %4, i64 %1647
  %1649 = bitcast float* %1648 to <8 x float>*
  %1650 = load <8 x float>, <8 x float>* %1649, align 4
  %1651 = add i64 %1638, 64
  %1652 = getelementptr inbounds float, float* %1, i64 %1651
  %1653 = load float, float* %1652, align 4
  %1654 = insertelement <8 x float> undef, float %1653, i32 0
  %splat165 = shufflevector <8 x float> %1654, <8 x float> undef, <8 x i32> zeroinitializer
  %1655 = load <8 x float>, <8 x float>* %11, align 32
  %1656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1646, <8 x float> %1655)
  store <8 x float> %1656, <8 x float>* %11, align 32
  %1657 = load <8 x float>, <8 x float>* %9, align 32
  %1658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1650, <8 x float> %1657)
  store <8 x float> %1658, <8 x float>* %9, align 32
  %1659 = add i64 %1638, 65
  %1660 = getelementptr inbounds float, float* %1, i64 %1659
  %1661 = load float, float* %1660, align 4
  %1662 = insertelement <8 x float> undef, float %1661, i32 0
  %splat166 = shufflevector <8 x float> %1662, <8 x float> undef, <8 x i32> zeroinitializer
  %1663 = load <8 x float>, <8 x float>* %10, align 32
  %1664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1646, <8 x float> %1663)
  store <8 x float> %1664, <8 x float>* %10, align 32
  %1665 = load <8 x float>, <8 x float>* %8, align 32
  %1666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1650, <8 x float> %1665)
  store <8 x float> %1666, <8 x float>* %8, align 32
  %kw.next167 = add i64 %kw164, 1
  br label %kw.header161, !llvm.loop !13

kw.exit163:                                       ; preds = %kw.header161
  %kh.next168 = add i64 %kh160, 1
  br label %kh.header157
}

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_2.step0(i8* %0) #3 {
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
  %25 = add i64 2, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 2
  %29 = select i1 %28, i64 %27, i64 2
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 2
  %32 = select i1 %31, i64 %30, i64 2
  call void @node3.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %11 = icmp slt i64 %task, %5
  br i1 %11, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %12 = sdiv i64 %task, 5
  %13 = srem i64 %task, 5
  %14 = mul i64 %12, 800
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = mul i64 %12, 5
  %17 = add i64 %16, %13
  %18 = mul i64 %17, 40
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = mul i64 %13, 2
  %21 = sub i64 %20, 0
  %22 = add i64 %21, 2
  %23 = icmp sgt i64 %21, 0
  %24 = select i1 %23, i64 %21, i64 0
  %25 = icmp slt i64 %22, 10
  %26 = select i1 %25, i64 %22, i64 10
  %27 = icmp slt i64 %22, 10
  %28 = select i1 %27, i64 %22, i64 10
  %29 = sub i64 %28, %21
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %30 = icmp slt i64 %x, 4
  br i1 %30, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  %31 = mul i64 %x, 2
  %32 = sub i64 %31, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %24, %x.body ], [ %r.next, %r.body ]
  %33 = icmp slt i64 %r, %26
  br i1 %33, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %34 = mul i64 %r, 10
  %35 = add i64 %34, %32
  %36 = mul i64 %35, 8
  %37 = load <8 x float>, <8 x float>* %10, align 32
  %38 = add i64 %36, 0
  %39 = getelementptr inbounds float, float* %15, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %37, <8 x float> %41)
  %43 = add i64 %36, 8
  %44 = getelementptr inbounds float, float* %15, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %42, <8 x float> %46)
  store <8 x float> %47, <8 x float>* %10, align 32
  %48 = load <8 x float>, <8 x float>* %9, align 32
  %49 = add i64 %36, 16
  %50 = getelementptr inbounds float, float* %15, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %48, <8 x float> %52)
  %54 = add i64 %36, 24
  %55 = getelementptr inbounds float, float* %15, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %53, <8 x float> %57)
  store <8 x float> %58, <8 x float>* %9, align 32
  %59 = load <8 x float>, <8 x float>* %8, align 32
  %60 = add i64 %36, 32
  %61 = getelementptr inbounds float, float* %15, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %59, <8 x float> %63)
  %65 = add i64 %36, 40
  %66 = getelementptr inbounds float, float* %15, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %64, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %8, align 32
  %70 = load <8 x float>, <8 x float>* %7, align 32
  %71 = add i64 %36, 48
  %72 = getelementptr inbounds float, float* %15, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %70, <8 x float> %74)
  %76 = add i64 %36, 56
  %77 = getelementptr inbounds float, float* %15, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %75, <8 x float> %79)
  store <8 x float> %80, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %81 = load <8 x float>, <8 x float>* %10, align 32
  %82 = add i64 %x, 0
  %83 = mul i64 %82, 8
  %84 = getelementptr inbounds float, float* %19, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = load <8 x float>, <8 x float>* %9, align 32
  %87 = add i64 %x, 1
  %88 = mul i64 %87, 8
  %89 = getelementptr inbounds float, float* %19, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %86, <8 x float>* %90, align 4
  %91 = load <8 x float>, <8 x float>* %8, align 32
  %92 = add i64 %x, 2
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %19, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %91, <8 x float>* %95, align 4
  %96 = load <8 x float>, <8 x float>* %7, align 32
  %97 = add i64 %x, 3
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %19, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %96, <8 x float>* %100, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %24, %x.exit ], [ %r.next5, %r.body2 ]
  %101 = icmp slt i64 %r4, %26
  br i1 %101, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %102 = mul i64 %r4, 10
  %103 = add i64 %102, 8
  %104 = mul i64 %103, 8
  %105 = load <8 x float>, <8 x float>* %6, align 32
  %106 = add i64 %104, 0
  %107 = getelementptr inbounds float, float* %15, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %105, <8 x float> %109)
  %111 = add i64 %104, 8
  %112 = getelementptr inbounds float, float* %15, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %110, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %116 = load <8 x float>, <8 x float>* %6, align 32
  %117 = getelementptr inbounds float, float* %19, i64 32
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %116, <8 x float>* %118, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node4.maxPool2d_2.step0(i8* %0) #3 {
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
  call void @node4.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 5
  %8 = sdiv i64 %task, 5
  %9 = srem i64 %8, 2
  %10 = sdiv i64 %8, 2
  %11 = mul i64 %10, 16
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 40
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %15 = icmp slt i64 %ws, 5
  br i1 %15, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %16 = mul i64 %ws, 8
  %17 = add i64 %16, 0
  %18 = add i64 %14, %17
  %19 = add i64 %13, 0
  %20 = mul i64 %19, 25
  %21 = mul i64 %7, 5
  %22 = add i64 %21, %ws
  %23 = add i64 %20, %22
  %24 = getelementptr inbounds float, float* %1, i64 %18
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %0, i64 %23
  store float %25, float* %26, align 4
  %27 = mul i64 %ws, 8
  %28 = add i64 %27, 1
  %29 = add i64 %14, %28
  %30 = add i64 %13, 1
  %31 = mul i64 %30, 25
  %32 = mul i64 %7, 5
  %33 = add i64 %32, %ws
  %34 = add i64 %31, %33
  %35 = getelementptr inbounds float, float* %1, i64 %29
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %0, i64 %34
  store float %36, float* %37, align 4
  %38 = mul i64 %ws, 8
  %39 = add i64 %38, 2
  %40 = add i64 %14, %39
  %41 = add i64 %13, 2
  %42 = mul i64 %41, 25
  %43 = mul i64 %7, 5
  %44 = add i64 %43, %ws
  %45 = add i64 %42, %44
  %46 = getelementptr inbounds float, float* %1, i64 %40
  %47 = load float, float* %46, align 4
  %48 = getelementptr inbounds float, float* %0, i64 %45
  store float %47, float* %48, align 4
  %49 = mul i64 %ws, 8
  %50 = add i64 %49, 3
  %51 = add i64 %14, %50
  %52 = add i64 %13, 3
  %53 = mul i64 %52, 25
  %54 = mul i64 %7, 5
  %55 = add i64 %54, %ws
  %56 = add i64 %53, %55
  %57 = getelementptr inbounds float, float* %1, i64 %51
  %58 = load float, float* %57, align 4
  %59 = getelementptr inbounds float, float* %0, i64 %56
  store float %58, float* %59, align 4
  %60 = mul i64 %ws, 8
  %61 = add i64 %60, 4
  %62 = add i64 %14, %61
  %63 = add i64 %13, 4
  %64 = mul i64 %63, 25
  %65 = mul i64 %7, 5
  %66 = add i64 %65, %ws
  %67 = add i64 %64, %66
  %68 = getelementptr inbounds float, float* %1, i64 %62
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %67
  store float %69, float* %70, align 4
  %71 = mul i64 %ws, 8
  %72 = add i64 %71, 5
  %73 = add i64 %14, %72
  %74 = add i64 %13, 5
  %75 = mul i64 %74, 25
  %76 = mul i64 %7, 5
  %77 = add i64 %76, %ws
  %78 = add i64 %75, %77
  %79 = getelementptr inbounds float, float* %1, i64 %73
  %80 = load float, float* %79, align 4
  %81 = getelementptr inbounds float, float* %0, i64 %78
  store float %80, float* %81, align 4
  %82 = mul i64 %ws, 8
  %83 = add i64 %82, 6
  %84 = add i64 %14, %83
  %85 = add i64 %13, 6
  %86 = mul i64 %85, 25
  %87 = mul i64 %7, 5
  %88 = add i64 %87, %ws
  %89 = add i64 %86, %88
  %90 = getelementptr inbounds float, float* %1, i64 %84
  %91 = load float, float* %90, align 4
  %92 = getelementptr inbounds float, float* %0, i64 %89
  store float %91, float* %92, align 4
  %93 = mul i64 %ws, 8
  %94 = add i64 %93, 7
  %95 = add i64 %14, %94
  %96 = add i64 %13, 7
  %97 = mul i64 %96, 25
  %98 = mul i64 %7, 5
  %99 = add i64 %98, %ws
  %100 = add i64 %97, %99
  %101 = getelementptr inbounds float, float* %1, i64 %95
  %102 = load float, float* %101, align 4
  %103 = getelementptr inbounds float, float* %0, i64 %100
  store float %102, float* %103, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node5.maxPool2d_2.nchw.step0(i8* %0) #3 {
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
  call void @node5.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 12800
  %21 = icmp eq i64 %17, 3
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %25, <8 x float>* %14, align 32
  store <8 x float> %29, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 400
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 400
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = mul i64 %77, 120
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %88
  %91 = mul i64 %86, 120
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = mul i64 %95, 120
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %99, <8 x float>* %103, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 400
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 400
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = mul i64 %137, 120
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = mul i64 %146, 120
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = mul i64 %155, 120
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = mul i64 %164, 120
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node7.dense_1.step0(i8* %0) #3 {
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
  %25 = add i64 4, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 4
  %29 = select i1 %28, i64 %27, i64 4
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 4
  %32 = select i1 %31, i64 %30, i64 4
  call void @node7.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 3840
  %21 = icmp eq i64 %17, 2
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %32, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %25, <8 x float>* %14, align 32
  store <8 x float> %29, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 120
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 120
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = mul i64 %77, 84
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %88
  %91 = mul i64 %86, 84
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = mul i64 %95, 84
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %99, <8 x float>* %103, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 120
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 120
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = mul i64 %137, 84
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = mul i64 %146, 84
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = mul i64 %155, 84
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = mul i64 %164, 84
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

; Function Attrs: noinline nounwind
define internal void @node8.dense_2.step0(i8* %0) #3 {
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
  %25 = add i64 3, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 3
  %29 = select i1 %28, i64 %27, i64 3
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 3
  %32 = select i1 %31, i64 %30, i64 3
  call void @node8.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 1344
  %18 = icmp eq i64 %14, 0
  br i1 %18, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %19 = add i64 %16, 0
  %20 = getelementptr inbounds float, float* %5, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  %23 = add i64 %16, 8
  %24 = getelementptr inbounds float, float* %5, i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %25, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %22, <8 x float>* %11, align 32
  store <8 x float> %26, <8 x float>* %10, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %27 = add i64 %16, 0
  %28 = getelementptr inbounds float, float* %5, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %16, 8
  %32 = getelementptr inbounds float, float* %5, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  store <8 x float> %30, <8 x float>* %9, align 32
  store <8 x float> %34, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %35 = icmp slt i64 %k, 84
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
  %47 = mul i64 %46, 84
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
  %70 = icmp slt i64 %k4, 84
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
  %82 = mul i64 %81, 84
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

; Function Attrs: noinline nounwind
define internal void @node9.dense_3.step0(i8* %0) #3 {
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
  call void @node9.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

; Function Attrs: noinline nounwind
define internal void @node10.dense_3.softmax.step0(i8* %0) #3 {
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
  call void @node10.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @lenet_run(i8** %0, i8** %1, i8* %2) #7 {
entry:
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
  %fresh = call i8* @malloc(i64 31423)
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
  %17 = call i32 @lenet_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %then8, label %endif9

then8:                                            ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 %17

endif9:                                           ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lenet_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 0
  %10 = getelementptr inbounds i8, i8* %2, i64 25088
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %10, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %14, align 8
  %15 = bitcast [6 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %15)
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([800 x i8], [800 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([32 x i8], [32 x i8]* @weight.conv2d_1.bias.padded, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 25088
  %19 = getelementptr inbounds i8, i8* %2, i64 0
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  call void @node1.maxPool2d_1.step0(i8* %24)
  %25 = getelementptr inbounds i8, i8* %2, i64 6400
  %26 = getelementptr inbounds i8, i8* %2, i64 25088
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %30, align 8
  %31 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.nchw.step0(i8* %31)
  %32 = getelementptr inbounds i8, i8* %2, i64 0
  %33 = getelementptr inbounds i8, i8* %2, i64 6400
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %37, align 8
  %38 = bitcast [6 x i8*]* %args to i8*
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9600 x i8], [9600 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([64 x i8], [64 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %40, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_2.step0, i8* %38, i32 0, i32 0)
  %41 = getelementptr inbounds i8, i8* %2, i64 6400
  %42 = getelementptr inbounds i8, i8* %2, i64 0
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %41, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %42, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %46, align 8
  %47 = bitcast [6 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.step0(i8* %47)
  %48 = getelementptr inbounds i8, i8* %2, i64 0
  %49 = getelementptr inbounds i8, i8* %2, i64 6400
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %48, i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %53, align 8
  %54 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.nchw.step0(i8* %54)
  %55 = getelementptr inbounds i8, i8* %2, i64 1600
  %56 = getelementptr inbounds i8, i8* %2, i64 0
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %56, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %60, align 8
  %61 = bitcast [6 x i8*]* %args to i8*
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([192000 x i8], [192000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([480 x i8], [480 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %63, align 8
  call void @node7.dense_1.step0(i8* %61)
  %64 = getelementptr inbounds i8, i8* %2, i64 0
  %65 = getelementptr inbounds i8, i8* %2, i64 1600
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([42240 x i8], [42240 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([336 x i8], [336 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %72, align 8
  call void @node8.dense_2.step0(i8* %70)
  %73 = getelementptr inbounds i8, i8* %2, i64 0
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([5376 x i8], [5376 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %80, align 8
  call void @node9.dense_3.step0(i8* %78)
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %84, align 8
  %85 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_3.softmax.step0(i8* %85)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lenet_info() #8 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #8 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lenet_workspace_size() #8 {
entry:
  ret i64 31423
}

; Function Attrs: nounwind
define i32 @lenet_infer(i8* %0, i8* %1, i8* %2) #8 {
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
  %11 = call i32 @lenet_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #7 = { nounwind "target-cpu"="x86-64-v3" }
attributes #8 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !1}
!7 = distinct !{!7, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !1}
!10 = distinct !{!10, !1}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1}
