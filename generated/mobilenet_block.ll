; mobilenet_block: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mobilenet_block'
source_filename = "mobilenet_block"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.depthwise.packed = external constant [9216 x i8], align 64
@weight.conv2d_1.packed = external constant [262144 x i8], align 64
@dlc.model_name = private unnamed_addr constant [16 x i8] c"mobilenet_block\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 256, i64 14, i64 14]
@dlc.input0.name = private unnamed_addr constant [2 x i8] c"x\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([2 x i8], [2 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 200704 }]
@dlc.output0.shape = private constant [4 x i64] [i64 1, i64 256, i64 14, i64 14]
@dlc.output0.name = private unnamed_addr constant [2 x i8] c"y\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([2 x i8], [2 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 200704 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([16 x i8], [16 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 401471, i64 13296640 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.x.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ps.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ps.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 196
  %10 = add i64 %9, 196
  %11 = icmp slt i64 %10, 196
  %12 = select i1 %11, i64 %10, i64 196
  %13 = srem i64 %7, 32
  %14 = sdiv i64 %7, 32
  %15 = mul i64 %14, 256
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 1568
  %19 = icmp slt i64 %12, 192
  %20 = select i1 %19, i64 %12, i64 192
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ %9, %task.body ], [ %p.next, %p.body ]
  %21 = icmp slt i64 %p, %20
  br i1 %21, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %22 = add i64 %17, 0
  %23 = mul i64 %22, 196
  %24 = add i64 %23, %p
  %25 = getelementptr inbounds float, float* %1, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %17, 1
  %29 = mul i64 %28, 196
  %30 = add i64 %29, %p
  %31 = getelementptr inbounds float, float* %1, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %17, 2
  %35 = mul i64 %34, 196
  %36 = add i64 %35, %p
  %37 = getelementptr inbounds float, float* %1, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %17, 3
  %41 = mul i64 %40, 196
  %42 = add i64 %41, %p
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %17, 4
  %47 = mul i64 %46, 196
  %48 = add i64 %47, %p
  %49 = getelementptr inbounds float, float* %1, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %17, 5
  %53 = mul i64 %52, 196
  %54 = add i64 %53, %p
  %55 = getelementptr inbounds float, float* %1, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %17, 6
  %59 = mul i64 %58, 196
  %60 = add i64 %59, %p
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %17, 7
  %65 = mul i64 %64, 196
  %66 = add i64 %65, %p
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = shufflevector <8 x float> %27, <8 x float> %51, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %71 = shufflevector <8 x float> %27, <8 x float> %51, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %72 = shufflevector <8 x float> %33, <8 x float> %57, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %73 = shufflevector <8 x float> %33, <8 x float> %57, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %74 = shufflevector <8 x float> %39, <8 x float> %63, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %75 = shufflevector <8 x float> %39, <8 x float> %63, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %76 = shufflevector <8 x float> %45, <8 x float> %69, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %77 = shufflevector <8 x float> %45, <8 x float> %69, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %78 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %79 = shufflevector <8 x float> %70, <8 x float> %74, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %80 = shufflevector <8 x float> %71, <8 x float> %75, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %71, <8 x float> %75, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %72, <8 x float> %76, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %72, <8 x float> %76, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %73, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %73, <8 x float> %77, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = add i64 %p, 0
  %95 = mul i64 %94, 8
  %96 = add i64 %95, 0
  %97 = add i64 %18, %96
  %98 = getelementptr inbounds float, float* %0, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %86, <8 x float>* %99, align 4
  %100 = add i64 %p, 1
  %101 = mul i64 %100, 8
  %102 = add i64 %101, 0
  %103 = add i64 %18, %102
  %104 = getelementptr inbounds float, float* %0, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %87, <8 x float>* %105, align 4
  %106 = add i64 %p, 2
  %107 = mul i64 %106, 8
  %108 = add i64 %107, 0
  %109 = add i64 %18, %108
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %88, <8 x float>* %111, align 4
  %112 = add i64 %p, 3
  %113 = mul i64 %112, 8
  %114 = add i64 %113, 0
  %115 = add i64 %18, %114
  %116 = getelementptr inbounds float, float* %0, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %89, <8 x float>* %117, align 4
  %118 = add i64 %p, 4
  %119 = mul i64 %118, 8
  %120 = add i64 %119, 0
  %121 = add i64 %18, %120
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %90, <8 x float>* %123, align 4
  %124 = add i64 %p, 5
  %125 = mul i64 %124, 8
  %126 = add i64 %125, 0
  %127 = add i64 %18, %126
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %91, <8 x float>* %129, align 4
  %130 = add i64 %p, 6
  %131 = mul i64 %130, 8
  %132 = add i64 %131, 0
  %133 = add i64 %18, %132
  %134 = getelementptr inbounds float, float* %0, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %92, <8 x float>* %135, align 4
  %136 = add i64 %p, 7
  %137 = mul i64 %136, 8
  %138 = add i64 %137, 0
  %139 = add i64 %18, %138
  %140 = getelementptr inbounds float, float* %0, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %93, <8 x float>* %141, align 4
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
  %145 = add i64 %17, 0
  %146 = mul i64 %145, 196
  %147 = add i64 %146, %ps
  %148 = mul i64 %ps, 8
  %149 = add i64 %148, 0
  %150 = add i64 %18, %149
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = add i64 %17, 1
  %155 = mul i64 %154, 196
  %156 = add i64 %155, %ps
  %157 = mul i64 %ps, 8
  %158 = add i64 %157, 1
  %159 = add i64 %18, %158
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = add i64 %17, 2
  %164 = mul i64 %163, 196
  %165 = add i64 %164, %ps
  %166 = mul i64 %ps, 8
  %167 = add i64 %166, 2
  %168 = add i64 %18, %167
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = add i64 %17, 3
  %173 = mul i64 %172, 196
  %174 = add i64 %173, %ps
  %175 = mul i64 %ps, 8
  %176 = add i64 %175, 3
  %177 = add i64 %18, %176
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = add i64 %17, 4
  %182 = mul i64 %181, 196
  %183 = add i64 %182, %ps
  %184 = mul i64 %ps, 8
  %185 = add i64 %184, 4
  %186 = add i64 %18, %185
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = add i64 %17, 5
  %191 = mul i64 %190, 196
  %192 = add i64 %191, %ps
  %193 = mul i64 %ps, 8
  %194 = add i64 %193, 5
  %195 = add i64 %18, %194
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = add i64 %17, 6
  %200 = mul i64 %199, 196
  %201 = add i64 %200, %ps
  %202 = mul i64 %ps, 8
  %203 = add i64 %202, 6
  %204 = add i64 %18, %203
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = add i64 %17, 7
  %209 = mul i64 %208, 196
  %210 = add i64 %209, %ps
  %211 = mul i64 %ps, 8
  %212 = add i64 %211, 7
  %213 = add i64 %18, %212
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
define internal void @node0.x.nchw8c.step0(i8* %0) #1 {
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
  call void @node0.x.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %band = alloca [25088 x float], align 64
  %38 = add i64 %7, 1
  %39 = sdiv i64 %38, 2
  %40 = icmp slt i64 16, %39
  %41 = select i1 %40, i64 16, i64 %39
  %42 = icmp sgt i64 1, %41
  %43 = select i1 %42, i64 1, i64 %41
  %44 = sub i64 %43, 1
  %45 = add i64 16, %44
  %46 = sdiv i64 %45, %43
  %47 = bitcast [25088 x float]* %band to float*
  %48 = mul i64 %43, 2
  %49 = sub i64 %7, 1
  %50 = add i64 %48, %49
  %51 = sdiv i64 %50, %7
  %52 = mul i64 %6, %51
  %53 = icmp slt i64 %52, %48
  %54 = select i1 %53, i64 %52, i64 %48
  %55 = add i64 %54, %51
  %56 = icmp slt i64 %55, %48
  %57 = select i1 %56, i64 %55, i64 %48
  br label %task.header

task.header:                                      ; preds = %block.group.exit, %entry
  %task = phi i64 [ %54, %entry ], [ %task.next, %block.group.exit ]
  %58 = icmp slt i64 %task, %57
  br i1 %58, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %59 = srem i64 %task, %43
  %60 = sdiv i64 %task, %43
  %61 = srem i64 %60, 2
  %62 = mul i64 %43, 2
  %63 = sdiv i64 %task, %62
  br label %channel.block.header

task.exit:                                        ; preds = %task.header
  ret void

channel.block.header:                             ; preds = %band.row.exit, %task.body
  %channel.block = phi i64 [ 0, %task.body ], [ %channel.block.next, %band.row.exit ]
  %64 = icmp slt i64 %channel.block, 32
  br i1 %64, label %channel.block.body, label %channel.block.exit

channel.block.body:                               ; preds = %channel.block.header
  %65 = mul i64 %63, 32
  %66 = add i64 %65, %channel.block
  br label %band.row.header

channel.block.exit:                               ; preds = %channel.block.header
  %67 = mul i64 %59, %46
  %68 = add i64 %67, %46
  %69 = icmp slt i64 %68, 16
  %70 = select i1 %69, i64 %68, i64 16
  br label %block.group.header

band.row.header:                                  ; preds = %kh.exit10, %channel.block.body
  %band.row = phi i64 [ 0, %channel.block.body ], [ %band.row.next, %kh.exit10 ]
  %71 = icmp slt i64 %band.row, 7
  br i1 %71, label %band.row.body, label %band.row.exit

band.row.body:                                    ; preds = %band.row.header
  %72 = mul i64 %61, 7
  %73 = add i64 %72, %band.row
  %74 = mul i64 %channel.block, 7
  %75 = add i64 %74, %band.row
  %76 = mul i64 %75, 112
  %77 = srem i64 %66, 32
  %78 = mul i64 %66, 1568
  %79 = mul i64 %73, 1
  %80 = sub i64 %79, 1
  store <8 x float> zeroinitializer, <8 x float>* %37, align 32
  br label %kh.header

band.row.exit:                                    ; preds = %band.row.header
  %channel.block.next = add i64 %channel.block, 1
  br label %channel.block.header, !llvm.loop !0

kh.header:                                        ; preds = %endif, %band.row.body
  %kh = phi i64 [ 0, %band.row.body ], [ %kh.next, %endif ]
  %81 = icmp slt i64 %kh, 3
  br i1 %81, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %82 = mul i64 %kh, 1
  %83 = add i64 %80, %82
  %84 = icmp sge i64 %83, 0
  %85 = icmp slt i64 %83, 14
  %86 = and i1 %84, %85
  br i1 %86, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %87 = add i64 %76, 0
  %88 = load <8 x float>, <8 x float>* %37, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = fcmp ogt <8 x float> %88, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %91 = select <8 x i1> %90, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %88
  %92 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %91
  %93 = getelementptr inbounds float, float* %47, i64 %87
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %92, <8 x float>* %94, align 4
  store <8 x float> zeroinitializer, <8 x float>* %36, align 32
  store <8 x float> zeroinitializer, <8 x float>* %35, align 32
  store <8 x float> zeroinitializer, <8 x float>* %34, align 32
  store <8 x float> zeroinitializer, <8 x float>* %33, align 32
  store <8 x float> zeroinitializer, <8 x float>* %32, align 32
  store <8 x float> zeroinitializer, <8 x float>* %31, align 32
  store <8 x float> zeroinitializer, <8 x float>* %30, align 32
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  br label %kh.header1

then:                                             ; preds = %kh.body
  %95 = mul i64 %83, 112
  %96 = add i64 %78, %95
  %97 = mul i64 %77, 3
  %98 = add i64 %97, %kh
  %99 = mul i64 %98, 24
  %100 = add i64 %99, 0
  %101 = getelementptr inbounds float, float* %5, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %99, 8
  %105 = getelementptr inbounds float, float* %5, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %99, 16
  %109 = getelementptr inbounds float, float* %5, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %96, -8
  %113 = add i64 %112, 8
  %114 = getelementptr inbounds float, float* %1, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = load <8 x float>, <8 x float>* %37, align 32
  %118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> %107, <8 x float> %117)
  store <8 x float> %118, <8 x float>* %37, align 32
  %119 = add i64 %112, 16
  %120 = getelementptr inbounds float, float* %1, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = load <8 x float>, <8 x float>* %37, align 32
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %111, <8 x float> %123)
  store <8 x float> %124, <8 x float>* %37, align 32
  br label %endif

endif:                                            ; preds = %then, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header1:                                       ; preds = %endif6, %kh.exit
  %kh4 = phi i64 [ 0, %kh.exit ], [ %kh.next7, %endif6 ]
  %125 = icmp slt i64 %kh4, 3
  br i1 %125, label %kh.body2, label %kh.exit3

kh.body2:                                         ; preds = %kh.header1
  %126 = mul i64 %kh4, 1
  %127 = add i64 %80, %126
  %128 = icmp sge i64 %127, 0
  %129 = icmp slt i64 %127, 14
  %130 = and i1 %128, %129
  br i1 %130, label %then5, label %endif6

kh.exit3:                                         ; preds = %kh.header1
  %131 = add i64 %76, 8
  %132 = load <8 x float>, <8 x float>* %36, align 32
  %133 = fcmp olt <8 x float> %132, zeroinitializer
  %134 = fcmp ogt <8 x float> %132, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %135 = select <8 x i1> %134, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %132
  %136 = select <8 x i1> %133, <8 x float> zeroinitializer, <8 x float> %135
  %137 = getelementptr inbounds float, float* %47, i64 %131
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add i64 %76, 16
  %140 = load <8 x float>, <8 x float>* %35, align 32
  %141 = fcmp olt <8 x float> %140, zeroinitializer
  %142 = fcmp ogt <8 x float> %140, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %143 = select <8 x i1> %142, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %140
  %144 = select <8 x i1> %141, <8 x float> zeroinitializer, <8 x float> %143
  %145 = getelementptr inbounds float, float* %47, i64 %139
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  %147 = add i64 %76, 24
  %148 = load <8 x float>, <8 x float>* %34, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = fcmp ogt <8 x float> %148, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %151 = select <8 x i1> %150, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %148
  %152 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %151
  %153 = getelementptr inbounds float, float* %47, i64 %147
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add i64 %76, 32
  %156 = load <8 x float>, <8 x float>* %33, align 32
  %157 = fcmp olt <8 x float> %156, zeroinitializer
  %158 = fcmp ogt <8 x float> %156, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %159 = select <8 x i1> %158, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %156
  %160 = select <8 x i1> %157, <8 x float> zeroinitializer, <8 x float> %159
  %161 = getelementptr inbounds float, float* %47, i64 %155
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %160, <8 x float>* %162, align 4
  %163 = add i64 %76, 40
  %164 = load <8 x float>, <8 x float>* %32, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = fcmp ogt <8 x float> %164, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %167 = select <8 x i1> %166, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %164
  %168 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %167
  %169 = getelementptr inbounds float, float* %47, i64 %163
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = add i64 %76, 48
  %172 = load <8 x float>, <8 x float>* %31, align 32
  %173 = fcmp olt <8 x float> %172, zeroinitializer
  %174 = fcmp ogt <8 x float> %172, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %175 = select <8 x i1> %174, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %172
  %176 = select <8 x i1> %173, <8 x float> zeroinitializer, <8 x float> %175
  %177 = getelementptr inbounds float, float* %47, i64 %171
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = add i64 %76, 56
  %180 = load <8 x float>, <8 x float>* %30, align 32
  %181 = fcmp olt <8 x float> %180, zeroinitializer
  %182 = fcmp ogt <8 x float> %180, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %183 = select <8 x i1> %182, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %180
  %184 = select <8 x i1> %181, <8 x float> zeroinitializer, <8 x float> %183
  %185 = getelementptr inbounds float, float* %47, i64 %179
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %184, <8 x float>* %186, align 4
  %187 = add i64 %76, 64
  %188 = load <8 x float>, <8 x float>* %29, align 32
  %189 = fcmp olt <8 x float> %188, zeroinitializer
  %190 = fcmp ogt <8 x float> %188, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %191 = select <8 x i1> %190, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %188
  %192 = select <8 x i1> %189, <8 x float> zeroinitializer, <8 x float> %191
  %193 = getelementptr inbounds float, float* %47, i64 %187
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = add i64 %76, 72
  %196 = load <8 x float>, <8 x float>* %28, align 32
  %197 = fcmp olt <8 x float> %196, zeroinitializer
  %198 = fcmp ogt <8 x float> %196, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %199 = select <8 x i1> %198, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %196
  %200 = select <8 x i1> %197, <8 x float> zeroinitializer, <8 x float> %199
  %201 = getelementptr inbounds float, float* %47, i64 %195
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %200, <8 x float>* %202, align 4
  %203 = add i64 %76, 80
  %204 = load <8 x float>, <8 x float>* %27, align 32
  %205 = fcmp olt <8 x float> %204, zeroinitializer
  %206 = fcmp ogt <8 x float> %204, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %207 = select <8 x i1> %206, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %204
  %208 = select <8 x i1> %205, <8 x float> zeroinitializer, <8 x float> %207
  %209 = getelementptr inbounds float, float* %47, i64 %203
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = add i64 %76, 88
  %212 = load <8 x float>, <8 x float>* %26, align 32
  %213 = fcmp olt <8 x float> %212, zeroinitializer
  %214 = fcmp ogt <8 x float> %212, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %215 = select <8 x i1> %214, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %212
  %216 = select <8 x i1> %213, <8 x float> zeroinitializer, <8 x float> %215
  %217 = getelementptr inbounds float, float* %47, i64 %211
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  br label %kh.header8

then5:                                            ; preds = %kh.body2
  %219 = mul i64 %127, 112
  %220 = add i64 %78, %219
  %221 = mul i64 %77, 3
  %222 = add i64 %221, %kh4
  %223 = mul i64 %222, 24
  %224 = add i64 %223, 0
  %225 = getelementptr inbounds float, float* %5, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = add i64 %223, 8
  %229 = getelementptr inbounds float, float* %5, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = add i64 %223, 16
  %233 = getelementptr inbounds float, float* %5, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = add i64 %220, 0
  %237 = add i64 %236, 0
  %238 = getelementptr inbounds float, float* %1, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = load <8 x float>, <8 x float>* %36, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %227, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %36, align 32
  %243 = add i64 %236, 8
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  %246 = load <8 x float>, <8 x float>* %245, align 4
  %247 = load <8 x float>, <8 x float>* %36, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %231, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %36, align 32
  %249 = load <8 x float>, <8 x float>* %35, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %227, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %35, align 32
  %251 = add i64 %236, 16
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = bitcast float* %252 to <8 x float>*
  %254 = load <8 x float>, <8 x float>* %253, align 4
  %255 = load <8 x float>, <8 x float>* %36, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %235, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %36, align 32
  %257 = load <8 x float>, <8 x float>* %35, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %231, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %35, align 32
  %259 = load <8 x float>, <8 x float>* %34, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %227, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %34, align 32
  %261 = add i64 %236, 24
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = load <8 x float>, <8 x float>* %35, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %235, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %35, align 32
  %267 = load <8 x float>, <8 x float>* %34, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %231, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %34, align 32
  %269 = load <8 x float>, <8 x float>* %33, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %227, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %33, align 32
  %271 = add i64 %236, 32
  %272 = getelementptr inbounds float, float* %1, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = load <8 x float>, <8 x float>* %34, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %235, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %34, align 32
  %277 = load <8 x float>, <8 x float>* %33, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %231, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %33, align 32
  %279 = load <8 x float>, <8 x float>* %32, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %227, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %32, align 32
  %281 = add i64 %236, 40
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  %284 = load <8 x float>, <8 x float>* %283, align 4
  %285 = load <8 x float>, <8 x float>* %33, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %235, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %33, align 32
  %287 = load <8 x float>, <8 x float>* %32, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %231, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %32, align 32
  %289 = load <8 x float>, <8 x float>* %31, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %227, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %31, align 32
  %291 = add i64 %236, 48
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = load <8 x float>, <8 x float>* %32, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %235, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %32, align 32
  %297 = load <8 x float>, <8 x float>* %31, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %231, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %31, align 32
  %299 = load <8 x float>, <8 x float>* %30, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %294, <8 x float> %227, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %30, align 32
  %301 = add i64 %236, 56
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = load <8 x float>, <8 x float>* %31, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %235, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %31, align 32
  %307 = load <8 x float>, <8 x float>* %30, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %231, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %30, align 32
  %309 = load <8 x float>, <8 x float>* %29, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> %227, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %29, align 32
  %311 = add i64 %236, 64
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = load <8 x float>, <8 x float>* %30, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %235, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %30, align 32
  %317 = load <8 x float>, <8 x float>* %29, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %231, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %29, align 32
  %319 = load <8 x float>, <8 x float>* %28, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %227, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %28, align 32
  %321 = add i64 %236, 72
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = load <8 x float>, <8 x float>* %29, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %235, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %29, align 32
  %327 = load <8 x float>, <8 x float>* %28, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %231, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %28, align 32
  %329 = load <8 x float>, <8 x float>* %27, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %227, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %27, align 32
  %331 = add i64 %236, 80
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = load <8 x float>, <8 x float>* %28, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %235, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %28, align 32
  %337 = load <8 x float>, <8 x float>* %27, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %231, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %27, align 32
  %339 = load <8 x float>, <8 x float>* %26, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %227, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %26, align 32
  %341 = add i64 %236, 88
  %342 = getelementptr inbounds float, float* %1, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = load <8 x float>, <8 x float>* %27, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %235, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %27, align 32
  %347 = load <8 x float>, <8 x float>* %26, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %231, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %26, align 32
  %349 = add i64 %236, 96
  %350 = getelementptr inbounds float, float* %1, i64 %349
  %351 = bitcast float* %350 to <8 x float>*
  %352 = load <8 x float>, <8 x float>* %351, align 4
  %353 = load <8 x float>, <8 x float>* %26, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %235, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %26, align 32
  br label %endif6

endif6:                                           ; preds = %then5, %kh.body2
  %kh.next7 = add i64 %kh4, 1
  br label %kh.header1

kh.header8:                                       ; preds = %endif13, %kh.exit3
  %kh11 = phi i64 [ 0, %kh.exit3 ], [ %kh.next14, %endif13 ]
  %355 = icmp slt i64 %kh11, 3
  br i1 %355, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %356 = mul i64 %kh11, 1
  %357 = add i64 %80, %356
  %358 = icmp sge i64 %357, 0
  %359 = icmp slt i64 %357, 14
  %360 = and i1 %358, %359
  br i1 %360, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %361 = add i64 %76, 96
  %362 = load <8 x float>, <8 x float>* %25, align 32
  %363 = fcmp olt <8 x float> %362, zeroinitializer
  %364 = fcmp ogt <8 x float> %362, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %365 = select <8 x i1> %364, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %362
  %366 = select <8 x i1> %363, <8 x float> zeroinitializer, <8 x float> %365
  %367 = getelementptr inbounds float, float* %47, i64 %361
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %366, <8 x float>* %368, align 4
  %369 = add i64 %76, 104
  %370 = load <8 x float>, <8 x float>* %24, align 32
  %371 = fcmp olt <8 x float> %370, zeroinitializer
  %372 = fcmp ogt <8 x float> %370, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %373 = select <8 x i1> %372, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %370
  %374 = select <8 x i1> %371, <8 x float> zeroinitializer, <8 x float> %373
  %375 = getelementptr inbounds float, float* %47, i64 %369
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %374, <8 x float>* %376, align 4
  %band.row.next = add i64 %band.row, 1
  br label %band.row.header, !llvm.loop !2

then12:                                           ; preds = %kh.body9
  %377 = mul i64 %357, 112
  %378 = add i64 %78, %377
  %379 = mul i64 %77, 3
  %380 = add i64 %379, %kh11
  %381 = mul i64 %380, 24
  %382 = add i64 %381, 0
  %383 = getelementptr inbounds float, float* %5, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %381, 8
  %387 = getelementptr inbounds float, float* %5, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %381, 16
  %391 = getelementptr inbounds float, float* %5, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  %393 = load <8 x float>, <8 x float>* %392, align 4
  %394 = add i64 %378, 88
  %395 = add i64 %394, 0
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = load <8 x float>, <8 x float>* %25, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %385, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %25, align 32
  %401 = add i64 %394, 8
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = load <8 x float>, <8 x float>* %25, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %404, <8 x float> %389, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %25, align 32
  %407 = load <8 x float>, <8 x float>* %24, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %404, <8 x float> %385, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %24, align 32
  %409 = add i64 %394, 16
  %410 = getelementptr inbounds float, float* %1, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = load <8 x float>, <8 x float>* %25, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %412, <8 x float> %393, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %25, align 32
  %415 = load <8 x float>, <8 x float>* %24, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %412, <8 x float> %389, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %24, align 32
  br label %endif13

endif13:                                          ; preds = %then12, %kh.body9
  %kh.next14 = add i64 %kh11, 1
  br label %kh.header8

block.group.header:                               ; preds = %u.exit64, %channel.block.exit
  %block.group = phi i64 [ %67, %channel.block.exit ], [ %block.group.next, %u.exit64 ]
  %417 = icmp slt i64 %block.group, %70
  br i1 %417, label %block.group.body, label %block.group.exit

block.group.body:                                 ; preds = %block.group.header
  %418 = mul i64 %block.group, 2
  %419 = add i64 0, %418
  %420 = mul i64 %61, 98
  %421 = mul i64 %block.group, 2
  %422 = add i64 0, %421
  %423 = mul i64 %422, 2048
  br label %x.header

block.group.exit:                                 ; preds = %block.group.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %block.group.body
  %x = phi i64 [ 0, %block.group.body ], [ %x.next, %u.exit ]
  %424 = icmp slt i64 %x, 96
  br i1 %424, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %425 = add i64 %420, %x
  %426 = mul i64 %63, 32
  %427 = add i64 %426, %419
  %428 = add i64 %427, 0
  %429 = mul i64 %428, 1568
  %430 = add i64 %425, 0
  %431 = mul i64 %430, 8
  %432 = add i64 %429, %431
  %433 = add i64 %425, 1
  %434 = mul i64 %433, 8
  %435 = add i64 %429, %434
  %436 = add i64 %425, 2
  %437 = mul i64 %436, 8
  %438 = add i64 %429, %437
  %439 = add i64 %425, 3
  %440 = mul i64 %439, 8
  %441 = add i64 %429, %440
  %442 = add i64 %425, 4
  %443 = mul i64 %442, 8
  %444 = add i64 %429, %443
  %445 = add i64 %425, 5
  %446 = mul i64 %445, 8
  %447 = add i64 %429, %446
  %448 = mul i64 %63, 32
  %449 = add i64 %448, %419
  %450 = add i64 %449, 1
  %451 = mul i64 %450, 1568
  %452 = add i64 %425, 0
  %453 = mul i64 %452, 8
  %454 = add i64 %451, %453
  %455 = add i64 %425, 1
  %456 = mul i64 %455, 8
  %457 = add i64 %451, %456
  %458 = add i64 %425, 2
  %459 = mul i64 %458, 8
  %460 = add i64 %451, %459
  %461 = add i64 %425, 3
  %462 = mul i64 %461, 8
  %463 = add i64 %451, %462
  %464 = add i64 %425, 4
  %465 = mul i64 %464, 8
  %466 = add i64 %451, %465
  %467 = add i64 %425, 5
  %468 = mul i64 %467, 8
  %469 = add i64 %451, %468
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  %470 = mul i64 %x, 8
  %471 = add i64 0, %470
  %472 = add i64 0, %471
  br label %u.header

x.exit:                                           ; preds = %x.header
  %473 = add i64 %420, 96
  %474 = mul i64 %63, 32
  %475 = add i64 %474, %419
  %476 = add i64 %475, 0
  %477 = mul i64 %476, 1568
  %478 = add i64 %473, 0
  %479 = mul i64 %478, 8
  %480 = add i64 %477, %479
  %481 = add i64 %473, 1
  %482 = mul i64 %481, 8
  %483 = add i64 %477, %482
  %484 = mul i64 %63, 32
  %485 = add i64 %484, %419
  %486 = add i64 %485, 1
  %487 = mul i64 %486, 1568
  %488 = add i64 %473, 0
  %489 = mul i64 %488, 8
  %490 = add i64 %487, %489
  %491 = add i64 %473, 1
  %492 = mul i64 %491, 8
  %493 = add i64 %487, %492
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %u.header62

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %494 = icmp slt i64 %u, 32
  br i1 %494, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %495 = add i64 0, %u
  %496 = mul i64 %495, 784
  %497 = add i64 %472, %496
  %498 = mul i64 %495, 64
  %499 = add i64 %423, %498
  %500 = add i64 %497, 0
  %501 = add i64 %500, 0
  %502 = add i64 %499, 0
  %503 = add i64 %502, 0
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %502, 2048
  %508 = getelementptr inbounds float, float* %4, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  %510 = load <8 x float>, <8 x float>* %509, align 4
  %511 = add i64 %501, 0
  %512 = getelementptr inbounds float, float* %47, i64 %511
  %513 = load float, float* %512, align 4
  %514 = insertelement <8 x float> undef, float %513, i32 0
  %splat = shufflevector <8 x float> %514, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, <8 x float>* %23, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %506, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %23, align 32
  %517 = load <8 x float>, <8 x float>* %17, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %510, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %17, align 32
  %519 = add i64 %501, 8
  %520 = getelementptr inbounds float, float* %47, i64 %519
  %521 = load float, float* %520, align 4
  %522 = insertelement <8 x float> undef, float %521, i32 0
  %splat15 = shufflevector <8 x float> %522, <8 x float> undef, <8 x i32> zeroinitializer
  %523 = load <8 x float>, <8 x float>* %22, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %506, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %22, align 32
  %525 = load <8 x float>, <8 x float>* %16, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %510, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %16, align 32
  %527 = add i64 %501, 16
  %528 = getelementptr inbounds float, float* %47, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat16 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %21, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %506, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %21, align 32
  %533 = load <8 x float>, <8 x float>* %15, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %510, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %15, align 32
  %535 = add i64 %501, 24
  %536 = getelementptr inbounds float, float* %47, i64 %535
  %537 = load float, float* %536, align 4
  %538 = insertelement <8 x float> undef, float %537, i32 0
  %splat17 = shufflevector <8 x float> %538, <8 x float> undef, <8 x i32> zeroinitializer
  %539 = load <8 x float>, <8 x float>* %20, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %506, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %20, align 32
  %541 = load <8 x float>, <8 x float>* %14, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %510, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %14, align 32
  %543 = add i64 %501, 32
  %544 = getelementptr inbounds float, float* %47, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat18 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %19, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %506, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %19, align 32
  %549 = load <8 x float>, <8 x float>* %13, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %510, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %13, align 32
  %551 = add i64 %501, 40
  %552 = getelementptr inbounds float, float* %47, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat19 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %18, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %506, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %18, align 32
  %557 = load <8 x float>, <8 x float>* %12, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %510, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %12, align 32
  %559 = add i64 %502, 8
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %502, 2056
  %564 = getelementptr inbounds float, float* %4, i64 %563
  %565 = bitcast float* %564 to <8 x float>*
  %566 = load <8 x float>, <8 x float>* %565, align 4
  %567 = add i64 %501, 1
  %568 = getelementptr inbounds float, float* %47, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat20 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %23, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %562, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %23, align 32
  %573 = load <8 x float>, <8 x float>* %17, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %566, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %17, align 32
  %575 = add i64 %501, 9
  %576 = getelementptr inbounds float, float* %47, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat21 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %22, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %562, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %22, align 32
  %581 = load <8 x float>, <8 x float>* %16, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %566, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %16, align 32
  %583 = add i64 %501, 17
  %584 = getelementptr inbounds float, float* %47, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat22 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %21, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %562, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %21, align 32
  %589 = load <8 x float>, <8 x float>* %15, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %566, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %15, align 32
  %591 = add i64 %501, 25
  %592 = getelementptr inbounds float, float* %47, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat23 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %20, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %562, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %20, align 32
  %597 = load <8 x float>, <8 x float>* %14, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %566, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %14, align 32
  %599 = add i64 %501, 33
  %600 = getelementptr inbounds float, float* %47, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat24 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %19, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %562, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %19, align 32
  %605 = load <8 x float>, <8 x float>* %13, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %566, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %13, align 32
  %607 = add i64 %501, 41
  %608 = getelementptr inbounds float, float* %47, i64 %607
  %609 = load float, float* %608, align 4
  %610 = insertelement <8 x float> undef, float %609, i32 0
  %splat25 = shufflevector <8 x float> %610, <8 x float> undef, <8 x i32> zeroinitializer
  %611 = load <8 x float>, <8 x float>* %18, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %562, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %18, align 32
  %613 = load <8 x float>, <8 x float>* %12, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %566, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %12, align 32
  %615 = add i64 %502, 16
  %616 = getelementptr inbounds float, float* %4, i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = add i64 %502, 2064
  %620 = getelementptr inbounds float, float* %4, i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = add i64 %501, 2
  %624 = getelementptr inbounds float, float* %47, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat26 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %23, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %618, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %23, align 32
  %629 = load <8 x float>, <8 x float>* %17, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %622, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %17, align 32
  %631 = add i64 %501, 10
  %632 = getelementptr inbounds float, float* %47, i64 %631
  %633 = load float, float* %632, align 4
  %634 = insertelement <8 x float> undef, float %633, i32 0
  %splat27 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
  %635 = load <8 x float>, <8 x float>* %22, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %618, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %22, align 32
  %637 = load <8 x float>, <8 x float>* %16, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %622, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %16, align 32
  %639 = add i64 %501, 18
  %640 = getelementptr inbounds float, float* %47, i64 %639
  %641 = load float, float* %640, align 4
  %642 = insertelement <8 x float> undef, float %641, i32 0
  %splat28 = shufflevector <8 x float> %642, <8 x float> undef, <8 x i32> zeroinitializer
  %643 = load <8 x float>, <8 x float>* %21, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %618, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %21, align 32
  %645 = load <8 x float>, <8 x float>* %15, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %622, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %15, align 32
  %647 = add i64 %501, 26
  %648 = getelementptr inbounds float, float* %47, i64 %647
  %649 = load float, float* %648, align 4
  %650 = insertelement <8 x float> undef, float %649, i32 0
  %splat29 = shufflevector <8 x float> %650, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = load <8 x float>, <8 x float>* %20, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %618, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %20, align 32
  %653 = load <8 x float>, <8 x float>* %14, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %622, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %14, align 32
  %655 = add i64 %501, 34
  %656 = getelementptr inbounds float, float* %47, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat30 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %19, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %618, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %19, align 32
  %661 = load <8 x float>, <8 x float>* %13, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %622, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %13, align 32
  %663 = add i64 %501, 42
  %664 = getelementptr inbounds float, float* %47, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat31 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %18, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %618, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %18, align 32
  %669 = load <8 x float>, <8 x float>* %12, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %622, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %12, align 32
  %671 = add i64 %502, 24
  %672 = getelementptr inbounds float, float* %4, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %502, 2072
  %676 = getelementptr inbounds float, float* %4, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = add i64 %501, 3
  %680 = getelementptr inbounds float, float* %47, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat32 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %23, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %674, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %23, align 32
  %685 = load <8 x float>, <8 x float>* %17, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %678, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %17, align 32
  %687 = add i64 %501, 11
  %688 = getelementptr inbounds float, float* %47, i64 %687
  %689 = load float, float* %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %splat33 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = load <8 x float>, <8 x float>* %22, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %674, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %22, align 32
  %693 = load <8 x float>, <8 x float>* %16, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %678, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %16, align 32
  %695 = add i64 %501, 19
  %696 = getelementptr inbounds float, float* %47, i64 %695
  %697 = load float, float* %696, align 4
  %698 = insertelement <8 x float> undef, float %697, i32 0
  %splat34 = shufflevector <8 x float> %698, <8 x float> undef, <8 x i32> zeroinitializer
  %699 = load <8 x float>, <8 x float>* %21, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %674, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %21, align 32
  %701 = load <8 x float>, <8 x float>* %15, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %678, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %15, align 32
  %703 = add i64 %501, 27
  %704 = getelementptr inbounds float, float* %47, i64 %703
  %705 = load float, float* %704, align 4
  %706 = insertelement <8 x float> undef, float %705, i32 0
  %splat35 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %707 = load <8 x float>, <8 x float>* %20, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %674, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %20, align 32
  %709 = load <8 x float>, <8 x float>* %14, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %678, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %14, align 32
  %711 = add i64 %501, 35
  %712 = getelementptr inbounds float, float* %47, i64 %711
  %713 = load float, float* %712, align 4
  %714 = insertelement <8 x float> undef, float %713, i32 0
  %splat36 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
  %715 = load <8 x float>, <8 x float>* %19, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %674, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %19, align 32
  %717 = load <8 x float>, <8 x float>* %13, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %678, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %13, align 32
  %719 = add i64 %501, 43
  %720 = getelementptr inbounds float, float* %47, i64 %719
  %721 = load float, float* %720, align 4
  %722 = insertelement <8 x float> undef, float %721, i32 0
  %splat37 = shufflevector <8 x float> %722, <8 x float> undef, <8 x i32> zeroinitializer
  %723 = load <8 x float>, <8 x float>* %18, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %674, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %18, align 32
  %725 = load <8 x float>, <8 x float>* %12, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %678, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %12, align 32
  %727 = add i64 %502, 32
  %728 = getelementptr inbounds float, float* %4, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %502, 2080
  %732 = getelementptr inbounds float, float* %4, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = add i64 %501, 4
  %736 = getelementptr inbounds float, float* %47, i64 %735
  %737 = load float, float* %736, align 4
  %738 = insertelement <8 x float> undef, float %737, i32 0
  %splat38 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
  %739 = load <8 x float>, <8 x float>* %23, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %730, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %23, align 32
  %741 = load <8 x float>, <8 x float>* %17, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %734, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %17, align 32
  %743 = add i64 %501, 12
  %744 = getelementptr inbounds float, float* %47, i64 %743
  %745 = load float, float* %744, align 4
  %746 = insertelement <8 x float> undef, float %745, i32 0
  %splat39 = shufflevector <8 x float> %746, <8 x float> undef, <8 x i32> zeroinitializer
  %747 = load <8 x float>, <8 x float>* %22, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %730, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %22, align 32
  %749 = load <8 x float>, <8 x float>* %16, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %734, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %16, align 32
  %751 = add i64 %501, 20
  %752 = getelementptr inbounds float, float* %47, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat40 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %21, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %730, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %21, align 32
  %757 = load <8 x float>, <8 x float>* %15, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %734, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %15, align 32
  %759 = add i64 %501, 28
  %760 = getelementptr inbounds float, float* %47, i64 %759
  %761 = load float, float* %760, align 4
  %762 = insertelement <8 x float> undef, float %761, i32 0
  %splat41 = shufflevector <8 x float> %762, <8 x float> undef, <8 x i32> zeroinitializer
  %763 = load <8 x float>, <8 x float>* %20, align 32
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %730, <8 x float> %763)
  store <8 x float> %764, <8 x float>* %20, align 32
  %765 = load <8 x float>, <8 x float>* %14, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %734, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %14, align 32
  %767 = add i64 %501, 36
  %768 = getelementptr inbounds float, float* %47, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat42 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %19, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %730, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %19, align 32
  %773 = load <8 x float>, <8 x float>* %13, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %734, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %13, align 32
  %775 = add i64 %501, 44
  %776 = getelementptr inbounds float, float* %47, i64 %775
  %777 = load float, float* %776, align 4
  %778 = insertelement <8 x float> undef, float %777, i32 0
  %splat43 = shufflevector <8 x float> %778, <8 x float> undef, <8 x i32> zeroinitializer
  %779 = load <8 x float>, <8 x float>* %18, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %730, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %18, align 32
  %781 = load <8 x float>, <8 x float>* %12, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %734, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %12, align 32
  %783 = add i64 %502, 40
  %784 = getelementptr inbounds float, float* %4, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %502, 2088
  %788 = getelementptr inbounds float, float* %4, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %501, 5
  %792 = getelementptr inbounds float, float* %47, i64 %791
  %793 = load float, float* %792, align 4
  %794 = insertelement <8 x float> undef, float %793, i32 0
  %splat44 = shufflevector <8 x float> %794, <8 x float> undef, <8 x i32> zeroinitializer
  %795 = load <8 x float>, <8 x float>* %23, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %786, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %23, align 32
  %797 = load <8 x float>, <8 x float>* %17, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %790, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %17, align 32
  %799 = add i64 %501, 13
  %800 = getelementptr inbounds float, float* %47, i64 %799
  %801 = load float, float* %800, align 4
  %802 = insertelement <8 x float> undef, float %801, i32 0
  %splat45 = shufflevector <8 x float> %802, <8 x float> undef, <8 x i32> zeroinitializer
  %803 = load <8 x float>, <8 x float>* %22, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %786, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %22, align 32
  %805 = load <8 x float>, <8 x float>* %16, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %790, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %16, align 32
  %807 = add i64 %501, 21
  %808 = getelementptr inbounds float, float* %47, i64 %807
  %809 = load float, float* %808, align 4
  %810 = insertelement <8 x float> undef, float %809, i32 0
  %splat46 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
  %811 = load <8 x float>, <8 x float>* %21, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %786, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %21, align 32
  %813 = load <8 x float>, <8 x float>* %15, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %790, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %15, align 32
  %815 = add i64 %501, 29
  %816 = getelementptr inbounds float, float* %47, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat47 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %20, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %786, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %20, align 32
  %821 = load <8 x float>, <8 x float>* %14, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %790, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %14, align 32
  %823 = add i64 %501, 37
  %824 = getelementptr inbounds float, float* %47, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat48 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %19, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %786, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %19, align 32
  %829 = load <8 x float>, <8 x float>* %13, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %790, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %13, align 32
  %831 = add i64 %501, 45
  %832 = getelementptr inbounds float, float* %47, i64 %831
  %833 = load float, float* %832, align 4
  %834 = insertelement <8 x float> undef, float %833, i32 0
  %splat49 = shufflevector <8 x float> %834, <8 x float> undef, <8 x i32> zeroinitializer
  %835 = load <8 x float>, <8 x float>* %18, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %786, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %18, align 32
  %837 = load <8 x float>, <8 x float>* %12, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %790, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %12, align 32
  %839 = add i64 %502, 48
  %840 = getelementptr inbounds float, float* %4, i64 %839
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = add i64 %502, 2096
  %844 = getelementptr inbounds float, float* %4, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = add i64 %501, 6
  %848 = getelementptr inbounds float, float* %47, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat50 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %23, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %842, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %23, align 32
  %853 = load <8 x float>, <8 x float>* %17, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %846, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %17, align 32
  %855 = add i64 %501, 14
  %856 = getelementptr inbounds float, float* %47, i64 %855
  %857 = load float, float* %856, align 4
  %858 = insertelement <8 x float> undef, float %857, i32 0
  %splat51 = shufflevector <8 x float> %858, <8 x float> undef, <8 x i32> zeroinitializer
  %859 = load <8 x float>, <8 x float>* %22, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %842, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %22, align 32
  %861 = load <8 x float>, <8 x float>* %16, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %846, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %16, align 32
  %863 = add i64 %501, 22
  %864 = getelementptr inbounds float, float* %47, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat52 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %21, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %842, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %21, align 32
  %869 = load <8 x float>, <8 x float>* %15, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %846, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %15, align 32
  %871 = add i64 %501, 30
  %872 = getelementptr inbounds float, float* %47, i64 %871
  %873 = load float, float* %872, align 4
  %874 = insertelement <8 x float> undef, float %873, i32 0
  %splat53 = shufflevector <8 x float> %874, <8 x float> undef, <8 x i32> zeroinitializer
  %875 = load <8 x float>, <8 x float>* %20, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %842, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %20, align 32
  %877 = load <8 x float>, <8 x float>* %14, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %846, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %14, align 32
  %879 = add i64 %501, 38
  %880 = getelementptr inbounds float, float* %47, i64 %879
  %881 = load float, float* %880, align 4
  %882 = insertelement <8 x float> undef, float %881, i32 0
  %splat54 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
  %883 = load <8 x float>, <8 x float>* %19, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %842, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %19, align 32
  %885 = load <8 x float>, <8 x float>* %13, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %846, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %13, align 32
  %887 = add i64 %501, 46
  %888 = getelementptr inbounds float, float* %47, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat55 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %18, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %842, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %18, align 32
  %893 = load <8 x float>, <8 x float>* %12, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %846, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %12, align 32
  %895 = add i64 %502, 56
  %896 = getelementptr inbounds float, float* %4, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = add i64 %502, 2104
  %900 = getelementptr inbounds float, float* %4, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %501, 7
  %904 = getelementptr inbounds float, float* %47, i64 %903
  %905 = load float, float* %904, align 4
  %906 = insertelement <8 x float> undef, float %905, i32 0
  %splat56 = shufflevector <8 x float> %906, <8 x float> undef, <8 x i32> zeroinitializer
  %907 = load <8 x float>, <8 x float>* %23, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %898, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %23, align 32
  %909 = load <8 x float>, <8 x float>* %17, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %902, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %17, align 32
  %911 = add i64 %501, 15
  %912 = getelementptr inbounds float, float* %47, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat57 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %22, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %898, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %22, align 32
  %917 = load <8 x float>, <8 x float>* %16, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %902, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %16, align 32
  %919 = add i64 %501, 23
  %920 = getelementptr inbounds float, float* %47, i64 %919
  %921 = load float, float* %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %splat58 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %923 = load <8 x float>, <8 x float>* %21, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %898, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %21, align 32
  %925 = load <8 x float>, <8 x float>* %15, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %902, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %15, align 32
  %927 = add i64 %501, 31
  %928 = getelementptr inbounds float, float* %47, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat59 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %20, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %898, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %20, align 32
  %933 = load <8 x float>, <8 x float>* %14, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %902, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %14, align 32
  %935 = add i64 %501, 39
  %936 = getelementptr inbounds float, float* %47, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat60 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %19, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %898, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %19, align 32
  %941 = load <8 x float>, <8 x float>* %13, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %902, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %13, align 32
  %943 = add i64 %501, 47
  %944 = getelementptr inbounds float, float* %47, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat61 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %18, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %898, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %18, align 32
  %949 = load <8 x float>, <8 x float>* %12, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %902, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %12, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %951 = load <8 x float>, <8 x float>* %23, align 32
  %952 = fcmp olt <8 x float> %951, zeroinitializer
  %953 = fcmp ogt <8 x float> %951, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %954 = select <8 x i1> %953, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %951
  %955 = select <8 x i1> %952, <8 x float> zeroinitializer, <8 x float> %954
  %956 = getelementptr inbounds float, float* %0, i64 %432
  %957 = bitcast float* %956 to <8 x float>*
  store <8 x float> %955, <8 x float>* %957, align 4
  %958 = load <8 x float>, <8 x float>* %22, align 32
  %959 = fcmp olt <8 x float> %958, zeroinitializer
  %960 = fcmp ogt <8 x float> %958, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %961 = select <8 x i1> %960, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %958
  %962 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %961
  %963 = getelementptr inbounds float, float* %0, i64 %435
  %964 = bitcast float* %963 to <8 x float>*
  store <8 x float> %962, <8 x float>* %964, align 4
  %965 = load <8 x float>, <8 x float>* %21, align 32
  %966 = fcmp olt <8 x float> %965, zeroinitializer
  %967 = fcmp ogt <8 x float> %965, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %968 = select <8 x i1> %967, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %965
  %969 = select <8 x i1> %966, <8 x float> zeroinitializer, <8 x float> %968
  %970 = getelementptr inbounds float, float* %0, i64 %438
  %971 = bitcast float* %970 to <8 x float>*
  store <8 x float> %969, <8 x float>* %971, align 4
  %972 = load <8 x float>, <8 x float>* %20, align 32
  %973 = fcmp olt <8 x float> %972, zeroinitializer
  %974 = fcmp ogt <8 x float> %972, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %975 = select <8 x i1> %974, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %972
  %976 = select <8 x i1> %973, <8 x float> zeroinitializer, <8 x float> %975
  %977 = getelementptr inbounds float, float* %0, i64 %441
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %976, <8 x float>* %978, align 4
  %979 = load <8 x float>, <8 x float>* %19, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = fcmp ogt <8 x float> %979, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %982 = select <8 x i1> %981, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %979
  %983 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %982
  %984 = getelementptr inbounds float, float* %0, i64 %444
  %985 = bitcast float* %984 to <8 x float>*
  store <8 x float> %983, <8 x float>* %985, align 4
  %986 = load <8 x float>, <8 x float>* %18, align 32
  %987 = fcmp olt <8 x float> %986, zeroinitializer
  %988 = fcmp ogt <8 x float> %986, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %989 = select <8 x i1> %988, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %986
  %990 = select <8 x i1> %987, <8 x float> zeroinitializer, <8 x float> %989
  %991 = getelementptr inbounds float, float* %0, i64 %447
  %992 = bitcast float* %991 to <8 x float>*
  store <8 x float> %990, <8 x float>* %992, align 4
  %993 = load <8 x float>, <8 x float>* %17, align 32
  %994 = fcmp olt <8 x float> %993, zeroinitializer
  %995 = fcmp ogt <8 x float> %993, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %996 = select <8 x i1> %995, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %993
  %997 = select <8 x i1> %994, <8 x float> zeroinitializer, <8 x float> %996
  %998 = getelementptr inbounds float, float* %0, i64 %454
  %999 = bitcast float* %998 to <8 x float>*
  store <8 x float> %997, <8 x float>* %999, align 4
  %1000 = load <8 x float>, <8 x float>* %16, align 32
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = fcmp ogt <8 x float> %1000, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1003 = select <8 x i1> %1002, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1000
  %1004 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1003
  %1005 = getelementptr inbounds float, float* %0, i64 %457
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %1007 = load <8 x float>, <8 x float>* %15, align 32
  %1008 = fcmp olt <8 x float> %1007, zeroinitializer
  %1009 = fcmp ogt <8 x float> %1007, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1010 = select <8 x i1> %1009, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1007
  %1011 = select <8 x i1> %1008, <8 x float> zeroinitializer, <8 x float> %1010
  %1012 = getelementptr inbounds float, float* %0, i64 %460
  %1013 = bitcast float* %1012 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1013, align 4
  %1014 = load <8 x float>, <8 x float>* %14, align 32
  %1015 = fcmp olt <8 x float> %1014, zeroinitializer
  %1016 = fcmp ogt <8 x float> %1014, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1017 = select <8 x i1> %1016, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1014
  %1018 = select <8 x i1> %1015, <8 x float> zeroinitializer, <8 x float> %1017
  %1019 = getelementptr inbounds float, float* %0, i64 %463
  %1020 = bitcast float* %1019 to <8 x float>*
  store <8 x float> %1018, <8 x float>* %1020, align 4
  %1021 = load <8 x float>, <8 x float>* %13, align 32
  %1022 = fcmp olt <8 x float> %1021, zeroinitializer
  %1023 = fcmp ogt <8 x float> %1021, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1024 = select <8 x i1> %1023, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1021
  %1025 = select <8 x i1> %1022, <8 x float> zeroinitializer, <8 x float> %1024
  %1026 = getelementptr inbounds float, float* %0, i64 %466
  %1027 = bitcast float* %1026 to <8 x float>*
  store <8 x float> %1025, <8 x float>* %1027, align 4
  %1028 = load <8 x float>, <8 x float>* %12, align 32
  %1029 = fcmp olt <8 x float> %1028, zeroinitializer
  %1030 = fcmp ogt <8 x float> %1028, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1031 = select <8 x i1> %1030, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1028
  %1032 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> %1031
  %1033 = getelementptr inbounds float, float* %0, i64 %469
  %1034 = bitcast float* %1033 to <8 x float>*
  store <8 x float> %1032, <8 x float>* %1034, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header62:                                       ; preds = %u.body63, %x.exit
  %u65 = phi i64 [ 0, %x.exit ], [ %u.next82, %u.body63 ]
  %1035 = icmp slt i64 %u65, 32
  br i1 %1035, label %u.body63, label %u.exit64

u.body63:                                         ; preds = %u.header62
  %1036 = add i64 0, %u65
  %1037 = mul i64 %1036, 784
  %1038 = add i64 768, %1037
  %1039 = mul i64 %1036, 64
  %1040 = add i64 %423, %1039
  %1041 = add i64 %1038, 0
  %1042 = add i64 %1041, 0
  %1043 = add i64 %1040, 0
  %1044 = add i64 %1043, 0
  %1045 = getelementptr inbounds float, float* %4, i64 %1044
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = add i64 %1043, 2048
  %1049 = getelementptr inbounds float, float* %4, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = add i64 %1042, 0
  %1053 = getelementptr inbounds float, float* %47, i64 %1052
  %1054 = load float, float* %1053, align 4
  %1055 = insertelement <8 x float> undef, float %1054, i32 0
  %splat66 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1056 = load <8 x float>, <8 x float>* %11, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1047, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %11, align 32
  %1058 = load <8 x float>, <8 x float>* %9, align 32
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1051, <8 x float> %1058)
  store <8 x float> %1059, <8 x float>* %9, align 32
  %1060 = add i64 %1042, 8
  %1061 = getelementptr inbounds float, float* %47, i64 %1060
  %1062 = load float, float* %1061, align 4
  %1063 = insertelement <8 x float> undef, float %1062, i32 0
  %splat67 = shufflevector <8 x float> %1063, <8 x float> undef, <8 x i32> zeroinitializer
  %1064 = load <8 x float>, <8 x float>* %10, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1047, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %10, align 32
  %1066 = load <8 x float>, <8 x float>* %8, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1051, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %8, align 32
  %1068 = add i64 %1043, 8
  %1069 = getelementptr inbounds float, float* %4, i64 %1068
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = add i64 %1043, 2056
  %1073 = getelementptr inbounds float, float* %4, i64 %1072
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = add i64 %1042, 1
  %1077 = getelementptr inbounds float, float* %47, i64 %1076
  %1078 = load float, float* %1077, align 4
  %1079 = insertelement <8 x float> undef, float %1078, i32 0
  %splat68 = shufflevector <8 x float> %1079, <8 x float> undef, <8 x i32> zeroinitializer
  %1080 = load <8 x float>, <8 x float>* %11, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1071, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %11, align 32
  %1082 = load <8 x float>, <8 x float>* %9, align 32
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1075, <8 x float> %1082)
  store <8 x float> %1083, <8 x float>* %9, align 32
  %1084 = add i64 %1042, 9
  %1085 = getelementptr inbounds float, float* %47, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat69 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %10, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1071, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %10, align 32
  %1090 = load <8 x float>, <8 x float>* %8, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1075, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %8, align 32
  %1092 = add i64 %1043, 16
  %1093 = getelementptr inbounds float, float* %4, i64 %1092
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = add i64 %1043, 2064
  %1097 = getelementptr inbounds float, float* %4, i64 %1096
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = add i64 %1042, 2
  %1101 = getelementptr inbounds float, float* %47, i64 %1100
  %1102 = load float, float* %1101, align 4
  %1103 = insertelement <8 x float> undef, float %1102, i32 0
  %splat70 = shufflevector <8 x float> %1103, <8 x float> undef, <8 x i32> zeroinitializer
  %1104 = load <8 x float>, <8 x float>* %11, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1095, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %11, align 32
  %1106 = load <8 x float>, <8 x float>* %9, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1099, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %9, align 32
  %1108 = add i64 %1042, 10
  %1109 = getelementptr inbounds float, float* %47, i64 %1108
  %1110 = load float, float* %1109, align 4
  %1111 = insertelement <8 x float> undef, float %1110, i32 0
  %splat71 = shufflevector <8 x float> %1111, <8 x float> undef, <8 x i32> zeroinitializer
  %1112 = load <8 x float>, <8 x float>* %10, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1095, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %10, align 32
  %1114 = load <8 x float>, <8 x float>* %8, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1099, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %8, align 32
  %1116 = add i64 %1043, 24
  %1117 = getelementptr inbounds float, float* %4, i64 %1116
  %1118 = bitcast float* %1117 to <8 x float>*
  %1119 = load <8 x float>, <8 x float>* %1118, align 4
  %1120 = add i64 %1043, 2072
  %1121 = getelementptr inbounds float, float* %4, i64 %1120
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = add i64 %1042, 3
  %1125 = getelementptr inbounds float, float* %47, i64 %1124
  %1126 = load float, float* %1125, align 4
  %1127 = insertelement <8 x float> undef, float %1126, i32 0
  %splat72 = shufflevector <8 x float> %1127, <8 x float> undef, <8 x i32> zeroinitializer
  %1128 = load <8 x float>, <8 x float>* %11, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1119, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %11, align 32
  %1130 = load <8 x float>, <8 x float>* %9, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1123, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %9, align 32
  %1132 = add i64 %1042, 11
  %1133 = getelementptr inbounds float, float* %47, i64 %1132
  %1134 = load float, float* %1133, align 4
  %1135 = insertelement <8 x float> undef, float %1134, i32 0
  %splat73 = shufflevector <8 x float> %1135, <8 x float> undef, <8 x i32> zeroinitializer
  %1136 = load <8 x float>, <8 x float>* %10, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1119, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %10, align 32
  %1138 = load <8 x float>, <8 x float>* %8, align 32
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1123, <8 x float> %1138)
  store <8 x float> %1139, <8 x float>* %8, align 32
  %1140 = add i64 %1043, 32
  %1141 = getelementptr inbounds float, float* %4, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = add i64 %1043, 2080
  %1145 = getelementptr inbounds float, float* %4, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = add i64 %1042, 4
  %1149 = getelementptr inbounds float, float* %47, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat74 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %11, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1143, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %11, align 32
  %1154 = load <8 x float>, <8 x float>* %9, align 32
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1147, <8 x float> %1154)
  store <8 x float> %1155, <8 x float>* %9, align 32
  %1156 = add i64 %1042, 12
  %1157 = getelementptr inbounds float, float* %47, i64 %1156
  %1158 = load float, float* %1157, align 4
  %1159 = insertelement <8 x float> undef, float %1158, i32 0
  %splat75 = shufflevector <8 x float> %1159, <8 x float> undef, <8 x i32> zeroinitializer
  %1160 = load <8 x float>, <8 x float>* %10, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1143, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %10, align 32
  %1162 = load <8 x float>, <8 x float>* %8, align 32
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1147, <8 x float> %1162)
  store <8 x float> %1163, <8 x float>* %8, align 32
  %1164 = add i64 %1043, 40
  %1165 = getelementptr inbounds float, float* %4, i64 %1164
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = add i64 %1043, 2088
  %1169 = getelementptr inbounds float, float* %4, i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = add i64 %1042, 5
  %1173 = getelementptr inbounds float, float* %47, i64 %1172
  %1174 = load float, float* %1173, align 4
  %1175 = insertelement <8 x float> undef, float %1174, i32 0
  %splat76 = shufflevector <8 x float> %1175, <8 x float> undef, <8 x i32> zeroinitializer
  %1176 = load <8 x float>, <8 x float>* %11, align 32
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1167, <8 x float> %1176)
  store <8 x float> %1177, <8 x float>* %11, align 32
  %1178 = load <8 x float>, <8 x float>* %9, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1171, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %9, align 32
  %1180 = add i64 %1042, 13
  %1181 = getelementptr inbounds float, float* %47, i64 %1180
  %1182 = load float, float* %1181, align 4
  %1183 = insertelement <8 x float> undef, float %1182, i32 0
  %splat77 = shufflevector <8 x float> %1183, <8 x float> undef, <8 x i32> zeroinitializer
  %1184 = load <8 x float>, <8 x float>* %10, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1167, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %10, align 32
  %1186 = load <8 x float>, <8 x float>* %8, align 32
  %1187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1171, <8 x float> %1186)
  store <8 x float> %1187, <8 x float>* %8, align 32
  %1188 = add i64 %1043, 48
  %1189 = getelementptr inbounds float, float* %4, i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = add i64 %1043, 2096
  %1193 = getelementptr inbounds float, float* %4, i64 %1192
  %1194 = bitcast float* %1193 to <8 x float>*
  %1195 = load <8 x float>, <8 x float>* %1194, align 4
  %1196 = add i64 %1042, 6
  %1197 = getelementptr inbounds float, float* %47, i64 %1196
  %1198 = load float, float* %1197, align 4
  %1199 = insertelement <8 x float> undef, float %1198, i32 0
  %splat78 = shufflevector <8 x float> %1199, <8 x float> undef, <8 x i32> zeroinitializer
  %1200 = load <8 x float>, <8 x float>* %11, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1191, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %11, align 32
  %1202 = load <8 x float>, <8 x float>* %9, align 32
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1195, <8 x float> %1202)
  store <8 x float> %1203, <8 x float>* %9, align 32
  %1204 = add i64 %1042, 14
  %1205 = getelementptr inbounds float, float* %47, i64 %1204
  %1206 = load float, float* %1205, align 4
  %1207 = insertelement <8 x float> undef, float %1206, i32 0
  %splat79 = shufflevector <8 x float> %1207, <8 x float> undef, <8 x i32> zeroinitializer
  %1208 = load <8 x float>, <8 x float>* %10, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1191, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %10, align 32
  %1210 = load <8 x float>, <8 x float>* %8, align 32
  %1211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1195, <8 x float> %1210)
  store <8 x float> %1211, <8 x float>* %8, align 32
  %1212 = add i64 %1043, 56
  %1213 = getelementptr inbounds float, float* %4, i64 %1212
  %1214 = bitcast float* %1213 to <8 x float>*
  %1215 = load <8 x float>, <8 x float>* %1214, align 4
  %1216 = add i64 %1043, 2104
  %1217 = getelementptr inbounds float, float* %4, i64 %1216
  %1218 = bitcast float* %1217 to <8 x float>*
  %1219 = load <8 x float>, <8 x float>* %1218, align 4
  %1220 = add i64 %1042, 7
  %1221 = getelementptr inbounds float, float* %47, i64 %1220
  %1222 = load float, float* %1221, align 4
  %1223 = insertelement <8 x float> undef, float %1222, i32 0
  %splat80 = shufflevector <8 x float> %1223, <8 x float> undef, <8 x i32> zeroinitializer
  %1224 = load <8 x float>, <8 x float>* %11, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1215, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %11, align 32
  %1226 = load <8 x float>, <8 x float>* %9, align 32
  %1227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1219, <8 x float> %1226)
  store <8 x float> %1227, <8 x float>* %9, align 32
  %1228 = add i64 %1042, 15
  %1229 = getelementptr inbounds float, float* %47, i64 %1228
  %1230 = load float, float* %1229, align 4
  %1231 = insertelement <8 x float> undef, float %1230, i32 0
  %splat81 = shufflevector <8 x float> %1231, <8 x float> undef, <8 x i32> zeroinitializer
  %1232 = load <8 x float>, <8 x float>* %10, align 32
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1215, <8 x float> %1232)
  store <8 x float> %1233, <8 x float>* %10, align 32
  %1234 = load <8 x float>, <8 x float>* %8, align 32
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1219, <8 x float> %1234)
  store <8 x float> %1235, <8 x float>* %8, align 32
  %u.next82 = add i64 %u65, 1
  br label %u.header62

u.exit64:                                         ; preds = %u.header62
  %1236 = load <8 x float>, <8 x float>* %11, align 32
  %1237 = fcmp olt <8 x float> %1236, zeroinitializer
  %1238 = fcmp ogt <8 x float> %1236, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1239 = select <8 x i1> %1238, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1236
  %1240 = select <8 x i1> %1237, <8 x float> zeroinitializer, <8 x float> %1239
  %1241 = getelementptr inbounds float, float* %0, i64 %480
  %1242 = bitcast float* %1241 to <8 x float>*
  store <8 x float> %1240, <8 x float>* %1242, align 4
  %1243 = load <8 x float>, <8 x float>* %10, align 32
  %1244 = fcmp olt <8 x float> %1243, zeroinitializer
  %1245 = fcmp ogt <8 x float> %1243, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1246 = select <8 x i1> %1245, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1243
  %1247 = select <8 x i1> %1244, <8 x float> zeroinitializer, <8 x float> %1246
  %1248 = getelementptr inbounds float, float* %0, i64 %483
  %1249 = bitcast float* %1248 to <8 x float>*
  store <8 x float> %1247, <8 x float>* %1249, align 4
  %1250 = load <8 x float>, <8 x float>* %9, align 32
  %1251 = fcmp olt <8 x float> %1250, zeroinitializer
  %1252 = fcmp ogt <8 x float> %1250, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1253 = select <8 x i1> %1252, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1250
  %1254 = select <8 x i1> %1251, <8 x float> zeroinitializer, <8 x float> %1253
  %1255 = getelementptr inbounds float, float* %0, i64 %490
  %1256 = bitcast float* %1255 to <8 x float>*
  store <8 x float> %1254, <8 x float>* %1256, align 4
  %1257 = load <8 x float>, <8 x float>* %8, align 32
  %1258 = fcmp olt <8 x float> %1257, zeroinitializer
  %1259 = fcmp ogt <8 x float> %1257, <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>
  %1260 = select <8 x i1> %1259, <8 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <8 x float> %1257
  %1261 = select <8 x i1> %1258, <8 x float> zeroinitializer, <8 x float> %1260
  %1262 = getelementptr inbounds float, float* %0, i64 %493
  %1263 = bitcast float* %1262 to <8 x float>*
  store <8 x float> %1261, <8 x float>* %1263, align 4
  %block.group.next = add i64 %block.group, 1
  br label %block.group.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: noinline nounwind
define internal void @node1.conv2d_1.step0(i8* %0) #1 {
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
  call void @node1.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %21, i64 %23)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ps.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ps.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 196
  %10 = add i64 %9, 196
  %11 = icmp slt i64 %10, 196
  %12 = select i1 %11, i64 %10, i64 196
  %13 = srem i64 %7, 32
  %14 = sdiv i64 %7, 32
  %15 = mul i64 %14, 256
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 1568
  %19 = icmp slt i64 %12, 192
  %20 = select i1 %19, i64 %12, i64 192
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
  %103 = mul i64 %102, 196
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 196
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 196
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 196
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 196
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 196
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 196
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 196
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
  %149 = mul i64 %148, 196
  %150 = add i64 %149, %ps
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = mul i64 %ps, 8
  %155 = add i64 %154, 1
  %156 = add i64 %18, %155
  %157 = add i64 %17, 1
  %158 = mul i64 %157, 196
  %159 = add i64 %158, %ps
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = mul i64 %ps, 8
  %164 = add i64 %163, 2
  %165 = add i64 %18, %164
  %166 = add i64 %17, 2
  %167 = mul i64 %166, 196
  %168 = add i64 %167, %ps
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = mul i64 %ps, 8
  %173 = add i64 %172, 3
  %174 = add i64 %18, %173
  %175 = add i64 %17, 3
  %176 = mul i64 %175, 196
  %177 = add i64 %176, %ps
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = mul i64 %ps, 8
  %182 = add i64 %181, 4
  %183 = add i64 %18, %182
  %184 = add i64 %17, 4
  %185 = mul i64 %184, 196
  %186 = add i64 %185, %ps
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = mul i64 %ps, 8
  %191 = add i64 %190, 5
  %192 = add i64 %18, %191
  %193 = add i64 %17, 5
  %194 = mul i64 %193, 196
  %195 = add i64 %194, %ps
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = mul i64 %ps, 8
  %200 = add i64 %199, 6
  %201 = add i64 %18, %200
  %202 = add i64 %17, 6
  %203 = mul i64 %202, 196
  %204 = add i64 %203, %ps
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ps, 8
  %209 = add i64 %208, 7
  %210 = add i64 %18, %209
  %211 = add i64 %17, 7
  %212 = mul i64 %211, 196
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
define internal void @node2.conv2d_1.nchw.step0(i8* %0) #1 {
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
  call void @node2.conv2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @mobilenet_block_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %fresh = call i8* @malloc(i64 401471)
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
  %17 = call i32 @mobilenet_block_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @mobilenet_block_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #1 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = call i32 @omp_get_max_threads()
  %9 = icmp slt i32 %8, 1024
  %10 = select i1 %9, i32 %8, i32 1024
  %11 = bitcast i32* %3 to i8*
  %12 = getelementptr inbounds i8, i8* %2, i64 0
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %16, align 8
  %17 = bitcast [6 x i8*]* %args to i8*
  call void @node0.x.nchw8c.step0(i8* %17)
  %18 = getelementptr inbounds i8, i8* %2, i64 200704
  %19 = getelementptr inbounds i8, i8* %2, i64 0
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([9216 x i8], [9216 x i8]* @weight.conv2d_1.depthwise.packed, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_1.step0, i8* %24, i32 %10, i32 0)
  %27 = getelementptr inbounds i8, i8* %2, i64 200704
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  call void @node2.conv2d_1.nchw.step0(i8* %32)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @mobilenet_block_info() #4 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #4 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @mobilenet_block_workspace_size() #4 {
entry:
  ret i64 401471
}

; Function Attrs: nounwind
define i32 @mobilenet_block_infer(i8* %0, i8* %1, i8* %2) #4 {
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
  %11 = call i32 @mobilenet_block_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
