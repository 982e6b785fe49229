# SPDX-License-Identifier: BSD-2-Clause
# precis_add_warnings(target): the project's warning set, applied PRIVATE so
# that nothing leaks into the flags of code that uses the library.
function(precis_add_warnings target)
	target_compile_options(${target} PRIVATE
		-Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
		-Wpointer-arith -Wformat=2 -Wundef -Wvla)
	if(PRECIS_WERROR)
		target_compile_options(${target} PRIVATE -Werror)
	endif()
endfunction()
