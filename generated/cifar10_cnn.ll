; cifar10_cnn: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
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
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 4
  %32 = mul i64 %27, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %25, 1
  %35 = mul i64 %34, 32
  %36 = mul i64 %25, 1
  %37 = mul i64 %29, 4
  %38 = mul i64 %27, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 3
  %41 = mul i64 %29, 3
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 1156
  %44 = mul i64 %39, 216
  %45 = mul i64 %36, 34
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 30
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 4
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 8192
  %52 = add i64 %47, 0
  %53 = mul i64 %52, 8
  %54 = add i64 %51, %53
  %55 = add i64 %47, 1
  %56 = mul i64 %55, 8
  %57 = add i64 %51, %56
  %58 = add i64 %47, 2
  %59 = mul i64 %58, 8
  %60 = add i64 %51, %59
  %61 = add i64 %47, 3
  %62 = mul i64 %61, 8
  %63 = add i64 %51, %62
  %64 = add i64 %47, 4
  %65 = mul i64 %64, 8
  %66 = add i64 %51, %65
  %67 = add i64 %47, 5
  %68 = mul i64 %67, 8
  %69 = add i64 %51, %68
  %70 = mul i64 %30, 4
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 8192
  %74 = add i64 %47, 0
  %75 = mul i64 %74, 8
  %76 = add i64 %73, %75
  %77 = add i64 %47, 1
  %78 = mul i64 %77, 8
  %79 = add i64 %73, %78
  %80 = add i64 %47, 2
  %81 = mul i64 %80, 8
  %82 = add i64 %73, %81
  %83 = add i64 %47, 3
  %84 = mul i64 %83, 8
  %85 = add i64 %73, %84
  %86 = add i64 %47, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %73, %87
  %89 = add i64 %47, 5
  %90 = mul i64 %89, 8
  %91 = add i64 %73, %90
  %92 = add i64 %39, 0
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = add i64 %39, 1
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %5, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  store <8 x float> %96, <8 x float>* %23, align 32
  store <8 x float> %96, <8 x float>* %22, align 32
  store <8 x float> %96, <8 x float>* %21, align 32
  store <8 x float> %96, <8 x float>* %20, align 32
  store <8 x float> %96, <8 x float>* %19, align 32
  store <8 x float> %96, <8 x float>* %18, align 32
  store <8 x float> %101, <8 x float>* %17, align 32
  store <8 x float> %101, <8 x float>* %16, align 32
  store <8 x float> %101, <8 x float>* %15, align 32
  store <8 x float> %101, <8 x float>* %14, align 32
  store <8 x float> %101, <8 x float>* %13, align 32
  store <8 x float> %101, <8 x float>* %12, align 32
  %102 = mul i64 %x, 1
  %103 = add i64 %45, %102
  %104 = add i64 %43, %103
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = add i64 %35, 30
  %106 = mul i64 %30, 4
  %107 = add i64 %106, %33
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 8192
  %110 = add i64 %105, 0
  %111 = mul i64 %110, 8
  %112 = add i64 %109, %111
  %113 = add i64 %105, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %109, %114
  %116 = mul i64 %30, 4
  %117 = add i64 %116, %33
  %118 = add i64 %117, 1
  %119 = mul i64 %118, 8192
  %120 = add i64 %105, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %119, %121
  %123 = add i64 %105, 1
  %124 = mul i64 %123, 8
  %125 = add i64 %119, %124
  %126 = add i64 %39, 0
  %127 = mul i64 %126, 8
  %128 = getelementptr inbounds float, float* %5, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %39, 1
  %132 = mul i64 %131, 8
  %133 = getelementptr inbounds float, float* %5, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  store <8 x float> %130, <8 x float>* %11, align 32
  store <8 x float> %130, <8 x float>* %10, align 32
  store <8 x float> %135, <8 x float>* %9, align 32
  store <8 x float> %135, <8 x float>* %8, align 32
  %136 = add i64 %45, 30
  %137 = add i64 %43, %136
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 3
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 0, %u
  %140 = mul i64 %139, 1156
  %141 = add i64 %104, %140
  %142 = mul i64 %139, 72
  %143 = add i64 %44, %142
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %144 = load <8 x float>, <8 x float>* %23, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %0, i64 %54
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %22, align 32
  %150 = fcmp olt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> zeroinitializer, <8 x float> %149
  %152 = getelementptr inbounds float, float* %0, i64 %57
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = load <8 x float>, <8 x float>* %21, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %0, i64 %60
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %0, i64 %63
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %0, i64 %66
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = getelementptr inbounds float, float* %0, i64 %69
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = load <8 x float>, <8 x float>* %17, align 32
  %175 = fcmp olt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> zeroinitializer, <8 x float> %174
  %177 = getelementptr inbounds float, float* %0, i64 %76
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %0, i64 %79
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %15, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %82
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %14, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %0, i64 %85
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %13, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %0, i64 %88
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %12, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %0, i64 %91
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
  %271 = add i64 0, %u9
  %272 = mul i64 %271, 1156
  %273 = add i64 %137, %272
  %274 = mul i64 %271, 72
  %275 = add i64 %44, %274
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
  %284 = getelementptr inbounds float, float* %0, i64 %115
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
  %294 = getelementptr inbounds float, float* %0, i64 %125
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %task.next = add i64 %task, 1
  br label %task.header

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
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next21 = add i64 %kh13, 1
  br label %kh.header10
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

; Function Attrs: noinline nounwind
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
  %28 = sub i64 %5, 1
  %29 = add i64 64, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 64
  %33 = select i1 %32, i64 %31, i64 64
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 64
  %36 = select i1 %35, i64 %34, i64 64
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 8
  %40 = sdiv i64 %38, 8
  %41 = srem i64 %40, 8
  %42 = sdiv i64 %38, 64
  %43 = mul i64 %42, 4
  %44 = mul i64 %43, 9248
  %45 = mul i64 %41, 136
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 32
  %51 = add i64 36992, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 792, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 792
  %58 = select i1 %57, i64 %56, i64 792
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 792
  %61 = select i1 %60, i64 %59, i64 792
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 4
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 9248
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 352
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 368
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 624
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 640
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 896
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 912
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 1168
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 1184
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 1440
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 1456
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !3

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 272
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 544
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 816
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 1088
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 1360
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !4

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 12288
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 2048
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 4096
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 6144
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 8192
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 10240
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !5

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !6

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 22
  %236 = mul i64 %235, 2048
  %237 = add i64 36992, %236
  %238 = getelementptr inbounds float, float* %2, i64 %237
  %239 = mul i64 %235, 1024
  %240 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.winograd to float*), i64 %239
  %241 = mul i64 %235, 2048
  %242 = add i64 110720, %241
  %243 = srem i64 %task, 22
  %244 = sdiv i64 %243, 2
  %245 = srem i64 %243, 2
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 512
  %249 = icmp eq i64 %244, 10
  br i1 %249, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 64, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 64
  %255 = select i1 %254, i64 %253, i64 64
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 64
  %258 = select i1 %257, i64 %256, i64 64
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
  br label %task.header, !llvm.loop !7

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 32
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %248, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %240, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %240, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %246, 0
  %271 = mul i64 %270, 32
  %272 = add i64 %271, %k
  %273 = getelementptr inbounds float, float* %238, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %26, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %26, align 32
  %278 = load <8 x float>, <8 x float>* %22, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %22, align 32
  %280 = add i64 %246, 1
  %281 = mul i64 %280, 32
  %282 = add i64 %281, %k
  %283 = getelementptr inbounds float, float* %238, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat1 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = add i64 %246, 2
  %291 = mul i64 %290, 32
  %292 = add i64 %291, %k
  %293 = getelementptr inbounds float, float* %238, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat2 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %24, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %24, align 32
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %246, 3
  %301 = mul i64 %300, 32
  %302 = add i64 %301, %k
  %303 = getelementptr inbounds float, float* %238, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat3 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %19, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %310 = add i64 %246, 0
  %311 = add i64 %247, 0
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = mul i64 %310, 32
  %314 = add i64 %313, %311
  %315 = add i64 %242, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 32
  %322 = add i64 %321, %319
  %323 = add i64 %242, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 32
  %330 = add i64 %329, %327
  %331 = add i64 %242, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 32
  %338 = add i64 %337, %335
  %339 = add i64 %242, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 32
  %346 = add i64 %345, %343
  %347 = add i64 %242, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 32
  %354 = add i64 %353, %351
  %355 = add i64 %242, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 32
  %362 = add i64 %361, %359
  %363 = add i64 %242, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 32
  %370 = add i64 %369, %367
  %371 = add i64 %242, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 32
  br i1 %374, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %375 = mul i64 %k7, 16
  %376 = add i64 %248, %375
  %377 = add i64 %376, 0
  %378 = getelementptr inbounds float, float* %240, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %376, 8
  %382 = getelementptr inbounds float, float* %240, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %246, 0
  %386 = mul i64 %385, 32
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %238, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat8 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %12, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %12, align 32
  %395 = add i64 %246, 1
  %396 = mul i64 %395, 32
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %238, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat9 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %11, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %11, align 32
  %405 = add i64 %246, 2
  %406 = mul i64 %405, 32
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %238, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat10 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %246, 3
  %416 = mul i64 %415, 32
  %417 = add i64 %416, %k7
  %418 = getelementptr inbounds float, float* %238, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat11 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %9, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %9, align 32
  %425 = add i64 %246, 4
  %426 = mul i64 %425, 32
  %427 = add i64 %426, %k7
  %428 = getelementptr inbounds float, float* %238, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat12 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %380, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %8, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %384, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %8, align 32
  %435 = add i64 %246, 5
  %436 = mul i64 %435, 32
  %437 = add i64 %436, %k7
  %438 = getelementptr inbounds float, float* %238, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat13 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %380, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %7, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %384, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %445 = add i64 %246, 0
  %446 = add i64 %247, 0
  %447 = load <8 x float>, <8 x float>* %18, align 32
  %448 = mul i64 %445, 32
  %449 = add i64 %448, %446
  %450 = add i64 %242, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 32
  %457 = add i64 %456, %454
  %458 = add i64 %242, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 32
  %465 = add i64 %464, %462
  %466 = add i64 %242, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 32
  %473 = add i64 %472, %470
  %474 = add i64 %242, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 32
  %481 = add i64 %480, %478
  %482 = add i64 %242, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 32
  %489 = add i64 %488, %486
  %490 = add i64 %242, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 32
  %497 = add i64 %496, %494
  %498 = add i64 %242, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 32
  %505 = add i64 %504, %502
  %506 = add i64 %242, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 32
  %513 = add i64 %512, %510
  %514 = add i64 %242, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 32
  %521 = add i64 %520, %518
  %522 = add i64 %242, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 32
  %529 = add i64 %528, %526
  %530 = add i64 %242, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 32
  %537 = add i64 %536, %534
  %538 = add i64 %242, %537
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %535, <8 x float>* %540, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %255, %task.exit ], [ %tile.next63, %endif21 ]
  %541 = icmp slt i64 %tile18, %258
  br i1 %541, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %542 = add i64 0, %tile18
  %543 = srem i64 %542, 8
  %544 = sdiv i64 %542, 8
  %545 = srem i64 %544, 8
  %546 = sdiv i64 %542, 64
  %547 = mul i64 %546, 4
  %548 = mul i64 %547, 7200
  %549 = mul i64 %545, 120
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %tile18, 32
  %555 = add i64 110720, %554
  %556 = bitcast [192 x float]* %6 to float*
  %557 = icmp eq i64 %545, 7
  br i1 %557, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %558 = icmp eq i64 %543, 7
  br i1 %558, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %559 = icmp eq i64 %543, 7
  br i1 %559, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !8

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %560 = icmp slt i64 %block, 4
  br i1 %560, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %561 = mul i64 %block, 8
  %562 = add i64 %555, %561
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %563 = icmp slt i64 %row28, 6
  br i1 %563, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %564 = mul i64 %row28, 12288
  %565 = add i64 %562, %564
  %566 = add i64 %565, 0
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = add i64 %565, 2048
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = add i64 %565, 4096
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  %578 = add i64 %565, 6144
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  %581 = load <8 x float>, <8 x float>* %580, align 4
  %582 = add i64 %565, 8192
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %565, 10240
  %587 = getelementptr inbounds float, float* %2, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = fadd <8 x float> %573, %577
  %591 = fsub <8 x float> %573, %577
  %592 = fadd <8 x float> %581, %585
  %593 = fsub <8 x float> %581, %585
  %594 = fadd <8 x float> %569, %590
  %595 = fadd <8 x float> %594, %592
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %591)
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %590)
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %591)
  %599 = fadd <8 x float> %598, %589
  %600 = mul i64 %row28, 32
  %601 = add i64 %600, 0
  %602 = getelementptr inbounds float, float* %556, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  store <8 x float> %595, <8 x float>* %603, align 4
  %604 = mul i64 %row28, 32
  %605 = add i64 %604, 8
  %606 = getelementptr inbounds float, float* %556, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %596, <8 x float>* %607, align 4
  %608 = mul i64 %row28, 32
  %609 = add i64 %608, 16
  %610 = getelementptr inbounds float, float* %556, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  store <8 x float> %597, <8 x float>* %611, align 4
  %612 = mul i64 %row28, 32
  %613 = add i64 %612, 24
  %614 = getelementptr inbounds float, float* %556, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %599, <8 x float>* %615, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !9

row.exit27:                                       ; preds = %row.header25
  %616 = mul i64 %block, 8
  %617 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = mul i64 %block, 7200
  %621 = add i64 %553, %620
  %622 = getelementptr inbounds float, float* %556, i64 0
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = getelementptr inbounds float, float* %556, i64 32
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = getelementptr inbounds float, float* %556, i64 64
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = getelementptr inbounds float, float* %556, i64 96
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %556, i64 128
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %556, i64 160
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = fadd <8 x float> %627, %630
  %641 = fsub <8 x float> %627, %630
  %642 = fadd <8 x float> %633, %636
  %643 = fsub <8 x float> %633, %636
  %644 = fadd <8 x float> %624, %640
  %645 = fadd <8 x float> %644, %642
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %641)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %640)
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %641)
  %649 = fadd <8 x float> %648, %639
  %650 = add i64 %621, 0
  %651 = fadd <8 x float> %645, %619
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = add i64 %621, 240
  %657 = fadd <8 x float> %646, %619
  %658 = fcmp olt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> zeroinitializer, <8 x float> %657
  %660 = getelementptr inbounds float, float* %0, i64 %656
  %661 = bitcast float* %660 to <8 x float>*
  store <8 x float> %659, <8 x float>* %661, align 4
  %662 = getelementptr inbounds float, float* %556, i64 8
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = getelementptr inbounds float, float* %556, i64 40
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = getelementptr inbounds float, float* %556, i64 72
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = getelementptr inbounds float, float* %556, i64 104
  %672 = bitcast float* %671 to <8 x float>*
  %673 = load <8 x float>, <8 x float>* %672, align 4
  %674 = getelementptr inbounds float, float* %556, i64 136
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = getelementptr inbounds float, float* %556, i64 168
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = fadd <8 x float> %667, %670
  %681 = fsub <8 x float> %667, %670
  %682 = fadd <8 x float> %673, %676
  %683 = fsub <8 x float> %673, %676
  %684 = fadd <8 x float> %664, %680
  %685 = fadd <8 x float> %684, %682
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %681)
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %680)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %681)
  %689 = fadd <8 x float> %688, %679
  %690 = add i64 %621, 8
  %691 = fadd <8 x float> %685, %619
  %692 = fcmp olt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> zeroinitializer, <8 x float> %691
  %694 = getelementptr inbounds float, float* %0, i64 %690
  %695 = bitcast float* %694 to <8 x float>*
  store <8 x float> %693, <8 x float>* %695, align 4
  %696 = add i64 %621, 248
  %697 = fadd <8 x float> %686, %619
  %698 = fcmp olt <8 x float> %697, zeroinitializer
  %699 = select <8 x i1> %698, <8 x float> zeroinitializer, <8 x float> %697
  %700 = getelementptr inbounds float, float* %0, i64 %696
  %701 = bitcast float* %700 to <8 x float>*
  store <8 x float> %699, <8 x float>* %701, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !10

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %702 = icmp slt i64 %block33, 4
  br i1 %702, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %703 = mul i64 %block33, 8
  %704 = add i64 %555, %703
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %705 = icmp slt i64 %row37, 6
  br i1 %705, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %706 = mul i64 %row37, 12288
  %707 = add i64 %704, %706
  %708 = add i64 %707, 0
  %709 = getelementptr inbounds float, float* %2, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  %711 = load <8 x float>, <8 x float>* %710, align 4
  %712 = add i64 %707, 2048
  %713 = getelementptr inbounds float, float* %2, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = add i64 %707, 4096
  %717 = getelementptr inbounds float, float* %2, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %707, 6144
  %721 = getelementptr inbounds float, float* %2, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %707, 8192
  %725 = getelementptr inbounds float, float* %2, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %707, 10240
  %729 = getelementptr inbounds float, float* %2, i64 %728
  %730 = bitcast float* %729 to <8 x float>*
  %731 = load <8 x float>, <8 x float>* %730, align 4
  %732 = fadd <8 x float> %715, %719
  %733 = fsub <8 x float> %715, %719
  %734 = fadd <8 x float> %723, %727
  %735 = fsub <8 x float> %723, %727
  %736 = fadd <8 x float> %711, %732
  %737 = fadd <8 x float> %736, %734
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %735, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %733)
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %734, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %732)
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %735, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %733)
  %741 = fadd <8 x float> %740, %731
  %742 = mul i64 %row37, 32
  %743 = add i64 %742, 0
  %744 = getelementptr inbounds float, float* %556, i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  store <8 x float> %737, <8 x float>* %745, align 4
  %746 = mul i64 %row37, 32
  %747 = add i64 %746, 8
  %748 = getelementptr inbounds float, float* %556, i64 %747
  %749 = bitcast float* %748 to <8 x float>*
  store <8 x float> %738, <8 x float>* %749, align 4
  %750 = mul i64 %row37, 32
  %751 = add i64 %750, 16
  %752 = getelementptr inbounds float, float* %556, i64 %751
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %739, <8 x float>* %753, align 4
  %754 = mul i64 %row37, 32
  %755 = add i64 %754, 24
  %756 = getelementptr inbounds float, float* %556, i64 %755
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %741, <8 x float>* %757, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !11

row.exit36:                                       ; preds = %row.header34
  %758 = mul i64 %block33, 8
  %759 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %758
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = mul i64 %block33, 7200
  %763 = add i64 %553, %762
  %764 = getelementptr inbounds float, float* %556, i64 0
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = getelementptr inbounds float, float* %556, i64 32
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = getelementptr inbounds float, float* %556, i64 64
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = getelementptr inbounds float, float* %556, i64 96
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = getelementptr inbounds float, float* %556, i64 128
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = getelementptr inbounds float, float* %556, i64 160
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = fadd <8 x float> %769, %772
  %783 = fsub <8 x float> %769, %772
  %784 = fadd <8 x float> %775, %778
  %785 = fsub <8 x float> %775, %778
  %786 = fadd <8 x float> %766, %782
  %787 = fadd <8 x float> %786, %784
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %783)
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %782)
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %783)
  %791 = fadd <8 x float> %790, %781
  %792 = add i64 %763, 0
  %793 = fadd <8 x float> %787, %761
  %794 = fcmp olt <8 x float> %793, zeroinitializer
  %795 = select <8 x i1> %794, <8 x float> zeroinitializer, <8 x float> %793
  %796 = getelementptr inbounds float, float* %0, i64 %792
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %795, <8 x float>* %797, align 4
  %798 = add i64 %763, 240
  %799 = fadd <8 x float> %788, %761
  %800 = fcmp olt <8 x float> %799, zeroinitializer
  %801 = select <8 x i1> %800, <8 x float> zeroinitializer, <8 x float> %799
  %802 = getelementptr inbounds float, float* %0, i64 %798
  %803 = bitcast float* %802 to <8 x float>*
  store <8 x float> %801, <8 x float>* %803, align 4
  %804 = getelementptr inbounds float, float* %556, i64 8
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = getelementptr inbounds float, float* %556, i64 40
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = getelementptr inbounds float, float* %556, i64 72
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = getelementptr inbounds float, float* %556, i64 104
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = getelementptr inbounds float, float* %556, i64 136
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = getelementptr inbounds float, float* %556, i64 168
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = fadd <8 x float> %809, %812
  %823 = fsub <8 x float> %809, %812
  %824 = fadd <8 x float> %815, %818
  %825 = fsub <8 x float> %815, %818
  %826 = fadd <8 x float> %806, %822
  %827 = fadd <8 x float> %826, %824
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %823)
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %822)
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %823)
  %831 = fadd <8 x float> %830, %821
  %832 = add i64 %763, 8
  %833 = fadd <8 x float> %827, %761
  %834 = fcmp olt <8 x float> %833, zeroinitializer
  %835 = select <8 x i1> %834, <8 x float> zeroinitializer, <8 x float> %833
  %836 = getelementptr inbounds float, float* %0, i64 %832
  %837 = bitcast float* %836 to <8 x float>*
  store <8 x float> %835, <8 x float>* %837, align 4
  %838 = add i64 %763, 248
  %839 = fadd <8 x float> %828, %761
  %840 = fcmp olt <8 x float> %839, zeroinitializer
  %841 = select <8 x i1> %840, <8 x float> zeroinitializer, <8 x float> %839
  %842 = getelementptr inbounds float, float* %0, i64 %838
  %843 = bitcast float* %842 to <8 x float>*
  store <8 x float> %841, <8 x float>* %843, align 4
  %844 = getelementptr inbounds float, float* %556, i64 16
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = getelementptr inbounds float, float* %556, i64 48
  %848 = bitcast float* %847 to <8 x float>*
  %849 = load <8 x float>, <8 x float>* %848, align 4
  %850 = getelementptr inbounds float, float* %556, i64 80
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = getelementptr inbounds float, float* %556, i64 112
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = getelementptr inbounds float, float* %556, i64 144
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = getelementptr inbounds float, float* %556, i64 176
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = fadd <8 x float> %849, %852
  %863 = fsub <8 x float> %849, %852
  %864 = fadd <8 x float> %855, %858
  %865 = fsub <8 x float> %855, %858
  %866 = fadd <8 x float> %846, %862
  %867 = fadd <8 x float> %866, %864
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %865, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %863)
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %862)
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %865, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %863)
  %871 = fadd <8 x float> %870, %861
  %872 = add i64 %763, 16
  %873 = fadd <8 x float> %867, %761
  %874 = fcmp olt <8 x float> %873, zeroinitializer
  %875 = select <8 x i1> %874, <8 x float> zeroinitializer, <8 x float> %873
  %876 = getelementptr inbounds float, float* %0, i64 %872
  %877 = bitcast float* %876 to <8 x float>*
  store <8 x float> %875, <8 x float>* %877, align 4
  %878 = add i64 %763, 256
  %879 = fadd <8 x float> %868, %761
  %880 = fcmp olt <8 x float> %879, zeroinitializer
  %881 = select <8 x i1> %880, <8 x float> zeroinitializer, <8 x float> %879
  %882 = getelementptr inbounds float, float* %0, i64 %878
  %883 = bitcast float* %882 to <8 x float>*
  store <8 x float> %881, <8 x float>* %883, align 4
  %884 = getelementptr inbounds float, float* %556, i64 24
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = getelementptr inbounds float, float* %556, i64 56
  %888 = bitcast float* %887 to <8 x float>*
  %889 = load <8 x float>, <8 x float>* %888, align 4
  %890 = getelementptr inbounds float, float* %556, i64 88
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = getelementptr inbounds float, float* %556, i64 120
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = getelementptr inbounds float, float* %556, i64 152
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = getelementptr inbounds float, float* %556, i64 184
  %900 = bitcast float* %899 to <8 x float>*
  %901 = load <8 x float>, <8 x float>* %900, align 4
  %902 = fadd <8 x float> %889, %892
  %903 = fsub <8 x float> %889, %892
  %904 = fadd <8 x float> %895, %898
  %905 = fsub <8 x float> %895, %898
  %906 = fadd <8 x float> %886, %902
  %907 = fadd <8 x float> %906, %904
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %903)
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %904, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %902)
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %903)
  %911 = fadd <8 x float> %910, %901
  %912 = add i64 %763, 24
  %913 = fadd <8 x float> %907, %761
  %914 = fcmp olt <8 x float> %913, zeroinitializer
  %915 = select <8 x i1> %914, <8 x float> zeroinitializer, <8 x float> %913
  %916 = getelementptr inbounds float, float* %0, i64 %912
  %917 = bitcast float* %916 to <8 x float>*
  store <8 x float> %915, <8 x float>* %917, align 4
  %918 = add i64 %763, 264
  %919 = fadd <8 x float> %908, %761
  %920 = fcmp olt <8 x float> %919, zeroinitializer
  %921 = select <8 x i1> %920, <8 x float> zeroinitializer, <8 x float> %919
  %922 = getelementptr inbounds float, float* %0, i64 %918
  %923 = bitcast float* %922 to <8 x float>*
  store <8 x float> %921, <8 x float>* %923, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !12

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %924 = icmp slt i64 %block46, 4
  br i1 %924, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %925 = mul i64 %block46, 8
  %926 = add i64 %555, %925
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %927 = icmp slt i64 %row50, 6
  br i1 %927, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %928 = mul i64 %row50, 12288
  %929 = add i64 %926, %928
  %930 = add i64 %929, 0
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %929, 2048
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = add i64 %929, 4096
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  %941 = load <8 x float>, <8 x float>* %940, align 4
  %942 = add i64 %929, 6144
  %943 = getelementptr inbounds float, float* %2, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = add i64 %929, 8192
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  %949 = load <8 x float>, <8 x float>* %948, align 4
  %950 = add i64 %929, 10240
  %951 = getelementptr inbounds float, float* %2, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = fadd <8 x float> %937, %941
  %955 = fsub <8 x float> %937, %941
  %956 = fadd <8 x float> %945, %949
  %957 = fsub <8 x float> %945, %949
  %958 = fadd <8 x float> %933, %954
  %959 = fadd <8 x float> %958, %956
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %955)
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %956, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %954)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %955)
  %963 = fadd <8 x float> %962, %953
  %964 = mul i64 %row50, 32
  %965 = add i64 %964, 0
  %966 = getelementptr inbounds float, float* %556, i64 %965
  %967 = bitcast float* %966 to <8 x float>*
  store <8 x float> %959, <8 x float>* %967, align 4
  %968 = mul i64 %row50, 32
  %969 = add i64 %968, 8
  %970 = getelementptr inbounds float, float* %556, i64 %969
  %971 = bitcast float* %970 to <8 x float>*
  store <8 x float> %960, <8 x float>* %971, align 4
  %972 = mul i64 %row50, 32
  %973 = add i64 %972, 16
  %974 = getelementptr inbounds float, float* %556, i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  store <8 x float> %961, <8 x float>* %975, align 4
  %976 = mul i64 %row50, 32
  %977 = add i64 %976, 24
  %978 = getelementptr inbounds float, float* %556, i64 %977
  %979 = bitcast float* %978 to <8 x float>*
  store <8 x float> %963, <8 x float>* %979, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !13

row.exit49:                                       ; preds = %row.header47
  %980 = mul i64 %block46, 8
  %981 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  %983 = load <8 x float>, <8 x float>* %982, align 4
  %984 = mul i64 %block46, 7200
  %985 = add i64 %553, %984
  %986 = getelementptr inbounds float, float* %556, i64 0
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = getelementptr inbounds float, float* %556, i64 32
  %990 = bitcast float* %989 to <8 x float>*
  %991 = load <8 x float>, <8 x float>* %990, align 4
  %992 = getelementptr inbounds float, float* %556, i64 64
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = getelementptr inbounds float, float* %556, i64 96
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = getelementptr inbounds float, float* %556, i64 128
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = getelementptr inbounds float, float* %556, i64 160
  %1002 = bitcast float* %1001 to <8 x float>*
  %1003 = load <8 x float>, <8 x float>* %1002, align 4
  %1004 = fadd <8 x float> %991, %994
  %1005 = fsub <8 x float> %991, %994
  %1006 = fadd <8 x float> %997, %1000
  %1007 = fsub <8 x float> %997, %1000
  %1008 = fadd <8 x float> %988, %1004
  %1009 = fadd <8 x float> %1008, %1006
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1005)
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1004)
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1005)
  %1013 = fadd <8 x float> %1012, %1003
  %1014 = add i64 %985, 0
  %1015 = fadd <8 x float> %1009, %983
  %1016 = fcmp olt <8 x float> %1015, zeroinitializer
  %1017 = select <8 x i1> %1016, <8 x float> zeroinitializer, <8 x float> %1015
  %1018 = getelementptr inbounds float, float* %0, i64 %1014
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1017, <8 x float>* %1019, align 4
  %1020 = add i64 %985, 240
  %1021 = fadd <8 x float> %1010, %983
  %1022 = fcmp olt <8 x float> %1021, zeroinitializer
  %1023 = select <8 x i1> %1022, <8 x float> zeroinitializer, <8 x float> %1021
  %1024 = getelementptr inbounds float, float* %0, i64 %1020
  %1025 = bitcast float* %1024 to <8 x float>*
  store <8 x float> %1023, <8 x float>* %1025, align 4
  %1026 = add i64 %985, 480
  %1027 = fadd <8 x float> %1011, %983
  %1028 = fcmp olt <8 x float> %1027, zeroinitializer
  %1029 = select <8 x i1> %1028, <8 x float> zeroinitializer, <8 x float> %1027
  %1030 = getelementptr inbounds float, float* %0, i64 %1026
  %1031 = bitcast float* %1030 to <8 x float>*
  store <8 x float> %1029, <8 x float>* %1031, align 4
  %1032 = add i64 %985, 720
  %1033 = fadd <8 x float> %1013, %983
  %1034 = fcmp olt <8 x float> %1033, zeroinitializer
  %1035 = select <8 x i1> %1034, <8 x float> zeroinitializer, <8 x float> %1033
  %1036 = getelementptr inbounds float, float* %0, i64 %1032
  %1037 = bitcast float* %1036 to <8 x float>*
  store <8 x float> %1035, <8 x float>* %1037, align 4
  %1038 = getelementptr inbounds float, float* %556, i64 8
  %1039 = bitcast float* %1038 to <8 x float>*
  %1040 = load <8 x float>, <8 x float>* %1039, align 4
  %1041 = getelementptr inbounds float, float* %556, i64 40
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = getelementptr inbounds float, float* %556, i64 72
  %1045 = bitcast float* %1044 to <8 x float>*
  %1046 = load <8 x float>, <8 x float>* %1045, align 4
  %1047 = getelementptr inbounds float, float* %556, i64 104
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = getelementptr inbounds float, float* %556, i64 136
  %1051 = bitcast float* %1050 to <8 x float>*
  %1052 = load <8 x float>, <8 x float>* %1051, align 4
  %1053 = getelementptr inbounds float, float* %556, i64 168
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = fadd <8 x float> %1043, %1046
  %1057 = fsub <8 x float> %1043, %1046
  %1058 = fadd <8 x float> %1049, %1052
  %1059 = fsub <8 x float> %1049, %1052
  %1060 = fadd <8 x float> %1040, %1056
  %1061 = fadd <8 x float> %1060, %1058
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1059, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1057)
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1056)
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1059, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1057)
  %1065 = fadd <8 x float> %1064, %1055
  %1066 = add i64 %985, 8
  %1067 = fadd <8 x float> %1061, %983
  %1068 = fcmp olt <8 x float> %1067, zeroinitializer
  %1069 = select <8 x i1> %1068, <8 x float> zeroinitializer, <8 x float> %1067
  %1070 = getelementptr inbounds float, float* %0, i64 %1066
  %1071 = bitcast float* %1070 to <8 x float>*
  store <8 x float> %1069, <8 x float>* %1071, align 4
  %1072 = add i64 %985, 248
  %1073 = fadd <8 x float> %1062, %983
  %1074 = fcmp olt <8 x float> %1073, zeroinitializer
  %1075 = select <8 x i1> %1074, <8 x float> zeroinitializer, <8 x float> %1073
  %1076 = getelementptr inbounds float, float* %0, i64 %1072
  %1077 = bitcast float* %1076 to <8 x float>*
  store <8 x float> %1075, <8 x float>* %1077, align 4
  %1078 = add i64 %985, 488
  %1079 = fadd <8 x float> %1063, %983
  %1080 = fcmp olt <8 x float> %1079, zeroinitializer
  %1081 = select <8 x i1> %1080, <8 x float> zeroinitializer, <8 x float> %1079
  %1082 = getelementptr inbounds float, float* %0, i64 %1078
  %1083 = bitcast float* %1082 to <8 x float>*
  store <8 x float> %1081, <8 x float>* %1083, align 4
  %1084 = add i64 %985, 728
  %1085 = fadd <8 x float> %1065, %983
  %1086 = fcmp olt <8 x float> %1085, zeroinitializer
  %1087 = select <8 x i1> %1086, <8 x float> zeroinitializer, <8 x float> %1085
  %1088 = getelementptr inbounds float, float* %0, i64 %1084
  %1089 = bitcast float* %1088 to <8 x float>*
  store <8 x float> %1087, <8 x float>* %1089, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !14

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1090 = icmp slt i64 %block56, 4
  br i1 %1090, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1091 = mul i64 %block56, 8
  %1092 = add i64 %555, %1091
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1093 = icmp slt i64 %row60, 6
  br i1 %1093, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1094 = mul i64 %row60, 12288
  %1095 = add i64 %1092, %1094
  %1096 = add i64 %1095, 0
  %1097 = getelementptr inbounds float, float* %2, i64 %1096
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = add i64 %1095, 2048
  %1101 = getelementptr inbounds float, float* %2, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = add i64 %1095, 4096
  %1105 = getelementptr inbounds float, float* %2, i64 %1104
  %1106 = bitcast float* %1105 to <8 x float>*
  %1107 = load <8 x float>, <8 x float>* %1106, align 4
  %1108 = add i64 %1095, 6144
  %1109 = getelementptr inbounds float, float* %2, i64 %1108
  %1110 = bitcast float* %1109 to <8 x float>*
  %1111 = load <8 x float>, <8 x float>* %1110, align 4
  %1112 = add i64 %1095, 8192
  %1113 = getelementptr inbounds float, float* %2, i64 %1112
  %1114 = bitcast float* %1113 to <8 x float>*
  %1115 = load <8 x float>, <8 x float>* %1114, align 4
  %1116 = add i64 %1095, 10240
  %1117 = getelementptr inbounds float, float* %2, i64 %1116
  %1118 = bitcast float* %1117 to <8 x float>*
  %1119 = load <8 x float>, <8 x float>* %1118, align 4
  %1120 = fadd <8 x float> %1103, %1107
  %1121 = fsub <8 x float> %1103, %1107
  %1122 = fadd <8 x float> %1111, %1115
  %1123 = fsub <8 x float> %1111, %1115
  %1124 = fadd <8 x float> %1099, %1120
  %1125 = fadd <8 x float> %1124, %1122
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1123, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1121)
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1122, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1120)
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1123, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1121)
  %1129 = fadd <8 x float> %1128, %1119
  %1130 = mul i64 %row60, 32
  %1131 = add i64 %1130, 0
  %1132 = getelementptr inbounds float, float* %556, i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1125, <8 x float>* %1133, align 4
  %1134 = mul i64 %row60, 32
  %1135 = add i64 %1134, 8
  %1136 = getelementptr inbounds float, float* %556, i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1137, align 4
  %1138 = mul i64 %row60, 32
  %1139 = add i64 %1138, 16
  %1140 = getelementptr inbounds float, float* %556, i64 %1139
  %1141 = bitcast float* %1140 to <8 x float>*
  store <8 x float> %1127, <8 x float>* %1141, align 4
  %1142 = mul i64 %row60, 32
  %1143 = add i64 %1142, 24
  %1144 = getelementptr inbounds float, float* %556, i64 %1143
  %1145 = bitcast float* %1144 to <8 x float>*
  store <8 x float> %1129, <8 x float>* %1145, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !15

row.exit59:                                       ; preds = %row.header57
  %1146 = mul i64 %block56, 8
  %1147 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = mul i64 %block56, 7200
  %1151 = add i64 %553, %1150
  %1152 = getelementptr inbounds float, float* %556, i64 0
  %1153 = bitcast float* %1152 to <8 x float>*
  %1154 = load <8 x float>, <8 x float>* %1153, align 4
  %1155 = getelementptr inbounds float, float* %556, i64 32
  %1156 = bitcast float* %1155 to <8 x float>*
  %1157 = load <8 x float>, <8 x float>* %1156, align 4
  %1158 = getelementptr inbounds float, float* %556, i64 64
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = getelementptr inbounds float, float* %556, i64 96
  %1162 = bitcast float* %1161 to <8 x float>*
  %1163 = load <8 x float>, <8 x float>* %1162, align 4
  %1164 = getelementptr inbounds float, float* %556, i64 128
  %1165 = bitcast float* %1164 to <8 x float>*
  %1166 = load <8 x float>, <8 x float>* %1165, align 4
  %1167 = getelementptr inbounds float, float* %556, i64 160
  %1168 = bitcast float* %1167 to <8 x float>*
  %1169 = load <8 x float>, <8 x float>* %1168, align 4
  %1170 = fadd <8 x float> %1157, %1160
  %1171 = fsub <8 x float> %1157, %1160
  %1172 = fadd <8 x float> %1163, %1166
  %1173 = fsub <8 x float> %1163, %1166
  %1174 = fadd <8 x float> %1154, %1170
  %1175 = fadd <8 x float> %1174, %1172
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1173, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1171)
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1170)
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1173, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1171)
  %1179 = fadd <8 x float> %1178, %1169
  %1180 = add i64 %1151, 0
  %1181 = fadd <8 x float> %1175, %1149
  %1182 = fcmp olt <8 x float> %1181, zeroinitializer
  %1183 = select <8 x i1> %1182, <8 x float> zeroinitializer, <8 x float> %1181
  %1184 = getelementptr inbounds float, float* %0, i64 %1180
  %1185 = bitcast float* %1184 to <8 x float>*
  store <8 x float> %1183, <8 x float>* %1185, align 4
  %1186 = add i64 %1151, 240
  %1187 = fadd <8 x float> %1176, %1149
  %1188 = fcmp olt <8 x float> %1187, zeroinitializer
  %1189 = select <8 x i1> %1188, <8 x float> zeroinitializer, <8 x float> %1187
  %1190 = getelementptr inbounds float, float* %0, i64 %1186
  %1191 = bitcast float* %1190 to <8 x float>*
  store <8 x float> %1189, <8 x float>* %1191, align 4
  %1192 = add i64 %1151, 480
  %1193 = fadd <8 x float> %1177, %1149
  %1194 = fcmp olt <8 x float> %1193, zeroinitializer
  %1195 = select <8 x i1> %1194, <8 x float> zeroinitializer, <8 x float> %1193
  %1196 = getelementptr inbounds float, float* %0, i64 %1192
  %1197 = bitcast float* %1196 to <8 x float>*
  store <8 x float> %1195, <8 x float>* %1197, align 4
  %1198 = add i64 %1151, 720
  %1199 = fadd <8 x float> %1179, %1149
  %1200 = fcmp olt <8 x float> %1199, zeroinitializer
  %1201 = select <8 x i1> %1200, <8 x float> zeroinitializer, <8 x float> %1199
  %1202 = getelementptr inbounds float, float* %0, i64 %1198
  %1203 = bitcast float* %1202 to <8 x float>*
  store <8 x float> %1201, <8 x float>* %1203, align 4
  %1204 = getelementptr inbounds float, float* %556, i64 8
  %1205 = bitcast float* %1204 to <8 x float>*
  %1206 = load <8 x float>, <8 x float>* %1205, align 4
  %1207 = getelementptr inbounds float, float* %556, i64 40
  %1208 = bitcast float* %1207 to <8 x float>*
  %1209 = load <8 x float>, <8 x float>* %1208, align 4
  %1210 = getelementptr inbounds float, float* %556, i64 72
  %1211 = bitcast float* %1210 to <8 x float>*
  %1212 = load <8 x float>, <8 x float>* %1211, align 4
  %1213 = getelementptr inbounds float, float* %556, i64 104
  %1214 = bitcast float* %1213 to <8 x float>*
  %1215 = load <8 x float>, <8 x float>* %1214, align 4
  %1216 = getelementptr inbounds float, float* %556, i64 136
  %1217 = bitcast float* %1216 to <8 x float>*
  %1218 = load <8 x float>, <8 x float>* %1217, align 4
  %1219 = getelementptr inbounds float, float* %556, i64 168
  %1220 = bitcast float* %1219 to <8 x float>*
  %1221 = load <8 x float>, <8 x float>* %1220, align 4
  %1222 = fadd <8 x float> %1209, %1212
  %1223 = fsub <8 x float> %1209, %1212
  %1224 = fadd <8 x float> %1215, %1218
  %1225 = fsub <8 x float> %1215, %1218
  %1226 = fadd <8 x float> %1206, %1222
  %1227 = fadd <8 x float> %1226, %1224
  %1228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1225, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1223)
  %1229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1224, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1222)
  %1230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1225, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1223)
  %1231 = fadd <8 x float> %1230, %1221
  %1232 = add i64 %1151, 8
  %1233 = fadd <8 x float> %1227, %1149
  %1234 = fcmp olt <8 x float> %1233, zeroinitializer
  %1235 = select <8 x i1> %1234, <8 x float> zeroinitializer, <8 x float> %1233
  %1236 = getelementptr inbounds float, float* %0, i64 %1232
  %1237 = bitcast float* %1236 to <8 x float>*
  store <8 x float> %1235, <8 x float>* %1237, align 4
  %1238 = add i64 %1151, 248
  %1239 = fadd <8 x float> %1228, %1149
  %1240 = fcmp olt <8 x float> %1239, zeroinitializer
  %1241 = select <8 x i1> %1240, <8 x float> zeroinitializer, <8 x float> %1239
  %1242 = getelementptr inbounds float, float* %0, i64 %1238
  %1243 = bitcast float* %1242 to <8 x float>*
  store <8 x float> %1241, <8 x float>* %1243, align 4
  %1244 = add i64 %1151, 488
  %1245 = fadd <8 x float> %1229, %1149
  %1246 = fcmp olt <8 x float> %1245, zeroinitializer
  %1247 = select <8 x i1> %1246, <8 x float> zeroinitializer, <8 x float> %1245
  %1248 = getelementptr inbounds float, float* %0, i64 %1244
  %1249 = bitcast float* %1248 to <8 x float>*
  store <8 x float> %1247, <8 x float>* %1249, align 4
  %1250 = add i64 %1151, 728
  %1251 = fadd <8 x float> %1231, %1149
  %1252 = fcmp olt <8 x float> %1251, zeroinitializer
  %1253 = select <8 x i1> %1252, <8 x float> zeroinitializer, <8 x float> %1251
  %1254 = getelementptr inbounds float, float* %0, i64 %1250
  %1255 = bitcast float* %1254 to <8 x float>*
  store <8 x float> %1253, <8 x float>* %1255, align 4
  %1256 = getelementptr inbounds float, float* %556, i64 16
  %1257 = bitcast float* %1256 to <8 x float>*
  %1258 = load <8 x float>, <8 x float>* %1257, align 4
  %1259 = getelementptr inbounds float, float* %556, i64 48
  %1260 = bitcast float* %1259 to <8 x float>*
  %1261 = load <8 x float>, <8 x float>* %1260, align 4
  %1262 = getelementptr inbounds float, float* %556, i64 80
  %1263 = bitcast float* %1262 to <8 x float>*
  %1264 = load <8 x float>, <8 x float>* %1263, align 4
  %1265 = getelementptr inbounds float, float* %556, i64 112
  %1266 = bitcast float* %1265 to <8 x float>*
  %1267 = load <8 x float>, <8 x float>* %1266, align 4
  %1268 = getelementptr inbounds float, float* %556, i64 144
  %1269 = bitcast float* %1268 to <8 x float>*
  %1270 = load <8 x float>, <8 x float>* %1269, align 4
  %1271 = getelementptr inbounds float, float* %556, i64 176
  %1272 = bitcast float* %1271 to <8 x float>*
  %1273 = load <8 x float>, <8 x float>* %1272, align 4
  %1274 = fadd <8 x float> %1261, %1264
  %1275 = fsub <8 x float> %1261, %1264
  %1276 = fadd <8 x float> %1267, %1270
  %1277 = fsub <8 x float> %1267, %1270
  %1278 = fadd <8 x float> %1258, %1274
  %1279 = fadd <8 x float> %1278, %1276
  %1280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1277, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1275)
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1274)
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1277, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1275)
  %1283 = fadd <8 x float> %1282, %1273
  %1284 = add i64 %1151, 16
  %1285 = fadd <8 x float> %1279, %1149
  %1286 = fcmp olt <8 x float> %1285, zeroinitializer
  %1287 = select <8 x i1> %1286, <8 x float> zeroinitializer, <8 x float> %1285
  %1288 = getelementptr inbounds float, float* %0, i64 %1284
  %1289 = bitcast float* %1288 to <8 x float>*
  store <8 x float> %1287, <8 x float>* %1289, align 4
  %1290 = add i64 %1151, 256
  %1291 = fadd <8 x float> %1280, %1149
  %1292 = fcmp olt <8 x float> %1291, zeroinitializer
  %1293 = select <8 x i1> %1292, <8 x float> zeroinitializer, <8 x float> %1291
  %1294 = getelementptr inbounds float, float* %0, i64 %1290
  %1295 = bitcast float* %1294 to <8 x float>*
  store <8 x float> %1293, <8 x float>* %1295, align 4
  %1296 = add i64 %1151, 496
  %1297 = fadd <8 x float> %1281, %1149
  %1298 = fcmp olt <8 x float> %1297, zeroinitializer
  %1299 = select <8 x i1> %1298, <8 x float> zeroinitializer, <8 x float> %1297
  %1300 = getelementptr inbounds float, float* %0, i64 %1296
  %1301 = bitcast float* %1300 to <8 x float>*
  store <8 x float> %1299, <8 x float>* %1301, align 4
  %1302 = add i64 %1151, 736
  %1303 = fadd <8 x float> %1283, %1149
  %1304 = fcmp olt <8 x float> %1303, zeroinitializer
  %1305 = select <8 x i1> %1304, <8 x float> zeroinitializer, <8 x float> %1303
  %1306 = getelementptr inbounds float, float* %0, i64 %1302
  %1307 = bitcast float* %1306 to <8 x float>*
  store <8 x float> %1305, <8 x float>* %1307, align 4
  %1308 = getelementptr inbounds float, float* %556, i64 24
  %1309 = bitcast float* %1308 to <8 x float>*
  %1310 = load <8 x float>, <8 x float>* %1309, align 4
  %1311 = getelementptr inbounds float, float* %556, i64 56
  %1312 = bitcast float* %1311 to <8 x float>*
  %1313 = load <8 x float>, <8 x float>* %1312, align 4
  %1314 = getelementptr inbounds float, float* %556, i64 88
  %1315 = bitcast float* %1314 to <8 x float>*
  %1316 = load <8 x float>, <8 x float>* %1315, align 4
  %1317 = getelementptr inbounds float, float* %556, i64 120
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  %1320 = getelementptr inbounds float, float* %556, i64 152
  %1321 = bitcast float* %1320 to <8 x float>*
  %1322 = load <8 x float>, <8 x float>* %1321, align 4
  %1323 = getelementptr inbounds float, float* %556, i64 184
  %1324 = bitcast float* %1323 to <8 x float>*
  %1325 = load <8 x float>, <8 x float>* %1324, align 4
  %1326 = fadd <8 x float> %1313, %1316
  %1327 = fsub <8 x float> %1313, %1316
  %1328 = fadd <8 x float> %1319, %1322
  %1329 = fsub <8 x float> %1319, %1322
  %1330 = fadd <8 x float> %1310, %1326
  %1331 = fadd <8 x float> %1330, %1328
  %1332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1329, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1327)
  %1333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1326)
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1329, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1327)
  %1335 = fadd <8 x float> %1334, %1325
  %1336 = add i64 %1151, 24
  %1337 = fadd <8 x float> %1331, %1149
  %1338 = fcmp olt <8 x float> %1337, zeroinitializer
  %1339 = select <8 x i1> %1338, <8 x float> zeroinitializer, <8 x float> %1337
  %1340 = getelementptr inbounds float, float* %0, i64 %1336
  %1341 = bitcast float* %1340 to <8 x float>*
  store <8 x float> %1339, <8 x float>* %1341, align 4
  %1342 = add i64 %1151, 264
  %1343 = fadd <8 x float> %1332, %1149
  %1344 = fcmp olt <8 x float> %1343, zeroinitializer
  %1345 = select <8 x i1> %1344, <8 x float> zeroinitializer, <8 x float> %1343
  %1346 = getelementptr inbounds float, float* %0, i64 %1342
  %1347 = bitcast float* %1346 to <8 x float>*
  store <8 x float> %1345, <8 x float>* %1347, align 4
  %1348 = add i64 %1151, 504
  %1349 = fadd <8 x float> %1333, %1149
  %1350 = fcmp olt <8 x float> %1349, zeroinitializer
  %1351 = select <8 x i1> %1350, <8 x float> zeroinitializer, <8 x float> %1349
  %1352 = getelementptr inbounds float, float* %0, i64 %1348
  %1353 = bitcast float* %1352 to <8 x float>*
  store <8 x float> %1351, <8 x float>* %1353, align 4
  %1354 = add i64 %1151, 744
  %1355 = fadd <8 x float> %1335, %1149
  %1356 = fcmp olt <8 x float> %1355, zeroinitializer
  %1357 = select <8 x i1> %1356, <8 x float> zeroinitializer, <8 x float> %1355
  %1358 = getelementptr inbounds float, float* %0, i64 %1354
  %1359 = bitcast float* %1358 to <8 x float>*
  store <8 x float> %1357, <8 x float>* %1359, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !16
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
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
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %13 = icmp slt i64 %task, %5
  br i1 %13, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %14 = sdiv i64 %task, 15
  %15 = srem i64 %task, 15
  %16 = mul i64 %14, 7200
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = mul i64 %14, 15
  %19 = add i64 %18, %15
  %20 = mul i64 %19, 120
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = mul i64 %15, 2
  %23 = sub i64 %22, 0
  %24 = add i64 %23, 2
  %25 = icmp sgt i64 %23, 0
  %26 = select i1 %25, i64 %23, i64 0
  %27 = icmp slt i64 %24, 30
  %28 = select i1 %27, i64 %24, i64 30
  %29 = icmp slt i64 %24, 30
  %30 = select i1 %29, i64 %24, i64 30
  %31 = sub i64 %30, %23
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %32 = icmp slt i64 %x, 12
  br i1 %32, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  %33 = mul i64 %x, 2
  %34 = sub i64 %33, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %26, %x.body ], [ %r.next, %r.body ]
  %35 = icmp slt i64 %r, %28
  br i1 %35, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %36 = mul i64 %r, 30
  %37 = add i64 %36, %34
  %38 = mul i64 %37, 8
  %39 = load <8 x float>, <8 x float>* %12, align 32
  %40 = add i64 %38, 0
  %41 = getelementptr inbounds float, float* %17, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %39, <8 x float> %43)
  %45 = add i64 %38, 8
  %46 = getelementptr inbounds float, float* %17, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %44, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %12, align 32
  %50 = load <8 x float>, <8 x float>* %11, align 32
  %51 = add i64 %38, 16
  %52 = getelementptr inbounds float, float* %17, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %50, <8 x float> %54)
  %56 = add i64 %38, 24
  %57 = getelementptr inbounds float, float* %17, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %11, align 32
  %61 = load <8 x float>, <8 x float>* %10, align 32
  %62 = add i64 %38, 32
  %63 = getelementptr inbounds float, float* %17, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %61, <8 x float> %65)
  %67 = add i64 %38, 40
  %68 = getelementptr inbounds float, float* %17, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %66, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %10, align 32
  %72 = load <8 x float>, <8 x float>* %9, align 32
  %73 = add i64 %38, 48
  %74 = getelementptr inbounds float, float* %17, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %72, <8 x float> %76)
  %78 = add i64 %38, 56
  %79 = getelementptr inbounds float, float* %17, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %77, <8 x float> %81)
  store <8 x float> %82, <8 x float>* %9, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %83 = load <8 x float>, <8 x float>* %12, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %84, 8
  %86 = getelementptr inbounds float, float* %21, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %83, <8 x float>* %87, align 4
  %88 = load <8 x float>, <8 x float>* %11, align 32
  %89 = add i64 %x, 1
  %90 = mul i64 %89, 8
  %91 = getelementptr inbounds float, float* %21, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %88, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %10, align 32
  %94 = add i64 %x, 2
  %95 = mul i64 %94, 8
  %96 = getelementptr inbounds float, float* %21, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %93, <8 x float>* %97, align 4
  %98 = load <8 x float>, <8 x float>* %9, align 32
  %99 = add i64 %x, 3
  %100 = mul i64 %99, 8
  %101 = getelementptr inbounds float, float* %21, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %26, %x.exit ], [ %r.next5, %r.body2 ]
  %103 = icmp slt i64 %r4, %28
  br i1 %103, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %104 = mul i64 %r4, 30
  %105 = add i64 %104, 24
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %8, align 32
  %108 = add i64 %106, 0
  %109 = getelementptr inbounds float, float* %17, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %107, <8 x float> %111)
  %113 = add i64 %106, 8
  %114 = getelementptr inbounds float, float* %17, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %112, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %8, align 32
  %118 = load <8 x float>, <8 x float>* %7, align 32
  %119 = add i64 %106, 16
  %120 = getelementptr inbounds float, float* %17, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %118, <8 x float> %122)
  %124 = add i64 %106, 24
  %125 = getelementptr inbounds float, float* %17, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %123, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %7, align 32
  %129 = load <8 x float>, <8 x float>* %6, align 32
  %130 = add i64 %106, 32
  %131 = getelementptr inbounds float, float* %17, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %129, <8 x float> %133)
  %135 = add i64 %106, 40
  %136 = getelementptr inbounds float, float* %17, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %134, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %140 = load <8 x float>, <8 x float>* %8, align 32
  %141 = getelementptr inbounds float, float* %21, i64 96
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = getelementptr inbounds float, float* %21, i64 104
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = load <8 x float>, <8 x float>* %6, align 32
  %147 = getelementptr inbounds float, float* %21, i64 112
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %28 = sub i64 %5, 1
  %29 = add i64 16, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 16
  %33 = select i1 %32, i64 %31, i64 16
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 16
  %36 = select i1 %35, i64 %34, i64 16
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 4
  %40 = sdiv i64 %38, 4
  %41 = srem i64 %40, 4
  %42 = sdiv i64 %38, 16
  %43 = mul i64 %42, 4
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 32
  %51 = add i64 10368, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 432, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 432
  %58 = select i1 %57, i64 %56, i64 432
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 432
  %61 = select i1 %60, i64 %59, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 4
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 2592
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 224
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 240
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 368
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 384
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 512
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 528
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 656
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 672
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 800
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 816
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !17

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 144
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 288
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 432
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 576
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 720
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !18

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 3072
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 512
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 1024
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 1536
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 2048
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 2560
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !19

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !20

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 12
  %236 = mul i64 %235, 512
  %237 = add i64 10368, %236
  %238 = getelementptr inbounds float, float* %2, i64 %237
  %239 = mul i64 %235, 2048
  %240 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_3.winograd to float*), i64 %239
  %241 = mul i64 %235, 1024
  %242 = add i64 28800, %241
  %243 = srem i64 %task, 12
  %244 = sdiv i64 %243, 4
  %245 = srem i64 %243, 4
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 512
  %249 = icmp eq i64 %244, 2
  br i1 %249, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 16, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 16
  %255 = select i1 %254, i64 %253, i64 16
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 16
  %258 = select i1 %257, i64 %256, i64 16
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
  br label %task.header, !llvm.loop !21

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 32
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %248, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %240, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %240, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %246, 0
  %271 = mul i64 %270, 32
  %272 = add i64 %271, %k
  %273 = getelementptr inbounds float, float* %238, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %26, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %26, align 32
  %278 = load <8 x float>, <8 x float>* %22, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %22, align 32
  %280 = add i64 %246, 1
  %281 = mul i64 %280, 32
  %282 = add i64 %281, %k
  %283 = getelementptr inbounds float, float* %238, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat1 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = add i64 %246, 2
  %291 = mul i64 %290, 32
  %292 = add i64 %291, %k
  %293 = getelementptr inbounds float, float* %238, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat2 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %24, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %24, align 32
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %246, 3
  %301 = mul i64 %300, 32
  %302 = add i64 %301, %k
  %303 = getelementptr inbounds float, float* %238, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat3 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %19, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %310 = add i64 %246, 0
  %311 = add i64 %247, 0
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = mul i64 %310, 64
  %314 = add i64 %313, %311
  %315 = add i64 %242, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 64
  %322 = add i64 %321, %319
  %323 = add i64 %242, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 64
  %330 = add i64 %329, %327
  %331 = add i64 %242, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 64
  %338 = add i64 %337, %335
  %339 = add i64 %242, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 64
  %346 = add i64 %345, %343
  %347 = add i64 %242, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 64
  %354 = add i64 %353, %351
  %355 = add i64 %242, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 64
  %362 = add i64 %361, %359
  %363 = add i64 %242, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 64
  %370 = add i64 %369, %367
  %371 = add i64 %242, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 32
  br i1 %374, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %375 = mul i64 %k7, 16
  %376 = add i64 %248, %375
  %377 = add i64 %376, 0
  %378 = getelementptr inbounds float, float* %240, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %376, 8
  %382 = getelementptr inbounds float, float* %240, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %246, 0
  %386 = mul i64 %385, 32
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %238, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat8 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %12, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %12, align 32
  %395 = add i64 %246, 1
  %396 = mul i64 %395, 32
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %238, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat9 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %11, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %11, align 32
  %405 = add i64 %246, 2
  %406 = mul i64 %405, 32
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %238, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat10 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %246, 3
  %416 = mul i64 %415, 32
  %417 = add i64 %416, %k7
  %418 = getelementptr inbounds float, float* %238, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat11 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %9, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %9, align 32
  %425 = add i64 %246, 4
  %426 = mul i64 %425, 32
  %427 = add i64 %426, %k7
  %428 = getelementptr inbounds float, float* %238, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat12 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %380, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %8, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %384, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %8, align 32
  %435 = add i64 %246, 5
  %436 = mul i64 %435, 32
  %437 = add i64 %436, %k7
  %438 = getelementptr inbounds float, float* %238, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat13 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %380, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %7, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %384, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %445 = add i64 %246, 0
  %446 = add i64 %247, 0
  %447 = load <8 x float>, <8 x float>* %18, align 32
  %448 = mul i64 %445, 64
  %449 = add i64 %448, %446
  %450 = add i64 %242, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 64
  %457 = add i64 %456, %454
  %458 = add i64 %242, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 64
  %465 = add i64 %464, %462
  %466 = add i64 %242, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 64
  %473 = add i64 %472, %470
  %474 = add i64 %242, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 64
  %481 = add i64 %480, %478
  %482 = add i64 %242, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 64
  %489 = add i64 %488, %486
  %490 = add i64 %242, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 64
  %497 = add i64 %496, %494
  %498 = add i64 %242, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 64
  %505 = add i64 %504, %502
  %506 = add i64 %242, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 64
  %513 = add i64 %512, %510
  %514 = add i64 %242, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 64
  %521 = add i64 %520, %518
  %522 = add i64 %242, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 64
  %529 = add i64 %528, %526
  %530 = add i64 %242, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 64
  %537 = add i64 %536, %534
  %538 = add i64 %242, %537
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %535, <8 x float>* %540, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %255, %task.exit ], [ %tile.next63, %endif21 ]
  %541 = icmp slt i64 %tile18, %258
  br i1 %541, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %542 = add i64 0, %tile18
  %543 = srem i64 %542, 4
  %544 = sdiv i64 %542, 4
  %545 = srem i64 %544, 4
  %546 = sdiv i64 %542, 16
  %547 = mul i64 %546, 8
  %548 = mul i64 %547, 1800
  %549 = mul i64 %545, 60
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %tile18, 64
  %555 = add i64 28800, %554
  %556 = bitcast [192 x float]* %6 to float*
  %557 = icmp eq i64 %545, 3
  br i1 %557, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %558 = icmp eq i64 %543, 3
  br i1 %558, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %559 = icmp eq i64 %543, 3
  br i1 %559, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !22

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %560 = icmp slt i64 %block, 8
  br i1 %560, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %561 = mul i64 %block, 8
  %562 = add i64 %555, %561
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %563 = icmp slt i64 %row28, 6
  br i1 %563, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %564 = mul i64 %row28, 6144
  %565 = add i64 %562, %564
  %566 = add i64 %565, 0
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = add i64 %565, 1024
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = add i64 %565, 2048
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  %578 = add i64 %565, 3072
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  %581 = load <8 x float>, <8 x float>* %580, align 4
  %582 = add i64 %565, 4096
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %565, 5120
  %587 = getelementptr inbounds float, float* %2, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = fadd <8 x float> %573, %577
  %591 = fsub <8 x float> %573, %577
  %592 = fadd <8 x float> %581, %585
  %593 = fsub <8 x float> %581, %585
  %594 = fadd <8 x float> %569, %590
  %595 = fadd <8 x float> %594, %592
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %591)
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %590)
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %591)
  %599 = fadd <8 x float> %598, %589
  %600 = mul i64 %row28, 32
  %601 = add i64 %600, 0
  %602 = getelementptr inbounds float, float* %556, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  store <8 x float> %595, <8 x float>* %603, align 4
  %604 = mul i64 %row28, 32
  %605 = add i64 %604, 8
  %606 = getelementptr inbounds float, float* %556, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %596, <8 x float>* %607, align 4
  %608 = mul i64 %row28, 32
  %609 = add i64 %608, 16
  %610 = getelementptr inbounds float, float* %556, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  store <8 x float> %597, <8 x float>* %611, align 4
  %612 = mul i64 %row28, 32
  %613 = add i64 %612, 24
  %614 = getelementptr inbounds float, float* %556, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %599, <8 x float>* %615, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !23

row.exit27:                                       ; preds = %row.header25
  %616 = mul i64 %block, 8
  %617 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = mul i64 %block, 1800
  %621 = add i64 %553, %620
  %622 = getelementptr inbounds float, float* %556, i64 0
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = getelementptr inbounds float, float* %556, i64 32
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = getelementptr inbounds float, float* %556, i64 64
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = getelementptr inbounds float, float* %556, i64 96
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %556, i64 128
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %556, i64 160
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = fadd <8 x float> %627, %630
  %641 = fsub <8 x float> %627, %630
  %642 = fadd <8 x float> %633, %636
  %643 = fsub <8 x float> %633, %636
  %644 = fadd <8 x float> %624, %640
  %645 = fadd <8 x float> %644, %642
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %641)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %640)
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %641)
  %649 = fadd <8 x float> %648, %639
  %650 = add i64 %621, 0
  %651 = fadd <8 x float> %645, %619
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = add i64 %621, 120
  %657 = fadd <8 x float> %646, %619
  %658 = fcmp olt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> zeroinitializer, <8 x float> %657
  %660 = getelementptr inbounds float, float* %0, i64 %656
  %661 = bitcast float* %660 to <8 x float>*
  store <8 x float> %659, <8 x float>* %661, align 4
  %662 = add i64 %621, 240
  %663 = fadd <8 x float> %647, %619
  %664 = fcmp olt <8 x float> %663, zeroinitializer
  %665 = select <8 x i1> %664, <8 x float> zeroinitializer, <8 x float> %663
  %666 = getelementptr inbounds float, float* %0, i64 %662
  %667 = bitcast float* %666 to <8 x float>*
  store <8 x float> %665, <8 x float>* %667, align 4
  %668 = getelementptr inbounds float, float* %556, i64 8
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = getelementptr inbounds float, float* %556, i64 40
  %672 = bitcast float* %671 to <8 x float>*
  %673 = load <8 x float>, <8 x float>* %672, align 4
  %674 = getelementptr inbounds float, float* %556, i64 72
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = getelementptr inbounds float, float* %556, i64 104
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = getelementptr inbounds float, float* %556, i64 136
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = getelementptr inbounds float, float* %556, i64 168
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = fadd <8 x float> %673, %676
  %687 = fsub <8 x float> %673, %676
  %688 = fadd <8 x float> %679, %682
  %689 = fsub <8 x float> %679, %682
  %690 = fadd <8 x float> %670, %686
  %691 = fadd <8 x float> %690, %688
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %687)
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %686)
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %687)
  %695 = fadd <8 x float> %694, %685
  %696 = add i64 %621, 8
  %697 = fadd <8 x float> %691, %619
  %698 = fcmp olt <8 x float> %697, zeroinitializer
  %699 = select <8 x i1> %698, <8 x float> zeroinitializer, <8 x float> %697
  %700 = getelementptr inbounds float, float* %0, i64 %696
  %701 = bitcast float* %700 to <8 x float>*
  store <8 x float> %699, <8 x float>* %701, align 4
  %702 = add i64 %621, 128
  %703 = fadd <8 x float> %692, %619
  %704 = fcmp olt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> zeroinitializer, <8 x float> %703
  %706 = getelementptr inbounds float, float* %0, i64 %702
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %705, <8 x float>* %707, align 4
  %708 = add i64 %621, 248
  %709 = fadd <8 x float> %693, %619
  %710 = fcmp olt <8 x float> %709, zeroinitializer
  %711 = select <8 x i1> %710, <8 x float> zeroinitializer, <8 x float> %709
  %712 = getelementptr inbounds float, float* %0, i64 %708
  %713 = bitcast float* %712 to <8 x float>*
  store <8 x float> %711, <8 x float>* %713, align 4
  %714 = getelementptr inbounds float, float* %556, i64 16
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = getelementptr inbounds float, float* %556, i64 48
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = getelementptr inbounds float, float* %556, i64 80
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = getelementptr inbounds float, float* %556, i64 112
  %724 = bitcast float* %723 to <8 x float>*
  %725 = load <8 x float>, <8 x float>* %724, align 4
  %726 = getelementptr inbounds float, float* %556, i64 144
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = getelementptr inbounds float, float* %556, i64 176
  %730 = bitcast float* %729 to <8 x float>*
  %731 = load <8 x float>, <8 x float>* %730, align 4
  %732 = fadd <8 x float> %719, %722
  %733 = fsub <8 x float> %719, %722
  %734 = fadd <8 x float> %725, %728
  %735 = fsub <8 x float> %725, %728
  %736 = fadd <8 x float> %716, %732
  %737 = fadd <8 x float> %736, %734
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %735, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %733)
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %734, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %732)
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %735, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %733)
  %741 = fadd <8 x float> %740, %731
  %742 = add i64 %621, 16
  %743 = fadd <8 x float> %737, %619
  %744 = fcmp olt <8 x float> %743, zeroinitializer
  %745 = select <8 x i1> %744, <8 x float> zeroinitializer, <8 x float> %743
  %746 = getelementptr inbounds float, float* %0, i64 %742
  %747 = bitcast float* %746 to <8 x float>*
  store <8 x float> %745, <8 x float>* %747, align 4
  %748 = add i64 %621, 136
  %749 = fadd <8 x float> %738, %619
  %750 = fcmp olt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> %749
  %752 = getelementptr inbounds float, float* %0, i64 %748
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = add i64 %621, 256
  %755 = fadd <8 x float> %739, %619
  %756 = fcmp olt <8 x float> %755, zeroinitializer
  %757 = select <8 x i1> %756, <8 x float> zeroinitializer, <8 x float> %755
  %758 = getelementptr inbounds float, float* %0, i64 %754
  %759 = bitcast float* %758 to <8 x float>*
  store <8 x float> %757, <8 x float>* %759, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !24

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %760 = icmp slt i64 %block33, 8
  br i1 %760, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %761 = mul i64 %block33, 8
  %762 = add i64 %555, %761
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %763 = icmp slt i64 %row37, 6
  br i1 %763, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %764 = mul i64 %row37, 6144
  %765 = add i64 %762, %764
  %766 = add i64 %765, 0
  %767 = getelementptr inbounds float, float* %2, i64 %766
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = add i64 %765, 1024
  %771 = getelementptr inbounds float, float* %2, i64 %770
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = add i64 %765, 2048
  %775 = getelementptr inbounds float, float* %2, i64 %774
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  %778 = add i64 %765, 3072
  %779 = getelementptr inbounds float, float* %2, i64 %778
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = add i64 %765, 4096
  %783 = getelementptr inbounds float, float* %2, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = add i64 %765, 5120
  %787 = getelementptr inbounds float, float* %2, i64 %786
  %788 = bitcast float* %787 to <8 x float>*
  %789 = load <8 x float>, <8 x float>* %788, align 4
  %790 = fadd <8 x float> %773, %777
  %791 = fsub <8 x float> %773, %777
  %792 = fadd <8 x float> %781, %785
  %793 = fsub <8 x float> %781, %785
  %794 = fadd <8 x float> %769, %790
  %795 = fadd <8 x float> %794, %792
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %791)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %790)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %791)
  %799 = fadd <8 x float> %798, %789
  %800 = mul i64 %row37, 32
  %801 = add i64 %800, 0
  %802 = getelementptr inbounds float, float* %556, i64 %801
  %803 = bitcast float* %802 to <8 x float>*
  store <8 x float> %795, <8 x float>* %803, align 4
  %804 = mul i64 %row37, 32
  %805 = add i64 %804, 8
  %806 = getelementptr inbounds float, float* %556, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  store <8 x float> %796, <8 x float>* %807, align 4
  %808 = mul i64 %row37, 32
  %809 = add i64 %808, 16
  %810 = getelementptr inbounds float, float* %556, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  store <8 x float> %797, <8 x float>* %811, align 4
  %812 = mul i64 %row37, 32
  %813 = add i64 %812, 24
  %814 = getelementptr inbounds float, float* %556, i64 %813
  %815 = bitcast float* %814 to <8 x float>*
  store <8 x float> %799, <8 x float>* %815, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !25

row.exit36:                                       ; preds = %row.header34
  %816 = mul i64 %block33, 8
  %817 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %816
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = mul i64 %block33, 1800
  %821 = add i64 %553, %820
  %822 = getelementptr inbounds float, float* %556, i64 0
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = getelementptr inbounds float, float* %556, i64 32
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = getelementptr inbounds float, float* %556, i64 64
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = getelementptr inbounds float, float* %556, i64 96
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  %834 = getelementptr inbounds float, float* %556, i64 128
  %835 = bitcast float* %834 to <8 x float>*
  %836 = load <8 x float>, <8 x float>* %835, align 4
  %837 = getelementptr inbounds float, float* %556, i64 160
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = fadd <8 x float> %827, %830
  %841 = fsub <8 x float> %827, %830
  %842 = fadd <8 x float> %833, %836
  %843 = fsub <8 x float> %833, %836
  %844 = fadd <8 x float> %824, %840
  %845 = fadd <8 x float> %844, %842
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %841)
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %840)
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %841)
  %849 = fadd <8 x float> %848, %839
  %850 = add i64 %821, 0
  %851 = fadd <8 x float> %845, %819
  %852 = fcmp olt <8 x float> %851, zeroinitializer
  %853 = select <8 x i1> %852, <8 x float> zeroinitializer, <8 x float> %851
  %854 = getelementptr inbounds float, float* %0, i64 %850
  %855 = bitcast float* %854 to <8 x float>*
  store <8 x float> %853, <8 x float>* %855, align 4
  %856 = add i64 %821, 120
  %857 = fadd <8 x float> %846, %819
  %858 = fcmp olt <8 x float> %857, zeroinitializer
  %859 = select <8 x i1> %858, <8 x float> zeroinitializer, <8 x float> %857
  %860 = getelementptr inbounds float, float* %0, i64 %856
  %861 = bitcast float* %860 to <8 x float>*
  store <8 x float> %859, <8 x float>* %861, align 4
  %862 = add i64 %821, 240
  %863 = fadd <8 x float> %847, %819
  %864 = fcmp olt <8 x float> %863, zeroinitializer
  %865 = select <8 x i1> %864, <8 x float> zeroinitializer, <8 x float> %863
  %866 = getelementptr inbounds float, float* %0, i64 %862
  %867 = bitcast float* %866 to <8 x float>*
  store <8 x float> %865, <8 x float>* %867, align 4
  %868 = getelementptr inbounds float, float* %556, i64 8
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = getelementptr inbounds float, float* %556, i64 40
  %872 = bitcast float* %871 to <8 x float>*
  %873 = load <8 x float>, <8 x float>* %872, align 4
  %874 = getelementptr inbounds float, float* %556, i64 72
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = getelementptr inbounds float, float* %556, i64 104
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = getelementptr inbounds float, float* %556, i64 136
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = getelementptr inbounds float, float* %556, i64 168
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = fadd <8 x float> %873, %876
  %887 = fsub <8 x float> %873, %876
  %888 = fadd <8 x float> %879, %882
  %889 = fsub <8 x float> %879, %882
  %890 = fadd <8 x float> %870, %886
  %891 = fadd <8 x float> %890, %888
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %889, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %887)
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %888, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %886)
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %889, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %887)
  %895 = fadd <8 x float> %894, %885
  %896 = add i64 %821, 8
  %897 = fadd <8 x float> %891, %819
  %898 = fcmp olt <8 x float> %897, zeroinitializer
  %899 = select <8 x i1> %898, <8 x float> zeroinitializer, <8 x float> %897
  %900 = getelementptr inbounds float, float* %0, i64 %896
  %901 = bitcast float* %900 to <8 x float>*
  store <8 x float> %899, <8 x float>* %901, align 4
  %902 = add i64 %821, 128
  %903 = fadd <8 x float> %892, %819
  %904 = fcmp olt <8 x float> %903, zeroinitializer
  %905 = select <8 x i1> %904, <8 x float> zeroinitializer, <8 x float> %903
  %906 = getelementptr inbounds float, float* %0, i64 %902
  %907 = bitcast float* %906 to <8 x float>*
  store <8 x float> %905, <8 x float>* %907, align 4
  %908 = add i64 %821, 248
  %909 = fadd <8 x float> %893, %819
  %910 = fcmp olt <8 x float> %909, zeroinitializer
  %911 = select <8 x i1> %910, <8 x float> zeroinitializer, <8 x float> %909
  %912 = getelementptr inbounds float, float* %0, i64 %908
  %913 = bitcast float* %912 to <8 x float>*
  store <8 x float> %911, <8 x float>* %913, align 4
  %914 = getelementptr inbounds float, float* %556, i64 16
  %915 = bitcast float* %914 to <8 x float>*
  %916 = load <8 x float>, <8 x float>* %915, align 4
  %917 = getelementptr inbounds float, float* %556, i64 48
  %918 = bitcast float* %917 to <8 x float>*
  %919 = load <8 x float>, <8 x float>* %918, align 4
  %920 = getelementptr inbounds float, float* %556, i64 80
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = getelementptr inbounds float, float* %556, i64 112
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = getelementptr inbounds float, float* %556, i64 144
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = getelementptr inbounds float, float* %556, i64 176
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = fadd <8 x float> %919, %922
  %933 = fsub <8 x float> %919, %922
  %934 = fadd <8 x float> %925, %928
  %935 = fsub <8 x float> %925, %928
  %936 = fadd <8 x float> %916, %932
  %937 = fadd <8 x float> %936, %934
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %933)
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %934, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %932)
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %933)
  %941 = fadd <8 x float> %940, %931
  %942 = add i64 %821, 16
  %943 = fadd <8 x float> %937, %819
  %944 = fcmp olt <8 x float> %943, zeroinitializer
  %945 = select <8 x i1> %944, <8 x float> zeroinitializer, <8 x float> %943
  %946 = getelementptr inbounds float, float* %0, i64 %942
  %947 = bitcast float* %946 to <8 x float>*
  store <8 x float> %945, <8 x float>* %947, align 4
  %948 = add i64 %821, 136
  %949 = fadd <8 x float> %938, %819
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %948
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = add i64 %821, 256
  %955 = fadd <8 x float> %939, %819
  %956 = fcmp olt <8 x float> %955, zeroinitializer
  %957 = select <8 x i1> %956, <8 x float> zeroinitializer, <8 x float> %955
  %958 = getelementptr inbounds float, float* %0, i64 %954
  %959 = bitcast float* %958 to <8 x float>*
  store <8 x float> %957, <8 x float>* %959, align 4
  %960 = getelementptr inbounds float, float* %556, i64 24
  %961 = bitcast float* %960 to <8 x float>*
  %962 = load <8 x float>, <8 x float>* %961, align 4
  %963 = getelementptr inbounds float, float* %556, i64 56
  %964 = bitcast float* %963 to <8 x float>*
  %965 = load <8 x float>, <8 x float>* %964, align 4
  %966 = getelementptr inbounds float, float* %556, i64 88
  %967 = bitcast float* %966 to <8 x float>*
  %968 = load <8 x float>, <8 x float>* %967, align 4
  %969 = getelementptr inbounds float, float* %556, i64 120
  %970 = bitcast float* %969 to <8 x float>*
  %971 = load <8 x float>, <8 x float>* %970, align 4
  %972 = getelementptr inbounds float, float* %556, i64 152
  %973 = bitcast float* %972 to <8 x float>*
  %974 = load <8 x float>, <8 x float>* %973, align 4
  %975 = getelementptr inbounds float, float* %556, i64 184
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = fadd <8 x float> %965, %968
  %979 = fsub <8 x float> %965, %968
  %980 = fadd <8 x float> %971, %974
  %981 = fsub <8 x float> %971, %974
  %982 = fadd <8 x float> %962, %978
  %983 = fadd <8 x float> %982, %980
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %981, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %979)
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %978)
  %986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %981, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %979)
  %987 = fadd <8 x float> %986, %977
  %988 = add i64 %821, 24
  %989 = fadd <8 x float> %983, %819
  %990 = fcmp olt <8 x float> %989, zeroinitializer
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> %989
  %992 = getelementptr inbounds float, float* %0, i64 %988
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = add i64 %821, 144
  %995 = fadd <8 x float> %984, %819
  %996 = fcmp olt <8 x float> %995, zeroinitializer
  %997 = select <8 x i1> %996, <8 x float> zeroinitializer, <8 x float> %995
  %998 = getelementptr inbounds float, float* %0, i64 %994
  %999 = bitcast float* %998 to <8 x float>*
  store <8 x float> %997, <8 x float>* %999, align 4
  %1000 = add i64 %821, 264
  %1001 = fadd <8 x float> %985, %819
  %1002 = fcmp olt <8 x float> %1001, zeroinitializer
  %1003 = select <8 x i1> %1002, <8 x float> zeroinitializer, <8 x float> %1001
  %1004 = getelementptr inbounds float, float* %0, i64 %1000
  %1005 = bitcast float* %1004 to <8 x float>*
  store <8 x float> %1003, <8 x float>* %1005, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !26

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %1006 = icmp slt i64 %block46, 8
  br i1 %1006, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %1007 = mul i64 %block46, 8
  %1008 = add i64 %555, %1007
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %1009 = icmp slt i64 %row50, 6
  br i1 %1009, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %1010 = mul i64 %row50, 6144
  %1011 = add i64 %1008, %1010
  %1012 = add i64 %1011, 0
  %1013 = getelementptr inbounds float, float* %2, i64 %1012
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = add i64 %1011, 1024
  %1017 = getelementptr inbounds float, float* %2, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = add i64 %1011, 2048
  %1021 = getelementptr inbounds float, float* %2, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = add i64 %1011, 3072
  %1025 = getelementptr inbounds float, float* %2, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = add i64 %1011, 4096
  %1029 = getelementptr inbounds float, float* %2, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = add i64 %1011, 5120
  %1033 = getelementptr inbounds float, float* %2, i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = fadd <8 x float> %1019, %1023
  %1037 = fsub <8 x float> %1019, %1023
  %1038 = fadd <8 x float> %1027, %1031
  %1039 = fsub <8 x float> %1027, %1031
  %1040 = fadd <8 x float> %1015, %1036
  %1041 = fadd <8 x float> %1040, %1038
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1037)
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1036)
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1037)
  %1045 = fadd <8 x float> %1044, %1035
  %1046 = mul i64 %row50, 32
  %1047 = add i64 %1046, 0
  %1048 = getelementptr inbounds float, float* %556, i64 %1047
  %1049 = bitcast float* %1048 to <8 x float>*
  store <8 x float> %1041, <8 x float>* %1049, align 4
  %1050 = mul i64 %row50, 32
  %1051 = add i64 %1050, 8
  %1052 = getelementptr inbounds float, float* %556, i64 %1051
  %1053 = bitcast float* %1052 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1053, align 4
  %1054 = mul i64 %row50, 32
  %1055 = add i64 %1054, 16
  %1056 = getelementptr inbounds float, float* %556, i64 %1055
  %1057 = bitcast float* %1056 to <8 x float>*
  store <8 x float> %1043, <8 x float>* %1057, align 4
  %1058 = mul i64 %row50, 32
  %1059 = add i64 %1058, 24
  %1060 = getelementptr inbounds float, float* %556, i64 %1059
  %1061 = bitcast float* %1060 to <8 x float>*
  store <8 x float> %1045, <8 x float>* %1061, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !27

row.exit49:                                       ; preds = %row.header47
  %1062 = mul i64 %block46, 8
  %1063 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1062
  %1064 = bitcast float* %1063 to <8 x float>*
  %1065 = load <8 x float>, <8 x float>* %1064, align 4
  %1066 = mul i64 %block46, 1800
  %1067 = add i64 %553, %1066
  %1068 = getelementptr inbounds float, float* %556, i64 0
  %1069 = bitcast float* %1068 to <8 x float>*
  %1070 = load <8 x float>, <8 x float>* %1069, align 4
  %1071 = getelementptr inbounds float, float* %556, i64 32
  %1072 = bitcast float* %1071 to <8 x float>*
  %1073 = load <8 x float>, <8 x float>* %1072, align 4
  %1074 = getelementptr inbounds float, float* %556, i64 64
  %1075 = bitcast float* %1074 to <8 x float>*
  %1076 = load <8 x float>, <8 x float>* %1075, align 4
  %1077 = getelementptr inbounds float, float* %556, i64 96
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = getelementptr inbounds float, float* %556, i64 128
  %1081 = bitcast float* %1080 to <8 x float>*
  %1082 = load <8 x float>, <8 x float>* %1081, align 4
  %1083 = getelementptr inbounds float, float* %556, i64 160
  %1084 = bitcast float* %1083 to <8 x float>*
  %1085 = load <8 x float>, <8 x float>* %1084, align 4
  %1086 = fadd <8 x float> %1073, %1076
  %1087 = fsub <8 x float> %1073, %1076
  %1088 = fadd <8 x float> %1079, %1082
  %1089 = fsub <8 x float> %1079, %1082
  %1090 = fadd <8 x float> %1070, %1086
  %1091 = fadd <8 x float> %1090, %1088
  %1092 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1089, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1087)
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1088, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1086)
  %1094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1089, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1087)
  %1095 = fadd <8 x float> %1094, %1085
  %1096 = add i64 %1067, 0
  %1097 = fadd <8 x float> %1091, %1065
  %1098 = fcmp olt <8 x float> %1097, zeroinitializer
  %1099 = select <8 x i1> %1098, <8 x float> zeroinitializer, <8 x float> %1097
  %1100 = getelementptr inbounds float, float* %0, i64 %1096
  %1101 = bitcast float* %1100 to <8 x float>*
  store <8 x float> %1099, <8 x float>* %1101, align 4
  %1102 = add i64 %1067, 120
  %1103 = fadd <8 x float> %1092, %1065
  %1104 = fcmp olt <8 x float> %1103, zeroinitializer
  %1105 = select <8 x i1> %1104, <8 x float> zeroinitializer, <8 x float> %1103
  %1106 = getelementptr inbounds float, float* %0, i64 %1102
  %1107 = bitcast float* %1106 to <8 x float>*
  store <8 x float> %1105, <8 x float>* %1107, align 4
  %1108 = add i64 %1067, 240
  %1109 = fadd <8 x float> %1093, %1065
  %1110 = fcmp olt <8 x float> %1109, zeroinitializer
  %1111 = select <8 x i1> %1110, <8 x float> zeroinitializer, <8 x float> %1109
  %1112 = getelementptr inbounds float, float* %0, i64 %1108
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1113, align 4
  %1114 = add i64 %1067, 360
  %1115 = fadd <8 x float> %1095, %1065
  %1116 = fcmp olt <8 x float> %1115, zeroinitializer
  %1117 = select <8 x i1> %1116, <8 x float> zeroinitializer, <8 x float> %1115
  %1118 = getelementptr inbounds float, float* %0, i64 %1114
  %1119 = bitcast float* %1118 to <8 x float>*
  store <8 x float> %1117, <8 x float>* %1119, align 4
  %1120 = getelementptr inbounds float, float* %556, i64 8
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  %1123 = getelementptr inbounds float, float* %556, i64 40
  %1124 = bitcast float* %1123 to <8 x float>*
  %1125 = load <8 x float>, <8 x float>* %1124, align 4
  %1126 = getelementptr inbounds float, float* %556, i64 72
  %1127 = bitcast float* %1126 to <8 x float>*
  %1128 = load <8 x float>, <8 x float>* %1127, align 4
  %1129 = getelementptr inbounds float, float* %556, i64 104
  %1130 = bitcast float* %1129 to <8 x float>*
  %1131 = load <8 x float>, <8 x float>* %1130, align 4
  %1132 = getelementptr inbounds float, float* %556, i64 136
  %1133 = bitcast float* %1132 to <8 x float>*
  %1134 = load <8 x float>, <8 x float>* %1133, align 4
  %1135 = getelementptr inbounds float, float* %556, i64 168
  %1136 = bitcast float* %1135 to <8 x float>*
  %1137 = load <8 x float>, <8 x float>* %1136, align 4
  %1138 = fadd <8 x float> %1125, %1128
  %1139 = fsub <8 x float> %1125, %1128
  %1140 = fadd <8 x float> %1131, %1134
  %1141 = fsub <8 x float> %1131, %1134
  %1142 = fadd <8 x float> %1122, %1138
  %1143 = fadd <8 x float> %1142, %1140
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1139)
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1140, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1138)
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1139)
  %1147 = fadd <8 x float> %1146, %1137
  %1148 = add i64 %1067, 8
  %1149 = fadd <8 x float> %1143, %1065
  %1150 = fcmp olt <8 x float> %1149, zeroinitializer
  %1151 = select <8 x i1> %1150, <8 x float> zeroinitializer, <8 x float> %1149
  %1152 = getelementptr inbounds float, float* %0, i64 %1148
  %1153 = bitcast float* %1152 to <8 x float>*
  store <8 x float> %1151, <8 x float>* %1153, align 4
  %1154 = add i64 %1067, 128
  %1155 = fadd <8 x float> %1144, %1065
  %1156 = fcmp olt <8 x float> %1155, zeroinitializer
  %1157 = select <8 x i1> %1156, <8 x float> zeroinitializer, <8 x float> %1155
  %1158 = getelementptr inbounds float, float* %0, i64 %1154
  %1159 = bitcast float* %1158 to <8 x float>*
  store <8 x float> %1157, <8 x float>* %1159, align 4
  %1160 = add i64 %1067, 248
  %1161 = fadd <8 x float> %1145, %1065
  %1162 = fcmp olt <8 x float> %1161, zeroinitializer
  %1163 = select <8 x i1> %1162, <8 x float> zeroinitializer, <8 x float> %1161
  %1164 = getelementptr inbounds float, float* %0, i64 %1160
  %1165 = bitcast float* %1164 to <8 x float>*
  store <8 x float> %1163, <8 x float>* %1165, align 4
  %1166 = add i64 %1067, 368
  %1167 = fadd <8 x float> %1147, %1065
  %1168 = fcmp olt <8 x float> %1167, zeroinitializer
  %1169 = select <8 x i1> %1168, <8 x float> zeroinitializer, <8 x float> %1167
  %1170 = getelementptr inbounds float, float* %0, i64 %1166
  %1171 = bitcast float* %1170 to <8 x float>*
  store <8 x float> %1169, <8 x float>* %1171, align 4
  %1172 = getelementptr inbounds float, float* %556, i64 16
  %1173 = bitcast float* %1172 to <8 x float>*
  %1174 = load <8 x float>, <8 x float>* %1173, align 4
  %1175 = getelementptr inbounds float, float* %556, i64 48
  %1176 = bitcast float* %1175 to <8 x float>*
  %1177 = load <8 x float>, <8 x float>* %1176, align 4
  %1178 = getelementptr inbounds float, float* %556, i64 80
  %1179 = bitcast float* %1178 to <8 x float>*
  %1180 = load <8 x float>, <8 x float>* %1179, align 4
  %1181 = getelementptr inbounds float, float* %556, i64 112
  %1182 = bitcast float* %1181 to <8 x float>*
  %1183 = load <8 x float>, <8 x float>* %1182, align 4
  %1184 = getelementptr inbounds float, float* %556, i64 144
  %1185 = bitcast float* %1184 to <8 x float>*
  %1186 = load <8 x float>, <8 x float>* %1185, align 4
  %1187 = getelementptr inbounds float, float* %556, i64 176
  %1188 = bitcast float* %1187 to <8 x float>*
  %1189 = load <8 x float>, <8 x float>* %1188, align 4
  %1190 = fadd <8 x float> %1177, %1180
  %1191 = fsub <8 x float> %1177, %1180
  %1192 = fadd <8 x float> %1183, %1186
  %1193 = fsub <8 x float> %1183, %1186
  %1194 = fadd <8 x float> %1174, %1190
  %1195 = fadd <8 x float> %1194, %1192
  %1196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1193, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1191)
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1190)
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1193, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1191)
  %1199 = fadd <8 x float> %1198, %1189
  %1200 = add i64 %1067, 16
  %1201 = fadd <8 x float> %1195, %1065
  %1202 = fcmp olt <8 x float> %1201, zeroinitializer
  %1203 = select <8 x i1> %1202, <8 x float> zeroinitializer, <8 x float> %1201
  %1204 = getelementptr inbounds float, float* %0, i64 %1200
  %1205 = bitcast float* %1204 to <8 x float>*
  store <8 x float> %1203, <8 x float>* %1205, align 4
  %1206 = add i64 %1067, 136
  %1207 = fadd <8 x float> %1196, %1065
  %1208 = fcmp olt <8 x float> %1207, zeroinitializer
  %1209 = select <8 x i1> %1208, <8 x float> zeroinitializer, <8 x float> %1207
  %1210 = getelementptr inbounds float, float* %0, i64 %1206
  %1211 = bitcast float* %1210 to <8 x float>*
  store <8 x float> %1209, <8 x float>* %1211, align 4
  %1212 = add i64 %1067, 256
  %1213 = fadd <8 x float> %1197, %1065
  %1214 = fcmp olt <8 x float> %1213, zeroinitializer
  %1215 = select <8 x i1> %1214, <8 x float> zeroinitializer, <8 x float> %1213
  %1216 = getelementptr inbounds float, float* %0, i64 %1212
  %1217 = bitcast float* %1216 to <8 x float>*
  store <8 x float> %1215, <8 x float>* %1217, align 4
  %1218 = add i64 %1067, 376
  %1219 = fadd <8 x float> %1199, %1065
  %1220 = fcmp olt <8 x float> %1219, zeroinitializer
  %1221 = select <8 x i1> %1220, <8 x float> zeroinitializer, <8 x float> %1219
  %1222 = getelementptr inbounds float, float* %0, i64 %1218
  %1223 = bitcast float* %1222 to <8 x float>*
  store <8 x float> %1221, <8 x float>* %1223, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !28

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1224 = icmp slt i64 %block56, 8
  br i1 %1224, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1225 = mul i64 %block56, 8
  %1226 = add i64 %555, %1225
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1227 = icmp slt i64 %row60, 6
  br i1 %1227, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1228 = mul i64 %row60, 6144
  %1229 = add i64 %1226, %1228
  %1230 = add i64 %1229, 0
  %1231 = getelementptr inbounds float, float* %2, i64 %1230
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = add i64 %1229, 1024
  %1235 = getelementptr inbounds float, float* %2, i64 %1234
  %1236 = bitcast float* %1235 to <8 x float>*
  %1237 = load <8 x float>, <8 x float>* %1236, align 4
  %1238 = add i64 %1229, 2048
  %1239 = getelementptr inbounds float, float* %2, i64 %1238
  %1240 = bitcast float* %1239 to <8 x float>*
  %1241 = load <8 x float>, <8 x float>* %1240, align 4
  %1242 = add i64 %1229, 3072
  %1243 = getelementptr inbounds float, float* %2, i64 %1242
  %1244 = bitcast float* %1243 to <8 x float>*
  %1245 = load <8 x float>, <8 x float>* %1244, align 4
  %1246 = add i64 %1229, 4096
  %1247 = getelementptr inbounds float, float* %2, i64 %1246
  %1248 = bitcast float* %1247 to <8 x float>*
  %1249 = load <8 x float>, <8 x float>* %1248, align 4
  %1250 = add i64 %1229, 5120
  %1251 = getelementptr inbounds float, float* %2, i64 %1250
  %1252 = bitcast float* %1251 to <8 x float>*
  %1253 = load <8 x float>, <8 x float>* %1252, align 4
  %1254 = fadd <8 x float> %1237, %1241
  %1255 = fsub <8 x float> %1237, %1241
  %1256 = fadd <8 x float> %1245, %1249
  %1257 = fsub <8 x float> %1245, %1249
  %1258 = fadd <8 x float> %1233, %1254
  %1259 = fadd <8 x float> %1258, %1256
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1255)
  %1261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1256, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1254)
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1255)
  %1263 = fadd <8 x float> %1262, %1253
  %1264 = mul i64 %row60, 32
  %1265 = add i64 %1264, 0
  %1266 = getelementptr inbounds float, float* %556, i64 %1265
  %1267 = bitcast float* %1266 to <8 x float>*
  store <8 x float> %1259, <8 x float>* %1267, align 4
  %1268 = mul i64 %row60, 32
  %1269 = add i64 %1268, 8
  %1270 = getelementptr inbounds float, float* %556, i64 %1269
  %1271 = bitcast float* %1270 to <8 x float>*
  store <8 x float> %1260, <8 x float>* %1271, align 4
  %1272 = mul i64 %row60, 32
  %1273 = add i64 %1272, 16
  %1274 = getelementptr inbounds float, float* %556, i64 %1273
  %1275 = bitcast float* %1274 to <8 x float>*
  store <8 x float> %1261, <8 x float>* %1275, align 4
  %1276 = mul i64 %row60, 32
  %1277 = add i64 %1276, 24
  %1278 = getelementptr inbounds float, float* %556, i64 %1277
  %1279 = bitcast float* %1278 to <8 x float>*
  store <8 x float> %1263, <8 x float>* %1279, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !29

row.exit59:                                       ; preds = %row.header57
  %1280 = mul i64 %block56, 8
  %1281 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1280
  %1282 = bitcast float* %1281 to <8 x float>*
  %1283 = load <8 x float>, <8 x float>* %1282, align 4
  %1284 = mul i64 %block56, 1800
  %1285 = add i64 %553, %1284
  %1286 = getelementptr inbounds float, float* %556, i64 0
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = getelementptr inbounds float, float* %556, i64 32
  %1290 = bitcast float* %1289 to <8 x float>*
  %1291 = load <8 x float>, <8 x float>* %1290, align 4
  %1292 = getelementptr inbounds float, float* %556, i64 64
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = getelementptr inbounds float, float* %556, i64 96
  %1296 = bitcast float* %1295 to <8 x float>*
  %1297 = load <8 x float>, <8 x float>* %1296, align 4
  %1298 = getelementptr inbounds float, float* %556, i64 128
  %1299 = bitcast float* %1298 to <8 x float>*
  %1300 = load <8 x float>, <8 x float>* %1299, align 4
  %1301 = getelementptr inbounds float, float* %556, i64 160
  %1302 = bitcast float* %1301 to <8 x float>*
  %1303 = load <8 x float>, <8 x float>* %1302, align 4
  %1304 = fadd <8 x float> %1291, %1294
  %1305 = fsub <8 x float> %1291, %1294
  %1306 = fadd <8 x float> %1297, %1300
  %1307 = fsub <8 x float> %1297, %1300
  %1308 = fadd <8 x float> %1288, %1304
  %1309 = fadd <8 x float> %1308, %1306
  %1310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1307, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1305)
  %1311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1304)
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1307, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1305)
  %1313 = fadd <8 x float> %1312, %1303
  %1314 = add i64 %1285, 0
  %1315 = fadd <8 x float> %1309, %1283
  %1316 = fcmp olt <8 x float> %1315, zeroinitializer
  %1317 = select <8 x i1> %1316, <8 x float> zeroinitializer, <8 x float> %1315
  %1318 = getelementptr inbounds float, float* %0, i64 %1314
  %1319 = bitcast float* %1318 to <8 x float>*
  store <8 x float> %1317, <8 x float>* %1319, align 4
  %1320 = add i64 %1285, 120
  %1321 = fadd <8 x float> %1310, %1283
  %1322 = fcmp olt <8 x float> %1321, zeroinitializer
  %1323 = select <8 x i1> %1322, <8 x float> zeroinitializer, <8 x float> %1321
  %1324 = getelementptr inbounds float, float* %0, i64 %1320
  %1325 = bitcast float* %1324 to <8 x float>*
  store <8 x float> %1323, <8 x float>* %1325, align 4
  %1326 = add i64 %1285, 240
  %1327 = fadd <8 x float> %1311, %1283
  %1328 = fcmp olt <8 x float> %1327, zeroinitializer
  %1329 = select <8 x i1> %1328, <8 x float> zeroinitializer, <8 x float> %1327
  %1330 = getelementptr inbounds float, float* %0, i64 %1326
  %1331 = bitcast float* %1330 to <8 x float>*
  store <8 x float> %1329, <8 x float>* %1331, align 4
  %1332 = add i64 %1285, 360
  %1333 = fadd <8 x float> %1313, %1283
  %1334 = fcmp olt <8 x float> %1333, zeroinitializer
  %1335 = select <8 x i1> %1334, <8 x float> zeroinitializer, <8 x float> %1333
  %1336 = getelementptr inbounds float, float* %0, i64 %1332
  %1337 = bitcast float* %1336 to <8 x float>*
  store <8 x float> %1335, <8 x float>* %1337, align 4
  %1338 = getelementptr inbounds float, float* %556, i64 8
  %1339 = bitcast float* %1338 to <8 x float>*
  %1340 = load <8 x float>, <8 x float>* %1339, align 4
  %1341 = getelementptr inbounds float, float* %556, i64 40
  %1342 = bitcast float* %1341 to <8 x float>*
  %1343 = load <8 x float>, <8 x float>* %1342, align 4
  %1344 = getelementptr inbounds float, float* %556, i64 72
  %1345 = bitcast float* %1344 to <8 x float>*
  %1346 = load <8 x float>, <8 x float>* %1345, align 4
  %1347 = getelementptr inbounds float, float* %556, i64 104
  %1348 = bitcast float* %1347 to <8 x float>*
  %1349 = load <8 x float>, <8 x float>* %1348, align 4
  %1350 = getelementptr inbounds float, float* %556, i64 136
  %1351 = bitcast float* %1350 to <8 x float>*
  %1352 = load <8 x float>, <8 x float>* %1351, align 4
  %1353 = getelementptr inbounds float, float* %556, i64 168
  %1354 = bitcast float* %1353 to <8 x float>*
  %1355 = load <8 x float>, <8 x float>* %1354, align 4
  %1356 = fadd <8 x float> %1343, %1346
  %1357 = fsub <8 x float> %1343, %1346
  %1358 = fadd <8 x float> %1349, %1352
  %1359 = fsub <8 x float> %1349, %1352
  %1360 = fadd <8 x float> %1340, %1356
  %1361 = fadd <8 x float> %1360, %1358
  %1362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1357)
  %1363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1358, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1356)
  %1364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1357)
  %1365 = fadd <8 x float> %1364, %1355
  %1366 = add i64 %1285, 8
  %1367 = fadd <8 x float> %1361, %1283
  %1368 = fcmp olt <8 x float> %1367, zeroinitializer
  %1369 = select <8 x i1> %1368, <8 x float> zeroinitializer, <8 x float> %1367
  %1370 = getelementptr inbounds float, float* %0, i64 %1366
  %1371 = bitcast float* %1370 to <8 x float>*
  store <8 x float> %1369, <8 x float>* %1371, align 4
  %1372 = add i64 %1285, 128
  %1373 = fadd <8 x float> %1362, %1283
  %1374 = fcmp olt <8 x float> %1373, zeroinitializer
  %1375 = select <8 x i1> %1374, <8 x float> zeroinitializer, <8 x float> %1373
  %1376 = getelementptr inbounds float, float* %0, i64 %1372
  %1377 = bitcast float* %1376 to <8 x float>*
  store <8 x float> %1375, <8 x float>* %1377, align 4
  %1378 = add i64 %1285, 248
  %1379 = fadd <8 x float> %1363, %1283
  %1380 = fcmp olt <8 x float> %1379, zeroinitializer
  %1381 = select <8 x i1> %1380, <8 x float> zeroinitializer, <8 x float> %1379
  %1382 = getelementptr inbounds float, float* %0, i64 %1378
  %1383 = bitcast float* %1382 to <8 x float>*
  store <8 x float> %1381, <8 x float>* %1383, align 4
  %1384 = add i64 %1285, 368
  %1385 = fadd <8 x float> %1365, %1283
  %1386 = fcmp olt <8 x float> %1385, zeroinitializer
  %1387 = select <8 x i1> %1386, <8 x float> zeroinitializer, <8 x float> %1385
  %1388 = getelementptr inbounds float, float* %0, i64 %1384
  %1389 = bitcast float* %1388 to <8 x float>*
  store <8 x float> %1387, <8 x float>* %1389, align 4
  %1390 = getelementptr inbounds float, float* %556, i64 16
  %1391 = bitcast float* %1390 to <8 x float>*
  %1392 = load <8 x float>, <8 x float>* %1391, align 4
  %1393 = getelementptr inbounds float, float* %556, i64 48
  %1394 = bitcast float* %1393 to <8 x float>*
  %1395 = load <8 x float>, <8 x float>* %1394, align 4
  %1396 = getelementptr inbounds float, float* %556, i64 80
  %1397 = bitcast float* %1396 to <8 x float>*
  %1398 = load <8 x float>, <8 x float>* %1397, align 4
  %1399 = getelementptr inbounds float, float* %556, i64 112
  %1400 = bitcast float* %1399 to <8 x float>*
  %1401 = load <8 x float>, <8 x float>* %1400, align 4
  %1402 = getelementptr inbounds float, float* %556, i64 144
  %1403 = bitcast float* %1402 to <8 x float>*
  %1404 = load <8 x float>, <8 x float>* %1403, align 4
  %1405 = getelementptr inbounds float, float* %556, i64 176
  %1406 = bitcast float* %1405 to <8 x float>*
  %1407 = load <8 x float>, <8 x float>* %1406, align 4
  %1408 = fadd <8 x float> %1395, %1398
  %1409 = fsub <8 x float> %1395, %1398
  %1410 = fadd <8 x float> %1401, %1404
  %1411 = fsub <8 x float> %1401, %1404
  %1412 = fadd <8 x float> %1392, %1408
  %1413 = fadd <8 x float> %1412, %1410
  %1414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1411, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1409)
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1410, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1408)
  %1416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1411, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1409)
  %1417 = fadd <8 x float> %1416, %1407
  %1418 = add i64 %1285, 16
  %1419 = fadd <8 x float> %1413, %1283
  %1420 = fcmp olt <8 x float> %1419, zeroinitializer
  %1421 = select <8 x i1> %1420, <8 x float> zeroinitializer, <8 x float> %1419
  %1422 = getelementptr inbounds float, float* %0, i64 %1418
  %1423 = bitcast float* %1422 to <8 x float>*
  store <8 x float> %1421, <8 x float>* %1423, align 4
  %1424 = add i64 %1285, 136
  %1425 = fadd <8 x float> %1414, %1283
  %1426 = fcmp olt <8 x float> %1425, zeroinitializer
  %1427 = select <8 x i1> %1426, <8 x float> zeroinitializer, <8 x float> %1425
  %1428 = getelementptr inbounds float, float* %0, i64 %1424
  %1429 = bitcast float* %1428 to <8 x float>*
  store <8 x float> %1427, <8 x float>* %1429, align 4
  %1430 = add i64 %1285, 256
  %1431 = fadd <8 x float> %1415, %1283
  %1432 = fcmp olt <8 x float> %1431, zeroinitializer
  %1433 = select <8 x i1> %1432, <8 x float> zeroinitializer, <8 x float> %1431
  %1434 = getelementptr inbounds float, float* %0, i64 %1430
  %1435 = bitcast float* %1434 to <8 x float>*
  store <8 x float> %1433, <8 x float>* %1435, align 4
  %1436 = add i64 %1285, 376
  %1437 = fadd <8 x float> %1417, %1283
  %1438 = fcmp olt <8 x float> %1437, zeroinitializer
  %1439 = select <8 x i1> %1438, <8 x float> zeroinitializer, <8 x float> %1437
  %1440 = getelementptr inbounds float, float* %0, i64 %1436
  %1441 = bitcast float* %1440 to <8 x float>*
  store <8 x float> %1439, <8 x float>* %1441, align 4
  %1442 = getelementptr inbounds float, float* %556, i64 24
  %1443 = bitcast float* %1442 to <8 x float>*
  %1444 = load <8 x float>, <8 x float>* %1443, align 4
  %1445 = getelementptr inbounds float, float* %556, i64 56
  %1446 = bitcast float* %1445 to <8 x float>*
  %1447 = load <8 x float>, <8 x float>* %1446, align 4
  %1448 = getelementptr inbounds float, float* %556, i64 88
  %1449 = bitcast float* %1448 to <8 x float>*
  %1450 = load <8 x float>, <8 x float>* %1449, align 4
  %1451 = getelementptr inbounds float, float* %556, i64 120
  %1452 = bitcast float* %1451 to <8 x float>*
  %1453 = load <8 x float>, <8 x float>* %1452, align 4
  %1454 = getelementptr inbounds float, float* %556, i64 152
  %1455 = bitcast float* %1454 to <8 x float>*
  %1456 = load <8 x float>, <8 x float>* %1455, align 4
  %1457 = getelementptr inbounds float, float* %556, i64 184
  %1458 = bitcast float* %1457 to <8 x float>*
  %1459 = load <8 x float>, <8 x float>* %1458, align 4
  %1460 = fadd <8 x float> %1447, %1450
  %1461 = fsub <8 x float> %1447, %1450
  %1462 = fadd <8 x float> %1453, %1456
  %1463 = fsub <8 x float> %1453, %1456
  %1464 = fadd <8 x float> %1444, %1460
  %1465 = fadd <8 x float> %1464, %1462
  %1466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1461)
  %1467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1460)
  %1468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1461)
  %1469 = fadd <8 x float> %1468, %1459
  %1470 = add i64 %1285, 24
  %1471 = fadd <8 x float> %1465, %1283
  %1472 = fcmp olt <8 x float> %1471, zeroinitializer
  %1473 = select <8 x i1> %1472, <8 x float> zeroinitializer, <8 x float> %1471
  %1474 = getelementptr inbounds float, float* %0, i64 %1470
  %1475 = bitcast float* %1474 to <8 x float>*
  store <8 x float> %1473, <8 x float>* %1475, align 4
  %1476 = add i64 %1285, 144
  %1477 = fadd <8 x float> %1466, %1283
  %1478 = fcmp olt <8 x float> %1477, zeroinitializer
  %1479 = select <8 x i1> %1478, <8 x float> zeroinitializer, <8 x float> %1477
  %1480 = getelementptr inbounds float, float* %0, i64 %1476
  %1481 = bitcast float* %1480 to <8 x float>*
  store <8 x float> %1479, <8 x float>* %1481, align 4
  %1482 = add i64 %1285, 264
  %1483 = fadd <8 x float> %1467, %1283
  %1484 = fcmp olt <8 x float> %1483, zeroinitializer
  %1485 = select <8 x i1> %1484, <8 x float> zeroinitializer, <8 x float> %1483
  %1486 = getelementptr inbounds float, float* %0, i64 %1482
  %1487 = bitcast float* %1486 to <8 x float>*
  store <8 x float> %1485, <8 x float>* %1487, align 4
  %1488 = add i64 %1285, 384
  %1489 = fadd <8 x float> %1469, %1283
  %1490 = fcmp olt <8 x float> %1489, zeroinitializer
  %1491 = select <8 x i1> %1490, <8 x float> zeroinitializer, <8 x float> %1489
  %1492 = getelementptr inbounds float, float* %0, i64 %1488
  %1493 = bitcast float* %1492 to <8 x float>*
  store <8 x float> %1491, <8 x float>* %1493, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !30
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %28 = sub i64 %5, 1
  %29 = add i64 16, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 16
  %33 = select i1 %32, i64 %31, i64 16
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 16
  %36 = select i1 %35, i64 %34, i64 16
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 4
  %40 = sdiv i64 %38, 4
  %41 = srem i64 %40, 4
  %42 = sdiv i64 %38, 16
  %43 = mul i64 %42, 8
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 64
  %51 = add i64 20736, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 432, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 432
  %58 = select i1 %57, i64 %56, i64 432
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 432
  %61 = select i1 %60, i64 %59, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 8
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 2592
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 224
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 240
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 368
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 384
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 512
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 528
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 656
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 672
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 800
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 816
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !31

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 144
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 288
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 432
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 576
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 720
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !32

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 6144
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 1024
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 2048
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 3072
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 4096
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 5120
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !33

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !34

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 12
  %236 = mul i64 %235, 1024
  %237 = add i64 20736, %236
  %238 = getelementptr inbounds float, float* %2, i64 %237
  %239 = mul i64 %235, 4096
  %240 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_4.winograd to float*), i64 %239
  %241 = mul i64 %235, 1024
  %242 = add i64 57600, %241
  %243 = srem i64 %task, 12
  %244 = sdiv i64 %243, 4
  %245 = srem i64 %243, 4
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 1024
  %249 = icmp eq i64 %244, 2
  br i1 %249, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 16, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 16
  %255 = select i1 %254, i64 %253, i64 16
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 16
  %258 = select i1 %257, i64 %256, i64 16
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
  br label %task.header, !llvm.loop !35

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 64
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %248, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %240, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %240, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %246, 0
  %271 = mul i64 %270, 64
  %272 = add i64 %271, %k
  %273 = getelementptr inbounds float, float* %238, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %26, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %26, align 32
  %278 = load <8 x float>, <8 x float>* %22, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %22, align 32
  %280 = add i64 %246, 1
  %281 = mul i64 %280, 64
  %282 = add i64 %281, %k
  %283 = getelementptr inbounds float, float* %238, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat1 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = add i64 %246, 2
  %291 = mul i64 %290, 64
  %292 = add i64 %291, %k
  %293 = getelementptr inbounds float, float* %238, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat2 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %24, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %24, align 32
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %246, 3
  %301 = mul i64 %300, 64
  %302 = add i64 %301, %k
  %303 = getelementptr inbounds float, float* %238, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat3 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %19, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %310 = add i64 %246, 0
  %311 = add i64 %247, 0
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = mul i64 %310, 64
  %314 = add i64 %313, %311
  %315 = add i64 %242, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 64
  %322 = add i64 %321, %319
  %323 = add i64 %242, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 64
  %330 = add i64 %329, %327
  %331 = add i64 %242, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 64
  %338 = add i64 %337, %335
  %339 = add i64 %242, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 64
  %346 = add i64 %345, %343
  %347 = add i64 %242, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 64
  %354 = add i64 %353, %351
  %355 = add i64 %242, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 64
  %362 = add i64 %361, %359
  %363 = add i64 %242, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 64
  %370 = add i64 %369, %367
  %371 = add i64 %242, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 64
  br i1 %374, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %375 = mul i64 %k7, 16
  %376 = add i64 %248, %375
  %377 = add i64 %376, 0
  %378 = getelementptr inbounds float, float* %240, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %376, 8
  %382 = getelementptr inbounds float, float* %240, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %246, 0
  %386 = mul i64 %385, 64
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %238, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat8 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %12, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %12, align 32
  %395 = add i64 %246, 1
  %396 = mul i64 %395, 64
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %238, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat9 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %11, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %11, align 32
  %405 = add i64 %246, 2
  %406 = mul i64 %405, 64
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %238, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat10 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %246, 3
  %416 = mul i64 %415, 64
  %417 = add i64 %416, %k7
  %418 = getelementptr inbounds float, float* %238, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat11 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %9, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %9, align 32
  %425 = add i64 %246, 4
  %426 = mul i64 %425, 64
  %427 = add i64 %426, %k7
  %428 = getelementptr inbounds float, float* %238, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat12 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %380, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %8, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %384, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %8, align 32
  %435 = add i64 %246, 5
  %436 = mul i64 %435, 64
  %437 = add i64 %436, %k7
  %438 = getelementptr inbounds float, float* %238, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat13 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %380, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %7, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %384, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %445 = add i64 %246, 0
  %446 = add i64 %247, 0
  %447 = load <8 x float>, <8 x float>* %18, align 32
  %448 = mul i64 %445, 64
  %449 = add i64 %448, %446
  %450 = add i64 %242, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 64
  %457 = add i64 %456, %454
  %458 = add i64 %242, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 64
  %465 = add i64 %464, %462
  %466 = add i64 %242, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 64
  %473 = add i64 %472, %470
  %474 = add i64 %242, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 64
  %481 = add i64 %480, %478
  %482 = add i64 %242, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 64
  %489 = add i64 %488, %486
  %490 = add i64 %242, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 64
  %497 = add i64 %496, %494
  %498 = add i64 %242, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 64
  %505 = add i64 %504, %502
  %506 = add i64 %242, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 64
  %513 = add i64 %512, %510
  %514 = add i64 %242, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 64
  %521 = add i64 %520, %518
  %522 = add i64 %242, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 64
  %529 = add i64 %528, %526
  %530 = add i64 %242, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 64
  %537 = add i64 %536, %534
  %538 = add i64 %242, %537
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %535, <8 x float>* %540, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %255, %task.exit ], [ %tile.next63, %endif21 ]
  %541 = icmp slt i64 %tile18, %258
  br i1 %541, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %542 = add i64 0, %tile18
  %543 = srem i64 %542, 4
  %544 = sdiv i64 %542, 4
  %545 = srem i64 %544, 4
  %546 = sdiv i64 %542, 16
  %547 = mul i64 %546, 8
  %548 = mul i64 %547, 1352
  %549 = mul i64 %545, 52
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %tile18, 64
  %555 = add i64 57600, %554
  %556 = bitcast [192 x float]* %6 to float*
  %557 = icmp eq i64 %545, 3
  br i1 %557, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %558 = icmp eq i64 %543, 3
  br i1 %558, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %559 = icmp eq i64 %543, 3
  br i1 %559, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !36

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %560 = icmp slt i64 %block, 8
  br i1 %560, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %561 = mul i64 %block, 8
  %562 = add i64 %555, %561
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %563 = icmp slt i64 %row28, 6
  br i1 %563, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %564 = mul i64 %row28, 6144
  %565 = add i64 %562, %564
  %566 = add i64 %565, 0
  %567 = getelementptr inbounds float, float* %2, i64 %566
  %568 = bitcast float* %567 to <8 x float>*
  %569 = load <8 x float>, <8 x float>* %568, align 4
  %570 = add i64 %565, 1024
  %571 = getelementptr inbounds float, float* %2, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = add i64 %565, 2048
  %575 = getelementptr inbounds float, float* %2, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  %577 = load <8 x float>, <8 x float>* %576, align 4
  %578 = add i64 %565, 3072
  %579 = getelementptr inbounds float, float* %2, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  %581 = load <8 x float>, <8 x float>* %580, align 4
  %582 = add i64 %565, 4096
  %583 = getelementptr inbounds float, float* %2, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = add i64 %565, 5120
  %587 = getelementptr inbounds float, float* %2, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = fadd <8 x float> %573, %577
  %591 = fsub <8 x float> %573, %577
  %592 = fadd <8 x float> %581, %585
  %593 = fsub <8 x float> %581, %585
  %594 = fadd <8 x float> %569, %590
  %595 = fadd <8 x float> %594, %592
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %591)
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %590)
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %591)
  %599 = fadd <8 x float> %598, %589
  %600 = mul i64 %row28, 32
  %601 = add i64 %600, 0
  %602 = getelementptr inbounds float, float* %556, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  store <8 x float> %595, <8 x float>* %603, align 4
  %604 = mul i64 %row28, 32
  %605 = add i64 %604, 8
  %606 = getelementptr inbounds float, float* %556, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %596, <8 x float>* %607, align 4
  %608 = mul i64 %row28, 32
  %609 = add i64 %608, 16
  %610 = getelementptr inbounds float, float* %556, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  store <8 x float> %597, <8 x float>* %611, align 4
  %612 = mul i64 %row28, 32
  %613 = add i64 %612, 24
  %614 = getelementptr inbounds float, float* %556, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %599, <8 x float>* %615, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !37

row.exit27:                                       ; preds = %row.header25
  %616 = mul i64 %block, 8
  %617 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = mul i64 %block, 1352
  %621 = add i64 %553, %620
  %622 = getelementptr inbounds float, float* %556, i64 0
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = getelementptr inbounds float, float* %556, i64 32
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = getelementptr inbounds float, float* %556, i64 64
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = getelementptr inbounds float, float* %556, i64 96
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %556, i64 128
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %556, i64 160
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = fadd <8 x float> %627, %630
  %641 = fsub <8 x float> %627, %630
  %642 = fadd <8 x float> %633, %636
  %643 = fsub <8 x float> %633, %636
  %644 = fadd <8 x float> %624, %640
  %645 = fadd <8 x float> %644, %642
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %641)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %640)
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %641)
  %649 = fadd <8 x float> %648, %639
  %650 = add i64 %621, 0
  %651 = fadd <8 x float> %645, %619
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %650
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !38

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %656 = icmp slt i64 %block33, 8
  br i1 %656, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %657 = mul i64 %block33, 8
  %658 = add i64 %555, %657
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %659 = icmp slt i64 %row37, 6
  br i1 %659, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %660 = mul i64 %row37, 6144
  %661 = add i64 %658, %660
  %662 = add i64 %661, 0
  %663 = getelementptr inbounds float, float* %2, i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = add i64 %661, 1024
  %667 = getelementptr inbounds float, float* %2, i64 %666
  %668 = bitcast float* %667 to <8 x float>*
  %669 = load <8 x float>, <8 x float>* %668, align 4
  %670 = add i64 %661, 2048
  %671 = getelementptr inbounds float, float* %2, i64 %670
  %672 = bitcast float* %671 to <8 x float>*
  %673 = load <8 x float>, <8 x float>* %672, align 4
  %674 = add i64 %661, 3072
  %675 = getelementptr inbounds float, float* %2, i64 %674
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = add i64 %661, 4096
  %679 = getelementptr inbounds float, float* %2, i64 %678
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = add i64 %661, 5120
  %683 = getelementptr inbounds float, float* %2, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = fadd <8 x float> %669, %673
  %687 = fsub <8 x float> %669, %673
  %688 = fadd <8 x float> %677, %681
  %689 = fsub <8 x float> %677, %681
  %690 = fadd <8 x float> %665, %686
  %691 = fadd <8 x float> %690, %688
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %687)
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %686)
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %687)
  %695 = fadd <8 x float> %694, %685
  %696 = mul i64 %row37, 32
  %697 = add i64 %696, 0
  %698 = getelementptr inbounds float, float* %556, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  store <8 x float> %691, <8 x float>* %699, align 4
  %700 = mul i64 %row37, 32
  %701 = add i64 %700, 8
  %702 = getelementptr inbounds float, float* %556, i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  store <8 x float> %692, <8 x float>* %703, align 4
  %704 = mul i64 %row37, 32
  %705 = add i64 %704, 16
  %706 = getelementptr inbounds float, float* %556, i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  store <8 x float> %693, <8 x float>* %707, align 4
  %708 = mul i64 %row37, 32
  %709 = add i64 %708, 24
  %710 = getelementptr inbounds float, float* %556, i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  store <8 x float> %695, <8 x float>* %711, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !39

row.exit36:                                       ; preds = %row.header34
  %712 = mul i64 %block33, 8
  %713 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = mul i64 %block33, 1352
  %717 = add i64 %553, %716
  %718 = getelementptr inbounds float, float* %556, i64 0
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = getelementptr inbounds float, float* %556, i64 32
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = getelementptr inbounds float, float* %556, i64 64
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = getelementptr inbounds float, float* %556, i64 96
  %728 = bitcast float* %727 to <8 x float>*
  %729 = load <8 x float>, <8 x float>* %728, align 4
  %730 = getelementptr inbounds float, float* %556, i64 128
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = getelementptr inbounds float, float* %556, i64 160
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = fadd <8 x float> %723, %726
  %737 = fsub <8 x float> %723, %726
  %738 = fadd <8 x float> %729, %732
  %739 = fsub <8 x float> %729, %732
  %740 = fadd <8 x float> %720, %736
  %741 = fadd <8 x float> %740, %738
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %739, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %737)
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %736)
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %739, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %737)
  %745 = fadd <8 x float> %744, %735
  %746 = add i64 %717, 0
  %747 = fadd <8 x float> %741, %715
  %748 = fcmp olt <8 x float> %747, zeroinitializer
  %749 = select <8 x i1> %748, <8 x float> zeroinitializer, <8 x float> %747
  %750 = getelementptr inbounds float, float* %0, i64 %746
  %751 = bitcast float* %750 to <8 x float>*
  store <8 x float> %749, <8 x float>* %751, align 4
  %752 = getelementptr inbounds float, float* %556, i64 8
  %753 = bitcast float* %752 to <8 x float>*
  %754 = load <8 x float>, <8 x float>* %753, align 4
  %755 = getelementptr inbounds float, float* %556, i64 40
  %756 = bitcast float* %755 to <8 x float>*
  %757 = load <8 x float>, <8 x float>* %756, align 4
  %758 = getelementptr inbounds float, float* %556, i64 72
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = getelementptr inbounds float, float* %556, i64 104
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = getelementptr inbounds float, float* %556, i64 136
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = getelementptr inbounds float, float* %556, i64 168
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = fadd <8 x float> %757, %760
  %771 = fsub <8 x float> %757, %760
  %772 = fadd <8 x float> %763, %766
  %773 = fsub <8 x float> %763, %766
  %774 = fadd <8 x float> %754, %770
  %775 = fadd <8 x float> %774, %772
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %773, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %771)
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %772, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %770)
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %773, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %771)
  %779 = fadd <8 x float> %778, %769
  %780 = add i64 %717, 8
  %781 = fadd <8 x float> %775, %715
  %782 = fcmp olt <8 x float> %781, zeroinitializer
  %783 = select <8 x i1> %782, <8 x float> zeroinitializer, <8 x float> %781
  %784 = getelementptr inbounds float, float* %0, i64 %780
  %785 = bitcast float* %784 to <8 x float>*
  store <8 x float> %783, <8 x float>* %785, align 4
  %786 = getelementptr inbounds float, float* %556, i64 16
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = getelementptr inbounds float, float* %556, i64 48
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = getelementptr inbounds float, float* %556, i64 80
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = getelementptr inbounds float, float* %556, i64 112
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = getelementptr inbounds float, float* %556, i64 144
  %799 = bitcast float* %798 to <8 x float>*
  %800 = load <8 x float>, <8 x float>* %799, align 4
  %801 = getelementptr inbounds float, float* %556, i64 176
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = fadd <8 x float> %791, %794
  %805 = fsub <8 x float> %791, %794
  %806 = fadd <8 x float> %797, %800
  %807 = fsub <8 x float> %797, %800
  %808 = fadd <8 x float> %788, %804
  %809 = fadd <8 x float> %808, %806
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %807, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %805)
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %804)
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %807, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %805)
  %813 = fadd <8 x float> %812, %803
  %814 = add i64 %717, 16
  %815 = fadd <8 x float> %809, %715
  %816 = fcmp olt <8 x float> %815, zeroinitializer
  %817 = select <8 x i1> %816, <8 x float> zeroinitializer, <8 x float> %815
  %818 = getelementptr inbounds float, float* %0, i64 %814
  %819 = bitcast float* %818 to <8 x float>*
  store <8 x float> %817, <8 x float>* %819, align 4
  %820 = getelementptr inbounds float, float* %556, i64 24
  %821 = bitcast float* %820 to <8 x float>*
  %822 = load <8 x float>, <8 x float>* %821, align 4
  %823 = getelementptr inbounds float, float* %556, i64 56
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  %826 = getelementptr inbounds float, float* %556, i64 88
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = getelementptr inbounds float, float* %556, i64 120
  %830 = bitcast float* %829 to <8 x float>*
  %831 = load <8 x float>, <8 x float>* %830, align 4
  %832 = getelementptr inbounds float, float* %556, i64 152
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = getelementptr inbounds float, float* %556, i64 184
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = fadd <8 x float> %825, %828
  %839 = fsub <8 x float> %825, %828
  %840 = fadd <8 x float> %831, %834
  %841 = fsub <8 x float> %831, %834
  %842 = fadd <8 x float> %822, %838
  %843 = fadd <8 x float> %842, %840
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %841, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %839)
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %840, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %838)
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %841, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %839)
  %847 = fadd <8 x float> %846, %837
  %848 = add i64 %717, 24
  %849 = fadd <8 x float> %843, %715
  %850 = fcmp olt <8 x float> %849, zeroinitializer
  %851 = select <8 x i1> %850, <8 x float> zeroinitializer, <8 x float> %849
  %852 = getelementptr inbounds float, float* %0, i64 %848
  %853 = bitcast float* %852 to <8 x float>*
  store <8 x float> %851, <8 x float>* %853, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !40

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %854 = icmp slt i64 %block46, 8
  br i1 %854, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %855 = mul i64 %block46, 8
  %856 = add i64 %555, %855
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %857 = icmp slt i64 %row50, 6
  br i1 %857, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %858 = mul i64 %row50, 6144
  %859 = add i64 %856, %858
  %860 = add i64 %859, 0
  %861 = getelementptr inbounds float, float* %2, i64 %860
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = add i64 %859, 1024
  %865 = getelementptr inbounds float, float* %2, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = add i64 %859, 2048
  %869 = getelementptr inbounds float, float* %2, i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = add i64 %859, 3072
  %873 = getelementptr inbounds float, float* %2, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = add i64 %859, 4096
  %877 = getelementptr inbounds float, float* %2, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = add i64 %859, 5120
  %881 = getelementptr inbounds float, float* %2, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = fadd <8 x float> %867, %871
  %885 = fsub <8 x float> %867, %871
  %886 = fadd <8 x float> %875, %879
  %887 = fsub <8 x float> %875, %879
  %888 = fadd <8 x float> %863, %884
  %889 = fadd <8 x float> %888, %886
  %890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %885)
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %884)
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %885)
  %893 = fadd <8 x float> %892, %883
  %894 = mul i64 %row50, 32
  %895 = add i64 %894, 0
  %896 = getelementptr inbounds float, float* %556, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  store <8 x float> %889, <8 x float>* %897, align 4
  %898 = mul i64 %row50, 32
  %899 = add i64 %898, 8
  %900 = getelementptr inbounds float, float* %556, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  store <8 x float> %890, <8 x float>* %901, align 4
  %902 = mul i64 %row50, 32
  %903 = add i64 %902, 16
  %904 = getelementptr inbounds float, float* %556, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %891, <8 x float>* %905, align 4
  %906 = mul i64 %row50, 32
  %907 = add i64 %906, 24
  %908 = getelementptr inbounds float, float* %556, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  store <8 x float> %893, <8 x float>* %909, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !41

row.exit49:                                       ; preds = %row.header47
  %910 = mul i64 %block46, 8
  %911 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  %913 = load <8 x float>, <8 x float>* %912, align 4
  %914 = mul i64 %block46, 1352
  %915 = add i64 %553, %914
  %916 = getelementptr inbounds float, float* %556, i64 0
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = getelementptr inbounds float, float* %556, i64 32
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = getelementptr inbounds float, float* %556, i64 64
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = getelementptr inbounds float, float* %556, i64 96
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = getelementptr inbounds float, float* %556, i64 128
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = getelementptr inbounds float, float* %556, i64 160
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = fadd <8 x float> %921, %924
  %935 = fsub <8 x float> %921, %924
  %936 = fadd <8 x float> %927, %930
  %937 = fsub <8 x float> %927, %930
  %938 = fadd <8 x float> %918, %934
  %939 = fadd <8 x float> %938, %936
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %935)
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %934)
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %935)
  %943 = fadd <8 x float> %942, %933
  %944 = add i64 %915, 0
  %945 = fadd <8 x float> %939, %913
  %946 = fcmp olt <8 x float> %945, zeroinitializer
  %947 = select <8 x i1> %946, <8 x float> zeroinitializer, <8 x float> %945
  %948 = getelementptr inbounds float, float* %0, i64 %944
  %949 = bitcast float* %948 to <8 x float>*
  store <8 x float> %947, <8 x float>* %949, align 4
  %950 = add i64 %915, 104
  %951 = fadd <8 x float> %940, %913
  %952 = fcmp olt <8 x float> %951, zeroinitializer
  %953 = select <8 x i1> %952, <8 x float> zeroinitializer, <8 x float> %951
  %954 = getelementptr inbounds float, float* %0, i64 %950
  %955 = bitcast float* %954 to <8 x float>*
  store <8 x float> %953, <8 x float>* %955, align 4
  %956 = add i64 %915, 208
  %957 = fadd <8 x float> %941, %913
  %958 = fcmp olt <8 x float> %957, zeroinitializer
  %959 = select <8 x i1> %958, <8 x float> zeroinitializer, <8 x float> %957
  %960 = getelementptr inbounds float, float* %0, i64 %956
  %961 = bitcast float* %960 to <8 x float>*
  store <8 x float> %959, <8 x float>* %961, align 4
  %962 = add i64 %915, 312
  %963 = fadd <8 x float> %943, %913
  %964 = fcmp olt <8 x float> %963, zeroinitializer
  %965 = select <8 x i1> %964, <8 x float> zeroinitializer, <8 x float> %963
  %966 = getelementptr inbounds float, float* %0, i64 %962
  %967 = bitcast float* %966 to <8 x float>*
  store <8 x float> %965, <8 x float>* %967, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !42

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %968 = icmp slt i64 %block56, 8
  br i1 %968, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %969 = mul i64 %block56, 8
  %970 = add i64 %555, %969
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %971 = icmp slt i64 %row60, 6
  br i1 %971, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %972 = mul i64 %row60, 6144
  %973 = add i64 %970, %972
  %974 = add i64 %973, 0
  %975 = getelementptr inbounds float, float* %2, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = add i64 %973, 1024
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = add i64 %973, 2048
  %983 = getelementptr inbounds float, float* %2, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  %985 = load <8 x float>, <8 x float>* %984, align 4
  %986 = add i64 %973, 3072
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = bitcast float* %987 to <8 x float>*
  %989 = load <8 x float>, <8 x float>* %988, align 4
  %990 = add i64 %973, 4096
  %991 = getelementptr inbounds float, float* %2, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = add i64 %973, 5120
  %995 = getelementptr inbounds float, float* %2, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = fadd <8 x float> %981, %985
  %999 = fsub <8 x float> %981, %985
  %1000 = fadd <8 x float> %989, %993
  %1001 = fsub <8 x float> %989, %993
  %1002 = fadd <8 x float> %977, %998
  %1003 = fadd <8 x float> %1002, %1000
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1001, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %999)
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %998)
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1001, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %999)
  %1007 = fadd <8 x float> %1006, %997
  %1008 = mul i64 %row60, 32
  %1009 = add i64 %1008, 0
  %1010 = getelementptr inbounds float, float* %556, i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  store <8 x float> %1003, <8 x float>* %1011, align 4
  %1012 = mul i64 %row60, 32
  %1013 = add i64 %1012, 8
  %1014 = getelementptr inbounds float, float* %556, i64 %1013
  %1015 = bitcast float* %1014 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1015, align 4
  %1016 = mul i64 %row60, 32
  %1017 = add i64 %1016, 16
  %1018 = getelementptr inbounds float, float* %556, i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1005, <8 x float>* %1019, align 4
  %1020 = mul i64 %row60, 32
  %1021 = add i64 %1020, 24
  %1022 = getelementptr inbounds float, float* %556, i64 %1021
  %1023 = bitcast float* %1022 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1023, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !43

row.exit59:                                       ; preds = %row.header57
  %1024 = mul i64 %block56, 8
  %1025 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = mul i64 %block56, 1352
  %1029 = add i64 %553, %1028
  %1030 = getelementptr inbounds float, float* %556, i64 0
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = getelementptr inbounds float, float* %556, i64 32
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = getelementptr inbounds float, float* %556, i64 64
  %1037 = bitcast float* %1036 to <8 x float>*
  %1038 = load <8 x float>, <8 x float>* %1037, align 4
  %1039 = getelementptr inbounds float, float* %556, i64 96
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = getelementptr inbounds float, float* %556, i64 128
  %1043 = bitcast float* %1042 to <8 x float>*
  %1044 = load <8 x float>, <8 x float>* %1043, align 4
  %1045 = getelementptr inbounds float, float* %556, i64 160
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = fadd <8 x float> %1035, %1038
  %1049 = fsub <8 x float> %1035, %1038
  %1050 = fadd <8 x float> %1041, %1044
  %1051 = fsub <8 x float> %1041, %1044
  %1052 = fadd <8 x float> %1032, %1048
  %1053 = fadd <8 x float> %1052, %1050
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1049)
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1050, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1048)
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1049)
  %1057 = fadd <8 x float> %1056, %1047
  %1058 = add i64 %1029, 0
  %1059 = fadd <8 x float> %1053, %1027
  %1060 = fcmp olt <8 x float> %1059, zeroinitializer
  %1061 = select <8 x i1> %1060, <8 x float> zeroinitializer, <8 x float> %1059
  %1062 = getelementptr inbounds float, float* %0, i64 %1058
  %1063 = bitcast float* %1062 to <8 x float>*
  store <8 x float> %1061, <8 x float>* %1063, align 4
  %1064 = add i64 %1029, 104
  %1065 = fadd <8 x float> %1054, %1027
  %1066 = fcmp olt <8 x float> %1065, zeroinitializer
  %1067 = select <8 x i1> %1066, <8 x float> zeroinitializer, <8 x float> %1065
  %1068 = getelementptr inbounds float, float* %0, i64 %1064
  %1069 = bitcast float* %1068 to <8 x float>*
  store <8 x float> %1067, <8 x float>* %1069, align 4
  %1070 = add i64 %1029, 208
  %1071 = fadd <8 x float> %1055, %1027
  %1072 = fcmp olt <8 x float> %1071, zeroinitializer
  %1073 = select <8 x i1> %1072, <8 x float> zeroinitializer, <8 x float> %1071
  %1074 = getelementptr inbounds float, float* %0, i64 %1070
  %1075 = bitcast float* %1074 to <8 x float>*
  store <8 x float> %1073, <8 x float>* %1075, align 4
  %1076 = add i64 %1029, 312
  %1077 = fadd <8 x float> %1057, %1027
  %1078 = fcmp olt <8 x float> %1077, zeroinitializer
  %1079 = select <8 x i1> %1078, <8 x float> zeroinitializer, <8 x float> %1077
  %1080 = getelementptr inbounds float, float* %0, i64 %1076
  %1081 = bitcast float* %1080 to <8 x float>*
  store <8 x float> %1079, <8 x float>* %1081, align 4
  %1082 = getelementptr inbounds float, float* %556, i64 8
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = getelementptr inbounds float, float* %556, i64 40
  %1086 = bitcast float* %1085 to <8 x float>*
  %1087 = load <8 x float>, <8 x float>* %1086, align 4
  %1088 = getelementptr inbounds float, float* %556, i64 72
  %1089 = bitcast float* %1088 to <8 x float>*
  %1090 = load <8 x float>, <8 x float>* %1089, align 4
  %1091 = getelementptr inbounds float, float* %556, i64 104
  %1092 = bitcast float* %1091 to <8 x float>*
  %1093 = load <8 x float>, <8 x float>* %1092, align 4
  %1094 = getelementptr inbounds float, float* %556, i64 136
  %1095 = bitcast float* %1094 to <8 x float>*
  %1096 = load <8 x float>, <8 x float>* %1095, align 4
  %1097 = getelementptr inbounds float, float* %556, i64 168
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = fadd <8 x float> %1087, %1090
  %1101 = fsub <8 x float> %1087, %1090
  %1102 = fadd <8 x float> %1093, %1096
  %1103 = fsub <8 x float> %1093, %1096
  %1104 = fadd <8 x float> %1084, %1100
  %1105 = fadd <8 x float> %1104, %1102
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1103, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1101)
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1100)
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1103, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1101)
  %1109 = fadd <8 x float> %1108, %1099
  %1110 = add i64 %1029, 8
  %1111 = fadd <8 x float> %1105, %1027
  %1112 = fcmp olt <8 x float> %1111, zeroinitializer
  %1113 = select <8 x i1> %1112, <8 x float> zeroinitializer, <8 x float> %1111
  %1114 = getelementptr inbounds float, float* %0, i64 %1110
  %1115 = bitcast float* %1114 to <8 x float>*
  store <8 x float> %1113, <8 x float>* %1115, align 4
  %1116 = add i64 %1029, 112
  %1117 = fadd <8 x float> %1106, %1027
  %1118 = fcmp olt <8 x float> %1117, zeroinitializer
  %1119 = select <8 x i1> %1118, <8 x float> zeroinitializer, <8 x float> %1117
  %1120 = getelementptr inbounds float, float* %0, i64 %1116
  %1121 = bitcast float* %1120 to <8 x float>*
  store <8 x float> %1119, <8 x float>* %1121, align 4
  %1122 = add i64 %1029, 216
  %1123 = fadd <8 x float> %1107, %1027
  %1124 = fcmp olt <8 x float> %1123, zeroinitializer
  %1125 = select <8 x i1> %1124, <8 x float> zeroinitializer, <8 x float> %1123
  %1126 = getelementptr inbounds float, float* %0, i64 %1122
  %1127 = bitcast float* %1126 to <8 x float>*
  store <8 x float> %1125, <8 x float>* %1127, align 4
  %1128 = add i64 %1029, 320
  %1129 = fadd <8 x float> %1109, %1027
  %1130 = fcmp olt <8 x float> %1129, zeroinitializer
  %1131 = select <8 x i1> %1130, <8 x float> zeroinitializer, <8 x float> %1129
  %1132 = getelementptr inbounds float, float* %0, i64 %1128
  %1133 = bitcast float* %1132 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1133, align 4
  %1134 = getelementptr inbounds float, float* %556, i64 16
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = getelementptr inbounds float, float* %556, i64 48
  %1138 = bitcast float* %1137 to <8 x float>*
  %1139 = load <8 x float>, <8 x float>* %1138, align 4
  %1140 = getelementptr inbounds float, float* %556, i64 80
  %1141 = bitcast float* %1140 to <8 x float>*
  %1142 = load <8 x float>, <8 x float>* %1141, align 4
  %1143 = getelementptr inbounds float, float* %556, i64 112
  %1144 = bitcast float* %1143 to <8 x float>*
  %1145 = load <8 x float>, <8 x float>* %1144, align 4
  %1146 = getelementptr inbounds float, float* %556, i64 144
  %1147 = bitcast float* %1146 to <8 x float>*
  %1148 = load <8 x float>, <8 x float>* %1147, align 4
  %1149 = getelementptr inbounds float, float* %556, i64 176
  %1150 = bitcast float* %1149 to <8 x float>*
  %1151 = load <8 x float>, <8 x float>* %1150, align 4
  %1152 = fadd <8 x float> %1139, %1142
  %1153 = fsub <8 x float> %1139, %1142
  %1154 = fadd <8 x float> %1145, %1148
  %1155 = fsub <8 x float> %1145, %1148
  %1156 = fadd <8 x float> %1136, %1152
  %1157 = fadd <8 x float> %1156, %1154
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1153)
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1154, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1152)
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1153)
  %1161 = fadd <8 x float> %1160, %1151
  %1162 = add i64 %1029, 16
  %1163 = fadd <8 x float> %1157, %1027
  %1164 = fcmp olt <8 x float> %1163, zeroinitializer
  %1165 = select <8 x i1> %1164, <8 x float> zeroinitializer, <8 x float> %1163
  %1166 = getelementptr inbounds float, float* %0, i64 %1162
  %1167 = bitcast float* %1166 to <8 x float>*
  store <8 x float> %1165, <8 x float>* %1167, align 4
  %1168 = add i64 %1029, 120
  %1169 = fadd <8 x float> %1158, %1027
  %1170 = fcmp olt <8 x float> %1169, zeroinitializer
  %1171 = select <8 x i1> %1170, <8 x float> zeroinitializer, <8 x float> %1169
  %1172 = getelementptr inbounds float, float* %0, i64 %1168
  %1173 = bitcast float* %1172 to <8 x float>*
  store <8 x float> %1171, <8 x float>* %1173, align 4
  %1174 = add i64 %1029, 224
  %1175 = fadd <8 x float> %1159, %1027
  %1176 = fcmp olt <8 x float> %1175, zeroinitializer
  %1177 = select <8 x i1> %1176, <8 x float> zeroinitializer, <8 x float> %1175
  %1178 = getelementptr inbounds float, float* %0, i64 %1174
  %1179 = bitcast float* %1178 to <8 x float>*
  store <8 x float> %1177, <8 x float>* %1179, align 4
  %1180 = add i64 %1029, 328
  %1181 = fadd <8 x float> %1161, %1027
  %1182 = fcmp olt <8 x float> %1181, zeroinitializer
  %1183 = select <8 x i1> %1182, <8 x float> zeroinitializer, <8 x float> %1181
  %1184 = getelementptr inbounds float, float* %0, i64 %1180
  %1185 = bitcast float* %1184 to <8 x float>*
  store <8 x float> %1183, <8 x float>* %1185, align 4
  %1186 = getelementptr inbounds float, float* %556, i64 24
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = getelementptr inbounds float, float* %556, i64 56
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = getelementptr inbounds float, float* %556, i64 88
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = getelementptr inbounds float, float* %556, i64 120
  %1196 = bitcast float* %1195 to <8 x float>*
  %1197 = load <8 x float>, <8 x float>* %1196, align 4
  %1198 = getelementptr inbounds float, float* %556, i64 152
  %1199 = bitcast float* %1198 to <8 x float>*
  %1200 = load <8 x float>, <8 x float>* %1199, align 4
  %1201 = getelementptr inbounds float, float* %556, i64 184
  %1202 = bitcast float* %1201 to <8 x float>*
  %1203 = load <8 x float>, <8 x float>* %1202, align 4
  %1204 = fadd <8 x float> %1191, %1194
  %1205 = fsub <8 x float> %1191, %1194
  %1206 = fadd <8 x float> %1197, %1200
  %1207 = fsub <8 x float> %1197, %1200
  %1208 = fadd <8 x float> %1188, %1204
  %1209 = fadd <8 x float> %1208, %1206
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1207, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1205)
  %1211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1204)
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1207, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1205)
  %1213 = fadd <8 x float> %1212, %1203
  %1214 = add i64 %1029, 24
  %1215 = fadd <8 x float> %1209, %1027
  %1216 = fcmp olt <8 x float> %1215, zeroinitializer
  %1217 = select <8 x i1> %1216, <8 x float> zeroinitializer, <8 x float> %1215
  %1218 = getelementptr inbounds float, float* %0, i64 %1214
  %1219 = bitcast float* %1218 to <8 x float>*
  store <8 x float> %1217, <8 x float>* %1219, align 4
  %1220 = add i64 %1029, 128
  %1221 = fadd <8 x float> %1210, %1027
  %1222 = fcmp olt <8 x float> %1221, zeroinitializer
  %1223 = select <8 x i1> %1222, <8 x float> zeroinitializer, <8 x float> %1221
  %1224 = getelementptr inbounds float, float* %0, i64 %1220
  %1225 = bitcast float* %1224 to <8 x float>*
  store <8 x float> %1223, <8 x float>* %1225, align 4
  %1226 = add i64 %1029, 232
  %1227 = fadd <8 x float> %1211, %1027
  %1228 = fcmp olt <8 x float> %1227, zeroinitializer
  %1229 = select <8 x i1> %1228, <8 x float> zeroinitializer, <8 x float> %1227
  %1230 = getelementptr inbounds float, float* %0, i64 %1226
  %1231 = bitcast float* %1230 to <8 x float>*
  store <8 x float> %1229, <8 x float>* %1231, align 4
  %1232 = add i64 %1029, 336
  %1233 = fadd <8 x float> %1213, %1027
  %1234 = fcmp olt <8 x float> %1233, zeroinitializer
  %1235 = select <8 x i1> %1234, <8 x float> zeroinitializer, <8 x float> %1233
  %1236 = getelementptr inbounds float, float* %0, i64 %1232
  %1237 = bitcast float* %1236 to <8 x float>*
  store <8 x float> %1235, <8 x float>* %1237, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !44
}

; Function Attrs: noinline nounwind
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
  %13 = sdiv i64 %task, 6
  %14 = srem i64 %task, 6
  %15 = mul i64 %13, 1352
  %16 = getelementptr inbounds float, float* %1, i64 %15
  %17 = mul i64 %13, 6
  %18 = add i64 %17, %14
  %19 = mul i64 %18, 48
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = mul i64 %14, 2
  %22 = sub i64 %21, 0
  %23 = add i64 %22, 2
  %24 = icmp sgt i64 %22, 0
  %25 = select i1 %24, i64 %22, i64 0
  %26 = icmp slt i64 %23, 13
  %27 = select i1 %26, i64 %23, i64 13
  %28 = icmp slt i64 %23, 13
  %29 = select i1 %28, i64 %23, i64 13
  %30 = sub i64 %29, %22
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header

task.exit:                                        ; preds = %task.header
  ret void

r.header:                                         ; preds = %r.body, %task.body
  %r = phi i64 [ %25, %task.body ], [ %r.next, %r.body ]
  %31 = icmp slt i64 %r, %27
  br i1 %31, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %32 = mul i64 %r, 13
  %33 = add i64 %32, 0
  %34 = mul i64 %33, 8
  %35 = load <8 x float>, <8 x float>* %11, align 32
  %36 = add i64 %34, 0
  %37 = getelementptr inbounds float, float* %16, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %35, <8 x float> %39)
  %41 = add i64 %34, 8
  %42 = getelementptr inbounds float, float* %16, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %40, <8 x float> %44)
  store <8 x float> %45, <8 x float>* %11, align 32
  %46 = load <8 x float>, <8 x float>* %10, align 32
  %47 = add i64 %34, 16
  %48 = getelementptr inbounds float, float* %16, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %46, <8 x float> %50)
  %52 = add i64 %34, 24
  %53 = getelementptr inbounds float, float* %16, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %51, <8 x float> %55)
  store <8 x float> %56, <8 x float>* %10, align 32
  %57 = load <8 x float>, <8 x float>* %9, align 32
  %58 = add i64 %34, 32
  %59 = getelementptr inbounds float, float* %16, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %57, <8 x float> %61)
  %63 = add i64 %34, 40
  %64 = getelementptr inbounds float, float* %16, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %62, <8 x float> %66)
  store <8 x float> %67, <8 x float>* %9, align 32
  %68 = load <8 x float>, <8 x float>* %8, align 32
  %69 = add i64 %34, 48
  %70 = getelementptr inbounds float, float* %16, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %68, <8 x float> %72)
  %74 = add i64 %34, 56
  %75 = getelementptr inbounds float, float* %16, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %73, <8 x float> %77)
  store <8 x float> %78, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %79 = load <8 x float>, <8 x float>* %11, align 32
  %80 = getelementptr inbounds float, float* %20, i64 0
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = load <8 x float>, <8 x float>* %10, align 32
  %83 = getelementptr inbounds float, float* %20, i64 8
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %82, <8 x float>* %84, align 4
  %85 = load <8 x float>, <8 x float>* %9, align 32
  %86 = getelementptr inbounds float, float* %20, i64 16
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = load <8 x float>, <8 x float>* %8, align 32
  %89 = getelementptr inbounds float, float* %20, i64 24
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %88, <8 x float>* %90, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header1:                                        ; preds = %r.body2, %r.exit
  %r4 = phi i64 [ %25, %r.exit ], [ %r.next5, %r.body2 ]
  %91 = icmp slt i64 %r4, %27
  br i1 %91, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %92 = mul i64 %r4, 13
  %93 = add i64 %92, 8
  %94 = mul i64 %93, 8
  %95 = load <8 x float>, <8 x float>* %7, align 32
  %96 = add i64 %94, 0
  %97 = getelementptr inbounds float, float* %16, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %95, <8 x float> %99)
  %101 = add i64 %94, 8
  %102 = getelementptr inbounds float, float* %16, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %100, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %7, align 32
  %106 = load <8 x float>, <8 x float>* %6, align 32
  %107 = add i64 %94, 16
  %108 = getelementptr inbounds float, float* %16, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %106, <8 x float> %110)
  %112 = add i64 %94, 24
  %113 = getelementptr inbounds float, float* %16, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %111, <8 x float> %115)
  store <8 x float> %116, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %117 = load <8 x float>, <8 x float>* %7, align 32
  %118 = getelementptr inbounds float, float* %20, i64 32
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = load <8 x float>, <8 x float>* %6, align 32
  %121 = getelementptr inbounds float, float* %20, i64 40
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %120, <8 x float>* %122, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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

task.header:                                      ; preds = %ps.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ps.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 36
  %10 = add i64 %9, 36
  %11 = icmp slt i64 %10, 36
  %12 = select i1 %11, i64 %10, i64 36
  %13 = srem i64 %7, 8
  %14 = sdiv i64 %7, 8
  %15 = mul i64 %14, 64
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 288
  %19 = icmp slt i64 %12, 32
  %20 = select i1 %19, i64 %12, i64 32
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ %9, %task.body ], [ %p.next, %p.body ]
  %21 = icmp slt i64 %p, %20
  br i1 %21, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %22 = add i64 %p, 0
  %23 = mul i64 %22, 8
  %24 = add i64 %23, 0
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %1, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  %29 = add i64 %p, 1
  %30 = mul i64 %29, 8
  %31 = add i64 %30, 0
  %32 = add i64 %18, %31
  %33 = getelementptr inbounds float, float* %1, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %p, 2
  %37 = mul i64 %36, 8
  %38 = add i64 %37, 0
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %1, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %p, 3
  %44 = mul i64 %43, 8
  %45 = add i64 %44, 0
  %46 = add i64 %18, %45
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %p, 4
  %51 = mul i64 %50, 8
  %52 = add i64 %51, 0
  %53 = add i64 %18, %52
  %54 = getelementptr inbounds float, float* %1, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %p, 5
  %58 = mul i64 %57, 8
  %59 = add i64 %58, 0
  %60 = add i64 %18, %59
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %p, 6
  %65 = mul i64 %64, 8
  %66 = add i64 %65, 0
  %67 = add i64 %18, %66
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %p, 7
  %72 = mul i64 %71, 8
  %73 = add i64 %72, 0
  %74 = add i64 %18, %73
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = shufflevector <8 x float> %28, <8 x float> %56, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %79 = shufflevector <8 x float> %28, <8 x float> %56, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %80 = shufflevector <8 x float> %35, <8 x float> %63, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %35, <8 x float> %63, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %42, <8 x float> %70, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %42, <8 x float> %70, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %49, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %49, <8 x float> %77, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %97 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %98 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %99 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %100 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %101 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %102 = add i64 %17, 0
  %103 = mul i64 %102, 36
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 36
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 36
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 36
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 36
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 36
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 36
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 36
  %139 = add i64 %138, %p
  %140 = getelementptr inbounds float, float* %0, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %101, <8 x float>* %141, align 4
  %p.next = add i64 %p, 8
  br label %p.header

p.exit:                                           ; preds = %p.header
  %142 = icmp sgt i64 %9, %20
  %143 = select i1 %142, i64 %9, i64 %20
  br label %ps.header

ps.header:                                        ; preds = %ps.body, %p.exit
  %ps = phi i64 [ %143, %p.exit ], [ %ps.next, %ps.body ]
  %144 = icmp slt i64 %ps, %12
  br i1 %144, label %ps.body, label %ps.exit

ps.body:                                          ; preds = %ps.header
  %145 = mul i64 %ps, 8
  %146 = add i64 %145, 0
  %147 = add i64 %18, %146
  %148 = add i64 %17, 0
  %149 = mul i64 %148, 36
  %150 = add i64 %149, %ps
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = mul i64 %ps, 8
  %155 = add i64 %154, 1
  %156 = add i64 %18, %155
  %157 = add i64 %17, 1
  %158 = mul i64 %157, 36
  %159 = add i64 %158, %ps
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = mul i64 %ps, 8
  %164 = add i64 %163, 2
  %165 = add i64 %18, %164
  %166 = add i64 %17, 2
  %167 = mul i64 %166, 36
  %168 = add i64 %167, %ps
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = mul i64 %ps, 8
  %173 = add i64 %172, 3
  %174 = add i64 %18, %173
  %175 = add i64 %17, 3
  %176 = mul i64 %175, 36
  %177 = add i64 %176, %ps
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = mul i64 %ps, 8
  %182 = add i64 %181, 4
  %183 = add i64 %18, %182
  %184 = add i64 %17, 4
  %185 = mul i64 %184, 36
  %186 = add i64 %185, %ps
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = mul i64 %ps, 8
  %191 = add i64 %190, 5
  %192 = add i64 %18, %191
  %193 = add i64 %17, 5
  %194 = mul i64 %193, 36
  %195 = add i64 %194, %ps
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = mul i64 %ps, 8
  %200 = add i64 %199, 6
  %201 = add i64 %18, %200
  %202 = add i64 %17, 6
  %203 = mul i64 %202, 36
  %204 = add i64 %203, %ps
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ps, 8
  %209 = add i64 %208, 7
  %210 = add i64 %18, %209
  %211 = add i64 %17, 7
  %212 = mul i64 %211, 36
  %213 = add i64 %212, %ps
  %214 = getelementptr inbounds float, float* %1, i64 %210
  %215 = load float, float* %214, align 4
  %216 = getelementptr inbounds float, float* %0, i64 %213
  store float %215, float* %216, align 4
  %ps.next = add i64 %ps, 1
  br label %ps.header

ps.exit:                                          ; preds = %ps.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  %19 = add i64 8, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 8
  %23 = select i1 %22, i64 %21, i64 8
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 8
  %26 = select i1 %25, i64 %24, i64 8
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

; Function Attrs: noinline nounwind
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
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #6

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #7

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
define i32 @cifar10_cnn_run(i8** %0, i8** %1, i8* %2) #8 {
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
  %17 = call i32 @cifar10_cnn_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @cifar10_cnn_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 737792
  %10 = getelementptr inbounds i8, i8* %2, i64 0
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
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 868864
  %19 = getelementptr inbounds i8, i8* %2, i64 737792
  %20 = getelementptr inbounds i8, i8* %2, i64 0
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %20, i8** %23, align 8
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %24, align 8
  %25 = bitcast [6 x i8*]* %args to i8*
  call void @node1.conv2d_2.step0(i8* %25)
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %25, i32 0, i32 0)
  %26 = getelementptr inbounds i8, i8* %2, i64 262656
  %27 = getelementptr inbounds i8, i8* %2, i64 868864
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %32)
  %33 = getelementptr inbounds i8, i8* %2, i64 377856
  %34 = getelementptr inbounds i8, i8* %2, i64 262656
  %35 = getelementptr inbounds i8, i8* %2, i64 0
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %33, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %34, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %35, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %39, align 8
  %40 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_3.step0(i8* %40)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %40, i32 0, i32 0)
  %41 = getelementptr inbounds i8, i8* %2, i64 435456
  %42 = getelementptr inbounds i8, i8* %2, i64 377856
  %43 = getelementptr inbounds i8, i8* %2, i64 0
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %41, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %42, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %43, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %47, align 8
  %48 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_4.step0(i8* %48)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step1, i8* %48, i32 0, i32 0)
  %49 = getelementptr inbounds i8, i8* %2, i64 0
  %50 = getelementptr inbounds i8, i8* %2, i64 435456
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %50, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %54, align 8
  %55 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %55)
  %56 = getelementptr inbounds i8, i8* %2, i64 9216
  %57 = getelementptr inbounds i8, i8* %2, i64 0
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %56, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %57, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %61, align 8
  %62 = bitcast [6 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %62)
  %63 = getelementptr inbounds i8, i8* %2, i64 0
  %64 = getelementptr inbounds i8, i8* %2, i64 9216
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %68, align 8
  %69 = bitcast [6 x i8*]* %args to i8*
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %71, align 8
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %69, i32 0, i32 0)
  %72 = getelementptr inbounds i8, i8* %2, i64 0
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %76, align 8
  %77 = bitcast [6 x i8*]* %args to i8*
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %79, align 8
  call void @node9.dense_2.step0(i8* %77)
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %83, align 8
  %84 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %84)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @cifar10_cnn_info() #9 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #9 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @cifar10_cnn_workspace_size() #9 {
entry:
  ret i64 984127
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_infer(i8* %0, i8* %1, i8* %2) #9 {
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
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #6 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #7 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #8 = { nounwind "target-cpu"="x86-64-v3" }
attributes #9 = { nounwind }

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
