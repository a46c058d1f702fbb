; cifar10_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'cifar10_cnn'
source_filename = "cifar10_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.winograd = external constant [147456 x i8], align 64
@weight.conv2d_2.bias = external constant [128 x i8], align 64
@weight.conv2d_3.winograd = external constant [294912 x i8], align 64
@weight.conv2d_3.bias = external constant [256 x i8], align 64
@weight.conv2d_4.winograd = external constant [589824 x i8], align 64
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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 984127, i64 20741120 }

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

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
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
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit8, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit8 ]
  %41 = icmp slt i64 %chunk, 1
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 30
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 4
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 32
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 32
  %49 = add i64 %x, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 8
  %52 = add i64 %x, 1
  %53 = add i64 %48, %52
  %54 = mul i64 %53, 8
  %55 = add i64 %x, 2
  %56 = add i64 %48, %55
  %57 = mul i64 %56, 8
  %58 = add i64 %x, 3
  %59 = add i64 %48, %58
  %60 = mul i64 %59, 8
  %61 = add i64 %x, 4
  %62 = add i64 %48, %61
  %63 = mul i64 %62, 8
  %64 = add i64 %x, 5
  %65 = add i64 %48, %64
  %66 = mul i64 %65, 8
  %67 = mul i64 %31, 4
  %68 = add i64 %67, %34
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 32
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 32
  %73 = add i64 %x, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 8
  %76 = add i64 %x, 1
  %77 = add i64 %72, %76
  %78 = mul i64 %77, 8
  %79 = add i64 %x, 2
  %80 = add i64 %72, %79
  %81 = mul i64 %80, 8
  %82 = add i64 %x, 3
  %83 = add i64 %72, %82
  %84 = mul i64 %83, 8
  %85 = add i64 %x, 4
  %86 = add i64 %72, %85
  %87 = mul i64 %86, 8
  %88 = add i64 %x, 5
  %89 = add i64 %72, %88
  %90 = mul i64 %89, 8
  %91 = add i64 %34, 0
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %5, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %34, 1
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %5, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  store <8 x float> %95, <8 x float>* %23, align 32
  store <8 x float> %95, <8 x float>* %22, align 32
  store <8 x float> %95, <8 x float>* %21, align 32
  store <8 x float> %95, <8 x float>* %20, align 32
  store <8 x float> %95, <8 x float>* %19, align 32
  store <8 x float> %95, <8 x float>* %18, align 32
  store <8 x float> %100, <8 x float>* %17, align 32
  store <8 x float> %100, <8 x float>* %16, align 32
  store <8 x float> %100, <8 x float>* %15, align 32
  store <8 x float> %100, <8 x float>* %14, align 32
  store <8 x float> %100, <8 x float>* %13, align 32
  store <8 x float> %100, <8 x float>* %12, align 32
  %101 = mul i64 %x, 1
  %102 = add i64 %40, %101
  %103 = add i64 %38, %102
  %104 = mul i64 %chunk, 3
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = mul i64 %31, 4
  %106 = add i64 %105, %34
  %107 = add i64 %106, 0
  %108 = mul i64 %107, 32
  %109 = add i64 %108, %28
  %110 = mul i64 %109, 32
  %111 = add i64 %110, 30
  %112 = mul i64 %111, 8
  %113 = add i64 %110, 31
  %114 = mul i64 %113, 8
  %115 = mul i64 %31, 4
  %116 = add i64 %115, %34
  %117 = add i64 %116, 1
  %118 = mul i64 %117, 32
  %119 = add i64 %118, %28
  %120 = mul i64 %119, 32
  %121 = add i64 %120, 30
  %122 = mul i64 %121, 8
  %123 = add i64 %120, 31
  %124 = mul i64 %123, 8
  %125 = add i64 %34, 0
  %126 = mul i64 %125, 8
  %127 = getelementptr inbounds float, float* %5, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %34, 1
  %131 = mul i64 %130, 8
  %132 = getelementptr inbounds float, float* %5, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  store <8 x float> %129, <8 x float>* %11, align 32
  store <8 x float> %129, <8 x float>* %10, align 32
  store <8 x float> %134, <8 x float>* %9, align 32
  store <8 x float> %134, <8 x float>* %8, align 32
  %135 = add i64 %40, 30
  %136 = add i64 %38, %135
  %137 = mul i64 %chunk, 3
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 3
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 %104, %u
  %140 = mul i64 %139, 1156
  %141 = add i64 %103, %140
  %142 = mul i64 %139, 72
  %143 = add i64 %39, %142
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %144 = load <8 x float>, <8 x float>* %23, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %0, i64 %51
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %22, align 32
  %150 = fcmp olt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> zeroinitializer, <8 x float> %149
  %152 = getelementptr inbounds float, float* %0, i64 %54
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = load <8 x float>, <8 x float>* %21, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %0, i64 %57
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %0, i64 %60
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %0, i64 %63
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = getelementptr inbounds float, float* %0, i64 %66
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = load <8 x float>, <8 x float>* %17, align 32
  %175 = fcmp olt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> zeroinitializer, <8 x float> %174
  %177 = getelementptr inbounds float, float* %0, i64 %75
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %0, i64 %78
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %15, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %81
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %14, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %0, i64 %84
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %13, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %0, i64 %87
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %12, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %0, i64 %90
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %204 = icmp slt i64 %kh, 3
  br i1 %204, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %205 = mul i64 %kh, 34
  %206 = add i64 %141, %205
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %207 = icmp slt i64 %kw, 3
  br i1 %207, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %208 = mul i64 %kw, 1
  %209 = add i64 %206, %208
  %210 = mul i64 %kh, 3
  %211 = add i64 %210, %kw
  %212 = mul i64 %211, 8
  %213 = add i64 %143, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* %4, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %213, 216
  %219 = getelementptr inbounds float, float* %4, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %209, 0
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %23, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %217, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %23, align 32
  %228 = load <8 x float>, <8 x float>* %17, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %221, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %17, align 32
  %230 = add i64 %209, 1
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %22, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %217, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %22, align 32
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %209, 2
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat2 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %21, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %217, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %21, align 32
  %244 = load <8 x float>, <8 x float>* %15, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %221, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %15, align 32
  %246 = add i64 %209, 3
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat3 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %20, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %217, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %20, align 32
  %252 = load <8 x float>, <8 x float>* %14, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %221, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %14, align 32
  %254 = add i64 %209, 4
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat4 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %19, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %217, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %19, align 32
  %260 = load <8 x float>, <8 x float>* %13, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %13, align 32
  %262 = add i64 %209, 5
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat5 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %18, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %217, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %18, align 32
  %268 = load <8 x float>, <8 x float>* %12, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %221, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %270 = icmp slt i64 %u9, 3
  br i1 %270, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %271 = add i64 %137, %u9
  %272 = mul i64 %271, 1156
  %273 = add i64 %136, %272
  %274 = mul i64 %271, 72
  %275 = add i64 %39, %274
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %276 = load <8 x float>, <8 x float>* %11, align 32
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %112
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %10, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = getelementptr inbounds float, float* %0, i64 %114
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %283, <8 x float>* %285, align 4
  %286 = load <8 x float>, <8 x float>* %9, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %122
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %8, align 32
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %124
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !2

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %296 = icmp slt i64 %kh13, 3
  br i1 %296, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %297 = mul i64 %kh13, 34
  %298 = add i64 %273, %297
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %299 = icmp slt i64 %kw17, 3
  br i1 %299, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %300 = mul i64 %kw17, 1
  %301 = add i64 %298, %300
  %302 = mul i64 %kh13, 3
  %303 = add i64 %302, %kw17
  %304 = mul i64 %303, 8
  %305 = add i64 %275, %304
  %306 = add i64 %305, 0
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %305, 216
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %301, 0
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat18 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %11, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %11, align 32
  %320 = load <8 x float>, <8 x float>* %9, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %9, align 32
  %322 = add i64 %301, 1
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat19 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %10, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %10, align 32
  %328 = load <8 x float>, <8 x float>* %8, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %8, align 32
  %kw.next20 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !3

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
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 34
  %8 = sub i64 %7, 0
  %9 = sdiv i64 %task, 34
  %10 = mul i64 %task, 272
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
  %17 = mul i64 %16, 256
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = getelementptr inbounds float, float* %11, i64 0
  %20 = bitcast float* %19 to i8*
  %21 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %20, i8* align 4 %21, i64 1024, i1 false)
  %22 = getelementptr inbounds float, float* %11, i64 256
  %23 = bitcast float* %22 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %23, i8 0, i64 64, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %24 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 1088, i1 false)
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
  %19 = add i64 136, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 136
  %23 = select i1 %22, i64 %21, i64 136
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 136
  %26 = select i1 %25, i64 %24, i64 136
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca [192 x float], align 4
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
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 64
  %30 = sub i64 64, %29
  %31 = icmp slt i64 64, %30
  %32 = select i1 %31, i64 64, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 8
  %45 = sdiv i64 %43, 8
  %46 = srem i64 %45, 8
  %47 = sdiv i64 %43, 64
  %48 = mul i64 %47, 4
  %49 = mul i64 %48, 9248
  %50 = mul i64 %46, 136
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 32
  %56 = add i64 36992, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 792, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 792
  %63 = select i1 %62, i64 %61, i64 792
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 792
  %66 = select i1 %65, i64 %64, i64 792
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 4
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 9248
  %69 = add i64 %54, %68
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !4

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 272
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 544
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 816
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 1088
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 1360
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !5

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 12288
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 2048
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 4096
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 6144
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 8192
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 10240
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !6

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !7

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 22
  %205 = mul i64 %204, 2048
  %206 = add i64 36992, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 1024
  %209 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.winograd to float*), i64 %208
  %210 = mul i64 %204, 2048
  %211 = add i64 110720, %210
  %212 = srem i64 %task, 22
  %213 = sdiv i64 %212, 2
  %214 = srem i64 %212, 2
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 512
  %218 = icmp eq i64 %213, 10
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
  br label %tile.header15

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !8

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %228 = icmp slt i64 %k, 32
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 32
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 32
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 32
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 32
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 32
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 32
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 32
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 32
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 32
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 32
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 32
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 32
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 32
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 32
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 32
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 32
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 32
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 32
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 32
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 32
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 32
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 32
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 32
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 32
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 32
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 32
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 32
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 32
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 32
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 32
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 32
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next63, %endif21 ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 8
  %513 = sdiv i64 %511, 8
  %514 = srem i64 %513, 8
  %515 = sdiv i64 %511, 64
  %516 = mul i64 %515, 4
  %517 = mul i64 %516, 7200
  %518 = mul i64 %514, 120
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 32
  %524 = add i64 110720, %523
  %525 = bitcast [192 x float]* %6 to float*
  %526 = icmp eq i64 %514, 7
  br i1 %526, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !9

then19:                                           ; preds = %tile.body16
  %527 = icmp eq i64 %512, 7
  br i1 %527, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %528 = icmp eq i64 %512, 7
  br i1 %528, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !10

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %529 = icmp slt i64 %block, 4
  br i1 %529, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %530 = mul i64 %block, 8
  %531 = add i64 %524, %530
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %532 = icmp slt i64 %row28, 6
  br i1 %532, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %533 = mul i64 %row28, 12288
  %534 = add i64 %531, %533
  %535 = add i64 %534, 0
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %534, 2048
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %534, 4096
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %534, 6144
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %534, 8192
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %534, 10240
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = fadd <8 x float> %542, %546
  %560 = fsub <8 x float> %542, %546
  %561 = fadd <8 x float> %550, %554
  %562 = fsub <8 x float> %550, %554
  %563 = fadd <8 x float> %538, %559
  %564 = fadd <8 x float> %563, %561
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %560)
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %559)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %560)
  %568 = fadd <8 x float> %567, %558
  %569 = mul i64 %row28, 32
  %570 = add i64 %569, 0
  %571 = getelementptr inbounds float, float* %525, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %564, <8 x float>* %572, align 4
  %573 = mul i64 %row28, 32
  %574 = add i64 %573, 8
  %575 = getelementptr inbounds float, float* %525, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  store <8 x float> %565, <8 x float>* %576, align 4
  %577 = mul i64 %row28, 32
  %578 = add i64 %577, 16
  %579 = getelementptr inbounds float, float* %525, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %566, <8 x float>* %580, align 4
  %581 = mul i64 %row28, 32
  %582 = add i64 %581, 24
  %583 = getelementptr inbounds float, float* %525, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  store <8 x float> %568, <8 x float>* %584, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !11

row.exit27:                                       ; preds = %row.header25
  %585 = mul i64 %block, 8
  %586 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = mul i64 %block, 7200
  %590 = add i64 %522, %589
  %591 = getelementptr inbounds float, float* %525, i64 0
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 32
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 64
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 96
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 128
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %525, i64 160
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = fadd <8 x float> %596, %599
  %610 = fsub <8 x float> %596, %599
  %611 = fadd <8 x float> %602, %605
  %612 = fsub <8 x float> %602, %605
  %613 = fadd <8 x float> %593, %609
  %614 = fadd <8 x float> %613, %611
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %610)
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %609)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %610)
  %618 = fadd <8 x float> %617, %608
  %619 = add i64 %590, 0
  %620 = fadd <8 x float> %614, %588
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %619
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %625 = add i64 %590, 240
  %626 = fadd <8 x float> %615, %588
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %625
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = getelementptr inbounds float, float* %525, i64 8
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %525, i64 40
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %525, i64 72
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = getelementptr inbounds float, float* %525, i64 104
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = getelementptr inbounds float, float* %525, i64 136
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %525, i64 168
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = fadd <8 x float> %636, %639
  %650 = fsub <8 x float> %636, %639
  %651 = fadd <8 x float> %642, %645
  %652 = fsub <8 x float> %642, %645
  %653 = fadd <8 x float> %633, %649
  %654 = fadd <8 x float> %653, %651
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %650)
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %649)
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %650)
  %658 = fadd <8 x float> %657, %648
  %659 = add i64 %590, 8
  %660 = fadd <8 x float> %654, %588
  %661 = fcmp olt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> zeroinitializer, <8 x float> %660
  %663 = getelementptr inbounds float, float* %0, i64 %659
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %662, <8 x float>* %664, align 4
  %665 = add i64 %590, 248
  %666 = fadd <8 x float> %655, %588
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %665
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !12

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %671 = icmp slt i64 %block33, 4
  br i1 %671, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %672 = mul i64 %block33, 8
  %673 = add i64 %524, %672
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %674 = icmp slt i64 %row37, 6
  br i1 %674, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %675 = mul i64 %row37, 12288
  %676 = add i64 %673, %675
  %677 = add i64 %676, 0
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %676, 2048
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %676, 4096
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %676, 6144
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %676, 8192
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %676, 10240
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = fadd <8 x float> %684, %688
  %702 = fsub <8 x float> %684, %688
  %703 = fadd <8 x float> %692, %696
  %704 = fsub <8 x float> %692, %696
  %705 = fadd <8 x float> %680, %701
  %706 = fadd <8 x float> %705, %703
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %702)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %701)
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %702)
  %710 = fadd <8 x float> %709, %700
  %711 = mul i64 %row37, 32
  %712 = add i64 %711, 0
  %713 = getelementptr inbounds float, float* %525, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %706, <8 x float>* %714, align 4
  %715 = mul i64 %row37, 32
  %716 = add i64 %715, 8
  %717 = getelementptr inbounds float, float* %525, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %707, <8 x float>* %718, align 4
  %719 = mul i64 %row37, 32
  %720 = add i64 %719, 16
  %721 = getelementptr inbounds float, float* %525, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  store <8 x float> %708, <8 x float>* %722, align 4
  %723 = mul i64 %row37, 32
  %724 = add i64 %723, 24
  %725 = getelementptr inbounds float, float* %525, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %710, <8 x float>* %726, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !13

row.exit36:                                       ; preds = %row.header34
  %727 = mul i64 %block33, 8
  %728 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = mul i64 %block33, 7200
  %732 = add i64 %522, %731
  %733 = getelementptr inbounds float, float* %525, i64 0
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = getelementptr inbounds float, float* %525, i64 32
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = getelementptr inbounds float, float* %525, i64 64
  %740 = bitcast float* %739 to <8 x float>*
  %741 = load <8 x float>, <8 x float>* %740, align 4
  %742 = getelementptr inbounds float, float* %525, i64 96
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = getelementptr inbounds float, float* %525, i64 128
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = getelementptr inbounds float, float* %525, i64 160
  %749 = bitcast float* %748 to <8 x float>*
  %750 = load <8 x float>, <8 x float>* %749, align 4
  %751 = fadd <8 x float> %738, %741
  %752 = fsub <8 x float> %738, %741
  %753 = fadd <8 x float> %744, %747
  %754 = fsub <8 x float> %744, %747
  %755 = fadd <8 x float> %735, %751
  %756 = fadd <8 x float> %755, %753
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %752)
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %751)
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %752)
  %760 = fadd <8 x float> %759, %750
  %761 = add i64 %732, 0
  %762 = fadd <8 x float> %756, %730
  %763 = fcmp olt <8 x float> %762, zeroinitializer
  %764 = select <8 x i1> %763, <8 x float> zeroinitializer, <8 x float> %762
  %765 = getelementptr inbounds float, float* %0, i64 %761
  %766 = bitcast float* %765 to <8 x float>*
  store <8 x float> %764, <8 x float>* %766, align 4
  %767 = add i64 %732, 240
  %768 = fadd <8 x float> %757, %730
  %769 = fcmp olt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> zeroinitializer, <8 x float> %768
  %771 = getelementptr inbounds float, float* %0, i64 %767
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = getelementptr inbounds float, float* %525, i64 8
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = getelementptr inbounds float, float* %525, i64 40
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = getelementptr inbounds float, float* %525, i64 72
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = getelementptr inbounds float, float* %525, i64 104
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = getelementptr inbounds float, float* %525, i64 136
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = getelementptr inbounds float, float* %525, i64 168
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = fadd <8 x float> %778, %781
  %792 = fsub <8 x float> %778, %781
  %793 = fadd <8 x float> %784, %787
  %794 = fsub <8 x float> %784, %787
  %795 = fadd <8 x float> %775, %791
  %796 = fadd <8 x float> %795, %793
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %792)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %791)
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %792)
  %800 = fadd <8 x float> %799, %790
  %801 = add i64 %732, 8
  %802 = fadd <8 x float> %796, %730
  %803 = fcmp olt <8 x float> %802, zeroinitializer
  %804 = select <8 x i1> %803, <8 x float> zeroinitializer, <8 x float> %802
  %805 = getelementptr inbounds float, float* %0, i64 %801
  %806 = bitcast float* %805 to <8 x float>*
  store <8 x float> %804, <8 x float>* %806, align 4
  %807 = add i64 %732, 248
  %808 = fadd <8 x float> %797, %730
  %809 = fcmp olt <8 x float> %808, zeroinitializer
  %810 = select <8 x i1> %809, <8 x float> zeroinitializer, <8 x float> %808
  %811 = getelementptr inbounds float, float* %0, i64 %807
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = getelementptr inbounds float, float* %525, i64 16
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = getelementptr inbounds float, float* %525, i64 48
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = getelementptr inbounds float, float* %525, i64 80
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = getelementptr inbounds float, float* %525, i64 112
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = getelementptr inbounds float, float* %525, i64 144
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = getelementptr inbounds float, float* %525, i64 176
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = fadd <8 x float> %818, %821
  %832 = fsub <8 x float> %818, %821
  %833 = fadd <8 x float> %824, %827
  %834 = fsub <8 x float> %824, %827
  %835 = fadd <8 x float> %815, %831
  %836 = fadd <8 x float> %835, %833
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %832)
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %833, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %831)
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %832)
  %840 = fadd <8 x float> %839, %830
  %841 = add i64 %732, 16
  %842 = fadd <8 x float> %836, %730
  %843 = fcmp olt <8 x float> %842, zeroinitializer
  %844 = select <8 x i1> %843, <8 x float> zeroinitializer, <8 x float> %842
  %845 = getelementptr inbounds float, float* %0, i64 %841
  %846 = bitcast float* %845 to <8 x float>*
  store <8 x float> %844, <8 x float>* %846, align 4
  %847 = add i64 %732, 256
  %848 = fadd <8 x float> %837, %730
  %849 = fcmp olt <8 x float> %848, zeroinitializer
  %850 = select <8 x i1> %849, <8 x float> zeroinitializer, <8 x float> %848
  %851 = getelementptr inbounds float, float* %0, i64 %847
  %852 = bitcast float* %851 to <8 x float>*
  store <8 x float> %850, <8 x float>* %852, align 4
  %853 = getelementptr inbounds float, float* %525, i64 24
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = getelementptr inbounds float, float* %525, i64 56
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = getelementptr inbounds float, float* %525, i64 88
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = getelementptr inbounds float, float* %525, i64 120
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = getelementptr inbounds float, float* %525, i64 152
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = getelementptr inbounds float, float* %525, i64 184
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = fadd <8 x float> %858, %861
  %872 = fsub <8 x float> %858, %861
  %873 = fadd <8 x float> %864, %867
  %874 = fsub <8 x float> %864, %867
  %875 = fadd <8 x float> %855, %871
  %876 = fadd <8 x float> %875, %873
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %872)
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %873, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %871)
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %872)
  %880 = fadd <8 x float> %879, %870
  %881 = add i64 %732, 24
  %882 = fadd <8 x float> %876, %730
  %883 = fcmp olt <8 x float> %882, zeroinitializer
  %884 = select <8 x i1> %883, <8 x float> zeroinitializer, <8 x float> %882
  %885 = getelementptr inbounds float, float* %0, i64 %881
  %886 = bitcast float* %885 to <8 x float>*
  store <8 x float> %884, <8 x float>* %886, align 4
  %887 = add i64 %732, 264
  %888 = fadd <8 x float> %877, %730
  %889 = fcmp olt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> zeroinitializer, <8 x float> %888
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !14

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %893 = icmp slt i64 %block46, 4
  br i1 %893, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %894 = mul i64 %block46, 8
  %895 = add i64 %524, %894
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %896 = icmp slt i64 %row50, 6
  br i1 %896, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %897 = mul i64 %row50, 12288
  %898 = add i64 %895, %897
  %899 = add i64 %898, 0
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %898, 2048
  %904 = getelementptr inbounds float, float* %2, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %898, 4096
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  %910 = load <8 x float>, <8 x float>* %909, align 4
  %911 = add i64 %898, 6144
  %912 = getelementptr inbounds float, float* %2, i64 %911
  %913 = bitcast float* %912 to <8 x float>*
  %914 = load <8 x float>, <8 x float>* %913, align 4
  %915 = add i64 %898, 8192
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = add i64 %898, 10240
  %920 = getelementptr inbounds float, float* %2, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = fadd <8 x float> %906, %910
  %924 = fsub <8 x float> %906, %910
  %925 = fadd <8 x float> %914, %918
  %926 = fsub <8 x float> %914, %918
  %927 = fadd <8 x float> %902, %923
  %928 = fadd <8 x float> %927, %925
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %924)
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %923)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %924)
  %932 = fadd <8 x float> %931, %922
  %933 = mul i64 %row50, 32
  %934 = add i64 %933, 0
  %935 = getelementptr inbounds float, float* %525, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  store <8 x float> %928, <8 x float>* %936, align 4
  %937 = mul i64 %row50, 32
  %938 = add i64 %937, 8
  %939 = getelementptr inbounds float, float* %525, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  store <8 x float> %929, <8 x float>* %940, align 4
  %941 = mul i64 %row50, 32
  %942 = add i64 %941, 16
  %943 = getelementptr inbounds float, float* %525, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %930, <8 x float>* %944, align 4
  %945 = mul i64 %row50, 32
  %946 = add i64 %945, 24
  %947 = getelementptr inbounds float, float* %525, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %932, <8 x float>* %948, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !15

row.exit49:                                       ; preds = %row.header47
  %949 = mul i64 %block46, 8
  %950 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = mul i64 %block46, 7200
  %954 = add i64 %522, %953
  %955 = getelementptr inbounds float, float* %525, i64 0
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = getelementptr inbounds float, float* %525, i64 32
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = getelementptr inbounds float, float* %525, i64 64
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = getelementptr inbounds float, float* %525, i64 96
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = getelementptr inbounds float, float* %525, i64 128
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = getelementptr inbounds float, float* %525, i64 160
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = fadd <8 x float> %960, %963
  %974 = fsub <8 x float> %960, %963
  %975 = fadd <8 x float> %966, %969
  %976 = fsub <8 x float> %966, %969
  %977 = fadd <8 x float> %957, %973
  %978 = fadd <8 x float> %977, %975
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %974)
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %973)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %974)
  %982 = fadd <8 x float> %981, %972
  %983 = add i64 %954, 0
  %984 = fadd <8 x float> %978, %952
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %983
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = add i64 %954, 240
  %990 = fadd <8 x float> %979, %952
  %991 = fcmp olt <8 x float> %990, zeroinitializer
  %992 = select <8 x i1> %991, <8 x float> zeroinitializer, <8 x float> %990
  %993 = getelementptr inbounds float, float* %0, i64 %989
  %994 = bitcast float* %993 to <8 x float>*
  store <8 x float> %992, <8 x float>* %994, align 4
  %995 = add i64 %954, 480
  %996 = fadd <8 x float> %980, %952
  %997 = fcmp olt <8 x float> %996, zeroinitializer
  %998 = select <8 x i1> %997, <8 x float> zeroinitializer, <8 x float> %996
  %999 = getelementptr inbounds float, float* %0, i64 %995
  %1000 = bitcast float* %999 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1000, align 4
  %1001 = add i64 %954, 720
  %1002 = fadd <8 x float> %982, %952
  %1003 = fcmp olt <8 x float> %1002, zeroinitializer
  %1004 = select <8 x i1> %1003, <8 x float> zeroinitializer, <8 x float> %1002
  %1005 = getelementptr inbounds float, float* %0, i64 %1001
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %1007 = getelementptr inbounds float, float* %525, i64 8
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = getelementptr inbounds float, float* %525, i64 40
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = getelementptr inbounds float, float* %525, i64 72
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = getelementptr inbounds float, float* %525, i64 104
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = getelementptr inbounds float, float* %525, i64 136
  %1020 = bitcast float* %1019 to <8 x float>*
  %1021 = load <8 x float>, <8 x float>* %1020, align 4
  %1022 = getelementptr inbounds float, float* %525, i64 168
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = fadd <8 x float> %1012, %1015
  %1026 = fsub <8 x float> %1012, %1015
  %1027 = fadd <8 x float> %1018, %1021
  %1028 = fsub <8 x float> %1018, %1021
  %1029 = fadd <8 x float> %1009, %1025
  %1030 = fadd <8 x float> %1029, %1027
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1026)
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1025)
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1026)
  %1034 = fadd <8 x float> %1033, %1024
  %1035 = add i64 %954, 8
  %1036 = fadd <8 x float> %1030, %952
  %1037 = fcmp olt <8 x float> %1036, zeroinitializer
  %1038 = select <8 x i1> %1037, <8 x float> zeroinitializer, <8 x float> %1036
  %1039 = getelementptr inbounds float, float* %0, i64 %1035
  %1040 = bitcast float* %1039 to <8 x float>*
  store <8 x float> %1038, <8 x float>* %1040, align 4
  %1041 = add i64 %954, 248
  %1042 = fadd <8 x float> %1031, %952
  %1043 = fcmp olt <8 x float> %1042, zeroinitializer
  %1044 = select <8 x i1> %1043, <8 x float> zeroinitializer, <8 x float> %1042
  %1045 = getelementptr inbounds float, float* %0, i64 %1041
  %1046 = bitcast float* %1045 to <8 x float>*
  store <8 x float> %1044, <8 x float>* %1046, align 4
  %1047 = add i64 %954, 488
  %1048 = fadd <8 x float> %1032, %952
  %1049 = fcmp olt <8 x float> %1048, zeroinitializer
  %1050 = select <8 x i1> %1049, <8 x float> zeroinitializer, <8 x float> %1048
  %1051 = getelementptr inbounds float, float* %0, i64 %1047
  %1052 = bitcast float* %1051 to <8 x float>*
  store <8 x float> %1050, <8 x float>* %1052, align 4
  %1053 = add i64 %954, 728
  %1054 = fadd <8 x float> %1034, %952
  %1055 = fcmp olt <8 x float> %1054, zeroinitializer
  %1056 = select <8 x i1> %1055, <8 x float> zeroinitializer, <8 x float> %1054
  %1057 = getelementptr inbounds float, float* %0, i64 %1053
  %1058 = bitcast float* %1057 to <8 x float>*
  store <8 x float> %1056, <8 x float>* %1058, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !16

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1059 = icmp slt i64 %block56, 4
  br i1 %1059, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1060 = mul i64 %block56, 8
  %1061 = add i64 %524, %1060
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1062 = icmp slt i64 %row60, 6
  br i1 %1062, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1063 = mul i64 %row60, 12288
  %1064 = add i64 %1061, %1063
  %1065 = add i64 %1064, 0
  %1066 = getelementptr inbounds float, float* %2, i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = add i64 %1064, 2048
  %1070 = getelementptr inbounds float, float* %2, i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = add i64 %1064, 4096
  %1074 = getelementptr inbounds float, float* %2, i64 %1073
  %1075 = bitcast float* %1074 to <8 x float>*
  %1076 = load <8 x float>, <8 x float>* %1075, align 4
  %1077 = add i64 %1064, 6144
  %1078 = getelementptr inbounds float, float* %2, i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = add i64 %1064, 8192
  %1082 = getelementptr inbounds float, float* %2, i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %1064, 10240
  %1086 = getelementptr inbounds float, float* %2, i64 %1085
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = fadd <8 x float> %1072, %1076
  %1090 = fsub <8 x float> %1072, %1076
  %1091 = fadd <8 x float> %1080, %1084
  %1092 = fsub <8 x float> %1080, %1084
  %1093 = fadd <8 x float> %1068, %1089
  %1094 = fadd <8 x float> %1093, %1091
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1090)
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1089)
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1090)
  %1098 = fadd <8 x float> %1097, %1088
  %1099 = mul i64 %row60, 32
  %1100 = add i64 %1099, 0
  %1101 = getelementptr inbounds float, float* %525, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1102, align 4
  %1103 = mul i64 %row60, 32
  %1104 = add i64 %1103, 8
  %1105 = getelementptr inbounds float, float* %525, i64 %1104
  %1106 = bitcast float* %1105 to <8 x float>*
  store <8 x float> %1095, <8 x float>* %1106, align 4
  %1107 = mul i64 %row60, 32
  %1108 = add i64 %1107, 16
  %1109 = getelementptr inbounds float, float* %525, i64 %1108
  %1110 = bitcast float* %1109 to <8 x float>*
  store <8 x float> %1096, <8 x float>* %1110, align 4
  %1111 = mul i64 %row60, 32
  %1112 = add i64 %1111, 24
  %1113 = getelementptr inbounds float, float* %525, i64 %1112
  %1114 = bitcast float* %1113 to <8 x float>*
  store <8 x float> %1098, <8 x float>* %1114, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !17

row.exit59:                                       ; preds = %row.header57
  %1115 = mul i64 %block56, 8
  %1116 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = mul i64 %block56, 7200
  %1120 = add i64 %522, %1119
  %1121 = getelementptr inbounds float, float* %525, i64 0
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = getelementptr inbounds float, float* %525, i64 32
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = getelementptr inbounds float, float* %525, i64 64
  %1128 = bitcast float* %1127 to <8 x float>*
  %1129 = load <8 x float>, <8 x float>* %1128, align 4
  %1130 = getelementptr inbounds float, float* %525, i64 96
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = getelementptr inbounds float, float* %525, i64 128
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = getelementptr inbounds float, float* %525, i64 160
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = fadd <8 x float> %1126, %1129
  %1140 = fsub <8 x float> %1126, %1129
  %1141 = fadd <8 x float> %1132, %1135
  %1142 = fsub <8 x float> %1132, %1135
  %1143 = fadd <8 x float> %1123, %1139
  %1144 = fadd <8 x float> %1143, %1141
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1142, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1140)
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1139)
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1142, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1140)
  %1148 = fadd <8 x float> %1147, %1138
  %1149 = add i64 %1120, 0
  %1150 = fadd <8 x float> %1144, %1118
  %1151 = fcmp olt <8 x float> %1150, zeroinitializer
  %1152 = select <8 x i1> %1151, <8 x float> zeroinitializer, <8 x float> %1150
  %1153 = getelementptr inbounds float, float* %0, i64 %1149
  %1154 = bitcast float* %1153 to <8 x float>*
  store <8 x float> %1152, <8 x float>* %1154, align 4
  %1155 = add i64 %1120, 240
  %1156 = fadd <8 x float> %1145, %1118
  %1157 = fcmp olt <8 x float> %1156, zeroinitializer
  %1158 = select <8 x i1> %1157, <8 x float> zeroinitializer, <8 x float> %1156
  %1159 = getelementptr inbounds float, float* %0, i64 %1155
  %1160 = bitcast float* %1159 to <8 x float>*
  store <8 x float> %1158, <8 x float>* %1160, align 4
  %1161 = add i64 %1120, 480
  %1162 = fadd <8 x float> %1146, %1118
  %1163 = fcmp olt <8 x float> %1162, zeroinitializer
  %1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1162
  %1165 = getelementptr inbounds float, float* %0, i64 %1161
  %1166 = bitcast float* %1165 to <8 x float>*
  store <8 x float> %1164, <8 x float>* %1166, align 4
  %1167 = add i64 %1120, 720
  %1168 = fadd <8 x float> %1148, %1118
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1167
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %1173 = getelementptr inbounds float, float* %525, i64 8
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = getelementptr inbounds float, float* %525, i64 40
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = getelementptr inbounds float, float* %525, i64 72
  %1180 = bitcast float* %1179 to <8 x float>*
  %1181 = load <8 x float>, <8 x float>* %1180, align 4
  %1182 = getelementptr inbounds float, float* %525, i64 104
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = getelementptr inbounds float, float* %525, i64 136
  %1186 = bitcast float* %1185 to <8 x float>*
  %1187 = load <8 x float>, <8 x float>* %1186, align 4
  %1188 = getelementptr inbounds float, float* %525, i64 168
  %1189 = bitcast float* %1188 to <8 x float>*
  %1190 = load <8 x float>, <8 x float>* %1189, align 4
  %1191 = fadd <8 x float> %1178, %1181
  %1192 = fsub <8 x float> %1178, %1181
  %1193 = fadd <8 x float> %1184, %1187
  %1194 = fsub <8 x float> %1184, %1187
  %1195 = fadd <8 x float> %1175, %1191
  %1196 = fadd <8 x float> %1195, %1193
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1192)
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1191)
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1192)
  %1200 = fadd <8 x float> %1199, %1190
  %1201 = add i64 %1120, 8
  %1202 = fadd <8 x float> %1196, %1118
  %1203 = fcmp olt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> zeroinitializer, <8 x float> %1202
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %1207 = add i64 %1120, 248
  %1208 = fadd <8 x float> %1197, %1118
  %1209 = fcmp olt <8 x float> %1208, zeroinitializer
  %1210 = select <8 x i1> %1209, <8 x float> zeroinitializer, <8 x float> %1208
  %1211 = getelementptr inbounds float, float* %0, i64 %1207
  %1212 = bitcast float* %1211 to <8 x float>*
  store <8 x float> %1210, <8 x float>* %1212, align 4
  %1213 = add i64 %1120, 488
  %1214 = fadd <8 x float> %1198, %1118
  %1215 = fcmp olt <8 x float> %1214, zeroinitializer
  %1216 = select <8 x i1> %1215, <8 x float> zeroinitializer, <8 x float> %1214
  %1217 = getelementptr inbounds float, float* %0, i64 %1213
  %1218 = bitcast float* %1217 to <8 x float>*
  store <8 x float> %1216, <8 x float>* %1218, align 4
  %1219 = add i64 %1120, 728
  %1220 = fadd <8 x float> %1200, %1118
  %1221 = fcmp olt <8 x float> %1220, zeroinitializer
  %1222 = select <8 x i1> %1221, <8 x float> zeroinitializer, <8 x float> %1220
  %1223 = getelementptr inbounds float, float* %0, i64 %1219
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1222, <8 x float>* %1224, align 4
  %1225 = getelementptr inbounds float, float* %525, i64 16
  %1226 = bitcast float* %1225 to <8 x float>*
  %1227 = load <8 x float>, <8 x float>* %1226, align 4
  %1228 = getelementptr inbounds float, float* %525, i64 48
  %1229 = bitcast float* %1228 to <8 x float>*
  %1230 = load <8 x float>, <8 x float>* %1229, align 4
  %1231 = getelementptr inbounds float, float* %525, i64 80
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = getelementptr inbounds float, float* %525, i64 112
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = getelementptr inbounds float, float* %525, i64 144
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  %1240 = getelementptr inbounds float, float* %525, i64 176
  %1241 = bitcast float* %1240 to <8 x float>*
  %1242 = load <8 x float>, <8 x float>* %1241, align 4
  %1243 = fadd <8 x float> %1230, %1233
  %1244 = fsub <8 x float> %1230, %1233
  %1245 = fadd <8 x float> %1236, %1239
  %1246 = fsub <8 x float> %1236, %1239
  %1247 = fadd <8 x float> %1227, %1243
  %1248 = fadd <8 x float> %1247, %1245
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1244)
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1243)
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1244)
  %1252 = fadd <8 x float> %1251, %1242
  %1253 = add i64 %1120, 16
  %1254 = fadd <8 x float> %1248, %1118
  %1255 = fcmp olt <8 x float> %1254, zeroinitializer
  %1256 = select <8 x i1> %1255, <8 x float> zeroinitializer, <8 x float> %1254
  %1257 = getelementptr inbounds float, float* %0, i64 %1253
  %1258 = bitcast float* %1257 to <8 x float>*
  store <8 x float> %1256, <8 x float>* %1258, align 4
  %1259 = add i64 %1120, 256
  %1260 = fadd <8 x float> %1249, %1118
  %1261 = fcmp olt <8 x float> %1260, zeroinitializer
  %1262 = select <8 x i1> %1261, <8 x float> zeroinitializer, <8 x float> %1260
  %1263 = getelementptr inbounds float, float* %0, i64 %1259
  %1264 = bitcast float* %1263 to <8 x float>*
  store <8 x float> %1262, <8 x float>* %1264, align 4
  %1265 = add i64 %1120, 496
  %1266 = fadd <8 x float> %1250, %1118
  %1267 = fcmp olt <8 x float> %1266, zeroinitializer
  %1268 = select <8 x i1> %1267, <8 x float> zeroinitializer, <8 x float> %1266
  %1269 = getelementptr inbounds float, float* %0, i64 %1265
  %1270 = bitcast float* %1269 to <8 x float>*
  store <8 x float> %1268, <8 x float>* %1270, align 4
  %1271 = add i64 %1120, 736
  %1272 = fadd <8 x float> %1252, %1118
  %1273 = fcmp olt <8 x float> %1272, zeroinitializer
  %1274 = select <8 x i1> %1273, <8 x float> zeroinitializer, <8 x float> %1272
  %1275 = getelementptr inbounds float, float* %0, i64 %1271
  %1276 = bitcast float* %1275 to <8 x float>*
  store <8 x float> %1274, <8 x float>* %1276, align 4
  %1277 = getelementptr inbounds float, float* %525, i64 24
  %1278 = bitcast float* %1277 to <8 x float>*
  %1279 = load <8 x float>, <8 x float>* %1278, align 4
  %1280 = getelementptr inbounds float, float* %525, i64 56
  %1281 = bitcast float* %1280 to <8 x float>*
  %1282 = load <8 x float>, <8 x float>* %1281, align 4
  %1283 = getelementptr inbounds float, float* %525, i64 88
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = getelementptr inbounds float, float* %525, i64 120
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = getelementptr inbounds float, float* %525, i64 152
  %1290 = bitcast float* %1289 to <8 x float>*
  %1291 = load <8 x float>, <8 x float>* %1290, align 4
  %1292 = getelementptr inbounds float, float* %525, i64 184
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = fadd <8 x float> %1282, %1285
  %1296 = fsub <8 x float> %1282, %1285
  %1297 = fadd <8 x float> %1288, %1291
  %1298 = fsub <8 x float> %1288, %1291
  %1299 = fadd <8 x float> %1279, %1295
  %1300 = fadd <8 x float> %1299, %1297
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1298, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1296)
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1295)
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1298, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1296)
  %1304 = fadd <8 x float> %1303, %1294
  %1305 = add i64 %1120, 24
  %1306 = fadd <8 x float> %1300, %1118
  %1307 = fcmp olt <8 x float> %1306, zeroinitializer
  %1308 = select <8 x i1> %1307, <8 x float> zeroinitializer, <8 x float> %1306
  %1309 = getelementptr inbounds float, float* %0, i64 %1305
  %1310 = bitcast float* %1309 to <8 x float>*
  store <8 x float> %1308, <8 x float>* %1310, align 4
  %1311 = add i64 %1120, 264
  %1312 = fadd <8 x float> %1301, %1118
  %1313 = fcmp olt <8 x float> %1312, zeroinitializer
  %1314 = select <8 x i1> %1313, <8 x float> zeroinitializer, <8 x float> %1312
  %1315 = getelementptr inbounds float, float* %0, i64 %1311
  %1316 = bitcast float* %1315 to <8 x float>*
  store <8 x float> %1314, <8 x float>* %1316, align 4
  %1317 = add i64 %1120, 504
  %1318 = fadd <8 x float> %1302, %1118
  %1319 = fcmp olt <8 x float> %1318, zeroinitializer
  %1320 = select <8 x i1> %1319, <8 x float> zeroinitializer, <8 x float> %1318
  %1321 = getelementptr inbounds float, float* %0, i64 %1317
  %1322 = bitcast float* %1321 to <8 x float>*
  store <8 x float> %1320, <8 x float>* %1322, align 4
  %1323 = add i64 %1120, 744
  %1324 = fadd <8 x float> %1304, %1118
  %1325 = fcmp olt <8 x float> %1324, zeroinitializer
  %1326 = select <8 x i1> %1325, <8 x float> zeroinitializer, <8 x float> %1324
  %1327 = getelementptr inbounds float, float* %0, i64 %1323
  %1328 = bitcast float* %1327 to <8 x float>*
  store <8 x float> %1326, <8 x float>* %1328, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !18
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node1.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  %7 = srem i64 %task, 18
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 18
  %10 = mul i64 %task, 144
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
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 64, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 576, i1 false)
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
  %19 = add i64 72, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 72
  %23 = select i1 %22, i64 %21, i64 72
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 72
  %26 = select i1 %25, i64 %24, i64 72
  call void @node3.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca [192 x float], align 4
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
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 16
  %30 = sub i64 16, %29
  %31 = icmp slt i64 16, %30
  %32 = select i1 %31, i64 16, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 4
  %45 = sdiv i64 %43, 4
  %46 = srem i64 %45, 4
  %47 = sdiv i64 %43, 16
  %48 = mul i64 %47, 4
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 32
  %56 = add i64 10368, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 432, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 432
  %63 = select i1 %62, i64 %61, i64 432
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 432
  %66 = select i1 %65, i64 %64, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 4
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 2592
  %69 = add i64 %54, %68
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !19

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 144
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 288
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 432
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 576
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 720
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !20

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 3072
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 512
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 1024
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 1536
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 2048
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 2560
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !21

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !22

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 12
  %205 = mul i64 %204, 512
  %206 = add i64 10368, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 2048
  %209 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_3.winograd to float*), i64 %208
  %210 = mul i64 %204, 1024
  %211 = add i64 28800, %210
  %212 = srem i64 %task, 12
  %213 = sdiv i64 %212, 4
  %214 = srem i64 %212, 4
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 512
  %218 = icmp eq i64 %213, 2
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
  br label %tile.header15

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !23

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %228 = icmp slt i64 %k, 32
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 32
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 32
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 32
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 32
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 64
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 64
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 64
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 64
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 64
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 64
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 64
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 64
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 32
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 32
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 32
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 32
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 32
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 32
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 32
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 64
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 64
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 64
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 64
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 64
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 64
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 64
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 64
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 64
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 64
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 64
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 64
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next63, %endif21 ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 4
  %513 = sdiv i64 %511, 4
  %514 = srem i64 %513, 4
  %515 = sdiv i64 %511, 16
  %516 = mul i64 %515, 8
  %517 = mul i64 %516, 1800
  %518 = mul i64 %514, 60
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 64
  %524 = add i64 28800, %523
  %525 = bitcast [192 x float]* %6 to float*
  %526 = icmp eq i64 %514, 3
  br i1 %526, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !24

then19:                                           ; preds = %tile.body16
  %527 = icmp eq i64 %512, 3
  br i1 %527, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %528 = icmp eq i64 %512, 3
  br i1 %528, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !25

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %529 = icmp slt i64 %block, 8
  br i1 %529, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %530 = mul i64 %block, 8
  %531 = add i64 %524, %530
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %532 = icmp slt i64 %row28, 6
  br i1 %532, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %533 = mul i64 %row28, 6144
  %534 = add i64 %531, %533
  %535 = add i64 %534, 0
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %534, 1024
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %534, 2048
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %534, 3072
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %534, 4096
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %534, 5120
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = fadd <8 x float> %542, %546
  %560 = fsub <8 x float> %542, %546
  %561 = fadd <8 x float> %550, %554
  %562 = fsub <8 x float> %550, %554
  %563 = fadd <8 x float> %538, %559
  %564 = fadd <8 x float> %563, %561
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %560)
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %559)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %560)
  %568 = fadd <8 x float> %567, %558
  %569 = mul i64 %row28, 32
  %570 = add i64 %569, 0
  %571 = getelementptr inbounds float, float* %525, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %564, <8 x float>* %572, align 4
  %573 = mul i64 %row28, 32
  %574 = add i64 %573, 8
  %575 = getelementptr inbounds float, float* %525, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  store <8 x float> %565, <8 x float>* %576, align 4
  %577 = mul i64 %row28, 32
  %578 = add i64 %577, 16
  %579 = getelementptr inbounds float, float* %525, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %566, <8 x float>* %580, align 4
  %581 = mul i64 %row28, 32
  %582 = add i64 %581, 24
  %583 = getelementptr inbounds float, float* %525, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  store <8 x float> %568, <8 x float>* %584, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !26

row.exit27:                                       ; preds = %row.header25
  %585 = mul i64 %block, 8
  %586 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = mul i64 %block, 1800
  %590 = add i64 %522, %589
  %591 = getelementptr inbounds float, float* %525, i64 0
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 32
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 64
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 96
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 128
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %525, i64 160
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = fadd <8 x float> %596, %599
  %610 = fsub <8 x float> %596, %599
  %611 = fadd <8 x float> %602, %605
  %612 = fsub <8 x float> %602, %605
  %613 = fadd <8 x float> %593, %609
  %614 = fadd <8 x float> %613, %611
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %610)
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %609)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %610)
  %618 = fadd <8 x float> %617, %608
  %619 = add i64 %590, 0
  %620 = fadd <8 x float> %614, %588
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %619
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %625 = add i64 %590, 120
  %626 = fadd <8 x float> %615, %588
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %625
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = add i64 %590, 240
  %632 = fadd <8 x float> %616, %588
  %633 = fcmp olt <8 x float> %632, zeroinitializer
  %634 = select <8 x i1> %633, <8 x float> zeroinitializer, <8 x float> %632
  %635 = getelementptr inbounds float, float* %0, i64 %631
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %634, <8 x float>* %636, align 4
  %637 = getelementptr inbounds float, float* %525, i64 8
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = getelementptr inbounds float, float* %525, i64 40
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = getelementptr inbounds float, float* %525, i64 72
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %525, i64 104
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %525, i64 136
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %525, i64 168
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = fadd <8 x float> %642, %645
  %656 = fsub <8 x float> %642, %645
  %657 = fadd <8 x float> %648, %651
  %658 = fsub <8 x float> %648, %651
  %659 = fadd <8 x float> %639, %655
  %660 = fadd <8 x float> %659, %657
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %656)
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %655)
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %656)
  %664 = fadd <8 x float> %663, %654
  %665 = add i64 %590, 8
  %666 = fadd <8 x float> %660, %588
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %665
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %671 = add i64 %590, 128
  %672 = fadd <8 x float> %661, %588
  %673 = fcmp olt <8 x float> %672, zeroinitializer
  %674 = select <8 x i1> %673, <8 x float> zeroinitializer, <8 x float> %672
  %675 = getelementptr inbounds float, float* %0, i64 %671
  %676 = bitcast float* %675 to <8 x float>*
  store <8 x float> %674, <8 x float>* %676, align 4
  %677 = add i64 %590, 248
  %678 = fadd <8 x float> %662, %588
  %679 = fcmp olt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> zeroinitializer, <8 x float> %678
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %683 = getelementptr inbounds float, float* %525, i64 16
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = getelementptr inbounds float, float* %525, i64 48
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = getelementptr inbounds float, float* %525, i64 80
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = getelementptr inbounds float, float* %525, i64 112
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = getelementptr inbounds float, float* %525, i64 144
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %525, i64 176
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = fadd <8 x float> %688, %691
  %702 = fsub <8 x float> %688, %691
  %703 = fadd <8 x float> %694, %697
  %704 = fsub <8 x float> %694, %697
  %705 = fadd <8 x float> %685, %701
  %706 = fadd <8 x float> %705, %703
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %702)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %701)
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %702)
  %710 = fadd <8 x float> %709, %700
  %711 = add i64 %590, 16
  %712 = fadd <8 x float> %706, %588
  %713 = fcmp olt <8 x float> %712, zeroinitializer
  %714 = select <8 x i1> %713, <8 x float> zeroinitializer, <8 x float> %712
  %715 = getelementptr inbounds float, float* %0, i64 %711
  %716 = bitcast float* %715 to <8 x float>*
  store <8 x float> %714, <8 x float>* %716, align 4
  %717 = add i64 %590, 136
  %718 = fadd <8 x float> %707, %588
  %719 = fcmp olt <8 x float> %718, zeroinitializer
  %720 = select <8 x i1> %719, <8 x float> zeroinitializer, <8 x float> %718
  %721 = getelementptr inbounds float, float* %0, i64 %717
  %722 = bitcast float* %721 to <8 x float>*
  store <8 x float> %720, <8 x float>* %722, align 4
  %723 = add i64 %590, 256
  %724 = fadd <8 x float> %708, %588
  %725 = fcmp olt <8 x float> %724, zeroinitializer
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> %724
  %727 = getelementptr inbounds float, float* %0, i64 %723
  %728 = bitcast float* %727 to <8 x float>*
  store <8 x float> %726, <8 x float>* %728, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !27

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %729 = icmp slt i64 %block33, 8
  br i1 %729, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %730 = mul i64 %block33, 8
  %731 = add i64 %524, %730
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %732 = icmp slt i64 %row37, 6
  br i1 %732, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %733 = mul i64 %row37, 6144
  %734 = add i64 %731, %733
  %735 = add i64 %734, 0
  %736 = getelementptr inbounds float, float* %2, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = add i64 %734, 1024
  %740 = getelementptr inbounds float, float* %2, i64 %739
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = add i64 %734, 2048
  %744 = getelementptr inbounds float, float* %2, i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = add i64 %734, 3072
  %748 = getelementptr inbounds float, float* %2, i64 %747
  %749 = bitcast float* %748 to <8 x float>*
  %750 = load <8 x float>, <8 x float>* %749, align 4
  %751 = add i64 %734, 4096
  %752 = getelementptr inbounds float, float* %2, i64 %751
  %753 = bitcast float* %752 to <8 x float>*
  %754 = load <8 x float>, <8 x float>* %753, align 4
  %755 = add i64 %734, 5120
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = fadd <8 x float> %742, %746
  %760 = fsub <8 x float> %742, %746
  %761 = fadd <8 x float> %750, %754
  %762 = fsub <8 x float> %750, %754
  %763 = fadd <8 x float> %738, %759
  %764 = fadd <8 x float> %763, %761
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %760)
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %759)
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %760)
  %768 = fadd <8 x float> %767, %758
  %769 = mul i64 %row37, 32
  %770 = add i64 %769, 0
  %771 = getelementptr inbounds float, float* %525, i64 %770
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %764, <8 x float>* %772, align 4
  %773 = mul i64 %row37, 32
  %774 = add i64 %773, 8
  %775 = getelementptr inbounds float, float* %525, i64 %774
  %776 = bitcast float* %775 to <8 x float>*
  store <8 x float> %765, <8 x float>* %776, align 4
  %777 = mul i64 %row37, 32
  %778 = add i64 %777, 16
  %779 = getelementptr inbounds float, float* %525, i64 %778
  %780 = bitcast float* %779 to <8 x float>*
  store <8 x float> %766, <8 x float>* %780, align 4
  %781 = mul i64 %row37, 32
  %782 = add i64 %781, 24
  %783 = getelementptr inbounds float, float* %525, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  store <8 x float> %768, <8 x float>* %784, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !28

row.exit36:                                       ; preds = %row.header34
  %785 = mul i64 %block33, 8
  %786 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = mul i64 %block33, 1800
  %790 = add i64 %522, %789
  %791 = getelementptr inbounds float, float* %525, i64 0
  %792 = bitcast float* %791 to <8 x float>*
  %793 = load <8 x float>, <8 x float>* %792, align 4
  %794 = getelementptr inbounds float, float* %525, i64 32
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = getelementptr inbounds float, float* %525, i64 64
  %798 = bitcast float* %797 to <8 x float>*
  %799 = load <8 x float>, <8 x float>* %798, align 4
  %800 = getelementptr inbounds float, float* %525, i64 96
  %801 = bitcast float* %800 to <8 x float>*
  %802 = load <8 x float>, <8 x float>* %801, align 4
  %803 = getelementptr inbounds float, float* %525, i64 128
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = getelementptr inbounds float, float* %525, i64 160
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = fadd <8 x float> %796, %799
  %810 = fsub <8 x float> %796, %799
  %811 = fadd <8 x float> %802, %805
  %812 = fsub <8 x float> %802, %805
  %813 = fadd <8 x float> %793, %809
  %814 = fadd <8 x float> %813, %811
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %810)
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %811, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %809)
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %810)
  %818 = fadd <8 x float> %817, %808
  %819 = add i64 %790, 0
  %820 = fadd <8 x float> %814, %788
  %821 = fcmp olt <8 x float> %820, zeroinitializer
  %822 = select <8 x i1> %821, <8 x float> zeroinitializer, <8 x float> %820
  %823 = getelementptr inbounds float, float* %0, i64 %819
  %824 = bitcast float* %823 to <8 x float>*
  store <8 x float> %822, <8 x float>* %824, align 4
  %825 = add i64 %790, 120
  %826 = fadd <8 x float> %815, %788
  %827 = fcmp olt <8 x float> %826, zeroinitializer
  %828 = select <8 x i1> %827, <8 x float> zeroinitializer, <8 x float> %826
  %829 = getelementptr inbounds float, float* %0, i64 %825
  %830 = bitcast float* %829 to <8 x float>*
  store <8 x float> %828, <8 x float>* %830, align 4
  %831 = add i64 %790, 240
  %832 = fadd <8 x float> %816, %788
  %833 = fcmp olt <8 x float> %832, zeroinitializer
  %834 = select <8 x i1> %833, <8 x float> zeroinitializer, <8 x float> %832
  %835 = getelementptr inbounds float, float* %0, i64 %831
  %836 = bitcast float* %835 to <8 x float>*
  store <8 x float> %834, <8 x float>* %836, align 4
  %837 = getelementptr inbounds float, float* %525, i64 8
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = getelementptr inbounds float, float* %525, i64 40
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = getelementptr inbounds float, float* %525, i64 72
  %844 = bitcast float* %843 to <8 x float>*
  %845 = load <8 x float>, <8 x float>* %844, align 4
  %846 = getelementptr inbounds float, float* %525, i64 104
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = getelementptr inbounds float, float* %525, i64 136
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = getelementptr inbounds float, float* %525, i64 168
  %853 = bitcast float* %852 to <8 x float>*
  %854 = load <8 x float>, <8 x float>* %853, align 4
  %855 = fadd <8 x float> %842, %845
  %856 = fsub <8 x float> %842, %845
  %857 = fadd <8 x float> %848, %851
  %858 = fsub <8 x float> %848, %851
  %859 = fadd <8 x float> %839, %855
  %860 = fadd <8 x float> %859, %857
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %856)
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %857, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %855)
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %856)
  %864 = fadd <8 x float> %863, %854
  %865 = add i64 %790, 8
  %866 = fadd <8 x float> %860, %788
  %867 = fcmp olt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> zeroinitializer, <8 x float> %866
  %869 = getelementptr inbounds float, float* %0, i64 %865
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = add i64 %790, 128
  %872 = fadd <8 x float> %861, %788
  %873 = fcmp olt <8 x float> %872, zeroinitializer
  %874 = select <8 x i1> %873, <8 x float> zeroinitializer, <8 x float> %872
  %875 = getelementptr inbounds float, float* %0, i64 %871
  %876 = bitcast float* %875 to <8 x float>*
  store <8 x float> %874, <8 x float>* %876, align 4
  %877 = add i64 %790, 248
  %878 = fadd <8 x float> %862, %788
  %879 = fcmp olt <8 x float> %878, zeroinitializer
  %880 = select <8 x i1> %879, <8 x float> zeroinitializer, <8 x float> %878
  %881 = getelementptr inbounds float, float* %0, i64 %877
  %882 = bitcast float* %881 to <8 x float>*
  store <8 x float> %880, <8 x float>* %882, align 4
  %883 = getelementptr inbounds float, float* %525, i64 16
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = getelementptr inbounds float, float* %525, i64 48
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = getelementptr inbounds float, float* %525, i64 80
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = getelementptr inbounds float, float* %525, i64 112
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = getelementptr inbounds float, float* %525, i64 144
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = getelementptr inbounds float, float* %525, i64 176
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = fadd <8 x float> %888, %891
  %902 = fsub <8 x float> %888, %891
  %903 = fadd <8 x float> %894, %897
  %904 = fsub <8 x float> %894, %897
  %905 = fadd <8 x float> %885, %901
  %906 = fadd <8 x float> %905, %903
  %907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %904, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %902)
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %903, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %901)
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %904, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %902)
  %910 = fadd <8 x float> %909, %900
  %911 = add i64 %790, 16
  %912 = fadd <8 x float> %906, %788
  %913 = fcmp olt <8 x float> %912, zeroinitializer
  %914 = select <8 x i1> %913, <8 x float> zeroinitializer, <8 x float> %912
  %915 = getelementptr inbounds float, float* %0, i64 %911
  %916 = bitcast float* %915 to <8 x float>*
  store <8 x float> %914, <8 x float>* %916, align 4
  %917 = add i64 %790, 136
  %918 = fadd <8 x float> %907, %788
  %919 = fcmp olt <8 x float> %918, zeroinitializer
  %920 = select <8 x i1> %919, <8 x float> zeroinitializer, <8 x float> %918
  %921 = getelementptr inbounds float, float* %0, i64 %917
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %920, <8 x float>* %922, align 4
  %923 = add i64 %790, 256
  %924 = fadd <8 x float> %908, %788
  %925 = fcmp olt <8 x float> %924, zeroinitializer
  %926 = select <8 x i1> %925, <8 x float> zeroinitializer, <8 x float> %924
  %927 = getelementptr inbounds float, float* %0, i64 %923
  %928 = bitcast float* %927 to <8 x float>*
  store <8 x float> %926, <8 x float>* %928, align 4
  %929 = getelementptr inbounds float, float* %525, i64 24
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = getelementptr inbounds float, float* %525, i64 56
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = getelementptr inbounds float, float* %525, i64 88
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = getelementptr inbounds float, float* %525, i64 120
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = getelementptr inbounds float, float* %525, i64 152
  %942 = bitcast float* %941 to <8 x float>*
  %943 = load <8 x float>, <8 x float>* %942, align 4
  %944 = getelementptr inbounds float, float* %525, i64 184
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = fadd <8 x float> %934, %937
  %948 = fsub <8 x float> %934, %937
  %949 = fadd <8 x float> %940, %943
  %950 = fsub <8 x float> %940, %943
  %951 = fadd <8 x float> %931, %947
  %952 = fadd <8 x float> %951, %949
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %948)
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %947)
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %948)
  %956 = fadd <8 x float> %955, %946
  %957 = add i64 %790, 24
  %958 = fadd <8 x float> %952, %788
  %959 = fcmp olt <8 x float> %958, zeroinitializer
  %960 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %958
  %961 = getelementptr inbounds float, float* %0, i64 %957
  %962 = bitcast float* %961 to <8 x float>*
  store <8 x float> %960, <8 x float>* %962, align 4
  %963 = add i64 %790, 144
  %964 = fadd <8 x float> %953, %788
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %963
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = add i64 %790, 264
  %970 = fadd <8 x float> %954, %788
  %971 = fcmp olt <8 x float> %970, zeroinitializer
  %972 = select <8 x i1> %971, <8 x float> zeroinitializer, <8 x float> %970
  %973 = getelementptr inbounds float, float* %0, i64 %969
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %972, <8 x float>* %974, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !29

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %975 = icmp slt i64 %block46, 8
  br i1 %975, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %976 = mul i64 %block46, 8
  %977 = add i64 %524, %976
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %978 = icmp slt i64 %row50, 6
  br i1 %978, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %979 = mul i64 %row50, 6144
  %980 = add i64 %977, %979
  %981 = add i64 %980, 0
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %980, 1024
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %980, 2048
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = add i64 %980, 3072
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = add i64 %980, 4096
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = add i64 %980, 5120
  %1002 = getelementptr inbounds float, float* %2, i64 %1001
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = fadd <8 x float> %988, %992
  %1006 = fsub <8 x float> %988, %992
  %1007 = fadd <8 x float> %996, %1000
  %1008 = fsub <8 x float> %996, %1000
  %1009 = fadd <8 x float> %984, %1005
  %1010 = fadd <8 x float> %1009, %1007
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1006)
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1005)
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1006)
  %1014 = fadd <8 x float> %1013, %1004
  %1015 = mul i64 %row50, 32
  %1016 = add i64 %1015, 0
  %1017 = getelementptr inbounds float, float* %525, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1018, align 4
  %1019 = mul i64 %row50, 32
  %1020 = add i64 %1019, 8
  %1021 = getelementptr inbounds float, float* %525, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1022, align 4
  %1023 = mul i64 %row50, 32
  %1024 = add i64 %1023, 16
  %1025 = getelementptr inbounds float, float* %525, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1026, align 4
  %1027 = mul i64 %row50, 32
  %1028 = add i64 %1027, 24
  %1029 = getelementptr inbounds float, float* %525, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1030, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !30

row.exit49:                                       ; preds = %row.header47
  %1031 = mul i64 %block46, 8
  %1032 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1031
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = mul i64 %block46, 1800
  %1036 = add i64 %522, %1035
  %1037 = getelementptr inbounds float, float* %525, i64 0
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = getelementptr inbounds float, float* %525, i64 32
  %1041 = bitcast float* %1040 to <8 x float>*
  %1042 = load <8 x float>, <8 x float>* %1041, align 4
  %1043 = getelementptr inbounds float, float* %525, i64 64
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = getelementptr inbounds float, float* %525, i64 96
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %525, i64 128
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %525, i64 160
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = fadd <8 x float> %1042, %1045
  %1056 = fsub <8 x float> %1042, %1045
  %1057 = fadd <8 x float> %1048, %1051
  %1058 = fsub <8 x float> %1048, %1051
  %1059 = fadd <8 x float> %1039, %1055
  %1060 = fadd <8 x float> %1059, %1057
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1056)
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1057, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1055)
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1056)
  %1064 = fadd <8 x float> %1063, %1054
  %1065 = add i64 %1036, 0
  %1066 = fadd <8 x float> %1060, %1034
  %1067 = fcmp olt <8 x float> %1066, zeroinitializer
  %1068 = select <8 x i1> %1067, <8 x float> zeroinitializer, <8 x float> %1066
  %1069 = getelementptr inbounds float, float* %0, i64 %1065
  %1070 = bitcast float* %1069 to <8 x float>*
  store <8 x float> %1068, <8 x float>* %1070, align 4
  %1071 = add i64 %1036, 120
  %1072 = fadd <8 x float> %1061, %1034
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %1071
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = add i64 %1036, 240
  %1078 = fadd <8 x float> %1062, %1034
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %1036, 360
  %1084 = fadd <8 x float> %1064, %1034
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = getelementptr inbounds float, float* %525, i64 8
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = getelementptr inbounds float, float* %525, i64 40
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = getelementptr inbounds float, float* %525, i64 72
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = getelementptr inbounds float, float* %525, i64 104
  %1099 = bitcast float* %1098 to <8 x float>*
  %1100 = load <8 x float>, <8 x float>* %1099, align 4
  %1101 = getelementptr inbounds float, float* %525, i64 136
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = getelementptr inbounds float, float* %525, i64 168
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = fadd <8 x float> %1094, %1097
  %1108 = fsub <8 x float> %1094, %1097
  %1109 = fadd <8 x float> %1100, %1103
  %1110 = fsub <8 x float> %1100, %1103
  %1111 = fadd <8 x float> %1091, %1107
  %1112 = fadd <8 x float> %1111, %1109
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1108)
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1109, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1107)
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1108)
  %1116 = fadd <8 x float> %1115, %1106
  %1117 = add i64 %1036, 8
  %1118 = fadd <8 x float> %1112, %1034
  %1119 = fcmp olt <8 x float> %1118, zeroinitializer
  %1120 = select <8 x i1> %1119, <8 x float> zeroinitializer, <8 x float> %1118
  %1121 = getelementptr inbounds float, float* %0, i64 %1117
  %1122 = bitcast float* %1121 to <8 x float>*
  store <8 x float> %1120, <8 x float>* %1122, align 4
  %1123 = add i64 %1036, 128
  %1124 = fadd <8 x float> %1113, %1034
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %1123
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = add i64 %1036, 248
  %1130 = fadd <8 x float> %1114, %1034
  %1131 = fcmp olt <8 x float> %1130, zeroinitializer
  %1132 = select <8 x i1> %1131, <8 x float> zeroinitializer, <8 x float> %1130
  %1133 = getelementptr inbounds float, float* %0, i64 %1129
  %1134 = bitcast float* %1133 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1134, align 4
  %1135 = add i64 %1036, 368
  %1136 = fadd <8 x float> %1116, %1034
  %1137 = fcmp olt <8 x float> %1136, zeroinitializer
  %1138 = select <8 x i1> %1137, <8 x float> zeroinitializer, <8 x float> %1136
  %1139 = getelementptr inbounds float, float* %0, i64 %1135
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1138, <8 x float>* %1140, align 4
  %1141 = getelementptr inbounds float, float* %525, i64 16
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = getelementptr inbounds float, float* %525, i64 48
  %1145 = bitcast float* %1144 to <8 x float>*
  %1146 = load <8 x float>, <8 x float>* %1145, align 4
  %1147 = getelementptr inbounds float, float* %525, i64 80
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = getelementptr inbounds float, float* %525, i64 112
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = getelementptr inbounds float, float* %525, i64 144
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = getelementptr inbounds float, float* %525, i64 176
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = fadd <8 x float> %1146, %1149
  %1160 = fsub <8 x float> %1146, %1149
  %1161 = fadd <8 x float> %1152, %1155
  %1162 = fsub <8 x float> %1152, %1155
  %1163 = fadd <8 x float> %1143, %1159
  %1164 = fadd <8 x float> %1163, %1161
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1160)
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1161, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1159)
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1160)
  %1168 = fadd <8 x float> %1167, %1158
  %1169 = add i64 %1036, 16
  %1170 = fadd <8 x float> %1164, %1034
  %1171 = fcmp olt <8 x float> %1170, zeroinitializer
  %1172 = select <8 x i1> %1171, <8 x float> zeroinitializer, <8 x float> %1170
  %1173 = getelementptr inbounds float, float* %0, i64 %1169
  %1174 = bitcast float* %1173 to <8 x float>*
  store <8 x float> %1172, <8 x float>* %1174, align 4
  %1175 = add i64 %1036, 136
  %1176 = fadd <8 x float> %1165, %1034
  %1177 = fcmp olt <8 x float> %1176, zeroinitializer
  %1178 = select <8 x i1> %1177, <8 x float> zeroinitializer, <8 x float> %1176
  %1179 = getelementptr inbounds float, float* %0, i64 %1175
  %1180 = bitcast float* %1179 to <8 x float>*
  store <8 x float> %1178, <8 x float>* %1180, align 4
  %1181 = add i64 %1036, 256
  %1182 = fadd <8 x float> %1166, %1034
  %1183 = fcmp olt <8 x float> %1182, zeroinitializer
  %1184 = select <8 x i1> %1183, <8 x float> zeroinitializer, <8 x float> %1182
  %1185 = getelementptr inbounds float, float* %0, i64 %1181
  %1186 = bitcast float* %1185 to <8 x float>*
  store <8 x float> %1184, <8 x float>* %1186, align 4
  %1187 = add i64 %1036, 376
  %1188 = fadd <8 x float> %1168, %1034
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !31

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1193 = icmp slt i64 %block56, 8
  br i1 %1193, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1194 = mul i64 %block56, 8
  %1195 = add i64 %524, %1194
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1196 = icmp slt i64 %row60, 6
  br i1 %1196, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1197 = mul i64 %row60, 6144
  %1198 = add i64 %1195, %1197
  %1199 = add i64 %1198, 0
  %1200 = getelementptr inbounds float, float* %2, i64 %1199
  %1201 = bitcast float* %1200 to <8 x float>*
  %1202 = load <8 x float>, <8 x float>* %1201, align 4
  %1203 = add i64 %1198, 1024
  %1204 = getelementptr inbounds float, float* %2, i64 %1203
  %1205 = bitcast float* %1204 to <8 x float>*
  %1206 = load <8 x float>, <8 x float>* %1205, align 4
  %1207 = add i64 %1198, 2048
  %1208 = getelementptr inbounds float, float* %2, i64 %1207
  %1209 = bitcast float* %1208 to <8 x float>*
  %1210 = load <8 x float>, <8 x float>* %1209, align 4
  %1211 = add i64 %1198, 3072
  %1212 = getelementptr inbounds float, float* %2, i64 %1211
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = add i64 %1198, 4096
  %1216 = getelementptr inbounds float, float* %2, i64 %1215
  %1217 = bitcast float* %1216 to <8 x float>*
  %1218 = load <8 x float>, <8 x float>* %1217, align 4
  %1219 = add i64 %1198, 5120
  %1220 = getelementptr inbounds float, float* %2, i64 %1219
  %1221 = bitcast float* %1220 to <8 x float>*
  %1222 = load <8 x float>, <8 x float>* %1221, align 4
  %1223 = fadd <8 x float> %1206, %1210
  %1224 = fsub <8 x float> %1206, %1210
  %1225 = fadd <8 x float> %1214, %1218
  %1226 = fsub <8 x float> %1214, %1218
  %1227 = fadd <8 x float> %1202, %1223
  %1228 = fadd <8 x float> %1227, %1225
  %1229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1226, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1224)
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1225, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1223)
  %1231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1226, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1224)
  %1232 = fadd <8 x float> %1231, %1222
  %1233 = mul i64 %row60, 32
  %1234 = add i64 %1233, 0
  %1235 = getelementptr inbounds float, float* %525, i64 %1234
  %1236 = bitcast float* %1235 to <8 x float>*
  store <8 x float> %1228, <8 x float>* %1236, align 4
  %1237 = mul i64 %row60, 32
  %1238 = add i64 %1237, 8
  %1239 = getelementptr inbounds float, float* %525, i64 %1238
  %1240 = bitcast float* %1239 to <8 x float>*
  store <8 x float> %1229, <8 x float>* %1240, align 4
  %1241 = mul i64 %row60, 32
  %1242 = add i64 %1241, 16
  %1243 = getelementptr inbounds float, float* %525, i64 %1242
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1230, <8 x float>* %1244, align 4
  %1245 = mul i64 %row60, 32
  %1246 = add i64 %1245, 24
  %1247 = getelementptr inbounds float, float* %525, i64 %1246
  %1248 = bitcast float* %1247 to <8 x float>*
  store <8 x float> %1232, <8 x float>* %1248, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !32

row.exit59:                                       ; preds = %row.header57
  %1249 = mul i64 %block56, 8
  %1250 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1249
  %1251 = bitcast float* %1250 to <8 x float>*
  %1252 = load <8 x float>, <8 x float>* %1251, align 4
  %1253 = mul i64 %block56, 1800
  %1254 = add i64 %522, %1253
  %1255 = getelementptr inbounds float, float* %525, i64 0
  %1256 = bitcast float* %1255 to <8 x float>*
  %1257 = load <8 x float>, <8 x float>* %1256, align 4
  %1258 = getelementptr inbounds float, float* %525, i64 32
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = getelementptr inbounds float, float* %525, i64 64
  %1262 = bitcast float* %1261 to <8 x float>*
  %1263 = load <8 x float>, <8 x float>* %1262, align 4
  %1264 = getelementptr inbounds float, float* %525, i64 96
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = getelementptr inbounds float, float* %525, i64 128
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = getelementptr inbounds float, float* %525, i64 160
  %1271 = bitcast float* %1270 to <8 x float>*
  %1272 = load <8 x float>, <8 x float>* %1271, align 4
  %1273 = fadd <8 x float> %1260, %1263
  %1274 = fsub <8 x float> %1260, %1263
  %1275 = fadd <8 x float> %1266, %1269
  %1276 = fsub <8 x float> %1266, %1269
  %1277 = fadd <8 x float> %1257, %1273
  %1278 = fadd <8 x float> %1277, %1275
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1274)
  %1280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1275, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1273)
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1274)
  %1282 = fadd <8 x float> %1281, %1272
  %1283 = add i64 %1254, 0
  %1284 = fadd <8 x float> %1278, %1252
  %1285 = fcmp olt <8 x float> %1284, zeroinitializer
  %1286 = select <8 x i1> %1285, <8 x float> zeroinitializer, <8 x float> %1284
  %1287 = getelementptr inbounds float, float* %0, i64 %1283
  %1288 = bitcast float* %1287 to <8 x float>*
  store <8 x float> %1286, <8 x float>* %1288, align 4
  %1289 = add i64 %1254, 120
  %1290 = fadd <8 x float> %1279, %1252
  %1291 = fcmp olt <8 x float> %1290, zeroinitializer
  %1292 = select <8 x i1> %1291, <8 x float> zeroinitializer, <8 x float> %1290
  %1293 = getelementptr inbounds float, float* %0, i64 %1289
  %1294 = bitcast float* %1293 to <8 x float>*
  store <8 x float> %1292, <8 x float>* %1294, align 4
  %1295 = add i64 %1254, 240
  %1296 = fadd <8 x float> %1280, %1252
  %1297 = fcmp olt <8 x float> %1296, zeroinitializer
  %1298 = select <8 x i1> %1297, <8 x float> zeroinitializer, <8 x float> %1296
  %1299 = getelementptr inbounds float, float* %0, i64 %1295
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1298, <8 x float>* %1300, align 4
  %1301 = add i64 %1254, 360
  %1302 = fadd <8 x float> %1282, %1252
  %1303 = fcmp olt <8 x float> %1302, zeroinitializer
  %1304 = select <8 x i1> %1303, <8 x float> zeroinitializer, <8 x float> %1302
  %1305 = getelementptr inbounds float, float* %0, i64 %1301
  %1306 = bitcast float* %1305 to <8 x float>*
  store <8 x float> %1304, <8 x float>* %1306, align 4
  %1307 = getelementptr inbounds float, float* %525, i64 8
  %1308 = bitcast float* %1307 to <8 x float>*
  %1309 = load <8 x float>, <8 x float>* %1308, align 4
  %1310 = getelementptr inbounds float, float* %525, i64 40
  %1311 = bitcast float* %1310 to <8 x float>*
  %1312 = load <8 x float>, <8 x float>* %1311, align 4
  %1313 = getelementptr inbounds float, float* %525, i64 72
  %1314 = bitcast float* %1313 to <8 x float>*
  %1315 = load <8 x float>, <8 x float>* %1314, align 4
  %1316 = getelementptr inbounds float, float* %525, i64 104
  %1317 = bitcast float* %1316 to <8 x float>*
  %1318 = load <8 x float>, <8 x float>* %1317, align 4
  %1319 = getelementptr inbounds float, float* %525, i64 136
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  %1322 = getelementptr inbounds float, float* %525, i64 168
  %1323 = bitcast float* %1322 to <8 x float>*
  %1324 = load <8 x float>, <8 x float>* %1323, align 4
  %1325 = fadd <8 x float> %1312, %1315
  %1326 = fsub <8 x float> %1312, %1315
  %1327 = fadd <8 x float> %1318, %1321
  %1328 = fsub <8 x float> %1318, %1321
  %1329 = fadd <8 x float> %1309, %1325
  %1330 = fadd <8 x float> %1329, %1327
  %1331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1326)
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1327, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1325)
  %1333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1326)
  %1334 = fadd <8 x float> %1333, %1324
  %1335 = add i64 %1254, 8
  %1336 = fadd <8 x float> %1330, %1252
  %1337 = fcmp olt <8 x float> %1336, zeroinitializer
  %1338 = select <8 x i1> %1337, <8 x float> zeroinitializer, <8 x float> %1336
  %1339 = getelementptr inbounds float, float* %0, i64 %1335
  %1340 = bitcast float* %1339 to <8 x float>*
  store <8 x float> %1338, <8 x float>* %1340, align 4
  %1341 = add i64 %1254, 128
  %1342 = fadd <8 x float> %1331, %1252
  %1343 = fcmp olt <8 x float> %1342, zeroinitializer
  %1344 = select <8 x i1> %1343, <8 x float> zeroinitializer, <8 x float> %1342
  %1345 = getelementptr inbounds float, float* %0, i64 %1341
  %1346 = bitcast float* %1345 to <8 x float>*
  store <8 x float> %1344, <8 x float>* %1346, align 4
  %1347 = add i64 %1254, 248
  %1348 = fadd <8 x float> %1332, %1252
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = getelementptr inbounds float, float* %0, i64 %1347
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  %1353 = add i64 %1254, 368
  %1354 = fadd <8 x float> %1334, %1252
  %1355 = fcmp olt <8 x float> %1354, zeroinitializer
  %1356 = select <8 x i1> %1355, <8 x float> zeroinitializer, <8 x float> %1354
  %1357 = getelementptr inbounds float, float* %0, i64 %1353
  %1358 = bitcast float* %1357 to <8 x float>*
  store <8 x float> %1356, <8 x float>* %1358, align 4
  %1359 = getelementptr inbounds float, float* %525, i64 16
  %1360 = bitcast float* %1359 to <8 x float>*
  %1361 = load <8 x float>, <8 x float>* %1360, align 4
  %1362 = getelementptr inbounds float, float* %525, i64 48
  %1363 = bitcast float* %1362 to <8 x float>*
  %1364 = load <8 x float>, <8 x float>* %1363, align 4
  %1365 = getelementptr inbounds float, float* %525, i64 80
  %1366 = bitcast float* %1365 to <8 x float>*
  %1367 = load <8 x float>, <8 x float>* %1366, align 4
  %1368 = getelementptr inbounds float, float* %525, i64 112
  %1369 = bitcast float* %1368 to <8 x float>*
  %1370 = load <8 x float>, <8 x float>* %1369, align 4
  %1371 = getelementptr inbounds float, float* %525, i64 144
  %1372 = bitcast float* %1371 to <8 x float>*
  %1373 = load <8 x float>, <8 x float>* %1372, align 4
  %1374 = getelementptr inbounds float, float* %525, i64 176
  %1375 = bitcast float* %1374 to <8 x float>*
  %1376 = load <8 x float>, <8 x float>* %1375, align 4
  %1377 = fadd <8 x float> %1364, %1367
  %1378 = fsub <8 x float> %1364, %1367
  %1379 = fadd <8 x float> %1370, %1373
  %1380 = fsub <8 x float> %1370, %1373
  %1381 = fadd <8 x float> %1361, %1377
  %1382 = fadd <8 x float> %1381, %1379
  %1383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1378)
  %1384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1379, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1377)
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1378)
  %1386 = fadd <8 x float> %1385, %1376
  %1387 = add i64 %1254, 16
  %1388 = fadd <8 x float> %1382, %1252
  %1389 = fcmp olt <8 x float> %1388, zeroinitializer
  %1390 = select <8 x i1> %1389, <8 x float> zeroinitializer, <8 x float> %1388
  %1391 = getelementptr inbounds float, float* %0, i64 %1387
  %1392 = bitcast float* %1391 to <8 x float>*
  store <8 x float> %1390, <8 x float>* %1392, align 4
  %1393 = add i64 %1254, 136
  %1394 = fadd <8 x float> %1383, %1252
  %1395 = fcmp olt <8 x float> %1394, zeroinitializer
  %1396 = select <8 x i1> %1395, <8 x float> zeroinitializer, <8 x float> %1394
  %1397 = getelementptr inbounds float, float* %0, i64 %1393
  %1398 = bitcast float* %1397 to <8 x float>*
  store <8 x float> %1396, <8 x float>* %1398, align 4
  %1399 = add i64 %1254, 256
  %1400 = fadd <8 x float> %1384, %1252
  %1401 = fcmp olt <8 x float> %1400, zeroinitializer
  %1402 = select <8 x i1> %1401, <8 x float> zeroinitializer, <8 x float> %1400
  %1403 = getelementptr inbounds float, float* %0, i64 %1399
  %1404 = bitcast float* %1403 to <8 x float>*
  store <8 x float> %1402, <8 x float>* %1404, align 4
  %1405 = add i64 %1254, 376
  %1406 = fadd <8 x float> %1386, %1252
  %1407 = fcmp olt <8 x float> %1406, zeroinitializer
  %1408 = select <8 x i1> %1407, <8 x float> zeroinitializer, <8 x float> %1406
  %1409 = getelementptr inbounds float, float* %0, i64 %1405
  %1410 = bitcast float* %1409 to <8 x float>*
  store <8 x float> %1408, <8 x float>* %1410, align 4
  %1411 = getelementptr inbounds float, float* %525, i64 24
  %1412 = bitcast float* %1411 to <8 x float>*
  %1413 = load <8 x float>, <8 x float>* %1412, align 4
  %1414 = getelementptr inbounds float, float* %525, i64 56
  %1415 = bitcast float* %1414 to <8 x float>*
  %1416 = load <8 x float>, <8 x float>* %1415, align 4
  %1417 = getelementptr inbounds float, float* %525, i64 88
  %1418 = bitcast float* %1417 to <8 x float>*
  %1419 = load <8 x float>, <8 x float>* %1418, align 4
  %1420 = getelementptr inbounds float, float* %525, i64 120
  %1421 = bitcast float* %1420 to <8 x float>*
  %1422 = load <8 x float>, <8 x float>* %1421, align 4
  %1423 = getelementptr inbounds float, float* %525, i64 152
  %1424 = bitcast float* %1423 to <8 x float>*
  %1425 = load <8 x float>, <8 x float>* %1424, align 4
  %1426 = getelementptr inbounds float, float* %525, i64 184
  %1427 = bitcast float* %1426 to <8 x float>*
  %1428 = load <8 x float>, <8 x float>* %1427, align 4
  %1429 = fadd <8 x float> %1416, %1419
  %1430 = fsub <8 x float> %1416, %1419
  %1431 = fadd <8 x float> %1422, %1425
  %1432 = fsub <8 x float> %1422, %1425
  %1433 = fadd <8 x float> %1413, %1429
  %1434 = fadd <8 x float> %1433, %1431
  %1435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1432, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1430)
  %1436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1429)
  %1437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1432, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1430)
  %1438 = fadd <8 x float> %1437, %1428
  %1439 = add i64 %1254, 24
  %1440 = fadd <8 x float> %1434, %1252
  %1441 = fcmp olt <8 x float> %1440, zeroinitializer
  %1442 = select <8 x i1> %1441, <8 x float> zeroinitializer, <8 x float> %1440
  %1443 = getelementptr inbounds float, float* %0, i64 %1439
  %1444 = bitcast float* %1443 to <8 x float>*
  store <8 x float> %1442, <8 x float>* %1444, align 4
  %1445 = add i64 %1254, 144
  %1446 = fadd <8 x float> %1435, %1252
  %1447 = fcmp olt <8 x float> %1446, zeroinitializer
  %1448 = select <8 x i1> %1447, <8 x float> zeroinitializer, <8 x float> %1446
  %1449 = getelementptr inbounds float, float* %0, i64 %1445
  %1450 = bitcast float* %1449 to <8 x float>*
  store <8 x float> %1448, <8 x float>* %1450, align 4
  %1451 = add i64 %1254, 264
  %1452 = fadd <8 x float> %1436, %1252
  %1453 = fcmp olt <8 x float> %1452, zeroinitializer
  %1454 = select <8 x i1> %1453, <8 x float> zeroinitializer, <8 x float> %1452
  %1455 = getelementptr inbounds float, float* %0, i64 %1451
  %1456 = bitcast float* %1455 to <8 x float>*
  store <8 x float> %1454, <8 x float>* %1456, align 4
  %1457 = add i64 %1254, 384
  %1458 = fadd <8 x float> %1438, %1252
  %1459 = fcmp olt <8 x float> %1458, zeroinitializer
  %1460 = select <8 x i1> %1459, <8 x float> zeroinitializer, <8 x float> %1458
  %1461 = getelementptr inbounds float, float* %0, i64 %1457
  %1462 = bitcast float* %1461 to <8 x float>*
  store <8 x float> %1460, <8 x float>* %1462, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !33
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
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  %7 = srem i64 %task, 18
  %8 = sub i64 %7, 0
  %9 = sdiv i64 %task, 18
  %10 = mul i64 %task, 144
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
  %19 = getelementptr inbounds float, float* %11, i64 0
  %20 = bitcast float* %19 to i8*
  %21 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %20, i8* align 4 %21, i64 480, i1 false)
  %22 = getelementptr inbounds float, float* %11, i64 120
  %23 = bitcast float* %22 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %23, i8 0, i64 96, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %24 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 576, i1 false)
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
  %19 = add i64 144, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 144
  %23 = select i1 %22, i64 %21, i64 144
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 144
  %26 = select i1 %25, i64 %24, i64 144
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca [192 x float], align 4
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
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 16
  %30 = sub i64 16, %29
  %31 = icmp slt i64 16, %30
  %32 = select i1 %31, i64 16, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 4
  %45 = sdiv i64 %43, 4
  %46 = srem i64 %45, 4
  %47 = sdiv i64 %43, 16
  %48 = mul i64 %47, 8
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 64
  %56 = add i64 20736, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 432, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 432
  %63 = select i1 %62, i64 %61, i64 432
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 432
  %66 = select i1 %65, i64 %64, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 8
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 2592
  %69 = add i64 %54, %68
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !34

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 144
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 288
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 432
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 576
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 720
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !35

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 6144
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 1024
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 2048
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 3072
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 4096
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 5120
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !36

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !37

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 12
  %205 = mul i64 %204, 1024
  %206 = add i64 20736, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 4096
  %209 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_4.winograd to float*), i64 %208
  %210 = mul i64 %204, 1024
  %211 = add i64 57600, %210
  %212 = srem i64 %task, 12
  %213 = sdiv i64 %212, 4
  %214 = srem i64 %212, 4
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 1024
  %218 = icmp eq i64 %213, 2
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
  br label %tile.header15

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !38

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %228 = icmp slt i64 %k, 64
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 64
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 64
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 64
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 64
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 64
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 64
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 64
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 64
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 64
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 64
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 64
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 64
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 64
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 64
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 64
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 64
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 64
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 64
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 64
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 64
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 64
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 64
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 64
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 64
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 64
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 64
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 64
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 64
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 64
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 64
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 64
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next63, %endif21 ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 4
  %513 = sdiv i64 %511, 4
  %514 = srem i64 %513, 4
  %515 = sdiv i64 %511, 16
  %516 = mul i64 %515, 8
  %517 = mul i64 %516, 1352
  %518 = mul i64 %514, 52
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 64
  %524 = add i64 57600, %523
  %525 = bitcast [192 x float]* %6 to float*
  %526 = icmp eq i64 %514, 3
  br i1 %526, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !39

then19:                                           ; preds = %tile.body16
  %527 = icmp eq i64 %512, 3
  br i1 %527, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %528 = icmp eq i64 %512, 3
  br i1 %528, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !40

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %529 = icmp slt i64 %block, 8
  br i1 %529, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %530 = mul i64 %block, 8
  %531 = add i64 %524, %530
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %532 = icmp slt i64 %row28, 6
  br i1 %532, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %533 = mul i64 %row28, 6144
  %534 = add i64 %531, %533
  %535 = add i64 %534, 0
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %534, 1024
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %534, 2048
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %534, 3072
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %534, 4096
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %534, 5120
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = fadd <8 x float> %542, %546
  %560 = fsub <8 x float> %542, %546
  %561 = fadd <8 x float> %550, %554
  %562 = fsub <8 x float> %550, %554
  %563 = fadd <8 x float> %538, %559
  %564 = fadd <8 x float> %563, %561
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %560)
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %559)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %560)
  %568 = fadd <8 x float> %567, %558
  %569 = mul i64 %row28, 32
  %570 = add i64 %569, 0
  %571 = getelementptr inbounds float, float* %525, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %564, <8 x float>* %572, align 4
  %573 = mul i64 %row28, 32
  %574 = add i64 %573, 8
  %575 = getelementptr inbounds float, float* %525, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  store <8 x float> %565, <8 x float>* %576, align 4
  %577 = mul i64 %row28, 32
  %578 = add i64 %577, 16
  %579 = getelementptr inbounds float, float* %525, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %566, <8 x float>* %580, align 4
  %581 = mul i64 %row28, 32
  %582 = add i64 %581, 24
  %583 = getelementptr inbounds float, float* %525, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  store <8 x float> %568, <8 x float>* %584, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !41

row.exit27:                                       ; preds = %row.header25
  %585 = mul i64 %block, 8
  %586 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = mul i64 %block, 1352
  %590 = add i64 %522, %589
  %591 = getelementptr inbounds float, float* %525, i64 0
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 32
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 64
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 96
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 128
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %525, i64 160
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = fadd <8 x float> %596, %599
  %610 = fsub <8 x float> %596, %599
  %611 = fadd <8 x float> %602, %605
  %612 = fsub <8 x float> %602, %605
  %613 = fadd <8 x float> %593, %609
  %614 = fadd <8 x float> %613, %611
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %610)
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %609)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %610)
  %618 = fadd <8 x float> %617, %608
  %619 = add i64 %590, 0
  %620 = fadd <8 x float> %614, %588
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %619
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !42

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %625 = icmp slt i64 %block33, 8
  br i1 %625, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %626 = mul i64 %block33, 8
  %627 = add i64 %524, %626
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %628 = icmp slt i64 %row37, 6
  br i1 %628, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %629 = mul i64 %row37, 6144
  %630 = add i64 %627, %629
  %631 = add i64 %630, 0
  %632 = getelementptr inbounds float, float* %2, i64 %631
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = add i64 %630, 1024
  %636 = getelementptr inbounds float, float* %2, i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = add i64 %630, 2048
  %640 = getelementptr inbounds float, float* %2, i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = add i64 %630, 3072
  %644 = getelementptr inbounds float, float* %2, i64 %643
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = add i64 %630, 4096
  %648 = getelementptr inbounds float, float* %2, i64 %647
  %649 = bitcast float* %648 to <8 x float>*
  %650 = load <8 x float>, <8 x float>* %649, align 4
  %651 = add i64 %630, 5120
  %652 = getelementptr inbounds float, float* %2, i64 %651
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = fadd <8 x float> %638, %642
  %656 = fsub <8 x float> %638, %642
  %657 = fadd <8 x float> %646, %650
  %658 = fsub <8 x float> %646, %650
  %659 = fadd <8 x float> %634, %655
  %660 = fadd <8 x float> %659, %657
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %656)
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %655)
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %656)
  %664 = fadd <8 x float> %663, %654
  %665 = mul i64 %row37, 32
  %666 = add i64 %665, 0
  %667 = getelementptr inbounds float, float* %525, i64 %666
  %668 = bitcast float* %667 to <8 x float>*
  store <8 x float> %660, <8 x float>* %668, align 4
  %669 = mul i64 %row37, 32
  %670 = add i64 %669, 8
  %671 = getelementptr inbounds float, float* %525, i64 %670
  %672 = bitcast float* %671 to <8 x float>*
  store <8 x float> %661, <8 x float>* %672, align 4
  %673 = mul i64 %row37, 32
  %674 = add i64 %673, 16
  %675 = getelementptr inbounds float, float* %525, i64 %674
  %676 = bitcast float* %675 to <8 x float>*
  store <8 x float> %662, <8 x float>* %676, align 4
  %677 = mul i64 %row37, 32
  %678 = add i64 %677, 24
  %679 = getelementptr inbounds float, float* %525, i64 %678
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %664, <8 x float>* %680, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !43

row.exit36:                                       ; preds = %row.header34
  %681 = mul i64 %block33, 8
  %682 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = mul i64 %block33, 1352
  %686 = add i64 %522, %685
  %687 = getelementptr inbounds float, float* %525, i64 0
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = getelementptr inbounds float, float* %525, i64 32
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = getelementptr inbounds float, float* %525, i64 64
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = getelementptr inbounds float, float* %525, i64 96
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = getelementptr inbounds float, float* %525, i64 128
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = getelementptr inbounds float, float* %525, i64 160
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = fadd <8 x float> %692, %695
  %706 = fsub <8 x float> %692, %695
  %707 = fadd <8 x float> %698, %701
  %708 = fsub <8 x float> %698, %701
  %709 = fadd <8 x float> %689, %705
  %710 = fadd <8 x float> %709, %707
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %708, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %706)
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %705)
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %708, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %706)
  %714 = fadd <8 x float> %713, %704
  %715 = add i64 %686, 0
  %716 = fadd <8 x float> %710, %684
  %717 = fcmp olt <8 x float> %716, zeroinitializer
  %718 = select <8 x i1> %717, <8 x float> zeroinitializer, <8 x float> %716
  %719 = getelementptr inbounds float, float* %0, i64 %715
  %720 = bitcast float* %719 to <8 x float>*
  store <8 x float> %718, <8 x float>* %720, align 4
  %721 = getelementptr inbounds float, float* %525, i64 8
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = getelementptr inbounds float, float* %525, i64 40
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = getelementptr inbounds float, float* %525, i64 72
  %728 = bitcast float* %727 to <8 x float>*
  %729 = load <8 x float>, <8 x float>* %728, align 4
  %730 = getelementptr inbounds float, float* %525, i64 104
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = getelementptr inbounds float, float* %525, i64 136
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = getelementptr inbounds float, float* %525, i64 168
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = fadd <8 x float> %726, %729
  %740 = fsub <8 x float> %726, %729
  %741 = fadd <8 x float> %732, %735
  %742 = fsub <8 x float> %732, %735
  %743 = fadd <8 x float> %723, %739
  %744 = fadd <8 x float> %743, %741
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %740)
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %739)
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %740)
  %748 = fadd <8 x float> %747, %738
  %749 = add i64 %686, 8
  %750 = fadd <8 x float> %744, %684
  %751 = fcmp olt <8 x float> %750, zeroinitializer
  %752 = select <8 x i1> %751, <8 x float> zeroinitializer, <8 x float> %750
  %753 = getelementptr inbounds float, float* %0, i64 %749
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %752, <8 x float>* %754, align 4
  %755 = getelementptr inbounds float, float* %525, i64 16
  %756 = bitcast float* %755 to <8 x float>*
  %757 = load <8 x float>, <8 x float>* %756, align 4
  %758 = getelementptr inbounds float, float* %525, i64 48
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = getelementptr inbounds float, float* %525, i64 80
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = getelementptr inbounds float, float* %525, i64 112
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = getelementptr inbounds float, float* %525, i64 144
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = getelementptr inbounds float, float* %525, i64 176
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = fadd <8 x float> %760, %763
  %774 = fsub <8 x float> %760, %763
  %775 = fadd <8 x float> %766, %769
  %776 = fsub <8 x float> %766, %769
  %777 = fadd <8 x float> %757, %773
  %778 = fadd <8 x float> %777, %775
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %774)
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %773)
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %774)
  %782 = fadd <8 x float> %781, %772
  %783 = add i64 %686, 16
  %784 = fadd <8 x float> %778, %684
  %785 = fcmp olt <8 x float> %784, zeroinitializer
  %786 = select <8 x i1> %785, <8 x float> zeroinitializer, <8 x float> %784
  %787 = getelementptr inbounds float, float* %0, i64 %783
  %788 = bitcast float* %787 to <8 x float>*
  store <8 x float> %786, <8 x float>* %788, align 4
  %789 = getelementptr inbounds float, float* %525, i64 24
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = getelementptr inbounds float, float* %525, i64 56
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = getelementptr inbounds float, float* %525, i64 88
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = getelementptr inbounds float, float* %525, i64 120
  %799 = bitcast float* %798 to <8 x float>*
  %800 = load <8 x float>, <8 x float>* %799, align 4
  %801 = getelementptr inbounds float, float* %525, i64 152
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = getelementptr inbounds float, float* %525, i64 184
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = fadd <8 x float> %794, %797
  %808 = fsub <8 x float> %794, %797
  %809 = fadd <8 x float> %800, %803
  %810 = fsub <8 x float> %800, %803
  %811 = fadd <8 x float> %791, %807
  %812 = fadd <8 x float> %811, %809
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %810, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %808)
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %809, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %807)
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %810, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %808)
  %816 = fadd <8 x float> %815, %806
  %817 = add i64 %686, 24
  %818 = fadd <8 x float> %812, %684
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = getelementptr inbounds float, float* %0, i64 %817
  %822 = bitcast float* %821 to <8 x float>*
  store <8 x float> %820, <8 x float>* %822, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !44

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %823 = icmp slt i64 %block46, 8
  br i1 %823, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %824 = mul i64 %block46, 8
  %825 = add i64 %524, %824
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %826 = icmp slt i64 %row50, 6
  br i1 %826, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %827 = mul i64 %row50, 6144
  %828 = add i64 %825, %827
  %829 = add i64 %828, 0
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = bitcast float* %830 to <8 x float>*
  %832 = load <8 x float>, <8 x float>* %831, align 4
  %833 = add i64 %828, 1024
  %834 = getelementptr inbounds float, float* %2, i64 %833
  %835 = bitcast float* %834 to <8 x float>*
  %836 = load <8 x float>, <8 x float>* %835, align 4
  %837 = add i64 %828, 2048
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %828, 3072
  %842 = getelementptr inbounds float, float* %2, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = add i64 %828, 4096
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = add i64 %828, 5120
  %850 = getelementptr inbounds float, float* %2, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = fadd <8 x float> %836, %840
  %854 = fsub <8 x float> %836, %840
  %855 = fadd <8 x float> %844, %848
  %856 = fsub <8 x float> %844, %848
  %857 = fadd <8 x float> %832, %853
  %858 = fadd <8 x float> %857, %855
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %854)
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %853)
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %854)
  %862 = fadd <8 x float> %861, %852
  %863 = mul i64 %row50, 32
  %864 = add i64 %863, 0
  %865 = getelementptr inbounds float, float* %525, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %858, <8 x float>* %866, align 4
  %867 = mul i64 %row50, 32
  %868 = add i64 %867, 8
  %869 = getelementptr inbounds float, float* %525, i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %859, <8 x float>* %870, align 4
  %871 = mul i64 %row50, 32
  %872 = add i64 %871, 16
  %873 = getelementptr inbounds float, float* %525, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  store <8 x float> %860, <8 x float>* %874, align 4
  %875 = mul i64 %row50, 32
  %876 = add i64 %875, 24
  %877 = getelementptr inbounds float, float* %525, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  store <8 x float> %862, <8 x float>* %878, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !45

row.exit49:                                       ; preds = %row.header47
  %879 = mul i64 %block46, 8
  %880 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = mul i64 %block46, 1352
  %884 = add i64 %522, %883
  %885 = getelementptr inbounds float, float* %525, i64 0
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = getelementptr inbounds float, float* %525, i64 32
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = getelementptr inbounds float, float* %525, i64 64
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = getelementptr inbounds float, float* %525, i64 96
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = getelementptr inbounds float, float* %525, i64 128
  %898 = bitcast float* %897 to <8 x float>*
  %899 = load <8 x float>, <8 x float>* %898, align 4
  %900 = getelementptr inbounds float, float* %525, i64 160
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = fadd <8 x float> %890, %893
  %904 = fsub <8 x float> %890, %893
  %905 = fadd <8 x float> %896, %899
  %906 = fsub <8 x float> %896, %899
  %907 = fadd <8 x float> %887, %903
  %908 = fadd <8 x float> %907, %905
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %906, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %904)
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %903)
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %906, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %904)
  %912 = fadd <8 x float> %911, %902
  %913 = add i64 %884, 0
  %914 = fadd <8 x float> %908, %882
  %915 = fcmp olt <8 x float> %914, zeroinitializer
  %916 = select <8 x i1> %915, <8 x float> zeroinitializer, <8 x float> %914
  %917 = getelementptr inbounds float, float* %0, i64 %913
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %916, <8 x float>* %918, align 4
  %919 = add i64 %884, 104
  %920 = fadd <8 x float> %909, %882
  %921 = fcmp olt <8 x float> %920, zeroinitializer
  %922 = select <8 x i1> %921, <8 x float> zeroinitializer, <8 x float> %920
  %923 = getelementptr inbounds float, float* %0, i64 %919
  %924 = bitcast float* %923 to <8 x float>*
  store <8 x float> %922, <8 x float>* %924, align 4
  %925 = add i64 %884, 208
  %926 = fadd <8 x float> %910, %882
  %927 = fcmp olt <8 x float> %926, zeroinitializer
  %928 = select <8 x i1> %927, <8 x float> zeroinitializer, <8 x float> %926
  %929 = getelementptr inbounds float, float* %0, i64 %925
  %930 = bitcast float* %929 to <8 x float>*
  store <8 x float> %928, <8 x float>* %930, align 4
  %931 = add i64 %884, 312
  %932 = fadd <8 x float> %912, %882
  %933 = fcmp olt <8 x float> %932, zeroinitializer
  %934 = select <8 x i1> %933, <8 x float> zeroinitializer, <8 x float> %932
  %935 = getelementptr inbounds float, float* %0, i64 %931
  %936 = bitcast float* %935 to <8 x float>*
  store <8 x float> %934, <8 x float>* %936, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !46

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %937 = icmp slt i64 %block56, 8
  br i1 %937, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %938 = mul i64 %block56, 8
  %939 = add i64 %524, %938
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %940 = icmp slt i64 %row60, 6
  br i1 %940, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %941 = mul i64 %row60, 6144
  %942 = add i64 %939, %941
  %943 = add i64 %942, 0
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %942, 1024
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = bitcast float* %948 to <8 x float>*
  %950 = load <8 x float>, <8 x float>* %949, align 4
  %951 = add i64 %942, 2048
  %952 = getelementptr inbounds float, float* %2, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %942, 3072
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = add i64 %942, 4096
  %960 = getelementptr inbounds float, float* %2, i64 %959
  %961 = bitcast float* %960 to <8 x float>*
  %962 = load <8 x float>, <8 x float>* %961, align 4
  %963 = add i64 %942, 5120
  %964 = getelementptr inbounds float, float* %2, i64 %963
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = fadd <8 x float> %950, %954
  %968 = fsub <8 x float> %950, %954
  %969 = fadd <8 x float> %958, %962
  %970 = fsub <8 x float> %958, %962
  %971 = fadd <8 x float> %946, %967
  %972 = fadd <8 x float> %971, %969
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %968)
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %969, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %967)
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %968)
  %976 = fadd <8 x float> %975, %966
  %977 = mul i64 %row60, 32
  %978 = add i64 %977, 0
  %979 = getelementptr inbounds float, float* %525, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  store <8 x float> %972, <8 x float>* %980, align 4
  %981 = mul i64 %row60, 32
  %982 = add i64 %981, 8
  %983 = getelementptr inbounds float, float* %525, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  store <8 x float> %973, <8 x float>* %984, align 4
  %985 = mul i64 %row60, 32
  %986 = add i64 %985, 16
  %987 = getelementptr inbounds float, float* %525, i64 %986
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %974, <8 x float>* %988, align 4
  %989 = mul i64 %row60, 32
  %990 = add i64 %989, 24
  %991 = getelementptr inbounds float, float* %525, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  store <8 x float> %976, <8 x float>* %992, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !47

row.exit59:                                       ; preds = %row.header57
  %993 = mul i64 %block56, 8
  %994 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = mul i64 %block56, 1352
  %998 = add i64 %522, %997
  %999 = getelementptr inbounds float, float* %525, i64 0
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = getelementptr inbounds float, float* %525, i64 32
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = getelementptr inbounds float, float* %525, i64 64
  %1006 = bitcast float* %1005 to <8 x float>*
  %1007 = load <8 x float>, <8 x float>* %1006, align 4
  %1008 = getelementptr inbounds float, float* %525, i64 96
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = getelementptr inbounds float, float* %525, i64 128
  %1012 = bitcast float* %1011 to <8 x float>*
  %1013 = load <8 x float>, <8 x float>* %1012, align 4
  %1014 = getelementptr inbounds float, float* %525, i64 160
  %1015 = bitcast float* %1014 to <8 x float>*
  %1016 = load <8 x float>, <8 x float>* %1015, align 4
  %1017 = fadd <8 x float> %1004, %1007
  %1018 = fsub <8 x float> %1004, %1007
  %1019 = fadd <8 x float> %1010, %1013
  %1020 = fsub <8 x float> %1010, %1013
  %1021 = fadd <8 x float> %1001, %1017
  %1022 = fadd <8 x float> %1021, %1019
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1018)
  %1024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1019, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1017)
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1018)
  %1026 = fadd <8 x float> %1025, %1016
  %1027 = add i64 %998, 0
  %1028 = fadd <8 x float> %1022, %996
  %1029 = fcmp olt <8 x float> %1028, zeroinitializer
  %1030 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> %1028
  %1031 = getelementptr inbounds float, float* %0, i64 %1027
  %1032 = bitcast float* %1031 to <8 x float>*
  store <8 x float> %1030, <8 x float>* %1032, align 4
  %1033 = add i64 %998, 104
  %1034 = fadd <8 x float> %1023, %996
  %1035 = fcmp olt <8 x float> %1034, zeroinitializer
  %1036 = select <8 x i1> %1035, <8 x float> zeroinitializer, <8 x float> %1034
  %1037 = getelementptr inbounds float, float* %0, i64 %1033
  %1038 = bitcast float* %1037 to <8 x float>*
  store <8 x float> %1036, <8 x float>* %1038, align 4
  %1039 = add i64 %998, 208
  %1040 = fadd <8 x float> %1024, %996
  %1041 = fcmp olt <8 x float> %1040, zeroinitializer
  %1042 = select <8 x i1> %1041, <8 x float> zeroinitializer, <8 x float> %1040
  %1043 = getelementptr inbounds float, float* %0, i64 %1039
  %1044 = bitcast float* %1043 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1044, align 4
  %1045 = add i64 %998, 312
  %1046 = fadd <8 x float> %1026, %996
  %1047 = fcmp olt <8 x float> %1046, zeroinitializer
  %1048 = select <8 x i1> %1047, <8 x float> zeroinitializer, <8 x float> %1046
  %1049 = getelementptr inbounds float, float* %0, i64 %1045
  %1050 = bitcast float* %1049 to <8 x float>*
  store <8 x float> %1048, <8 x float>* %1050, align 4
  %1051 = getelementptr inbounds float, float* %525, i64 8
  %1052 = bitcast float* %1051 to <8 x float>*
  %1053 = load <8 x float>, <8 x float>* %1052, align 4
  %1054 = getelementptr inbounds float, float* %525, i64 40
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  %1057 = getelementptr inbounds float, float* %525, i64 72
  %1058 = bitcast float* %1057 to <8 x float>*
  %1059 = load <8 x float>, <8 x float>* %1058, align 4
  %1060 = getelementptr inbounds float, float* %525, i64 104
  %1061 = bitcast float* %1060 to <8 x float>*
  %1062 = load <8 x float>, <8 x float>* %1061, align 4
  %1063 = getelementptr inbounds float, float* %525, i64 136
  %1064 = bitcast float* %1063 to <8 x float>*
  %1065 = load <8 x float>, <8 x float>* %1064, align 4
  %1066 = getelementptr inbounds float, float* %525, i64 168
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = fadd <8 x float> %1056, %1059
  %1070 = fsub <8 x float> %1056, %1059
  %1071 = fadd <8 x float> %1062, %1065
  %1072 = fsub <8 x float> %1062, %1065
  %1073 = fadd <8 x float> %1053, %1069
  %1074 = fadd <8 x float> %1073, %1071
  %1075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1070)
  %1076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1071, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1069)
  %1077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1070)
  %1078 = fadd <8 x float> %1077, %1068
  %1079 = add i64 %998, 8
  %1080 = fadd <8 x float> %1074, %996
  %1081 = fcmp olt <8 x float> %1080, zeroinitializer
  %1082 = select <8 x i1> %1081, <8 x float> zeroinitializer, <8 x float> %1080
  %1083 = getelementptr inbounds float, float* %0, i64 %1079
  %1084 = bitcast float* %1083 to <8 x float>*
  store <8 x float> %1082, <8 x float>* %1084, align 4
  %1085 = add i64 %998, 112
  %1086 = fadd <8 x float> %1075, %996
  %1087 = fcmp olt <8 x float> %1086, zeroinitializer
  %1088 = select <8 x i1> %1087, <8 x float> zeroinitializer, <8 x float> %1086
  %1089 = getelementptr inbounds float, float* %0, i64 %1085
  %1090 = bitcast float* %1089 to <8 x float>*
  store <8 x float> %1088, <8 x float>* %1090, align 4
  %1091 = add i64 %998, 216
  %1092 = fadd <8 x float> %1076, %996
  %1093 = fcmp olt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> zeroinitializer, <8 x float> %1092
  %1095 = getelementptr inbounds float, float* %0, i64 %1091
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %1097 = add i64 %998, 320
  %1098 = fadd <8 x float> %1078, %996
  %1099 = fcmp olt <8 x float> %1098, zeroinitializer
  %1100 = select <8 x i1> %1099, <8 x float> zeroinitializer, <8 x float> %1098
  %1101 = getelementptr inbounds float, float* %0, i64 %1097
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1100, <8 x float>* %1102, align 4
  %1103 = getelementptr inbounds float, float* %525, i64 16
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = getelementptr inbounds float, float* %525, i64 48
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = getelementptr inbounds float, float* %525, i64 80
  %1110 = bitcast float* %1109 to <8 x float>*
  %1111 = load <8 x float>, <8 x float>* %1110, align 4
  %1112 = getelementptr inbounds float, float* %525, i64 112
  %1113 = bitcast float* %1112 to <8 x float>*
  %1114 = load <8 x float>, <8 x float>* %1113, align 4
  %1115 = getelementptr inbounds float, float* %525, i64 144
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = getelementptr inbounds float, float* %525, i64 176
  %1119 = bitcast float* %1118 to <8 x float>*
  %1120 = load <8 x float>, <8 x float>* %1119, align 4
  %1121 = fadd <8 x float> %1108, %1111
  %1122 = fsub <8 x float> %1108, %1111
  %1123 = fadd <8 x float> %1114, %1117
  %1124 = fsub <8 x float> %1114, %1117
  %1125 = fadd <8 x float> %1105, %1121
  %1126 = fadd <8 x float> %1125, %1123
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1124, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1122)
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1123, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1121)
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1124, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1122)
  %1130 = fadd <8 x float> %1129, %1120
  %1131 = add i64 %998, 16
  %1132 = fadd <8 x float> %1126, %996
  %1133 = fcmp olt <8 x float> %1132, zeroinitializer
  %1134 = select <8 x i1> %1133, <8 x float> zeroinitializer, <8 x float> %1132
  %1135 = getelementptr inbounds float, float* %0, i64 %1131
  %1136 = bitcast float* %1135 to <8 x float>*
  store <8 x float> %1134, <8 x float>* %1136, align 4
  %1137 = add i64 %998, 120
  %1138 = fadd <8 x float> %1127, %996
  %1139 = fcmp olt <8 x float> %1138, zeroinitializer
  %1140 = select <8 x i1> %1139, <8 x float> zeroinitializer, <8 x float> %1138
  %1141 = getelementptr inbounds float, float* %0, i64 %1137
  %1142 = bitcast float* %1141 to <8 x float>*
  store <8 x float> %1140, <8 x float>* %1142, align 4
  %1143 = add i64 %998, 224
  %1144 = fadd <8 x float> %1128, %996
  %1145 = fcmp olt <8 x float> %1144, zeroinitializer
  %1146 = select <8 x i1> %1145, <8 x float> zeroinitializer, <8 x float> %1144
  %1147 = getelementptr inbounds float, float* %0, i64 %1143
  %1148 = bitcast float* %1147 to <8 x float>*
  store <8 x float> %1146, <8 x float>* %1148, align 4
  %1149 = add i64 %998, 328
  %1150 = fadd <8 x float> %1130, %996
  %1151 = fcmp olt <8 x float> %1150, zeroinitializer
  %1152 = select <8 x i1> %1151, <8 x float> zeroinitializer, <8 x float> %1150
  %1153 = getelementptr inbounds float, float* %0, i64 %1149
  %1154 = bitcast float* %1153 to <8 x float>*
  store <8 x float> %1152, <8 x float>* %1154, align 4
  %1155 = getelementptr inbounds float, float* %525, i64 24
  %1156 = bitcast float* %1155 to <8 x float>*
  %1157 = load <8 x float>, <8 x float>* %1156, align 4
  %1158 = getelementptr inbounds float, float* %525, i64 56
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = getelementptr inbounds float, float* %525, i64 88
  %1162 = bitcast float* %1161 to <8 x float>*
  %1163 = load <8 x float>, <8 x float>* %1162, align 4
  %1164 = getelementptr inbounds float, float* %525, i64 120
  %1165 = bitcast float* %1164 to <8 x float>*
  %1166 = load <8 x float>, <8 x float>* %1165, align 4
  %1167 = getelementptr inbounds float, float* %525, i64 152
  %1168 = bitcast float* %1167 to <8 x float>*
  %1169 = load <8 x float>, <8 x float>* %1168, align 4
  %1170 = getelementptr inbounds float, float* %525, i64 184
  %1171 = bitcast float* %1170 to <8 x float>*
  %1172 = load <8 x float>, <8 x float>* %1171, align 4
  %1173 = fadd <8 x float> %1160, %1163
  %1174 = fsub <8 x float> %1160, %1163
  %1175 = fadd <8 x float> %1166, %1169
  %1176 = fsub <8 x float> %1166, %1169
  %1177 = fadd <8 x float> %1157, %1173
  %1178 = fadd <8 x float> %1177, %1175
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1174)
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1173)
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1174)
  %1182 = fadd <8 x float> %1181, %1172
  %1183 = add i64 %998, 24
  %1184 = fadd <8 x float> %1178, %996
  %1185 = fcmp olt <8 x float> %1184, zeroinitializer
  %1186 = select <8 x i1> %1185, <8 x float> zeroinitializer, <8 x float> %1184
  %1187 = getelementptr inbounds float, float* %0, i64 %1183
  %1188 = bitcast float* %1187 to <8 x float>*
  store <8 x float> %1186, <8 x float>* %1188, align 4
  %1189 = add i64 %998, 128
  %1190 = fadd <8 x float> %1179, %996
  %1191 = fcmp olt <8 x float> %1190, zeroinitializer
  %1192 = select <8 x i1> %1191, <8 x float> zeroinitializer, <8 x float> %1190
  %1193 = getelementptr inbounds float, float* %0, i64 %1189
  %1194 = bitcast float* %1193 to <8 x float>*
  store <8 x float> %1192, <8 x float>* %1194, align 4
  %1195 = add i64 %998, 232
  %1196 = fadd <8 x float> %1180, %996
  %1197 = fcmp olt <8 x float> %1196, zeroinitializer
  %1198 = select <8 x i1> %1197, <8 x float> zeroinitializer, <8 x float> %1196
  %1199 = getelementptr inbounds float, float* %0, i64 %1195
  %1200 = bitcast float* %1199 to <8 x float>*
  store <8 x float> %1198, <8 x float>* %1200, align 4
  %1201 = add i64 %998, 336
  %1202 = fadd <8 x float> %1182, %996
  %1203 = fcmp olt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> zeroinitializer, <8 x float> %1202
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !48
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node4.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  %22 = add i64 %16, 8
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %16, 16
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %16, 24
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %21, <8 x float>* %11, align 32
  store <8 x float> %25, <8 x float>* %10, align 32
  store <8 x float> %29, <8 x float>* %9, align 32
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
  %70 = fcmp olt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> zeroinitializer, <8 x float> %69
  %72 = mul i64 %67, 512
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp olt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %78
  %81 = mul i64 %76, 512
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = mul i64 %85, 512
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
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
  %fresh = call i8* @malloc(i64 984127)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 737792
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
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %24, i32 0, i32 0)
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 868864
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 737792
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
  call void @node1.conv2d_2.step0(i8* %34)
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %34, i32 0, i32 0)
  %35 = getelementptr inbounds i8, i8* %workspace7, i64 262656
  %36 = getelementptr inbounds i8, i8* %workspace7, i64 868864
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %35, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %40, align 8
  %41 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %41)
  %42 = getelementptr inbounds i8, i8* %workspace7, i64 377856
  %43 = getelementptr inbounds i8, i8* %workspace7, i64 262656
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %42, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %43, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %44, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %48, align 8
  %49 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_3.step0(i8* %49)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %49, i32 0, i32 0)
  %50 = getelementptr inbounds i8, i8* %workspace7, i64 435456
  %51 = getelementptr inbounds i8, i8* %workspace7, i64 377856
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %50, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %51, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %52, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %56, align 8
  %57 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_4.step0(i8* %57)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step1, i8* %57, i32 0, i32 0)
  %58 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 435456
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %58, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %63, align 8
  %64 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %64)
  %65 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %69, align 8
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %70, align 8
  %71 = bitcast [6 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %71)
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %80, align 8
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %78, i32 0, i32 0)
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %85, align 8
  %86 = bitcast [6 x i8*]* %args to i8*
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %87, align 8
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %88, align 8
  call void @node9.dense_2.step0(i8* %86)
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %90, align 8
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %93)
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
  ret i64 984127
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
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !1}
!17 = distinct !{!17, !1}
!18 = distinct !{!18, !1}
!19 = distinct !{!19, !1}
!20 = distinct !{!20, !1}
!21 = distinct !{!21, !1}
!22 = distinct !{!22, !1}
!23 = distinct !{!23, !1}
!24 = distinct !{!24, !1}
!25 = distinct !{!25, !1}
!26 = distinct !{!26, !1}
!27 = distinct !{!27, !1}
!28 = distinct !{!28, !1}
!29 = distinct !{!29, !1}
!30 = distinct !{!30, !1}
!31 = distinct !{!31, !1}
!32 = distinct !{!32, !1}
!33 = distinct !{!33, !1}
!34 = distinct !{!34, !1}
!35 = distinct !{!35, !1}
!36 = distinct !{!36, !1}
!37 = distinct !{!37, !1}
!38 = distinct !{!38, !1}
!39 = distinct !{!39, !1}
!40 = distinct !{!40, !1}
!41 = distinct !{!41, !1}
!42 = distinct !{!42, !1}
!43 = distinct !{!43, !1}
!44 = distinct !{!44, !1}
!45 = distinct !{!45, !1}
!46 = distinct !{!46, !1}
!47 = distinct !{!47, !1}
!48 = distinct !{!48, !1}
