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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 897727, i64 20741120 }

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
  %554 = mul i64 %546, 4
  %555 = mul i64 %554, 1800
  %556 = mul i64 %545, 30
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 32
  %562 = add i64 110720, %561
  %563 = bitcast [192 x float]* %6 to float*
  %564 = icmp eq i64 %545, 7
  br i1 %564, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %565 = icmp eq i64 %543, 7
  br i1 %565, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %566 = icmp eq i64 %543, 7
  br i1 %566, label %then40, label %else41

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
  %567 = icmp slt i64 %block, 4
  br i1 %567, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %568 = mul i64 %block, 8
  %569 = add i64 %562, %568
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %570 = icmp slt i64 %row28, 6
  br i1 %570, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %571 = mul i64 %row28, 12288
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 2048
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 4096
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 6144
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 8192
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 10240
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = fadd <8 x float> %580, %584
  %598 = fsub <8 x float> %580, %584
  %599 = fadd <8 x float> %588, %592
  %600 = fsub <8 x float> %588, %592
  %601 = fadd <8 x float> %576, %597
  %602 = fadd <8 x float> %601, %599
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %598)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %597)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %598)
  %606 = fadd <8 x float> %605, %596
  %607 = mul i64 %row28, 32
  %608 = add i64 %607, 0
  %609 = getelementptr inbounds float, float* %563, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %602, <8 x float>* %610, align 4
  %611 = mul i64 %row28, 32
  %612 = add i64 %611, 8
  %613 = getelementptr inbounds float, float* %563, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %603, <8 x float>* %614, align 4
  %615 = mul i64 %row28, 32
  %616 = add i64 %615, 16
  %617 = getelementptr inbounds float, float* %563, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %604, <8 x float>* %618, align 4
  %619 = mul i64 %row28, 32
  %620 = add i64 %619, 24
  %621 = getelementptr inbounds float, float* %563, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %606, <8 x float>* %622, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !9

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 7200
  %628 = add i64 %553, %627
  %629 = getelementptr inbounds float, float* %563, i64 0
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = getelementptr inbounds float, float* %563, i64 32
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %563, i64 64
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %563, i64 96
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %563, i64 128
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %563, i64 160
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = fadd <8 x float> %634, %637
  %648 = fsub <8 x float> %634, %637
  %649 = fadd <8 x float> %640, %643
  %650 = fsub <8 x float> %640, %643
  %651 = fadd <8 x float> %631, %647
  %652 = fadd <8 x float> %651, %649
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %648)
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %647)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %648)
  %656 = fadd <8 x float> %655, %646
  %657 = fadd <8 x float> %652, %626
  %658 = fcmp olt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> zeroinitializer, <8 x float> %657
  %660 = fadd <8 x float> %653, %626
  %661 = fcmp olt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> zeroinitializer, <8 x float> %660
  %663 = getelementptr inbounds float, float* %563, i64 8
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = getelementptr inbounds float, float* %563, i64 40
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = getelementptr inbounds float, float* %563, i64 72
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %563, i64 104
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %563, i64 136
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = getelementptr inbounds float, float* %563, i64 168
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = fadd <8 x float> %668, %671
  %682 = fsub <8 x float> %668, %671
  %683 = fadd <8 x float> %674, %677
  %684 = fsub <8 x float> %674, %677
  %685 = fadd <8 x float> %665, %681
  %686 = fadd <8 x float> %685, %683
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %682)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %681)
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %682)
  %690 = fadd <8 x float> %689, %680
  %691 = fadd <8 x float> %686, %626
  %692 = fcmp olt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> zeroinitializer, <8 x float> %691
  %694 = fadd <8 x float> %687, %626
  %695 = fcmp olt <8 x float> %694, zeroinitializer
  %696 = select <8 x i1> %695, <8 x float> zeroinitializer, <8 x float> %694
  %697 = mul i64 %block, 1800
  %698 = add i64 %560, %697
  %699 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %659, <8 x float> %693)
  %700 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %699, <8 x float> %662)
  %701 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %700, <8 x float> %696)
  %702 = add i64 %698, 0
  %703 = getelementptr inbounds float, float* %0, i64 %702
  %704 = bitcast float* %703 to <8 x float>*
  store <8 x float> %701, <8 x float>* %704, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !10

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %705 = icmp slt i64 %block33, 4
  br i1 %705, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %706 = mul i64 %block33, 8
  %707 = add i64 %562, %706
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %708 = icmp slt i64 %row37, 6
  br i1 %708, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %709 = mul i64 %row37, 12288
  %710 = add i64 %707, %709
  %711 = add i64 %710, 0
  %712 = getelementptr inbounds float, float* %2, i64 %711
  %713 = bitcast float* %712 to <8 x float>*
  %714 = load <8 x float>, <8 x float>* %713, align 4
  %715 = add i64 %710, 2048
  %716 = getelementptr inbounds float, float* %2, i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = add i64 %710, 4096
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %710, 6144
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %710, 8192
  %728 = getelementptr inbounds float, float* %2, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %710, 10240
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = fadd <8 x float> %718, %722
  %736 = fsub <8 x float> %718, %722
  %737 = fadd <8 x float> %726, %730
  %738 = fsub <8 x float> %726, %730
  %739 = fadd <8 x float> %714, %735
  %740 = fadd <8 x float> %739, %737
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %736)
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %735)
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %736)
  %744 = fadd <8 x float> %743, %734
  %745 = mul i64 %row37, 32
  %746 = add i64 %745, 0
  %747 = getelementptr inbounds float, float* %563, i64 %746
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %740, <8 x float>* %748, align 4
  %749 = mul i64 %row37, 32
  %750 = add i64 %749, 8
  %751 = getelementptr inbounds float, float* %563, i64 %750
  %752 = bitcast float* %751 to <8 x float>*
  store <8 x float> %741, <8 x float>* %752, align 4
  %753 = mul i64 %row37, 32
  %754 = add i64 %753, 16
  %755 = getelementptr inbounds float, float* %563, i64 %754
  %756 = bitcast float* %755 to <8 x float>*
  store <8 x float> %742, <8 x float>* %756, align 4
  %757 = mul i64 %row37, 32
  %758 = add i64 %757, 24
  %759 = getelementptr inbounds float, float* %563, i64 %758
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %744, <8 x float>* %760, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !11

row.exit36:                                       ; preds = %row.header34
  %761 = mul i64 %block33, 8
  %762 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = mul i64 %block33, 7200
  %766 = add i64 %553, %765
  %767 = getelementptr inbounds float, float* %563, i64 0
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = getelementptr inbounds float, float* %563, i64 32
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = getelementptr inbounds float, float* %563, i64 64
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = getelementptr inbounds float, float* %563, i64 96
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = getelementptr inbounds float, float* %563, i64 128
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = getelementptr inbounds float, float* %563, i64 160
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = fadd <8 x float> %772, %775
  %786 = fsub <8 x float> %772, %775
  %787 = fadd <8 x float> %778, %781
  %788 = fsub <8 x float> %778, %781
  %789 = fadd <8 x float> %769, %785
  %790 = fadd <8 x float> %789, %787
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %786)
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %787, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %785)
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %786)
  %794 = fadd <8 x float> %793, %784
  %795 = fadd <8 x float> %790, %764
  %796 = fcmp olt <8 x float> %795, zeroinitializer
  %797 = select <8 x i1> %796, <8 x float> zeroinitializer, <8 x float> %795
  %798 = fadd <8 x float> %791, %764
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = getelementptr inbounds float, float* %563, i64 8
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = getelementptr inbounds float, float* %563, i64 40
  %805 = bitcast float* %804 to <8 x float>*
  %806 = load <8 x float>, <8 x float>* %805, align 4
  %807 = getelementptr inbounds float, float* %563, i64 72
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = getelementptr inbounds float, float* %563, i64 104
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = getelementptr inbounds float, float* %563, i64 136
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = getelementptr inbounds float, float* %563, i64 168
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = fadd <8 x float> %806, %809
  %820 = fsub <8 x float> %806, %809
  %821 = fadd <8 x float> %812, %815
  %822 = fsub <8 x float> %812, %815
  %823 = fadd <8 x float> %803, %819
  %824 = fadd <8 x float> %823, %821
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %820)
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %819)
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %820)
  %828 = fadd <8 x float> %827, %818
  %829 = fadd <8 x float> %824, %764
  %830 = fcmp olt <8 x float> %829, zeroinitializer
  %831 = select <8 x i1> %830, <8 x float> zeroinitializer, <8 x float> %829
  %832 = fadd <8 x float> %825, %764
  %833 = fcmp olt <8 x float> %832, zeroinitializer
  %834 = select <8 x i1> %833, <8 x float> zeroinitializer, <8 x float> %832
  %835 = getelementptr inbounds float, float* %563, i64 16
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = getelementptr inbounds float, float* %563, i64 48
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = getelementptr inbounds float, float* %563, i64 80
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = getelementptr inbounds float, float* %563, i64 112
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = getelementptr inbounds float, float* %563, i64 144
  %848 = bitcast float* %847 to <8 x float>*
  %849 = load <8 x float>, <8 x float>* %848, align 4
  %850 = getelementptr inbounds float, float* %563, i64 176
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = fadd <8 x float> %840, %843
  %854 = fsub <8 x float> %840, %843
  %855 = fadd <8 x float> %846, %849
  %856 = fsub <8 x float> %846, %849
  %857 = fadd <8 x float> %837, %853
  %858 = fadd <8 x float> %857, %855
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %854)
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %853)
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %854)
  %862 = fadd <8 x float> %861, %852
  %863 = fadd <8 x float> %858, %764
  %864 = fcmp olt <8 x float> %863, zeroinitializer
  %865 = select <8 x i1> %864, <8 x float> zeroinitializer, <8 x float> %863
  %866 = fadd <8 x float> %859, %764
  %867 = fcmp olt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> zeroinitializer, <8 x float> %866
  %869 = getelementptr inbounds float, float* %563, i64 24
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = getelementptr inbounds float, float* %563, i64 56
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = getelementptr inbounds float, float* %563, i64 88
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = getelementptr inbounds float, float* %563, i64 120
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = getelementptr inbounds float, float* %563, i64 152
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = getelementptr inbounds float, float* %563, i64 184
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = fadd <8 x float> %874, %877
  %888 = fsub <8 x float> %874, %877
  %889 = fadd <8 x float> %880, %883
  %890 = fsub <8 x float> %880, %883
  %891 = fadd <8 x float> %871, %887
  %892 = fadd <8 x float> %891, %889
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %890, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %888)
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %889, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %887)
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %890, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %888)
  %896 = fadd <8 x float> %895, %886
  %897 = fadd <8 x float> %892, %764
  %898 = fcmp olt <8 x float> %897, zeroinitializer
  %899 = select <8 x i1> %898, <8 x float> zeroinitializer, <8 x float> %897
  %900 = fadd <8 x float> %893, %764
  %901 = fcmp olt <8 x float> %900, zeroinitializer
  %902 = select <8 x i1> %901, <8 x float> zeroinitializer, <8 x float> %900
  %903 = mul i64 %block33, 1800
  %904 = add i64 %560, %903
  %905 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %797, <8 x float> %831)
  %906 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %905, <8 x float> %800)
  %907 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %906, <8 x float> %834)
  %908 = add i64 %904, 0
  %909 = getelementptr inbounds float, float* %0, i64 %908
  %910 = bitcast float* %909 to <8 x float>*
  store <8 x float> %907, <8 x float>* %910, align 4
  %911 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %865, <8 x float> %899)
  %912 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %911, <8 x float> %868)
  %913 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %912, <8 x float> %902)
  %914 = add i64 %904, 8
  %915 = getelementptr inbounds float, float* %0, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  store <8 x float> %913, <8 x float>* %916, align 4
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
  %917 = icmp slt i64 %block46, 4
  br i1 %917, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %918 = mul i64 %block46, 8
  %919 = add i64 %562, %918
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %920 = icmp slt i64 %row50, 6
  br i1 %920, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %921 = mul i64 %row50, 12288
  %922 = add i64 %919, %921
  %923 = add i64 %922, 0
  %924 = getelementptr inbounds float, float* %2, i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %922, 2048
  %928 = getelementptr inbounds float, float* %2, i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %922, 4096
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = add i64 %922, 6144
  %936 = getelementptr inbounds float, float* %2, i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = add i64 %922, 8192
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = add i64 %922, 10240
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = fadd <8 x float> %930, %934
  %948 = fsub <8 x float> %930, %934
  %949 = fadd <8 x float> %938, %942
  %950 = fsub <8 x float> %938, %942
  %951 = fadd <8 x float> %926, %947
  %952 = fadd <8 x float> %951, %949
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %948)
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %947)
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %948)
  %956 = fadd <8 x float> %955, %946
  %957 = mul i64 %row50, 32
  %958 = add i64 %957, 0
  %959 = getelementptr inbounds float, float* %563, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  store <8 x float> %952, <8 x float>* %960, align 4
  %961 = mul i64 %row50, 32
  %962 = add i64 %961, 8
  %963 = getelementptr inbounds float, float* %563, i64 %962
  %964 = bitcast float* %963 to <8 x float>*
  store <8 x float> %953, <8 x float>* %964, align 4
  %965 = mul i64 %row50, 32
  %966 = add i64 %965, 16
  %967 = getelementptr inbounds float, float* %563, i64 %966
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %954, <8 x float>* %968, align 4
  %969 = mul i64 %row50, 32
  %970 = add i64 %969, 24
  %971 = getelementptr inbounds float, float* %563, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  store <8 x float> %956, <8 x float>* %972, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !13

row.exit49:                                       ; preds = %row.header47
  %973 = mul i64 %block46, 8
  %974 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = mul i64 %block46, 7200
  %978 = add i64 %553, %977
  %979 = getelementptr inbounds float, float* %563, i64 0
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = getelementptr inbounds float, float* %563, i64 32
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = getelementptr inbounds float, float* %563, i64 64
  %986 = bitcast float* %985 to <8 x float>*
  %987 = load <8 x float>, <8 x float>* %986, align 4
  %988 = getelementptr inbounds float, float* %563, i64 96
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = getelementptr inbounds float, float* %563, i64 128
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = getelementptr inbounds float, float* %563, i64 160
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = fadd <8 x float> %984, %987
  %998 = fsub <8 x float> %984, %987
  %999 = fadd <8 x float> %990, %993
  %1000 = fsub <8 x float> %990, %993
  %1001 = fadd <8 x float> %981, %997
  %1002 = fadd <8 x float> %1001, %999
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %998)
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %997)
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %998)
  %1006 = fadd <8 x float> %1005, %996
  %1007 = fadd <8 x float> %1002, %976
  %1008 = fcmp olt <8 x float> %1007, zeroinitializer
  %1009 = select <8 x i1> %1008, <8 x float> zeroinitializer, <8 x float> %1007
  %1010 = fadd <8 x float> %1003, %976
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = fadd <8 x float> %1004, %976
  %1014 = fcmp olt <8 x float> %1013, zeroinitializer
  %1015 = select <8 x i1> %1014, <8 x float> zeroinitializer, <8 x float> %1013
  %1016 = fadd <8 x float> %1006, %976
  %1017 = fcmp olt <8 x float> %1016, zeroinitializer
  %1018 = select <8 x i1> %1017, <8 x float> zeroinitializer, <8 x float> %1016
  %1019 = getelementptr inbounds float, float* %563, i64 8
  %1020 = bitcast float* %1019 to <8 x float>*
  %1021 = load <8 x float>, <8 x float>* %1020, align 4
  %1022 = getelementptr inbounds float, float* %563, i64 40
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = getelementptr inbounds float, float* %563, i64 72
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = getelementptr inbounds float, float* %563, i64 104
  %1029 = bitcast float* %1028 to <8 x float>*
  %1030 = load <8 x float>, <8 x float>* %1029, align 4
  %1031 = getelementptr inbounds float, float* %563, i64 136
  %1032 = bitcast float* %1031 to <8 x float>*
  %1033 = load <8 x float>, <8 x float>* %1032, align 4
  %1034 = getelementptr inbounds float, float* %563, i64 168
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  %1037 = fadd <8 x float> %1024, %1027
  %1038 = fsub <8 x float> %1024, %1027
  %1039 = fadd <8 x float> %1030, %1033
  %1040 = fsub <8 x float> %1030, %1033
  %1041 = fadd <8 x float> %1021, %1037
  %1042 = fadd <8 x float> %1041, %1039
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1040, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1038)
  %1044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1037)
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1040, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1038)
  %1046 = fadd <8 x float> %1045, %1036
  %1047 = fadd <8 x float> %1042, %976
  %1048 = fcmp olt <8 x float> %1047, zeroinitializer
  %1049 = select <8 x i1> %1048, <8 x float> zeroinitializer, <8 x float> %1047
  %1050 = fadd <8 x float> %1043, %976
  %1051 = fcmp olt <8 x float> %1050, zeroinitializer
  %1052 = select <8 x i1> %1051, <8 x float> zeroinitializer, <8 x float> %1050
  %1053 = fadd <8 x float> %1044, %976
  %1054 = fcmp olt <8 x float> %1053, zeroinitializer
  %1055 = select <8 x i1> %1054, <8 x float> zeroinitializer, <8 x float> %1053
  %1056 = fadd <8 x float> %1046, %976
  %1057 = fcmp olt <8 x float> %1056, zeroinitializer
  %1058 = select <8 x i1> %1057, <8 x float> zeroinitializer, <8 x float> %1056
  %1059 = mul i64 %block46, 1800
  %1060 = add i64 %560, %1059
  %1061 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1009, <8 x float> %1049)
  %1062 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1061, <8 x float> %1012)
  %1063 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1062, <8 x float> %1052)
  %1064 = add i64 %1060, 0
  %1065 = getelementptr inbounds float, float* %0, i64 %1064
  %1066 = bitcast float* %1065 to <8 x float>*
  store <8 x float> %1063, <8 x float>* %1066, align 4
  %1067 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1015, <8 x float> %1055)
  %1068 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1067, <8 x float> %1018)
  %1069 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1068, <8 x float> %1058)
  %1070 = add i64 %1060, 120
  %1071 = getelementptr inbounds float, float* %0, i64 %1070
  %1072 = bitcast float* %1071 to <8 x float>*
  store <8 x float> %1069, <8 x float>* %1072, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !14

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1073 = icmp slt i64 %block56, 4
  br i1 %1073, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1074 = mul i64 %block56, 8
  %1075 = add i64 %562, %1074
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1076 = icmp slt i64 %row60, 6
  br i1 %1076, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1077 = mul i64 %row60, 12288
  %1078 = add i64 %1075, %1077
  %1079 = add i64 %1078, 0
  %1080 = getelementptr inbounds float, float* %2, i64 %1079
  %1081 = bitcast float* %1080 to <8 x float>*
  %1082 = load <8 x float>, <8 x float>* %1081, align 4
  %1083 = add i64 %1078, 2048
  %1084 = getelementptr inbounds float, float* %2, i64 %1083
  %1085 = bitcast float* %1084 to <8 x float>*
  %1086 = load <8 x float>, <8 x float>* %1085, align 4
  %1087 = add i64 %1078, 4096
  %1088 = getelementptr inbounds float, float* %2, i64 %1087
  %1089 = bitcast float* %1088 to <8 x float>*
  %1090 = load <8 x float>, <8 x float>* %1089, align 4
  %1091 = add i64 %1078, 6144
  %1092 = getelementptr inbounds float, float* %2, i64 %1091
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = add i64 %1078, 8192
  %1096 = getelementptr inbounds float, float* %2, i64 %1095
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  %1099 = add i64 %1078, 10240
  %1100 = getelementptr inbounds float, float* %2, i64 %1099
  %1101 = bitcast float* %1100 to <8 x float>*
  %1102 = load <8 x float>, <8 x float>* %1101, align 4
  %1103 = fadd <8 x float> %1086, %1090
  %1104 = fsub <8 x float> %1086, %1090
  %1105 = fadd <8 x float> %1094, %1098
  %1106 = fsub <8 x float> %1094, %1098
  %1107 = fadd <8 x float> %1082, %1103
  %1108 = fadd <8 x float> %1107, %1105
  %1109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1106, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1104)
  %1110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1105, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1103)
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1106, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1104)
  %1112 = fadd <8 x float> %1111, %1102
  %1113 = mul i64 %row60, 32
  %1114 = add i64 %1113, 0
  %1115 = getelementptr inbounds float, float* %563, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  store <8 x float> %1108, <8 x float>* %1116, align 4
  %1117 = mul i64 %row60, 32
  %1118 = add i64 %1117, 8
  %1119 = getelementptr inbounds float, float* %563, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  store <8 x float> %1109, <8 x float>* %1120, align 4
  %1121 = mul i64 %row60, 32
  %1122 = add i64 %1121, 16
  %1123 = getelementptr inbounds float, float* %563, i64 %1122
  %1124 = bitcast float* %1123 to <8 x float>*
  store <8 x float> %1110, <8 x float>* %1124, align 4
  %1125 = mul i64 %row60, 32
  %1126 = add i64 %1125, 24
  %1127 = getelementptr inbounds float, float* %563, i64 %1126
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1112, <8 x float>* %1128, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !15

row.exit59:                                       ; preds = %row.header57
  %1129 = mul i64 %block56, 8
  %1130 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %1129
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = mul i64 %block56, 7200
  %1134 = add i64 %553, %1133
  %1135 = getelementptr inbounds float, float* %563, i64 0
  %1136 = bitcast float* %1135 to <8 x float>*
  %1137 = load <8 x float>, <8 x float>* %1136, align 4
  %1138 = getelementptr inbounds float, float* %563, i64 32
  %1139 = bitcast float* %1138 to <8 x float>*
  %1140 = load <8 x float>, <8 x float>* %1139, align 4
  %1141 = getelementptr inbounds float, float* %563, i64 64
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = getelementptr inbounds float, float* %563, i64 96
  %1145 = bitcast float* %1144 to <8 x float>*
  %1146 = load <8 x float>, <8 x float>* %1145, align 4
  %1147 = getelementptr inbounds float, float* %563, i64 128
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = getelementptr inbounds float, float* %563, i64 160
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = fadd <8 x float> %1140, %1143
  %1154 = fsub <8 x float> %1140, %1143
  %1155 = fadd <8 x float> %1146, %1149
  %1156 = fsub <8 x float> %1146, %1149
  %1157 = fadd <8 x float> %1137, %1153
  %1158 = fadd <8 x float> %1157, %1155
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1156, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1154)
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1153)
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1156, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1154)
  %1162 = fadd <8 x float> %1161, %1152
  %1163 = fadd <8 x float> %1158, %1132
  %1164 = fcmp olt <8 x float> %1163, zeroinitializer
  %1165 = select <8 x i1> %1164, <8 x float> zeroinitializer, <8 x float> %1163
  %1166 = fadd <8 x float> %1159, %1132
  %1167 = fcmp olt <8 x float> %1166, zeroinitializer
  %1168 = select <8 x i1> %1167, <8 x float> zeroinitializer, <8 x float> %1166
  %1169 = fadd <8 x float> %1160, %1132
  %1170 = fcmp olt <8 x float> %1169, zeroinitializer
  %1171 = select <8 x i1> %1170, <8 x float> zeroinitializer, <8 x float> %1169
  %1172 = fadd <8 x float> %1162, %1132
  %1173 = fcmp olt <8 x float> %1172, zeroinitializer
  %1174 = select <8 x i1> %1173, <8 x float> zeroinitializer, <8 x float> %1172
  %1175 = getelementptr inbounds float, float* %563, i64 8
  %1176 = bitcast float* %1175 to <8 x float>*
  %1177 = load <8 x float>, <8 x float>* %1176, align 4
  %1178 = getelementptr inbounds float, float* %563, i64 40
  %1179 = bitcast float* %1178 to <8 x float>*
  %1180 = load <8 x float>, <8 x float>* %1179, align 4
  %1181 = getelementptr inbounds float, float* %563, i64 72
  %1182 = bitcast float* %1181 to <8 x float>*
  %1183 = load <8 x float>, <8 x float>* %1182, align 4
  %1184 = getelementptr inbounds float, float* %563, i64 104
  %1185 = bitcast float* %1184 to <8 x float>*
  %1186 = load <8 x float>, <8 x float>* %1185, align 4
  %1187 = getelementptr inbounds float, float* %563, i64 136
  %1188 = bitcast float* %1187 to <8 x float>*
  %1189 = load <8 x float>, <8 x float>* %1188, align 4
  %1190 = getelementptr inbounds float, float* %563, i64 168
  %1191 = bitcast float* %1190 to <8 x float>*
  %1192 = load <8 x float>, <8 x float>* %1191, align 4
  %1193 = fadd <8 x float> %1180, %1183
  %1194 = fsub <8 x float> %1180, %1183
  %1195 = fadd <8 x float> %1186, %1189
  %1196 = fsub <8 x float> %1186, %1189
  %1197 = fadd <8 x float> %1177, %1193
  %1198 = fadd <8 x float> %1197, %1195
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1196, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1194)
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1193)
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1196, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1194)
  %1202 = fadd <8 x float> %1201, %1192
  %1203 = fadd <8 x float> %1198, %1132
  %1204 = fcmp olt <8 x float> %1203, zeroinitializer
  %1205 = select <8 x i1> %1204, <8 x float> zeroinitializer, <8 x float> %1203
  %1206 = fadd <8 x float> %1199, %1132
  %1207 = fcmp olt <8 x float> %1206, zeroinitializer
  %1208 = select <8 x i1> %1207, <8 x float> zeroinitializer, <8 x float> %1206
  %1209 = fadd <8 x float> %1200, %1132
  %1210 = fcmp olt <8 x float> %1209, zeroinitializer
  %1211 = select <8 x i1> %1210, <8 x float> zeroinitializer, <8 x float> %1209
  %1212 = fadd <8 x float> %1202, %1132
  %1213 = fcmp olt <8 x float> %1212, zeroinitializer
  %1214 = select <8 x i1> %1213, <8 x float> zeroinitializer, <8 x float> %1212
  %1215 = getelementptr inbounds float, float* %563, i64 16
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = getelementptr inbounds float, float* %563, i64 48
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = getelementptr inbounds float, float* %563, i64 80
  %1222 = bitcast float* %1221 to <8 x float>*
  %1223 = load <8 x float>, <8 x float>* %1222, align 4
  %1224 = getelementptr inbounds float, float* %563, i64 112
  %1225 = bitcast float* %1224 to <8 x float>*
  %1226 = load <8 x float>, <8 x float>* %1225, align 4
  %1227 = getelementptr inbounds float, float* %563, i64 144
  %1228 = bitcast float* %1227 to <8 x float>*
  %1229 = load <8 x float>, <8 x float>* %1228, align 4
  %1230 = getelementptr inbounds float, float* %563, i64 176
  %1231 = bitcast float* %1230 to <8 x float>*
  %1232 = load <8 x float>, <8 x float>* %1231, align 4
  %1233 = fadd <8 x float> %1220, %1223
  %1234 = fsub <8 x float> %1220, %1223
  %1235 = fadd <8 x float> %1226, %1229
  %1236 = fsub <8 x float> %1226, %1229
  %1237 = fadd <8 x float> %1217, %1233
  %1238 = fadd <8 x float> %1237, %1235
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1236, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1234)
  %1240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1235, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1233)
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1236, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1234)
  %1242 = fadd <8 x float> %1241, %1232
  %1243 = fadd <8 x float> %1238, %1132
  %1244 = fcmp olt <8 x float> %1243, zeroinitializer
  %1245 = select <8 x i1> %1244, <8 x float> zeroinitializer, <8 x float> %1243
  %1246 = fadd <8 x float> %1239, %1132
  %1247 = fcmp olt <8 x float> %1246, zeroinitializer
  %1248 = select <8 x i1> %1247, <8 x float> zeroinitializer, <8 x float> %1246
  %1249 = fadd <8 x float> %1240, %1132
  %1250 = fcmp olt <8 x float> %1249, zeroinitializer
  %1251 = select <8 x i1> %1250, <8 x float> zeroinitializer, <8 x float> %1249
  %1252 = fadd <8 x float> %1242, %1132
  %1253 = fcmp olt <8 x float> %1252, zeroinitializer
  %1254 = select <8 x i1> %1253, <8 x float> zeroinitializer, <8 x float> %1252
  %1255 = getelementptr inbounds float, float* %563, i64 24
  %1256 = bitcast float* %1255 to <8 x float>*
  %1257 = load <8 x float>, <8 x float>* %1256, align 4
  %1258 = getelementptr inbounds float, float* %563, i64 56
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = getelementptr inbounds float, float* %563, i64 88
  %1262 = bitcast float* %1261 to <8 x float>*
  %1263 = load <8 x float>, <8 x float>* %1262, align 4
  %1264 = getelementptr inbounds float, float* %563, i64 120
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = getelementptr inbounds float, float* %563, i64 152
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = getelementptr inbounds float, float* %563, i64 184
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
  %1283 = fadd <8 x float> %1278, %1132
  %1284 = fcmp olt <8 x float> %1283, zeroinitializer
  %1285 = select <8 x i1> %1284, <8 x float> zeroinitializer, <8 x float> %1283
  %1286 = fadd <8 x float> %1279, %1132
  %1287 = fcmp olt <8 x float> %1286, zeroinitializer
  %1288 = select <8 x i1> %1287, <8 x float> zeroinitializer, <8 x float> %1286
  %1289 = fadd <8 x float> %1280, %1132
  %1290 = fcmp olt <8 x float> %1289, zeroinitializer
  %1291 = select <8 x i1> %1290, <8 x float> zeroinitializer, <8 x float> %1289
  %1292 = fadd <8 x float> %1282, %1132
  %1293 = fcmp olt <8 x float> %1292, zeroinitializer
  %1294 = select <8 x i1> %1293, <8 x float> zeroinitializer, <8 x float> %1292
  %1295 = mul i64 %block56, 1800
  %1296 = add i64 %560, %1295
  %1297 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1165, <8 x float> %1205)
  %1298 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1297, <8 x float> %1168)
  %1299 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1298, <8 x float> %1208)
  %1300 = add i64 %1296, 0
  %1301 = getelementptr inbounds float, float* %0, i64 %1300
  %1302 = bitcast float* %1301 to <8 x float>*
  store <8 x float> %1299, <8 x float>* %1302, align 4
  %1303 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1245, <8 x float> %1285)
  %1304 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1303, <8 x float> %1248)
  %1305 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1304, <8 x float> %1288)
  %1306 = add i64 %1296, 8
  %1307 = getelementptr inbounds float, float* %0, i64 %1306
  %1308 = bitcast float* %1307 to <8 x float>*
  store <8 x float> %1305, <8 x float>* %1308, align 4
  %1309 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1171, <8 x float> %1211)
  %1310 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1309, <8 x float> %1174)
  %1311 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1310, <8 x float> %1214)
  %1312 = add i64 %1296, 120
  %1313 = getelementptr inbounds float, float* %0, i64 %1312
  %1314 = bitcast float* %1313 to <8 x float>*
  store <8 x float> %1311, <8 x float>* %1314, align 4
  %1315 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1251, <8 x float> %1291)
  %1316 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1315, <8 x float> %1254)
  %1317 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1316, <8 x float> %1294)
  %1318 = add i64 %1296, 128
  %1319 = getelementptr inbounds float, float* %0, i64 %1318
  %1320 = bitcast float* %1319 to <8 x float>*
  store <8 x float> %1317, <8 x float>* %1320, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !16
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

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
define internal void @node2.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node2.conv2d_3.step0(i8* %0) #3 {
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
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %554 = mul i64 %546, 8
  %555 = mul i64 %554, 1800
  %556 = mul i64 %545, 30
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 64
  %562 = add i64 28800, %561
  %563 = bitcast [192 x float]* %6 to float*
  %564 = icmp eq i64 %545, 3
  br i1 %564, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %565 = icmp eq i64 %543, 3
  br i1 %565, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %566 = icmp eq i64 %543, 3
  br i1 %566, label %then40, label %else41

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
  %567 = icmp slt i64 %block, 8
  br i1 %567, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %568 = mul i64 %block, 8
  %569 = add i64 %562, %568
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %570 = icmp slt i64 %row28, 6
  br i1 %570, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %571 = mul i64 %row28, 6144
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 1024
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 2048
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 3072
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 4096
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 5120
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = fadd <8 x float> %580, %584
  %598 = fsub <8 x float> %580, %584
  %599 = fadd <8 x float> %588, %592
  %600 = fsub <8 x float> %588, %592
  %601 = fadd <8 x float> %576, %597
  %602 = fadd <8 x float> %601, %599
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %598)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %597)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %598)
  %606 = fadd <8 x float> %605, %596
  %607 = mul i64 %row28, 32
  %608 = add i64 %607, 0
  %609 = getelementptr inbounds float, float* %563, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %602, <8 x float>* %610, align 4
  %611 = mul i64 %row28, 32
  %612 = add i64 %611, 8
  %613 = getelementptr inbounds float, float* %563, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %603, <8 x float>* %614, align 4
  %615 = mul i64 %row28, 32
  %616 = add i64 %615, 16
  %617 = getelementptr inbounds float, float* %563, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %604, <8 x float>* %618, align 4
  %619 = mul i64 %row28, 32
  %620 = add i64 %619, 24
  %621 = getelementptr inbounds float, float* %563, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %606, <8 x float>* %622, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !23

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1800
  %628 = add i64 %553, %627
  %629 = getelementptr inbounds float, float* %563, i64 0
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = getelementptr inbounds float, float* %563, i64 32
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %563, i64 64
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %563, i64 96
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %563, i64 128
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %563, i64 160
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = fadd <8 x float> %634, %637
  %648 = fsub <8 x float> %634, %637
  %649 = fadd <8 x float> %640, %643
  %650 = fsub <8 x float> %640, %643
  %651 = fadd <8 x float> %631, %647
  %652 = fadd <8 x float> %651, %649
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %648)
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %647)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %648)
  %656 = fadd <8 x float> %655, %646
  %657 = add i64 %628, 0
  %658 = fadd <8 x float> %652, %626
  %659 = fcmp olt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> zeroinitializer, <8 x float> %658
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = add i64 %628, 120
  %664 = fadd <8 x float> %653, %626
  %665 = fcmp olt <8 x float> %664, zeroinitializer
  %666 = select <8 x i1> %665, <8 x float> zeroinitializer, <8 x float> %664
  %667 = getelementptr inbounds float, float* %0, i64 %663
  %668 = bitcast float* %667 to <8 x float>*
  store <8 x float> %666, <8 x float>* %668, align 4
  %669 = add i64 %628, 240
  %670 = fadd <8 x float> %654, %626
  %671 = fcmp olt <8 x float> %670, zeroinitializer
  %672 = select <8 x i1> %671, <8 x float> zeroinitializer, <8 x float> %670
  %673 = getelementptr inbounds float, float* %0, i64 %669
  %674 = bitcast float* %673 to <8 x float>*
  store <8 x float> %672, <8 x float>* %674, align 4
  %675 = getelementptr inbounds float, float* %563, i64 8
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = getelementptr inbounds float, float* %563, i64 40
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = getelementptr inbounds float, float* %563, i64 72
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = getelementptr inbounds float, float* %563, i64 104
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = getelementptr inbounds float, float* %563, i64 136
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = getelementptr inbounds float, float* %563, i64 168
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = fadd <8 x float> %680, %683
  %694 = fsub <8 x float> %680, %683
  %695 = fadd <8 x float> %686, %689
  %696 = fsub <8 x float> %686, %689
  %697 = fadd <8 x float> %677, %693
  %698 = fadd <8 x float> %697, %695
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %694)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %693)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %694)
  %702 = fadd <8 x float> %701, %692
  %703 = add i64 %628, 8
  %704 = fadd <8 x float> %698, %626
  %705 = fcmp olt <8 x float> %704, zeroinitializer
  %706 = select <8 x i1> %705, <8 x float> zeroinitializer, <8 x float> %704
  %707 = getelementptr inbounds float, float* %0, i64 %703
  %708 = bitcast float* %707 to <8 x float>*
  store <8 x float> %706, <8 x float>* %708, align 4
  %709 = add i64 %628, 128
  %710 = fadd <8 x float> %699, %626
  %711 = fcmp olt <8 x float> %710, zeroinitializer
  %712 = select <8 x i1> %711, <8 x float> zeroinitializer, <8 x float> %710
  %713 = getelementptr inbounds float, float* %0, i64 %709
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %712, <8 x float>* %714, align 4
  %715 = add i64 %628, 248
  %716 = fadd <8 x float> %700, %626
  %717 = fcmp olt <8 x float> %716, zeroinitializer
  %718 = select <8 x i1> %717, <8 x float> zeroinitializer, <8 x float> %716
  %719 = getelementptr inbounds float, float* %0, i64 %715
  %720 = bitcast float* %719 to <8 x float>*
  store <8 x float> %718, <8 x float>* %720, align 4
  %721 = getelementptr inbounds float, float* %563, i64 16
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = getelementptr inbounds float, float* %563, i64 48
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = getelementptr inbounds float, float* %563, i64 80
  %728 = bitcast float* %727 to <8 x float>*
  %729 = load <8 x float>, <8 x float>* %728, align 4
  %730 = getelementptr inbounds float, float* %563, i64 112
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = getelementptr inbounds float, float* %563, i64 144
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = getelementptr inbounds float, float* %563, i64 176
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
  %749 = add i64 %628, 16
  %750 = fadd <8 x float> %744, %626
  %751 = fcmp olt <8 x float> %750, zeroinitializer
  %752 = select <8 x i1> %751, <8 x float> zeroinitializer, <8 x float> %750
  %753 = getelementptr inbounds float, float* %0, i64 %749
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %752, <8 x float>* %754, align 4
  %755 = add i64 %628, 136
  %756 = fadd <8 x float> %745, %626
  %757 = fcmp olt <8 x float> %756, zeroinitializer
  %758 = select <8 x i1> %757, <8 x float> zeroinitializer, <8 x float> %756
  %759 = getelementptr inbounds float, float* %0, i64 %755
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %758, <8 x float>* %760, align 4
  %761 = add i64 %628, 256
  %762 = fadd <8 x float> %746, %626
  %763 = fcmp olt <8 x float> %762, zeroinitializer
  %764 = select <8 x i1> %763, <8 x float> zeroinitializer, <8 x float> %762
  %765 = getelementptr inbounds float, float* %0, i64 %761
  %766 = bitcast float* %765 to <8 x float>*
  store <8 x float> %764, <8 x float>* %766, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !24

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %767 = icmp slt i64 %block33, 8
  br i1 %767, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %768 = mul i64 %block33, 8
  %769 = add i64 %562, %768
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %770 = icmp slt i64 %row37, 6
  br i1 %770, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %771 = mul i64 %row37, 6144
  %772 = add i64 %769, %771
  %773 = add i64 %772, 0
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = add i64 %772, 1024
  %778 = getelementptr inbounds float, float* %2, i64 %777
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = add i64 %772, 2048
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %772, 3072
  %786 = getelementptr inbounds float, float* %2, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %772, 4096
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = add i64 %772, 5120
  %794 = getelementptr inbounds float, float* %2, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = fadd <8 x float> %780, %784
  %798 = fsub <8 x float> %780, %784
  %799 = fadd <8 x float> %788, %792
  %800 = fsub <8 x float> %788, %792
  %801 = fadd <8 x float> %776, %797
  %802 = fadd <8 x float> %801, %799
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %800, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %798)
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %797)
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %800, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %798)
  %806 = fadd <8 x float> %805, %796
  %807 = mul i64 %row37, 32
  %808 = add i64 %807, 0
  %809 = getelementptr inbounds float, float* %563, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  store <8 x float> %802, <8 x float>* %810, align 4
  %811 = mul i64 %row37, 32
  %812 = add i64 %811, 8
  %813 = getelementptr inbounds float, float* %563, i64 %812
  %814 = bitcast float* %813 to <8 x float>*
  store <8 x float> %803, <8 x float>* %814, align 4
  %815 = mul i64 %row37, 32
  %816 = add i64 %815, 16
  %817 = getelementptr inbounds float, float* %563, i64 %816
  %818 = bitcast float* %817 to <8 x float>*
  store <8 x float> %804, <8 x float>* %818, align 4
  %819 = mul i64 %row37, 32
  %820 = add i64 %819, 24
  %821 = getelementptr inbounds float, float* %563, i64 %820
  %822 = bitcast float* %821 to <8 x float>*
  store <8 x float> %806, <8 x float>* %822, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !25

row.exit36:                                       ; preds = %row.header34
  %823 = mul i64 %block33, 8
  %824 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %823
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  %827 = mul i64 %block33, 1800
  %828 = add i64 %553, %827
  %829 = getelementptr inbounds float, float* %563, i64 0
  %830 = bitcast float* %829 to <8 x float>*
  %831 = load <8 x float>, <8 x float>* %830, align 4
  %832 = getelementptr inbounds float, float* %563, i64 32
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = getelementptr inbounds float, float* %563, i64 64
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = getelementptr inbounds float, float* %563, i64 96
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = getelementptr inbounds float, float* %563, i64 128
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = getelementptr inbounds float, float* %563, i64 160
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = fadd <8 x float> %834, %837
  %848 = fsub <8 x float> %834, %837
  %849 = fadd <8 x float> %840, %843
  %850 = fsub <8 x float> %840, %843
  %851 = fadd <8 x float> %831, %847
  %852 = fadd <8 x float> %851, %849
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %848)
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %847)
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %848)
  %856 = fadd <8 x float> %855, %846
  %857 = add i64 %828, 0
  %858 = fadd <8 x float> %852, %826
  %859 = fcmp olt <8 x float> %858, zeroinitializer
  %860 = select <8 x i1> %859, <8 x float> zeroinitializer, <8 x float> %858
  %861 = getelementptr inbounds float, float* %0, i64 %857
  %862 = bitcast float* %861 to <8 x float>*
  store <8 x float> %860, <8 x float>* %862, align 4
  %863 = add i64 %828, 120
  %864 = fadd <8 x float> %853, %826
  %865 = fcmp olt <8 x float> %864, zeroinitializer
  %866 = select <8 x i1> %865, <8 x float> zeroinitializer, <8 x float> %864
  %867 = getelementptr inbounds float, float* %0, i64 %863
  %868 = bitcast float* %867 to <8 x float>*
  store <8 x float> %866, <8 x float>* %868, align 4
  %869 = add i64 %828, 240
  %870 = fadd <8 x float> %854, %826
  %871 = fcmp olt <8 x float> %870, zeroinitializer
  %872 = select <8 x i1> %871, <8 x float> zeroinitializer, <8 x float> %870
  %873 = getelementptr inbounds float, float* %0, i64 %869
  %874 = bitcast float* %873 to <8 x float>*
  store <8 x float> %872, <8 x float>* %874, align 4
  %875 = getelementptr inbounds float, float* %563, i64 8
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = getelementptr inbounds float, float* %563, i64 40
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = getelementptr inbounds float, float* %563, i64 72
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = getelementptr inbounds float, float* %563, i64 104
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = getelementptr inbounds float, float* %563, i64 136
  %888 = bitcast float* %887 to <8 x float>*
  %889 = load <8 x float>, <8 x float>* %888, align 4
  %890 = getelementptr inbounds float, float* %563, i64 168
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = fadd <8 x float> %880, %883
  %894 = fsub <8 x float> %880, %883
  %895 = fadd <8 x float> %886, %889
  %896 = fsub <8 x float> %886, %889
  %897 = fadd <8 x float> %877, %893
  %898 = fadd <8 x float> %897, %895
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %896, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %894)
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %895, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %893)
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %896, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %894)
  %902 = fadd <8 x float> %901, %892
  %903 = add i64 %828, 8
  %904 = fadd <8 x float> %898, %826
  %905 = fcmp olt <8 x float> %904, zeroinitializer
  %906 = select <8 x i1> %905, <8 x float> zeroinitializer, <8 x float> %904
  %907 = getelementptr inbounds float, float* %0, i64 %903
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %906, <8 x float>* %908, align 4
  %909 = add i64 %828, 128
  %910 = fadd <8 x float> %899, %826
  %911 = fcmp olt <8 x float> %910, zeroinitializer
  %912 = select <8 x i1> %911, <8 x float> zeroinitializer, <8 x float> %910
  %913 = getelementptr inbounds float, float* %0, i64 %909
  %914 = bitcast float* %913 to <8 x float>*
  store <8 x float> %912, <8 x float>* %914, align 4
  %915 = add i64 %828, 248
  %916 = fadd <8 x float> %900, %826
  %917 = fcmp olt <8 x float> %916, zeroinitializer
  %918 = select <8 x i1> %917, <8 x float> zeroinitializer, <8 x float> %916
  %919 = getelementptr inbounds float, float* %0, i64 %915
  %920 = bitcast float* %919 to <8 x float>*
  store <8 x float> %918, <8 x float>* %920, align 4
  %921 = getelementptr inbounds float, float* %563, i64 16
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = getelementptr inbounds float, float* %563, i64 48
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = getelementptr inbounds float, float* %563, i64 80
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = getelementptr inbounds float, float* %563, i64 112
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = getelementptr inbounds float, float* %563, i64 144
  %934 = bitcast float* %933 to <8 x float>*
  %935 = load <8 x float>, <8 x float>* %934, align 4
  %936 = getelementptr inbounds float, float* %563, i64 176
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = fadd <8 x float> %926, %929
  %940 = fsub <8 x float> %926, %929
  %941 = fadd <8 x float> %932, %935
  %942 = fsub <8 x float> %932, %935
  %943 = fadd <8 x float> %923, %939
  %944 = fadd <8 x float> %943, %941
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %940)
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %941, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %939)
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %940)
  %948 = fadd <8 x float> %947, %938
  %949 = add i64 %828, 16
  %950 = fadd <8 x float> %944, %826
  %951 = fcmp olt <8 x float> %950, zeroinitializer
  %952 = select <8 x i1> %951, <8 x float> zeroinitializer, <8 x float> %950
  %953 = getelementptr inbounds float, float* %0, i64 %949
  %954 = bitcast float* %953 to <8 x float>*
  store <8 x float> %952, <8 x float>* %954, align 4
  %955 = add i64 %828, 136
  %956 = fadd <8 x float> %945, %826
  %957 = fcmp olt <8 x float> %956, zeroinitializer
  %958 = select <8 x i1> %957, <8 x float> zeroinitializer, <8 x float> %956
  %959 = getelementptr inbounds float, float* %0, i64 %955
  %960 = bitcast float* %959 to <8 x float>*
  store <8 x float> %958, <8 x float>* %960, align 4
  %961 = add i64 %828, 256
  %962 = fadd <8 x float> %946, %826
  %963 = fcmp olt <8 x float> %962, zeroinitializer
  %964 = select <8 x i1> %963, <8 x float> zeroinitializer, <8 x float> %962
  %965 = getelementptr inbounds float, float* %0, i64 %961
  %966 = bitcast float* %965 to <8 x float>*
  store <8 x float> %964, <8 x float>* %966, align 4
  %967 = getelementptr inbounds float, float* %563, i64 24
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = getelementptr inbounds float, float* %563, i64 56
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = getelementptr inbounds float, float* %563, i64 88
  %974 = bitcast float* %973 to <8 x float>*
  %975 = load <8 x float>, <8 x float>* %974, align 4
  %976 = getelementptr inbounds float, float* %563, i64 120
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = getelementptr inbounds float, float* %563, i64 152
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = getelementptr inbounds float, float* %563, i64 184
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = fadd <8 x float> %972, %975
  %986 = fsub <8 x float> %972, %975
  %987 = fadd <8 x float> %978, %981
  %988 = fsub <8 x float> %978, %981
  %989 = fadd <8 x float> %969, %985
  %990 = fadd <8 x float> %989, %987
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %986)
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %985)
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %986)
  %994 = fadd <8 x float> %993, %984
  %995 = add i64 %828, 24
  %996 = fadd <8 x float> %990, %826
  %997 = fcmp olt <8 x float> %996, zeroinitializer
  %998 = select <8 x i1> %997, <8 x float> zeroinitializer, <8 x float> %996
  %999 = getelementptr inbounds float, float* %0, i64 %995
  %1000 = bitcast float* %999 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1000, align 4
  %1001 = add i64 %828, 144
  %1002 = fadd <8 x float> %991, %826
  %1003 = fcmp olt <8 x float> %1002, zeroinitializer
  %1004 = select <8 x i1> %1003, <8 x float> zeroinitializer, <8 x float> %1002
  %1005 = getelementptr inbounds float, float* %0, i64 %1001
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %1007 = add i64 %828, 264
  %1008 = fadd <8 x float> %992, %826
  %1009 = fcmp olt <8 x float> %1008, zeroinitializer
  %1010 = select <8 x i1> %1009, <8 x float> zeroinitializer, <8 x float> %1008
  %1011 = getelementptr inbounds float, float* %0, i64 %1007
  %1012 = bitcast float* %1011 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1012, align 4
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
  %1013 = icmp slt i64 %block46, 8
  br i1 %1013, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %1014 = mul i64 %block46, 8
  %1015 = add i64 %562, %1014
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %1016 = icmp slt i64 %row50, 6
  br i1 %1016, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %1017 = mul i64 %row50, 6144
  %1018 = add i64 %1015, %1017
  %1019 = add i64 %1018, 0
  %1020 = getelementptr inbounds float, float* %2, i64 %1019
  %1021 = bitcast float* %1020 to <8 x float>*
  %1022 = load <8 x float>, <8 x float>* %1021, align 4
  %1023 = add i64 %1018, 1024
  %1024 = getelementptr inbounds float, float* %2, i64 %1023
  %1025 = bitcast float* %1024 to <8 x float>*
  %1026 = load <8 x float>, <8 x float>* %1025, align 4
  %1027 = add i64 %1018, 2048
  %1028 = getelementptr inbounds float, float* %2, i64 %1027
  %1029 = bitcast float* %1028 to <8 x float>*
  %1030 = load <8 x float>, <8 x float>* %1029, align 4
  %1031 = add i64 %1018, 3072
  %1032 = getelementptr inbounds float, float* %2, i64 %1031
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = add i64 %1018, 4096
  %1036 = getelementptr inbounds float, float* %2, i64 %1035
  %1037 = bitcast float* %1036 to <8 x float>*
  %1038 = load <8 x float>, <8 x float>* %1037, align 4
  %1039 = add i64 %1018, 5120
  %1040 = getelementptr inbounds float, float* %2, i64 %1039
  %1041 = bitcast float* %1040 to <8 x float>*
  %1042 = load <8 x float>, <8 x float>* %1041, align 4
  %1043 = fadd <8 x float> %1026, %1030
  %1044 = fsub <8 x float> %1026, %1030
  %1045 = fadd <8 x float> %1034, %1038
  %1046 = fsub <8 x float> %1034, %1038
  %1047 = fadd <8 x float> %1022, %1043
  %1048 = fadd <8 x float> %1047, %1045
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1046, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1044)
  %1050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1045, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1043)
  %1051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1046, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1044)
  %1052 = fadd <8 x float> %1051, %1042
  %1053 = mul i64 %row50, 32
  %1054 = add i64 %1053, 0
  %1055 = getelementptr inbounds float, float* %563, i64 %1054
  %1056 = bitcast float* %1055 to <8 x float>*
  store <8 x float> %1048, <8 x float>* %1056, align 4
  %1057 = mul i64 %row50, 32
  %1058 = add i64 %1057, 8
  %1059 = getelementptr inbounds float, float* %563, i64 %1058
  %1060 = bitcast float* %1059 to <8 x float>*
  store <8 x float> %1049, <8 x float>* %1060, align 4
  %1061 = mul i64 %row50, 32
  %1062 = add i64 %1061, 16
  %1063 = getelementptr inbounds float, float* %563, i64 %1062
  %1064 = bitcast float* %1063 to <8 x float>*
  store <8 x float> %1050, <8 x float>* %1064, align 4
  %1065 = mul i64 %row50, 32
  %1066 = add i64 %1065, 24
  %1067 = getelementptr inbounds float, float* %563, i64 %1066
  %1068 = bitcast float* %1067 to <8 x float>*
  store <8 x float> %1052, <8 x float>* %1068, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !27

row.exit49:                                       ; preds = %row.header47
  %1069 = mul i64 %block46, 8
  %1070 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = mul i64 %block46, 1800
  %1074 = add i64 %553, %1073
  %1075 = getelementptr inbounds float, float* %563, i64 0
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = getelementptr inbounds float, float* %563, i64 32
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = getelementptr inbounds float, float* %563, i64 64
  %1082 = bitcast float* %1081 to <8 x float>*
  %1083 = load <8 x float>, <8 x float>* %1082, align 4
  %1084 = getelementptr inbounds float, float* %563, i64 96
  %1085 = bitcast float* %1084 to <8 x float>*
  %1086 = load <8 x float>, <8 x float>* %1085, align 4
  %1087 = getelementptr inbounds float, float* %563, i64 128
  %1088 = bitcast float* %1087 to <8 x float>*
  %1089 = load <8 x float>, <8 x float>* %1088, align 4
  %1090 = getelementptr inbounds float, float* %563, i64 160
  %1091 = bitcast float* %1090 to <8 x float>*
  %1092 = load <8 x float>, <8 x float>* %1091, align 4
  %1093 = fadd <8 x float> %1080, %1083
  %1094 = fsub <8 x float> %1080, %1083
  %1095 = fadd <8 x float> %1086, %1089
  %1096 = fsub <8 x float> %1086, %1089
  %1097 = fadd <8 x float> %1077, %1093
  %1098 = fadd <8 x float> %1097, %1095
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1096, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1094)
  %1100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1093)
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1096, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1094)
  %1102 = fadd <8 x float> %1101, %1092
  %1103 = add i64 %1074, 0
  %1104 = fadd <8 x float> %1098, %1072
  %1105 = fcmp olt <8 x float> %1104, zeroinitializer
  %1106 = select <8 x i1> %1105, <8 x float> zeroinitializer, <8 x float> %1104
  %1107 = getelementptr inbounds float, float* %0, i64 %1103
  %1108 = bitcast float* %1107 to <8 x float>*
  store <8 x float> %1106, <8 x float>* %1108, align 4
  %1109 = add i64 %1074, 120
  %1110 = fadd <8 x float> %1099, %1072
  %1111 = fcmp olt <8 x float> %1110, zeroinitializer
  %1112 = select <8 x i1> %1111, <8 x float> zeroinitializer, <8 x float> %1110
  %1113 = getelementptr inbounds float, float* %0, i64 %1109
  %1114 = bitcast float* %1113 to <8 x float>*
  store <8 x float> %1112, <8 x float>* %1114, align 4
  %1115 = add i64 %1074, 240
  %1116 = fadd <8 x float> %1100, %1072
  %1117 = fcmp olt <8 x float> %1116, zeroinitializer
  %1118 = select <8 x i1> %1117, <8 x float> zeroinitializer, <8 x float> %1116
  %1119 = getelementptr inbounds float, float* %0, i64 %1115
  %1120 = bitcast float* %1119 to <8 x float>*
  store <8 x float> %1118, <8 x float>* %1120, align 4
  %1121 = add i64 %1074, 360
  %1122 = fadd <8 x float> %1102, %1072
  %1123 = fcmp olt <8 x float> %1122, zeroinitializer
  %1124 = select <8 x i1> %1123, <8 x float> zeroinitializer, <8 x float> %1122
  %1125 = getelementptr inbounds float, float* %0, i64 %1121
  %1126 = bitcast float* %1125 to <8 x float>*
  store <8 x float> %1124, <8 x float>* %1126, align 4
  %1127 = getelementptr inbounds float, float* %563, i64 8
  %1128 = bitcast float* %1127 to <8 x float>*
  %1129 = load <8 x float>, <8 x float>* %1128, align 4
  %1130 = getelementptr inbounds float, float* %563, i64 40
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = getelementptr inbounds float, float* %563, i64 72
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = getelementptr inbounds float, float* %563, i64 104
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = getelementptr inbounds float, float* %563, i64 136
  %1140 = bitcast float* %1139 to <8 x float>*
  %1141 = load <8 x float>, <8 x float>* %1140, align 4
  %1142 = getelementptr inbounds float, float* %563, i64 168
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = fadd <8 x float> %1132, %1135
  %1146 = fsub <8 x float> %1132, %1135
  %1147 = fadd <8 x float> %1138, %1141
  %1148 = fsub <8 x float> %1138, %1141
  %1149 = fadd <8 x float> %1129, %1145
  %1150 = fadd <8 x float> %1149, %1147
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1148, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1146)
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1147, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1145)
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1148, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1146)
  %1154 = fadd <8 x float> %1153, %1144
  %1155 = add i64 %1074, 8
  %1156 = fadd <8 x float> %1150, %1072
  %1157 = fcmp olt <8 x float> %1156, zeroinitializer
  %1158 = select <8 x i1> %1157, <8 x float> zeroinitializer, <8 x float> %1156
  %1159 = getelementptr inbounds float, float* %0, i64 %1155
  %1160 = bitcast float* %1159 to <8 x float>*
  store <8 x float> %1158, <8 x float>* %1160, align 4
  %1161 = add i64 %1074, 128
  %1162 = fadd <8 x float> %1151, %1072
  %1163 = fcmp olt <8 x float> %1162, zeroinitializer
  %1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1162
  %1165 = getelementptr inbounds float, float* %0, i64 %1161
  %1166 = bitcast float* %1165 to <8 x float>*
  store <8 x float> %1164, <8 x float>* %1166, align 4
  %1167 = add i64 %1074, 248
  %1168 = fadd <8 x float> %1152, %1072
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1167
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %1173 = add i64 %1074, 368
  %1174 = fadd <8 x float> %1154, %1072
  %1175 = fcmp olt <8 x float> %1174, zeroinitializer
  %1176 = select <8 x i1> %1175, <8 x float> zeroinitializer, <8 x float> %1174
  %1177 = getelementptr inbounds float, float* %0, i64 %1173
  %1178 = bitcast float* %1177 to <8 x float>*
  store <8 x float> %1176, <8 x float>* %1178, align 4
  %1179 = getelementptr inbounds float, float* %563, i64 16
  %1180 = bitcast float* %1179 to <8 x float>*
  %1181 = load <8 x float>, <8 x float>* %1180, align 4
  %1182 = getelementptr inbounds float, float* %563, i64 48
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = getelementptr inbounds float, float* %563, i64 80
  %1186 = bitcast float* %1185 to <8 x float>*
  %1187 = load <8 x float>, <8 x float>* %1186, align 4
  %1188 = getelementptr inbounds float, float* %563, i64 112
  %1189 = bitcast float* %1188 to <8 x float>*
  %1190 = load <8 x float>, <8 x float>* %1189, align 4
  %1191 = getelementptr inbounds float, float* %563, i64 144
  %1192 = bitcast float* %1191 to <8 x float>*
  %1193 = load <8 x float>, <8 x float>* %1192, align 4
  %1194 = getelementptr inbounds float, float* %563, i64 176
  %1195 = bitcast float* %1194 to <8 x float>*
  %1196 = load <8 x float>, <8 x float>* %1195, align 4
  %1197 = fadd <8 x float> %1184, %1187
  %1198 = fsub <8 x float> %1184, %1187
  %1199 = fadd <8 x float> %1190, %1193
  %1200 = fsub <8 x float> %1190, %1193
  %1201 = fadd <8 x float> %1181, %1197
  %1202 = fadd <8 x float> %1201, %1199
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1200, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1198)
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1197)
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1200, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1198)
  %1206 = fadd <8 x float> %1205, %1196
  %1207 = add i64 %1074, 16
  %1208 = fadd <8 x float> %1202, %1072
  %1209 = fcmp olt <8 x float> %1208, zeroinitializer
  %1210 = select <8 x i1> %1209, <8 x float> zeroinitializer, <8 x float> %1208
  %1211 = getelementptr inbounds float, float* %0, i64 %1207
  %1212 = bitcast float* %1211 to <8 x float>*
  store <8 x float> %1210, <8 x float>* %1212, align 4
  %1213 = add i64 %1074, 136
  %1214 = fadd <8 x float> %1203, %1072
  %1215 = fcmp olt <8 x float> %1214, zeroinitializer
  %1216 = select <8 x i1> %1215, <8 x float> zeroinitializer, <8 x float> %1214
  %1217 = getelementptr inbounds float, float* %0, i64 %1213
  %1218 = bitcast float* %1217 to <8 x float>*
  store <8 x float> %1216, <8 x float>* %1218, align 4
  %1219 = add i64 %1074, 256
  %1220 = fadd <8 x float> %1204, %1072
  %1221 = fcmp olt <8 x float> %1220, zeroinitializer
  %1222 = select <8 x i1> %1221, <8 x float> zeroinitializer, <8 x float> %1220
  %1223 = getelementptr inbounds float, float* %0, i64 %1219
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1222, <8 x float>* %1224, align 4
  %1225 = add i64 %1074, 376
  %1226 = fadd <8 x float> %1206, %1072
  %1227 = fcmp olt <8 x float> %1226, zeroinitializer
  %1228 = select <8 x i1> %1227, <8 x float> zeroinitializer, <8 x float> %1226
  %1229 = getelementptr inbounds float, float* %0, i64 %1225
  %1230 = bitcast float* %1229 to <8 x float>*
  store <8 x float> %1228, <8 x float>* %1230, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !28

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1231 = icmp slt i64 %block56, 8
  br i1 %1231, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1232 = mul i64 %block56, 8
  %1233 = add i64 %562, %1232
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1234 = icmp slt i64 %row60, 6
  br i1 %1234, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1235 = mul i64 %row60, 6144
  %1236 = add i64 %1233, %1235
  %1237 = add i64 %1236, 0
  %1238 = getelementptr inbounds float, float* %2, i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = add i64 %1236, 1024
  %1242 = getelementptr inbounds float, float* %2, i64 %1241
  %1243 = bitcast float* %1242 to <8 x float>*
  %1244 = load <8 x float>, <8 x float>* %1243, align 4
  %1245 = add i64 %1236, 2048
  %1246 = getelementptr inbounds float, float* %2, i64 %1245
  %1247 = bitcast float* %1246 to <8 x float>*
  %1248 = load <8 x float>, <8 x float>* %1247, align 4
  %1249 = add i64 %1236, 3072
  %1250 = getelementptr inbounds float, float* %2, i64 %1249
  %1251 = bitcast float* %1250 to <8 x float>*
  %1252 = load <8 x float>, <8 x float>* %1251, align 4
  %1253 = add i64 %1236, 4096
  %1254 = getelementptr inbounds float, float* %2, i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = add i64 %1236, 5120
  %1258 = getelementptr inbounds float, float* %2, i64 %1257
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = fadd <8 x float> %1244, %1248
  %1262 = fsub <8 x float> %1244, %1248
  %1263 = fadd <8 x float> %1252, %1256
  %1264 = fsub <8 x float> %1252, %1256
  %1265 = fadd <8 x float> %1240, %1261
  %1266 = fadd <8 x float> %1265, %1263
  %1267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1264, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1262)
  %1268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1261)
  %1269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1264, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1262)
  %1270 = fadd <8 x float> %1269, %1260
  %1271 = mul i64 %row60, 32
  %1272 = add i64 %1271, 0
  %1273 = getelementptr inbounds float, float* %563, i64 %1272
  %1274 = bitcast float* %1273 to <8 x float>*
  store <8 x float> %1266, <8 x float>* %1274, align 4
  %1275 = mul i64 %row60, 32
  %1276 = add i64 %1275, 8
  %1277 = getelementptr inbounds float, float* %563, i64 %1276
  %1278 = bitcast float* %1277 to <8 x float>*
  store <8 x float> %1267, <8 x float>* %1278, align 4
  %1279 = mul i64 %row60, 32
  %1280 = add i64 %1279, 16
  %1281 = getelementptr inbounds float, float* %563, i64 %1280
  %1282 = bitcast float* %1281 to <8 x float>*
  store <8 x float> %1268, <8 x float>* %1282, align 4
  %1283 = mul i64 %row60, 32
  %1284 = add i64 %1283, 24
  %1285 = getelementptr inbounds float, float* %563, i64 %1284
  %1286 = bitcast float* %1285 to <8 x float>*
  store <8 x float> %1270, <8 x float>* %1286, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !29

row.exit59:                                       ; preds = %row.header57
  %1287 = mul i64 %block56, 8
  %1288 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1287
  %1289 = bitcast float* %1288 to <8 x float>*
  %1290 = load <8 x float>, <8 x float>* %1289, align 4
  %1291 = mul i64 %block56, 1800
  %1292 = add i64 %553, %1291
  %1293 = getelementptr inbounds float, float* %563, i64 0
  %1294 = bitcast float* %1293 to <8 x float>*
  %1295 = load <8 x float>, <8 x float>* %1294, align 4
  %1296 = getelementptr inbounds float, float* %563, i64 32
  %1297 = bitcast float* %1296 to <8 x float>*
  %1298 = load <8 x float>, <8 x float>* %1297, align 4
  %1299 = getelementptr inbounds float, float* %563, i64 64
  %1300 = bitcast float* %1299 to <8 x float>*
  %1301 = load <8 x float>, <8 x float>* %1300, align 4
  %1302 = getelementptr inbounds float, float* %563, i64 96
  %1303 = bitcast float* %1302 to <8 x float>*
  %1304 = load <8 x float>, <8 x float>* %1303, align 4
  %1305 = getelementptr inbounds float, float* %563, i64 128
  %1306 = bitcast float* %1305 to <8 x float>*
  %1307 = load <8 x float>, <8 x float>* %1306, align 4
  %1308 = getelementptr inbounds float, float* %563, i64 160
  %1309 = bitcast float* %1308 to <8 x float>*
  %1310 = load <8 x float>, <8 x float>* %1309, align 4
  %1311 = fadd <8 x float> %1298, %1301
  %1312 = fsub <8 x float> %1298, %1301
  %1313 = fadd <8 x float> %1304, %1307
  %1314 = fsub <8 x float> %1304, %1307
  %1315 = fadd <8 x float> %1295, %1311
  %1316 = fadd <8 x float> %1315, %1313
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1314, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1312)
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1313, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1311)
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1314, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1312)
  %1320 = fadd <8 x float> %1319, %1310
  %1321 = add i64 %1292, 0
  %1322 = fadd <8 x float> %1316, %1290
  %1323 = fcmp olt <8 x float> %1322, zeroinitializer
  %1324 = select <8 x i1> %1323, <8 x float> zeroinitializer, <8 x float> %1322
  %1325 = getelementptr inbounds float, float* %0, i64 %1321
  %1326 = bitcast float* %1325 to <8 x float>*
  store <8 x float> %1324, <8 x float>* %1326, align 4
  %1327 = add i64 %1292, 120
  %1328 = fadd <8 x float> %1317, %1290
  %1329 = fcmp olt <8 x float> %1328, zeroinitializer
  %1330 = select <8 x i1> %1329, <8 x float> zeroinitializer, <8 x float> %1328
  %1331 = getelementptr inbounds float, float* %0, i64 %1327
  %1332 = bitcast float* %1331 to <8 x float>*
  store <8 x float> %1330, <8 x float>* %1332, align 4
  %1333 = add i64 %1292, 240
  %1334 = fadd <8 x float> %1318, %1290
  %1335 = fcmp olt <8 x float> %1334, zeroinitializer
  %1336 = select <8 x i1> %1335, <8 x float> zeroinitializer, <8 x float> %1334
  %1337 = getelementptr inbounds float, float* %0, i64 %1333
  %1338 = bitcast float* %1337 to <8 x float>*
  store <8 x float> %1336, <8 x float>* %1338, align 4
  %1339 = add i64 %1292, 360
  %1340 = fadd <8 x float> %1320, %1290
  %1341 = fcmp olt <8 x float> %1340, zeroinitializer
  %1342 = select <8 x i1> %1341, <8 x float> zeroinitializer, <8 x float> %1340
  %1343 = getelementptr inbounds float, float* %0, i64 %1339
  %1344 = bitcast float* %1343 to <8 x float>*
  store <8 x float> %1342, <8 x float>* %1344, align 4
  %1345 = getelementptr inbounds float, float* %563, i64 8
  %1346 = bitcast float* %1345 to <8 x float>*
  %1347 = load <8 x float>, <8 x float>* %1346, align 4
  %1348 = getelementptr inbounds float, float* %563, i64 40
  %1349 = bitcast float* %1348 to <8 x float>*
  %1350 = load <8 x float>, <8 x float>* %1349, align 4
  %1351 = getelementptr inbounds float, float* %563, i64 72
  %1352 = bitcast float* %1351 to <8 x float>*
  %1353 = load <8 x float>, <8 x float>* %1352, align 4
  %1354 = getelementptr inbounds float, float* %563, i64 104
  %1355 = bitcast float* %1354 to <8 x float>*
  %1356 = load <8 x float>, <8 x float>* %1355, align 4
  %1357 = getelementptr inbounds float, float* %563, i64 136
  %1358 = bitcast float* %1357 to <8 x float>*
  %1359 = load <8 x float>, <8 x float>* %1358, align 4
  %1360 = getelementptr inbounds float, float* %563, i64 168
  %1361 = bitcast float* %1360 to <8 x float>*
  %1362 = load <8 x float>, <8 x float>* %1361, align 4
  %1363 = fadd <8 x float> %1350, %1353
  %1364 = fsub <8 x float> %1350, %1353
  %1365 = fadd <8 x float> %1356, %1359
  %1366 = fsub <8 x float> %1356, %1359
  %1367 = fadd <8 x float> %1347, %1363
  %1368 = fadd <8 x float> %1367, %1365
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1366, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1364)
  %1370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1365, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1363)
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1366, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1364)
  %1372 = fadd <8 x float> %1371, %1362
  %1373 = add i64 %1292, 8
  %1374 = fadd <8 x float> %1368, %1290
  %1375 = fcmp olt <8 x float> %1374, zeroinitializer
  %1376 = select <8 x i1> %1375, <8 x float> zeroinitializer, <8 x float> %1374
  %1377 = getelementptr inbounds float, float* %0, i64 %1373
  %1378 = bitcast float* %1377 to <8 x float>*
  store <8 x float> %1376, <8 x float>* %1378, align 4
  %1379 = add i64 %1292, 128
  %1380 = fadd <8 x float> %1369, %1290
  %1381 = fcmp olt <8 x float> %1380, zeroinitializer
  %1382 = select <8 x i1> %1381, <8 x float> zeroinitializer, <8 x float> %1380
  %1383 = getelementptr inbounds float, float* %0, i64 %1379
  %1384 = bitcast float* %1383 to <8 x float>*
  store <8 x float> %1382, <8 x float>* %1384, align 4
  %1385 = add i64 %1292, 248
  %1386 = fadd <8 x float> %1370, %1290
  %1387 = fcmp olt <8 x float> %1386, zeroinitializer
  %1388 = select <8 x i1> %1387, <8 x float> zeroinitializer, <8 x float> %1386
  %1389 = getelementptr inbounds float, float* %0, i64 %1385
  %1390 = bitcast float* %1389 to <8 x float>*
  store <8 x float> %1388, <8 x float>* %1390, align 4
  %1391 = add i64 %1292, 368
  %1392 = fadd <8 x float> %1372, %1290
  %1393 = fcmp olt <8 x float> %1392, zeroinitializer
  %1394 = select <8 x i1> %1393, <8 x float> zeroinitializer, <8 x float> %1392
  %1395 = getelementptr inbounds float, float* %0, i64 %1391
  %1396 = bitcast float* %1395 to <8 x float>*
  store <8 x float> %1394, <8 x float>* %1396, align 4
  %1397 = getelementptr inbounds float, float* %563, i64 16
  %1398 = bitcast float* %1397 to <8 x float>*
  %1399 = load <8 x float>, <8 x float>* %1398, align 4
  %1400 = getelementptr inbounds float, float* %563, i64 48
  %1401 = bitcast float* %1400 to <8 x float>*
  %1402 = load <8 x float>, <8 x float>* %1401, align 4
  %1403 = getelementptr inbounds float, float* %563, i64 80
  %1404 = bitcast float* %1403 to <8 x float>*
  %1405 = load <8 x float>, <8 x float>* %1404, align 4
  %1406 = getelementptr inbounds float, float* %563, i64 112
  %1407 = bitcast float* %1406 to <8 x float>*
  %1408 = load <8 x float>, <8 x float>* %1407, align 4
  %1409 = getelementptr inbounds float, float* %563, i64 144
  %1410 = bitcast float* %1409 to <8 x float>*
  %1411 = load <8 x float>, <8 x float>* %1410, align 4
  %1412 = getelementptr inbounds float, float* %563, i64 176
  %1413 = bitcast float* %1412 to <8 x float>*
  %1414 = load <8 x float>, <8 x float>* %1413, align 4
  %1415 = fadd <8 x float> %1402, %1405
  %1416 = fsub <8 x float> %1402, %1405
  %1417 = fadd <8 x float> %1408, %1411
  %1418 = fsub <8 x float> %1408, %1411
  %1419 = fadd <8 x float> %1399, %1415
  %1420 = fadd <8 x float> %1419, %1417
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1416)
  %1422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1417, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1415)
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1416)
  %1424 = fadd <8 x float> %1423, %1414
  %1425 = add i64 %1292, 16
  %1426 = fadd <8 x float> %1420, %1290
  %1427 = fcmp olt <8 x float> %1426, zeroinitializer
  %1428 = select <8 x i1> %1427, <8 x float> zeroinitializer, <8 x float> %1426
  %1429 = getelementptr inbounds float, float* %0, i64 %1425
  %1430 = bitcast float* %1429 to <8 x float>*
  store <8 x float> %1428, <8 x float>* %1430, align 4
  %1431 = add i64 %1292, 136
  %1432 = fadd <8 x float> %1421, %1290
  %1433 = fcmp olt <8 x float> %1432, zeroinitializer
  %1434 = select <8 x i1> %1433, <8 x float> zeroinitializer, <8 x float> %1432
  %1435 = getelementptr inbounds float, float* %0, i64 %1431
  %1436 = bitcast float* %1435 to <8 x float>*
  store <8 x float> %1434, <8 x float>* %1436, align 4
  %1437 = add i64 %1292, 256
  %1438 = fadd <8 x float> %1422, %1290
  %1439 = fcmp olt <8 x float> %1438, zeroinitializer
  %1440 = select <8 x i1> %1439, <8 x float> zeroinitializer, <8 x float> %1438
  %1441 = getelementptr inbounds float, float* %0, i64 %1437
  %1442 = bitcast float* %1441 to <8 x float>*
  store <8 x float> %1440, <8 x float>* %1442, align 4
  %1443 = add i64 %1292, 376
  %1444 = fadd <8 x float> %1424, %1290
  %1445 = fcmp olt <8 x float> %1444, zeroinitializer
  %1446 = select <8 x i1> %1445, <8 x float> zeroinitializer, <8 x float> %1444
  %1447 = getelementptr inbounds float, float* %0, i64 %1443
  %1448 = bitcast float* %1447 to <8 x float>*
  store <8 x float> %1446, <8 x float>* %1448, align 4
  %1449 = getelementptr inbounds float, float* %563, i64 24
  %1450 = bitcast float* %1449 to <8 x float>*
  %1451 = load <8 x float>, <8 x float>* %1450, align 4
  %1452 = getelementptr inbounds float, float* %563, i64 56
  %1453 = bitcast float* %1452 to <8 x float>*
  %1454 = load <8 x float>, <8 x float>* %1453, align 4
  %1455 = getelementptr inbounds float, float* %563, i64 88
  %1456 = bitcast float* %1455 to <8 x float>*
  %1457 = load <8 x float>, <8 x float>* %1456, align 4
  %1458 = getelementptr inbounds float, float* %563, i64 120
  %1459 = bitcast float* %1458 to <8 x float>*
  %1460 = load <8 x float>, <8 x float>* %1459, align 4
  %1461 = getelementptr inbounds float, float* %563, i64 152
  %1462 = bitcast float* %1461 to <8 x float>*
  %1463 = load <8 x float>, <8 x float>* %1462, align 4
  %1464 = getelementptr inbounds float, float* %563, i64 184
  %1465 = bitcast float* %1464 to <8 x float>*
  %1466 = load <8 x float>, <8 x float>* %1465, align 4
  %1467 = fadd <8 x float> %1454, %1457
  %1468 = fsub <8 x float> %1454, %1457
  %1469 = fadd <8 x float> %1460, %1463
  %1470 = fsub <8 x float> %1460, %1463
  %1471 = fadd <8 x float> %1451, %1467
  %1472 = fadd <8 x float> %1471, %1469
  %1473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1470, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1468)
  %1474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1469, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1467)
  %1475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1470, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1468)
  %1476 = fadd <8 x float> %1475, %1466
  %1477 = add i64 %1292, 24
  %1478 = fadd <8 x float> %1472, %1290
  %1479 = fcmp olt <8 x float> %1478, zeroinitializer
  %1480 = select <8 x i1> %1479, <8 x float> zeroinitializer, <8 x float> %1478
  %1481 = getelementptr inbounds float, float* %0, i64 %1477
  %1482 = bitcast float* %1481 to <8 x float>*
  store <8 x float> %1480, <8 x float>* %1482, align 4
  %1483 = add i64 %1292, 144
  %1484 = fadd <8 x float> %1473, %1290
  %1485 = fcmp olt <8 x float> %1484, zeroinitializer
  %1486 = select <8 x i1> %1485, <8 x float> zeroinitializer, <8 x float> %1484
  %1487 = getelementptr inbounds float, float* %0, i64 %1483
  %1488 = bitcast float* %1487 to <8 x float>*
  store <8 x float> %1486, <8 x float>* %1488, align 4
  %1489 = add i64 %1292, 264
  %1490 = fadd <8 x float> %1474, %1290
  %1491 = fcmp olt <8 x float> %1490, zeroinitializer
  %1492 = select <8 x i1> %1491, <8 x float> zeroinitializer, <8 x float> %1490
  %1493 = getelementptr inbounds float, float* %0, i64 %1489
  %1494 = bitcast float* %1493 to <8 x float>*
  store <8 x float> %1492, <8 x float>* %1494, align 4
  %1495 = add i64 %1292, 384
  %1496 = fadd <8 x float> %1476, %1290
  %1497 = fcmp olt <8 x float> %1496, zeroinitializer
  %1498 = select <8 x i1> %1497, <8 x float> zeroinitializer, <8 x float> %1496
  %1499 = getelementptr inbounds float, float* %0, i64 %1495
  %1500 = bitcast float* %1499 to <8 x float>*
  store <8 x float> %1498, <8 x float>* %1500, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !30
}

; Function Attrs: noinline nounwind
define internal void @node2.conv2d_3.step1(i8* %0) #3 {
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
  call void @node2.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node3.conv2d_4.step0(i8* %0) #3 {
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
  call void @node3.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %554 = mul i64 %546, 8
  %555 = mul i64 %554, 288
  %556 = mul i64 %545, 12
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 64
  %562 = add i64 57600, %561
  %563 = bitcast [192 x float]* %6 to float*
  %564 = icmp eq i64 %545, 3
  br i1 %564, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %565 = icmp eq i64 %543, 3
  br i1 %565, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %566 = icmp eq i64 %543, 3
  br i1 %566, label %then40, label %else41

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
  %567 = icmp slt i64 %block, 8
  br i1 %567, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %568 = mul i64 %block, 8
  %569 = add i64 %562, %568
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %570 = icmp slt i64 %row28, 6
  br i1 %570, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %571 = mul i64 %row28, 6144
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 1024
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 2048
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 3072
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 4096
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 5120
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = fadd <8 x float> %580, %584
  %598 = fsub <8 x float> %580, %584
  %599 = fadd <8 x float> %588, %592
  %600 = fsub <8 x float> %588, %592
  %601 = fadd <8 x float> %576, %597
  %602 = fadd <8 x float> %601, %599
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %598)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %597)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %598)
  %606 = fadd <8 x float> %605, %596
  %607 = mul i64 %row28, 32
  %608 = add i64 %607, 0
  %609 = getelementptr inbounds float, float* %563, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %602, <8 x float>* %610, align 4
  %611 = mul i64 %row28, 32
  %612 = add i64 %611, 8
  %613 = getelementptr inbounds float, float* %563, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %603, <8 x float>* %614, align 4
  %615 = mul i64 %row28, 32
  %616 = add i64 %615, 16
  %617 = getelementptr inbounds float, float* %563, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %604, <8 x float>* %618, align 4
  %619 = mul i64 %row28, 32
  %620 = add i64 %619, 24
  %621 = getelementptr inbounds float, float* %563, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %606, <8 x float>* %622, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !37

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1352
  %628 = add i64 %553, %627
  %629 = getelementptr inbounds float, float* %563, i64 0
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = getelementptr inbounds float, float* %563, i64 32
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %563, i64 64
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %563, i64 96
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %563, i64 128
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %563, i64 160
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = fadd <8 x float> %634, %637
  %648 = fsub <8 x float> %634, %637
  %649 = fadd <8 x float> %640, %643
  %650 = fsub <8 x float> %640, %643
  %651 = fadd <8 x float> %631, %647
  %652 = fadd <8 x float> %651, %649
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %648)
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %647)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %648)
  %656 = fadd <8 x float> %655, %646
  %657 = fadd <8 x float> %652, %626
  %658 = fcmp olt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> zeroinitializer, <8 x float> %657
  %660 = mul i64 %block, 288
  %661 = add i64 %560, %660
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !38

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %662 = icmp slt i64 %block33, 8
  br i1 %662, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %663 = mul i64 %block33, 8
  %664 = add i64 %562, %663
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %665 = icmp slt i64 %row37, 6
  br i1 %665, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %666 = mul i64 %row37, 6144
  %667 = add i64 %664, %666
  %668 = add i64 %667, 0
  %669 = getelementptr inbounds float, float* %2, i64 %668
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = add i64 %667, 1024
  %673 = getelementptr inbounds float, float* %2, i64 %672
  %674 = bitcast float* %673 to <8 x float>*
  %675 = load <8 x float>, <8 x float>* %674, align 4
  %676 = add i64 %667, 2048
  %677 = getelementptr inbounds float, float* %2, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %667, 3072
  %681 = getelementptr inbounds float, float* %2, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %667, 4096
  %685 = getelementptr inbounds float, float* %2, i64 %684
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = add i64 %667, 5120
  %689 = getelementptr inbounds float, float* %2, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = fadd <8 x float> %675, %679
  %693 = fsub <8 x float> %675, %679
  %694 = fadd <8 x float> %683, %687
  %695 = fsub <8 x float> %683, %687
  %696 = fadd <8 x float> %671, %692
  %697 = fadd <8 x float> %696, %694
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %693)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %692)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %693)
  %701 = fadd <8 x float> %700, %691
  %702 = mul i64 %row37, 32
  %703 = add i64 %702, 0
  %704 = getelementptr inbounds float, float* %563, i64 %703
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %697, <8 x float>* %705, align 4
  %706 = mul i64 %row37, 32
  %707 = add i64 %706, 8
  %708 = getelementptr inbounds float, float* %563, i64 %707
  %709 = bitcast float* %708 to <8 x float>*
  store <8 x float> %698, <8 x float>* %709, align 4
  %710 = mul i64 %row37, 32
  %711 = add i64 %710, 16
  %712 = getelementptr inbounds float, float* %563, i64 %711
  %713 = bitcast float* %712 to <8 x float>*
  store <8 x float> %699, <8 x float>* %713, align 4
  %714 = mul i64 %row37, 32
  %715 = add i64 %714, 24
  %716 = getelementptr inbounds float, float* %563, i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  store <8 x float> %701, <8 x float>* %717, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !39

row.exit36:                                       ; preds = %row.header34
  %718 = mul i64 %block33, 8
  %719 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %718
  %720 = bitcast float* %719 to <8 x float>*
  %721 = load <8 x float>, <8 x float>* %720, align 4
  %722 = mul i64 %block33, 1352
  %723 = add i64 %553, %722
  %724 = getelementptr inbounds float, float* %563, i64 0
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = getelementptr inbounds float, float* %563, i64 32
  %728 = bitcast float* %727 to <8 x float>*
  %729 = load <8 x float>, <8 x float>* %728, align 4
  %730 = getelementptr inbounds float, float* %563, i64 64
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = getelementptr inbounds float, float* %563, i64 96
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = getelementptr inbounds float, float* %563, i64 128
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = getelementptr inbounds float, float* %563, i64 160
  %740 = bitcast float* %739 to <8 x float>*
  %741 = load <8 x float>, <8 x float>* %740, align 4
  %742 = fadd <8 x float> %729, %732
  %743 = fsub <8 x float> %729, %732
  %744 = fadd <8 x float> %735, %738
  %745 = fsub <8 x float> %735, %738
  %746 = fadd <8 x float> %726, %742
  %747 = fadd <8 x float> %746, %744
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %745, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %743)
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %742)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %745, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %743)
  %751 = fadd <8 x float> %750, %741
  %752 = fadd <8 x float> %747, %721
  %753 = fcmp olt <8 x float> %752, zeroinitializer
  %754 = select <8 x i1> %753, <8 x float> zeroinitializer, <8 x float> %752
  %755 = getelementptr inbounds float, float* %563, i64 8
  %756 = bitcast float* %755 to <8 x float>*
  %757 = load <8 x float>, <8 x float>* %756, align 4
  %758 = getelementptr inbounds float, float* %563, i64 40
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = getelementptr inbounds float, float* %563, i64 72
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = getelementptr inbounds float, float* %563, i64 104
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = getelementptr inbounds float, float* %563, i64 136
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = getelementptr inbounds float, float* %563, i64 168
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
  %783 = fadd <8 x float> %778, %721
  %784 = fcmp olt <8 x float> %783, zeroinitializer
  %785 = select <8 x i1> %784, <8 x float> zeroinitializer, <8 x float> %783
  %786 = getelementptr inbounds float, float* %563, i64 16
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = getelementptr inbounds float, float* %563, i64 48
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = getelementptr inbounds float, float* %563, i64 80
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = getelementptr inbounds float, float* %563, i64 112
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = getelementptr inbounds float, float* %563, i64 144
  %799 = bitcast float* %798 to <8 x float>*
  %800 = load <8 x float>, <8 x float>* %799, align 4
  %801 = getelementptr inbounds float, float* %563, i64 176
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
  %814 = fadd <8 x float> %809, %721
  %815 = fcmp olt <8 x float> %814, zeroinitializer
  %816 = select <8 x i1> %815, <8 x float> zeroinitializer, <8 x float> %814
  %817 = getelementptr inbounds float, float* %563, i64 24
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = getelementptr inbounds float, float* %563, i64 56
  %821 = bitcast float* %820 to <8 x float>*
  %822 = load <8 x float>, <8 x float>* %821, align 4
  %823 = getelementptr inbounds float, float* %563, i64 88
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  %826 = getelementptr inbounds float, float* %563, i64 120
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = getelementptr inbounds float, float* %563, i64 152
  %830 = bitcast float* %829 to <8 x float>*
  %831 = load <8 x float>, <8 x float>* %830, align 4
  %832 = getelementptr inbounds float, float* %563, i64 184
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = fadd <8 x float> %822, %825
  %836 = fsub <8 x float> %822, %825
  %837 = fadd <8 x float> %828, %831
  %838 = fsub <8 x float> %828, %831
  %839 = fadd <8 x float> %819, %835
  %840 = fadd <8 x float> %839, %837
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %838, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %836)
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %837, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %835)
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %838, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %836)
  %844 = fadd <8 x float> %843, %834
  %845 = fadd <8 x float> %840, %721
  %846 = fcmp olt <8 x float> %845, zeroinitializer
  %847 = select <8 x i1> %846, <8 x float> zeroinitializer, <8 x float> %845
  %848 = mul i64 %block33, 288
  %849 = add i64 %560, %848
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
  %850 = icmp slt i64 %block46, 8
  br i1 %850, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %851 = mul i64 %block46, 8
  %852 = add i64 %562, %851
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %853 = icmp slt i64 %row50, 6
  br i1 %853, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %854 = mul i64 %row50, 6144
  %855 = add i64 %852, %854
  %856 = add i64 %855, 0
  %857 = getelementptr inbounds float, float* %2, i64 %856
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = add i64 %855, 1024
  %861 = getelementptr inbounds float, float* %2, i64 %860
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = add i64 %855, 2048
  %865 = getelementptr inbounds float, float* %2, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = add i64 %855, 3072
  %869 = getelementptr inbounds float, float* %2, i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = add i64 %855, 4096
  %873 = getelementptr inbounds float, float* %2, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = add i64 %855, 5120
  %877 = getelementptr inbounds float, float* %2, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = fadd <8 x float> %863, %867
  %881 = fsub <8 x float> %863, %867
  %882 = fadd <8 x float> %871, %875
  %883 = fsub <8 x float> %871, %875
  %884 = fadd <8 x float> %859, %880
  %885 = fadd <8 x float> %884, %882
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %883, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %881)
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %880)
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %883, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %881)
  %889 = fadd <8 x float> %888, %879
  %890 = mul i64 %row50, 32
  %891 = add i64 %890, 0
  %892 = getelementptr inbounds float, float* %563, i64 %891
  %893 = bitcast float* %892 to <8 x float>*
  store <8 x float> %885, <8 x float>* %893, align 4
  %894 = mul i64 %row50, 32
  %895 = add i64 %894, 8
  %896 = getelementptr inbounds float, float* %563, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  store <8 x float> %886, <8 x float>* %897, align 4
  %898 = mul i64 %row50, 32
  %899 = add i64 %898, 16
  %900 = getelementptr inbounds float, float* %563, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  store <8 x float> %887, <8 x float>* %901, align 4
  %902 = mul i64 %row50, 32
  %903 = add i64 %902, 24
  %904 = getelementptr inbounds float, float* %563, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %889, <8 x float>* %905, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !41

row.exit49:                                       ; preds = %row.header47
  %906 = mul i64 %block46, 8
  %907 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = mul i64 %block46, 1352
  %911 = add i64 %553, %910
  %912 = getelementptr inbounds float, float* %563, i64 0
  %913 = bitcast float* %912 to <8 x float>*
  %914 = load <8 x float>, <8 x float>* %913, align 4
  %915 = getelementptr inbounds float, float* %563, i64 32
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = getelementptr inbounds float, float* %563, i64 64
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = getelementptr inbounds float, float* %563, i64 96
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = getelementptr inbounds float, float* %563, i64 128
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = getelementptr inbounds float, float* %563, i64 160
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = fadd <8 x float> %917, %920
  %931 = fsub <8 x float> %917, %920
  %932 = fadd <8 x float> %923, %926
  %933 = fsub <8 x float> %923, %926
  %934 = fadd <8 x float> %914, %930
  %935 = fadd <8 x float> %934, %932
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %931)
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %930)
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %931)
  %939 = fadd <8 x float> %938, %929
  %940 = fadd <8 x float> %935, %909
  %941 = fcmp olt <8 x float> %940, zeroinitializer
  %942 = select <8 x i1> %941, <8 x float> zeroinitializer, <8 x float> %940
  %943 = fadd <8 x float> %936, %909
  %944 = fcmp olt <8 x float> %943, zeroinitializer
  %945 = select <8 x i1> %944, <8 x float> zeroinitializer, <8 x float> %943
  %946 = fadd <8 x float> %937, %909
  %947 = fcmp olt <8 x float> %946, zeroinitializer
  %948 = select <8 x i1> %947, <8 x float> zeroinitializer, <8 x float> %946
  %949 = fadd <8 x float> %939, %909
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = mul i64 %block46, 288
  %953 = add i64 %560, %952
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !42

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %954 = icmp slt i64 %block56, 8
  br i1 %954, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %955 = mul i64 %block56, 8
  %956 = add i64 %562, %955
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %957 = icmp slt i64 %row60, 6
  br i1 %957, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %958 = mul i64 %row60, 6144
  %959 = add i64 %956, %958
  %960 = add i64 %959, 0
  %961 = getelementptr inbounds float, float* %2, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %959, 1024
  %965 = getelementptr inbounds float, float* %2, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %959, 2048
  %969 = getelementptr inbounds float, float* %2, i64 %968
  %970 = bitcast float* %969 to <8 x float>*
  %971 = load <8 x float>, <8 x float>* %970, align 4
  %972 = add i64 %959, 3072
  %973 = getelementptr inbounds float, float* %2, i64 %972
  %974 = bitcast float* %973 to <8 x float>*
  %975 = load <8 x float>, <8 x float>* %974, align 4
  %976 = add i64 %959, 4096
  %977 = getelementptr inbounds float, float* %2, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = add i64 %959, 5120
  %981 = getelementptr inbounds float, float* %2, i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  %983 = load <8 x float>, <8 x float>* %982, align 4
  %984 = fadd <8 x float> %967, %971
  %985 = fsub <8 x float> %967, %971
  %986 = fadd <8 x float> %975, %979
  %987 = fsub <8 x float> %975, %979
  %988 = fadd <8 x float> %963, %984
  %989 = fadd <8 x float> %988, %986
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %985)
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %984)
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %985)
  %993 = fadd <8 x float> %992, %983
  %994 = mul i64 %row60, 32
  %995 = add i64 %994, 0
  %996 = getelementptr inbounds float, float* %563, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %989, <8 x float>* %997, align 4
  %998 = mul i64 %row60, 32
  %999 = add i64 %998, 8
  %1000 = getelementptr inbounds float, float* %563, i64 %999
  %1001 = bitcast float* %1000 to <8 x float>*
  store <8 x float> %990, <8 x float>* %1001, align 4
  %1002 = mul i64 %row60, 32
  %1003 = add i64 %1002, 16
  %1004 = getelementptr inbounds float, float* %563, i64 %1003
  %1005 = bitcast float* %1004 to <8 x float>*
  store <8 x float> %991, <8 x float>* %1005, align 4
  %1006 = mul i64 %row60, 32
  %1007 = add i64 %1006, 24
  %1008 = getelementptr inbounds float, float* %563, i64 %1007
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %993, <8 x float>* %1009, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !43

row.exit59:                                       ; preds = %row.header57
  %1010 = mul i64 %block56, 8
  %1011 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %1010
  %1012 = bitcast float* %1011 to <8 x float>*
  %1013 = load <8 x float>, <8 x float>* %1012, align 4
  %1014 = mul i64 %block56, 1352
  %1015 = add i64 %553, %1014
  %1016 = getelementptr inbounds float, float* %563, i64 0
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = getelementptr inbounds float, float* %563, i64 32
  %1020 = bitcast float* %1019 to <8 x float>*
  %1021 = load <8 x float>, <8 x float>* %1020, align 4
  %1022 = getelementptr inbounds float, float* %563, i64 64
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = getelementptr inbounds float, float* %563, i64 96
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = getelementptr inbounds float, float* %563, i64 128
  %1029 = bitcast float* %1028 to <8 x float>*
  %1030 = load <8 x float>, <8 x float>* %1029, align 4
  %1031 = getelementptr inbounds float, float* %563, i64 160
  %1032 = bitcast float* %1031 to <8 x float>*
  %1033 = load <8 x float>, <8 x float>* %1032, align 4
  %1034 = fadd <8 x float> %1021, %1024
  %1035 = fsub <8 x float> %1021, %1024
  %1036 = fadd <8 x float> %1027, %1030
  %1037 = fsub <8 x float> %1027, %1030
  %1038 = fadd <8 x float> %1018, %1034
  %1039 = fadd <8 x float> %1038, %1036
  %1040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1035)
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1036, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1034)
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1035)
  %1043 = fadd <8 x float> %1042, %1033
  %1044 = fadd <8 x float> %1039, %1013
  %1045 = fcmp olt <8 x float> %1044, zeroinitializer
  %1046 = select <8 x i1> %1045, <8 x float> zeroinitializer, <8 x float> %1044
  %1047 = fadd <8 x float> %1040, %1013
  %1048 = fcmp olt <8 x float> %1047, zeroinitializer
  %1049 = select <8 x i1> %1048, <8 x float> zeroinitializer, <8 x float> %1047
  %1050 = fadd <8 x float> %1041, %1013
  %1051 = fcmp olt <8 x float> %1050, zeroinitializer
  %1052 = select <8 x i1> %1051, <8 x float> zeroinitializer, <8 x float> %1050
  %1053 = fadd <8 x float> %1043, %1013
  %1054 = fcmp olt <8 x float> %1053, zeroinitializer
  %1055 = select <8 x i1> %1054, <8 x float> zeroinitializer, <8 x float> %1053
  %1056 = getelementptr inbounds float, float* %563, i64 8
  %1057 = bitcast float* %1056 to <8 x float>*
  %1058 = load <8 x float>, <8 x float>* %1057, align 4
  %1059 = getelementptr inbounds float, float* %563, i64 40
  %1060 = bitcast float* %1059 to <8 x float>*
  %1061 = load <8 x float>, <8 x float>* %1060, align 4
  %1062 = getelementptr inbounds float, float* %563, i64 72
  %1063 = bitcast float* %1062 to <8 x float>*
  %1064 = load <8 x float>, <8 x float>* %1063, align 4
  %1065 = getelementptr inbounds float, float* %563, i64 104
  %1066 = bitcast float* %1065 to <8 x float>*
  %1067 = load <8 x float>, <8 x float>* %1066, align 4
  %1068 = getelementptr inbounds float, float* %563, i64 136
  %1069 = bitcast float* %1068 to <8 x float>*
  %1070 = load <8 x float>, <8 x float>* %1069, align 4
  %1071 = getelementptr inbounds float, float* %563, i64 168
  %1072 = bitcast float* %1071 to <8 x float>*
  %1073 = load <8 x float>, <8 x float>* %1072, align 4
  %1074 = fadd <8 x float> %1061, %1064
  %1075 = fsub <8 x float> %1061, %1064
  %1076 = fadd <8 x float> %1067, %1070
  %1077 = fsub <8 x float> %1067, %1070
  %1078 = fadd <8 x float> %1058, %1074
  %1079 = fadd <8 x float> %1078, %1076
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1075)
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1076, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1074)
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1075)
  %1083 = fadd <8 x float> %1082, %1073
  %1084 = fadd <8 x float> %1079, %1013
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = fadd <8 x float> %1080, %1013
  %1088 = fcmp olt <8 x float> %1087, zeroinitializer
  %1089 = select <8 x i1> %1088, <8 x float> zeroinitializer, <8 x float> %1087
  %1090 = fadd <8 x float> %1081, %1013
  %1091 = fcmp olt <8 x float> %1090, zeroinitializer
  %1092 = select <8 x i1> %1091, <8 x float> zeroinitializer, <8 x float> %1090
  %1093 = fadd <8 x float> %1083, %1013
  %1094 = fcmp olt <8 x float> %1093, zeroinitializer
  %1095 = select <8 x i1> %1094, <8 x float> zeroinitializer, <8 x float> %1093
  %1096 = getelementptr inbounds float, float* %563, i64 16
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  %1099 = getelementptr inbounds float, float* %563, i64 48
  %1100 = bitcast float* %1099 to <8 x float>*
  %1101 = load <8 x float>, <8 x float>* %1100, align 4
  %1102 = getelementptr inbounds float, float* %563, i64 80
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = getelementptr inbounds float, float* %563, i64 112
  %1106 = bitcast float* %1105 to <8 x float>*
  %1107 = load <8 x float>, <8 x float>* %1106, align 4
  %1108 = getelementptr inbounds float, float* %563, i64 144
  %1109 = bitcast float* %1108 to <8 x float>*
  %1110 = load <8 x float>, <8 x float>* %1109, align 4
  %1111 = getelementptr inbounds float, float* %563, i64 176
  %1112 = bitcast float* %1111 to <8 x float>*
  %1113 = load <8 x float>, <8 x float>* %1112, align 4
  %1114 = fadd <8 x float> %1101, %1104
  %1115 = fsub <8 x float> %1101, %1104
  %1116 = fadd <8 x float> %1107, %1110
  %1117 = fsub <8 x float> %1107, %1110
  %1118 = fadd <8 x float> %1098, %1114
  %1119 = fadd <8 x float> %1118, %1116
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1117, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1115)
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1116, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1114)
  %1122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1117, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1115)
  %1123 = fadd <8 x float> %1122, %1113
  %1124 = fadd <8 x float> %1119, %1013
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = fadd <8 x float> %1120, %1013
  %1128 = fcmp olt <8 x float> %1127, zeroinitializer
  %1129 = select <8 x i1> %1128, <8 x float> zeroinitializer, <8 x float> %1127
  %1130 = fadd <8 x float> %1121, %1013
  %1131 = fcmp olt <8 x float> %1130, zeroinitializer
  %1132 = select <8 x i1> %1131, <8 x float> zeroinitializer, <8 x float> %1130
  %1133 = fadd <8 x float> %1123, %1013
  %1134 = fcmp olt <8 x float> %1133, zeroinitializer
  %1135 = select <8 x i1> %1134, <8 x float> zeroinitializer, <8 x float> %1133
  %1136 = getelementptr inbounds float, float* %563, i64 24
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = getelementptr inbounds float, float* %563, i64 56
  %1140 = bitcast float* %1139 to <8 x float>*
  %1141 = load <8 x float>, <8 x float>* %1140, align 4
  %1142 = getelementptr inbounds float, float* %563, i64 88
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = getelementptr inbounds float, float* %563, i64 120
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = getelementptr inbounds float, float* %563, i64 152
  %1149 = bitcast float* %1148 to <8 x float>*
  %1150 = load <8 x float>, <8 x float>* %1149, align 4
  %1151 = getelementptr inbounds float, float* %563, i64 184
  %1152 = bitcast float* %1151 to <8 x float>*
  %1153 = load <8 x float>, <8 x float>* %1152, align 4
  %1154 = fadd <8 x float> %1141, %1144
  %1155 = fsub <8 x float> %1141, %1144
  %1156 = fadd <8 x float> %1147, %1150
  %1157 = fsub <8 x float> %1147, %1150
  %1158 = fadd <8 x float> %1138, %1154
  %1159 = fadd <8 x float> %1158, %1156
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1157, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1155)
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1156, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1154)
  %1162 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1157, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1155)
  %1163 = fadd <8 x float> %1162, %1153
  %1164 = fadd <8 x float> %1159, %1013
  %1165 = fcmp olt <8 x float> %1164, zeroinitializer
  %1166 = select <8 x i1> %1165, <8 x float> zeroinitializer, <8 x float> %1164
  %1167 = fadd <8 x float> %1160, %1013
  %1168 = fcmp olt <8 x float> %1167, zeroinitializer
  %1169 = select <8 x i1> %1168, <8 x float> zeroinitializer, <8 x float> %1167
  %1170 = fadd <8 x float> %1161, %1013
  %1171 = fcmp olt <8 x float> %1170, zeroinitializer
  %1172 = select <8 x i1> %1171, <8 x float> zeroinitializer, <8 x float> %1170
  %1173 = fadd <8 x float> %1163, %1013
  %1174 = fcmp olt <8 x float> %1173, zeroinitializer
  %1175 = select <8 x i1> %1174, <8 x float> zeroinitializer, <8 x float> %1173
  %1176 = mul i64 %block56, 288
  %1177 = add i64 %560, %1176
  %1178 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1046, <8 x float> %1086)
  %1179 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1178, <8 x float> %1049)
  %1180 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1179, <8 x float> %1089)
  %1181 = add i64 %1177, 0
  %1182 = getelementptr inbounds float, float* %0, i64 %1181
  %1183 = bitcast float* %1182 to <8 x float>*
  store <8 x float> %1180, <8 x float>* %1183, align 4
  %1184 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1126, <8 x float> %1166)
  %1185 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1184, <8 x float> %1129)
  %1186 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1185, <8 x float> %1169)
  %1187 = add i64 %1177, 8
  %1188 = getelementptr inbounds float, float* %0, i64 %1187
  %1189 = bitcast float* %1188 to <8 x float>*
  store <8 x float> %1186, <8 x float>* %1189, align 4
  %1190 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1052, <8 x float> %1092)
  %1191 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1190, <8 x float> %1055)
  %1192 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1191, <8 x float> %1095)
  %1193 = add i64 %1177, 48
  %1194 = getelementptr inbounds float, float* %0, i64 %1193
  %1195 = bitcast float* %1194 to <8 x float>*
  store <8 x float> %1192, <8 x float>* %1195, align 4
  %1196 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1132, <8 x float> %1172)
  %1197 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1196, <8 x float> %1135)
  %1198 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1197, <8 x float> %1175)
  %1199 = add i64 %1177, 56
  %1200 = getelementptr inbounds float, float* %0, i64 %1199
  %1201 = bitcast float* %1200 to <8 x float>*
  store <8 x float> %1198, <8 x float>* %1201, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !44
}

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_4.step1(i8* %0) #3 {
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
  call void @node3.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node4.maxPool2d_2.nchw.step0(i8* %0) #3 {
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
  call void @node4.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node6.dense_1.step0(i8* %0) #3 {
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
  call void @node6.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node7.dense_2.step0(i8* %0) #3 {
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
  call void @node7.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.dense_2.softmax.step0(i8* %0) #3 {
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
  call void @node8.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 897727)
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
  %26 = getelementptr inbounds i8, i8* %2, i64 377856
  %27 = getelementptr inbounds i8, i8* %2, i64 868864
  %28 = getelementptr inbounds i8, i8* %2, i64 0
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %28, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  call void @node2.conv2d_3.step0(i8* %33)
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step1, i8* %33, i32 0, i32 0)
  %34 = getelementptr inbounds i8, i8* %2, i64 435456
  %35 = getelementptr inbounds i8, i8* %2, i64 377856
  %36 = getelementptr inbounds i8, i8* %2, i64 0
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %34, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %35, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %36, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %40, align 8
  %41 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_4.step0(i8* %41)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step1, i8* %41, i32 0, i32 0)
  %42 = getelementptr inbounds i8, i8* %2, i64 0
  %43 = getelementptr inbounds i8, i8* %2, i64 435456
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %42, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %43, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %47, align 8
  %48 = bitcast [6 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.nchw.step0(i8* %48)
  %49 = getelementptr inbounds i8, i8* %2, i64 9216
  %50 = getelementptr inbounds i8, i8* %2, i64 0
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %50, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %54, align 8
  %55 = bitcast [6 x i8*]* %args to i8*
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %57, align 8
  call void @GOMP_parallel(void (i8*)* @node6.dense_1.step0, i8* %55, i32 0, i32 0)
  %58 = getelementptr inbounds i8, i8* %2, i64 9216
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %58, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %62, align 8
  %63 = bitcast [6 x i8*]* %args to i8*
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %65, align 8
  call void @node7.dense_2.step0(i8* %63)
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  call void @node8.dense_2.softmax.step0(i8* %70)
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
  ret i64 897727
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
