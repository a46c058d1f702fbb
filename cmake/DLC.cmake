# dlc_add_model(<target> <model.swiftgraph> [WEIGHTS <file.safetensors>] [HEADER <name.h>]
#               [COMPILE_OPTIONS <dlc compile options>...])
#
# Compiles a dlc model at build time into a shared library (code and weights) and its C header,
# and makes <target> an imported library that carries both:
#
#     dlc_add_model(lenet ${CMAKE_SOURCE_DIR}/models/lenet.swiftgraph)
#     target_link_libraries(app PRIVATE lenet)      # then #include "lenet.h"
#
# The dlc used is the `dlc` target when dlc's own build includes this file, else DLC_EXECUTABLE
# (set by find_package(dlc)), else the `dlc` found on the PATH. The model is recompiled when the
# model file, its weights or dlc change.
function(dlc_add_model target model)
  cmake_parse_arguments(ARG "" "WEIGHTS;HEADER" "COMPILE_OPTIONS" ${ARGN})
  if(TARGET dlc)
    set(compiler $<TARGET_FILE:dlc>)
    set(compiler_dependency $<TARGET_FILE:dlc>)
    if(TARGET dlc_swift_build)
      list(APPEND compiler_dependency dlc_swift_build)
    endif()
  else()
    if(NOT DLC_EXECUTABLE)
      find_program(DLC_EXECUTABLE dlc REQUIRED)
    endif()
    set(compiler ${DLC_EXECUTABLE})
    set(compiler_dependency ${DLC_EXECUTABLE})
  endif()
  get_filename_component(model ${model} ABSOLUTE)
  if(NOT ARG_HEADER)
    set(ARG_HEADER ${target}.h)
  endif()
  set(directory ${CMAKE_CURRENT_BINARY_DIR}/dlc_models/${target})
  set(library ${directory}/lib${target}.so)
  set(header ${directory}/${ARG_HEADER})
  set(weights_option)
  set(dependencies ${model})
  if(ARG_WEIGHTS)
    get_filename_component(ARG_WEIGHTS ${ARG_WEIGHTS} ABSOLUTE)
    set(weights_option --weights ${ARG_WEIGHTS})
    list(APPEND dependencies ${ARG_WEIGHTS})
  else()
    # A model that names its weights (weights("lenet.safetensors")) depends on that file too.
    file(STRINGS ${model} weights_lines REGEX "^[ \t]*weights\\(\"[^\"]+\"\\)")
    foreach(line ${weights_lines})
      string(REGEX REPLACE ".*weights\\(\"([^\"]+)\"\\).*" "\\1" named ${line})
      get_filename_component(model_directory ${model} DIRECTORY)
      list(APPEND dependencies ${model_directory}/${named})
    endforeach()
  endif()
  file(MAKE_DIRECTORY ${directory})
  add_custom_command(
    OUTPUT ${library} ${header}
    COMMAND ${compiler} compile ${model} -o ${library} --header ${header} ${weights_option} ${ARG_COMPILE_OPTIONS}
    DEPENDS ${dependencies} ${compiler_dependency}
    COMMENT "dlc: compiling ${model}"
    VERBATIM)
  add_custom_target(${target}_dlc_model DEPENDS ${library} ${header})
  add_library(${target} SHARED IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES
    IMPORTED_LOCATION ${library}
    IMPORTED_SONAME lib${target}.so
    INTERFACE_INCLUDE_DIRECTORIES ${directory})
  add_dependencies(${target} ${target}_dlc_model)
endfunction()
